package dev.ismsdecider.clauses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Literal words that a vocabulary pattern cannot match without, case-folded ({@link CaseFold}), found
 * once when the vocabulary loads:
 * <ul>
 *   <li>{@code leads}: every match starts with one of them. "iso" and "din" for
 *       {@code \b(?:DIN\s+EN\s+)?ISO...}: the pattern need only be tried where the folded clause has one.</li>
 *   <li>{@code required}: every match contains, of each list, one of its words. [["9001", "14001", ...]]
 *       for {@code \bISO[\s-]*(?:9001|14001|...)}: if a clause lacks all words of one list, the pattern
 *       cannot match in it at all. Lists that the leads already imply are left out.</li>
 * </ul>
 * {@code leads} is null and {@code required} empty when the analysis cannot tell. Every list of words
 * is a set of alternatives, sorted.
 *
 * <p>The analysis is deliberately small and conservative. It reads literal characters, escaped
 * punctuation, groups, alternation, quantifiers, word boundaries and look-arounds; everything else that
 * consumes text (character classes, {@code \s}, {@code \p{L}}, {@code .}) counts as "any text", and a
 * look-around as nothing, since it consumes nothing. Where it meets a construct it does not read
 * ({@code \Q}, back references, {@code \x41}, {@code \G}, inline flags other than {@code i} and {@code u},
 * ...) it gives up on the whole pattern. Giving up only costs time; a wrong literal would lose matches,
 * which is why {@link Vocabulary} also checks the literals against every example of the entry. A pattern
 * character counts as literal only if its fold folds to itself (see {@link CaseFold}); on today's JDKs
 * every character does, the check keeps the analysis sound should Unicode ever add one that does not.
 */
record CueLiterals(List<String> leads, List<List<String>> required) {

    /** No literals: the pattern is tried at every character, as without prefilter. */
    static final CueLiterals NONE = new CueLiterals(null, List.of());

    /** Past this many alternatives a set of words is not worth keeping as a filter. */
    private static final int MAX_WORDS = 64;

    /** How many sets of required words a piece keeps at most, the most selective first. */
    private static final int MAX_REQUIRED = 4;

