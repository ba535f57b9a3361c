package dev.ismsdecider.rules;

import dev.ismsdecider.TestEngine;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.clauses.Modality;
import dev.ismsdecider.clauses.ObligedParty;
import dev.ismsdecider.clauses.Reading;
import dev.ismsdecider.profile.ClauseRole;
import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule of {@code rules/reading.drl}, named after it, each with the reading phenomenon in
 * English and in German: the clause as a contract team pastes it, the reading the rules give it, and the
 * words of the explanation that say why.
 */
class ReadingRulesTests {

    private static final ClauseChecker CHECKER = TestEngine.engine().clauseChecker();

    /** The findings of clauses read together as one contract, in clause and text order. */
    private static List<ClauseFinding> read(String... texts) {
        return read(PartyKind.CUSTOMER, texts);
    }

    private static List<ClauseFinding> read(PartyKind partyKind, String... texts) {
        List<ContractClause> clauses = Arrays.stream(texts)
                .map(t -> new ContractClause("C-" + t.length(), "Big Pharma Inc.", partyKind, t)).toList();
        return CHECKER.check(clauses).clauseFindings();
    }

    /** The finding of the ISO 27001 / ISMS mention of a one-clause contract of a customer. */
    private static ClauseFinding isms(String text) {
        return isms(PartyKind.CUSTOMER, text);
    }

    private static ClauseFinding isms(PartyKind partyKind, String text) {
        return read(partyKind, text).stream().filter(f -> f.kind() != ExpectationKind.IEC_62443 && f.kind() != ExpectationKind.OTHER_ASSURANCE)
                .findFirst().orElseThrow(() -> new AssertionError("no ISO 27001 finding in " + read(partyKind, text)));
    }

    private static void assertReading(String text, Reading reading, String because) {
        assertReading(PartyKind.CUSTOMER, text, reading, because);
    }

    private static void assertReading(PartyKind partyKind, String text, Reading reading, String because) {
        ClauseFinding f = isms(partyKind, text);
        assertThat(f.reading()).as(text).isEqualTo(reading);
        assertThat(f.triggers()).as(text).isEqualTo(reading == Reading.BINDING ? List.of("NR-1") : List.of());
        assertThat(f.explanation()).as(text).contains(because);
    }

    // ---------------------------------------------------------------- reasons a mention does not bind

    @Test
    void mentionIsADefinition() {
        assertReading("\"ISO 27001\" means the international standard ISO/IEC 27001:2022 for information security management systems.",
                Reading.NOT_BINDING, "defines a term");
        assertReading("\"ISMS\" bezeichnet ein Informationssicherheits-Managementsystem nach ISO/IEC 27001.",
                Reading.NOT_BINDING, "defines a term");
    }

    @Test
    void mentionIsNegated() {
        assertReading("An ISO 27001 certificate is no prerequisite for the award of this contract.", Reading.NOT_BINDING, "negates it");
        assertReading("This agreement does not mandate any particular standard such as ISO/IEC 27001.", Reading.NOT_BINDING, "negates it");
        assertReading("Ein Zertifikat nach ISO/IEC 27001 ist keine Voraussetzung für die Teilnahme.", Reading.NOT_BINDING, "negates it");
        assertReading("Für die Herausgeber besteht keine Notwendigkeit, eine Zertifizierung nach ISO 27001 vorzuweisen.", Reading.NOT_BINDING,
                "negates it");
        assertReading(PartyKind.REGULATOR, "Whilst we don't require operators to become certified to ISO 27001, many have opted to do so.",
                Reading.NOT_BINDING, "negates it");
        // "neither … nor … is required" negates both.
        assertReading("Neither a separate ISO 27001 certificate nor a BSI IT-Grundschutz certificate is required.", Reading.NOT_BINDING,
                "negates it");
        assertReading("Weder ein ISO 27001-Zertifikat noch ein IT-Grundschutz-Testat ist erforderlich.", Reading.NOT_BINDING, "negates it");
    }

