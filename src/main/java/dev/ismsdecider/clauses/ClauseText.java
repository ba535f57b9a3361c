package dev.ismsdecider.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause text cut into sentences and segments for reading. Matching runs on a normalised copy of the
 * same length (typographic spaces, dashes and quotes replaced one for one), so every index found there is
 * an index into the original text, and a span's matched words are quoted exactly as the user wrote them.
 */
final class ClauseText {

    /** A range of the text: a sentence, or a segment of one (split at ";", ", but", ", jedoch", ...). */
    record Range(int sentence, int start, int end) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s+[\\p{Lu}\\d(\"'])");

    final String original;
    final String text;
    final List<Range> sentences;
    final List<Range> segments;

    ClauseText(String original, Vocabulary vocabulary) {
        this.original = original;
        this.text = normalise(original);
        this.sentences = sentences(text, vocabulary.abbreviations);
        this.segments = segments(text, sentences, vocabulary);
    }

    /** The same text with look-alike characters made plain, one for one, so that indices stay valid. */
    static String normalise(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00AD' -> '-';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                default -> chars[i];
            };
        }
        return new String(chars);
    }

    private static List<Range> sentences(String text, List<String> abbreviations) {
        List<Range> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            if (!endsWithAbbreviation(text, end.end(), abbreviations)) {
                sentences.add(new Range(sentences.size(), start, end.end()));
                start = end.end();
            }
        }
        sentences.add(new Range(sentences.size(), start, text.length()));
        return List.copyOf(sentences);
    }

    private static boolean endsWithAbbreviation(String text, int end, List<String> abbreviations) {
        String before = text.substring(0, end).toLowerCase(Locale.ROOT);
        for (String abbreviation : abbreviations) {
            String a = abbreviation.toLowerCase(Locale.ROOT);
            int at = before.length() - a.length();
            if (before.endsWith(a) && (at == 0 || !Character.isLetterOrDigit(before.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static List<Range> segments(String text, List<Range> sentences, Vocabulary vocabulary) {
        List<Range> segments = new ArrayList<>();
        for (Range sentence : sentences) {
            List<int[]> breaks = new ArrayList<>();
            for (Vocabulary.Cue cue : vocabulary.segmentBreaks) {
                Matcher m = cue.pattern().matcher(text).region(sentence.start(), sentence.end());
                while (m.find()) {
                    breaks.add(new int[] {m.start(), m.end()});
                }
            }
            breaks.sort((a, b) -> Integer.compare(a[0], b[0]));
            int start = sentence.start();
            for (int[] cut : breaks) {
                if (cut[0] >= start) {
                    segments.add(new Range(sentence.sentence(), start, cut[0]));
                    start = cut[1];
                }
            }
            segments.add(new Range(sentence.sentence(), start, sentence.end()));
        }
        return List.copyOf(segments);
    }
}