    /**
     * The literals of a pattern.
     *
     * @param regex a pattern that compiles
     * @param flags the flags it is compiled with; anything beyond case-insensitive Unicode matching gives up
     */
    static CueLiterals of(String regex, int flags) {
        if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0) {
            return NONE;
        }
        Info info;
        try {
            Parser parser = new Parser(regex);
            info = parser.alternation();
            if (parser.at < regex.length()) {
                return NONE;
            }
        } catch (GiveUp e) {
            return NONE;
        }
        List<String> leads = info.leads == null || info.leads.stream().anyMatch(lead -> lead.word().isEmpty()) ? null
                : minimal(info.leads.stream().map(Lead::word).toList(), String::startsWith);
        List<List<String>> required = info.required.stream()
                .map(words -> minimal(words, String::contains))
                .filter(words -> leads == null || !impliedBy(leads, words))
                .distinct()
                .toList();
        return new CueLiterals(leads, required);
    }

    /**
     * The alternatives without those another one makes redundant ({@code covers(longer, shorter)}: where
     * the longer word stands, the shorter one does too), sorted.
     */
    private static List<String> minimal(Collection<String> words, BiPredicate<String, String> covers) {
        List<String> shortestFirst = new ArrayList<>(new TreeSet<>(words));
        shortestFirst.sort(Comparator.comparingInt(String::length));
        List<String> kept = new ArrayList<>();
        for (String word : shortestFirst) {
            if (kept.stream().noneMatch(shorter -> covers.test(word, shorter))) {
                kept.add(word);
            }
        }
        kept.sort(Comparator.naturalOrder());
        return List.copyOf(kept);
    }

    /** True if each lead contains one of the words: wherever a lead stands, the words are met. */
    private static boolean impliedBy(List<String> leads, List<String> words) {
        return leads.stream().allMatch(lead -> words.stream().anyMatch(lead::contains));
    }

    /**
     * A word a piece of a pattern can start with. {@code whole}: the piece can match exactly this word, so
     * that what follows the piece continues it ("is" then "o" gives "iso"); otherwise the match goes on
     * with text the analysis does not know.
     */
    private record Lead(String word, boolean whole) {
    }

    /**
     * What the analysis knows about a piece of a pattern. Every match starts with one of {@code leads}
     * (null: with anything); a whole empty lead means the piece may match the empty string, and a partial
     * empty lead, which would say nothing, is never kept. Every match contains, of each set in
     * {@code required}, one of its words (an empty list: nothing known).
     */
    private record Info(Set<Lead> leads, List<Set<String>> required) {

        static final Info EMPTY = new Info(Set.of(new Lead("", true)), List.of());
        static final Info ANYTHING = new Info(null, List.of());

        static Info literal(String folded) {
            return new Info(Set.of(new Lead(folded, true)), List.of(Set.of(folded)));
        }

        private static Set<Lead> checked(Set<Lead> leads) {
            return leads == null || leads.size() > MAX_WORDS || leads.contains(new Lead("", false)) ? null : leads;
        }

        /** Every string the piece can match, when the leads say so exactly; otherwise null. */
        Set<String> exact() {
            if (leads == null || leads.stream().anyMatch(lead -> !lead.whole())) {
                return null;
            }
            Set<String> exact = new HashSet<>();
            leads.forEach(lead -> exact.add(lead.word()));
            return exact;
        }

        Info requiring(List<Set<String>> words) {
            return new Info(leads, words);
        }

        /** The leads of this piece followed by {@code next}; what it requires is for the caller to say. */
        Info then(Info next) {
            if (leads == null) {
                return ANYTHING;
            }
            Set<Lead> joined = new HashSet<>();
            for (Lead lead : leads) {
                if (!lead.whole()) {
                    joined.add(lead);
                } else if (next.leads == null) {
                    joined.add(new Lead(lead.word(), false));
                } else {
                    for (Lead continued : next.leads) {
                        joined.add(new Lead(lead.word() + continued.word(), continued.whole()));
                    }
                }
            }
            if (joined.size() <= MAX_WORDS) {
                return new Info(checked(joined), List.of());
            }
            // Too many combinations: what this piece starts with still holds for both, unless it may be empty.
            return leads.contains(new Lead("", true)) ? ANYTHING : partial();
        }

        /** This piece or {@code other}. */
        Info or(Info other) {
            Set<Lead> either = null;
            if (leads != null && other.leads != null) {
                either = new HashSet<>(leads);
                either.addAll(other.leads);
            }
            // (a1 and a2) or (b1 and b2) holds (a1 or b1) and (a1 or b2) and (a2 or b1) and (a2 or b2).
            List<Set<String>> both = new ArrayList<>();
            for (Set<String> a : required) {
                for (Set<String> b : other.required) {
                    Set<String> words = new HashSet<>(a);
                    words.addAll(b);
                    both.add(words);
                }
            }
            return new Info(checked(either), strongest(both));
        }

        /** This piece repeated {@code min} to {@code max} times ({@code max} -1 for no limit). */
        Info repeated(int min, int max) {
            if (max == 0) {
                return EMPTY;
            }
            if (min == 1 && max == 1) {
                return this;
            }
            if (min == 0 && max == 1) {
                return or(EMPTY);
            }
            // Empty, if it may be; otherwise the first non-empty repetition starts the match, and more may follow.
            Info info = partial();
            boolean mayBeEmpty = min == 0 || leads != null && leads.contains(new Lead("", true));
            return new Info(mayBeEmpty ? info.or(EMPTY).leads : info.leads, min == 0 ? List.of() : required);
        }

        /** The same leads with what follows unknown: every match starts with a non-empty one, or is empty. */
        private Info partial() {
            if (leads == null) {
                return ANYTHING;
            }
            Set<Lead> partial = new HashSet<>();
            for (Lead lead : leads) {
                if (!lead.word().isEmpty()) {
                    partial.add(new Lead(lead.word(), false));
                }
            }
            return new Info(checked(partial), List.of());
        }
    }

    /** Every combination of a string of {@code first} followed by one of {@code second}; null if too many. */
    private static Set<String> product(Set<String> first, Set<String> second) {
        if ((long) first.size() * second.size() > MAX_WORDS) {
            return null;
        }
        Set<String> all = new HashSet<>();
        for (String a : first) {
            for (String b : second) {
                all.add(a + b);
            }
        }
        return all;
    }

    /**
     * The most selective sets of required words, at most {@link #MAX_REQUIRED}: those whose shortest word is
     * longest, then those with fewer words. A set that is empty, too large or may be met by the empty
     * string says nothing and is dropped.
     */
    private static List<Set<String>> strongest(List<Set<String>> sets) {
        Comparator<Set<String>> selective = Comparator.comparingInt((Set<String> words) -> words.stream().mapToInt(String::length).min().orElse(0))
                .reversed().thenComparingInt(Set::size);
        return sets.stream()
                .filter(words -> !words.isEmpty() && words.size() <= MAX_WORDS && !words.contains(""))
                .distinct()
                .sorted(selective)
                .limit(MAX_REQUIRED)
                .toList();
    }

    /** Thrown where the analysis meets a construct it does not read; the pattern then gets no literals. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the pattern syntax the vocabulary uses; {@code at} is the next character. */
    private static final class Parser {
        private final String regex;
        private int at;

        Parser(String regex) {
            this.regex = regex;
        }

        Info alternation() {
            Info info = sequence();
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                info = info.or(sequence());
            }
            return info;
        }

        /**
         * Pieces one after another. Runs of exactly known pieces ("ISO", "(?:9001|14001)") join into the
         * strings they match; each run, and whatever each other piece requires, the sequence requires.
         */
        private Info sequence() {
            Info info = Info.EMPTY;
            Set<String> run = Set.of("");
            List<Set<String>> required = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Info piece = quantified(atom());
                info = info.then(piece);
                Set<String> exact = piece.exact();
                Set<String> longer = exact == null ? null : product(run, exact);
                if (longer != null) {
                    run = longer;
                    continue;
                }
                required.add(run);
                if (exact != null) {
                    run = exact;
                } else {
                    required.addAll(piece.required);
                    run = Set.of("");
                }
            }
            required.add(run);
            return info.requiring(strongest(required));
        }

        private Info quantified(Info atom) {
            if (at >= regex.length()) {
                return atom;
            }
            int min;
            int max;
            switch (regex.charAt(at)) {
                case '?' -> { min = 0; max = 1; at++; }
                case '*' -> { min = 0; max = -1; at++; }
                case '+' -> { min = 1; max = -1; at++; }
                case '{' -> {
                    int close = regex.indexOf('}', at);
                    if (close < 0) {
                        throw new GiveUp();
                    }
                    String[] bounds = regex.substring(at + 1, close).split(",", -1);
                    if (bounds.length > 2) {
                        throw new GiveUp();
                    }
                    try {
                        min = Integer.parseInt(bounds[0]);
                        max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                    } catch (NumberFormatException e) {
                        throw new GiveUp();
                    }
                    at = close + 1;
                }
                default -> {
                    return atom;
                }
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++; // lazy or possessive: matches no string that the greedy form could not
            }
            if (at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0) {
                throw new GiveUp();
            }
            return atom.repeated(min, max);
        }

        private Info atom() {
            char c = regex.charAt(at++);
            return switch (c) {
                case '(' -> group();
                case '[' -> {
                    skipClass();
                    yield Info.ANYTHING;
                }
                case '.' -> Info.ANYTHING;
                case '^', '$' -> Info.EMPTY;
                case '\\' -> escape();
                case '*', '+', '?', '{' -> throw new GiveUp();
                default -> literal(c);
            };
        }

        private Info literal(char c) {
            int folded = CaseFold.fold(c);
            if (folded == CaseFold.NONE) {
                throw new GiveUp();
            }
            // Only a character whose fold folds to itself is safe: the engine also accepts the fold itself.
            return CaseFold.fold((char) folded) == folded ? Info.literal(String.valueOf((char) folded)) : Info.ANYTHING;
        }

        private Info group() {
            boolean consumesNothing = false;
            if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                at += 2;
                consumesNothing = true;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                consumesNothing = true;
            } else if (regex.startsWith("?<", at)) {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    throw new GiveUp();
                }
                at = close + 1;
            } else if (regex.startsWith("?", at)) {
                at++;
                while (at < regex.length() && "iu-".indexOf(regex.charAt(at)) >= 0) {
                    at++;
                }
                char end = at < regex.length() ? regex.charAt(at++) : 0;
                if (end == ')') {
                    return Info.EMPTY; // (?-i) and the like: case only, and the fold covers both ways
                }
                if (end != ':') {
                    throw new GiveUp();
                }
            }
            Info inner = alternation();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new GiveUp();
            }
            at++;
            return consumesNothing ? Info.EMPTY : inner;
        }

        private Info escape() {
            if (at >= regex.length()) {
                throw new GiveUp();
            }
            char c = regex.charAt(at++);
            switch (c) {
                case 'b', 'B' -> {
                    if (at < regex.length() && regex.charAt(at) == '{') {
                        throw new GiveUp(); // \b{g}
                    }
                    return Info.EMPTY;
                }
                case 'A', 'z', 'Z' -> {
                    return Info.EMPTY;
                }
                case 'G' -> throw new GiveUp(); // "where the previous match ended": a prefiltered search has no previous match
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> {
                    return Info.ANYTHING;
                }
                case 'p', 'P' -> {
                    if (at < regex.length() && regex.charAt(at) == '{') {
                        int close = regex.indexOf('}', at);
                        if (close < 0) {
                            throw new GiveUp();
                        }
                        at = close + 1;
                    } else {
                        at++;
                    }
                    return Info.ANYTHING;
                }
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        throw new GiveUp(); // \Q, back references, \x41, \t, ...: not used, not read
                    }
                    return literal(c);
                }
            }
        }

        /** Skips a character class, nested classes and escapes included. */
        private void skipClass() {
            if (at < regex.length() && regex.charAt(at) == '^') {
                at++;
            }
            if (at < regex.length() && regex.charAt(at) == ']') {
                throw new GiveUp();
            }
            int depth = 1;
            while (at < regex.length()) {
                char c = regex.charAt(at++);
                if (c == '\\') {
                    if (at >= regex.length() || regex.charAt(at) == 'Q') {
                        throw new GiveUp();
                    }
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return;
                }
            }
            throw new GiveUp();
        }
    }
}
