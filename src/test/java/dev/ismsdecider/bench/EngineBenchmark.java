package dev.ismsdecider.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.kie.RulesAlone;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.StrictJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * In-process cost of one evaluation, per example: facts to assessment (the engine's whole work), JSON in to
 * JSON out (what the CLI and the API do per request), and two floors measured in the same run: parsing the
 * input and writing an assessment, with no rules (the floor of JSON to JSON), and the rules alone in Drools,
 * without trace or assembly (the floor of facts to assessment, {@link RulesAlone}). Run with
 * {@code ./mvnw -Pbench verify} (see docs/performance.md). The Drools code needs several seconds of warm-up
 * before its time settles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

    @Param({"automotive-supplier", "chemicals-equivalence-accepted", "defense-prime-ot-unknown", "discrete-manufacturer-ot-inferred",
            "food-plant-legacy-plcs", "ot-only-integrator", "pharma-brownfield", "product-supplier", "regulated-ot-only-site",
            "saas-company-no-ot", "unknowns", "utility-expectation-unstated"})
    public String example;

    private DecisionEngine engine;
    private RulesAlone rulesAlone;
    private OrganizationProfile profile;
    private byte[] json;
    private Assessment assessment;
    private final ObjectMapper mapper = StrictJson.mapper();

    @Setup
    public void setUp() throws IOException {
        engine = DecisionEngine.packaged();
        rulesAlone = new RulesAlone();
        json = Files.readAllBytes(Path.of("facts-examples", example + ".json"));
        profile = FactsReader.read(json);
        assessment = engine.evaluate(profile);
    }

    @Benchmark
    public Assessment factsToAssessment() {
        return engine.evaluate(profile);
    }

    @Benchmark
    public int rulesAlone() {
        return rulesAlone.fire(profile);
    }

    @Benchmark
    public byte[] jsonToJson() throws IOException {
        return mapper.writeValueAsBytes(engine.evaluate(FactsReader.read(json)));
    }

    @Benchmark
    public byte[] parseAndWriteFloor() throws IOException {
        FactsReader.read(json);
        return mapper.writeValueAsBytes(assessment);
    }
}