    @Test
    void mentionIsOnlyTheCondition() {
        assertReading("If the Supplier is ISO 27001 certified, no further audit by the Customer is needed.", Reading.NOT_BINDING,
                "only the condition");
        assertReading("Sofern der Lieferant nach ISO 27001 zertifiziert ist, entfällt das Lieferantenaudit.", Reading.NOT_BINDING,
                "only the condition");
        // A presumption: who holds the certificate is deemed to comply.
        assertReading("Vendors that maintain a current ISO 27001 certification shall be deemed to comply with the security requirements above.",
                Reading.NOT_BINDING, "only the condition");
        // The certificate as the goal of a procedure: what its issuer requires before issuing it, not a duty to seek it.
        assertReading(PartyKind.REGULATOR, "Für die Vergabe eines ISO 27001-Zertifikats muss dieser Auditbericht dem BSI vorgelegt werden.",
                Reading.NOT_BINDING, "only the condition");
        assertReading(PartyKind.REGULATOR, "Before an ISO 27001 certificate is issued an audit of the information domain must be performed.",
                Reading.NOT_BINDING, "only the condition");
        // Not so where the award is the contract's and the certificate what must be shown for it.
        assertReading("Before the contract is awarded, the Bidder must submit its ISO 27001 certificate.", Reading.BINDING, "'must'");
        assertReading("Für die Vergabe des Auftrags muss der Bieter ein ISO 27001-Zertifikat vorlegen.", Reading.BINDING, "'muss'");
    }

    @Test
    void mentionAsksForReferencesOrAPersonsQualification() {
        assertReading("The Bidder shall submit three references of comparable projects on ISO 27001 implementation.",
                Reading.NOT_BINDING, "references of past work");
        assertReading("Der Projektleiter muss ein Zertifikat als ISO 27001 Lead Auditor besitzen.",
                Reading.NOT_BINDING, "a person's qualification");
        assertReading("The Bidder shall name two ISO 27001 LA/LI certification holders as permanent employees.",
                Reading.NOT_BINDING, "a person's qualification");
        assertReading("Der Bieter muss zwei als Auditteamleiter durchgeführte Audits für ISO 27001-Zertifikate nachweisen.",
                Reading.NOT_BINDING, "a person's qualification");
    }

    @Test
    void mentionIsTheSubjectOfServices() {
        assertReading("REQUEST FOR PROPOSAL (RFP) FOR SELECTION OF CONSULTANT FOR IT RISK ASSESSMENT AND ISO27001 CONSULTANCY SERVICES",
                Reading.NOT_BINDING, "services concerning the standard");
        assertReading("Der Auftragnehmer erbringt Beratungsleistungen zur Einführung eines ISMS nach ISO/IEC 27001 beim Auftraggeber.",
                Reading.NOT_BINDING, "services concerning the standard");
        assertReading("REQUEST FOR PROPOSAL FOR ENGAGING AGENCY FOR ISO 27001 Certification", Reading.NOT_BINDING, "services concerning the standard");
        assertReading("- Aktive Begleitung einer Auditierung nach ISO/IEC 27001", Reading.NOT_BINDING, "services concerning the standard");
        // Services delivered under the standard are something else: the organisation's own ISMS is asked for.
        assertReading("The Supplier shall deliver all services under an ISMS certified to ISO/IEC 27001.", Reading.BINDING, "Obligation on");
    }

    @Test
    void mentionNamesTheOtherPartysOwnIsms() {
        assertReading("The Supplier shall be integrated into the Customer's ISMS for all services it provides on site.",
                Reading.NOT_BINDING, "'ISMS' is the other party's own");
        assertReading("Beim Outsourcing muss der Provider in das ISMS des Kunden wirksam eingebunden werden.",
                Reading.NOT_BINDING, "'ISMS' is the other party's own");
        // The organisation's own ISMS, named the same way, is still the organisation's.
        assertReading("The Supplier shall submit the Supplier's ISMS scope statement each year.", Reading.BINDING, "Obligation on");
    }

    @Test
    void mentionObligesAnotherParty() {
        assertReading("The Customer shall maintain its ISO/IEC 27001 certification for its own data centres.", Reading.NOT_BINDING,
                "the duty is on 'Customer'");
        assertReading("Der Auftraggeber hat ein ISMS nach ISO 27001 zu betreiben.", Reading.NOT_BINDING, "the duty is on 'Auftraggeber'");
    }

