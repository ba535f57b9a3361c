package dev.ismsdecider.clauses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.ismsdecider.profile.StrictJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The words the clause reader looks for, read from a JSON file next to the rules so that a contract
 * team can extend it. Loading checks every entry: a pattern that does not compile, misses one of its own
 * examples, or lacks a capture group its category needs stops the load with the file and entry named.
 * Immutable and thread-safe once loaded.
 */
public final class Vocabulary {

    /** Patterns match case-insensitively, also for umlauts; {@code (?-i)} inside a pattern switches that off. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A compiled entry: {@code label} names an assurance scheme, a level, a party or what is asked;
     * {@code target} says where a negation looks, or that a certification cue speaks of the standard after it; the flags say which named groups (part, level, type) the
     * pattern captures.
     */
    record Cue(String id, Pattern pattern, String label, Target target,
               boolean capturesPart, boolean capturesLevel, boolean capturesType) {

        Cue(String id, Pattern pattern, String label, Target target) {
            this(id, pattern, label, target, pattern.pattern().contains("(?<part>"),
                    pattern.pattern().contains("(?<level>"), pattern.pattern().contains("(?<type>"));
        }
    }

    /**
     * Where a negation cue finds what it negates: the mention before it ("… is not required") or after it ("need not …");
     * for a certification cue, {@code AFTER} says it speaks of the standard after it ("Zertifizierung nach …").
     */
    enum Target { BEFORE, AFTER }

    private final String file;
    private final String version;
    private final String sha256;
    final List<Cue> iso27001;
    final List<Cue> isms;
    final List<Cue> iec62443;
    final List<Cue> otherAssurance;
    final List<Cue> unrelated;
    /** What may be an ISMS by another name: "information security management framework", "Sicherheitsprozess". */
    final List<Cue> ismsLike;
    /** References to standards another clause names: "the aforementioned certifications", "die vorgenannten Zertifikate". */
    final List<Cue> namedElsewhere;
    final List<Cue> levels;
    final List<Cue> certification;
    final List<Cue> equivalence;
    final List<Cue> alternative;
    final List<Cue> conjunction;
    final List<Cue> acceptance;
    final List<Cue> condition;
    final List<Cue> negation;
    final List<Cue> obligation;
    final List<Cue> permission;
    final List<Cue> recommendation;
    final List<Cue> description;
    final List<Cue> definition;
    /** Who a clause can oblige; each label is an {@link ObligedParty}. */
    final List<Cue> parties;
    /** Words right before a party's name that make it no subject: "for the", "as long as the", "des". */
    final List<Cue> notSubject;
    /** What a clause can ask beyond the standard itself; each label is an {@link Asks}. */
    final List<Cue> asks;
    /** Phrases that limit an alternative to part of the scope: "for the plant networks", "im OT-Umfeld". */
    final List<Cue> scope;
    /** Where a phrase ends inside a segment, for the reach of a negation: ", which", ", und", brackets. */
    final List<Cue> boundary;
    /** Small words of each language ("the", "is", "der", "und"): a sentence without them is in a language not covered. */
    final List<Cue> functionWords;
    /** Words that say something is lacking ("if no … could be demonstrated", "verliert", "ohne"), read inside a condition. */
    final List<Cue> lack;
    /** Words that open a recital ("WHEREAS", "In Erwägung"), which states a contract's background. */
    final List<Cue> recital;
    /**
     * Third parties whose demands a text may report: laws, regulations, catalogues, regulators ("the
     * legislator", "die BAIT", "der IT-Sicherheitskatalog"); the reader adds ISO 27001 from its own mentions.
     */
    final List<Cue> demanders;
    final List<Cue> segmentBreaks;
    final List<String> abbreviations;
    final int maxAlternativeGap;

