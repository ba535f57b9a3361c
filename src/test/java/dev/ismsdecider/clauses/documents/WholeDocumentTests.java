package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.TestEngine;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.Reading;
import dev.ismsdecider.profile.ClauseRole;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import dev.ismsdecider.profile.TextOrigin;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whole contracts, in English and German: numbered clauses with their numbers as ids, the role of each
 * paragraph, origins of PDF and DOCX text, DOCX table rows, PDF line breaks joined.
 */
class WholeDocumentTests {

    private static final ContractDocuments DOCUMENTS = new ContractDocuments(new ReadOptions("Motorworks AG", PartyKind.CUSTOMER, DocumentLimits.DEFAULT));

    private static List<ContractClause> text(String text) {
        return DOCUMENTS.read("contract.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ContractClause only(List<ContractClause> clauses, String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no clause " + id + " in " + clauses));
    }

    private static List<String> roles(List<ContractClause> clauses) {
        return clauses.stream().map(c -> c.id() + " " + c.role()).toList();
    }

    // 1. Numbered clauses

    @Test
    void numberedClausesBecomeOneClauseEachWithTheirNumberAsId() {
        List<ContractClause> clauses = text("""
                1. Supplier shall maintain an information security management system.

                1.1 Supplier shall hold a valid ISO/IEC 27001 certificate.

                14.2.3 Supplier shall renew the certificate before it expires.

                § 3 Abs. 2 Der Auftragnehmer weist die Zertifizierung nach ISO/IEC 27001 jährlich nach.

                § 3 (2) Der Auftragnehmer meldet Sicherheitsvorfälle unverzüglich.

                Anlage B Ziffer 4 Der Lieferant betreibt ein ISMS nach ISO/IEC 27001.

                Annex B clause 4 Supplier shall operate an ISMS.

                Art. 5 Der Auftragnehmer gewährt dem Auftraggeber ein Auditrecht.
                """);
        assertThat(clauses).extracting(ContractClause::id)
                .containsExactly("1", "1.1", "14.2.3", "§ 3 Abs. 2", "§ 3 (2)", "Anlage B Ziffer 4", "Annex B clause 4", "Art. 5");
        assertThat(only(clauses, "§ 3 Abs. 2").text()).isEqualTo("Der Auftragnehmer weist die Zertifizierung nach ISO/IEC 27001 jährlich nach.");
        assertThat(only(clauses, "Annex B clause 4").text()).isEqualTo("Supplier shall operate an ISMS.");
    }

    @Test
    void aNumberOnItsOwnLineIsTheNumberOfTheTextBelowIt() {
        List<ContractClause> clauses = text("""
                14.2
                Supplier shall hold a valid ISO/IEC 27001 certificate.

                § 7

                Der Auftragnehmer betreibt ein Informationssicherheits-Managementsystem.
                """);
        assertThat(clauses).extracting(c -> c.id() + ": " + c.text()).containsExactly(
                "14.2: Supplier shall hold a valid ISO/IEC 27001 certificate.",
                "§ 7: Der Auftragnehmer betreibt ein Informationssicherheits-Managementsystem.");

        List<ContractClause> pdf = DOCUMENTS.read("contract.pdf", ContractFiles.pdfLines(List.of(List.of(
                "3.1", "Supplier shall hold a valid ISO/IEC 27001 certificate.", "3.2", "Der Lieferant meldet Vorfälle binnen 24 Stunden."))));
        assertThat(pdf).extracting(ContractClause::id).containsExactly("3.1", "3.2");
        assertThat(pdf.get(1).text()).isEqualTo("Der Lieferant meldet Vorfälle binnen 24 Stunden.");
    }

    @Test
    void aYearAnAmountOrALawIsNoClauseNumber() {
        List<ContractClause> clauses = text("""
                2024 was the year the parties signed.

                24 hours after an incident Supplier shall report it.

                1.000 EUR sind als Vertragsstrafe verwirkt.

                3 Monate nach Vertragsbeginn legt der Auftragnehmer das Zertifikat vor.

                1. Januar 2026 ist der Stichtag.

                § 7 BDSG bleibt unberührt.

                Art. 28 DSGVO gilt für die Verarbeitung.

                Article 28 of the GDPR applies.

                100 Mitarbeiter des Auftragnehmers werden geschult.
                """);
        assertThat(clauses).extracting(ContractClause::id)
                .containsExactly("line 1", "line 3", "line 5", "line 7", "line 9", "line 11", "line 13", "line 15", "line 17");
        assertThat(clauses.get(2).text()).isEqualTo("1.000 EUR sind als Vertragsstrafe verwirkt.");
    }

    /** In a PDF a line starting with a reference ("Anlage B Ziffer 4 genannten", "14.2 of") goes on with the sentence above it. */
    @Test
    void aReferenceWrappedToTheStartOfAPdfLineOpensNoClause() {
        List<ContractClause> pdf = DOCUMENTS.read("vertrag.pdf", ContractFiles.pdfLines(List.of(List.of(
                "3.1 Der Auftragnehmer setzt die in",
                "Anlage B Ziffer 4 genannten Maßnahmen um.",
                "3.2 Supplier shall meet the requirements of clause",
                "14.2 of the Master Agreement.",
                "Anlage B Ziffer 5 Der Auftragnehmer betreibt ein ISMS."))));
        assertThat(pdf).extracting(c -> c.id() + ": " + c.text()).containsExactly(
                "3.1: Der Auftragnehmer setzt die in Anlage B Ziffer 4 genannten Maßnahmen um.",
                "3.2: Supplier shall meet the requirements of clause 14.2 of the Master Agreement.",
                "Anlage B Ziffer 5: Der Auftragnehmer betreibt ein ISMS.");
    }

    // 2. Roles

    @Test
    void headingsDefinitionsRecitalsAndBodyClausesAreGivenTheirRole() {
        List<ContractClause> clauses = text("""
                Recitals

                (A) The Customer operates pharmaceutical plants in Europe.

                Whereas the Supplier provides maintenance services for these plants.

                14 Information Security

                14.1 "ISO 27001" means the standard ISO/IEC 27001:2022.

                14.2 Supplier shall hold a valid ISO/IEC 27001 certificate.

                14.3 The term "Security Incident" shall mean any breach of confidentiality.
                """);
        assertThat(roles(clauses)).containsExactly(
                "line 1 RECITAL", "line 3 RECITAL", "line 5 RECITAL", "14 HEADING", "14.1 DEFINITION", "14.2 BODY", "14.3 DEFINITION");
    }

    @Test
    void germanUeberschriftenBegriffsbestimmungenUndVorbemerkungenErhaltenIhreRolle() {
        List<ContractClause> clauses = text("""
                Präambel

                Der Auftraggeber betreibt Produktionsanlagen in Bayern.

                § 7 Datenschutz

                § 7 Abs. 1 „ISMS“ bezeichnet ein Managementsystem für Informationssicherheit.

                § 7 Abs. 2 Ein Sicherheitsvorfall im Sinne dieses Vertrags ist jede Verletzung der Vertraulichkeit.

                § 7 Abs. 3 Der Auftragnehmer muss ein nach ISO/IEC 27001 zertifiziertes ISMS betreiben.

                Vorbemerkung: Die Parteien arbeiten seit 2019 zusammen.

                Im Sinne dieses Vertrags ist ein Standort jede Produktionsstätte des Auftraggebers.
                """);
        assertThat(roles(clauses)).containsExactly("line 1 RECITAL", "line 3 RECITAL", "§ 7 HEADING", "§ 7 Abs. 1 DEFINITION",
                "§ 7 Abs. 2 DEFINITION", "§ 7 Abs. 3 BODY", "line 13 RECITAL", "line 15 DEFINITION");
    }

    /** Under a recital heading a paragraph that obliges a party is no recital, and ends the recitals. */
    @Test
    void anObligationUnderARecitalHeadingIsABodyClause() {
        List<ContractClause> clauses = text("""
                Vorbemerkung

                Der Auftragnehmer muss ein ISMS nach ISO/IEC 27001 betreiben.

                The parties meet once a year.
                """);
        assertThat(clauses).extracting(ContractClause::role).containsExactly(ClauseRole.RECITAL, ClauseRole.BODY, ClauseRole.BODY);
    }

    /** The readers only name the role: a definition of "ISO 27001" or a heading is classified as the same words without it. */
    @Test
    void theRoleDecidesNothingInTheReading() {
        List<ContractClause> clauses = text("""
                1.1 "ISO 27001" means the standard ISO/IEC 27001:2022; Supplier shall be certified to it.

                1.2 „ISMS“ bezeichnet ein nach ISO/IEC 27001 zertifiziertes Managementsystem.

                ISO/IEC 27001 Certification
                """);
        assertThat(clauses).extracting(ContractClause::role).containsExactly(ClauseRole.DEFINITION, ClauseRole.DEFINITION, ClauseRole.HEADING);
        ClauseChecker checker = TestEngine.engine().clauseChecker();
        for (ContractClause clause : clauses) {
            ContractClause plain = new ContractClause(clause.id(), clause.party(), clause.partyKind(), clause.text());
            assertThat(checker.read(clause).findings()).isNotEmpty().isEqualTo(checker.read(plain).findings());
        }
        // The definition does not hide the duty that follows it in the same sentence.
        assertThat(checker.read(clauses.get(0)).findings()).anySatisfy(f -> assertThat(f.reading()).isEqualTo(Reading.BINDING));
    }

    @Test
    void jsonMayCarryTheRoleAndWithoutItTheRoleIsUnknown() {
        List<ContractClause> clauses = DOCUMENTS.read("clauses.json", """
                {"clauses": [{"id": "1", "text": "\\"ISO 27001\\" means ISO/IEC 27001:2022.", "role": "DEFINITION"},
                             {"id": "2", "text": "Supplier shall be ISO 27001 certified."}]}""".getBytes(StandardCharsets.UTF_8));
        assertThat(clauses).extracting(ContractClause::role).containsExactly(ClauseRole.DEFINITION, null);
        assertThat(clauses).allSatisfy(c -> assertThat(c.origins()).isNull());
        assertThatThrownBy(() -> DOCUMENTS.read("clauses.json", "{\"clauses\": [{\"id\": \"1\", \"role\": \"PREAMBLE\"}]}".getBytes()))
                .hasMessage("/clauses/0/role: unknown value 'PREAMBLE'; expected one of BODY, HEADING, DEFINITION, RECITAL");
        assertThatThrownBy(() -> DOCUMENTS.read("clauses.json",
                "{\"clauses\": [{\"id\": \"1\", \"origins\": [{\"start\": 0, \"end\": 1, \"page\": 1}]}]}".getBytes()))
                .hasMessage("/clauses/0/origins: unknown property 'origins'; expected one of id, party, partyKind, role, text");
    }

    // 3. Origins

    @Test
    void spansOfAPdfClauseMapBackToPageAndLine() {
        List<ContractClause> clauses = DOCUMENTS.read("contract.pdf", ContractFiles.pdfLines(List.of(
                List.of("Preamble text that stays on page one.", "", "5.1 Supplier shall maintain a valid"),
                List.of("ISO/IEC 27001 certificate for all sites."))));
        ContractClause clause = only(clauses, "5.1");
        assertThat(clause.text()).isEqualTo("Supplier shall maintain a valid ISO/IEC 27001 certificate for all sites.");
        TextOrigin iso = clause.locate(clause.text().indexOf("ISO/IEC")).orElseThrow();
        assertThat(iso.page()).isEqualTo(2);
        assertThat(iso.line()).isEqualTo(1);
        TextOrigin supplier = clause.locate(0).orElseThrow();
        assertThat(supplier.page()).isEqualTo(1);
        assertThat(supplier.line()).isEqualTo(3);
        assertThat(clause.locate(clause.text().length())).contains(iso.spanning(iso.start(), iso.end()));
        assertThat(clause.locate(clause.text().length() + 1)).isEmpty();
        assertCovers(clause);
        assertThat(clauses.get(0).id()).isEqualTo("page 1, line 1");
    }

    @Test
    void spansOfADocxClauseMapBackToTheirParagraph() {
        List<ContractClause> clauses = DOCUMENTS.read("vertrag.docx", ContractFiles.docxTable(
                List.of("Anlage B Informationssicherheit", "Der Lieferant betreibt ein ISMS."),
                List.of(List.of("4", "Der Lieferant ist nach ISO/IEC 27001 zertifiziert."))));
        assertThat(only(clauses, "paragraph 2").locate(4).orElseThrow().paragraph()).isEqualTo(2);
        ContractClause row = only(clauses, "4");
        assertThat(row.locate(row.text().indexOf("ISO")).orElseThrow().paragraph()).isEqualTo(4);
        assertCovers(row);
    }

    /** Origins lie in text order and cover the whole text, each span non-empty. */
    private static void assertCovers(ContractClause clause) {
        int at = 0;
        for (TextOrigin origin : clause.origins()) {
            assertThat(origin.start()).isEqualTo(at);
            assertThat(origin.end()).isGreaterThan(origin.start());
            at = origin.end();
        }
        assertThat(at).isEqualTo(clause.text().length());
    }

    // 4. DOCX table rows

    @Test
    void aDocxTableRowOfNumberAndTextIsOneClause() {
        List<ContractClause> clauses = DOCUMENTS.read("requirements.docx", ContractFiles.docxTable(List.of(), List.of(
                List.of("No.", "Requirement"),
                List.of("4.1", "Supplier shall hold a valid ISO/IEC 27001 certificate."),
                List.of("Anlage B Ziffer 4", "Der Lieferant weist ein ISMS nach ISO/IEC 27001 nach."))));
        assertThat(clauses).extracting(ContractClause::id).containsExactly("paragraph 1", "paragraph 2", "4.1", "Anlage B Ziffer 4");
        assertThat(only(clauses, "4.1").text()).isEqualTo("Supplier shall hold a valid ISO/IEC 27001 certificate.");
        assertThat(only(clauses, "Anlage B Ziffer 4").text()).isEqualTo("Der Lieferant weist ein ISMS nach ISO/IEC 27001 nach.");
        assertThat(clauses).noneSatisfy(c -> assertThat(c.text()).isEqualTo("4.1"));
    }

    // 5. PDF line breaks

    @Test
    void pdfLineBreaksAreJoinedSoTheQuoteReadsAsASentence() {
        List<ContractClause> clauses = DOCUMENTS.read("vertrag.pdf", ContractFiles.pdfLines(List.of(List.of(
                "7.1 Der Auftragnehmer betreibt ein Informations-",
                "sicherheits-Managementsystem für die IT-",
                "Systeme sowie für Informations- und",
                "Kommunikationstechnik.",
                "7.2 Supplier shall keep its certifi-",
                "cation to ISO/IEC 27001 valid at all",
                "sites."))));
        ContractClause german = only(clauses, "7.1");
        assertThat(german.text()).isEqualTo(
                "Der Auftragnehmer betreibt ein Informationssicherheits-Managementsystem für die IT-Systeme sowie für Informations- und Kommunikationstechnik.");
        assertThat(german.locate(german.text().indexOf("Informations")).orElseThrow().line()).isEqualTo(1);
        assertThat(german.locate(german.text().indexOf("sicherheits")).orElseThrow().line()).isEqualTo(2);
        assertThat(german.locate(german.text().indexOf("Kommunikation")).orElseThrow().line()).isEqualTo(4);
        ContractClause english = only(clauses, "7.2");
        assertThat(english.text()).isEqualTo("Supplier shall keep its certification to ISO/IEC 27001 valid at all sites.");
        assertThat(english.locate(english.text().indexOf("cation")).orElseThrow().line()).isEqualTo(6);
        assertCovers(german);
        assertCovers(english);
    }
}