    @Test
    void mentionIsNoDuty() {
        assertReading("Our security programme is based on ISO/IEC 27001.", Reading.NOT_BINDING, "describes rather than obliges");
        assertReading("The Supplier should obtain ISO 27001 certification.", Reading.NOT_BINDING, "recommends rather than obliges");
        assertReading("Unsere Informationssicherheit orientiert sich an ISO/IEC 27001.", Reading.NOT_BINDING, "describes rather than obliges");
        // What others in general demand, or what a party invokes, is a description too.
        assertReading("Some OEMs also require further information security certifications, for example based on ISO 27001.",
                Reading.NOT_BINDING, "describes rather than obliges");
        assertReading("Viele Kunden verlangen inzwischen von ihren Lieferanten ein ISO 27001-Zertifikat.", Reading.NOT_BINDING,
                "describes rather than obliges");
        assertReading("Der Dienstleister beruft sich auf seine ISO 27001 Zertifizierung.", Reading.NOT_BINDING, "describes rather than obliges");
        assertReading("The Standard Protection is compatible with ISO 27001 certification.", Reading.NOT_BINDING, "describes rather than obliges");
        // What can be shown, and what someone has done, is no duty: "hat" binds only as "hat … zu".
        assertReading(PartyKind.REGULATOR, "Das Vorhandensein lässt sich durch ein Zertifikat nach ISO/IEC 27001 nachweisen.", Reading.NOT_BINDING,
                "allows rather than obliges");
        assertReading(PartyKind.REGULATOR, "Es SOLLTE sichergestellt werden, dass der Dienstleister ISO 27001 umgesetzt hat.", Reading.NOT_BINDING,
                "recommends rather than obliges");
        assertReading("Der Auftragnehmer hat ein nach ISO 27001 zertifiziertes ISMS zu betreiben.", Reading.BINDING, "'hat'");
    }

    @Test
    void mentionReportsWhatAThirdPartyDemands() {
        assertReading(PartyKind.OTHER, "So fordert der IT-Sicherheitskatalog die Implementierung eines ISMS.", Reading.NOT_BINDING,
                "reports what 'IT-Sicherheitskatalog' demands");
        assertReading(PartyKind.OTHER, "The legislator requires operators of essential services to run an information security management system.",
                Reading.NOT_BINDING, "reports what 'The legislator' demands");
        // The standard itself may be the one that demands, named after the verb as German allows.
        assertReading(PartyKind.OTHER, "Aufgrund ihrer Bedeutung fordert auch die ISO/IEC 27001 ein dokumentiertes ISMS.", Reading.NOT_BINDING,
                "reports what 'ISO/IEC 27001' demands");
        // The customer's own demand, even one made under a law, is no report.
        assertReading("Gemäß NIS2 fordert der Auftraggeber ein Zertifikat nach ISO 27001.", Reading.BINDING, "'fordert'");
        assertReading("The Customer requires ISO 27001 certification.", Reading.BINDING, "'requires'");
    }

    @Test
    void mentionReportsWhatAThirdPartyDemandsInARequirement() {
        assertReading(PartyKind.REGULATOR, "Die BAIT fordern ein angemessenes ISMS für alle Institute.", Reading.UNCLEAR, "reports what 'BAIT' demands");
        assertReading("NIS2 requires the Supplier to maintain an ISO 27001 certified ISMS.", Reading.UNCLEAR, "reports what 'NIS2' demands");
    }

    @Test
    void mentionAcceptsIec62443Instead() {
        assertReading("Supplier shall be certified to either ISO/IEC 27001 or IEC 62443-2-4.", Reading.NOT_BINDING,
                "accepts IEC 62443 in place of ISO 27001");
        assertReading("Der Auftragnehmer muss nach ISO/IEC 27001 oder nach IEC 62443-2-4 zertifiziert sein.", Reading.NOT_BINDING,
                "accepts IEC 62443 in place of ISO 27001");
    }

