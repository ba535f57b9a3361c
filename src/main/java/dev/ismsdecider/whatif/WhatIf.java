package dev.ismsdecider.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.profile.FactError;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.FindingKind;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.evaluation.Verdict;
import dev.ismsdecider.whatif.WhatIfReport.Answer;
import dev.ismsdecider.whatif.WhatIfReport.ChangeEffect;
import dev.ismsdecider.whatif.WhatIfReport.ChangeSet;
import dev.ismsdecider.whatif.WhatIfReport.CriterionFlip;
import dev.ismsdecider.whatif.WhatIfReport.QuestionAnswers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Counterfactuals, exact over the rules: which changes of the facts would give another verdict. Every single
 * change of {@link ChangeSpace} is evaluated, and what it removes of what holds the verdict is recorded: the
 * evidence of each blocker, each open question, and the input paths the verdict's own rule rests on (its
 * trace step). The smallest sets of changes that together remove all of it are then found as minimum
 * hitting sets, each is evaluated as one patch, reduced until no change can be left out without losing its
 * verdict, and kept only if no smaller listed set reaches the same verdict. Every verdict here comes from
 * {@link DecisionEngine#evaluate}; this class only searches. Thread-safe.
 */
public final class WhatIf {

    /** Largest set of changes searched for. */
    public static final int MAX_SET_SIZE = 12;
    /** Sets kept per search target before they are verified (the first found, actionable changes tried first). */
    static final int COVERS_PER_TARGET = 4;
    /** Sets listed per verdict. */
    static final int SETS_PER_VERDICT = 8;
    /** Evaluations tried per verdict still unreached, one change on top of a set found for another verdict. */
    static final int EXTENSION_BUDGET = 150;
    /** Search nodes per target: bounds the time on inputs with very many interchangeable changes. */
    private static final int NODE_BUDGET = 200_000;
    private static final Pattern POINTER = Pattern.compile("(?:/[A-Za-z0-9_]+)+");

    private final DecisionEngine engine;
    private final ChangeSpace space;
    private final boolean parallel;

    /** An analysis on the caller's thread alone, as the server runs it (one turn of its evaluation gate). */
    public WhatIf(DecisionEngine engine, RuleSetSource rules) {
        this(engine, rules, false);
    }

    /**
     * With {@code parallel}, the single changes are evaluated on the common fork-join pool too (every core); the
     * report is the same either way, since each change is evaluated on its own and the results keep their order.
     */
    public WhatIf(DecisionEngine engine, RuleSetSource rules, boolean parallel) {
        this.engine = engine;
        this.space = new ChangeSpace(Thresholds.of(rules), Levers.packaged());
        this.parallel = parallel;
    }

    /**
     * The report for one profile, given as its JSON tree. A tree that is not a valid profile throws
     * {@link InvalidFactsException}, exactly as evaluating it would.
     */
    public WhatIfReport analyse(JsonNode input) {
        OrganizationProfile profile = FactsReader.toProfile(input);
        return new Run(input).report(profile);
    }

    /** The result of evaluating one patch: an assessment, or the errors that made the patched facts invalid. */
    record Outcome(List<PatchOp> patch, Assessment assessment, List<FactError> errors) {
        boolean valid() {
            return assessment != null;
        }
    }

    /** A single change, after repair, with its outcome and that outcome seen from the input's pointers. */
    private record Single(Change change, Outcome outcome, View view) {
        Single(Change change, Outcome outcome) {
            this(change, outcome, View.of(outcome));
        }
    }

    /**
     * What holds the verdict of an outcome, with every pointer mapped back to the input, worked out once per
     * single change so that the search compares sets rather than re-reading assessments.
     */
    private record View(Set<String> blockers, Set<String> blockerEvidence, Set<String> questions, Set<String> support) {
        static View of(Outcome outcome) {
            Assessment a = outcome.assessment();
            List<PatchOp> patch = outcome.patch();
            Set<String> blockers = new HashSet<>();
            Set<String> evidence = new HashSet<>();
            for (Finding f : a.findings()) {
                if (f.kind() == FindingKind.BLOCKER) {
                    blockers.add(findingKey(f));
                    f.evidence().forEach(e -> evidence.add(findingKey(f) + " " + Patches.toInput(e.path(), patch)));
                }
            }
            Set<String> questions = new HashSet<>();
            a.openQuestions().forEach(q -> questions.add(q.criterion() + " " + Patches.toInput(q.path(), patch)));
            Set<String> support = new HashSet<>();
            WhatIf.support(a).forEach(p -> support.add(Patches.toInput(p, patch)));
            return new View(blockers, evidence, questions, support);
        }
    }

    /** One analysis: the input, the evaluations made so far (cached by set), and the counter. */
    private final class Run {
        private final JsonNode input;
        private final Map<String, Outcome> cache = new HashMap<>();
        private final AtomicInteger evaluations = new AtomicInteger();
        private Assessment base;
        private View baseView;
        private List<Single> singles;

        Run(JsonNode input) {
            this.input = input;
        }

        WhatIfReport report(OrganizationProfile profile) {
            base = engine.evaluate(profile);
            baseView = View.of(new Outcome(List.of(), base, List.of()));
            evaluations.incrementAndGet();
            Set<String> questionPaths = base.openQuestions().stream().map(OpenQuestion::path).collect(Collectors.toSet());
            List<Change> enumerated = space.enumerate(input, questionPaths);
            // Each single change is evaluated on its own (no cache is shared yet), so they may run at once.
            List<Optional<Single>> tried = (parallel ? enumerated.parallelStream() : enumerated.stream())
                    .map(change -> Optional.ofNullable(repaired(change))).toList();
            singles = new ArrayList<>();
            int invalid = 0;
            for (Optional<Single> single : tried) {
                if (single.isEmpty()) {
                    invalid++;
                } else {
                    singles.add(single.get());
                    cache.put(setKeyOf(List.of(single.get().change())), single.get().outcome());
                }
            }
            List<ChangeSet> alternatives = alternatives();
            Set<Verdict> reached = alternatives.stream().map(ChangeSet::verdict).collect(Collectors.toSet());
            List<Verdict> unreached = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                if (v != base.verdict() && !reached.contains(v)) {
                    unreached.add(v);
                }
            }
            String name = profile.organization() == null ? null : profile.organization().name();
            return new WhatIfReport(base.verdict(), name, alternatives, unreached, questions(), effects(), evaluations.get(),
                    enumerated.size(), invalid, base.ruleSet());
        }

        // ---------------------------------------------------------------- evaluating patches

        private Outcome outcome(List<Change> set) {
            return cache.computeIfAbsent(setKeyOf(set), k -> evaluate(set));
        }

        private Outcome evaluate(List<Change> set) {
            List<PatchOp> patch = Patches.compose(input, set);
            JsonNode patched = Patches.apply(input, patch);
            OrganizationProfile profile;
            try {
                profile = FactsReader.toProfile(patched);
            } catch (InvalidFactsException e) {
                return new Outcome(patch, null, e.errors());
            }
            evaluations.incrementAndGet();
            return new Outcome(patch, engine.evaluate(profile), List.of());
        }

        /**
         * The change, evaluated; where it contradicts other facts, with those facts made unknown too (what
         * contradicts "no OT" is every statement of OT), as long as that resolves it. {@code null} if it does not.
         */
        private Single repaired(Change change) {
            Change current = change;
            for (int round = 0; round < 16; round++) {
                Outcome outcome = evaluate(List.of(current));
                if (outcome.valid()) {
                    return new Single(current, outcome);
                }
                List<PatchOp> repairs = repairs(current, outcome);
                if (repairs.isEmpty()) {
                    return null;
                }
                List<PatchOp> ops = new ArrayList<>(current.ops());
                ops.addAll(repairs);
                String made = repairs.stream().map(PatchOp::path).collect(Collectors.joining(", "));
                String description = change.description() + (current == change ? ", and make unknown what contradicts it: " + made : ", " + made);
                current = new Change(description, change.lever(), change.leverReason(), ops);
            }
            return null;
        }

        /** Removals of the facts the errors name as contradicting the change (pointers into the input). */
        private List<PatchOp> repairs(Change change, Outcome outcome) {
            JsonNode patched = Patches.apply(input, outcome.patch());
            Set<String> targets = new TreeSet<>();
            for (FactError error : outcome.errors()) {
                Matcher m = POINTER.matcher(error.path() + " " + error.message());
                while (m.find()) {
                    String pointer = m.group();
                    if (!patched.at(pointer).isMissingNode() && !touches(change, pointer)) {
                        targets.add(pointer);
                    }
                }
            }
            List<PatchOp> repairs = new ArrayList<>();
            for (String pointer : targets) {
                String original = Patches.toInput(pointer, outcome.patch());
                JsonNode old = input.at(original);
                if (!old.isMissingNode()) {
                    repairs.add(PatchOp.remove(original, old));
                }
            }
            return repairs;
        }

        // ---------------------------------------------------------------- what holds the verdict

        /** Everything that holds the input's verdict, each as an atom a change may remove. */
        private Map<String, Atom> atoms() {
            Map<String, Atom> atoms = new LinkedHashMap<>();
            for (Finding f : base.findings()) {
                if (f.kind() == FindingKind.BLOCKER) {
                    List<String> paths = f.evidence().stream().map(e -> e.path()).distinct().toList();
                    for (String path : paths.isEmpty() ? List.of("") : paths) {
                        atoms.putIfAbsent("B " + findingKey(f) + " " + path, new Atom(Atom.Kind.BLOCKER, findingKey(f), path));
                    }
                }
            }
            for (OpenQuestion q : base.openQuestions()) {
                atoms.putIfAbsent("Q " + q.path() + " " + q.criterion(), new Atom(Atom.Kind.QUESTION, q.criterion(), q.path()));
            }
            for (String path : support(base)) {
                atoms.putIfAbsent("S " + path, new Atom(Atom.Kind.SUPPORT, "", path));
            }
            return atoms;
        }

        private boolean covers(Single s, Atom atom) {
            View v = s.view();
            return switch (atom.kind()) {
                case BLOCKER -> !v.blockers().contains(atom.key())
                        || !atom.path().isEmpty() && !v.blockerEvidence().contains(atom.key() + " " + atom.path());
                case QUESTION -> !v.questions().contains(atom.key() + " " + atom.path());
                case SUPPORT -> s.outcome().assessment().verdict() != base.verdict() || !v.support().contains(atom.path());
            };
        }

        private boolean addsBlocker(Single s) {
            return !baseView.blockers().containsAll(s.view().blockers());
        }


        // ---------------------------------------------------------------- the search

        private List<ChangeSet> alternatives() {
            // Every set found, with its verdict: the singles that change the verdict, then the verified covers.
            Map<String, List<Integer>> found = new LinkedHashMap<>();
            Map<String, Outcome> outcomes = new HashMap<>();
            for (int i = 0; i < singles.size(); i++) {
                Single s = singles.get(i);
                if (s.outcome().assessment().verdict() != base.verdict()) {
                    found.put(setKey(List.of(i)), List.of(i));
                    outcomes.put(setKey(List.of(i)), s.outcome());
                }
            }
            Map<String, Atom> atoms = atoms();
            List<Atom> blockers = atoms.values().stream().filter(a -> a.kind() == Atom.Kind.BLOCKER).toList();
            List<Atom> questions = atoms.values().stream().filter(a -> a.kind() == Atom.Kind.QUESTION).toList();
            List<Atom> support = atoms.values().stream().filter(a -> a.kind() == Atom.Kind.SUPPORT).toList();
            // Targets: remove every blocker (questions may stay open); resolve blockers and questions alike; and the
            // same with the verdict rule's own facts, which is what holds a verdict that rests on no blocker.
            List<List<Atom>> targets = new ArrayList<>();
            targets.add(blockers);
            targets.add(concat(blockers, questions));
            targets.add(concat(support, blockers));
            targets.add(concat(concat(support, blockers), questions));
            Set<Target> seen = new LinkedHashSet<>();
            List<List<Integer>> verified = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                List<Atom> target = targets.get(t);
                boolean resolving = t % 2 == 1; // the targets with the questions: answer them, open none
                if (target.isEmpty() || !seen.add(new Target(Set.copyOf(target), resolving))) {
                    continue;
                }
                for (List<Integer> cover : covers(target, resolving)) {
                    Outcome outcome = outcome(changes(cover));
                    if (!outcome.valid() || outcome.assessment().verdict() == base.verdict()) {
                        continue;
                    }
                    if (resolving) {
                        verified.add(cover);
                    }
                    List<Integer> reduced = reduce(cover, outcome.assessment().verdict());
                    found.putIfAbsent(setKey(reduced), reduced);
                    outcomes.put(setKey(reduced), outcome(changes(reduced)));
                }
            }
            extend(found, outcomes, verified);
            return listed(found, outcomes);
        }

        /**
         * For a verdict no set reached yet, one more change on top of a set found for another verdict: a verdict
         * that needs something added as well as something answered (a blocker and the OT footprint, from a profile
         * that says neither) is two steps away from the input, and removing what holds the verdict finds only the
         * first. The sets extended are the covers that resolved blockers and questions, as they were before being
         * reduced, then the smallest sets found; the extra change answers a question the set leaves open (one the
         * set may have opened: with every blocker gone, an unknown list of contract clauses is asked about).
         */
        private void extend(Map<String, List<Integer>> found, Map<String, Outcome> outcomes, List<List<Integer>> resolved) {
            for (Verdict wanted : Verdict.values()) {
                boolean reached = wanted == base.verdict()
                        || found.keySet().stream().anyMatch(k -> outcomes.get(k).assessment().verdict() == wanted);
                if (reached) {
                    continue;
                }
                List<List<Integer>> starts = new ArrayList<>(resolved);
                found.values().stream().sorted(Comparator.comparingInt(List::size)).limit(6).forEach(starts::add);
                int budget = EXTENSION_BUDGET;
                search:
                for (List<Integer> start : starts) {
                    Outcome from = outcome(changes(start));
                    List<String> open = from.assessment().openQuestions().stream()
                            .map(q -> Patches.toInput(q.path(), from.patch())).distinct().toList();
                    for (int c = 0; c < singles.size(); c++) {
                        String path = singles.get(c).change().path();
                        int extra = c;
                        boolean answers = open.stream().anyMatch(q -> path.equals(q) || path.startsWith(q + "/"));
                        if (!answers || start.contains(c)
                                || start.stream().anyMatch(i -> Patches.conflict(singles.get(i).change(), singles.get(extra).change()))) {
                            continue;
                        }
                        if (budget-- == 0) {
                            break search;
                        }
                        List<Integer> set = new ArrayList<>(start);
                        set.add(c);
                        Outcome o = outcome(changes(set));
                        if (o.valid() && o.assessment().verdict() == wanted) {
                            List<Integer> reduced = reduce(set, wanted);
                            found.putIfAbsent(setKey(reduced), reduced);
                            outcomes.put(setKey(reduced), outcome(changes(reduced)));
                            break search;
                        }
                    }
                }
            }
        }

        /**
         * The smallest sets of non-conflicting single changes that together remove every atom of the target
         * (a minimum hitting set, by iterative deepening over the atom with the fewest changes that remove it).
         * A change that adds a blocker is never part of one; when resolving, neither is one that makes a fact unknown.
         */
        private List<List<Integer>> covers(List<Atom> target, boolean resolving) {
            List<Integer> eligible = new ArrayList<>();
            for (int i = 0; i < singles.size(); i++) {
                Single s = singles.get(i);
                if (!addsBlocker(s) && !(resolving && makesUnknown(s.change()))) {
                    eligible.add(i);
                }
            }
            eligible.sort(Comparator.comparing((Integer i) -> singles.get(i).change().lever() != Lever.ACTIONABLE)
                    .thenComparingInt(i -> singles.get(i).change().ops().size()).thenComparingInt(i -> i));
            List<BitSet> coveredBy = new ArrayList<>();
            for (Atom atom : target) {
                BitSet by = new BitSet();
                for (int i : eligible) {
                    if (covers(singles.get(i), atom)) {
                        by.set(i);
                    }
                }
                if (by.isEmpty()) {
                    return List.of();
                }
                coveredBy.add(by);
            }
            Map<Integer, BitSet> atomsOf = new HashMap<>();
            for (int a = 0; a < target.size(); a++) {
                for (int i = coveredBy.get(a).nextSetBit(0); i >= 0; i = coveredBy.get(a).nextSetBit(i + 1)) {
                    atomsOf.computeIfAbsent(i, k -> new BitSet()).set(a);
                }
            }
            List<Integer> order = eligible.stream().filter(atomsOf::containsKey).toList();
            Map<Integer, BitSet> conflicting = new HashMap<>();
            for (int i : order) {
                BitSet with = new BitSet();
                for (int j : order) {
                    if (i != j && Patches.conflict(singles.get(i).change(), singles.get(j).change())) {
                        with.set(j);
                    }
                }
                conflicting.put(i, with);
            }
            for (int size = 1; size <= MAX_SET_SIZE; size++) {
                Deepening d = new Deepening(target.size(), coveredBy, atomsOf, conflicting, order, size);
                d.search(new BitSet(), new ArrayList<>());
                if (!d.found.isEmpty()) {
                    return d.found;
                }
                if (d.nodes > NODE_BUDGET) {
                    break;
                }
            }
            return List.of();
        }

        /** Leaves out changes one at a time while the verdict stays: no change of the result can go. */
        private List<Integer> reduce(List<Integer> set, Verdict verdict) {
            List<Integer> current = new ArrayList<>(set);
            for (int i = 0; i < current.size() && current.size() > 1; ) {
                List<Integer> without = new ArrayList<>(current);
                without.remove(i);
                Outcome o = outcome(changes(without));
                if (o.valid() && o.assessment().verdict() == verdict) {
                    current = without;
                } else {
                    i++;
                }
            }
            return current;
        }

        /** The sets found, grouped by verdict, without any that contains a smaller one of the same verdict; ranked. */
        private List<ChangeSet> listed(Map<String, List<Integer>> found, Map<String, Outcome> outcomes) {
            Map<Verdict, List<List<Integer>>> byVerdict = new TreeMap<>();
            found.forEach((key, set) -> byVerdict.computeIfAbsent(outcomes.get(key).assessment().verdict(), v -> new ArrayList<>()).add(set));
            List<ChangeSet> listed = new ArrayList<>();
            for (Map.Entry<Verdict, List<List<Integer>>> entry : byVerdict.entrySet()) {
                List<List<Integer>> sets = entry.getValue();
                List<List<Integer>> minimal = sets.stream()
                        .filter(s -> sets.stream().noneMatch(t -> t.size() < s.size() && s.containsAll(t)))
                        .sorted(Comparator.comparing((List<Integer> s) -> lever(s) != Lever.ACTIONABLE)
                                .thenComparingInt(List::size)
                                .thenComparingInt(s -> s.stream().mapToInt(i -> singles.get(i).change().ops().size()).sum())
                                .thenComparing(WhatIf.Run.this::setKey))
                        .limit(SETS_PER_VERDICT)
                        .toList();
                for (List<Integer> set : minimal) {
                    Outcome o = outcomes.get(setKey(set));
                    listed.add(new ChangeSet(entry.getKey(), lever(set), changes(set), o.patch(), flips(o.assessment()),
                            minus(findingKeys(base), findingKeys(o.assessment())), minus(findingKeys(o.assessment()), findingKeys(base))));
                }
            }
            listed.sort(Comparator.comparing(ChangeSet::verdict).thenComparing(s -> s.lever() != Lever.ACTIONABLE)
                    .thenComparingInt(s -> s.changes().size()));
            return listed;
        }

        private Lever lever(List<Integer> set) {
            return set.stream().allMatch(i -> singles.get(i).change().lever() == Lever.ACTIONABLE) ? Lever.ACTIONABLE : Lever.SITUATION;
        }

        private List<Change> changes(List<Integer> set) {
            return set.stream().map(i -> singles.get(i).change()).toList();
        }

        private String setKey(List<Integer> set) {
            return set.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        }

        // ---------------------------------------------------------------- questions and effects

        private List<QuestionAnswers> questions() {
            List<QuestionAnswers> answers = new ArrayList<>();
            for (OpenQuestion q : base.openQuestions()) {
                List<Answer> list = new ArrayList<>();
                for (Single s : singles) {
                    String path = s.change().path();
                    boolean about = path.equals(q.path()) || path.startsWith(q.path() + "/");
                    boolean answered = s.outcome().assessment().openQuestions().stream()
                            .noneMatch(r -> r.criterion().equals(q.criterion()) && Patches.toInput(r.path(), s.outcome().patch()).equals(q.path()));
                    if (about && answered) {
                        list.add(new Answer(s.change(), s.outcome().patch(), s.outcome().assessment().verdict()));
                    }
                }
                answers.add(new QuestionAnswers(q.path(), q.criterion(), q.question(), list));
            }
            return answers;
        }

        private List<ChangeEffect> effects() {
            List<ChangeEffect> effects = new ArrayList<>();
            Set<String> baseQuestions = questionKeys(base, List.of());
            for (Single s : singles) {
                Assessment r = s.outcome().assessment();
                List<String> added = minus(findingKeys(r), findingKeys(base));
                List<String> removed = minus(findingKeys(base), findingKeys(r));
                Set<String> after = questionKeys(r, s.outcome().patch());
                List<String> qAdded = minus(new ArrayList<>(after), baseQuestions);
                List<String> qRemoved = minus(new ArrayList<>(baseQuestions), after);
                if (r.verdict() != base.verdict() || !added.isEmpty() || !removed.isEmpty() || !qAdded.isEmpty() || !qRemoved.isEmpty()) {
                    effects.add(new ChangeEffect(s.change(), r.verdict(), added, removed, qAdded, qRemoved));
                }
            }
            return effects;
        }

        private List<CriterionFlip> flips(Assessment after) {
            Map<String, String> before = states(base);
            Map<String, String> now = states(after);
            Set<String> criteria = new TreeSet<>(before.keySet());
            criteria.addAll(now.keySet());
            List<CriterionFlip> flips = new ArrayList<>();
            for (String c : criteria) {
                String from = before.getOrDefault(c, "CLEAR");
                String to = now.getOrDefault(c, "CLEAR");
                if (!from.equals(to)) {
                    flips.add(new CriterionFlip(c, from, to));
                }
            }
            return flips;
        }
    }

    /** A search target: the atoms to remove, and whether changes that open questions are kept out. */
    private record Target(Set<Atom> atoms, boolean resolving) {
    }

    /** Something that holds the verdict: a blocker's piece of evidence, an open question, or a fact of the verdict rule. */
    record Atom(Kind kind, String key, String path) {
        enum Kind { BLOCKER, QUESTION, SUPPORT }
    }

    /** Iterative-deepening search for covers of exactly {@code size} changes. */
    private static final class Deepening {
        final int atomCount;
        final List<BitSet> coveredBy;
        final Map<Integer, BitSet> atomsOf;
        final Map<Integer, BitSet> conflicting;
        final List<Integer> order;
        final int size;
        final List<List<Integer>> found = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        int nodes;

        Deepening(int atomCount, List<BitSet> coveredBy, Map<Integer, BitSet> atomsOf, Map<Integer, BitSet> conflicting,
                  List<Integer> order, int size) {
            this.atomCount = atomCount;
            this.coveredBy = coveredBy;
            this.atomsOf = atomsOf;
            this.conflicting = conflicting;
            this.order = order;
            this.size = size;
        }

        void search(BitSet covered, List<Integer> chosen) {
            if (found.size() >= COVERS_PER_TARGET || ++nodes > NODE_BUDGET) {
                return;
            }
            int next = -1;
            int fewest = Integer.MAX_VALUE;
            for (int a = covered.nextClearBit(0); a < atomCount; a = covered.nextClearBit(a + 1)) {
                int options = coveredBy.get(a).cardinality();
                if (options < fewest) {
                    fewest = options;
                    next = a;
                }
            }
            if (next < 0) {
                List<Integer> set = chosen.stream().sorted().toList();
                if (seen.add(set.toString())) {
                    found.add(set);
                }
                return;
            }
            if (chosen.size() == size) {
                return;
            }
            BitSet options = coveredBy.get(next);
            for (int i : order) {
                if (!options.get(i) || conflicts(i, chosen)) {
                    continue;
                }
                BitSet after = (BitSet) covered.clone();
                after.or(atomsOf.get(i));
                chosen.add(i);
                search(after, chosen);
                chosen.remove(chosen.size() - 1);
            }
        }

        private boolean conflicts(int i, List<Integer> chosen) {
            BitSet with = conflicting.get(i);
            return chosen.stream().anyMatch(with::get);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Atom> concat(List<Atom> a, List<Atom> b) {
        List<Atom> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Whether a change makes a fact unknown (removes a field or a whole list): that can open a question once the
     * other changes of a set have removed what kept it from being asked, so it never helps to resolve everything.
     */
    private static boolean makesUnknown(Change change) {
        PatchOp first = change.ops().get(0);
        String last = first.path().substring(first.path().lastIndexOf('/') + 1);
        return first.op().equals("remove") && !last.chars().allMatch(Character::isDigit);
    }

    private static boolean touches(Change change, String pointer) {
        for (PatchOp op : change.ops()) {
            String p = op.path().endsWith("/-") ? op.path().substring(0, op.path().length() - 2) : op.path();
            if (p.equals(pointer) || pointer.startsWith(p + "/") || p.startsWith(pointer + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The input paths the verdict's own rule rests on: the facts of the trace step that concluded the verdict. */
    static List<String> support(Assessment a) {
        String verdict = "Verdict " + a.verdict().name();
        return a.trace().stream().filter(step -> step.concluded() != null && step.concluded().contains(verdict))
                .flatMap(step -> step.facts().stream()).distinct().toList();
    }

    static String findingKey(Finding f) {
        return f.kind() + " " + f.criterion() + ": " + f.title();
    }

    private static Set<String> blockerKeys(Assessment a) {
        return a.findings().stream().filter(f -> f.kind() == FindingKind.BLOCKER).map(WhatIf::findingKey).collect(Collectors.toSet());
    }

    private static List<String> findingKeys(Assessment a) {
        return a.findings().stream().map(WhatIf::findingKey).distinct().toList();
    }

    private static Set<String> questionKeys(Assessment a, List<PatchOp> patch) {
        return a.openQuestions().stream().map(q -> q.criterion() + " " + Patches.toInput(q.path(), patch))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> minus(List<String> a, Collection<String> b) {
        Set<String> remove = new HashSet<>(b);
        return a.stream().filter(x -> !remove.contains(x)).distinct().toList();
    }

    /** The state of each criterion in an assessment: BLOCKER when one of its blockers holds, OPEN when a question on it is open. */
    private static Map<String, String> states(Assessment a) {
        Map<String, String> states = new HashMap<>();
        a.openQuestions().forEach(q -> states.put(q.criterion(), "OPEN"));
        a.findings().stream().filter(f -> f.kind() == FindingKind.BLOCKER).forEach(f -> states.put(f.criterion(), "BLOCKER"));
        return states;
    }

    private static String setKeyOf(List<Change> set) {
        return set.stream().map(WhatIf::key).sorted().collect(Collectors.joining("\n"));
    }

    private static String key(Change change) {
        return change.ops().stream().map(op -> op.op() + " " + op.path() + " " + op.value()).collect(Collectors.joining(";"));
    }
}
