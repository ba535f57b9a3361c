package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one clause with a {@link Vocabulary} into {@link ClauseMention}s: each mention of a standard or
 * scheme with what its sentence says about it (modality, the party obliged, the negation that governs it,
 * condition, alternative, acceptance, what is asked). It reports and does not judge: whether the clause
 * binds the organisation is for the rules in {@code reading.drl}. Who the sentence obliges, whose demand it
 * reports and whose ISMS it names, {@link PartyReader} reads. Stateless apart from the vocabulary; safe to share
 * between threads.
 */
final class ClauseReader {

    private static final int MAX_ASKS_GAP = 80;
    private static final int MAX_QUALIFICATION_GAP = 40;
    /** How far before two standards "such as" or "z. B." may stand and still introduce both as examples. */
    private static final int EXAMPLE_LEAD = 30;
    /** The label of description cues that comment on a standard ("is based on") rather than state a fact about a party. */
    private static final String COMMENTARY = "COMMENTARY";
    /** The label of obligation cues that name a duty by a noun ("Nachweis", "proof of"), as requirement lists do. */
    private static final String NOMINAL = "NOMINAL";
    /**
     * The label of obligation cues that name a demand ("requires", "verlangt"): the other party named right before one
     * is the party who demands, not the party obliged.
     */
    static final String DEMAND = "DEMAND";
    /** The label of obligation cues in the future tense ("will"), which may state a duty or only what is going to happen. */
    private static final String FUTURE = "FUTURE";
    /**
     * The label of obligation cues that are imperatives ("Provide", "Maintain"): a duty only where one opens its sentence,
     * a list item or what follows a colon, as in a list of requirements.
     */
    private static final String IMPERATIVE = "IMPERATIVE";
    /** The label of obligation cues of a duty that admits exceptions ("soll", a Soll-Vorschrift). */
    private static final String QUALIFIED = "QUALIFIED";
    /** A sentence that opens with a list mark ("- ", "• ", "1. ", "a) ", "(ii) ") is an item of a list whose lead-in it does not hold. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-•*–▪◦]|\\(?\\d{1,2}[.)]|\\(?\\p{Ll}{1,2}[.)]|\\([ivx]{1,4}\\))\\s.*",
            Pattern.DOTALL);
    /** A word, for counting how far into its sentence a standard is first named. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\d-]*");
    /**
     * At most this many words before the standard, and the sentence is about it ("Die Norm ISO/IEC 27001 enthält …",
     * "The ISO 27001 standard mandates …"); further in, it is what something else is in accordance with.
     */
    private static final int SUBJECT_WORDS = 6;
    /** A list number the sentence splitter cut off as a sentence of its own ("1." before "At least annual audit ..."). */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*\\(?(?:\\d{1,2}|\\p{Ll}{1,2}|[ivx]{1,4})[.)]\\s*");
    /** What may stand before an imperative that opens a requirement: list marks, numbers, brackets, one or two letters. */
    private static final Pattern REQUIREMENT_OPENING = Pattern.compile("[\\s\\p{Punct}\\d•–—]*(?:\\p{L}{1,2}[.)][\\s]*)?");

    private final Vocabulary vocabulary;

    ClauseReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The mentions of the clause at {@code index}, in text order; a clause naming no standard has one NONE mention. */
    List<ClauseMention> read(int index, ContractClause clause) {
        return new Reading(index, clause).mentions();
    }

    private enum Kind { ISO_27001, ISMS, IEC_62443, OTHER_ASSURANCE, UNRELATED, ISMS_LIKE, NAMED_ELSEWHERE }

    /** A match in the text; {@code detail} is the part, level or label where the pattern gives one. */
    record Hit(int start, int end, String detail) {
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

    private record Mention(Kind kind, Hit hit) {
    }

    /** The mentions one segment makes of one standard: ISO 27001 and ISMS together, every other mention alone. */
    static final class Group {
        final Kind kind;
        final ClauseText.Range segment;
        final List<Hit> hits = new ArrayList<>();
        final List<String> levels = new ArrayList<>();
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        boolean namesIso;
        boolean managementSystemNamed;
        /** Said by another group of its segment: it is read as part of that one, not on its own. */
        boolean silent;