    @Test
    void mentionIsAStatementAboutTheStandard() {
        assertReading("ISO/IEC 27001 was last revised in 2022 and now lists 93 controls in its Annex A.",
                Reading.NOT_BINDING, "speaks of the standard");
        assertReading("Die Norm ISO/IEC 27001 enthält Vorgaben für ein Managementsystem zur Informationssicherheit.",
                Reading.NOT_BINDING, "speaks of the standard");
        // A party named after the standard is what the sentence speaks of, not one it obliges.
        assertReading(PartyKind.OTHER, "ISO/IEC 27001 emphasizes agreeing security requirements with suppliers in their agreements.",
                Reading.NOT_BINDING, "speaks of the standard");
        assertReading(PartyKind.OTHER, "Die ISO 27001 strukturiert die Zusammenarbeit mit Lieferanten und Dienstleistern.",
                Reading.NOT_BINDING, "speaks of the standard");
        // A short fragment may be an item of a list of requirements: it stays open.
        assertReading("- Zertifizierung nach ISO 27001", Reading.UNCLEAR, "no word says");
        // So does a sentence in a language the vocabulary does not cover: its duty may be in words it does not know.
        assertReading("Le Fournisseur doit détenir une certification ISO 27001 valable pour tous ses sites.", Reading.UNCLEAR, "no word says");
    }

    @Test
    void mentionIsAQuestionThatGoesOn() {
        assertReading("Are you able to deliver the services from a site certified to ISO/IEC 27001? Please confirm this with your certificates.",
                Reading.UNCLEAR, "the clause goes on");
        assertReading("Sind Sie in der Lage, die Leistungen an einem nach ISO 27001 zertifizierten Standort zu erbringen? "
                + "Bitte bestätigen Sie dies durch Vorlage der Zertifikate.", Reading.UNCLEAR, "the clause goes on");
    }

    @Test
    void mentionObligesStaff() {
        assertReading(PartyKind.REGULATOR, "All employees must be trained on the information security management system every year.",
                Reading.UNCLEAR, "the duty is on 'employees'");
        assertReading(PartyKind.REGULATOR, "Alle Mitarbeiter müssen in das ISMS eingebunden sein.", Reading.UNCLEAR, "the duty is on 'Mitarbeiter'");
        // A qualification of their own is something else (MentionAsksForReferencesOrAPersonsQualification).
        assertReading("Der Projektleiter muss ein Zertifikat als ISO 27001 Lead Auditor besitzen.", Reading.NOT_BINDING, "a person's qualification");
    }

    // ---------------------------------------------------------------- doubts that keep a mention open

    @Test
    void mentionDutyOnlyInTheFutureTense() {
        assertReading("The first step will be a risk assessment under ISO/IEC 27001 for all plants of the group.",
                Reading.UNCLEAR, "'will' may state a duty or only what is going to happen");
        assertReading("Für alle Werke wird ein ISMS nach ISO/IEC 27001 betrieben und jährlich überprüft.", Reading.UNCLEAR,
                "'wird' may state a duty or only what is going to happen");
        // Said of the organisation, the future tense is a promise.
        assertReading("The Supplier will maintain its ISO/IEC 27001 certification throughout the term.", Reading.BINDING, "Obligation on 'Supplier'");
        assertReading("Der Auftragnehmer wird während der Vertragslaufzeit ein ISMS nach ISO/IEC 27001 betreiben.", Reading.BINDING,
                "Obligation on 'Auftragnehmer'");
    }

    @Test
    void mentionImperativeFromSomeoneWhoSetsNoRequirements() {
        String item = "1. Provide certification of compliance with ISO 27001 prior to implementation of the system.";
        assertReading(PartyKind.OTHER, item, Reading.UNCLEAR, "'Provide' opens a requirement");
        assertReading(PartyKind.CUSTOMER, item, Reading.BINDING, "'Provide'");
        // German requirement lists put the duty in a noun ("Nachweis", "Vorlage"), read by MentionDutyWithoutParty.
        assertReading(PartyKind.OTHER, "- Vorlage eines Zertifikats nach ISO 27001 vor Beginn der Leistungen.", Reading.UNCLEAR,
                "no party of a contract is named");
        assertReading(PartyKind.CUSTOMER, "- Vorlage eines Zertifikats nach ISO 27001 vor Beginn der Leistungen.", Reading.BINDING,
                "'Vorlage eines'");
        // An imperative inside a sentence is no requirement of its own.
        assertThat(isms(PartyKind.CUSTOMER, "Suppliers that Hold ISO 27001 certificates are listed on the portal.").modality())
                .isNotEqualTo(Modality.OBLIGATION);
    }

