package dev.ismsdecider.cli;

import dev.ismsdecider.report.ClauseReport;

import dev.ismsdecider.report.ReportFormat;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.documents.ContractDocuments;
import dev.ismsdecider.clauses.documents.ContractFormatException;
import dev.ismsdecider.clauses.documents.DocumentLimits;
import dev.ismsdecider.clauses.documents.ReadOptions;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check-clauses FILE}: which clauses of a contract tie the organisation to ISO 27001 or an ISMS (NR-1). */
@Command(name = "check-clauses", mixinStandardHelpOptions = true,
        description = {"Check a contract for clauses that tie the organisation to ISO 27001 or an ISMS (criterion NR-1).",
                "FILE is a PDF, a Word document (DOCX), plain UTF-8 text with one clause per paragraph (a leading number "
                        + "such as 14.2 becomes the clause id), or JSON: {\"clauses\":[{\"id\",\"party\",\"partyKind\",\"text\"}]}."})
final class CheckClausesCommand implements Callable<Integer> {

    @Mixin
    FileCommandIo io;

    @Parameters(paramLabel = "FILE", description = "the contract: PDF, DOCX, plain text or JSON; - for standard input")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--party", paramLabel = "NAME", description = "the party whose contract it is (PDF, DOCX and text, which do not name one)")
    String party;

    @Option(names = "--party-kind", paramLabel = "KIND", description = "CUSTOMER, PRIME, REGULATOR, CERTIFICATION_BODY, INSURER or OTHER")
    PartyKind partyKind;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "take the clause vocabulary from this rule-set folder instead of the packaged one")
    Path rulesDir;

    @Override
    public Integer call() {
        String badRules = FileCommandIo.rulesDirProblem(rulesDir);
        if (badRules != null) {
            return io.fail(Cli.INVALID_INPUT, badRules);
        }
        List<ContractClause> clauses;
        DocumentLimits limits = DocumentLimits.DEFAULT;
        try {
            byte[] document = io.read(file, limits.maxBytes());
            if (io.maxInputSize != null) {
                limits = limits.withMaxBytes(io.maxInputSize);
            }
            clauses = new ContractDocuments(new ReadOptions(party, partyKind, limits)).read(fileName(), document);
        } catch (FileCommandIo.UnreadableFile e) {
            return io.fail(Cli.INVALID_INPUT, e.getMessage());
        } catch (ContractFormatException e) {
            return io.fail(Cli.INVALID_INPUT, FileCommandIo.name(file) + ": " + e.getMessage());
        }
        ClauseChecker checker;
        try {
            checker = DecisionEngine.packagedOr(rulesDir).clauseChecker();
        } catch (RuleSetException e) {
            return io.fail(Cli.RULES_BROKEN, e.getMessage());
        }
        if (checker.vocabulary() == null) {
            return io.fail(Cli.RULES_BROKEN, "the rule set names no clauseVocabulary in its ruleset.properties");
        }
        ClauseChecker.Checked checked = checker.checkEach(clauses);
        return io.print(ClauseReport.render(fileName(), checked.results(), checked.check(), format));
    }

    private String fileName() {
        return FileCommandIo.STDIN.equals(file.toString()) || file.getFileName() == null ? FileCommandIo.name(file) : file.getFileName().toString();
    }
}
