package dev.ismsdecider.clauses;

import dev.ismsdecider.clauses.ClauseReader.Group;
import dev.ismsdecider.clauses.ClauseReader.Hit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who one clause speaks of, from the parties the vocabulary finds in it: the party a sentence obliges
 * ({@link #subject}), the third party whose demand it reports ({@link #demander}), and the party whose ISMS or
 * certificate a mention names ({@link #owner}). Part of the {@link ClauseReader}; it reports, it decides nothing.
 */
final class PartyReader {

    /** How far before a party the words that make it no subject ("for the", "des") are looked for. */
    private static final int NOT_SUBJECT_LOOKBACK = 40;
    /** Between a standard and the party whose it is: "ISMS des Kunden", "ISMS of the Customer". */
    private static final Pattern OWNED_BY = Pattern.compile("\\s*(?:des|der|of\\s+the|of)\\s+(?:\\p{L}+\\s+)?", Pattern.CASE_INSENSITIVE);
    /** The noun a possessive names: "'s parent company", "'s affiliates" (one to three words, up to a verb or the end). */
    private static final Pattern POSSESSED_NOUN = Pattern.compile("(\\s+\\p{L}+(?:\\s+\\p{Ll}+){0,2}?)(?=\\s+(?:is|are|has|have|shall|must|will|was|were|holds?|maintains?)\\b)");
    /** How near before a standard a possessive names its owner: "Customer's ISMS", "the Customer's ISO 27001 certificate". */
    private static final int POSSESSIVE_GAP = 2;
    /** At most two short words between two others ("fordert auch die ISO/IEC 27001"). */
    private static final Pattern FEW_SMALL_WORDS = Pattern.compile("\\s*(?:\\p{L}{1,5}\\s+){0,2}");
    /** Nothing but an article between two words ("fordert der Auftraggeber"). */
    private static final Pattern ARTICLE_ONLY = Pattern.compile("\\s*(?:(?:der|die|das|den|dem|the)\\s+)?", Pattern.CASE_INSENSITIVE);

    private final ClauseText text;
    private final Vocabulary vocabulary;
    /** Every party the clause names, in text order, found once. */
    private final List<Hit> parties;
    /** The laws, regulators, catalogues and standards named in the sentences that name a standard. */
    private final List<Hit> demanders;

    PartyReader(ClauseText text, Vocabulary vocabulary, List<Hit> parties, List<Hit> demanders) {
        this.text = text;
        this.vocabulary = vocabulary;
        this.parties = parties;
        this.demanders = demanders;
    }

    /**
     * The party whose management system or certificate every standard of the group names, by a possessive before it
     * ("Customer's ISMS") or a genitive after it ("ISMS des Kunden", "the ISMS of the Customer"); null when not all
     * name the same owner, or none does.
     */
    ObligedParty owner(Group g) {
        String owner = null;
        for (Hit standard : g.hits) {
            Hit party = parties.stream().filter(p -> ownedBy(standard, p)).findFirst().orElse(null);
            if (party == null || owner != null && !owner.equals(party.detail())) {
                return null;
            }
            owner = party.detail();
        }
        return owner == null ? null : ObligedParty.valueOf(owner);
    }

    private boolean ownedBy(Hit standard, Hit party) {
        if (party.end() <= standard.start()) {
            return standard.start() - party.end() <= POSSESSIVE_GAP && possessive(party);
        }
        return party.start() >= standard.end() && OWNED_BY.matcher(text.text).region(standard.end(), party.start()).matches();
    }

    /** "Supplier's": the party is named as a possessive. */
    private boolean possessive(Hit party) {
        return text.text.startsWith("'s", party.end() - 2);
    }

    /**
     * The party the sentence obliges: a subcontractor or person named between the duty and the mention
     * ("shall ensure that its subcontractors hold …"); else the nearest party before the duty words, or
     * after them ("muss der Auftragnehmer", "ist vom Auftragnehmer nachzuweisen"). A party inside a
     * condition or after "for the", "des", "as long as the" is no subject.
     */
    Hit subject(Group g, Hit modal, Hit condition) {
        ClauseText.Range sentence = text.sentences.get(g.segment.sentence());
        List<Hit> candidates = ClauseReader.in(parties, sentence).stream()
                .filter(p -> condition == null || !p.within(condition.start(), condition.end()))
                .filter(p -> !afterNotSubject(p))
                .filter(p -> !possessive(p)) // "Supplier's parent company": a possessive names no subject
                .filter(p -> !text.text.startsWith("-", p.end()) && (p.start() == 0 || text.text.charAt(p.start() - 1) != '-'))
                // "Client-, Server- und Netzwerkkomponenten", "für Cloud-Kunden": part of a compound
                .filter(p -> !inBrackets(p, sentence)) // "SYS.2.1 (Allgemeiner Client)": an aside names no subject
                .toList();
        int anchor = modal == null ? g.first() : modal.start();
        if (modal != null && modal.end() <= g.first()) {
            Hit inner = candidates.stream()
                    .filter(p -> p.start() >= modal.end() && p.end() <= g.first())
                    .filter(p -> p.detail().equals(ObligedParty.SUBCONTRACTORS.name()) || p.detail().equals(ObligedParty.PERSONNEL.name()))
                    .reduce((a, b) -> b).orElse(null);
            if (inner != null) {
                return inner;
            }
        }
        Hit before = candidates.stream().filter(p -> p.end() <= anchor && p.start() >= g.segment.start()).reduce((a, b) -> b).orElse(null);
        if (before != null && modal != null && ClauseReader.DEMAND.equals(modal.detail()) && before.detail().equals(ObligedParty.COUNTERPARTY.name())) {
            return demandedOf(g, modal, candidates);
        }
        if (before != null) {
            return before;
        }
        Hit possessed = possessedBefore(g, anchor);
        if (possessed != null) {
            return possessed;
        }
        // "…, but shall keep …": a segment without its own subject continues the sentence's first one.
        Hit sentenceSubject = candidates.stream().filter(p -> p.end() <= g.segment.start()).findFirst().orElse(null);
        if (sentenceSubject != null) {
            return sentenceSubject;
        }
        if (modal == null) {
            return null;
        }
        // "Gemäß NIS2 fordert der Auftraggeber …": after a demand, the customer named is the one who demands.
        return ClauseReader.DEMAND.equals(modal.detail()) ? demandedOf(g, modal, candidates) : firstAfter(modal, g, candidates);
    }

    /**
     * "Supplier's parent company is certified …": a party's possessive before the modal words, naming something of
     * that party other than the mention itself, names someone else as the subject (NOBODY, quoted with the noun
     * that follows). "Supplier's ISMS is certified …" is the mention's owner instead, and names no subject.
     */
    private Hit possessedBefore(Group g, int anchor) {
        Hit possessive = parties.stream()
                .filter(p -> p.start() >= g.segment.start() && p.end() <= anchor && possessive(p))
                .reduce((a, b) -> b).orElse(null);
        if (possessive == null || g.hits.stream().anyMatch(h -> h.start() >= possessive.end() && h.start() - possessive.end() <= POSSESSIVE_GAP)) {
            return null;
        }
        Matcher noun = POSSESSED_NOUN.matcher(text.text).region(possessive.end(), anchor).useTransparentBounds(true);
        return noun.lookingAt() ? new Hit(possessive.start(), noun.end(1), ObligedParty.NOBODY.name()) : null;
    }

    /** The party stands inside round brackets opened in its sentence and not closed before it. */
    private boolean inBrackets(Hit party, ClauseText.Range sentence) {
        int depth = 0;
        for (int i = sentence.start(); i < party.start(); i++) {
            char c = text.text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** The first of the parties named after {@code cue} in the mention's segment, or null. */
    private Hit firstAfter(Hit cue, Group g, List<Hit> candidates) {
        return candidates.stream().filter(p -> p.start() >= cue.end() && text.segmentAt(p.start()).equals(g.segment))
                .findFirst().orElse(null);
    }

    /**
     * The third party whose demand the sentence reports: one the vocabulary names as such (a law, a regulator, a
     * catalogue, a standard) before the demand words in their segment, with no party between, or, as German puts its
     * subject after the verb, a few small words after them; and not the customer right after them ("Gemäß NIS2
     * fordert der Auftraggeber …" is the customer's demand). Null when none.
     */
    Hit demander(Hit demand) {
        ClauseText.Range segment = text.segmentAt(demand.start());
        Hit before = ClauseReader.in(demanders, segment).stream().filter(h -> h.end() <= demand.start()).reduce((a, b) -> b).orElse(null);
        if (before != null && parties.stream().anyMatch(p -> p.within(before.end(), demand.start()))) {
            return null;
        }
        // "Aufgrund dessen fordert auch die ISO/IEC 27001 …": German may put the subject after the verb, where no party
        // before it makes the demand ("The Customer requires ISO 27001 certification").
        boolean partyBefore = ClauseReader.in(parties, segment).stream().anyMatch(p -> p.end() <= demand.start());
        Hit named = before != null ? before : partyBefore ? null : ClauseReader.in(demanders, segment).stream().filter(h -> h.start() >= demand.end())
                .findFirst().filter(h -> FEW_SMALL_WORDS.matcher(text.text.substring(demand.end(), h.start())).matches()).orElse(null);
        if (named == null) {
            return null;
        }
        boolean customerRightAfter = parties.stream().filter(p -> p.start() >= demand.end()).findFirst()
                .filter(p -> p.detail().equals(ObligedParty.COUNTERPARTY.name()))
                .filter(p -> ARTICLE_ONLY.matcher(text.text.substring(demand.end(), p.start())).matches()).isPresent();
        return customerRightAfter ? null : named;
    }

    /**
     * "The Customer requires the Supplier to …", "Der Auftraggeber verlangt vom Auftragnehmer …": the other party
     * named before a demand is the one who demands; obliged is the first party named after it in the segment, or
     * nobody named (null) when there is none or when it is the other party again. Parties after a preposition are
     * already left out ("for Customer data", "vom Auftragnehmer"), so a demand of the organisation made that way
     * reads as a duty without a named party, never as the other party's.
     */
    private Hit demandedOf(Group g, Hit demand, List<Hit> candidates) {
        Hit obliged = firstAfter(demand, g, candidates);
        return obliged == null || obliged.detail().equals(ObligedParty.COUNTERPARTY.name()) ? null : obliged;
    }

    /** The words just before the party make it no subject ("for the", "as long as the", "des", "nach", "durch"). */
    private boolean afterNotSubject(Hit party) {
        int from = Math.max(0, party.start() - NOT_SUBJECT_LOOKBACK);
        for (Vocabulary.Cue cue : vocabulary.notSubject) {
            if (cue.pattern().matcher(text.text).region(from, party.start()).find()) {
                return true;
            }
        }
        return false;
    }
}
