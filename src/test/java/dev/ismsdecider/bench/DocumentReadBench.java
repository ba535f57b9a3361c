package dev.ismsdecider.bench;

import dev.ismsdecider.clauses.ClauseBenchmark;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.documents.ContractFiles;
import dev.ismsdecider.clauses.documents.ContractDocuments;
import dev.ismsdecider.clauses.documents.DocumentLimits;
import dev.ismsdecider.clauses.documents.ReadOptions;
import dev.ismsdecider.evaluation.DecisionEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reading the generated 50-page contract PDF into clauses (numbers, roles, origins, joined lines), and
 * reading and checking it (the clause reader and the reading rules: issue 12's "read and classified"),
 * against the floor measured in the same run: PDFBox loading the same bytes and extracting the text of
 * every page, which the reader does too; and reading and checking 50 pages none of whose clause texts the checker
 * has seen (its memory of recent texts saves nothing then). Operations in turn in one JVM, thread CPU, median of
 * {@code ROUNDS} after a warm-up. A benchmark, not a test: {@code java -cp "$CP" dev.ismsdecider.bench.DocumentReadBench}.
 */
public final class DocumentReadBench {

    private static final int WARM_UP = 15;
    private static final int ROUNDS = 25;

    private DocumentReadBench() {
    }

    public static void main(String[] args) {
        byte[] pdf = ClauseBenchmark.contract();
        ContractDocuments documents = new ContractDocuments(new ReadOptions("Big Pharma Inc.", null, DocumentLimits.DEFAULT));
        Supplier<Object> read = () -> documents.read("contract.pdf", pdf);
        Supplier<Object> floor = () -> extract(pdf);
        ClauseChecker checker = DecisionEngine.packaged().clauseChecker();
        Supplier<Object> check = () -> checker.check(documents.read("contract.pdf", pdf));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> readMs = new ArrayList<>();
        List<Double> floorMs = new ArrayList<>();
        List<Double> checkMs = new ArrayList<>();
        List<Double> afreshMs = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            double r = cpuMs(threads, read);
            double f = cpuMs(threads, floor);
            double c = cpuMs(threads, check);
            byte[] unseen = unseenContract(round);
            double a = cpuMs(threads, () -> checker.check(documents.read("contract.pdf", unseen)));
            if (round >= WARM_UP) {
                readMs.add(r);
                floorMs.add(f);
                checkMs.add(c);
                afreshMs.add(a);
            }
        }
        double reader = Medians.of(readMs);
        double text = Medians.of(floorMs);
        double checked = Medians.of(checkMs);
        int clauses = documents.read("contract.pdf", pdf).size();
        System.out.printf("50-page PDF to %d clauses: %.1f ms CPU; PDFBox text extraction alone %.1f ms: %.2f x%n", clauses, reader, text, reader / text);
        System.out.printf("read and checked (reader and reading rules): %.1f ms CPU, %.0f us per clause; %.2f x the extraction%n",
                checked, 1000 * (checked - reader) / clauses, checked / text);
        double afresh = Medians.of(afreshMs);
        System.out.printf("read and checked, no clause text seen before: %.1f ms CPU, %.0f us per clause; %.2f x the extraction%n",
                afresh, 1000 * (afresh - reader) / clauses, afresh / text);
    }

    /** The same 50 pages with every clause text made new for the round, so that the checker remembers none of them. */
    private static byte[] unseenContract(int round) {
        List<String> texts = new ArrayList<>();
        List<String> corpus = ClauseBenchmark.corpus().stream().map(c -> c.text()).toList();
        for (int i = 0; i < 2_000; i++) {
            texts.add(corpus.get(i % corpus.size()) + " (r" + round + "c" + i + ")");
        }
        return ContractFiles.contractPdf(texts, ClauseBenchmark.PAGES);
    }

    private static double cpuMs(ThreadMXBean threads, Supplier<Object> operation) {
        long start = threads.getCurrentThreadCpuTime();
        operation.get();
        return (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }

    private static String extract(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
