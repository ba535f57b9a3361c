package dev.ismsdecider.clauses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.ismsdecider.facts.StrictJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The words the clause classifier looks for, read from a JSON file next to the rules so that a contract
 * team can extend it. Loading checks every entry: a pattern that does not compile, misses one of its own
 * examples, or lacks a capture group its category needs stops the load with the file and entry named.
 * Immutable and thread-safe once loaded.
 */
public final class Vocabulary {

    /** Patterns match case-insensitively, also for umlauts; {@code (?-i)} inside a pattern switches that off. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A compiled entry: {@code label} names an assurance scheme or level, {@code target} where a negation
     * looks; the flags say which named groups (part, level, type) the pattern captures. {@code index}
     * numbers the entries of the whole vocabulary from 0; {@code literals} are the words its matches
     * cannot do without, checked against the entry's examples.
     */
    record Cue(String id, Pattern pattern, String label, Target target, int index, CueLiterals literals,
               boolean capturesPart, boolean capturesLevel, boolean capturesType) {

        Cue(String id, Pattern pattern, String label, Target target, int index, CueLiterals literals) {
            this(id, pattern, label, target, index, literals, pattern.pattern().contains("(?<part>"),
                    pattern.pattern().contains("(?<level>"), pattern.pattern().contains("(?<type>"));
        }
    }

    /** Where a negation cue finds what it negates: the mention before it ("… is not required") or after it ("need not …"). */
    enum Target { BEFORE, AFTER }

    private final String file;
    private final String version;
    private final String sha256;
    final List<Cue> iso27001;
    final List<Cue> isms;
    final List<Cue> iec62443;
    final List<Cue> otherAssurance;
    final List<Cue> unrelated;
    final List<Cue> levels;
    final List<Cue> certification;
    final List<Cue> equivalence;
    final List<Cue> alternative;
    final List<Cue> conjunction;
    final List<Cue> acceptance;
    final List<Cue> condition;
    final List<Cue> negation;
    final List<Cue> background;
    final List<Cue> segmentBreaks;
    final List<String> abbreviations;
    final int maxAlternativeGap;
    /** Every cue above, by {@link Cue#index()}. */
    final List<Cue> cues;
    /** Finds the cues' literals in a clause. */
    final LiteralScanner scanner;

    private Vocabulary(String file, String json, VocabularyFile v) {
        this.file = file;
        this.sha256 = sha256(json);
        Checker check = new Checker(file, v.languages());
        this.version = check.required(v.version(), "version");
        VocabularyFile.Mentions m = check.required(v.mentions(), "mentions");
        VocabularyFile.Cues c = check.required(v.cues(), "cues");
        VocabularyFile.Structure s = check.required(v.structure(), "structure");
        this.iso27001 = check.entries(m.iso27001(), "mentions.iso27001", true, Need.NOTHING);
        this.isms = check.entries(m.isms(), "mentions.isms", false, Need.NOTHING);
        this.iec62443 = check.entries(m.iec62443(), "mentions.iec62443", true, Need.NOTHING);
        this.otherAssurance = check.entries(m.otherAssurance(), "mentions.otherAssurance", false, Need.LABEL);
        this.unrelated = check.entries(m.unrelated(), "mentions.unrelated", false, Need.NOTHING);
        this.levels = check.entries(v.levels(), "levels", false, Need.LEVEL);
        this.certification = check.entries(c.certification(), "cues.certification", false, Need.NOTHING);
        this.equivalence = check.entries(c.equivalence(), "cues.equivalence", false, Need.NOTHING);
        this.alternative = check.entries(c.alternative(), "cues.alternative", false, Need.NOTHING);
        this.conjunction = check.entries(c.conjunction(), "cues.conjunction", false, Need.NOTHING);
        this.acceptance = check.entries(c.acceptance(), "cues.acceptance", false, Need.NOTHING);
        this.condition = check.entries(c.condition(), "cues.condition", false, Need.NOTHING);
        this.negation = check.entries(c.negation(), "cues.negation", false, Need.TARGET);
        this.background = check.entries(c.background(), "cues.background", false, Need.NOTHING);
        this.segmentBreaks = check.entries(s.segmentBreaks(), "structure.segmentBreaks", false, Need.NOTHING);
        this.abbreviations = s.abbreviations() == null ? List.of() : List.copyOf(s.abbreviations());
        Integer gap = check.required(s.maxAlternativeGap(), "structure.maxAlternativeGap");
        if (gap < 1) {
            throw new VocabularyException(file, "structure.maxAlternativeGap", "must be a positive number of characters");
        }
        this.maxAlternativeGap = gap;
        this.cues = List.copyOf(check.all);
        this.scanner = new LiteralScanner(cues.stream().map(Cue::literals).toList());
    }

