package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.ClauseRole;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a paragraph is by its form, in English and German: a heading (a short line with no verb and no
 * closing full stop: "Information Security", "Datenschutz"), a definition ('"ISO 27001" means ...',
 * '„ISMS" bezeichnet ...', "... im Sinne dieses Vertrags ist ..."), a recital ("Whereas ...", a
 * "Präambel" or "Vorbemerkung" and the paragraphs under it) or an operative clause. Only the form is
 * read; whether a clause binds anyone is for the rules, which see the role as one fact among others.
 */
final class Roles {

    /** A paragraph under a recital heading stays a recital until a numbered clause, a heading, or one of these words. */
    private static final Pattern OBLIGATION = Pattern.compile("\\b(?:shall|must|agrees?|undertakes?|muss|müssen|soll|sollen"
            + "|verpflichte[nt]?|vereinbaren|hat\\b[^.]{0,80}\\bzu\\s+\\p{L}+en)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RECITAL_HEADING = Pattern.compile("^(?:Präambel|Praeambel|Vorbemerkung(?:en)?|Preamble|Recitals?|Background"
            + "|In Erwägung nachstehender Gründe)(?:\\s*:|\\s*(?:\\n|$))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHEREAS = Pattern.compile("^(?:\\(?[A-Z]\\)\\s*)?(?:whereas|in erwägung)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String OPEN_QUOTE = "[\"„“”‚‘'»«]";
    private static final String CLOSE_QUOTE = "[\"“”‘’'«»]";
    private static final Pattern DEFINITION = Pattern.compile(
            "^(?:(?:In|For the purposes? of|As used in) (?:this|these) [\\p{L} ]{1,40}?,\\s*)?"
                    + "(?:(?:[Tt]he|[Dd]er|[Dd]ie|[Dd]as)\\s+)?(?:term\\s+|Begriff\\s+)?" + OPEN_QUOTE + "[^\"„“”»«\\n]{1,80}" + CLOSE_QUOTE
                    + "\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:,\\s*)?"
                    + "(?:means|shall mean|mean|has the meaning|shall have the meaning|refers to|is defined as"
                    + "|bezeichnet|bedeutet|meint|steht für|im Sinne)\\b"
                    + "|^(?!(?:This|That|It|Which|What|Dies|Das|Es)\\b)\\p{Lu}[\\p{L}\\d/ -]{0,60}?\\s+(?:means|shall mean)\\b"
                    + "|\\b[Ii]m Sinne (?:dieses|dieser|des) (?:Vertrags|Vertrages|Anhangs|Anlage|Vereinbarung|Rahmenvertrags|Abschnitts)\\s+"
                    + "(?:ist|sind|bezeichnet|bedeutet|gilt|gelten|umfasst)\\b"
                    + "|\\b(?:ist|sind|bezeichnet|bedeutet|gilt|gelten)\\s+im Sinne (?:dieses|dieser|des) \\p{L}+",
            Pattern.UNICODE_CASE);
    /** Words that make a line a sentence rather than a heading: verbs, and the words that state a requirement without one. */
    private static final Set<String> VERBS = Set.of(
            "shall", "must", "will", "may", "might", "should", "would", "can", "could", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "do", "does", "did", "means", "mean", "requires", "require", "required", "provide", "provides",
            "maintain", "maintains", "hold", "holds", "apply", "applies", "agree", "agrees", "ensure", "ensures", "comply", "complies",
            "notify", "notifies", "need", "needs", "needed", "keep", "keeps", "undertake", "undertakes", "warrant", "warrants",
            "mandatory", "obligatory", "expected", "accepted", "not",
            "muss", "müssen", "soll", "sollen", "wird", "werden", "ist", "sind", "war", "hat", "haben", "kann", "können", "darf",
            "dürfen", "gilt", "gelten", "bezeichnet", "bedeutet", "verpflichtet", "stellt", "hält", "erfüllt", "unterhält",
            "betreibt", "sorgt", "gewährleistet", "informiert", "benachrichtigt", "verlangt", "vereinbaren", "erforderlich",
            "verpflichtend", "gefordert", "notwendig", "zwingend", "vorausgesetzt", "akzeptiert", "nicht", "kein", "keine");
    private static final int HEADING_LENGTH = 100;
    private static final int HEADING_WORDS = 10;

    private Roles() {
    }

    /** Whether this paragraph opens a recital section: "Präambel", "Recitals", ... as its first line. */
    static boolean opensRecitals(String text) {
        return RECITAL_HEADING.matcher(text).find();
    }

    /**
     * The role of a paragraph by its own words; {@code inRecitals}: it follows a recital heading with no
     * numbered clause or heading between.
     */
    static ClauseRole of(String text, boolean inRecitals) {
        if (opensRecitals(text) || WHEREAS.matcher(text).find()) {
            return ClauseRole.RECITAL;
        }
        if (DEFINITION.matcher(text).find()) {
            return ClauseRole.DEFINITION;
        }
        if (heading(text)) {
            return ClauseRole.HEADING;
        }
        return inRecitals && !OBLIGATION.matcher(text).find() ? ClauseRole.RECITAL : ClauseRole.BODY;
    }

    /** A short single line with a letter, no verb, and no full stop, colon or other sentence mark at its end. */
    static boolean heading(String text) {
        String line = text.strip();
        if (line.isEmpty() || line.length() > HEADING_LENGTH || line.indexOf('\n') >= 0 || ".:;,!?".indexOf(line.charAt(line.length() - 1)) >= 0
                || line.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+");
        if (words.length > HEADING_WORDS) {
            return false;
        }
        for (String word : words) {
            if (VERBS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
