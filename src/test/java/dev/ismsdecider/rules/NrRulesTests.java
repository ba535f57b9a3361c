package dev.ismsdecider.rules;

import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.profile.Domain;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import dev.ismsdecider.profile.SystemKind;
import dev.ismsdecider.evaluation.Evidence;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.profile.Span;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.ProfileFixture.expectation;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.evaluation.FindingKind.BLOCKER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule of {@code rules/nr.drl}, named after it. Each starts from the OT-only profile
 * where every NR criterion is ruled out, changes the facts one criterion is about, and checks the
 * rule's conclusion and its evidence.
 */
class NrRulesTests {

    private static final String EXPECTATION = "/externalExpectations/0";

    private static OpenQuestion question(Assessment a, String path) {
        return a.openQuestions().stream().filter(q -> q.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no open question at " + path + " in " + a.openQuestions()));
    }

    // ---------------------------------------------------------------- NR-1

    @Test
    void partyRequiresIso27001Certificate() {
        Assessment a = evaluate(OT_ONLY.with(EXPECTATION, expectation("Big Pharma", "CUSTOMER", "ISO_27001_CERTIFICATION")));

        assertThat(fired(a)).contains("PartyRequiresIso27001Certificate");
        List<Finding> blockers = findings(a, "NR-1", BLOCKER);
        assertThat(blockers).hasSize(1);
        assertThat(blockers.get(0).title()).contains("Big Pharma");
        assertThat(blockers.get(0).evidence()).extracting(Evidence::path).containsExactly(EXPECTATION);
        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
    }

    @Test
    void partyRequiresIsmsEvidence() {
        Assessment a = evaluate(OT_ONLY.with(EXPECTATION, expectation("Prime", "PRIME", "ISMS_EVIDENCE")));

        assertThat(fired(a)).contains("PartyRequiresIsmsEvidence");
        assertThat(findings(a, "NR-1", BLOCKER)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("information security management system"));
        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
    }

    @Test
    void partyRequiresIso27001OrEquivalent() {
        Assessment notAccepted = evaluate(OT_ONLY.with(EXPECTATION, expectation("OEM", "CUSTOMER", "ISO_27001_OR_EQUIVALENT")));
        Assessment accepted = evaluate(OT_ONLY.with(EXPECTATION, Map.of("party", "OEM", "partyKind", "CUSTOMER",
                "expects", "ISO_27001_OR_EQUIVALENT", "iec62443AcceptedInWriting", true)));

        assertThat(fired(notAccepted)).contains("PartyRequiresIso27001OrEquivalent");
        assertThat(findings(notAccepted, "NR-1", BLOCKER)).hasSize(1);
        assertThat(notAccepted.actions()).anySatisfy(action -> {
            assertThat(action.criterion()).isEqualTo("NR-1");
            assertThat(action.action()).contains("OEM").contains("in writing");
        });
        assertThat(notAccepted.verdict()).isEqualTo(Verdict.COEXIST);
        assertThat(fired(accepted)).doesNotContain("PartyRequiresIso27001OrEquivalent");
        assertThat(accepted.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
    }

    @Test
    void partyExpectationUnstated() {
        Assessment a = evaluate(OT_ONLY.with(EXPECTATION, expectation("Grid operator", "REGULATOR", null)));

        assertThat(fired(a)).contains("PartyExpectationUnstated");
        OpenQuestion q = question(a, EXPECTATION + "/expects");
        assertThat(q.criterion()).isEqualTo("NR-1");
        assertThat(q.couldChangeVerdict()).isTrue();
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    // Contract clauses, as the clause classifier reads them with the packaged vocabulary.

    private static final String CERTIFICATE = "Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites.";
    private static final String OR_EQUIVALENT = "Supplier shall hold ISO 27001 certification or equivalent.";
    private static final String ACCEPTS_IEC_62443 = "Supplier shall be certified to either ISO/IEC 27001 or IEC 62443-2-1.";
    private static final String IEC_62443_ONLY = "The integrator shall meet IEC 62443-2-4 at ML2.";

    private static ProfileFixture withClauses(ContractClause... clauses) {
        return OT_ONLY.with("/contractClauses", Arrays.asList(clauses));
    }

    private static ContractClause clause(String id, String text) {
        return new ContractClause(id, "Big Pharma Inc.", PartyKind.CUSTOMER, text);
    }

    private static TraceStep step(Assessment a, String rule) {
        return a.trace().stream().filter(s -> s.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire: " + fired(a)));
    }

    @Test
    void contractClauseBindsToIso27001() {
        Assessment a = evaluate(withClauses(clause("MSA-14.2", CERTIFICATE)));

        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
        Finding blocker = findings(a, "NR-1", BLOCKER).get(0);
        assertThat(blocker.title()).isEqualTo("Big Pharma Inc. requires ISO 27001 certification (clause MSA-14.2)");
        int start = CERTIFICATE.indexOf("ISO/IEC");
        assertThat(blocker.evidence()).containsExactly(
                new Evidence("/contractClauses/0/text", "ISO/IEC 27001 certificate", new Span(start, start + 25)));
        assertThat(step(a, "ContractClauseBindsToIso27001").facts()).containsExactly("/contractClauses/0/text");
        assertThat(step(a, "ContractClauseBindsToIso27001").concluded())
                .isEqualTo("Big Pharma Inc. expects ISO_27001_CERTIFICATION (clause MSA-14.2)");
        assertThat(fired(a)).contains("PartyRequiresIso27001Certificate").doesNotContain("ContractClauseDoesNotBindToIso27001");
    }

    @Test
    void contractClauseBindsToIso27001OrEquivalentAsksForWrittenAcceptance() {
        Assessment a = evaluate(withClauses(clause("MSA-3", OR_EQUIVALENT)));

        assertThat(findings(a, "NR-1", BLOCKER)).singleElement().satisfies(f ->
                assertThat(f.evidence()).extracting(Evidence::value).containsExactly("ISO 27001 certification or equivalent"));
        assertThat(a.actions()).anySatisfy(action -> {
            assertThat(action.criterion()).isEqualTo("NR-1");
            assertThat(action.action()).startsWith("Ask Big Pharma Inc. to state in writing whether IEC 62443 is accepted in place of ISO 27001 (clause MSA-3)");
        });
        assertThat(fired(a)).containsSubsequence("ContractClauseBindsToIso27001", "PartyRequiresIso27001OrEquivalent");
    }

    @Test
    void contractClauseDoesNotBindToIso27001() {
        Assessment a = evaluate(withClauses(clause("Q-1", "The Supplier is not required to hold an ISO/IEC 27001 certificate.")));

        assertThat(findings(a, "NR-1", BLOCKER)).isEmpty();
        assertThat(a.trace()).filteredOn(s -> s.rule().equals("ContractClauseDoesNotBindToIso27001"))
                .extracting(TraceStep::concluded).containsExactly("Big Pharma Inc. expects NONE (clause Q-1)");
        assertThat(fired(a)).doesNotContain("ContractClauseBindsToIso27001", "ContractClauseAcceptsIec62443Instead");
        assertThat(step(a, "NoExternalIso27001Expectation").facts()).containsExactly("/externalExpectations", "/contractClauses/0/text");
    }

    @Test
    void contractClauseAcceptsIec62443Instead() {
        Assessment a = evaluate(withClauses(clause("Q-1", ACCEPTS_IEC_62443)));

        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(findings(a, "NR-1", BLOCKER)).isEmpty();
        assertThat(step(a, "ContractClauseAcceptsIec62443Instead").concluded())
                .isEqualTo("Big Pharma Inc. expects ISO_27001_OR_EQUIVALENT (clause Q-1), IEC 62443 accepted in writing");
        assertThat(fired(a)).doesNotContain("ContractClauseBindsToIso27001", "ContractClauseDoesNotBindToIso27001",
                "PartyRequiresIso27001OrEquivalent");
    }

    @Test
    void contractClauseNamesAnotherStandard() {
        Assessment a = evaluate(withClauses(clause("Q-1", ACCEPTS_IEC_62443), clause("Q-2", IEC_62443_ONLY)));

        assertThat(a.trace()).filteredOn(s -> s.rule().equals("ContractClauseNamesAnotherStandard"))
                .extracting(TraceStep::concluded)
                .containsExactlyInAnyOrder("Big Pharma Inc. expects IEC_62443 (clause Q-1)", "Big Pharma Inc. expects IEC_62443 (clause Q-2)");
        assertThat(step(a, "NoExternalIso27001Expectation").facts())
                .containsExactly("/externalExpectations", "/contractClauses/0/text", "/contractClauses/1/text");
    }

    @Test
    void contractClauseReadingUnclear() {
        String flowDown = "The Supplier shall ensure that its subcontractors hold ISO 27001 certificates.";
        Assessment a = evaluate(withClauses(clause("SUB-1", flowDown)));

        assertThat(a.verdict()).as("an unclear clause is never a 'no requirement'").isEqualTo(Verdict.UNDETERMINED);
        assertThat(findings(a, "NR-1", BLOCKER)).as("nor a blocker").isEmpty();
        OpenQuestion q = question(a, "/contractClauses/0");
        assertThat(q.criterion()).isEqualTo("NR-1");
        assertThat(q.couldChangeVerdict()).isTrue();
        assertThat(q.question()).startsWith("Clause SUB-1 of Big Pharma Inc. mentions 'ISO 27001 certificates'. Unclear: the duty is on 'its subcontractors'");
        assertThat(step(a, "ContractClauseReadingUnclear").facts()).containsExactly("/contractClauses/0");
    }

    @Test
    void partyAcceptsIec62443ForPartOfTheScope() {
        String scoped = "Supplier shall hold ISO/IEC 27001 certification; for the plant networks, IEC 62443-2-1 certification is also accepted.";
        Assessment a = evaluate(withClauses(clause("MSA-5", scoped)));

        assertThat(findings(a, "NR-1", BLOCKER)).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("Big Pharma Inc. requires ISO 27001 or an equivalent beyond the part of the scope where it accepts IEC 62443 (clause MSA-5)");
            assertThat(f.explanation()).contains("accepts IEC 62443 only for the plant networks");
        });
        assertThat(a.actions()).as("the acceptance is already in writing").noneMatch(action -> action.action().startsWith("Ask Big Pharma Inc. to state in writing"));
        assertThat(fired(a)).contains("PartyAcceptsIec62443ForPartOfTheScope").doesNotContain("PartyRequiresIso27001OrEquivalent");
        // A clause check of the same clause gives the same action, from the same rule.
        assertThat(TestEngine.engine().clauseChecker().check(List.of(clause("MSA-5", scoped))).actions())
                .containsExactlyElementsOf(a.actions().stream().filter(action -> action.criterion().equals("NR-1"))
                        .map(action -> action.action()).toList());
    }

    @Test
    void contractClauseUnreadable() {
        Assessment a = evaluate(withClauses(clause("MSA-9", "   "), clause("MSA-10", IEC_62443_ONLY)));

        assertThat(a.verdict()).as("an unread clause is never a 'no requirement'").isEqualTo(Verdict.UNDETERMINED);
        OpenQuestion q = question(a, "/contractClauses/0/text");
        assertThat(q.criterion()).isEqualTo("NR-1");
        assertThat(q.question()).startsWith("Clause MSA-9 of Big Pharma Inc. cannot be read (the clause text is empty).");
        assertThat(q.couldChangeVerdict()).isTrue();
        assertThat(step(a, "ContractClauseUnreadable").facts()).containsExactly("/contractClauses/0/text");
    }

    @Test
    void contractClauseUnreadableIsAskedEvenWhenNr1HoldsAlready() {
        Assessment a = evaluate(withClauses(clause("MSA-9", null), clause("MSA-14.2", CERTIFICATE)));

        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
        assertThat(question(a, "/contractClauses/0/text").couldChangeVerdict()).isFalse();
    }

    @Test
    void externalExpectationsUnknown() {
        Assessment a = evaluate(OT_ONLY.without("/externalExpectations"));

        assertThat(fired(a)).contains("ExternalExpectationsUnknown");
        assertThat(question(a, "/externalExpectations").criterion()).isEqualTo("NR-1");
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void contractClausesUnknown() {
        Assessment unknown = evaluate(OT_ONLY.without("/contractClauses"));
        Assessment blocked = evaluate(OT_ONLY.without("/contractClauses")
                .with(EXPECTATION, expectation("Customer", "CUSTOMER", "ISO_27001_CERTIFICATION")));

        assertThat(fired(unknown)).contains("ContractClausesUnknown");
        assertThat(question(unknown, "/contractClauses").criterion()).isEqualTo("NR-1");
        assertThat(question(unknown, "/contractClauses").couldChangeVerdict()).isTrue();
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(fired(evaluate(OT_ONLY))).doesNotContain("ContractClausesUnknown");
        assertThat(fired(blocked)).doesNotContain("ContractClausesUnknown");
    }

    @Test
    void noExternalIso27001Expectation() {
        Assessment none = evaluate(OT_ONLY);
        Assessment nonBinding = evaluate(OT_ONLY.with(EXPECTATION, expectation("Regulator", "REGULATOR", "IEC_62443"))
                .with("/externalExpectations/1", expectation("Insurer", "INSURER", "OTHER_ASSURANCE")));
        Assessment binding = evaluate(OT_ONLY.with(EXPECTATION, expectation("Customer", "CUSTOMER", "ISMS_EVIDENCE")));

        assertThat(fired(none)).contains("NoExternalIso27001Expectation");
        assertThat(fired(nonBinding)).contains("NoExternalIso27001Expectation");
        assertThat(nonBinding.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(fired(binding)).doesNotContain("NoExternalIso27001Expectation");
    }

    // ---------------------------------------------------------------- NR-2

    @Test
    void scopeIncludesEnterpriseDomains() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "CORPORATE_IT", "CLOUD_SAAS")));

        assertThat(fired(a)).contains("ScopeIncludesEnterpriseDomains");
        assertThat(findings(a, "NR-2", BLOCKER)).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly(
                new Evidence("/scope/domains/1", Domain.CORPORATE_IT, null), new Evidence("/scope/domains/2", Domain.CLOUD_SAAS, null)));
        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
    }

    @Test
    void scopeIncludesEnterpriseSystems() {
        Assessment a = evaluate(OT_ONLY.with("/scope/systems", List.of("DCS", "MES")));

        assertThat(fired(a)).contains("ScopeIncludesEnterpriseSystems");
        assertThat(findings(a, "NR-2", BLOCKER)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(new Evidence("/scope/systems/1", SystemKind.MES, null)));
        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
    }

    @Test
    void scopeDomainsUnknown() {
        Assessment a = evaluate(OT_ONLY.without("/scope/domains"));

        assertThat(fired(a)).contains("ScopeDomainsUnknown");
        assertThat(question(a, "/scope/domains").criterion()).isEqualTo("NR-2");
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void scopeSystemsUnknown() {
        Assessment a = evaluate(OT_ONLY.without("/scope/systems"));

        assertThat(fired(a)).contains("ScopeSystemsUnknown");
        assertThat(question(a, "/scope/systems").criterion()).isEqualTo("NR-2");
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void scopeSystemUnclassified() {
        Assessment a = evaluate(OT_ONLY.with("/scope/systems", List.of("DCS", "OTHER")));
        Assessment withBlocker = evaluate(OT_ONLY.with("/scope/systems", List.of("OTHER", "ERP")));

        assertThat(fired(a)).contains("ScopeSystemUnclassified");
        assertThat(question(a, "/scope/systems/1").couldChangeVerdict()).isTrue();
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(fired(withBlocker)).as("NR-2 already holds").doesNotContain("ScopeSystemUnclassified");
    }

    @Test
    void scopeLimitedToOt() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "SAFETY_SYSTEMS", "IT_OT_BOUNDARY")));

        assertThat(fired(a)).contains("ScopeLimitedToOt");
        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(fired(evaluate(OT_ONLY.with("/scope/systems", List.of("OTHER"))))).doesNotContain("ScopeLimitedToOt");
    }

    @Test
    void scopeDomainsEmpty() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of()));

        assertThat(fired(a)).contains("ScopeDomainsEmpty").doesNotContain("ScopeLimitedToOt");
        assertThat(a.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.path()).isEqualTo("/scope/domains");
            assertThat(q.criterion()).isEqualTo("NR-2");
            assertThat(q.question()).startsWith("The scope lists no domain.");
        });
        assertThat(fired(evaluate(OT_ONLY.with("/scope/domains", List.of("CORPORATE_IT")).with("/scope/systems", List.of()))))
                .as("a blocker already decides NR-2").doesNotContain("ScopeDomainsEmpty");
    }

    // ---------------------------------------------------------------- NR-3

    @Test
    void certificateUsedForMarketAccess() {
        Assessment a = evaluate(OT_ONLY.with("/certification/iso27001Certified", true)
                .with("/certification/iso27001ForMarketAccess", true).with("/certification/iso27001AsDifferentiator", false));

        assertThat(fired(a)).contains("CertificateUsedForMarketAccess");
        assertThat(findings(a, "NR-3", BLOCKER)).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsExactly(new Evidence("/certification/iso27001ForMarketAccess", true, null)));
        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
    }

    @Test
    void certificateUsedAsDifferentiator() {
        Assessment a = evaluate(OT_ONLY.with("/certification/iso27001Certified", true)
                .with("/certification/iso27001ForMarketAccess", false).with("/certification/iso27001AsDifferentiator", true));

        assertThat(fired(a)).contains("CertificateUsedAsDifferentiator");
        assertThat(findings(a, "NR-3", BLOCKER)).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsExactly(new Evidence("/certification/iso27001AsDifferentiator", true, null)));
        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
    }

    @Test
    void marketAccessUseUnknown() {
        Assessment a = evaluate(OT_ONLY.with("/certification/iso27001Certified", true)
                .with("/certification/iso27001AsDifferentiator", false));

        assertThat(fired(a)).contains("MarketAccessUseUnknown");
        assertThat(question(a, "/certification/iso27001ForMarketAccess").criterion()).isEqualTo("NR-3");
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void differentiatorUseUnknown() {
        Assessment a = evaluate(OT_ONLY.without("/certification/iso27001Certified")
                .with("/certification/iso27001ForMarketAccess", false));

        assertThat(fired(a)).contains("DifferentiatorUseUnknown");
        assertThat(question(a, "/certification/iso27001AsDifferentiator").criterion()).isEqualTo("NR-3");
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void noIso27001CertificateHeld() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(fired(a)).contains("NoIso27001CertificateHeld");
        assertThat(a.openQuestions()).as("no certificate, so its commercial use is not asked").isEmpty();
        assertThat(fired(evaluate(OT_ONLY.without("/certification/iso27001Certified")))).doesNotContain("NoIso27001CertificateHeld");
    }

    @Test
    void certificateNotReliedOnCommercially() {
        Assessment a = evaluate(OT_ONLY.with("/certification/iso27001Certified", true)
                .with("/certification/iso27001ForMarketAccess", false).with("/certification/iso27001AsDifferentiator", false));

        assertThat(fired(a)).contains("CertificateNotReliedOnCommercially").doesNotContain("NoIso27001CertificateHeld");
        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
    }

    // ---------------------------------------------------------------- NR-4

    @Test
    void singleAuditableSystemNeeded() {
        Assessment a = evaluate(OT_ONLY.with("/governance/needsSingleAuditableSystem", true));

        assertThat(fired(a)).contains("SingleAuditableSystemNeeded");
        assertThat(findings(a, "NR-4", BLOCKER)).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsExactly(new Evidence("/governance/needsSingleAuditableSystem", true, null)));
        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
    }

    @Test
    void singleAuditableSystemNeedUnknown() {
        Assessment a = evaluate(OT_ONLY.with("/governance/needsSingleAuditableSystem", null));

        assertThat(fired(a)).contains("SingleAuditableSystemNeedUnknown");
        assertThat(question(a, "/governance/needsSingleAuditableSystem").couldChangeVerdict()).isTrue();
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void noSingleAuditableSystemNeeded() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(fired(a)).contains("NoSingleAuditableSystemNeeded");
        assertThat(fired(evaluate(OT_ONLY.with("/governance/needsSingleAuditableSystem", true))))
                .doesNotContain("NoSingleAuditableSystemNeeded");
    }
}
