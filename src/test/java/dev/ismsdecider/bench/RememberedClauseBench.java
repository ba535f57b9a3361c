package dev.ismsdecider.bench;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the clause checker's memory of recent clause texts saves: the largest example evaluated as it is (its
 * clause read before) and with a new clause text each time (a word appended), in turn in one JVM, thread CPU,
 * median of {@code ROUNDS} rounds of {@code EVALUATIONS} after a warm-up. A benchmark, not a test:
 * {@code java -cp "$CP" dev.ismsdecider.bench.RememberedClauseBench}.
 */
public final class RememberedClauseBench {

    private static final int WARM_UP = 10;
    private static final int ROUNDS = 15;
    private static final int EVALUATIONS = 500;

    private RememberedClauseBench() {
    }

    public static void main(String[] args) throws IOException {
        DecisionEngine engine = DecisionEngine.packaged();
        OrganizationProfile profile = FactsReader.read(Files.readAllBytes(Path.of("facts-examples/pharma-brownfield.json")));
        ContractClause clause = profile.contractClauses().get(0);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> remembered = new ArrayList<>();
        List<Double> fresh = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < EVALUATIONS; i++) {
                engine.evaluate(profile);
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < EVALUATIONS; i++) {
                ContractClause changed = new ContractClause(clause.id(), clause.party(), clause.partyKind(), clause.text() + " " + n++);
                engine.evaluate(new OrganizationProfile(profile.organization(), profile.scope(), profile.ot(), profile.certification(),
                        profile.governance(), profile.externalExpectations(), List.of(changed)));
            }
            long end = threads.getCurrentThreadCpuTime();
            if (round >= WARM_UP) {
                remembered.add((middle - start) / (EVALUATIONS * 1e3));
                fresh.add((end - middle) / (EVALUATIONS * 1e3));
            }
        }
        System.out.printf("pharma-brownfield: %.0f us CPU with its clause text read before, %.0f us with a new clause text each time%n",
                Medians.of(remembered), Medians.of(fresh));
    }
}
