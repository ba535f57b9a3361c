package dev.ismsdecider.report;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.TraceStep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.evaluation.Action;
import dev.ismsdecider.evaluation.Evidence;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.FindingKind;
import dev.ismsdecider.evaluation.ManagementSystemGap;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.evaluation.facts.ItOtLink;
import dev.ismsdecider.evaluation.ScopeAllocation;
import dev.ismsdecider.evaluation.Verdict;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.mapping.ControlSetEntry;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an assessment for a decision-maker (plain text or Markdown, laid out as the decision memo: what decides
 * first, then what to do, then the annex for the auditor) or for programs (JSON, contract v1).
 */
public final class AssessmentReport {

    private static final ObjectMapper PRETTY = StrictJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    private AssessmentReport() {
    }

    /** Pretty-printed JSON of any report body, with a final newline. */
    public static String json(Object body) {
        try {
            return PRETTY.writeValueAsString(body) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report without the OT control set and the trace in plain text (Markdown and JSON always carry them). */
    public static String render(Assessment assessment, String organisation, ReportFormat format) {
        return render(assessment, organisation, format, false);
    }

    /**
     * The report in the given format. Text and Markdown follow the decision memo: what decides first (the verdict in
     * words, the answer, for an undetermined verdict the questions that could settle it, then the blockers), what to
     * do, then the annex for the auditor. {@code full} adds the OT control set and the trace to plain text.
     */
    public static String render(Assessment assessment, String organisation, ReportFormat format, boolean full) {
        return switch (format) {
            case JSON -> json(assessment);
            case TEXT -> new Writer(false, full).write(assessment, organisation);
            case MARKDOWN -> new Writer(true, true).write(assessment, organisation);
        };
    }

    /** One layout, two notations: Markdown adds heading marks and code spans where text uses plain words. */
    private static final class Writer extends ReportLayout {

        private final boolean full;

        Writer(boolean markdown, boolean full) {
            super(markdown);
            this.full = full;
        }

        String write(Assessment a, String organisation) {
            heading(1, Wording.QUESTION);
            if (organisation != null && !organisation.isBlank()) {
                line("Organisation: " + organisation);
                blank();
            }
            line(markdown ? "**Verdict: " + Wording.verdict(a.verdict()) + "**" : "VERDICT: " + Wording.verdict(a.verdict()).toUpperCase(java.util.Locale.ROOT));
            if (markdown) {
                blank();
            }
            line(a.answer());
            blank();
            boolean undetermined = a.verdict() == Verdict.UNDETERMINED;
            List<OpenQuestion> flipping = a.openQuestions().stream().filter(OpenQuestion::couldChangeVerdict).toList();
            if (undetermined) {
                questions("What would decide it: open questions", flipping);
            }
            List<Finding> blockers = a.findings().stream().filter(f -> f.kind() == FindingKind.BLOCKER).toList();
            findings("What stands in the way of dropping ISO 27001", blockers, true);
            actions(a.actions());
            if (!undetermined) {
                questions("What would change the verdict", flipping);
            }
            questions("Open questions that cannot change the verdict", a.openQuestions().stream().filter(q -> !q.couldChangeVerdict()).toList());
            if (markdown) {
                heading(2, "Annex for the auditor");
            }
            findings("Other findings", a.findings().stream().filter(f -> f.kind() != FindingKind.BLOCKER).toList(), false);
            clauses(a.clauseFindings());
            allocation(a.scopeAllocation());
            gaps(a.managementSystemGaps());
            clauseGaps(a.ismsClauseGaps());
            if (full) {
                controlSet(a.otControlSet(), a.annexAStayingWithIsms());
                trace(a.trace());
            } else if (!a.otControlSet().isEmpty() || !a.trace().isEmpty()) {
                line("(the OT control set and the rule trace: --full, or --format json)");
                blank();
            }
            line("Rule set " + a.ruleSet().version() + ", SHA-256 " + code(a.ruleSet().sha256()));
            return text();
        }

        /** Annex sections sit one level below the annex heading in Markdown; plain text has no annex heading. */
        private void section(String title) {
            heading(markdown ? 3 : 2, title);
        }

        private void sub(String text) {
            if (markdown) {
                line("  - " + text);
            } else {
                detail(text);
            }
        }

        private void findings(String title, List<Finding> findings, boolean evidence) {
            if (findings.isEmpty()) {
                return;
            }
            if (evidence) {
                heading(2, title);
            } else {
                section(title);
            }
            for (Finding f : findings) {
                item("[" + (evidence ? "" : f.kind().label() + " ") + Wording.criterion(f.criterion()) + "] " + f.title());
                sub(f.explanation());
                if (evidence) {
                    for (Evidence e : f.evidence()) {
                        sub("evidence: " + code(e.path()) + " = " + code(valueOf(e)));
                    }
                }
            }
            blank();
        }

        private void clauses(List<ClauseFinding> clauseFindings) {
            if (clauseFindings.isEmpty()) {
                return;
            }
            section("What the contract clauses require");
            for (ClauseFinding c : clauseFindings) {
                String flags = (c.negated() ? ", negated" : "") + (c.acceptsIec62443() ? ", accepts IEC 62443" : "");
                item("clause " + c.clauseId() + ": " + c.kind() + flags + (c.triggers().isEmpty() ? "" : "; triggers " + String.join(", ", c.triggers())));
                sub("matched " + code("\"" + c.matched() + "\"") + " [" + c.span().start() + ".." + c.span().end() + "]");
            }
            blank();
        }

        private void actions(List<Action> actions) {
            if (actions.isEmpty()) {
                return;
            }
            heading(2, "What to do");
            actions.forEach(a -> item("[" + Wording.criterion(a.criterion()) + "] " + a.action()));
            blank();
        }

        private void allocation(List<ScopeAllocation> allocation) {
            if (allocation.isEmpty()) {
                return;
            }
            section("Which framework governs what");
            for (ScopeAllocation s : allocation) {
                String where = s.domain() != null ? s.domain().name() : "interface " + ItOtLink.describe(s.itOtInterface());
                String parts = s.iec62443Parts().isEmpty() ? "" : "; " + String.join(", ", s.iec62443Parts());
                item(where + ": " + Wording.governedBy(s.governedBy()) + parts + " (" + String.join(", ", s.criteria()) + ")");
                sub(s.reason());
            }
            blank();
        }

        private void gaps(List<ManagementSystemGap> gaps) {
            if (gaps.isEmpty()) {
                return;
            }
            section("Management-system gaps");
            gaps.forEach(g -> item(g.element() + " (ISO 27001 clause " + g.iso27001Clause() + "): " + g.status()));
            blank();
        }

        private void clauseGaps(List<ClauseGap> gaps) {
            if (gaps.isEmpty()) {
                return;
            }
            section("ISO 27001 clauses 4.1 to 10.2 when relying on IEC 62443");
            for (ClauseGap g : gaps) {
                item(g.clause() + " " + g.title() + ": " + g.status() + " (IEC 62443 coverage: " + g.iec62443Coverage() + ")");
            }
            blank();
        }

        private void controlSet(List<ControlSetEntry> controlSet, List<String> stayingWithIsms) {
            if (controlSet.isEmpty()) {
                return;
            }
            section("OT control set for the Statement of Applicability");
            for (ControlSetEntry e : controlSet) {
                item(e.annexA() + ": " + String.join(", ", e.systemRequirements()) + " (confidence " + e.bestConfidence() + ")");
            }
            if (markdown) {
                blank();
            }
            line("Annex A controls that stay with the ISMS: " + String.join(", ", stayingWithIsms));
            blank();
        }

        private void questions(String title, List<OpenQuestion> questions) {
            if (questions.isEmpty()) {
                return;
            }
            heading(2, title);
            for (OpenQuestion q : questions) {
                item("[" + Wording.criterion(q.criterion()) + "] " + q.question());
                sub("answer at " + code(q.path()) + (q.couldChangeVerdict() ? "; could change the verdict" : "; cannot change the verdict"));
            }
            blank();
        }

        private void trace(List<TraceStep> trace) {
            if (trace.isEmpty()) {
                return;
            }
            section("Trace");
            for (TraceStep s : trace) {
                String facts = s.facts().isEmpty() ? "" : " on " + s.facts().stream().map(this::code).collect(Collectors.joining(", "));
                item(s.step() + ". " + s.rule() + " [" + s.criterion() + "]" + facts + " -> " + s.concluded()
                        + (Boolean.TRUE.equals(s.withdrawn()) ? " (withdrawn)" : ""));
            }
            blank();
        }

        private static String valueOf(Evidence e) {
            try {
                String json = StrictJson.mapper().writeValueAsString(e.value());
                return e.span() == null ? json : json + " [" + e.span().start() + ".." + e.span().end() + "]";
            } catch (JsonProcessingException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
