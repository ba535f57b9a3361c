package dev.ismsdecider.profile;

import dev.ismsdecider.ProfileFixture;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Strict reading of organisation profiles: unknown stays unknown, every error names its JSON path. */
class FactsReaderTests {

    private static List<FactError> errorsOf(String json) {
        return catchThrowableOfType(InvalidFactsException.class, () -> FactsReader.read(json)).errors();
    }

    private static List<String> pathsOf(String json) {
        return errorsOf(json).stream().map(FactError::path).toList();
    }

    @Test
    void absentAndNullAreUnknownNotFalse() {
        OrganizationProfile p = FactsReader.read("""
                { "ot": { "present": null }, "governance": {}, "scope": { "domains": [] } }""");

        assertThat(p.ot().present()).isNull();
        assertThat(p.governance().needsSingleAuditableSystem()).isNull();
        assertThat(p.externalExpectations()).as("absent list: unknown").isNull();
        assertThat(p.scope().domains()).as("empty list: known to be none").isEmpty();
        assertThat(p.scope().systems()).isNull();
    }

    /** A clause's role is a field of the profile; its origins in a document are set by the readers, never read. */
    @Test
    void aClauseRoleIsReadAndItsOriginsAreNoField() {
        OrganizationProfile p = FactsReader.read("""
                { "contractClauses": [ { "id": "1", "text": "Definitions", "role": "HEADING" }, { "id": "2", "text": "x" } ] }""");
        assertThat(p.contractClauses()).extracting(OrganizationProfile.ContractClause::role).containsExactly(ClauseRole.HEADING, null);

        assertThat(errorsOf("""
                { "contractClauses": [ { "id": "1", "origins": [ { "start": 0, "end": 1, "page": 1 } ] } ] }""")).singleElement()
                .satisfies(e -> {
                    assertThat(e.path()).isEqualTo("/contractClauses/0/origins");
                    assertThat(e.message()).isEqualTo("unknown property 'origins'; expected one of id, party, partyKind, role, text");
                });
    }

    @Test
    void everyExampleReads() {
        assertThat(ProfileFixture.file(java.nio.file.Path.of("facts-examples/pharma-brownfield.json")).profile().organization().name())
                .isEqualTo("Acme Pharma GmbH");
    }

    @Test
    void everyOffendingPathIsReportedAtOnce() {
        List<FactError> errors = errorsOf("""
                {
                  "organisation": {},
                  "scope": { "domains": ["PLANT_OT", "PLANT", null] },
                  "ot": { "present": "yes", "oldestAssetAgeYears": 12.5 },
                  "certification": { "iso27001Certified": 1 },
                  "externalExpectations": [ { "party": "X", "expects": "ISO_9001", "@class": "java.lang.Runtime" } ],
                  "governance": { "managementSystem": [] }
                }""");

        assertThat(errors).extracting(FactError::path).containsExactlyInAnyOrder(
                "/organisation", "/scope/domains/1", "/scope/domains/2", "/ot/present", "/ot/oldestAssetAgeYears",
                "/certification/iso27001Certified", "/externalExpectations/0/expects", "/externalExpectations/0/@class",
                "/governance/managementSystem");
        assertThat(errors).filteredOn(e -> e.path().equals("/scope/domains/1")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("unknown value 'PLANT'").contains("PLANT_OT"));
        assertThat(errors).filteredOn(e -> e.path().equals("/organisation")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("unknown property").contains("organization"));
    }

    @Test
    void pointersEscapeSpecialCharacters() {
        assertThat(pathsOf("{ \"scope\": { \"a/b~c\": 1 } }")).containsExactly("/scope/a~1b~0c");
    }

    @Test
    void contradictionsNameBothPaths() {
        List<FactError> errors = errorsOf("""
                { "ot": { "present": false, "assetTypes": ["PLC"] },
                  "scope": { "domains": ["CORPORATE_IT", "PLANT_OT"], "systems": ["SCADA"] },
                  "organization": { "regulated": false, "regulatoryRegimes": ["NIS2"] },
                  "certification": { "iso27001Certified": false, "iso27001ForMarketAccess": true } }""");

        assertThat(errors).extracting(FactError::toString).containsExactlyInAnyOrder(
                "/ot/present: is false, but /scope/domains/1 is PLANT_OT, an OT domain",
                "/ot/present: is false, but /scope/systems/0 is SCADA, a control system",
                "/ot/present: is false, but /ot/assetTypes lists OT assets (PLC)",
                "/organization/regulated: is false, but /organization/regulatoryRegimes/0 names the regime 'NIS2'",
                "/certification/iso27001ForMarketAccess: is true, but /certification/iso27001Certified is false: a certificate not held cannot open markets");
    }

