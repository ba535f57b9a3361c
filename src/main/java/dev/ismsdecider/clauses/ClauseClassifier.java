package dev.ismsdecider.clauses;

import dev.ismsdecider.facts.ExpectationKind;
import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import dev.ismsdecider.knowledge.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads one clause with a {@link Vocabulary}. It finds the mentions (ISO 27001, an ISMS, IEC 62443, other
 * assurance schemes, unrelated standards), then decides for each from the cues in the same segment of the
 * same sentence: certification words, "or equivalent", negations, background wording, and alternatives or
 * acceptance statements that let IEC 62443 stand in for ISO 27001 (unless a condition limits them to some
 * sites or services). Anything it cannot rule out stays binding: a mention of ISO 27001 or an ISMS
 * triggers NR-1 unless negated, background or replaced by an accepted IEC 62443. Stateless apart from
 * the vocabulary; safe to share between threads.
 */
final class ClauseClassifier {

    private static final List<String> NR_1 = List.of("NR-1");
    private static final Comparator<Hit> BY_START = Comparator.comparingInt(Hit::start);

    private final Vocabulary vocabulary;
    private final boolean prefiltered;

    /**
     * @param prefiltered false to run every pattern over the whole clause, as before the prefilter: the
     *                    reference the equivalence tests and benchmarks compare against
     */
    ClauseClassifier(Vocabulary vocabulary, boolean prefiltered) {
        this.vocabulary = vocabulary;
        this.prefiltered = prefiltered;
    }

    /** The findings of a clause with readable text, in text order; a clause that requires nothing has one NONE finding. */
    List<ClauseFinding> classify(ContractClause clause) {
        return new Reading(new ClauseText(clause.text(), vocabulary, prefiltered)).findings(clause);
    }

    private enum MentionKind { ISO_27001, ISMS, IEC_62443, OTHER_ASSURANCE, UNRELATED }

    /** A match in the text; {@code detail} is the IEC 62443 part or the level label where the pattern gives one. */
    private record Hit(int start, int end, String detail) {
        int distanceTo(Hit other) {
            return start >= other.end ? start - other.end : other.start >= end ? other.start - end : 0;
        }

        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }

