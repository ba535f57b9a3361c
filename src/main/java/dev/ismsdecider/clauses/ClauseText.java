package dev.ismsdecider.clauses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause text cut into sentences and segments for reading. Matching runs on a normalised copy of the
 * same length (typographic spaces, dashes and quotes replaced one for one), so every index found there is
 * an index into the original text, and a span's matched words are quoted exactly as the user wrote them.
 *
 * <p>With the prefilter on, the text is scanned once for the vocabulary's {@link CueLiterals literal words},
 * and {@link #matches(Vocabulary.Cue)} tries a cue's pattern only where one of its leads starts. Off
 * (package-private, for the equivalence tests and benchmarks), every pattern runs over the whole text.
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
    /** What the cues' literals say about this text; null to run every pattern over the whole text. */
    private final LiteralScanner.Places places;

    ClauseText(String original, Vocabulary vocabulary, boolean prefiltered) {
        this.original = original;
        this.text = normalise(original);
        this.places = prefiltered ? vocabulary.scanner.scan(text) : null;
        this.sentences = sentences(vocabulary.abbreviations, prefiltered);
        this.segments = segments(vocabulary);
    }

    /** False only if the cue cannot match anywhere in the text: then there is no need to look. */
    boolean mayMatch(Vocabulary.Cue cue) {
        return mayMatch(cue, 0, text.length());
    }

    /** The cue's matches in the text, in order. */
    Matches matches(Vocabulary.Cue cue) {
        if (places == null) {
            return new Matches(cue.pattern(), text, null, 0, 0);
        }
        int index = cue.index();
        if (places.ruledOut(index)) {
            return new Matches(cue.pattern(), text, places.starts(), 0, 0); // no place to try: it finds nothing
        }
        if (cue.literals().leads() == null) {
            return new Matches(cue.pattern(), text, null, 0, 0);
        }
        return new Matches(cue.pattern(), text, places.starts(), places.first(index), places.first(index + 1));
    }

    /**
     * The matches of one pattern, one {@link #find()} at a time: exactly those of
     * {@code while (matcher.find())} over the whole text. Given the places where a match can start (for a
     * cue, where its leads start), the pattern is tried only there, with {@code lookingAt} and transparent
     * bounds so that {@code \b} and look-behinds still see the text before the place. Since a match can
     * start nowhere else, the first place, at or after the end of the previous match, where the pattern
     * matches is where {@code find()} would have found the match, and the match is the same.
     */
    static final class Matches {
        private final Pattern pattern;
        private final String text;
        private final int[] places;
        private final int last;
        private int next;
        private int from;
        private Matcher matcher;

        /**
         * @param places where a match may start, ascending, from index {@code next} to {@code last}
         *               (exclusive); null to search the whole text
         */
        Matches(Pattern pattern, String text, int[] places, int next, int last) {
            this.pattern = pattern;
            this.text = text;
            this.places = places;
            this.next = next;
            this.last = last;
        }

        /** Finds the next match; false when there is none. */
        boolean find() {
            if (places == null) {
                return matcher().find();
            }
            while (next < last) {
                int start = places[next++];
                if (start >= from) {
                    Matcher m = matcher().region(start, text.length());
                    if (m.lookingAt()) {
                        // Where find() would go on: after the match, or one further after an empty one.
                        from = m.end() > start ? m.end() : start + 1;
                        return true;
                    }
                }
            }
            return false;
        }

        /** The matcher, on the match {@link #find()} found. */
        Matcher matcher() {
            if (matcher == null) {
                matcher = pattern.matcher(text);
                if (places != null) {
                    matcher.useTransparentBounds(true).useAnchoringBounds(false);
                }
            }
            return matcher;
        }
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

    private List<Range> sentences(List<String> abbreviations, boolean prefiltered) {
        List<Range> sentences = new ArrayList<>();
        int[] marks = prefiltered ? sentenceMarks(text) : null;
        Matches end = new Matches(SENTENCE_END, text, marks, 0, marks == null ? 0 : marks.length);
        int start = 0;
        while (end.find()) {
            int at = end.matcher().end();
            if (!endsWithAbbreviation(text, at, abbreviations)) {
                sentences.add(new Range(sentences.size(), start, at));
                start = at;
            }
        }
        sentences.add(new Range(sentences.size(), start, text.length()));
        return List.copyOf(sentences);
    }

    /** Where a sentence end can start: at each '.', '!' and '?' (the pattern matches them exactly, case plays no part). */
    private static int[] sentenceMarks(String text) {
        int[] marks = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                if (count == marks.length) {
                    marks = Arrays.copyOf(marks, count * 2);
                }
                marks[count++] = i;
            }
        }
        return Arrays.copyOf(marks, count);
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

    private List<Range> segments(Vocabulary vocabulary) {
        List<Range> segments = new ArrayList<>();
        for (Range sentence : sentences) {
            List<int[]> breaks = new ArrayList<>();
            for (Vocabulary.Cue cue : vocabulary.segmentBreaks) {
                if (!mayMatch(cue, sentence.start(), sentence.end())) {
                    continue;
                }
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

    /**
     * False only if no match of the cue can start from {@code from} to {@code to}: the cue is ruled out, or
     * none of its leads starts there. (For a sentence, whether the pattern matches is still left to the
     * pattern with the sentence as region, as before, since its bounds change what {@code \b} sees at the
     * edges.)
     */
    private boolean mayMatch(Vocabulary.Cue cue, int from, int to) {
        if (places == null) {
            return true;
        }
        return !places.ruledOut(cue.index())
                && (cue.literals().leads() == null || places.anyWithin(cue.index(), from, to));
    }
}
