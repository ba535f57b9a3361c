package dev.ismsdecider.report;

import dev.ismsdecider.whatif.Change;
import dev.ismsdecider.whatif.Lever;
import dev.ismsdecider.whatif.PatchOp;
import dev.ismsdecider.whatif.WhatIf;
import dev.ismsdecider.whatif.WhatIfReport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.report.ReportFormat;
import dev.ismsdecider.report.ReportLayout;
import dev.ismsdecider.evaluation.Verdict;
import dev.ismsdecider.whatif.WhatIfReport.Answer;
import dev.ismsdecider.whatif.WhatIfReport.ChangeSet;
import dev.ismsdecider.whatif.WhatIfReport.QuestionAnswers;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a what-if report as plain text or Markdown for people, or as JSON for programs. */
public final class WhatIfRendering {

    private WhatIfRendering() {
    }

    public static String render(WhatIfReport report, ReportFormat format) {
        return switch (format) {
            case JSON -> AssessmentReport.json(report);
            case TEXT -> new Writer(false).write(report);
            case MARKDOWN -> new Writer(true).write(report);
        };
    }

    /** One operation in words: {@code /certification/iso27001ForMarketAccess: true -> false}. */
    static String describe(PatchOp op) {
        String old = op.old() == null ? "unknown" : compact(op.old());
        return switch (op.op()) {
            case "remove" -> op.path() + ": " + old + " -> " + (isListEntry(op.path()) ? "(entry removed)" : "unknown");
            case "add" -> op.path().endsWith("/-") ? op.path() + ": + " + compact(op.value()) : op.path() + ": " + old + " -> " + compact(op.value());
            default -> op.path() + ": " + old + " -> " + compact(op.value());
        };
    }

    private static boolean isListEntry(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.isEmpty() && last.chars().allMatch(Character::isDigit);
    }

    private static String compact(JsonNode value) {
        String text = value.toString();
        return text.length() > 90 ? text.substring(0, 87) + "..." : text;
    }

    private static final class Writer extends ReportLayout {

        Writer(boolean markdown) {
            super(markdown);
        }

        String write(WhatIfReport r) {
            heading(1, "What would change the verdict?");
            if (r.organization() != null && !r.organization().isBlank()) {
                line("Organisation: " + r.organization());
                blank();
            }
            line((markdown ? "**Verdict now: " + r.verdict() + "**" : "VERDICT NOW: " + r.verdict()));
            line(r.evaluations() + " evaluations of the rules, " + r.changesTried() + " single changes tried"
                    + (r.changesInvalid() > 0 ? " (" + r.changesInvalid() + " contradict other facts and were left out)" : "") + ".");
            blank();
            for (Verdict verdict : Verdict.values()) {
                List<ChangeSet> sets = r.alternatives().stream().filter(s -> s.verdict() == verdict).toList();
                if (sets.isEmpty()) {
                    continue;
                }
                heading(2, "To reach " + verdict);
                int n = 1;
                for (ChangeSet set : sets) {
                    item(n++ + ". " + (set.lever() == Lever.ACTIONABLE ? "the organisation can act on it" : "describes another situation")
                            + ", " + set.changes().size() + (set.changes().size() == 1 ? " change" : " changes"));
                    for (Change change : set.changes()) {
                        detail("- " + code(change.ops().stream().map(WhatIfRendering::describe).collect(Collectors.joining("; ")))
                                + " (" + change.leverReason() + ")");
                    }
                    if (!set.criteriaFlipped().isEmpty()) {
                        detail("criteria: " + set.criteriaFlipped().stream().map(f -> f.criterion() + " " + f.from() + " -> " + f.to())
                                .collect(Collectors.joining(", ")));
                    }
                }
                blank();
            }
            if (!r.unreached().isEmpty()) {
                line("Not reached by any set of up to " + WhatIf.MAX_SET_SIZE + " changes: "
                        + r.unreached().stream().map(Verdict::name).collect(Collectors.joining(", ")) + ".");
                blank();
            }
            if (!r.openQuestions().isEmpty()) {
                heading(2, "Open questions: the verdict each answer gives");
                for (QuestionAnswers q : r.openQuestions()) {
                    item("[" + q.criterion() + "] " + q.question());
                    detail("at " + code(q.path()));
                    for (Answer a : q.answers()) {
                        detail("- " + code(a.change().ops().stream().map(WhatIfRendering::describe).collect(Collectors.joining("; ")))
                                + " -> " + a.verdict());
                    }
                }
                blank();
            }
            line("Rule set " + r.ruleSet().version() + ", SHA-256 " + code(r.ruleSet().sha256()));
            return text();
        }
    }
}