        Group(Kind kind, ClauseText.Range segment) {
            this.kind = kind;
            this.segment = segment;
        }

        void add(Mention mention) {
            hits.add(mention.hit());
            namesIso |= mention.kind() == Kind.ISO_27001;
            managementSystemNamed |= mention.kind() == Kind.ISMS;
            include(mention.hit());
        }

        void include(Hit hit) {
            from = Math.min(from, hit.start());
            to = Math.max(to, hit.end());
        }

        int first() {
            return hits.get(0).start();
        }

        int distanceTo(Hit cue) {
            return hits.stream().mapToInt(m -> m.distanceTo(cue)).min().orElse(Integer.MAX_VALUE);
        }

        boolean isIsms() {
            return kind == Kind.ISO_27001;
        }
    }

    /** One reading of one clause text. */
    private final class Reading {
        private final int index;
        private final ContractClause clause;
        private final ClauseText text;
        private final List<Group> groups = new ArrayList<>();
        /** Every mention kept, of every kind, in text order. */
        private final List<Mention> allMentions = new ArrayList<>();
        /** How many sentences of the clause have a letter in them. */
        private final long wordedSentences;

        Reading(int index, ContractClause clause) {
            this.index = index;
            this.clause = clause;
            this.text = new ClauseText(clause.text(), vocabulary);
            this.wordedSentences = text.sentences.stream().filter(this::worded).count();
            groupMentions();
        }

        List<ClauseMention> mentions() {
            if (groups.isEmpty()) {
                return List.of(ClauseMention.none(index, clause));
            }
            Cues cues = new Cues();
            List<ClauseMention> mentions = new ArrayList<>();
            for (Group g : groups) {
                if (!g.silent) {
                    mentions.add(mention(mentions.size(), g, cues));
                }
            }
            return List.copyOf(mentions);
        }

        /** Every cue of the clause, found once. */
        private final class Cues {
            /** Cues matter only in the sentences that name a standard: the others are not searched. */
            final List<ClauseText.Range> regions = text.sentences.stream()
                    .filter(sentence -> groups.stream().anyMatch(g -> g.segment.sentence() == sentence.sentence())).toList();
            final List<Hit> negations = nonOverlapping(find(vocabulary.negation));
            final List<Hit> certifications = nonOverlapping(find(vocabulary.certification));
            final List<Hit> equivalences = outside(find(vocabulary.equivalence), negations);
            final List<Hit> alternatives = find(vocabulary.alternative);
            final List<Hit> conjunctions = find(vocabulary.conjunction);
            final List<Hit> acceptances = outside(find(vocabulary.acceptance), negations);
            final List<Hit> conditions = find(vocabulary.condition);
            final List<Hit> lacks = find(vocabulary.lack);
            final List<Hit> recitals = find(vocabulary.recital);
            /** Laws, regulators and catalogues whose demands a sentence may report, and ISO 27001 itself ("fordert auch die ISO/IEC 27001"). */
            final List<Hit> demanders = demanders();
            final List<Hit> modal = outside(modalCues(), negations);
            final List<Hit> definitions = find(vocabulary.definition);
            /** Parties are looked for in the whole clause: whether it names a party of a contract anywhere counts. */
            final List<Hit> parties = nonOverlapping(Reading.this.find(vocabulary.parties));
            final List<Hit> asks = find(vocabulary.asks);
            final List<Hit> scopes = find(vocabulary.scope);
            final List<Hit> boundaries = find(vocabulary.boundary);
            final List<Hit> levels = nonOverlapping(find(vocabulary.levels));
            /** Who the clause's sentences oblige, whose demand they report, whose ISMS they name. */
            final PartyReader who = new PartyReader(text, vocabulary, parties, demanders);
            /** Sentences in which an acceptance statement lets IEC 62443 stand in for ISO 27001, with the scope it is limited to. */
            final Map<Integer, String> accepting = new LinkedHashMap<>();
            boolean acceptedThroughout;
            String acceptedThroughoutFor;

            Cues() {
                for (ClauseText.Range segment : text.segments) {
                    acceptances(segment);
                }
                attachLevels();
            }