    /**
     * Reads and checks a vocabulary.
     *
     * @param file the name to report in errors, e.g. {@code clauses/vocabulary.json}
     * @param json the file's content
     * @throws VocabularyException naming the file and the entry at fault
     */
    public static Vocabulary parse(String file, String json) {
        VocabularyFile parsed;
        try {
            parsed = StrictJson.mapper().readValue(json, VocabularyFile.class);
        } catch (JsonMappingException e) {
            throw new VocabularyException(file, path(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new VocabularyException(file, where, "malformed JSON: " + e.getOriginalMessage());
        }
        if (parsed == null) {
            throw new VocabularyException(file, "", "the file is empty");
        }
        return new Vocabulary(file, json, parsed);
    }

    /** The file it was read from, as named in the rule set. */
    public String file() {
        return file;
    }

    /** The version the file declares. */
    public String version() {
        return version;
    }

    /** SHA-256 of the file's UTF-8 content: names exactly the words a classification used. */
    public String sha256() {
        return sha256;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** What an entry of a category must carry beyond id, language, pattern and examples. */
    private enum Need { NOTHING, LABEL, LEVEL, TARGET }

    /** Checks entries one by one, with the file and entry in every message. */
    private static final class Checker {
        private final String file;
        private final Set<String> languages;
        private final Set<String> ids = new HashSet<>();
        /** Every entry read so far, in reading order, so that {@link Cue#index()} is the position here. */
        private final List<Cue> all = new ArrayList<>();

        Checker(String file, List<String> languages) {
            this.file = file;
            if (languages == null || languages.isEmpty()) {
                throw new VocabularyException(file, "languages", "must list the languages the vocabulary covers");
            }
            this.languages = Set.copyOf(languages);
        }

        <T> T required(T value, String where) {
            if (value == null) {
                throw new VocabularyException(file, where, "is missing");
            }
            return value;
        }

        List<Cue> entries(List<VocabularyFile.Entry> entries, String where, boolean nonEmpty, Need need) {
            if (entries == null || (nonEmpty && entries.isEmpty())) {
                throw new VocabularyException(file, where, nonEmpty ? "needs at least one entry" : "is missing");
            }
            List<Cue> cues = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                VocabularyFile.Entry entry = entries.get(i);
                String name = where + "[" + i + "]" + (entry == null || entry.id() == null ? "" : " '" + entry.id() + "'");
                cues.add(entry(required(entry, name), name, need));
            }
            return List.copyOf(cues);
        }

        private Cue entry(VocabularyFile.Entry e, String name, Need need) {
            Function<String, VocabularyException> fail = problem -> new VocabularyException(file, name, problem);
            if (e.id() == null || e.id().isBlank()) {
                throw fail.apply("needs an id");
            }
            if (!ids.add(e.id())) {
                throw fail.apply("id '" + e.id() + "' is used twice");
            }
            if (e.lang() == null || !(e.lang().equals("any") || languages.contains(e.lang()))) {
                throw fail.apply("lang must be 'any' or one of " + languages.stream().sorted().toList() + ", got " + e.lang());
            }
            if (e.pattern() == null || e.pattern().isEmpty()) {
                throw fail.apply("needs a pattern");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(e.pattern(), FLAGS);
            } catch (PatternSyntaxException ex) {
                throw fail.apply("pattern does not compile: " + ex.getDescription() + " near index " + ex.getIndex() + " of " + e.pattern());
            }
            if (e.examples() == null || e.examples().isEmpty()) {
                throw fail.apply("needs at least one example that the pattern finds");
            }
            for (String example : e.examples()) {
                if (example == null || !pattern.matcher(ClauseText.normalise(example)).find()) {
                    throw fail.apply("pattern does not find its example \"" + example + "\"");
                }
            }
            if (need == Need.LABEL && (e.label() == null || e.label().isBlank())) {
                throw fail.apply("needs a label naming the assurance scheme");
            }
            if (need == Need.LEVEL && (e.label() == null || e.label().isBlank() || !e.pattern().contains("(?<level>"))) {
                throw fail.apply("needs a label (SL or ML) and a capture group (?<level>...)");
            }
            Target target = null;
            if (need == Need.TARGET) {
                try {
                    target = Target.valueOf(String.valueOf(e.target()).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw fail.apply("target must be 'before' (\"X is not required\") or 'after' (\"need not X\"), got " + e.target());
                }
            }
            CueLiterals literals = CueLiterals.of(e.pattern(), FLAGS);
            Cue cue = new Cue(e.id(), pattern, e.label(), target, all.size(),
                    literalsHold(pattern, literals, e.examples()) ? literals : CueLiterals.NONE);
            all.add(cue);
            return cue;
        }
    }

    /**
     * The self-check of a pattern's literals: true if every match of the pattern in every example, folded,
     * starts with one of its leads and contains one word of each list of its required words. Should the
     * analysis ever claim a literal that a match can do without, the entry loses its prefilter and is
     * tried at every character, as before: slower, never wrong.
     */
    static boolean literalsHold(Pattern pattern, CueLiterals literals, List<String> examples) {
        for (String example : examples) {
            String text = ClauseText.normalise(example);
            String folded = CaseFold.fold(text);
            if (folded == null) {
                continue; // such a text is never prefiltered
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = m.start();
                String matched = folded.substring(start, m.end());
                if (literals.leads() != null && (matched.isEmpty() || literals.leads().stream().noneMatch(matched::startsWith))
                        || literals.required().stream().anyMatch(words -> words.stream().noneMatch(matched::contains))) {
                    return false;
                }
            }
        }
        return true;
    }
}