    @Test
    void mentionRequiresAnIsmsAmongStandards() {
        assertReading("The Supplier shall include an information security management system consistent with standards such as "
                + "ISO/IEC 27001 or IEC 62443.", Reading.UNCLEAR, "IEC 62443 among the standards to follow");
        assertReading("Der Auftragnehmer muss Verfahren einführen, die anerkannten Standards wie z. B. ISO/IEC 27001 oder IEC 62443 entsprechen.",
                Reading.UNCLEAR, "IEC 62443 among the standards to follow");
    }

    @Test
    void mentionObligesOrganisationsInGeneral() {
        assertReading(PartyKind.REGULATOR, "Organisations handling health data must run an ISMS according to ISO 27001.", Reading.UNCLEAR,
                "whether the organisation is among them");
        assertReading(null, "Im Kern müssen teilnehmende Unternehmen ein ISMS nach ISO 27001 nachweisen.", Reading.UNCLEAR,
                "whether the organisation is among them");
        // From a commentator, it is a description of others' duties (MentionObligesAnotherParty).
        assertReading(PartyKind.OTHER, "Im Kern müssen teilnehmende Unternehmen ein ISMS nach ISO 27001 nachweisen.", Reading.NOT_BINDING,
                "the duty is on 'teilnehmende Unternehmen'");
    }

    @Test
    void mentionDutyAdmitsExceptions() {
        assertReading(PartyKind.REGULATOR, "Die Vorgehensweisen sollen den Anforderungen von [ISO] 27001:2006 sowie [GSHB] genügen.",
                Reading.UNCLEAR, "'sollen' is a duty that admits exceptions");
        assertReading("The Supplier shall, where reasonably practicable, maintain an ISMS certified to ISO/IEC 27001.",
                Reading.UNCLEAR, "is a duty that admits exceptions");
    }

    @Test
    void mentionIsInAQuestion() {
        assertReading("Does the supplier hold an ISO 27001 certificate?", Reading.NOT_BINDING, "is a question");
        assertReading("Verfügt der Lieferant über ein Zertifikat nach ISO 27001?", Reading.NOT_BINDING, "is a question");
    }

    @Test
    void mentionIsInARecital() {
        // "WHEREAS" is no "where": the recital is the reason, not a condition.
        assertThat(isms("WHEREAS, both Parties value ISO/IEC 27001.").explanation()).doesNotContain("condition");
        assertReading("WHEREAS, both Parties recognize the importance of controls consistent with ISO/IEC 27001:2022.",
                Reading.NOT_BINDING, "recital");
        assertReading("In Erwägung, dass der Auftragnehmer ein nach ISO/IEC 27001 zertifiziertes ISMS betreibt, vereinbaren die Parteien:",
                Reading.NOT_BINDING, "recital");
        // A document reader that finds a recital says so by the clause's role.
        ClauseFinding f = CHECKER.check(List.of(new ContractClause("R-1", "Big Pharma Inc.", PartyKind.CUSTOMER,
                "The Supplier holds an ISO/IEC 27001 certificate for all sites.", ClauseRole.RECITAL))).clauseFindings().get(0);
        assertThat(f.reading()).isEqualTo(Reading.NOT_BINDING);
        assertThat(f.explanation()).contains("recital");
    }

