package dev.ismsdecider.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The form reader: pointers to JSON, and "Don't know" or an empty answer never becoming a value. */
class FormProfileTests {

    private static ObjectNode read(Object... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.computeIfAbsent((String) pairs[i], k -> new java.util.ArrayList<>()).add((String) pairs[i + 1]);
        }
        return FormProfile.read(form);
    }

    @Test
    void unknownAnswersLeaveTheFactOut() {
        ObjectNode profile = read("/ot/present", "?", "/organization/name", "", "/organization/name", "?",
                "/organization/sector", "?", "/ot/oldestAssetAgeYears", "  ", "/scope/domains", "?", "/externalExpectations", "?");
        assertThat(profile.toString()).isEqualTo("{}");
    }

    @Test
    void answersGoToTheirPointersWithTheirTypes() throws Exception {
        ObjectNode profile = read("/ot/present", "false", "/ot/brownfield", "true", "/ot/oldestAssetAgeYears", "22",
                "/organization/name", "Acme", "/organization/name", "?", "/organization/sector", "PHARMACEUTICAL",
                "/governance/managementSystem/internalAudit", "false",
                "/scope/domains", "PLANT_OT", "/scope/domains", "?", "/scope/domains", "CORPORATE_IT",
                "/organization/regulatoryRegimes", "EU_GMP_ANNEX_11\nFDA_21_CFR_PART_11\n");
        assertThat(profile).isEqualTo(new ObjectMapper().readTree("""
                {"organization":{"name":"Acme","sector":"PHARMACEUTICAL","regulatoryRegimes":["EU_GMP_ANNEX_11","FDA_21_CFR_PART_11"]},
                 "scope":{"domains":["PLANT_OT","CORPORATE_IT"]},
                 "ot":{"present":false,"brownfield":true,"oldestAssetAgeYears":22},
                 "governance":{"managementSystem":{"internalAudit":false}}}"""));
    }

    @Test
    void aListIsEmptyOnlyWhenNoneWasChosen() {
        assertThat(read("/scope/domains", "[]").toString()).isEqualTo("{\"scope\":{\"domains\":[]}}");
        assertThat(read("/externalExpectations", "[]").toString()).isEqualTo("{\"externalExpectations\":[]}");
        assertThat(read("/scope/domains", "[]", "/scope/domains", "CLOUD_SAAS").toString()).isEqualTo("{\"scope\":{\"domains\":[\"CLOUD_SAAS\"]}}");
    }

    @Test
    void rowsKeepTheirOrderAndAnEmptyRowStaysARow() {
        ObjectNode profile = read("/externalExpectations", "?",
                "/externalExpectations/1/party", "Big Pharma", "/externalExpectations/1/expects", "ISO_27001_CERTIFICATION",
                "/externalExpectations/0/party", "", "/externalExpectations/0/partyKind", "?",
                "/ot/itOtInterfaces/0/from", "MES", "/ot/itOtInterfaces/0/to", "PLC");
        assertThat(profile.toString()).isEqualTo("{\"ot\":{\"itOtInterfaces\":[{\"from\":\"MES\",\"to\":\"PLC\"}]},"
                + "\"externalExpectations\":[{},{\"party\":\"Big Pharma\",\"expects\":\"ISO_27001_CERTIFICATION\"}]}");
    }

    @Test
    void aValueOfTheWrongTypeIsPassedOnForTheReaderToReport() {
        // the facts reader, not the form, says what is wrong and where
        assertThat(read("/ot/oldestAssetAgeYears", "about 20", "/ot/present", "maybe").toString())
                .isEqualTo("{\"ot\":{\"present\":\"maybe\",\"oldestAssetAgeYears\":\"about 20\"}}");
    }

    @Test
    void rowsAreAddedAndRemovedAtTheirPointer() {
        ObjectNode profile = read("/contractClauses/0/text", "a", "/contractClauses/1/text", "b");
        FormProfile.removeRow(profile, "/contractClauses", 0);
        FormProfile.addRow(profile, "/ot/itOtInterfaces");
        assertThat(profile.toString()).isEqualTo("{\"contractClauses\":[{\"text\":\"b\"}],\"ot\":{\"itOtInterfaces\":[{}]}}");
        assertThat(FormProfile.rowsField("/ot/itOtInterfaces")).isNotNull();
        assertThat(FormProfile.rowsField("/ot/present")).isNull();
    }
}