        boolean within(int from, int to) {
            return start >= from && end <= to;
        }
    }

    private record Mention(MentionKind kind, Hit hit) {
    }

    /** What one segment says about one standard: the ISO 27001/ISMS mentions together, every other mention alone. */
    private static final class Group {
        final MentionKind kind;
        final ClauseText.Range segment;
        final List<Hit> mentions = new ArrayList<>();
        final List<String> levels = new ArrayList<>();
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        boolean namesIso;
        boolean negated;
        boolean background;
        boolean certified;
        boolean equivalent;
        boolean otherAlternative;

        Group(MentionKind kind, ClauseText.Range segment) {
            this.kind = kind;
            this.segment = segment;
        }

        void add(Mention mention) {
            mentions.add(mention.hit());
            namesIso |= mention.kind() == MentionKind.ISO_27001;
            include(mention.hit());
        }

        void include(Hit hit) {
            from = Math.min(from, hit.start());
            to = Math.max(to, hit.end());
        }

        void include(Group other) {
            from = Math.min(from, other.from);
            to = Math.max(to, other.to);
        }

        int distanceTo(Hit cue) {
            return mentions.stream().mapToInt(m -> m.distanceTo(cue)).min().orElse(Integer.MAX_VALUE);
        }
    }

    /** One reading of one clause text. */
    private final class Reading {
        private final ClauseText text;
        private final List<Group> groups = new ArrayList<>();
        private final List<Hit> negations;
        private final List<Hit> certifications;
        private final List<Hit> equivalences;
        private final List<Hit> alternatives;
        private final List<Hit> conjunctions;
        private final List<Hit> acceptances;
        private final List<Hit> conditions;
        private final List<Hit> backgrounds;
        private final Set<Integer> acceptingSentences = new HashSet<>();
        private boolean acceptedThroughout;

        Reading(ClauseText text) {
            this.text = text;
            groupMentions();
            if (groups.isEmpty()) {
                // Most clauses of a contract name no standard: no cue can change that, so none is looked for.
                negations = certifications = equivalences = alternatives = conjunctions = acceptances = conditions = backgrounds = List.of();
                return;
            }
            this.negations = nonOverlapping(find(vocabulary.negation));
            this.certifications = find(vocabulary.certification);
            this.equivalences = outside(find(vocabulary.equivalence), negations);
            this.alternatives = find(vocabulary.alternative);
            this.conjunctions = find(vocabulary.conjunction);
            this.acceptances = outside(find(vocabulary.acceptance), negations);
            this.conditions = find(vocabulary.condition);
            this.backgrounds = find(vocabulary.background);
            for (ClauseText.Range segment : text.segments) {
                read(segment);
            }
            attachLevels(nonOverlapping(find(vocabulary.levels)));
        }

        List<ClauseFinding> findings(ContractClause clause) {
            boolean isoBinds = groups.stream().anyMatch(g -> g.kind == MentionKind.ISO_27001 && !isBackground(g));
            Map<List<Object>, ClauseFinding> findings = new LinkedHashMap<>();
            Group quiet = null;
            for (Group g : groups) {
                ClauseFinding finding = switch (g.kind) {
                    case ISO_27001 -> isBackground(g) ? null : finding(clause, g, isoKind(g), accepts(g), null, null);
                    case IEC_62443 -> finding(clause, g, ExpectationKind.IEC_62443, isoBinds && accepts(g),
                            g.mentions.get(0).detail(), g.levels.isEmpty() ? null : String.join(", ", g.levels));
                    case OTHER_ASSURANCE -> finding(clause, g, ExpectationKind.OTHER_ASSURANCE, false, null, null);
                    default -> null;
                };
                if (finding != null) {
                    // The same requirement said twice in one clause is one finding, quoted where it is first said.
                    findings.putIfAbsent(List.of(finding.kind(), finding.negated(), finding.acceptsIec62443(),
                            Objects.toString(finding.iec62443Part()), Objects.toString(finding.securityLevel())), finding);
                } else if (quiet == null) {
                    quiet = g;
                }
            }
            if (findings.isEmpty()) {
                return List.of(nothingRequired(clause, quiet));
            }
            return findings.values().stream().sorted(Comparator.comparingInt(f -> f.span().start())).toList();
        }

        private boolean isBackground(Group g) {
            return g.background && !g.negated;
        }

        private boolean accepts(Group g) {
            return !g.negated && !g.background && (acceptedThroughout || acceptingSentences.contains(g.segment.sentence()));
        }

        private ExpectationKind isoKind(Group g) {
            if (g.equivalent || g.otherAlternative || accepts(g)) {
                return ExpectationKind.ISO_27001_OR_EQUIVALENT;
            }
            return g.namesIso && g.certified ? ExpectationKind.ISO_27001_CERTIFICATION : ExpectationKind.ISMS_EVIDENCE;
        }

        private ClauseFinding finding(ContractClause clause, Group g, ExpectationKind kind, boolean accepts, String part, String level) {
            boolean binds = g.kind == MentionKind.ISO_27001 && !g.negated && !accepts;
            return new ClauseFinding(clause.id(), clause.party(), kind, g.negated, accepts, part, level,
                    binds ? NR_1 : List.of(), new Span(g.from, g.to), text.original.substring(g.from, g.to));
        }

        /** A clause that requires nothing, quoting the standard it names only as background or out of scope, if any. */
        private ClauseFinding nothingRequired(ContractClause clause, Group quiet) {
            Span span = quiet == null ? null : new Span(quiet.from, quiet.to);
            String matched = quiet == null ? null : text.original.substring(quiet.from, quiet.to);
            return new ClauseFinding(clause.id(), clause.party(), ExpectationKind.NONE, false, false, null, null, List.of(), span, matched);
        }

        // ------------------------------------------------------------------ reading

        private void groupMentions() {
            List<Mention> mentions = new ArrayList<>();
            addMentions(mentions, MentionKind.ISO_27001, vocabulary.iso27001);
            addMentions(mentions, MentionKind.ISMS, vocabulary.isms);
            addMentions(mentions, MentionKind.IEC_62443, vocabulary.iec62443);
            addMentions(mentions, MentionKind.OTHER_ASSURANCE, vocabulary.otherAssurance);
            addMentions(mentions, MentionKind.UNRELATED, vocabulary.unrelated);
            List<Hit> kept = nonOverlapping(mentions.stream().map(Mention::hit).toList());
            mentions.removeIf(m -> !kept.contains(m.hit()));
            mentions.sort(Comparator.comparingInt(m -> m.hit().start()));
            Map<ClauseText.Range, Group> isoBySegment = new LinkedHashMap<>();
            for (Mention m : mentions) {
                ClauseText.Range segment = segmentAt(m.hit().start());
                if (m.kind() == MentionKind.ISO_27001 || m.kind() == MentionKind.ISMS) {
                    isoBySegment.computeIfAbsent(segment, s -> newGroup(MentionKind.ISO_27001, s)).add(m);
                } else {
                    newGroup(m.kind(), segment).add(m);
                }
            }
            groups.sort(Comparator.comparingInt(g -> g.from));
        }

        private Group newGroup(MentionKind kind, ClauseText.Range segment) {
            Group g = new Group(kind, segment);
            groups.add(g);
            return g;
        }

        private void read(ClauseText.Range segment) {
            List<Group> here = groups.stream().filter(g -> g.segment.equals(segment)).toList();
            if (here.isEmpty()) {
                return;
            }
            Group iso = here.stream().filter(g -> g.kind == MentionKind.ISO_27001).findFirst().orElse(null);
            for (Hit negation : in(negations, segment)) {
                Group target = negated(negation, here);
                target.negated = true;
                target.include(negation);
            }
            for (Hit cue : in(certifications, segment)) {
                Group nearest = here.stream().min(Comparator.comparingInt(g -> g.distanceTo(cue))).orElseThrow();
                if (nearest == iso) {
                    iso.certified = true;
                    iso.include(cue);
                }
            }
            if (iso != null) {
                in(equivalences, segment).forEach(cue -> {
                    iso.equivalent = true;
                    iso.include(cue);
                });
                in(backgrounds, segment).forEach(cue -> {
                    iso.background = true;
                    iso.include(cue);
                });
                for (Group other : here) {
                    if ((other.kind == MentionKind.IEC_62443 && !other.negated || other.kind == MentionKind.OTHER_ASSURANCE)
                            && offeredAsAlternative(iso, other)) {
                        iso.include(other);
                        if (other.kind == MentionKind.IEC_62443) {
                            acceptingSentences.add(segment.sentence());
                        } else {
                            iso.otherAlternative = true;
                        }
                    }
                }
            }
            boolean iecOffered = here.stream().anyMatch(g -> g.kind == MentionKind.IEC_62443 && !g.negated);
            boolean conditional = !in(conditions, segment).isEmpty();
            for (Hit statement : in(acceptances, segment)) {
                if (iecOffered && !conditional) {
                    acceptStatement(segment, iso, statement);
                }
            }
        }

        /** "IEC 62443-2-1 is also accepted": for the ISO 27001 demand of this sentence, or of the whole clause if the sentence has none. */
        private void acceptStatement(ClauseText.Range segment, Group iso, Hit statement) {
            boolean sentenceNamesIso = groups.stream().anyMatch(g -> g.kind == MentionKind.ISO_27001 && g.segment.sentence() == segment.sentence());
            if (sentenceNamesIso) {
                acceptingSentences.add(segment.sentence());
                if (iso != null) {
                    iso.include(statement);
                }
            } else {
                acceptedThroughout = true;
            }
        }

        /**
     * "ISO 27001 or IEC 62443-2-1": a connector such as "or" between the two, no "and" that would require
     * both, and no condition ("provided that, for sites outside the EU") that limits the alternative.
     */
        private boolean offeredAsAlternative(Group iso, Group other) {
            for (Hit a : iso.mentions) {
                for (Hit b : other.mentions) {
                    int from = Math.min(a.end(), b.end());
                    int to = Math.max(a.start(), b.start());
                    if (to - from <= vocabulary.maxAlternativeGap
                            && alternatives.stream().anyMatch(h -> h.within(from, to))
                            && conjunctions.stream().noneMatch(h -> h.within(from, to))
                            && conditions.stream().noneMatch(h -> h.within(from, to))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The group a negation applies to: the one it covers, else the nearest on the side its wording points to. */
        private Group negated(Hit negation, List<Group> here) {
            for (Group g : here) {
                if (g.mentions.stream().anyMatch(negation::overlaps)) {
                    return g;
                }
            }
            Vocabulary.Target target = Vocabulary.Target.valueOf(negation.detail());
            Group preferred = target == Vocabulary.Target.BEFORE ? nearestBefore(negation, here) : nearestAfter(negation, here);
            if (preferred != null) {
                return preferred;
            }
            return target == Vocabulary.Target.BEFORE ? nearestAfter(negation, here) : nearestBefore(negation, here);
        }

        private Group nearestBefore(Hit cue, List<Group> here) {
            return here.stream().filter(g -> g.mentions.stream().anyMatch(m -> m.end() <= cue.start()))
                    .min(Comparator.comparingInt(g -> g.distanceTo(cue))).orElse(null);
        }

        private Group nearestAfter(Hit cue, List<Group> here) {
            return here.stream().filter(g -> g.mentions.stream().anyMatch(m -> m.start() >= cue.end()))
                    .min(Comparator.comparingInt(g -> g.distanceTo(cue))).orElse(null);
        }

        /** Each level (SL 2, SL-T 2, ML 3) goes to the nearest IEC 62443 mention of its segment, else of its sentence. */
        private void attachLevels(List<Hit> levels) {
            for (Hit level : levels) {
                ClauseText.Range segment = segmentAt(level.start());
                List<Group> iec = groups.stream().filter(g -> g.kind == MentionKind.IEC_62443).toList();
                Group target = iec.stream().filter(g -> g.segment.equals(segment))
                        .min(Comparator.comparingInt(g -> g.distanceTo(level)))
                        .orElseGet(() -> iec.stream().filter(g -> g.segment.sentence() == segment.sentence())
                                .min(Comparator.comparingInt(g -> g.distanceTo(level))).orElse(null));
                if (target != null && !target.levels.contains(level.detail())) {
                    target.levels.add(level.detail());
                    if (target.segment.equals(segment)) {
                        target.include(level);
                    }
                }
            }
        }

        // ------------------------------------------------------------------ matching

        private ClauseText.Range segmentAt(int index) {
            ClauseText.Range found = text.segments.get(0);
            for (ClauseText.Range segment : text.segments) {
                if (segment.start() <= index) {
                    found = segment;
                }
            }
            return found;
        }

        private void addMentions(List<Mention> mentions, MentionKind kind, List<Vocabulary.Cue> cues) {
            find(cues).forEach(hit -> mentions.add(new Mention(kind, hit)));
        }

        private List<Hit> find(List<Vocabulary.Cue> cues) {
            List<Hit> hits = null;
            for (Vocabulary.Cue cue : cues) {
                if (!text.mayMatch(cue)) {
                    continue;
                }
                ClauseText.Matches matches = text.matches(cue);
                while (matches.find()) {
                    Matcher m = matches.matcher();
                    if (m.end() > m.start()) {
                        String detail = cue.target() != null ? cue.target().name()
                                : cue.capturesPart() && m.group("part") != null ? m.group("part").replaceAll("\\s", "")
                                : cue.capturesLevel() ? levelLabel(cue.label(), cue.capturesType() ? m.group("type") : null, m.group("level"))
                                : null;
                        if (hits == null) {
                            hits = new ArrayList<>();
                        }
                        hits.add(new Hit(m.start(), m.end(), detail));
                    }
                }
            }
            if (hits == null) {
                return List.of();
            }
            hits.sort(BY_START);
            return hits;
        }

        private List<Hit> in(List<Hit> hits, ClauseText.Range segment) {
            List<Hit> inside = new ArrayList<>(hits.size());
            for (Hit hit : hits) {
                if (hit.within(segment.start(), segment.end())) {
                    inside.add(hit);
                }
            }
            return inside;
        }
    }

    /** "SL-T 2", "SL 2", "ML 3". */
    private static String levelLabel(String label, String type, String level) {
        return label + (type == null ? "" : "-" + type.toUpperCase(Locale.ROOT)) + " " + level;
    }

    /** The longest match wins where matches overlap; the earlier one where they are as long. */
    private static List<Hit> nonOverlapping(List<Hit> hits) {
        List<Hit> byLength = new ArrayList<>(hits);
        byLength.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : byLength) {
            if (kept.stream().noneMatch(hit::overlaps)) {
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /** Cues that are part of a negation ("not considered equivalent") do not count on their own. */
    private static List<Hit> outside(List<Hit> hits, List<Hit> negations) {
        return hits.stream().filter(h -> negations.stream().noneMatch(h::overlaps)).toList();
    }
}
