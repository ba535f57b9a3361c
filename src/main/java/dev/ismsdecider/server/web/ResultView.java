package dev.ismsdecider.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.profile.FactError;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.FindingKind;

import java.util.List;
import java.util.Objects;

/**
 * The live answer as the page shows it: the assessment's verdict, answer, blockers with evidence, open questions and
 * scope allocation, each tied to the question it concerns; or, when the answers cannot be evaluated, the errors
 * tied to their questions. The texts are the rule set's own.
 */
public record ResultView(Assessment assessment, List<Blocker> blockers, List<Question> openQuestions, List<Scope> scope,
                  List<Problem> errors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A blocker: its criterion, title, explanation and the facts it rests on. */
    public record Blocker(String criterion, String title, String explanation, List<Fact> evidence) {
    }

    /** One piece of evidence: the JSON path, the value there, and the question it belongs to. */
    public record Fact(String path, String value, String anchor) {
    }

    /** An open question of the assessment, linked to the question of the form that answers it. */
    public record Question(String path, String criterion, String question, boolean couldChangeVerdict, String anchor) {
    }

    /** One line of the scope allocation. */
    public record Scope(String what, String governedBy, List<String> criteria) {
    }

    /** An error in the answers, linked to the question it concerns. */
    public record Problem(String path, String message, String anchor) {
    }

    static ResultView of(Assessment assessment, QuestionnaireView form) {
        List<Blocker> blockers = assessment.findings().stream()
                .filter(f -> f.kind() == FindingKind.BLOCKER)
                .map(f -> blocker(f, form))
                .toList();
        List<Question> questions = assessment.openQuestions().stream()
                .map(q -> new Question(q.path(), q.criterion(), q.question(), q.couldChangeVerdict(), form.anchor(q.path())))
                .toList();
        List<Scope> scope = assessment.scopeAllocation().stream()
                .map(s -> new Scope(s.domain() != null ? s.domain().name()
                        : s.itOtInterface().from() + " \u2192 " + s.itOtInterface().to(), s.governedBy().name(), s.criteria()))
                .toList();
        return new ResultView(assessment, blockers, questions, scope, List.of());
    }

    static ResultView invalid(List<FactError> errors, QuestionnaireView form) {
        return new ResultView(null, List.of(), List.of(), List.of(),
                errors.stream().map(e -> new Problem(e.path(), e.message(), form.anchor(e.path()))).toList());
    }

    private static Blocker blocker(Finding finding, QuestionnaireView form) {
        List<Fact> evidence = finding.evidence().stream()
                .map(e -> new Fact(e.path(), shown(e.value()), form.anchor(e.path())))
                .toList();
        return new Blocker(finding.criterion(), finding.title(), finding.explanation(), evidence);
    }

    /** A value of the facts as the user could have written it: text as it is, anything else as JSON. */
    private static String shown(Object value) {
        if (value == null || value instanceof String || value instanceof Enum<?>) {
            return Objects.toString(value, "");
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** An error slot next to a question: its element id and message ("" clears it). */
    public record Slot(String id, String message) {
    }

    /** One slot per question of the form, each with the errors that concern that question (or none). */
    public List<Slot> slots(QuestionnaireView form) {
        return form.pointers().stream().sorted().map(pointer -> {
            String group = "q" + QuestionnaireView.id(pointer).substring(1);
            String message = errors.stream().filter(e -> e.anchor().equals(group)).map(Problem::message)
                    .reduce((a, b) -> a + "; " + b).orElse("");
            return new Slot("err" + QuestionnaireView.id(pointer).substring(1), message);
        }).toList();
    }

    /** The errors that no question of the form holds (the document as a whole). */
    public List<Problem> generalErrors() {
        return errors.stream().filter(e -> e.anchor().isEmpty()).toList();
    }
}
