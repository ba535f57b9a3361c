package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.Span;

/**
 * Rule fact: what the reader found about one mention of a standard in the clause at {@code index} of
 * {@code contractClauses}, without judging it. The rules in {@code reading.drl} decide from these facts
 * whether the clause binds the organisation. Null means "not found", never "no": a null modality is a
 * sentence whose modality the reader could not tell.
 *
 * @param mention       the order of this mention within its clause, from 0
 * @param sentence      the sentence the mention is in, as written
 * @param certified     certification words go with the mention ("certified", "Zertifikat")
 * @param equivalent    "or equivalent", "oder gleichwertig" go with it
 * @param alternative   a scheme offered in its place in the same sentence ("ISO 27001 or IEC 62443-2-1")
 * @param iecAccepted   IEC 62443 is accepted in place of ISO 27001 by an acceptance statement of the clause
 * @param acceptedFor   the scope that acceptance or alternative is limited to ("for the plant networks"), or null
 * @param negation      the negation words that govern the mention, or null
 * @param modalWords    the words that give the modality, or null
 * @param subject       the party the sentence obliges, as the words name it; null when no party is named
 * @param subjectWords  the words naming that party
 * @param condition     the condition that limits the sentence, or null
 * @param inCondition   the mention stands inside that condition ("if the partner is ISO 27001 certified, ...")
 * @param asks          what the sentence asks besides the standard, when that is all it asks about it
 * @param definition    the sentence defines a term rather than requiring anything
 * @param commentary    the description comments on the standard ("is based on", "orientiert sich an") rather
 *                      than stating what a party has or does
 * @param partyInSentence  the sentence names a party (supplier, customer, subcontractors, staff, companies) anywhere
 * @param partyInClause    the clause names a party of a contract (the organisation, the customer) anywhere
 * @param question      the sentence is a question ("Does the supplier hold ...?")
 * @param managementSystemNamed     the mention names a management system itself, not only the ISO 27001 standard
 * @param byExample     the alternative is offered by way of example ("standards such as ISO 27001 or IEC 62443")
 * @param sentenceWords how many words the sentence has: a short one may be a fragment of a list
 * @param knownLanguage the sentence has the small words of a language the vocabulary covers
 * @param dutyForm      for a duty, the words it is put in: a verb, a noun, a demand, the future tense or an imperative
 * @param owner         the party whose ISMS or certificate the mention names ("Customer's ISMS", "ISMS des Kunden"),
 *                      or null when the words name none
 * @param listItem      the sentence opens with a list mark ("- ", "1. ", "a) "): an item of a list whose lead-in it does not hold
 * @param lackInCondition the mention stands inside a condition that speaks of it lacking ("if no ISMS could be
 *                      demonstrated", "wenn der Auftragnehmer sein Zertifikat verliert")
 * @param recital       the sentence opens as a recital does ("WHEREAS", "In Erwägung")
 * @param standardFirst the mention names the ISO 27001 standard before any management system: a sentence without a
 *                      word of duty may then be about the standard itself
 * @param otherSentences the clause has another sentence with words in it
 */
public record ClauseMention(int index, ContractClause clause, int mention, MentionedStandard standard, Span span,
                            String matched, String sentence, boolean certified, boolean equivalent,
                            Alternative alternative, boolean iecAccepted, String acceptedFor, String negation,
                            Modality modality, String modalWords, ObligedParty subject, String subjectWords,
                            Condition condition, boolean inCondition, Asks asks, boolean definition, boolean commentary,
                            boolean partyInSentence, boolean partyInClause, boolean question, boolean managementSystemNamed,
                            boolean byExample, int sentenceWords, boolean knownLanguage,
                            String iec62443Part, String securityLevel, String scheme, DutyForm dutyForm, ObligedParty owner,
                            boolean listItem, boolean lackInCondition, boolean recital, boolean standardFirst,
                            boolean otherSentences) {

    /** The same mention found in another clause of the same text, at {@code index} of the contract. */
    public ClauseMention withClause(int index, ContractClause clause) {
        return new ClauseMention(index, clause, mention, standard, span, matched, sentence, certified, equivalent,
                alternative, iecAccepted, acceptedFor, negation, modality, modalWords, subject, subjectWords, condition,
                inCondition, asks, definition, commentary, partyInSentence, partyInClause, question, managementSystemNamed,
                byExample, sentenceWords, knownLanguage, iec62443Part, securityLevel, scheme, dutyForm, owner, listItem, lackInCondition, recital, standardFirst, otherSentences);
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
