package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-call entry point of the clause capability: contract clauses in, clause findings out. The
 * {@link ClauseReader} reports what each clause says about which standard; the rule set's reading rules
 * ({@link Rules}, run by the engine) decide whether it binds. Built once per rule set and shared; every
 * method is thread-safe. A clause without readable text is never read as "requires nothing": it is
 * reported as unreadable, so that a person answers for it.
 */
public final class ClauseChecker {

    /** The reading rules of a rule set: the mentions of all clauses of one contract in, their readings and actions out. */
    @FunctionalInterface
    public interface Rules {
        Read read(List<ClauseMention> mentions);
    }

    /** What the rules concluded for one contract: a reading per mention, and the actions they ask for, in a fixed order. */
    public record Read(List<MentionReading> readings, List<String> actions) {

        public Read {
            readings = List.copyOf(readings);
            actions = List.copyOf(actions);
        }
    }

    /** Every clause's result and the check body built from them, with the actions. */
    public record Checked(List<Result> results, ClauseCheck check) {
    }

    /** How many clause texts the checker remembers the mentions of. */
    private static final int RECENT_TEXTS = 1024;
    /** Longer clause texts are read each time: remembering a thousand of them could hold megabytes each. */
    private static final int MAX_REMEMBERED_LENGTH = 4_000;

    private final Vocabulary vocabulary;
    private final ClauseReader reader;
    /**
     * The mentions of recently read clause texts: reading depends on the text alone, and the same clauses
     * come back (a what-if tries one profile 200 times; batches and replays repeat a customer's contract).
     * Emptied when full.
     */
    private final Map<String, List<ClauseMention>> recent = new ConcurrentHashMap<>();
    private final Rules rules;
    private final String unavailable;

    private ClauseChecker(Vocabulary vocabulary, Rules rules, String unavailable) {
        this.vocabulary = vocabulary;
        this.reader = vocabulary == null ? null : new ClauseReader(vocabulary);
        this.rules = rules;
        this.unavailable = unavailable;
    }

    /** A checker over a loaded vocabulary and the rules that read its mentions. */
    public static ClauseChecker of(Vocabulary vocabulary, Rules rules) {
        return new ClauseChecker(vocabulary, rules, null);
    }

    /** A checker without vocabulary: it reads no clause and says why, so every clause stays an open question. */
    public static ClauseChecker unavailable(String reason) {
        return new ClauseChecker(null, mentions -> new Read(List.of(), List.of()), reason);
    }

    /** The vocabulary, or null for a checker that reads nothing. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Reads every clause (for {@code POST /api/v1/clauses/check} and {@code check-clauses}). Findings come
     * in clause order, then text order; unreadable clauses are listed by their position in the input.
     */
    public ClauseCheck check(List<ContractClause> clauses) {
        return checkEach(clauses).check();
    }

    /** Reads every clause, keeping each clause's findings together; the clauses are read as one contract. */
    public List<Result> readAll(List<ContractClause> clauses) {
        return checkEach(clauses).results();
    }

    /** {@link #readAll} and {@link #check} at once: each clause's result, and the body with the rules' actions. */
    public Checked checkEach(List<ContractClause> clauses) {
        List<Mentions> read = new ArrayList<>(clauses.size());
        List<ClauseMention> all = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Mentions mentions = mentions(i, clauses.get(i));
            read.add(mentions);
            all.addAll(mentions.mentions());
        }
        Map<Integer, List<ClauseFinding>> byClause = new TreeMap<>();
        Read ruled = all.isEmpty() ? new Read(List.of(), List.of()) : rules.read(all);
        findings(ruled.readings(), byClause);
        List<Result> results = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            results.add(new Result(clauses.get(i), byClause.getOrDefault(i, List.of()), read.get(i).unreadable()));
        }
        return new Checked(List.copyOf(results), summary(results, ruled.actions()));
    }

    /** Reads one clause on its own, as a contract of one clause. */
    public Result read(ContractClause clause) {
        return readAll(List.of(clause)).get(0);
    }

    /** The check body of clauses already read, in their order, with the actions the rules asked for. */
    private ClauseCheck summary(List<Result> results, List<String> actions) {
        List<ClauseFinding> findings = new ArrayList<>();
        List<UnreadableClause> unreadable = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            findings.addAll(result.findings());
            if (!result.readable()) {
                unreadable.add(new UnreadableClause(i, result.clause().id(), result.clause().party(), result.unreadable()));
            }
        }
        return new ClauseCheck(findings, unreadable,
                vocabulary == null ? null : new ClauseCheck.VocabularyRef(vocabulary.version(), vocabulary.sha256()), actions);
    }

    /** What the rules conclude for mentions found elsewhere (by a reader over another vocabulary). */
    public Read readAllMentions(List<ClauseMention> mentions) {
        return rules.read(mentions);
    }

    /** What the reader finds in the clause at {@code index}: its mentions, or why it cannot be read. */
    public Mentions mentions(int index, ContractClause clause) {
        String text = clause.text();
        if (reader == null) {
            return new Mentions(List.of(), unavailable);
        }
        if (text == null) {
            return new Mentions(List.of(), "the clause has no text");
        }
        if (!hasLetter(text)) {
            return new Mentions(List.of(), text.isBlank() ? "the clause text is empty" : "the clause text has no words to read");
        }
        List<ClauseMention> known = text.length() > MAX_REMEMBERED_LENGTH ? null : recent.get(text);
        if (known == null) {
            known = reader.read(0, clause);
            if (text.length() <= MAX_REMEMBERED_LENGTH) {
                if (recent.size() >= RECENT_TEXTS) {
                    recent.clear();
                }
                recent.put(text, known);
            }
        }
        List<ClauseMention> mentions = new ArrayList<>(known.size());
        for (ClauseMention m : known) {
            mentions.add(m.withClause(index, clause));
        }
        return new Mentions(mentions, null);
    }

    /** The findings of contract v1 for the rules' readings, in clause and text order. */
    public static List<ClauseFinding> findings(List<MentionReading> readings) {
        return findings(readings, new TreeMap<>());
    }

    /** The same reading said twice in one clause is one finding, quoted where it is first said. */
    private static List<ClauseFinding> findings(List<MentionReading> readings, Map<Integer, List<ClauseFinding>> byClause) {
        List<ClauseFinding> findings = new ArrayList<>(readings.size());
        Set<List<Object>> seen = new HashSet<>();
        readings.stream().sorted(MentionReading.IN_TEXT_ORDER).forEach(r -> {
            ClauseFinding f = r.finding();
            if (seen.add(Arrays.asList(r.mention().index(), f.kind(), f.reading(), f.negated(), f.acceptsIec62443(),
                    f.iec62443Part(), f.securityLevel()))) {
                findings.add(f);
                byClause.computeIfAbsent(r.mention().index(), i -> new ArrayList<>()).add(f);
            }
        });
        return findings;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (Character.isLetter(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** What the reader found in one clause: its mentions, or, when {@code unreadable} is set, why nothing could be read. */
    public record Mentions(List<ClauseMention> mentions, String unreadable) {
    }

    /** What one clause says: its findings, or, when {@code unreadable} is set, why nothing could be read. */
    public record Result(ContractClause clause, List<ClauseFinding> findings, String unreadable) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean readable() {
            return unreadable == null;
        }
    }
}
