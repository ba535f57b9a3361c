package dev.ismsdecider.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.facts.StrictJson;
import dev.ismsdecider.knowledge.Action;
import dev.ismsdecider.knowledge.Evidence;
import dev.ismsdecider.knowledge.Finding;
import dev.ismsdecider.knowledge.ManagementSystemGap;
import dev.ismsdecider.knowledge.OpenQuestion;
import dev.ismsdecider.knowledge.ItOtLink;
import dev.ismsdecider.knowledge.ScopeAllocation;
import dev.ismsdecider.mapping.ClauseGap;
import dev.ismsdecider.mapping.ControlSetEntry;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an assessment for a decision-maker (plain text or Markdown: the verdict first, then why, what
 * to do, what is still open, and the trace for the auditor) or for programs (JSON, contract v1).
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

    public static String render(Assessment assessment, String organisation, ReportFormat format) {
        return switch (format) {
            case JSON -> json(assessment);
            case TEXT -> new Writer(false).write(assessment, organisation);
            case MARKDOWN -> new Writer(true).write(assessment, organisation);
        };
    }

    /** One layout, two notations: Markdown adds heading marks and code spans where text uses plain words. */
    private static final class Writer extends ReportLayout {

        Writer(boolean markdown) {
            super(markdown);
        }

        String write(Assessment a, String organisation) {
            heading(1, "Can we drop ISO 27001 and rely on IEC 62443?");
            if (organisation != null && !organisation.isBlank()) {
                line("Organisation: " + organisation);
                blank();
            }
            line((markdown ? "**Verdict: " + a.verdict() + "**" : "VERDICT: " + a.verdict()));
            line(a.answer());
            blank();
            findings(a.findings());
            clauses(a.clauseFindings());
            actions(a.actions());
            allocation(a.scopeAllocation());
            gaps(a.managementSystemGaps());
            clauseGaps(a.ismsClauseGaps());
            controlSet(a.otControlSet(), a.annexAStayingWithIsms());
            questions(a.openQuestions());
            trace(a.trace());
            line("Rule set " + a.ruleSet().version() + ", SHA-256 " + code(a.ruleSet().sha256()));
            return text();
        }

        private void findings(List<Finding> findings) {
            heading(2, "Why: findings");
            for (Finding f : findings) {
                item("[" + f.kind() + " " + f.criterion() + "] " + f.title());
                detail(f.explanation());
                for (Evidence e : f.evidence()) {
                    detail("evidence: " + code(e.path()) + " = " + code(valueOf(e)));
                }
            }
            blank();
        }

        private void clauses(List<ClauseFinding> clauseFindings) {
            if (clauseFindings.isEmpty()) {
                return;
            }
            heading(2, "What the contract clauses require");
            for (ClauseFinding c : clauseFindings) {
                String flags = (c.negated() ? ", negated" : "") + (c.acceptsIec62443() ? ", accepts IEC 62443" : "");
                item("clause " + c.clauseId() + ": " + c.kind() + flags + (c.triggers().isEmpty() ? "" : "; triggers " + String.join(", ", c.triggers())));
                detail("matched " + code("\"" + c.matched() + "\"") + " [" + c.span().start() + ".." + c.span().end() + "]");
            }
            blank();
        }

        private void actions(List<Action> actions) {
            if (actions.isEmpty()) {
                return;
            }
            heading(2, "What to do");
            actions.forEach(a -> item("[" + a.criterion() + "] " + a.action()));
            blank();
        }

        private void allocation(List<ScopeAllocation> allocation) {
            if (allocation.isEmpty()) {
                return;
            }
            heading(2, "Which framework governs what");
            for (ScopeAllocation s : allocation) {
                String where = s.domain() != null ? s.domain().name() : "interface " + ItOtLink.describe(s.itOtInterface());
                String parts = s.iec62443Parts().isEmpty() ? "" : "; " + String.join(", ", s.iec62443Parts());
                item(where + ": " + s.governedBy() + parts + " (" + String.join(", ", s.criteria()) + ")");
                detail(s.reason());
            }
            blank();
        }

        private void gaps(List<ManagementSystemGap> gaps) {
            if (gaps.isEmpty()) {
                return;
            }
            heading(2, "Management-system gaps");
            gaps.forEach(g -> item(g.element() + " (ISO 27001 clause " + g.iso27001Clause() + "): " + g.status()));
            blank();
        }

        private void clauseGaps(List<ClauseGap> gaps) {
            if (gaps.isEmpty()) {
                return;
            }
            heading(2, "ISO 27001 clauses 4.1 to 10.2 when relying on IEC 62443");
            for (ClauseGap g : gaps) {
                item(g.clause() + " " + g.title() + ": " + g.status() + " (IEC 62443 coverage: " + g.iec62443Coverage() + ")");
            }
            blank();
        }

        private void controlSet(List<ControlSetEntry> controlSet, List<String> stayingWithIsms) {
            if (controlSet.isEmpty()) {
                return;
            }
            heading(2, "OT control set for the Statement of Applicability");
            for (ControlSetEntry e : controlSet) {
                item(e.annexA() + ": " + String.join(", ", e.systemRequirements()) + " (confidence " + e.bestConfidence() + ")");
            }
            line("Annex A controls that stay with the ISMS: " + String.join(", ", stayingWithIsms));
            blank();
        }

        private void questions(List<OpenQuestion> questions) {
            if (questions.isEmpty()) {
                return;
            }
            heading(2, "Open questions");
            for (OpenQuestion q : questions) {
                item("[" + q.criterion() + "] " + q.question());
                detail("answer at " + code(q.path()) + (q.couldChangeVerdict() ? "; could change the verdict" : "; cannot change the verdict"));
            }
            blank();
        }

        private void trace(List<TraceStep> trace) {
            heading(2, "Trace");
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
