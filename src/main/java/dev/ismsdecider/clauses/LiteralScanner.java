package dev.ismsdecider.clauses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every cue's {@link CueLiterals} in a clause in one pass over its case-folded text, with an
 * Aho-Corasick automaton built once per vocabulary: where each cue's leads start, and which of the
 * required words occur at all. Immutable and thread-safe; {@link #scan(String)} is the per-clause
 * part.
 */
final class LiteralScanner {

    /**
     * What one scan found: per cue, whether it is ruled out (it requires words of which none occurs) and the
     * places where its leads start. The places of cue {@code c} are {@code starts()[i]} for
     * {@code first(c) <= i < first(c + 1)}, ascending. A cue without leads has none and, unless ruled out,
     * is run over the whole text; a ruled-out cue is not run at all, whatever its places.
     */
    final class Places {
        /** Bit {@code w} is set if word {@code w} occurs in the text. */
        private final long[] seen;
        private final int[] offsets;
        private final int[] starts;

        private Places(long[] seen, int[] offsets, int[] starts) {
            this.seen = seen;
            this.offsets = offsets;
            this.starts = starts;
        }

        /** True if the cue cannot match anywhere in the text: of some list of its required words, none occurs. */
        boolean ruledOut(int cue) {
            for (int[] words : requires[cue]) {
                if (noneSeen(words)) {
                    return true;
                }
            }
            return false;
        }

        private boolean noneSeen(int[] words) {
            for (int word : words) {
                if ((seen[word >>> 6] & 1L << word) != 0) {
                    return false;
                }
            }
            return true;
        }

        /** The index of the cue's first place; the cue's places end where the next cue's begin. */
        int first(int cue) {
            return offsets[cue];
        }

        /** The places of all cues, cue by cue; see {@link #first(int)}. */
        int[] starts() {
            return starts;
        }

        /** True if one of the cue's places is from {@code from} (inclusive) to {@code to} (exclusive). */
        boolean anyWithin(int cue, int from, int to) {
            for (int i = offsets[cue]; i < offsets[cue + 1]; i++) {
                if (starts[i] >= from && starts[i] < to) {
                    return true;
                }
            }
            return false;
        }
    }

    private final int cueCount;
    /** Folded character to symbol; 0 for a character that is in no word. */
    private final int[] symbolOf;
    /** {@link #symbolOf} of the fold, for the characters up to U+00FF: most of any clause. */
    private final int[] latin1Symbol = new int[256];
    private final int symbols;
    /**
     * The automaton: state times {@code symbols} plus symbol gives the next state; null if it has more
     * states than a {@code char} can number (a vocabulary far larger than ours), and then every clause
     * is read without prefilter.
     */
    private final char[] next;
    /** The words that end at state {@code s}, suffixes included, are {@code ends[endsFrom[s]]} to {@code ends[endsFrom[s + 1] - 1]}. */
    private final int[] endsFrom;
    private final int[] ends;
    private final int[] wordLength;
    /** Per word, the cues it is a lead of. */
    private final int[][] leadOf;
    /** Per cue, its lists of required words (see {@link CueLiterals#required()}). */
    private final int[][][] requires;

    /** @param literals each cue's literals, by {@link Vocabulary.Cue#index()} */
    LiteralScanner(List<CueLiterals> literals) {
        this.cueCount = literals.size();
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<List<Integer>> leadCues = new ArrayList<>();
        this.requires = new int[cueCount][][];
        for (int cue = 0; cue < cueCount; cue++) {
            CueLiterals l = literals.get(cue);
            for (String lead : l.leads() == null ? List.<String>of() : l.leads()) {
                leadCues.get(id(ids, leadCues, lead)).add(cue);
            }
            requires[cue] = l.required().stream()
                    .map(words -> words.stream().mapToInt(word -> id(ids, leadCues, word)).toArray())
                    .toArray(int[][]::new);
        }
        List<String> words = List.copyOf(ids.keySet());
        this.wordLength = words.stream().mapToInt(String::length).toArray();
        this.leadOf = leadCues.stream().map(c -> c.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);

        this.symbolOf = new int[words.stream().flatMapToInt(String::chars).max().orElse(0) + 1];
        int symbol = 0;
        for (String word : words) {
            for (char c : word.toCharArray()) {
                if (symbolOf[c] == 0) {
                    symbolOf[c] = ++symbol;
                }
            }
        }
        this.symbols = symbol + 1;
        for (char c = 0; c < latin1Symbol.length; c++) {
            int folded = CaseFold.fold(c);
            latin1Symbol[c] = folded < symbolOf.length ? symbolOf[folded] : 0;
        }

        // The trie of all words, then, breadth first, the failure links folded into a complete transition table.
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new int[symbols]);
        ends.add(new ArrayList<>());
        for (int w = 0; w < words.size(); w++) {
            int state = 0;
            for (char c : words.get(w).toCharArray()) {
                int s = symbolOf[c];
                if (children.get(state)[s] == 0) {
                    children.get(state)[s] = children.size();
                    children.add(new int[symbols]);
                    ends.add(new ArrayList<>());
                }
                state = children.get(state)[s];
            }
            ends.get(state).add(w);
        }
        int[] next = new int[children.size() * symbols];
        int[] failure = new int[children.size()];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < symbols; s++) {
            next[s] = children.get(0)[s];
            if (next[s] != 0) {
                queue.add(next[s]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            ends.get(state).addAll(ends.get(failure[state]));
            for (int s = 0; s < symbols; s++) {
                int child = children.get(state)[s];
                if (child != 0) {
                    failure[child] = next[failure[state] * symbols + s];
                    next[state * symbols + s] = child;
                    queue.add(child);
                } else {
                    next[state * symbols + s] = next[failure[state] * symbols + s];
                }
            }
        }
        this.next = children.size() > Character.MAX_VALUE ? null : new char[next.length];
        for (int i = 0; this.next != null && i < next.length; i++) {
            this.next[i] = (char) next[i];
        }
        this.endsFrom = new int[ends.size() + 1];
        for (int state = 0; state < ends.size(); state++) {
            endsFrom[state + 1] = endsFrom[state] + ends.get(state).size();
        }
        this.ends = ends.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    }

    private static int id(Map<String, Integer> ids, List<List<Integer>> leadCues, String word) {
        return ids.computeIfAbsent(word, w -> {
            leadCues.add(new ArrayList<>());
            return leadCues.size() - 1;
        });
    }

    /**
     * What the cues' literals say about a (normalised) text; null when the text has a character without
     * fold ({@link CaseFold#NONE}), or the automaton could not be built, and the text must then be
     * searched without prefilter.
     */
    Places scan(String text) {
        if (next == null) {
            return null;
        }
        long[] found = new long[32];
        int count = 0;
        long[] seen = new long[(wordLength.length + 63) >>> 6];
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int symbol;
            if (c < latin1Symbol.length) {
                symbol = latin1Symbol[c];
            } else {
                int folded = CaseFold.fold(c);
                if (folded == CaseFold.NONE) {
                    return null;
                }
                symbol = folded < symbolOf.length ? symbolOf[folded] : 0;
            }
            state = next[state * symbols + symbol];
            for (int e = endsFrom[state]; e < endsFrom[state + 1]; e++) {
                int word = ends[e];
                seen[word >>> 6] |= 1L << word;
                for (int cue : leadOf[word]) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = (long) cue << 32 | (i + 1 - wordLength[word]);
                }
            }
        }
        Arrays.sort(found, 0, count); // by cue, then by start
        int[] offsets = new int[cueCount + 1];
        int[] starts = new int[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                offsets[(int) (found[i] >>> 32) + 1]++;
                starts[kept++] = (int) found[i];
            }
        }
        for (int cue = 0; cue < cueCount; cue++) {
            offsets[cue + 1] += offsets[cue];
        }
        return new Places(seen, offsets, starts);
    }

    @Override
    public String toString() {
        return "LiteralScanner[" + wordLength.length + " words, " + (endsFrom.length - 1) + " states, " + symbols + " symbols]";
    }
}
