package dev.ismsdecider.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.mapping.ControlMapping;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line door {@code mapping}: each format, each filter, and a wrong ID. */
class MappingCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ALL_PAIRS = ControlMapping.packaged().pairs().size();

    private record Run(int exit, String out, String err) {

        List<String[]> csvRows() {
            return out.lines().skip(1).map(line -> line.split(",", -1)).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void csvByDefaultWithAHeaderAndOneRowPerPair() {
        Run run = run("mapping");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().findFirst()).hasValue(
                "standard,requirement,foundational_requirement,annex_a,relationship,confidence,score,subcategories,iso27001_2013");
        assertThat(run.csvRows()).hasSize(ALL_PAIRS).allSatisfy(row -> assertThat(row).hasSize(9));
    }

    @Test
    void jsonCarriesTheFilterTheCountAndThePairs() throws Exception {
        Run run = run("mapping", "--format", "json", "--sr", "sr 1.1");
        JsonNode json = JSON.readTree(run.out());

        assertThat(run.exit()).isZero();
        assertThat(json.get("filter").properties()).singleElement().satisfies(f -> {
            assertThat(f.getKey()).isEqualTo("sr");
            assertThat(f.getValue().asText()).isEqualTo("SR 1.1");
        });
        assertThat(json.get("pairs")).isNotEmpty().allSatisfy(p -> assertThat(p.get("requirement").asText()).isEqualTo("SR 1.1"));
        assertThat(json.get("count").asInt()).isEqualTo(json.get("pairs").size());
    }

    @Test
    void oscalIsAMappingCollection() throws Exception {
        Run run = run("mapping", "--format", "OSCAL", "--annex-a", "A.8.20");
        JsonNode collection = JSON.readTree(run.out()).get("mapping-collection");

        assertThat(run.exit()).isZero();
        assertThat(collection.at("/metadata/oscal-version").asText()).isEqualTo("1.2.0");
        assertThat(collection.findValues("targets")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.at("/0/id-ref").asText()).isEqualTo("a.8.20"));
    }

    @Test
    void everyFilterNarrowsTheRows() {
        List<String[]> fr5 = run("mapping", "--fr", "FR5").csvRows();
        List<String[]> isa = run("mapping", "--standard", "isa_62443_2_1").csvRows();
        List<String[]> control = run("mapping", "--annex-a", "5.15").csvRows();
        List<String[]> both = run("mapping", "--fr", "FR1", "--annex-a", "A.5.15").csvRows();

        assertThat(fr5).isNotEmpty().hasSizeLessThan(ALL_PAIRS).allSatisfy(r -> assertThat(r[2]).isEqualTo("FR5"));
        assertThat(isa).isNotEmpty().hasSizeLessThan(ALL_PAIRS).allSatisfy(r -> assertThat(r[0]).isEqualTo("ISA_62443_2_1"));
        assertThat(control).isNotEmpty().allSatisfy(r -> assertThat(r[3]).isEqualTo("A.5.15"));
        assertThat(both).isNotEmpty().hasSizeLessThan(control.size())
                .allSatisfy(r -> assertThat(Arrays.asList(r[2], r[3])).containsExactly("FR1", "A.5.15"));
    }

    @Test
    void anUnknownIdIsInvalidInputWithAMessage() {
        Run run = run("mapping", "--sr", "SR 8.1");

        assertThat(run.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run.err()).contains("SR 8.1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFormatIsInvalidInput() {
        assertThat(run("mapping", "--format", "xml").exit()).isEqualTo(Cli.INVALID_INPUT);
    }
}
