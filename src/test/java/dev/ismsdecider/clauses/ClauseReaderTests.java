package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.ExpectationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.ismsdecider.clauses.ClauseFixtures.CHECKER;
import static dev.ismsdecider.clauses.ClauseFixtures.clause;
import static dev.ismsdecider.profile.ExpectationKind.IEC_62443;
import static dev.ismsdecider.profile.ExpectationKind.ISMS_EVIDENCE;
import static dev.ismsdecider.profile.ExpectationKind.ISO_27001_CERTIFICATION;
import static dev.ismsdecider.profile.ExpectationKind.ISO_27001_OR_EQUIVALENT;
import static dev.ismsdecider.profile.ExpectationKind.NONE;
import static dev.ismsdecider.profile.ExpectationKind.OTHER_ASSURANCE;
import static org.assertj.core.api.Assertions.assertThat;

/** The reader and the reading rules on single clauses: one behaviour per test, each with the words that decide it. */
class ClauseReaderTests {

    private static List<ClauseFinding> read(String text) {
        ClauseChecker.Result result = CHECKER.read(clause(text));
        assertThat(result.readable()).isTrue();
        return result.findings();
    }

    private static ClauseFinding only(String text) {
        List<ClauseFinding> findings = read(text);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static ClauseFinding ofKind(List<ClauseFinding> findings, ExpectationKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + findings));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO/IEC 27001", "ISO 27001:2022", "ISO27001", "ISO-27001", "DIN EN ISO/IEC 27001", "[ISO] 27001"})
    void everySpellingOfIso27001WithACertificateIsCertification(String spelling) {
        ClauseFinding f = only("Supplier shall hold a certificate under " + spelling + " for its data centres.");
        assertThat(f.kind()).isEqualTo(ISO_27001_CERTIFICATION);
        assertThat(f.triggers()).containsExactly("NR-1");
        assertThat(f.matched()).contains(spelling).contains("certificate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"certified to", "accredited for", "certification under"})
    void certificationWordsMakeItCertification(String words) {
        assertThat(only("Supplier shall be " + words + " ISO/IEC 27001.").kind()).isEqualTo(ISO_27001_CERTIFICATION);
    }

    /** A certification word that points ahead ("Zertifizierung nach", "certified according to") is of the standard after it. */
    @Test
    void certificationPointingAheadIsOfTheStandardAfterIt() {
        List<ClauseFinding> de = read("Vor der Inbetriebnahme ist die Umsetzung des IT-Sicherheitskonzepts durch eine Zertifizierung nach dem "
                + "Standard \u201eISO 27001 auf der Basis von IT-Grundschutz\u201c nachzuweisen.");
        assertThat(de).extracting(ClauseFinding::kind).containsExactly(OTHER_ASSURANCE, ISO_27001_CERTIFICATION);
        List<ClauseFinding> en = read("The Supplier shall have its security concept certified according to the standard ISO/IEC 27001.");
        assertThat(en).extracting(ClauseFinding::kind).containsExactly(OTHER_ASSURANCE, ISO_27001_CERTIFICATION);
    }

    /** A certification word before a list ("certified to ISO 9001 and ISO/IEC 27001") is of every standard in it; "obtain ISO 27001" is its certificate. */
    @Test
    void certificationBeforeAListIsOfEveryStandardInIt() {
        assertThat(ofKind(read("Supplier shall be certified to ISO 9001 and ISO/IEC 27001."), ISO_27001_CERTIFICATION).reading())
                .isEqualTo(Reading.BINDING);
        assertThat(ofKind(read("Vorzulegen sind Nachweise der Zertifizierungen nach ISO 9001:2008 und ISO/IEC 27001:2005."), ISO_27001_CERTIFICATION)
                .matched()).contains("27001");
        assertThat(only("All operators shall obtain ISO 27001 within one year.").kind()).isEqualTo(ISO_27001_CERTIFICATION);
    }

    /** Lists of options: "at least one of the following", "bzw.", BSI standards 200-1 to 200-3 or BSI 100-2 offered in its place. */
    @ParameterizedTest
    @ValueSource(strings = {"The Bidder shall hold at least one of the following certifications: ISO 9001, ISO 27001.",
            "Der Anbieter muss mindestens eine der folgenden Zertifizierungen nachweisen: ISO 9001, ISO 27001.",
            "Der Auftragnehmer muss die Einhaltung von ISO 27001 bzw. IT-Grundschutz gewährleisten.",
            "Die BSI-Standards 200-1, 200-2 und 200-3 oder die Vorgaben der ISO/IEC 27001 MÜSSEN umgesetzt werden.",
            "All entities must have a certified Information Security Management System according to [BSI100-2] or [ISO27001]."})
    void optionListsIncludingIso27001AreIso27001OrEquivalent(String text) {
        ClauseFinding f = ofKind(read(text), ISO_27001_OR_EQUIVALENT);
        assertThat(f.reading()).isEqualTo(Reading.BINDING);
    }

    /** "that may", "which can": a modal verb of a relative clause says what its noun may do, not what the sentence allows. */
    @ParameterizedTest
    @ValueSource(strings = {"The Supplier shall inform the Customer of changes in its ISMS that may affect the certificate.",
            "Der Auftragnehmer muss den Auftraggeber über Änderungen seines ISMS informieren, die Auswirkungen haben können."})
    void aModalVerbOfARelativeClauseIsNotTheSentencesModality(String text) {
        ClauseFinding f = only(text);
        assertThat(f.modality()).isEqualTo(Modality.OBLIGATION);
        assertThat(f.reading()).isEqualTo(Reading.BINDING);
    }

    /** The other party named before a demand ("requires", "verlangt") is the one who demands, not the one obliged. */
    @Test
    void theOtherPartyThatDemandsIsNotThePartyObliged() {
        ClauseFinding en = only("The Customer requires the Supplier to hold a valid ISO/IEC 27001 certificate.");
        assertThat(en.reading()).isEqualTo(Reading.BINDING);
        assertThat(en.obligedParty()).isEqualTo(ObligedParty.US);
        ClauseFinding de = only("Der Auftraggeber verlangt vom Auftragnehmer ein gültiges Zertifikat nach ISO/IEC 27001.");
        assertThat(de.reading()).isEqualTo(Reading.BINDING);
        assertThat(de.explanation()).contains("no other party is named as the one obliged");
        // demanded with no party named: still of the organisation, never the demanding party's own duty
        assertThat(only("The Customer requires ISO 27001 certification.").reading()).isEqualTo(Reading.BINDING);
        // demanded of someone else: not read as the organisation's own duty without a person's reading
        assertThat(only("Customer requires its subcontractors to hold ISO 27001 certificates.").reading()).isEqualTo(Reading.UNCLEAR);
        // a duty the other party takes on itself still is not the organisation's
        assertThat(only("The Customer shall maintain its ISO/IEC 27001 certification.").reading()).isEqualTo(Reading.NOT_BINDING);
    }

    @Test
    void iso27001WithoutCertificationWordsAsksForTheIsms() {
        ClauseFinding f = only("Supplier shall comply with ISO/IEC 27001.");
        assertThat(f.kind()).isEqualTo(ISMS_EVIDENCE);
        assertThat(f.triggers()).containsExactly("NR-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"or equivalent", "or a comparable certification", "or another recognised standard", "oder gleichwertig"})
    void equivalenceIsStillBinding(String equivalence) {
        ClauseFinding f = only("Supplier shall be certified to ISO/IEC 27001 " + equivalence + ".");
        assertThat(f.kind()).isEqualTo(ISO_27001_OR_EQUIVALENT);
        assertThat(f.acceptsIec62443()).isFalse();
        assertThat(f.triggers()).containsExactly("NR-1");
    }

    @Test
    void iec62443AsAlternativeIsAcceptedAndDoesNotTrigger() {
        List<ClauseFinding> findings = read("Supplier shall be certified to either ISO/IEC 27001 or IEC 62443-2-1.");
        ClauseFinding iso = ofKind(findings, ISO_27001_OR_EQUIVALENT);
        ClauseFinding iec = ofKind(findings, IEC_62443);
        assertThat(iso.acceptsIec62443()).isTrue();
        assertThat(iso.triggers()).isEmpty();
        assertThat(iso.matched()).isEqualTo("certified to either ISO/IEC 27001 or IEC 62443-2-1");
        assertThat(iec.iec62443Part()).isEqualTo("2-1");
        assertThat(iec.acceptsIec62443()).isTrue();
    }

    @Test
    void iec62443InAdditionIsNoAlternative() {
        List<ClauseFinding> findings = read("Supplier shall be certified to ISO/IEC 27001 and shall additionally meet IEC 62443-2-4.");
        assertThat(ofKind(findings, ISO_27001_CERTIFICATION).triggers()).containsExactly("NR-1");
        assertThat(ofKind(findings, IEC_62443).acceptsIec62443()).isFalse();
    }

    @Test
    void iec62443RejectedAsEquivalentKeepsTheClauseBinding() {
        List<ClauseFinding> findings = read("Supplier shall hold ISO 27001 certification or equivalent; IEC 62443 alone is not sufficient.");
        assertThat(ofKind(findings, ISO_27001_OR_EQUIVALENT).triggers()).containsExactly("NR-1");
        assertThat(ofKind(findings, IEC_62443).negated()).isTrue();
    }

    @Test
    void acceptanceInALaterSentenceCoversTheWholeClause() {
        List<ClauseFinding> findings = read("Supplier shall be certified to ISO 27001. Certification to IEC 62443-2-1 is also accepted.");
        assertThat(ofKind(findings, ISO_27001_OR_EQUIVALENT).acceptsIec62443()).isTrue();
        assertThat(findings).allSatisfy(f -> assertThat(f.triggers()).isEmpty());
    }

    @Test
    void acceptanceLimitedByAConditionKeepsTheClauseBinding() {
        List<ClauseFinding> limited = read("Supplier shall hold ISO/IEC 27001 certification; for sites outside the EU, IEC 62443-2-1 certification is also accepted.");
        ClauseFinding iso = ofKind(limited, ISO_27001_OR_EQUIVALENT);
        assertThat(iso.triggers()).containsExactly("NR-1");
        assertThat(iso.reading()).isEqualTo(Reading.BINDING);
        assertThat(iso.explanation()).contains("IEC 62443 accepted only for sites outside the EU");
        assertThat(limited).noneMatch(ClauseFinding::acceptsIec62443);

        List<ClauseFinding> wholeObligation = read("Where Supplier runs plant networks, it shall be certified to either ISO/IEC 27001 or IEC 62443-2-4.");
        assertThat(ofKind(wholeObligation, ISO_27001_OR_EQUIVALENT).acceptsIec62443()).isTrue();
        assertThat(wholeObligation).allSatisfy(f -> assertThat(f.triggers()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ISO/IEC 27001 certification is not required.",
            "Supplier need not hold an ISO 27001 certificate.",
            "The ISO 27001 certification requirement does not apply where Supplier supplies hardware only.",
            "Ein Zertifikat nach ISO/IEC 27001 ist nicht erforderlich.",
            "Der Auftragnehmer muss nicht nach ISO 27001 zertifiziert sein."})
    void negationsAndExceptionsDoNotTrigger(String text) {
        ClauseFinding f = only(text);
        assertThat(f.kind()).isEqualTo(ISO_27001_CERTIFICATION);
        assertThat(f.negated()).isTrue();
        assertThat(f.triggers()).isEmpty();
        assertThat(f.matched()).containsAnyOf("not", "nicht");
    }

    @Test
    void negationOfAnotherStandardLeavesIso27001Binding() {
        List<ClauseFinding> findings = read("Supplier shall be ISO/IEC 27001 certified; a SOC 2 report is not required.");
        assertThat(ofKind(findings, ISO_27001_CERTIFICATION).negated()).isFalse();
        assertThat(ofKind(findings, ISO_27001_CERTIFICATION).triggers()).containsExactly("NR-1");
        assertThat(ofKind(findings, OTHER_ASSURANCE).negated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Supplier shall operate an information security management system.",
            "Der Betreiber hat ein Informationssicherheits-Managementsystem zu betreiben.",
            "Der Lieferant muss ein Informationssicherheitsmanagement nachweisen.",
            "Supplier shall provide its Statement of Applicability on request."})
    void obligationsNeedingAnIsmsWithoutNamingIsoTrigger(String text) {
        ClauseFinding f = only(text);
        assertThat(f.kind()).isEqualTo(ISMS_EVIDENCE);
        assertThat(f.triggers()).containsExactly("NR-1");
    }

    @Test
    void cyberSecurityManagementSystemOfIec62443IsNoIsms() {
        ClauseFinding f = only("Supplier's cyber security management system shall conform to IEC 62443-2-1.");
        assertThat(f.kind()).isEqualTo(IEC_62443);
        assertThat(f.triggers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SL 2|SL 2", "SL-T 2|SL-T 2", "SL-C 3|SL-C 3", "ML2|ML 2", "maturity level 3|ML 3", "Security Level 1|SL 1"})
    void iec62443PartsAndLevelsAreNamed(String wordsAndLabel) {
        String[] parts = wordsAndLabel.split("\\|");
        ClauseFinding f = only("The integrator shall meet IEC 62443-2-4 at " + parts[0] + " for all plant services.");
        assertThat(f.kind()).isEqualTo(IEC_62443);
        assertThat(f.iec62443Part()).isEqualTo("2-4");
        assertThat(f.securityLevel()).isEqualTo(parts[1]);
        assertThat(f.matched()).isEqualTo("IEC 62443-2-4 at " + parts[0]);
    }

    @Test
    void eachIec62443PartIsItsOwnFindingWithItsOwnLevel() {
        List<ClauseFinding> findings = read("Develop under IEC 62443-4-1 and meet IEC 62443-4-2 for SL-T 2.");
        assertThat(findings).extracting(ClauseFinding::iec62443Part).containsExactly("4-1", "4-2");
        assertThat(findings).extracting(ClauseFinding::securityLevel).containsExactly(null, "SL-T 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOC 2 Type II report", "TISAX label", "CMMC Level 2 certification", "BSI C5 attestation", "PCI DSS compliance",
            "Service Organization Control (SOC) 2 report", "Cybersecurity Maturity Model Certification", "VDA Information Security Assessment",
            "assessment at TISAX level Info Very High", "attestation against the C5 catalogue", "written information security program",
            "Security Management Plan", "Informationssicherheitskonzept"})
    void otherAssuranceSchemesAreOtherAssurance(String scheme) {
        ClauseFinding f = only("Supplier shall provide a current " + scheme + ".");
        assertThat(f.kind()).isEqualTo(OTHER_ASSURANCE);
        assertThat(f.triggers()).isEmpty();
    }

    @Test
    void iso27001OnTheBasisOfItGrundschutzIsOneIso27001Certificate() {
        ClauseFinding f = only("Der Auftragnehmer ist nach ISO/IEC 27001 auf Basis von IT-Grundschutz zertifiziert.");
        assertThat(f.kind()).isEqualTo(ISO_27001_CERTIFICATION);
        assertThat(f.matched()).startsWith("ISO/IEC 27001 auf Basis von IT-Grundschutz");
        // IT-Grundschutz offered as an option next to ISO 27001 makes it one option among others, read with it.
        assertThat(read("Der Bieter muss nach BSI IT-Grundschutz oder ISO/IEC 27001 zertifiziert sein."))
                .extracting(ClauseFinding::kind).containsExactly(ISO_27001_OR_EQUIVALENT);
        // On its own, IT-Grundschutz (an ISMS by the BSI's standards 200-1 and 200-2) under a duty is an open question.
        ClauseFinding alone = only("Beim Betrieb des Systems ist der BSI IT-Grundschutz einzuhalten.");
        assertThat(alone.reading()).isEqualTo(Reading.UNCLEAR);
        assertThat(alone.kind()).isEqualTo(ISMS_EVIDENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO 9001", "ISO 14001", "DIN EN ISO 13485", "ISO/IEC 27002", "IATF 16949"})
    void unrelatedStandardsRequireNothingAndAreQuoted(String standard) {
        ClauseFinding f = only("Supplier shall hold a certificate under " + standard + ".");
        assertThat(f.kind()).isEqualTo(NONE);
        assertThat(f.triggers()).isEmpty();
        assertThat(f.matched()).isEqualTo(standard);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Customer holds ISO/IEC 27001 certification for its own data centres.",
            "Annex 4 follows the structure of ISO/IEC 27001 Annex A for ease of reference only.",
            "Supplier is encouraged to obtain ISO/IEC 27001 certification.",
            "Der Auftraggeber ist selbst nach ISO/IEC 27001 zertifiziert."})
    void backgroundMentionsRequireNothing(String text) {
        ClauseFinding f = only(text);
        assertThat(f.reading()).isEqualTo(Reading.NOT_BINDING);
        assertThat(f.triggers()).isEmpty();
        assertThat(f.matched()).contains("27001");
    }

    @Test
    void aClauseWithoutAnyStandardRequiresNothingAndQuotesNothing() {
        ClauseFinding f = only("Supplier shall notify Customer of security incidents within 24 hours.");
        assertThat(f.kind()).isEqualTo(NONE);
        assertThat(f.span()).isNull();
        assertThat(f.matched()).isNull();
    }

    @Test
    void findingsCarryTheClauseIdentityAndComeInTextOrder() {
        List<ClauseFinding> findings = read("Supplier shall provide a SOC 2 Type II report and shall be ISO/IEC 27001 certified.");
        assertThat(findings).extracting(ClauseFinding::kind).containsExactly(OTHER_ASSURANCE, ISO_27001_CERTIFICATION);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.clauseId()).isEqualTo("T-1");
            assertThat(f.party()).isEqualTo("Test Customer GmbH");
        });
    }

    @Test
    void spansCountUtf16UnitsAndQuoteTheOriginalCharacters() {
        // An emoji (two UTF-16 units), a no-break space and a non-breaking hyphen before and inside the mention.
        String text = "\uD83D\uDD12 Supplier shall hold an ISO/IEC\u00A027001 certificate and meet IEC 62443\u20112\u20114.";
        List<ClauseFinding> findings = read(text);
        assertThat(findings).hasSize(2);
        for (ClauseFinding f : findings) {
            assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.matched());
        }
        assertThat(findings.get(0).matched()).isEqualTo("ISO/IEC\u00A027001 certificate");
        assertThat(findings.get(1).iec62443Part()).isEqualTo("2-4");
    }

    /** A soft hyphen or zero-width joiner shows nothing: the word is read without it and quoted with it, as written. */
    @Test
    void invisibleCharactersInsideAWordAreReadAsIfAbsent() {
        String text = "Der Lieferant muss ein Informa\u00ADtionssicherheits\u200Dmanagementsystem nach ISO\u00AD27001 betreiben.";
        List<ClauseFinding> findings = read(text);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.reading()).isEqualTo(Reading.BINDING);
            assertThat(f.matched()).startsWith("Informa\u00ADtionssicherheits\u200Dmanagementsystem").endsWith("ISO\u00AD27001");
            assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.matched());
        });
    }

    @Test
    void sameRequirementTwiceInOneClauseIsOneFindingQuotedWhereFirstSaid() {
        List<ClauseFinding> findings = read("Supplier shall be ISO 27001 certified. The ISO 27001 certificate shall cover all sites.");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).span().start()).isEqualTo("Supplier shall be ".length());
    }
}