    @Test
    void mentionDutyWithoutParty() {
        assertReading(PartyKind.OTHER, "Organisations handling health data must run an ISMS according to ISO 27001.", Reading.NOT_BINDING,
                "the duty is on 'Organisations'");
        // From someone who sets no requirements on the organisation (or from no one said), who is obliged is open ...
        assertReading(PartyKind.OTHER, "Im Kern muss ein nach ISO 27001 zertifiziertes ISMS nachgewiesen werden.", Reading.UNCLEAR,
                "no party of a contract is named");
        assertReading(null, "An ISO 27001 certificate must be held for all sites.", Reading.UNCLEAR, "no party of a contract is named");
        // ... from a customer, prime, regulator or insurer, the duty is the organisation's.
        assertReading(PartyKind.REGULATOR, "Im Kern muss ein nach ISO 27001 zertifiziertes ISMS nachgewiesen werden.", Reading.BINDING,
                "a regulator's requirement that names no one else");
        assertReading(PartyKind.CUSTOMER, "An ISO 27001 certificate must be held for all sites.", Reading.BINDING,
                "a customer's requirement that names no one else");
    }

    @Test
    void mentionGrantsAnAuditRight() {
        assertReading("The Customer has the right to audit the Supplier's ISMS once a year.", Reading.UNCLEAR, "audit right");
        assertReading("Der Auftraggeber hat ein Auditrecht bezüglich des ISMS des Auftragnehmers.", Reading.UNCLEAR, "audit right");
        // So does a right to ask for evidence of it.
        assertReading("The Customer may at any time request evidence of the Supplier's ISO/IEC 27001 certification.", Reading.UNCLEAR,
                "a right to ask for evidence");
        assertReading(PartyKind.REGULATOR, "Das Bundesinstitut kann ab dem 1. April 2022 zudem die Vorlage eines Nachweises über ein "
                + "Informationssicherheitsmanagement verlangen.", Reading.UNCLEAR, "a right to ask for evidence");
    }

    @Test
    void mentionModalityUnknown() {
        assertReading("Information security: ISO/IEC 27001 certificate of the supplier.", Reading.UNCLEAR, "no word says");
        assertReading("Informationssicherheit: ISO/IEC 27001-Zertifikat des Lieferanten.", Reading.UNCLEAR, "no word says");
    }

    @Test
    void mentionObligesSubcontractors() {
        assertReading("The Supplier shall ensure that its subcontractors hold ISO 27001 certificates.", Reading.UNCLEAR,
                "'its subcontractors'");
        assertReading("Der Auftragnehmer stellt sicher, dass seine Unterauftragnehmer nach ISO 27001 zertifiziert sind.", Reading.UNCLEAR,
                "'seine Unterauftragnehmer'");
    }

    @Test
    void clausesContradictOnCertification() {
        List<ClauseFinding> contract = read("Supplier shall hold a valid ISO/IEC 27001 certificate.",
                "ISO 27001 certification of the Supplier is not required.");
        assertThat(contract).hasSize(2).allSatisfy(f -> {
            assertThat(f.reading()).isEqualTo(Reading.UNCLEAR);
            assertThat(f.triggers()).isEmpty();
        });
        assertThat(contract.get(0).explanation()).contains("says certification is not required");
        assertThat(contract.get(1).explanation()).contains("requires the certificate");
        // Read apart, each clause is clear: the contradiction comes from reading them together.
        assertThat(isms("Supplier shall hold a valid ISO/IEC 27001 certificate.").reading()).isEqualTo(Reading.BINDING);
    }

    @Test
    void mentionConditionsARemedyOfTheCustomer() {
        assertReading("Customer may terminate this Agreement if Supplier loses its ISO/IEC 27001 certification.", Reading.UNCLEAR,
                "may imply a duty to keep the certificate");
        assertReading("Der Auftraggeber kann den Vertrag kündigen, wenn der Auftragnehmer sein ISO 27001-Zertifikat verliert.",
                Reading.UNCLEAR, "may imply a duty to keep the certificate");
    }

    @Test
    void mentionStatedOfNoOneNamed() {
        assertReading("The service processes comply with the requirements of ISO/IEC 27001 in the sense of an ISMS.", Reading.UNCLEAR,
                "states a fact without naming whose it is");
        assertReading("Die eingesetzten Systeme sind nach ISO/IEC 27001 zertifiziert.", Reading.UNCLEAR, "states a fact without naming whose it is");
        // Someone else's, named by a possessive, is a description of someone else (MentionIsNoDuty).
        assertReading("Supplier's parent company is certified to ISO/IEC 27001.", Reading.NOT_BINDING, "describes rather than obliges");
    }

