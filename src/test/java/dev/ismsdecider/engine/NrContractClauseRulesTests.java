package dev.ismsdecider.engine;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.TraceStep;
import dev.ismsdecider.knowledge.Evidence;
import dev.ismsdecider.knowledge.Finding;
import dev.ismsdecider.knowledge.FindingKind;
import dev.ismsdecider.knowledge.Span;
import dev.ismsdecider.knowledge.Verdict;
import org.junit.jupiter.api.Test;

import static dev.ismsdecider.engine.ClauseProfiles.ACCEPTS_IEC_62443;
import static dev.ismsdecider.engine.ClauseProfiles.CERTIFICATE;
import static dev.ismsdecider.engine.ClauseProfiles.ENGINE;
import static dev.ismsdecider.engine.ClauseProfiles.IEC_62443_ONLY;
import static dev.ismsdecider.engine.ClauseProfiles.OR_EQUIVALENT;
import static dev.ismsdecider.engine.ClauseProfiles.clause;
import static dev.ismsdecider.engine.ClauseProfiles.otOnlyPlantWith;
import static dev.ismsdecider.engine.ClauseProfiles.rulesFired;
import static org.assertj.core.api.Assertions.assertThat;

/** The NR-1 rules of {@code rules/nr.drl} for contract clauses, one test per rule, named after it. */
class NrContractClauseRulesTests {

    private static Finding nr1Blocker(Assessment a) {
        return a.findings().stream().filter(f -> f.criterion().equals("NR-1") && f.kind() == FindingKind.BLOCKER)
                .findFirst().orElseThrow(() -> new AssertionError("no NR-1 blocker in " + a.findings()));
    }

    private static TraceStep step(Assessment a, String rule) {
        return a.trace().stream().filter(s -> s.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire: " + rulesFired(a)));
    }

    @Test
    void contractClauseBindsToIso27001() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(clause("MSA-14.2", CERTIFICATE)));

        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
        Finding blocker = nr1Blocker(a);
        assertThat(blocker.title()).isEqualTo("Big Pharma Inc. requires ISO 27001 certification (clause MSA-14.2)");
        int start = CERTIFICATE.indexOf("ISO/IEC");
        Evidence evidence = new Evidence("/contractClauses/0/text", "ISO/IEC 27001 certificate", new Span(start, start + 25));
        assertThat(blocker.evidence()).containsExactly(evidence);
        assertThat(step(a, "ContractClauseBindsToIso27001").facts()).containsExactly("/contractClauses/0/text");
        assertThat(step(a, "ContractClauseBindsToIso27001").concluded())
                .isEqualTo("Big Pharma Inc. expects ISO_27001_CERTIFICATION (clause MSA-14.2)");
        assertThat(rulesFired(a)).contains("PartyRequiresIso27001Certificate").doesNotContain("ContractClauseDoesNotBindToIso27001");
    }

    @Test
    void contractClauseBindsToIso27001OrEquivalentAsksForWrittenAcceptance() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(clause("MSA-3", OR_EQUIVALENT)));

        assertThat(nr1Blocker(a).evidence()).extracting(Evidence::value).containsExactly("ISO 27001 certification or equivalent");
        assertThat(a.actions()).anySatisfy(action -> {
            assertThat(action.criterion()).isEqualTo("NR-1");
            assertThat(action.action()).startsWith("Ask Big Pharma Inc. to state in writing whether IEC 62443 is accepted in place of ISO 27001 (clause MSA-3)");
        });
        assertThat(rulesFired(a)).containsSubsequence("ContractClauseBindsToIso27001", "PartyRequiresIso27001OrEquivalent");
    }

    @Test
    void contractClauseDoesNotBindToIso27001() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(clause("Q-1", ACCEPTS_IEC_62443), clause("Q-2", IEC_62443_ONLY)));

        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(a.findings()).noneMatch(f -> f.kind() == FindingKind.BLOCKER);
        assertThat(a.trace()).filteredOn(s -> s.rule().equals("ContractClauseDoesNotBindToIso27001"))
                .extracting(TraceStep::concluded)
                .containsExactlyInAnyOrder(
                        "Big Pharma Inc. expects ISO_27001_OR_EQUIVALENT (clause Q-1), IEC 62443 accepted in writing",
                        "Big Pharma Inc. expects IEC_62443 (clause Q-1)",
                        "Big Pharma Inc. expects IEC_62443 (clause Q-2)");
        assertThat(rulesFired(a)).doesNotContain("ContractClauseBindsToIso27001", "PartyRequiresIso27001OrEquivalent");
    }

    @Test
    void contractClauseUnreadable() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(clause("MSA-9", "   "), clause("MSA-10", IEC_62443_ONLY)));

        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.criterion()).isEqualTo("NR-1");
            assertThat(q.path()).isEqualTo("/contractClauses/0/text");
            assertThat(q.question()).startsWith("Clause MSA-9 of Big Pharma Inc. cannot be read (the clause text is empty).");
            assertThat(q.couldChangeVerdict()).isTrue();
        });
        assertThat(step(a, "ContractClauseUnreadable").facts()).containsExactly("/contractClauses/0/text");
    }

    @Test
    void contractClauseUnreadableIsAskedEvenWhenNr1HoldsAlready() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(clause("MSA-9", null), clause("MSA-14.2", CERTIFICATE)));

        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
        assertThat(a.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.path()).isEqualTo("/contractClauses/0/text");
            assertThat(q.couldChangeVerdict()).isFalse();
        });
    }

    @Test
    void noExternalIso27001ExpectationAccountsForTheClausesRead() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(clause("Q-2", IEC_62443_ONLY)));

        TraceStep ruledOut = step(a, "NoExternalIso27001Expectation");
        assertThat(ruledOut.facts()).containsExactly("/externalExpectations", "/contractClauses/0/text");
        assertThat(a.findings()).anySatisfy(f -> assertThat(f.explanation())
                .contains("No customer, prime contractor or regulator expects ISO 27001 or an ISMS. None of the 1 contract clause read does either."));
    }
}
