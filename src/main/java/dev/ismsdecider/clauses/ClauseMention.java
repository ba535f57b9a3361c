package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.Span;

/**
 * Rule fact: what the reader found about one mention of a standard in the clause at {@code index} of
 * {@code contractClauses}, without judging it. The rules in {@code reading.drl} decide from these facts
 * whether the clause binds the organisation. The findings come in three groups: what the mention names
 * ({@link Named}), the duty the sentence puts around it ({@link Duty}) and the form of the sentence
 * ({@link Sentence}); rules reach them as {@code named.certified}, {@code duty.modality}, {@code sentence.question}.
 * Null means "not found", never "no": a null modality is a sentence whose modality the reader could not tell.
 *
 * @param mention       the order of this mention within its clause, from 0
 * @param matched       the words of the mention, as written
 * @param condition     the condition that limits the sentence, or null
 * @param inCondition   the mention stands inside that condition ("if the partner is ISO 27001 certified, ...")
 * @param lackInCondition the mention stands inside a condition that speaks of it lacking ("if no ISMS could be
 *                      demonstrated", "wenn der Auftragnehmer sein Zertifikat verliert")
 */
public record ClauseMention(int index, ContractClause clause, int mention, MentionedStandard standard, Span span,
                            String matched, Condition condition, boolean inCondition, boolean lackInCondition,
                            Named named, Duty duty, Sentence sentence) {

    /**
     * What the mention names, and what the sentence accepts besides or instead of it.
     *
     * @param certified     certification words go with the mention ("certified", "Zertifikat")
     * @param equivalent    "or equivalent", "oder gleichwertig" go with it
     * @param alternative   a scheme offered in its place in the same sentence ("ISO 27001 or IEC 62443-2-1")
     * @param iecAccepted   IEC 62443 is accepted in place of ISO 27001 by an acceptance statement of the clause
     * @param acceptedFor   the scope that acceptance or alternative is limited to ("for the plant networks"), or null
     * @param managementSystemNamed the mention names a management system itself, not only the ISO 27001 standard
     * @param byExample     the alternative is offered by way of example ("standards such as ISO 27001 or IEC 62443")
     * @param iec62443Part  the IEC 62443 part named ("2-1"), or null
     * @param securityLevel the security levels named with IEC 62443 ("SL 2"), or null
     * @param scheme        the other assurance scheme named ("TISAX"), or null
     * @param owner         the party whose ISMS or certificate the mention names ("Customer's ISMS", "ISMS des Kunden"),
     *                      or null when the words name none
     * @param standardFirst the mention names the ISO 27001 standard before any management system: a sentence without a
     *                      word of duty may then be about the standard itself
     */
    public record Named(boolean certified, boolean equivalent, Alternative alternative, boolean iecAccepted, String acceptedFor,
                        boolean managementSystemNamed, boolean byExample, String iec62443Part, String securityLevel,
                        String scheme, ObligedParty owner, boolean standardFirst) {

        static final Named NONE = new Named(false, false, Alternative.NONE, false, null, false, false, null, null, null, null, false);
    }

    /**
     * The duty, permission or statement the sentence puts around the mention, and whom it is on.
     *
     * @param modality      what the sentence does: oblige, allow, advise or state; null when no word says
     * @param modalWords    the words that give the modality, or null
     * @param form          for a duty, the words it is put in: a verb, a noun, a demand, the future tense or an imperative
     * @param subject       the party the sentence obliges, as the words name it; null when no party is named
     * @param subjectWords  the words naming that party
     * @param negation      the negation words that govern the mention, or null
     * @param asks          what the sentence asks besides the standard, when that is all it asks about it
     * @param definition    the sentence defines a term rather than requiring anything
     * @param commentary    the description comments on the standard ("is based on", "orientiert sich an") rather
     *                      than stating what a party has or does
     * @param demandedBy    for a demand ("requires", "fordert"), the third party whose demand the sentence reports (a
     *                      law, a regulator, a catalogue, a standard: "the legislator", "die BAIT"), or null
     */
    public record Duty(Modality modality, String modalWords, DutyForm form, ObligedParty subject, String subjectWords,
                       String negation, Asks asks, boolean definition, boolean commentary, String demandedBy) {

        static final Duty NONE = new Duty(null, null, null, null, null, null, null, false, false, null);
    }

    /**
     * The sentence the mention is in, and the clause around it.
     *
     * @param text          the sentence, as written
     * @param words         how many words the sentence has: a short one may be a fragment of a list
     * @param knownLanguage the sentence has the small words of a language the vocabulary covers
     * @param question      the sentence is a question ("Does the supplier hold ...?")
     * @param listItem      the sentence opens with a list mark ("- ", "1. ", "a) ") or reads as an item of a list whose
     *                      lead-in it does not hold
     * @param recital       the sentence opens as a recital does ("WHEREAS", "In Erwägung")
     * @param partyInSentence the sentence names a party (supplier, customer, subcontractors, staff, companies) anywhere
     * @param partyInClause the clause names a party of a contract (the organisation, the customer) anywhere
     * @param otherSentences the clause has another sentence with words in it
     */
    public record Sentence(String text, int words, boolean knownLanguage, boolean question, boolean listItem, boolean recital,
                       boolean partyInSentence, boolean partyInClause, boolean otherSentences) {

        static final Sentence NONE = new Sentence(null, 0, false, false, false, false, false, false, false);
    }

    /** The fact for a clause that names no standard at all. */
    static ClauseMention none(int index, ContractClause clause) {
        return new ClauseMention(index, clause, 0, MentionedStandard.NONE, null, null, null, false, false,
                Named.NONE, Duty.NONE, Sentence.NONE);
    }

    /** The same mention found in another clause of the same text, at {@code index} of the contract. */
    public ClauseMention withClause(int index, ContractClause clause) {
        return new ClauseMention(index, clause, mention, standard, span, matched, condition, inCondition, lackInCondition,
                named, duty, sentence);
    }

    /** Names this mention among all of a contract: its clause and its order there (rules join on it, cheaply). */
    public long key() {
        return (long) index << 32 | mention;
    }

    /** JSON pointer of the clause. */
    public String clausePath() {
        return "/contractClauses/" + index;
    }

    /** JSON pointer of the clause text that the span indexes. */
    public String path() {
        return clausePath() + "/text";
    }

    /** The clause's id, or its position when it has none: "MSA-14.2" or "#3". */
    public String label() {
        return ClauseLabels.label(index, clause);
    }

    /** True for a mention of ISO 27001 or of an ISMS: the ones NR-1 is about. */
    public boolean namesIsms() {
        return standard == MentionedStandard.ISO_27001 || standard == MentionedStandard.ISMS;
    }
}