    /** The sentence rules, with a break after none of the abbreviations; cloned for each use (not thread-safe). */
    private final BreakIterator sentences;

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
        this.ismsLike = check.optional(m.ismsLike(), "mentions.ismsLike");
        this.namedElsewhere = check.optional(m.namedElsewhere(), "mentions.namedElsewhere");
        this.levels = check.entries(v.levels(), "levels", false, Need.LEVEL);
        this.certification = check.entries(c.certification(), "cues.certification", false, Need.OPTIONAL_TARGET);
        this.equivalence = check.entries(c.equivalence(), "cues.equivalence", false, Need.NOTHING);
        this.alternative = check.entries(c.alternative(), "cues.alternative", false, Need.NOTHING);
        this.conjunction = check.entries(c.conjunction(), "cues.conjunction", false, Need.NOTHING);
        this.acceptance = check.entries(c.acceptance(), "cues.acceptance", false, Need.NOTHING);
        this.condition = check.entries(c.condition(), "cues.condition", false, Need.NOTHING);
        this.negation = check.entries(c.negation(), "cues.negation", false, Need.TARGET);
        this.obligation = check.entries(c.obligation(), "cues.obligation", true, Need.NOTHING);
        this.permission = check.entries(c.permission(), "cues.permission", false, Need.NOTHING);
        this.recommendation = check.entries(c.recommendation(), "cues.recommendation", false, Need.NOTHING);
        this.description = check.entries(c.description(), "cues.description", false, Need.NOTHING);
        this.definition = check.entries(c.definition(), "cues.definition", false, Need.NOTHING);
        this.parties = check.entries(c.parties(), "cues.parties", true, Need.PARTY);
        this.notSubject = check.entries(c.notSubject(), "cues.notSubject", false, Need.NOTHING);
        this.asks = check.entries(c.asks(), "cues.asks", false, Need.ASKS);
        this.scope = check.entries(c.scope(), "cues.scope", false, Need.NOTHING);
        this.boundary = check.entries(c.boundary(), "cues.boundary", false, Need.NOTHING);
        this.functionWords = check.entries(c.functionWords(), "cues.functionWords", true, Need.NOTHING);
        this.lack = check.optional(c.lack(), "cues.lack");
        this.recital = check.optional(c.recital(), "cues.recital");
        this.demanders = check.optional(c.demanders(), "cues.demanders");
        this.segmentBreaks = check.entries(s.segmentBreaks(), "structure.segmentBreaks", false, Need.NOTHING);
        this.abbreviations = s.abbreviations() == null ? List.of() : List.copyOf(s.abbreviations());
        Integer gap = check.required(s.maxAlternativeGap(), "structure.maxAlternativeGap");
        if (gap < 1) {
            throw new VocabularyException(file, "structure.maxAlternativeGap", "must be a positive number of characters");
        }
        this.maxAlternativeGap = gap;
        FilteredBreakIteratorBuilder keepWhole = FilteredBreakIteratorBuilder.getEmptyInstance();
        abbreviations.forEach(keepWhole::suppressBreakAfter);
        this.sentences = keepWhole.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ROOT));
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

    /** A fresh sentence iterator: ICU's sentence rules, keeping the vocabulary's abbreviations whole. */
    BreakIterator sentenceBreaks() {
        return (BreakIterator) sentences.clone();
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
    private enum Need { NOTHING, LABEL, LEVEL, TARGET, OPTIONAL_TARGET, PARTY, ASKS }

    /** Checks entries one by one, with the file and entry in every message. */
    private static final class Checker {
        private final String file;
        private final Set<String> languages;
        private final Set<String> ids = new HashSet<>();

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

        /** A category a vocabulary may leave out (one written before it existed): then it has no entries. */
        List<Cue> optional(List<VocabularyFile.Entry> entries, String where) {
            return entries == null ? List.of() : entries(entries, where, false, Need.NOTHING);
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
            if (need == Need.TARGET || need == Need.OPTIONAL_TARGET && e.target() != null) {
                try {
                    target = Target.valueOf(String.valueOf(e.target()).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw fail.apply("target must be 'before' (\"X is not required\") or 'after' (\"need not X\"), got " + e.target());
                }
            }
            if (need == Need.PARTY) {
                requireLabel(e, fail, ObligedParty.class);
            }
            if (need == Need.ASKS) {
                requireLabel(e, fail, Asks.class);
            }
            return new Cue(e.id(), pattern, e.label(), target);
        }

        private static <E extends Enum<E>> void requireLabel(VocabularyFile.Entry e, Function<String, VocabularyException> fail, Class<E> labels) {
            List<String> allowed = Arrays.stream(labels.getEnumConstants()).map(Enum::name).toList();
            if (e.label() == null || !allowed.contains(e.label())) {
                throw fail.apply("label must be one of " + allowed + ", got " + e.label());
            }
        }
    }
}
