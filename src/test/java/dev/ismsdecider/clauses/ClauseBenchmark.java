package dev.ismsdecider.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.clauses.documents.ContractDocuments;
import dev.ismsdecider.clauses.documents.ContractFiles;
import dev.ismsdecider.clauses.documents.DocumentLimits;
import dev.ismsdecider.clauses.documents.ReadOptions;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the clause check (a benchmark, not a test): the labelled clauses read in one call (the
 * reader and the reading rules), the one clause of the largest example profile, and a generated 50-page PDF
 * contract checked end to end (PDF bytes to findings). The baseline is the same benchmark of the previous
 * build, run in turn with this one by {@code src/test/bench/clause-reader-vs-main.sh}. Sample-time mode, so
 * JMH prints the median (p0.50) per operation. The figures are in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClauseBenchmark {

    /** Pages of the generated contract. */
    public static final int PAGES = 50;

    /** The example profile with the largest evaluation, read from the working directory (the project's root). */
    public static final Path PHARMA = Path.of("facts-examples/pharma-brownfield.json");

    private ClauseChecker checker;
    private List<ContractClause> corpus;
    private ContractClause pharmaClause;
    private byte[] contract;
    private ContractDocuments documents;

    @Setup
    public void setUp() throws IOException {
        checker = ClauseFixtures.CHECKER;
        corpus = corpus();
        pharmaClause = FactsReader.read(Files.readAllBytes(PHARMA)).contractClauses().get(0);
        contract = contract();
        documents = new ContractDocuments(new ReadOptions("Big Pharma Inc.", PartyKind.CUSTOMER, DocumentLimits.DEFAULT));
    }

    /** All labelled clauses (corpus and held-out) classified in one call; divide their number by the time per call. */
    @Benchmark
    public ClauseCheck classifyCorpus() {
        return checker.check(corpus);
    }

    /** The contract clause of {@code pharma-brownfield.json}, read as the decision engine reads it. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ClauseChecker.Result classifyPharmaClause() {
        return checker.read(pharmaClause);
    }

    /** The 50-page PDF read, cut into clauses and classified; divide 50 by the time per call for pages per second. */
    @Benchmark
    public ClauseCheck checkPdfContract() {
        return checker.check(documents.read("contract.pdf", contract));
    }

    /** Only reading the 50-page PDF into clauses: the part of {@link #checkPdfContract()} that is not classification. */
    @Benchmark
    public List<ContractClause> readPdfContract() {
        return documents.read("contract.pdf", contract);
    }

    /** The labelled clauses of both corpus files. */
    public static List<ContractClause> corpus() {
        List<ContractClause> clauses = new ArrayList<>();
        for (String file : List.of("clauses/corpus.json", "clauses/corpus-holdout.json")) {
            try {
                for (JsonNode c : new ObjectMapper().readTree(ClauseFixtures.resource(file)).get("clauses")) {
                    clauses.add(new ContractClause(c.get("id").asText(), c.get("party").asText(), PartyKind.valueOf(c.get("partyKind").asText()),
                            c.get("text").asText()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clauses;
    }

    /** A 50-page contract whose numbered clauses cycle through the corpus wording. */
    public static byte[] contract() {
        return ContractFiles.contractPdf(corpus().stream().map(ContractClause::text).toList(), PAGES);
    }

    /** Writes the generated contract to a file, for timing the command line on it: {@code ClauseBenchmark FILE}. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), contract());
    }
}