            private List<Hit> demanders() {
                List<Hit> all = new ArrayList<>(find(vocabulary.demanders));
                allMentions.stream().filter(m -> m.kind() == Kind.ISO_27001).map(Mention::hit).forEach(all::add);
                all.sort(Comparator.comparingInt(Hit::start));
                return all;
            }

            /** The cues' matches within the sentences that name a standard, as the whole text would give them there. */
            private List<Hit> find(List<Vocabulary.Cue> cues) {
                return Reading.this.find(cues, regions);
            }

            private List<Hit> modalCues() {
                List<Hit> all = new ArrayList<>();
                tag(all, vocabulary.obligation, Modality.OBLIGATION, NOMINAL, DEMAND, FUTURE, IMPERATIVE, QUALIFIED);
                all.removeIf(h -> IMPERATIVE.equals(h.detail()) && !opensRequirement(h));
                tag(all, vocabulary.permission, Modality.PERMISSION);
                tag(all, vocabulary.recommendation, Modality.RECOMMENDATION);
                tag(all, vocabulary.description, Modality.DESCRIPTION, COMMENTARY);
                return nonOverlapping(all);
            }

            /** The imperative stands first in its sentence, after a colon or semicolon, or after list marks only. */
            private boolean opensRequirement(Hit imperative) {
                ClauseText.Range sentence = text.sentenceAt(imperative.start());
                int from = sentence.start();
                for (int i = imperative.start() - 1; i >= sentence.start(); i--) {
                    char c = text.text.charAt(i);
                    if (c == ':' || c == ';') {
                        from = i + 1;
                        break;
                    }
                }
                return opensFrom(from, imperative);
            }

            /** The cues' matches named by their modality, or by their label where it is one of {@code kept}. */
            private void tag(List<Hit> all, List<Vocabulary.Cue> cues, Modality modality, String... kept) {
                List<String> labels = List.of(kept);
                find(cues).forEach(h -> all.add(new Hit(h.start(), h.end(), h.detail() != null && labels.contains(h.detail()) ? h.detail() : modality.name())));
            }

            /** "IEC 62443-2-1 is also accepted": for this sentence's ISO 27001, or for the whole clause if the sentence names none. */
            private void acceptances(ClauseText.Range segment) {
                boolean iecOffered = groups.stream().anyMatch(g -> g.kind == Kind.IEC_62443 && g.segment.equals(segment) && governing(g).isEmpty());
                if (!iecOffered || in(acceptances, segment).isEmpty()) {
                    return;
                }
                String scope = firstText(in(scopes, segment));
                if (scope == null) {
                    scope = conditionText(segment);
                }
                boolean sentenceNamesIso = groups.stream().anyMatch(g -> g.isIsms() && g.segment.sentence() == segment.sentence());
                if (sentenceNamesIso) {
                    accepting.put(segment.sentence(), scope);
                } else {
                    acceptedThroughout = true;
                    acceptedThroughoutFor = scope;
                }
            }

            /** The negations in the mention's segment that govern it: over it, after a "need not", or before an "is not required". */
            List<Hit> governing(Group g) {
                List<Hit> found = new ArrayList<>();
                for (Hit negation : in(negations, g.segment)) {
                    Vocabulary.Target target = Vocabulary.Target.valueOf(negation.detail());
                    for (Hit m : g.hits) {
                        boolean governs = negation.overlaps(m)
                                || target == Vocabulary.Target.AFTER && negation.end() <= m.start() && !boundaryBetween(negation.end(), m.start())
                                || target == Vocabulary.Target.BEFORE && m.end() <= negation.start() && !boundaryBetween(m.end(), negation.start());
                        if (governs) {
                            found.add(negation);
                            break;
                        }
                    }
                }
                return found;
            }

            boolean boundaryBetween(int from, int to) {
                return boundaries.stream().anyMatch(b -> b.within(from, to));
            }

