package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.ClauseRole;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import dev.ismsdecider.profile.TextOrigin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the lines or paragraphs of a document into clauses: a leading clause number ("14.2", "§ 3 Abs. 2",
 * "Anlage B Ziffer 4"; see {@link Numbering}) becomes the clause id and leaves the text, also when it
 * stands alone on the line or paragraph before its text; a paragraph without one is named by where it
 * starts ("line 12", "page 3, line 5", "paragraph 7"), so that a reader finds it in the document. Each
 * clause gets its role ({@link Roles}) and the origins of its text: which line, page or paragraph each
 * span of it comes from.
 */
final class Paragraphs {

    /** A line of a document and where it is: a PDF's page and line, a DOCX paragraph, a text file's line. */
    record Line(String text, Integer page, Integer paragraph, Integer line) {

        String location() {
            return origin(0, 0).location();
        }

        TextOrigin origin(int start, int end) {
            return new TextOrigin(start, end, page, paragraph, line);
        }
    }

    /** How the lines of one clause are put together. */
    enum Breaks {
        /** As written, one line break between lines (text files, DOCX). */
        KEPT,
        /**
         * Into running text, as a PDF's layout broke it: a word hyphenated at a line end is one word again
         * ("Informations-" + "sicherheit"), a compound keeps its hyphen ("IT-" + "Sicherheit", "Informations-"
         * + "und ..."), and any other line break is one space.
         */
        JOINED
    }

    /** Words after which a hyphen at a line end is a shortened compound ("Informations- und Kommunikationstechnik"). */
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "bzw", "sowie", "and", "or", "nor");

    private final String party;
    private final PartyKind partyKind;
    private final DocumentLimits limits;
    private final long deadline;
    private final List<ContractClause> clauses = new ArrayList<>();
    /** A number that stood alone: it is the id of the next paragraph. */
    private String pendingNumber;
    /** After "Präambel", "Recitals", ...: unnumbered paragraphs are recitals until a numbered clause or heading. */
    private boolean inRecitals;

    /** Clauses of one document, read within {@code limits}: the time budget runs from now. */
    Paragraphs(String party, PartyKind partyKind, DocumentLimits limits) {
        this.party = party;
        this.partyKind = partyKind;
        this.limits = limits;
        this.deadline = limits.deadline();
    }

    /** Refuses the document once reading it has taken longer than its time budget. */
    void checkTime(String where) {
        limits.checkTime(deadline, where);
    }

    /**
     * Adds the paragraphs of a run of lines: a blank line ends a paragraph, and so does, where
     * {@code numberStartsClause}, a line that opens with clause numbering ({@link Numbering#opensClause}).
     */
    void addLines(List<Line> lines, boolean numberStartsClause, Breaks breaks) {
        List<Line> paragraph = new ArrayList<>();
        for (Line line : lines) {
            boolean opensClause = numberStartsClause && Numbering.opensClause(line.text());
            if (line.text().isBlank() || opensClause) {
                add(paragraph, breaks);
                paragraph = new ArrayList<>();
            }
            if (!line.text().isBlank()) {
                paragraph.add(line);
            }
        }
        add(paragraph, breaks);
    }

    /**
     * Adds one paragraph made of {@code pieces} (its lines, or the paragraphs of a table row), joined as
     * {@code breaks} says; blank paragraphs hold no clause and are skipped.
     */
    void add(List<Line> pieces, Breaks breaks) {
        Text text = join(pieces.stream().filter(p -> !p.text().isBlank()).toList(), breaks);
        text.strip();
        if (text.isEmpty()) {
            return;
        }
        String location = text.origins.get(0).location();
        limits.checkClauses(clauses.size() + 1, location);
        checkTime(location);
        Numbering.Number number = Numbering.leading(text.text());
        if (number != null && text.text().substring(number.end()).isBlank()) {
            pendingNumber = number.id();
            inRecitals = false;
            return;
        }
        String id = location;
        boolean numbered = number != null || pendingNumber != null;
        if (number != null) {
            id = number.id();
            text.cut(number.end());
        } else if (pendingNumber != null) {
            id = pendingNumber;
        }
        pendingNumber = null;
        ClauseRole role = Roles.of(text.text(), inRecitals && !numbered);
        inRecitals = Roles.opensRecitals(text.text()) || inRecitals && !numbered && role == ClauseRole.RECITAL;
        clauses.add(new ContractClause(id, party, partyKind, text.text(), role, text.origins));
    }

    /** The clauses, refusing a document that has none: an empty answer would read as "nothing required". */
    List<ContractClause> clauses(String kind) {
        if (clauses.isEmpty()) {
            throw new ContractFormatException("", "the " + kind + " holds no text to check");
        }
        return List.copyOf(clauses);
    }

    private static Text join(List<Line> pieces, Breaks breaks) {
        Text text = new Text();
        for (int i = 0; i < pieces.size(); i++) {
            Line piece = pieces.get(i);
            int start = text.length();
            if (breaks == Breaks.KEPT) {
                text.builder.append(piece.text());
                if (i + 1 < pieces.size()) {
                    text.builder.append('\n');
                }
            } else {
                String line = piece.text().strip();
                String next = i + 1 < pieces.size() ? pieces.get(i + 1).text().strip() : null;
                text.builder.append(next == null ? line : joined(line, next));
            }
            text.origins.add(piece.origin(start, text.length()));
        }
        return text;
    }

    /** A PDF line as it reads before {@code next}: see {@link Breaks#JOINED}. */
    private static String joined(String line, String next) {
        int last = line.length() - 1;
        boolean hyphenated = last > 0 && line.charAt(last) == '-' && Character.isLetter(line.charAt(last - 1)) && !next.isEmpty();
        if (!hyphenated) {
            return line + " ";
        }
        if (!Character.isLowerCase(next.charAt(0))) {
            return line; // "IT-" + "Sicherheit"
        }
        String word = next.split("[^\\p{L}]", 2)[0];
        return CONJUNCTIONS.contains(word) ? line + " " : line.substring(0, last);
    }

    /** A clause text being built, with the origins of its spans; cutting it keeps them in step. */
    private static final class Text {
        final StringBuilder builder = new StringBuilder();
        final List<TextOrigin> origins = new ArrayList<>();

        int length() {
            return builder.length();
        }

        boolean isEmpty() {
            return builder.isEmpty();
        }

        String text() {
            return builder.toString();
        }

        void strip() {
            int end = builder.length();
            while (end > 0 && Character.isWhitespace(builder.charAt(end - 1))) {
                end--;
            }
            builder.setLength(end);
            List<TextOrigin> kept = new ArrayList<>();
            for (TextOrigin origin : origins) {
                if (origin.start() < end) {
                    kept.add(origin.spanning(origin.start(), Math.min(origin.end(), end)));
                }
            }
            origins.clear();
            origins.addAll(kept);
            int start = 0;
            while (start < builder.length() && Character.isWhitespace(builder.charAt(start))) {
                start++;
            }
            cut(start);
        }

        /** Drops the first {@code count} characters. */
        void cut(int count) {
            builder.delete(0, count);
            List<TextOrigin> kept = new ArrayList<>();
            for (TextOrigin origin : origins) {
                if (origin.end() > count) {
                    kept.add(origin.spanning(Math.max(origin.start() - count, 0), origin.end() - count));
                }
            }
            origins.clear();
            origins.addAll(kept);
        }
    }
}
