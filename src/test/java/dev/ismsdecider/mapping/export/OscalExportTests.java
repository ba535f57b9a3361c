package dev.ismsdecider.mapping.export;

import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlPair;
import dev.ismsdecider.mapping.MappingFilter;
import dev.ismsdecider.mapping.MappingFormat;
import dev.ismsdecider.mapping.SourceTables;
import dev.ismsdecider.mapping.build.MappingGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OSCAL export against a JSON schema: the 1.2.0 mapping model as this project transcribed it from NIST's
 * metaschema (no JSON schema of that model is on Maven Central or npm), merged into NIST's published OSCAL 1.1.3
 * complete schema, whose definitions of metadata, props, links, back-matter and datatypes it uses unchanged.
 */
class OscalExportTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;
    private static final ControlMapping MAPPING = ControlMapping.packaged();

    @BeforeAll
    static void loadSchema() throws IOException {
        ObjectNode official = (ObjectNode) read("schema/json/oscal-complete_schema.json");
        assertThat(official.get("$id").asText()).contains("1.1.3");
        ObjectNode definitions = (ObjectNode) official.get("definitions");
        read("oscal/oscal-mapping-1.2.0-definitions.json").get("definitions").fields()
                .forEachRemaining(d -> definitions.set(d.getKey(), d.getValue()));
        official.remove("oneOf");
        official.put("type", "object");
        official.putObject("properties").putObject("mapping-collection").put("$ref", "#/definitions/MappingCollection");
        official.putArray("required").add("mapping-collection");
        official.put("additionalProperties", false);
        // The published 1.1.3 schema nests four property schemas one level too deep ({"id": {"id": ...}} and the
        // like), which draft-07 ignores as unknown keywords; tell the validator to do the same.
        JsonMetaSchema.Builder draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7());
        List.of("id", "value", "identifier", "number").forEach(k -> draft7.keyword(new NonValidationKeyword(k)));
        schema = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
                .metaSchema(draft7.build()).build().getSchema(official);
    }

    @Test
    void theCheckedInExportIsValid() throws IOException {
        JsonNode export = JSON.readTree(SourceTables.DIR.resolve(MappingGenerator.OSCAL_FILE).toFile());

        assertThat(errors(export)).isEmpty();
    }

    @Test
    void theValidatorCatchesAMissingRelationshipAndAnUnknownToken() throws IOException {
        ObjectNode export = (ObjectNode) JSON.readTree(MappingFormat.OSCAL.render(MAPPING, MAPPING.select(MappingFilter.ALL)));
        ObjectNode firstMap = (ObjectNode) export.at("/mapping-collection/mappings/0/maps/0");
        firstMap.remove("relationship");
        ((ObjectNode) export.at("/mapping-collection/mappings/0/maps/1")).put("relationship", "roughly-like");
        ((ObjectNode) export.at("/mapping-collection/metadata")).remove("oscal-version");

        assertThat(errors(export)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyPairIsOneMapWithUniqueUuidsAndTheSameConfidence() throws IOException {
        JsonNode collection = JSON.readTree(MappingFormat.OSCAL.render(MAPPING, MAPPING.select(MappingFilter.ALL))).get("mapping-collection");
        List<String> uuids = new ArrayList<>();
        collection.findValues("uuid").forEach(u -> uuids.add(u.asText()));
        int maps = 0;
        for (JsonNode mapping : collection.get("mappings")) {
            maps += mapping.get("maps").size();
        }

        assertThat(maps).isEqualTo(MAPPING.pairs().size());
        assertThat(uuids).doesNotHaveDuplicates().allMatch(u -> u.charAt(14) == '5');
        ControlPair first = MAPPING.pairs().get(0);
        JsonNode firstMap = collection.at("/mappings/0/maps/0");
        assertThat(firstMap.at("/sources/0/id-ref").asText()).isEqualTo(OscalExport.token(first.requirement()));
        assertThat(firstMap.at("/targets/0/id-ref").asText()).isEqualTo(OscalExport.token(first.annexA()));
        assertThat(firstMap.at("/confidence-score/percentage").asDouble()).isEqualTo(first.confidence().score());
        assertThat(firstMap.get("relationship").asText()).isEqualTo("intersects-with");
    }

    @Test
    void gapSummariesListTheUncoveredSideOnlyForTheWholeMapping() throws IOException {
        JsonNode whole = JSON.readTree(MappingFormat.OSCAL.render(MAPPING, MAPPING.select(MappingFilter.ALL)));
        JsonNode srMapping = whole.at("/mapping-collection/mappings/0");
        List<String> unmappedSrs = new ArrayList<>();
        srMapping.at("/source-gap-summary/unmapped-controls/0/with-ids").forEach(id -> unmappedSrs.add(id.asText()));

        assertThat(unmappedSrs).isEqualTo(MAPPING.coverage().srsWithoutAnnexA().stream().map(OscalExport::token).toList());
        assertThat(srMapping.at("/target-gap-summary/unmapped-controls/0/with-ids")).hasSize(MAPPING.coverage().annexAWithoutSrCounterpart().size());

        JsonNode filtered = JSON.readTree(MappingFormat.OSCAL.render(MAPPING, MAPPING.select(new MappingFilter(null, null, null, "FR5"))));
        assertThat(errors(filtered)).isEmpty();
        assertThat(filtered.at("/mapping-collection/mappings")).hasSize(1);
        assertThat(filtered.at("/mapping-collection/mappings/0").has("source-gap-summary")).isFalse();
    }

    @Test
    void uuidsAreNameBasedVersion5AndStable() {
        assertThat(OscalExport.uuid("x")).isEqualTo(OscalExport.uuid("x")).isNotEqualTo(OscalExport.uuid("y"));
        assertThat(OscalExport.uuid("x").version()).isEqualTo(5);
        assertThat(OscalExport.uuid("x").variant()).isEqualTo(2);
    }

    private static Set<ValidationMessage> errors(JsonNode document) {
        return schema.validate(document);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = OscalExportTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }
}