    /** Issue 11, defect 1: the OT signs behind SC-1 are the ones that contradict "no OT"; a service provider's role does not. */
    @Test
    void everyOtSignContradictsNoOtButTheServiceProviderRole() {
        List<FactError> errors = errorsOf("""
                { "organization": { "iec62443Roles": ["SERVICE_PROVIDER", "ASSET_OWNER"] },
                  "ot": { "present": false, "brownfield": true, "oldestAssetAgeYears": 12, "itOtInterfaces": [{ "from": "MES", "to": "PLC" }] } }""");

        assertThat(errors).extracting(FactError::toString).containsExactly(
                "/ot/present: is false, but /organization/iec62443Roles/1 is ASSET_OWNER: the organisation operates an IACS",
                "/ot/present: is false, but /ot/itOtInterfaces lists an IT/OT interface",
                "/ot/present: is false, but /ot/brownfield is true: an existing plant",
                "/ot/present: is false, but /ot/oldestAssetAgeYears gives an OT asset age");
        assertThat(FactsReader.read("{ \"organization\": { \"iec62443Roles\": [\"SERVICE_PROVIDER\"] }, \"ot\": { \"present\": false } }")
                .organization().iec62443Roles()).as("an integrator without OT of its own").containsExactly(Iec62443Role.SERVICE_PROVIDER);
    }

    /** Issue 11, defect 8: a party demanding the certificate cannot at once have accepted IEC 62443 in its place. */
    @Test
    void acceptanceOfIec62443BesideACertificateDemandIsAContradiction() {
        List<FactError> errors = errorsOf("""
                { "externalExpectations": [
                    { "party": "A", "expects": "ISO_27001_OR_EQUIVALENT", "iec62443AcceptedInWriting": true },
                    { "party": "B", "expects": "ISO_27001_CERTIFICATION", "iec62443AcceptedInWriting": true } ] }""");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("/externalExpectations/1/iec62443AcceptedInWriting");
            assertThat(e.message()).contains("/externalExpectations/1/expects is ISO_27001_CERTIFICATION");
        });
    }

    @Test
    void implausibleAssetAgeIsRejected() {
        assertThat(pathsOf("{ \"ot\": { \"oldestAssetAgeYears\": -1 } }")).containsExactly("/ot/oldestAssetAgeYears");
        assertThat(pathsOf("{ \"ot\": { \"oldestAssetAgeYears\": 250 } }")).containsExactly("/ot/oldestAssetAgeYears");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> FactsReader.read("{\n  \"ot\": { \"present\": tru }\n}"));

        assertThat(e.malformed()).isTrue();
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message()).contains("line 2"));
    }

    @Test
    void duplicateKeysAreRefusedNotSilentlyMerged() {
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class,
                () -> FactsReader.read("{ \"ot\": { \"present\": true, \"present\": false } }"));

        assertThat(e.malformed()).isTrue();
        assertThat(e.getMessage()).contains("duplicate key 'present'");
    }

    @Test
    void emptyAndNonObjectDocumentsAreRefused() {
        assertThatThrownBy(() -> FactsReader.read("")).isInstanceOf(InvalidFactsException.class).hasMessageContaining("empty");
        assertThat(pathsOf("[1, 2]")).containsExactly("");
        assertThatThrownBy(() -> FactsReader.read("{} {}")).isInstanceOf(InvalidFactsException.class);
    }

    @Test
    void hostileDocumentsAreRefusedWithoutInternals() {
        String deep = "{\"organization\":".repeat(100) + "{}" + "}".repeat(100);
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> FactsReader.read(deep));

        assertThat(e.malformed()).isTrue();
        assertThat(e.getMessage()).contains("nesting depth").doesNotContain("StreamReadConstraints").doesNotContain("`");
        assertThatThrownBy(() -> FactsReader.read("{ \"ot\": { \"oldestAssetAgeYears\": " + "9".repeat(50) + " } }"))
                .isInstanceOf(InvalidFactsException.class);
    }

    @Test
    void invalidUtf8IsReportedNotReplaced() {
        byte[] json = "{ \"organization\": { \"name\": \"Caf\u00e9\" } }".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> FactsReader.read(json)).isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void whatTheUserSentIsKeptAsSent() {
        OrganizationProfile p = FactsReader.read("""
                { "organization": { "name": "  Ünïcode & Co. \\u2013 \\"quoted\\"  ", "regulatoryRegimes": ["eu_gmp", "EU_GMP"] },
                  "contractClauses": [ { "id": "1", "text": "Line one.\\n  Line two." } ] }""");

        assertThat(p.organization().name()).isEqualTo("  Ünïcode & Co. \u2013 \"quoted\"  ");
        assertThat(p.organization().regulatoryRegimes()).containsExactly("eu_gmp", "EU_GMP");
        assertThat(p.contractClauses().get(0).text()).isEqualTo("Line one.\n  Line two.");
        assertThat(Map.of("k", p.contractClauses().get(0).id())).containsEntry("k", "1");
    }
}