    @Test
    void mentionRefersToStandardsNamedElsewhere() {
        assertThat(read("The Processor will not use third party data centres that do not maintain the aforementioned certifications."))
                .singleElement().satisfies(f -> {
                    assertThat(f.reading()).isEqualTo(Reading.UNCLEAR);
                    assertThat(f.explanation()).contains("refers to standards named elsewhere");
                });
        assertThat(read("Der Auftragnehmer hält die vorgenannten Zertifikate während der gesamten Vertragslaufzeit aufrecht."))
                .singleElement().satisfies(f -> assertThat(f.reading()).isEqualTo(Reading.UNCLEAR));
        // "the certification" of a sentence that names no standard is one named elsewhere.
        assertThat(read("The scope of the certification covers all units and regions that operate the cloud service."))
                .singleElement().satisfies(f -> assertThat(f.reading()).isEqualTo(Reading.UNCLEAR));
        assertThat(read("Der Geltungsbereich der Zertifizierung umfasst alle Standorte des Auftragnehmers."))
                .singleElement().satisfies(f -> assertThat(f.reading()).isEqualTo(Reading.UNCLEAR));
        // Not so where the sentence names the standard itself, nor for the body that certifies.
        assertThat(read("The certification body shall audit the Supplier every year.")).singleElement()
                .satisfies(f -> assertThat(f.reading()).isEqualTo(Reading.NOT_BINDING));
    }

    @Test
    void mentionLackingHasAConsequence() {
        assertReading(PartyKind.REGULATOR, "A negative approval decision is made if no information security management system could be demonstrated.",
                Reading.UNCLEAR, "that may imply a duty to have it");
        assertReading("Der Vertrag endet, wenn der Auftragnehmer kein ISMS nach ISO 27001 mehr nachweist.", Reading.UNCLEAR,
                "that may imply a duty to have it");
        // A condition that a certificate is held, with a waiver as its consequence, does not bind (MentionIsOnlyTheCondition).
        assertReading("If the Supplier is ISO 27001 certified, no further audit by the Customer is needed.", Reading.NOT_BINDING,
                "only the condition");
    }

    // ---------------------------------------------------------------- one reading per mention

    @Test
    void mentionStatedOfTheOrganisation() {
        assertReading("Der Auftragnehmer ist nach ISO/IEC 27001 zertifiziert.", Reading.BINDING, "Stated of 'Auftragnehmer'");
        assertReading("Der Lieferant weist ein nach ISO 27001 zertifiziertes Managementsystem nach.", Reading.BINDING, "Stated of 'Lieferant'");
        assertReading("The Supplier maintains an information security management system certified to ISO/IEC 27001.", Reading.BINDING,
                "Stated of 'Supplier'");
        // A statement about someone else's certificate is not one about the organisation.
        assertReading("Supplier's parent company is certified to ISO/IEC 27001; Supplier itself is not.", Reading.NOT_BINDING, "describes");
    }

    @Test
    void mentionBindsTheOrganisation() {
        ClauseFinding en = isms("Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites.");
        assertThat(en.reading()).isEqualTo(Reading.BINDING);
        assertThat(en.kind()).isEqualTo(ExpectationKind.ISO_27001_CERTIFICATION);
        assertThat(en.modality()).isEqualTo(Modality.OBLIGATION);
        assertThat(en.obligedParty()).isEqualTo(ObligedParty.US);
        assertThat(en.explanation()).isEqualTo("Obligation on 'Supplier': 'shall' ... 'ISO/IEC 27001 certificate'; no alternative accepted.");
        // A place or time phrase naming the customer does not make the customer the one obliged.
        assertReading("The Supplier shall keep its ISO 27001 certificate valid for as long as the Customer runs the plant.",
                Reading.BINDING, "Obligation on 'Supplier'");
        assertReading("Der Auftragnehmer muss an jedem Standort, an dem der Auftraggeber produziert, ein ISMS nach ISO/IEC 27001 betreiben.",
                Reading.BINDING, "Obligation on 'Auftragnehmer'");
        // A duty of each of the parties is one of the organisation; a party named in an aside is no subject.
        assertReading("Each Controller will comply with ISO/IEC 27001:2013 in processing the Shared Data.", Reading.BINDING, "'Each Controller'");
        assertReading(PartyKind.REGULATOR, "Für mobile Endgeräte MÜSSEN die Bausteine SYS.2.1 (Allgemeiner Client) erfüllt oder vergleichbare "
                + "Maßnahmen nach [ISO27001] getroffen werden.", Reading.BINDING, "Obligation on the organisation");
        // A negation of something else leaves the duty standing.
        assertReading("The Supplier is not required to notify the Customer of minor changes, but shall keep the ISO 27001 certificate valid.",
                Reading.BINDING, "Obligation on");
    }

