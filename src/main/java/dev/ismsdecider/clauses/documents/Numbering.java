package dev.ismsdecider.clauses.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause number at the start of a paragraph, in the forms contracts use: "1.", "1.1", "14.2.3",
 * "§ 3", "§ 3 Abs. 2", "§ 3 (2)", "Art. 5", "Anlage B Ziffer 4", "Annex B clause 4". The number may stand
 * on a line of its own with the text below it. A year ("2024", four digits), an amount or a period
 * ("24 hours", "1.000 EUR", "3 Monate"), a bare figure of three digits ("100 Mitarbeiter"; "100." is a
 * number) and a reference to a law ("§ 7 BDSG", "Art. 28 of the GDPR")
 * open a sentence, not a clause, and are no number.
 */
final class Numbering {

    /** A clause number found: its id as written (runs of white space made one space) and where the text after it starts. */
    record Number(String id, int end) {
    }

    private static final String LEVELS = "\\d{1,3}(?:\\.\\d{1,3})*";
    private static final Pattern NUMBER = Pattern.compile("^[ \\t\\u00A0]*(?<id>"
            + "§§?[ \\t\\u00A0]*\\d{1,3}[a-z]?(?:\\s*(?:Abs\\.|Absatz)\\s*\\d{1,3})?(?:\\s*\\(\\d{1,3}[a-z]?\\))?(?:\\s*(?:S\\.|Satz)\\s*\\d{1,2})?"
            + "|(?:Art\\.|Artikel|Article)[ \\t\\u00A0]*\\d{1,3}[a-z]?(?:\\s*(?:Abs\\.|Absatz|para\\.|paragraph)\\s*\\d{1,3})?(?:\\s*\\(\\d{1,3}\\))?"
            + "|(?:Anlage|Anhang|Annex|Appendix|Schedule|Exhibit|Attachment)[ \\t\\u00A0]+[A-Z0-9]{1,3},?[ \\t\\u00A0]+"
            + "(?:Ziffer|Ziff\\.|Nr\\.|Nummer|Abschnitt|[Cc]lause|[Ss]ection|[Pp]aragraph|[Ii]tem)[ \\t\\u00A0]*" + LEVELS
            + "|" + LEVELS
            + ")(?<dot>\\.?)(?:\\s+(?=\\S)|\\s*$)");
    /** What follows a figure that is an amount or a period, not a clause number. */
    private static final Pattern UNIT = Pattern.compile("^(?:%|€|\\$|£|EUR\\b|Euro\\b|USD\\b|CHF\\b|GBP\\b|Prozent\\b|percent\\b|per cent\\b"
            + "|Mio\\.|Mrd\\.|Millionen?\\b|Milliarden?\\b|million\\b|billion\\b|Tsd\\.|thousand\\b|Tausend\\b"
            + "|(?:Stunden|Std\\.|Minuten|Sekunden|Tagen?|Werktagen?|Arbeitstagen?|Kalendertagen?|Wochen|Monaten?|Jahren?)(?![\\p{L}])"
            + "|(?:hours?|minutes?|seconds?|days?|business days?|working days?|calendar days?|weeks?|months?|years?|times)\\b"
            + "|mal\\b|x\\b"
            + "|(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
            + "|January|February|March|May|June|July|October|December)\\b)", Pattern.UNICODE_CASE);
    /** A law cited after "§" or "Art.": "§ 7 BDSG", "Art. 28 Abs. 3 DSGVO", "Article 28 of the GDPR", "§ 5 der Verordnung". */
    private static final Pattern LAW = Pattern.compile("^(?:of\\b|der\\b|des\\b|dieses\\b|dieser\\b|i\\.\\s?V\\.\\s?m\\.|iVm\\b"
            + "|(?:EU-)?DSGVO\\b|GDPR\\b|UK GDPR\\b|BDSG\\b|BGB\\b|HGB\\b|UWG\\b|AktG\\b|GmbHG\\b|TKG\\b|TTDSG\\b|TDDDG\\b|BSIG\\b|BSI-KritisV\\b"
            + "|AEUV\\b|TFEU\\b|GG\\b|StGB\\b|UrhG\\b|ArbSchG\\b|BetrVG\\b|NIS2UmsuCG\\b|VO\\b|UStG\\b|AO\\b)");
    /** The start of a line that opens a new clause inside a block of lines (a PDF): all forms but a bare "3". */
    private static final Pattern OPENS_LINE = Pattern.compile("^\\s*(?:§|Art\\.|Artikel|Article|Anlage|Anhang|Annex|Appendix|Schedule|Exhibit|Attachment"
            + "|\\d{1,3}(?:\\.\\d{1,3})+)");

    private Numbering() {
    }

    /** The clause number that opens {@code text}, or {@code null}. */
    static Number leading(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String id = m.group("id");
        String rest = text.substring(m.end());
        if (Character.isDigit(id.charAt(0)) && (UNIT.matcher(rest).lookingAt() || id.length() > 2 && id.indexOf('.') < 0 && m.group("dot").isEmpty())) {
            return null; // "24 hours", "1.000 EUR", "1. Januar 2026"; "100 Mitarbeiter" (a bare "14" or "120." is a number)
        }
        if ((id.startsWith("§") || id.startsWith("Art")) && LAW.matcher(rest).lookingAt()) {
            return null; // "§ 7 BDSG", "Art. 28 of the GDPR"
        }
        return new Number(id.replaceAll("[\\s\\u00A0]+", " "), m.end());
    }

    /** Whether {@code text} is a clause number and nothing else: its text follows in the next paragraph. */
    static boolean alone(String text) {
        Number number = leading(text);
        return number != null && text.substring(number.end()).isBlank();
    }

    /**
     * Whether a line inside a block of lines opens a new clause: it starts with a multi-level, "§",
     * "Art." or annex number (a bare "3" in running text is too often a figure) followed by a word that
     * does not start in lower case (a sentence wrapped before "Anlage B Ziffer 4 genannten" or "14.2 des
     * Vertrags" goes on), or is a number alone.
     */
    static boolean opensClause(String line) {
        if (!OPENS_LINE.matcher(line).lookingAt()) {
            return alone(line);
        }
        Number number = leading(line);
        return number != null && (number.end() == line.length() || !Character.isLowerCase(line.charAt(number.end())));
    }
}
