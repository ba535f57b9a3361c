package dev.ismsdecider.clauses;

import com.ibm.icu.text.BreakIterator;
import dev.ismsdecider.profile.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause text cut into sentences (ICU's sentence rules, with the vocabulary's abbreviations kept whole)
 * and segments (split at ";", ", but", ", jedoch", ...). Matching runs on a normalised copy: typographic
 * spaces, dashes and quotes, and line breaks, replaced one for one, and characters that show nothing (a soft
 * hyphen inside "Informa\u00ADtionssicherheit", zero-width joiners) left out. {@link #original(int, int)} and
 * {@link #span(int, int)} turn indices found there back into the original text, so a span's words are quoted
 * exactly as written.
 */
final class ClauseText {

    /** A range of the text: a sentence, or a segment of one. */
    record Range(int sentence, int start, int end) {

        boolean contains(int index) {
            return index >= start && index < end;
        }
    }

    /** "1. " at the end of what ICU takes for a sentence, and a month name after it: a German date. */
    private static final Pattern DAY_BEFORE_MONTH = Pattern.compile("\\b\\d{1,2}\\.\\s*$");
    private static final Pattern MONTH = Pattern.compile("(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b");

    final String original;
    final String text;
    final List<Range> sentences;
    final List<Range> segments;
    /** Where each character of {@code text} stands in {@code original}; null when nothing was left out. */
    private final int[] toOriginal;

    ClauseText(String original, Vocabulary vocabulary) {
        this.original = original;
        this.toOriginal = invisibleCharacters(original) ? positionsKept(original) : null;
        this.text = normalise(original);
        this.sentences = sentences(vocabulary.sentenceBreaks());
        this.segments = segments(vocabulary);
    }

    /** The words of the original text that {@code text} holds between {@code from} and {@code to}. */
    String original(int from, int to) {
        return toOriginal == null ? original.substring(from, to) : original.substring(originalStart(from), originalEnd(from, to));
    }

    /** The span of the original text that {@code text} holds between {@code from} and {@code to}. */
    Span span(int from, int to) {
        return toOriginal == null ? new Span(from, to) : new Span(originalStart(from), originalEnd(from, to));
    }

    private int originalStart(int from) {
        return from < toOriginal.length ? toOriginal[from] : original.length();
    }

    private int originalEnd(int from, int to) {
        return to <= from ? originalStart(from) : toOriginal[to - 1] + 1;
    }

    /** The text with look-alike characters made plain, one for one, and characters that show nothing left out. */
    static String normalise(String s) {
        StringBuilder plain = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!invisible(c)) {
                plain.append(switch (c) {
                    case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u200B', '\n', '\r', '\t', '\u2028', '\u2029' -> ' ';
                    case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                    case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                    case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                    default -> c;
                });
            }
        }
        return plain.toString();
    }

    /** A soft hyphen, a zero-width joiner or non-joiner, a word joiner or a byte order mark: shown as nothing. */
    private static boolean invisible(char c) {
        return c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean invisibleCharacters(String s) {
        return s.chars().anyMatch(c -> invisible((char) c));
    }

    private static int[] positionsKept(String s) {
        return java.util.stream.IntStream.range(0, s.length()).filter(i -> !invisible(s.charAt(i))).toArray();
    }

    /** The segment that holds {@code index}. */
    Range segmentAt(int index) {
        return at(segments, index);
    }

    /** The sentence that holds {@code index}. */
    Range sentenceAt(int index) {
        return at(sentences, index);
    }

    private static Range at(List<Range> ranges, int index) {
        Range found = ranges.get(0);
        for (Range range : ranges) {
            if (range.start() <= index) {
                found = range;
            }
        }
        return found;
    }

    private List<Range> sentences(BreakIterator breaks) {
        List<Range> sentences = new ArrayList<>();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < text.length() && DAY_BEFORE_MONTH.matcher(text).region(start, end).find()
                    && MONTH.matcher(text).region(end, text.length()).lookingAt()) {
                continue; // "ab dem 1. April 2022": a German date, not the end of a sentence
            }
            sentences.add(new Range(sentences.size(), start, end));
            start = end;
        }
        if (sentences.isEmpty()) {
            sentences.add(new Range(0, 0, text.length()));
        }
        return List.copyOf(sentences);
    }

    private List<Range> segments(Vocabulary vocabulary) {
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