    @Test
    void mentionDoesNotBind() {
        ClauseFinding f = isms("Der Auftragnehmer muss nicht nach ISO 27001 zertifiziert sein.");
        assertThat(f.reading()).isEqualTo(Reading.NOT_BINDING);
        assertThat(f.negated()).isTrue();
        assertThat(f.explanation()).startsWith("Does not bind: ");
    }

    @Test
    void mentionIsUnclear() {
        ClauseFinding f = isms("ISO/IEC 27001 certificate of the supplier.");
        assertThat(f.reading()).isEqualTo(Reading.UNCLEAR);
        assertThat(f.explanation()).startsWith("Unclear: ");
    }

    @Test
    void mentionMayRequireAnIsms() {
        ClauseFinding en = isms("The Supplier shall maintain an information security management framework proportionate to the risk of the Services.");
        assertThat(en.reading()).isEqualTo(Reading.UNCLEAR);
        assertThat(en.kind()).isEqualTo(ExpectationKind.ISMS_EVIDENCE);
        assertThat(en.explanation()).contains("may be an ISMS by another name");
        assertReading(PartyKind.REGULATOR, "Die Institutionsleitung MUSS den Sicherheitsprozess initiieren und etablieren.", Reading.UNCLEAR,
                "'Sicherheitsprozess' may be an ISMS by another name");
        // So may one of its elements: a security policy, an information security officer.
        assertReading(PartyKind.REGULATOR, "Die Institutionsleitung MUSS eine übergeordnete Leitlinie zur Informationssicherheit verabschieden.",
                Reading.UNCLEAR, "may be an ISMS by another name");
        // A requirement-setter's sentence without a word of duty may state it as the state required.
        assertReading(PartyKind.REGULATOR, "The organization clarifies the boundaries and applicability of information security management.",
                Reading.UNCLEAR, "whether the sentence asks for one");
        assertReading(PartyKind.REGULATOR, "Der Geltungsbereich des Sicherheitsmanagements umfasst alle Standorte.", Reading.UNCLEAR,
                "whether the sentence asks for one");
        // Without a duty of the organisation it binds nobody.
        assertReading(PartyKind.REGULATOR, "Der Sicherheitsprozess des Auftraggebers wird jährlich überprüft und weiterentwickelt.",
                Reading.NOT_BINDING, "which may be an ISMS by another name, without a duty");
        assertReading(PartyKind.OTHER, "The organization clarifies the boundaries and applicability of information security management.",
                Reading.NOT_BINDING, "which may be an ISMS by another name, without a duty");
    }

    @Test
    void mentionNamesNoIsms() {
        assertThat(read("Supplier shall comply with IEC 62443-2-4.")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ExpectationKind.IEC_62443);
            assertThat(f.reading()).isEqualTo(Reading.NOT_BINDING);
            assertThat(f.explanation()).isEqualTo("Names IEC 62443-2-4, not ISO 27001 or an ISMS.");
        });
        assertThat(read("Der Lieferant muss ein TISAX-Label vorweisen.")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ExpectationKind.OTHER_ASSURANCE);
            assertThat(f.reading()).isEqualTo(Reading.NOT_BINDING);
        });
    }
}
