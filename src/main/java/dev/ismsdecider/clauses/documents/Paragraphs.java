package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import dev.ismsdecider.facts.PartyKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines or paragraphs of a document into clauses: a leading clause number ("14.2", "§ 5")
 * becomes the clause id and leaves the text; a paragraph without one is named by where it starts
 * ("line 12", "page 3, line 5", "paragraph 7"), so that a reader finds it in the document.
 */
final class Paragraphs {

    /** A line of a document and where it is. */
    record Line(String text, String location) {
    }

    /** "14.2 ", "3. ", "§ 5 " at the start of a paragraph; at most three digits per level, so a year is no number. */
    private static final Pattern CLAUSE_NUMBER = Pattern.compile("^\\s*((?:§\\s*)?\\d{1,3}(?:\\.\\d{1,3})*)\\.?[ \\t\\u00A0]+(?=\\S)");
    /** "14.2 " or "§ 5 ": numbering that starts a clause even without a blank line before it (PDF layout). */
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\s*(?:§\\s*\\d{1,3}|\\d{1,3}(?:\\.\\d{1,3})+)\\.?\\s+\\S");

    private final String party;
    private final PartyKind partyKind;
    private final DocumentLimits limits;
    private final long deadline;
    private final List<ContractClause> clauses = new ArrayList<>();

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
     * {@code numberStartsClause}, a line that opens with dotted clause numbering.
     */
    void addLines(List<Line> lines, boolean numberStartsClause) {
        StringBuilder paragraph = new StringBuilder();
        String start = null;
        for (Line line : lines) {
            boolean opensClause = numberStartsClause && NUMBERED_LINE.matcher(line.text()).find();
            if (line.text().isBlank() || opensClause) {
                add(paragraph.toString(), start);
                paragraph.setLength(0);
                start = null;
            }
            if (!line.text().isBlank()) {
                if (start == null) {
                    start = line.location();
                } else {
                    paragraph.append('\n');
                }
                paragraph.append(line.text());
            }
        }
        add(paragraph.toString(), start);
    }

    /** Adds one paragraph found at {@code location}; blank paragraphs hold no clause and are skipped. */
    void add(String paragraph, String location) {
        String text = paragraph.strip();
        if (text.isEmpty()) {
            return;
        }
        limits.checkClauses(clauses.size() + 1, location == null ? "" : location);
        checkTime(location == null ? "" : location);
        Matcher number = CLAUSE_NUMBER.matcher(text);
        if (number.find()) {
            clauses.add(new ContractClause(number.group(1), party, partyKind, text.substring(number.end())));
        } else {
            clauses.add(new ContractClause(location, party, partyKind, text));
        }
    }

    /** The clauses, refusing a document that has none: an empty answer would read as "nothing required". */
    List<ContractClause> clauses(String kind) {
        if (clauses.isEmpty()) {
            throw new ContractFormatException("", "the " + kind + " holds no text to check");
        }
        return List.copyOf(clauses);
    }
}