            private void attachLevels() {
                for (Hit level : levels) {
                    ClauseText.Range segment = text.segmentAt(level.start());
                    List<Group> iec = groups.stream().filter(g -> g.kind == Kind.IEC_62443).toList();
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

            /** The condition of a segment: from its first condition word to the next comma or the segment's end. */
            Hit condition(ClauseText.Range segment) {
                ClauseText.Range sentence = text.sentences.get(segment.sentence());
                List<Hit> inSentence = in(conditions, sentence);
                if (inSentence.isEmpty()) {
                    return null;
                }
                Hit cue = inSentence.get(0);
                int end = text.text.indexOf(',', cue.end());
                ClauseText.Range own = text.segmentAt(cue.start());
                if (end < 0 || end > own.end()) {
                    end = own.end();
                }
                while (end > cue.start() && !Character.isLetterOrDigit(text.text.charAt(end - 1))) {
                    end--;
                }
                return new Hit(cue.start(), end, null);
            }

            String conditionText(ClauseText.Range segment) {
                Hit condition = condition(segment);
                return condition == null || !condition.within(segment.start(), segment.end()) ? null : quote(condition);
            }
        }

        private ClauseMention mention(int order, Group g, Cues cues) {
            ClauseText.Range segment = g.segment;
            ClauseText.Range sentence = text.sentences.get(segment.sentence());
            Hit condition = cues.condition(segment);
            boolean inCondition = condition != null && g.hits.stream().allMatch(h -> h.within(condition.start(), condition.end()));
            // A negation outside the condition negates what the condition leads to, not the condition itself.
            List<Hit> negations = cues.governing(g).stream()
                    .filter(n -> !inCondition || n.within(condition.start(), condition.end())).toList();
            negations.forEach(g::include);
            boolean certified = false;
            if (g.isIsms()) {
                for (Hit cue : in(cues.certifications, segment)) {
                    if (certifiedGroups(cue, segment, cues).contains(g)) {
                        certified = true;
                        g.include(cue);
                    }
                }
            }
            boolean equivalent = g.isIsms() && !in(cues.equivalences, segment).isEmpty();
            in(g.isIsms() ? cues.equivalences : List.of(), segment).forEach(g::include);
            Alternative alternative = Alternative.NONE;
            String acceptedFor = null;
            boolean iecAccepted = false;
            if (g.isIsms()) {
                for (Group other : groups) {
                    if (other.segment.equals(segment) && (other.kind == Kind.IEC_62443 && cues.governing(other).isEmpty()
                            || other.kind == Kind.OTHER_ASSURANCE || other.kind == Kind.ISMS_LIKE) && offeredAsAlternative(g, other, cues)) {
                        other.hits.forEach(g::include);
                        if (other.kind == Kind.IEC_62443) {
                            alternative = Alternative.IEC_62443;
                            acceptedFor = scopeNear(other, cues);
                        } else if (alternative == Alternative.NONE) {
                            alternative = Alternative.OTHER_SCHEME;
                        }
                    }
                }
                if (cues.acceptedThroughout) {
                    iecAccepted = true;
                    acceptedFor = cues.acceptedThroughoutFor;
                } else if (cues.accepting.containsKey(segment.sentence())) {
                    iecAccepted = true;
                    acceptedFor = cues.accepting.get(segment.sentence());
                }
            } else if (g.kind == Kind.IEC_62443) {
                iecAccepted = cues.acceptedThroughout || cues.accepting.containsKey(segment.sentence())
                        || groups.stream().anyMatch(o -> o.isIsms() && o.segment.equals(segment) && offeredAsAlternative(o, g, cues));
                acceptedFor = cues.acceptedThroughout ? cues.acceptedThroughoutFor
                        : cues.accepting.containsKey(segment.sentence()) ? cues.accepting.get(segment.sentence()) : scopeNear(g, cues);
            }
            Hit modal = modalCue(g, cues, inCondition ? null : condition);
            boolean commentary = modal != null && COMMENTARY.equals(modal.detail());
            Modality modality = modal == null ? null : commentary ? Modality.DESCRIPTION : modalityOf(modal);
            DutyForm dutyForm = modality == Modality.OBLIGATION ? DutyForm.ofLabel(modal.detail()) : null;
            Hit subject = cues.who.subject(g, modal, condition);
            Asks asks = asks(g, cues);
            // A definition defines only its own segment: '"ISO 27001" means …; Supplier shall be certified to it' still binds.
            boolean definition = !in(cues.definitions, segment).isEmpty() && in(cues.modal, sentence).stream()
                    .noneMatch(h -> h.detail().equals(Modality.OBLIGATION.name()) && !segment.contains(h.start()));
            String part = g.kind == Kind.IEC_62443 ? g.hits.get(0).detail() : null;
            String level = g.levels.isEmpty() ? null : String.join(", ", g.levels);
            String scheme = g.kind == Kind.OTHER_ASSURANCE ? g.hits.get(0).detail() : null;
            ClauseMention.Named named = new ClauseMention.Named(certified, equivalent, alternative, iecAccepted, acceptedFor,
                    g.managementSystemNamed, byExample(g, cues), part, level, scheme,
                    g.isIsms() || g.kind == Kind.ISMS_LIKE ? cues.who.owner(g) : null, g.isIsms() && standardNamedFirst(g));
            ClauseMention.Duty duty = new ClauseMention.Duty(modality, modal == null ? null : quote(modal), dutyForm,
                    subject == null ? null : ObligedParty.valueOf(subject.detail()), subject == null ? null : quote(subject),
                    negations.isEmpty() ? null : quote(negations.get(0)), asks, definition, commentary,
                    dutyForm == DutyForm.DEMAND ? quoteOrNull(cues.who.demander(modal)) : null);
            ClauseMention.Sentence sentenceFacts = new ClauseMention.Sentence(text.original(sentence.start(), sentence.end()).strip(),
                    words(sentence), knownLanguage(sentence), text.text.substring(sentence.start(), sentence.end()).strip().endsWith("?"),
                    listItem(sentence), in(cues.recitals, sentence).stream().anyMatch(h -> opensFrom(sentence.start(), h)),
                    !in(cues.parties, sentence).isEmpty(),
                    cues.parties.stream().anyMatch(p -> p.detail().equals(ObligedParty.US.name()) || p.detail().equals(ObligedParty.COUNTERPARTY.name())),
                    wordedSentences > (worded(sentence) ? 1 : 0));
            return new ClauseMention(index, clause, order, standard(g), text.span(g.from, g.to), text.original(g.from, g.to),
                    condition == null ? null : new Condition(text.span(condition.start(), condition.end()), quote(condition)), inCondition,
                    inCondition && cues.lacks.stream().anyMatch(h -> h.within(condition.start(), condition.end())), named, duty, sentenceFacts);
        }

        /**
         * The groups of the segment a certification cue speaks of: for a cue that points ahead ("Zertifizierung nach
         * dem Standard ISO 27001", "certified according to", "obtain"), the next one after it and those joined to it by
         * "and" or a comma ("Zertifizierungen nach ISO 9001 und ISO/IEC 27001"); else the nearest.
         */
        private List<Group> certifiedGroups(Hit cue, ClauseText.Range segment, Cues cues) {
            List<Group> here = groups.stream().filter(o -> o.segment.equals(segment)).sorted(Comparator.comparingInt(Group::first)).toList();
            if (Vocabulary.Target.AFTER.name().equals(cue.detail())) {
                List<Group> named = new ArrayList<>();
                for (Group o : here) {
                    if (o.first() >= cue.end() && (named.isEmpty() || joined(named.get(named.size() - 1), o, cues))) {
                        named.add(o);
                    } else if (!named.isEmpty()) {
                        break;
                    }
                }
                if (!named.isEmpty()) {
                    return named;
                }
            }
            return List.of(here.stream().min(Comparator.comparingInt(o -> o.distanceTo(cue))).orElseThrow());
        }

        /** Nothing but a comma or one "and" ("und", "sowie") stands between the two groups. */
        private boolean joined(Group first, Group next, Cues cues) {
            String between = text.text.substring(first.to, next.first());
            List<Hit> and = cues.conjunctions.stream().filter(h -> h.within(first.to, next.first())).toList();
            String rest = and.isEmpty() ? between : text.text.substring(first.to, and.get(0).start()) + text.text.substring(and.get(0).end(), next.first());
            return and.size() <= 1 && rest.strip().replace(",", "").isBlank();
        }

        /** Nothing but list marks, numbers or punctuation stands between {@code from} and the cue. */
        private boolean opensFrom(int from, Hit cue) {
            return REQUIREMENT_OPENING.matcher(text.text).region(from, cue.start()).matches();
        }

        /**
         * A standard (ISO 27001, another standard or scheme) is named in the sentence before any management system: the
         * sentence may then be about the standard ("Der BSI-Standard 200-1 definiert Anforderungen an ein ISMS").
         */
        private boolean standardNamedFirst(Group g) {
            ClauseText.Range sentence = text.sentences.get(g.segment.sentence());
            return allMentions.stream()
                    .filter(m -> m.hit().within(sentence.start(), sentence.end()) && m.kind() != Kind.NAMED_ELSEWHERE)
                    .findFirst()
                    .filter(m -> m.kind() != Kind.ISMS && m.hit().start() <= g.first())
                    .filter(m -> WORD.matcher(text.text.substring(sentence.start(), m.hit().start())).results().count() <= SUBJECT_WORDS)
                    .isPresent();
        }

        private boolean worded(ClauseText.Range sentence) {
            return text.text.substring(sentence.start(), sentence.end()).chars().anyMatch(Character::isLetter);
        }

        /**
         * The sentence opens with a list mark or a small letter, ends without a closing mark (a heading, a table cell,
         * an item: "Erreichen der Ziele der Norm ISO/IEC 27001 Annex A"), or follows a list number standing alone.
         */
        private boolean listItem(ClauseText.Range sentence) {
            if (LIST_ITEM.matcher(text.text).region(sentence.start(), sentence.end()).matches()) {
                return true;
            }
            String written = text.text.substring(sentence.start(), sentence.end()).strip();
            if (!written.isEmpty() && ".!?:;".indexOf(written.charAt(written.length() - 1)) < 0 && !written.endsWith(")")) {
                return true;
            }
            int first = sentence.start();
            while (first < sentence.end() && !Character.isLetter(text.text.charAt(first))) {
                first++;
            }
            if (first < sentence.end() && Character.isLowerCase(text.text.charAt(first))) {
                return true;
            }
            if (sentence.sentence() == 0) {
                return false;
            }
            ClauseText.Range previous = text.sentences.get(sentence.sentence() - 1);
            return LIST_NUMBER.matcher(text.text).region(previous.start(), previous.end()).matches();
        }

        private MentionedStandard standard(Group g) {
            return switch (g.kind) {
                case ISO_27001 -> g.namesIso ? MentionedStandard.ISO_27001 : MentionedStandard.ISMS;
                case ISMS -> MentionedStandard.ISMS;
                case IEC_62443 -> MentionedStandard.IEC_62443;
                case OTHER_ASSURANCE -> MentionedStandard.OTHER_ASSURANCE;
                case UNRELATED -> MentionedStandard.UNRELATED;
                case ISMS_LIKE -> MentionedStandard.ISMS_LIKE;
                case NAMED_ELSEWHERE -> MentionedStandard.NAMED_ELSEWHERE;
            };
        }

        /**
         * The words that give the mention's modality: the nearest duty, permission or advice in its segment,
         * not across a boundary ("…, which is based on …"); a statement of fact only where there is none of
         * those; else the same search over the sentence. Words inside a condition the mention stands outside of
         * belong to that condition ("…, soweit erforderlich, …"). Null when the sentence has no such words.
         */
        private Hit modalCue(Group g, Cues cues, Hit otherCondition) {
            ClauseText.Range sentence = text.sentences.get(g.segment.sentence());
            for (ClauseText.Range range : List.of(g.segment, sentence)) {
                List<Hit> here = in(cues.modal, range).stream()
                        .filter(h -> otherCondition == null || !h.within(otherCondition.start(), otherCondition.end())).toList();
                // The future tense gives way to any other word, even one beyond a boundary.
                for (boolean future : new boolean[] {false, true}) {
                    for (boolean crossing : new boolean[] {false, true}) {
                        Predicate<Hit> reachable = h -> crossing || !cues.boundaryBetween(Math.min(h.end(), g.first()), Math.max(h.start(), g.to));
                        for (Predicate<Hit> strength : List.<Predicate<Hit>>of(h -> !isDescription(h), h -> true)) {
                            Hit modal = nearest(g, here.stream().filter(reachable).filter(strength).filter(h -> isFuture(h) == future).toList());
                            if (modal != null) {
                                return modal;
                            }
                        }
                    }
                }
            }
            return null;
        }

        /** A modal cue is named by its modality, or, for a duty, by the label of the form it is put in ("NOMINAL", "FUTURE"). */
        private Modality modalityOf(Hit modal) {
            return Arrays.stream(Modality.values()).filter(m -> m.name().equals(modal.detail())).findFirst().orElse(Modality.OBLIGATION);
        }

        /** Descriptions, and duties named by a noun ("Nachweis", "proof of"), give way to a verb of duty, permission or advice. */
        private boolean isDescription(Hit modal) {
            return modal.detail().equals(Modality.DESCRIPTION.name()) || modal.detail().equals(COMMENTARY) || modal.detail().equals(NOMINAL);
        }

        /** The future tense ("will", "wird"), which may only say what is going to happen, gives way to any other modal word. */
        private boolean isFuture(Hit modal) {
            return modal.detail().equals(FUTURE);
        }

        private Hit nearest(Group g, List<Hit> hits) {
            return hits.stream().min(Comparator.comparingInt(g::distanceTo)).orElse(null);
        }

        /**
         * What the sentence asks besides the standard, where that is all it asks of it: references of
         * projects "on ISO 27001", a person's "ISO 27001 Lead Auditor" certificate, a right to audit.
         */
        private Asks asks(Group g, Cues cues) {
            for (Hit cue : in(cues.asks, g.segment)) {
                Asks asks = Asks.valueOf(cue.detail());
                boolean applies = switch (asks) {
                    case REFERENCES -> cue.end() <= g.first() && g.first() - cue.end() <= MAX_ASKS_GAP
                            && cues.conjunctions.stream().noneMatch(c -> c.within(cue.end(), g.first()));
                    case PERSON_QUALIFICATION, SERVICES -> g.distanceTo(cue) <= MAX_QUALIFICATION_GAP;
                    case AUDIT_RIGHT -> true;
                };
                if (applies) {
                    return asks;
                }
            }
            return null;
        }

        /** The scope an alternative is limited to, when a scope phrase stands right by it ("… or, for the plant networks, IEC 62443"). */
        private String scopeNear(Group alternative, Cues cues) {
            return firstText(cues.scopes.stream().filter(s -> alternative.distanceTo(s) <= vocabulary.maxAlternativeGap
                    && alternative.segment.contains(s.start())).toList());
        }

        /**
         * "ISO 27001 or IEC 62443-2-1": a connector such as "or" between the two, no "and" that would require
         * both, and no condition ("provided that, for sites outside the EU") in between.
         */
        private boolean offeredAsAlternative(Group iso, Group other, Cues cues) {
            for (Hit a : iso.hits) {
                for (Hit b : other.hits) {
                    int from = Math.min(a.end(), b.end());
                    int to = Math.max(a.start(), b.start());
                    if (to - from <= vocabulary.maxAlternativeGap
                            && cues.alternatives.stream().anyMatch(h -> h.within(from, to))
                            && cues.conjunctions.stream().noneMatch(h -> h.within(from, to))
                            && cues.conditions.stream().noneMatch(h -> h.within(from, to))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** An alternative offered by way of example: "such as", "e.g.", "z. B." before or between the mention and IEC 62443. */
        private boolean byExample(Group g, Cues cues) {
            return cues.alternatives.stream().anyMatch(a -> "EXAMPLE".equals(a.detail()) && g.segment.contains(a.start())
                    && groups.stream().anyMatch(o -> o != g && o.segment.equals(g.segment) && o.kind == Kind.IEC_62443
                    && a.within(Math.max(g.segment.start(), Math.min(g.first(), o.first()) - EXAMPLE_LEAD), Math.max(g.to, o.to))));
        }

        /** At least two small words of a covered language ("the", "is", "der", "und") in the sentence. */
        private boolean knownLanguage(ClauseText.Range sentence) {
            int found = 0;
            for (Vocabulary.Cue cue : vocabulary.functionWords) {
                Matcher m = cue.pattern().matcher(text.text).region(sentence.start(), sentence.end());
                while (found < 2 && m.find()) {
                    found++;
                }
            }
            return found >= 2;
        }

        private int words(ClauseText.Range sentence) {
            return text.text.substring(sentence.start(), sentence.end()).strip().split("\\s+").length;
        }

        private String firstText(List<Hit> hits) {
            return hits.isEmpty() ? null : quote(hits.get(0));
        }

        private String quote(Hit hit) {
            return text.original(hit.start(), hit.end());
        }

        private String quoteOrNull(Hit hit) {
            return hit == null ? null : quote(hit);
        }

        private void groupMentions() {
            List<Mention> mentions = new ArrayList<>();
            addMentions(mentions, Kind.ISO_27001, vocabulary.iso27001);
            addMentions(mentions, Kind.ISMS, vocabulary.isms);
            addMentions(mentions, Kind.IEC_62443, vocabulary.iec62443);
            addMentions(mentions, Kind.OTHER_ASSURANCE, vocabulary.otherAssurance);
            addMentions(mentions, Kind.UNRELATED, vocabulary.unrelated);
            addMentions(mentions, Kind.ISMS_LIKE, vocabulary.ismsLike);
            addMentions(mentions, Kind.NAMED_ELSEWHERE, vocabulary.namedElsewhere);
            List<Hit> kept = nonOverlapping(mentions.stream().map(Mention::hit).toList());
            mentions.removeIf(m -> !kept.contains(m.hit()));
            mentions.sort(Comparator.comparingInt(m -> m.hit().start()));
            allMentions.addAll(mentions);
            Map<ClauseText.Range, Group> isoBySegment = new LinkedHashMap<>();
            for (Mention m : mentions) {
                ClauseText.Range segment = text.segmentAt(m.hit().start());
                if (m.kind() == Kind.ISO_27001 || m.kind() == Kind.ISMS) {
                    isoBySegment.computeIfAbsent(segment, s -> newGroup(Kind.ISO_27001, s)).add(m);
                } else {
                    newGroup(m.kind(), segment).add(m);
                }
            }
            // What may be an ISMS by another name says nothing more where the segment names ISO 27001 or an ISMS itself.
            // It is still there to be offered as an alternative ("ISO 27001 oder IT-Grundschutz").
            groups.stream().filter(g -> (g.kind == Kind.ISMS_LIKE || g.kind == Kind.NAMED_ELSEWHERE) && isoBySegment.containsKey(g.segment))
                    .forEach(g -> g.silent = true);
            groups.sort(Comparator.comparingInt(g -> g.from));
        }

        private Group newGroup(Kind kind, ClauseText.Range segment) {
            Group g = new Group(kind, segment);
            groups.add(g);
            return g;
        }

        private void addMentions(List<Mention> mentions, Kind kind, List<Vocabulary.Cue> cues) {
            find(cues).forEach(hit -> mentions.add(new Mention(kind, hit)));
        }

        /** The cues' matches in the whole text, in order. */
        private List<Hit> find(List<Vocabulary.Cue> cues) {
            return find(cues, List.of(new ClauseText.Range(0, 0, text.text.length())));
        }

        /** The cues' matches within the given ranges (seen with the text around them, for word boundaries and look-behinds), in order. */
        private List<Hit> find(List<Vocabulary.Cue> cues, List<ClauseText.Range> ranges) {
            List<Hit> hits = new ArrayList<>();
            for (Vocabulary.Cue cue : cues) {
                Matcher m = cue.pattern().matcher(text.text).useTransparentBounds(true).useAnchoringBounds(false);
                for (ClauseText.Range range : ranges) {
                    m.region(range.start(), range.end());
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            hits.add(new Hit(m.start(), m.end(), detail(cue, m)));
                        }
                    }
                }
            }
            hits.sort(Comparator.comparingInt(Hit::start));
            return hits;
        }
    }

    private static String detail(Vocabulary.Cue cue, Matcher m) {
        if (cue.target() != null) {
            return cue.target().name();
        }
        if (cue.capturesPart()) {
            return m.group("part") == null ? null : m.group("part").replaceAll("\\s", "");
        }
        if (cue.capturesLevel()) {
            return levelLabel(cue.label(), cue.capturesType() ? m.group("type") : null, m.group("level"));
        }
        return cue.label();
    }

    static List<Hit> in(List<Hit> hits, ClauseText.Range range) {
        return hits.stream().filter(h -> h.within(range.start(), range.end())).toList();
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
