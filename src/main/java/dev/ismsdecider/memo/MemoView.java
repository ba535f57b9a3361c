package dev.ismsdecider.memo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.report.Wording;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.evaluation.Evidence;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.FindingKind;
import dev.ismsdecider.evaluation.facts.ItOtLink;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.evaluation.ScopeAllocation;
import dev.ismsdecider.profile.Span;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.mapping.ControlSetEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Everything the memo template shows, worked out once: words for codes, evidence quoted from the input, the annex
 * tables. The template only lays it out, so HTML and PDF cannot say different things.
 */
record MemoView(
        String question,
        String organisation,
        String date,
        String ruleSetVersion,
        String verdict,
        String verdictCode,
        String answer,
        List<Blocker> blockers,
        List<String> actions,
        int moreActions,
        List<Question> flipQuestions,
        List<Allocation> allocation,
        List<Gap> gaps,
        List<ClauseGap> clauseGaps,
        List<ClauseReading> clauseReadings,
        List<FindingLine> findings,
        List<Control> controls,
        List<String> stayingWithIsms,
        List<Step> trace,
        List<Question> otherQuestions,
        String inputSha256,
        String ruleSetSha256,
        MemoInput.StoredRecord record) {

    /** The page holds at most this many actions; the annex's findings carry the rest. */
    static final int TOP_ACTIONS = 5;

    /** A blocker with the facts it rests on, quoted. */
    record Blocker(String criterion, String criterionTitle, String title, List<Quote> evidence) {
    }

    /**
     * One piece of evidence as the reader sees it: for clause text the sentence with the matching words marked
     * ({@code before}, {@code marked}, {@code after}); for any other fact its path and value ({@code marked} empty).
     */
    record Quote(String path, String before, String marked, String after, String value) {

        public boolean clause() {
            return !marked.isEmpty();
        }
    }

    record Question(String criterion, String question, String path) {
    }

    record Allocation(String domain, String governedBy, String reason, String parts, String criteria) {
    }

    record Gap(String element, String clause, String status) {
    }

    record ClauseReading(String clauseId, String party, String kind, String reading, Quote quote) {
    }

    record FindingLine(String kind, String criterion, String title, String explanation) {
    }

    record Control(String annexA, String requirements, String relationship, String confidence, String subcategories) {
    }

    record Step(int step, String rule, String criterion, String facts, String concluded, boolean withdrawn) {
    }

    static MemoView of(MemoInput in) {
        Assessment a = in.assessment();
        JsonNode facts = readFacts(in.facts());
        String organisation = facts.at("/organization/name").asText("");
        List<Blocker> blockers = a.findings().stream().filter(f -> f.kind() == FindingKind.BLOCKER)
                .map(f -> new Blocker(f.criterion(), Wording.criterionTitle(f.criterion()), f.title(),
                        f.evidence().stream().map(e -> quote(e, facts)).toList()))
                .toList();
        List<String> actions = a.actions().stream().limit(TOP_ACTIONS).map(x -> x.action() + " (" + x.criterion() + ")").toList();
        return new MemoView(
                Wording.QUESTION,
                organisation,
                in.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
                a.ruleSet().version(),
                Wording.verdict(a.verdict()),
                a.verdict().name(),
                a.answer(),
                blockers,
                actions,
                Math.max(0, a.actions().size() - TOP_ACTIONS),
                questions(a.openQuestions(), true),
                a.scopeAllocation().stream().map(MemoView::allocation).toList(),
                a.managementSystemGaps().stream().map(g -> new Gap(g.element(), g.iso27001Clause(), words(g.status().name()))).toList(),
                a.ismsClauseGaps(),
                a.clauseFindings().stream().map(c -> reading(c, facts)).toList(),
                a.findings().stream().map(f -> new FindingLine(f.kind().label(), f.criterion(), f.title(), f.explanation())).toList(),
                a.otControlSet().stream().map(MemoView::control).toList(),
                a.annexAStayingWithIsms(),
                a.trace().stream().map(MemoView::step).toList(),
                questions(a.openQuestions(), false),
                in.factsSha256(),
                a.ruleSet().sha256(),
                in.record());
    }

    private static List<Question> questions(List<OpenQuestion> questions, boolean couldChangeVerdict) {
        return questions.stream().filter(q -> q.couldChangeVerdict() == couldChangeVerdict)
                .map(q -> new Question(q.criterion(), q.question(), q.path())).toList();
    }

    private static Allocation allocation(ScopeAllocation s) {
        String where = s.domain() != null ? s.domain().name() : "Interface " + ItOtLink.describe(s.itOtInterface());
        return new Allocation(where, Wording.governedBy(s.governedBy()), s.reason(),
                s.iec62443Parts().isEmpty() ? "none" : String.join(", ", s.iec62443Parts()), String.join(", ", s.criteria()));
    }

    private static ClauseReading reading(ClauseFinding c, JsonNode facts) {
        List<String> reading = new ArrayList<>();
        reading.add(c.negated() ? "negated: it rules the requirement out" : "requires it");
        if (c.acceptsIec62443()) {
            reading.add("accepts IEC 62443");
        }
        if (c.iec62443Part() != null) {
            reading.add("IEC 62443-" + c.iec62443Part());
        }
        if (c.securityLevel() != null) {
            reading.add("security level " + c.securityLevel());
        }
        reading.add(c.triggers().isEmpty() ? "ties the organisation to nothing (NR-1 not triggered)"
                : "triggers " + String.join(", ", c.triggers()));
        String sentence = clauseText(facts, c.clauseId());
        Quote quote = marked("", sentence, c.span(), c.matched());
        return new ClauseReading(c.clauseId(), c.party() == null ? "" : c.party(), words(c.kind().name()), String.join("; ", reading), quote);
    }

    private static String clauseText(JsonNode facts, String clauseId) {
        for (JsonNode clause : facts.path("contractClauses")) {
            if (clauseId.equals(clause.path("id").asText(null))) {
                return clause.path("text").asText("");
            }
        }
        return "";
    }

    private static Control control(ControlSetEntry e) {
        return new Control(e.annexA(), String.join(", ", e.systemRequirements()), words(e.relationship().name()),
                words(e.bestConfidence().name()), String.join(", ", e.subcategories()));
    }

    private static Step step(TraceStep s) {
        return new Step(s.step(), s.rule(), s.criterion(), String.join(", ", s.facts()), s.concluded(), Boolean.TRUE.equals(s.withdrawn()));
    }

    /** A finding's evidence quoted: clause words in their sentence as the input has it, any other fact with its value. */
    static Quote quote(Evidence e, JsonNode facts) {
        if (e.span() != null) {
            return marked(e.path(), facts.at(e.path()).asText(""), e.span(), String.valueOf(e.value()));
        }
        return new Quote(e.path(), "", "", "", value(StrictJson.mapper().valueToTree(e.value())));
    }

    /** The sentence with its span marked; when the span does not fit the sentence, the matched words alone. */
    private static Quote marked(String path, String sentence, Span span, String matched) {
        if (span != null && span.start() >= 0 && span.end() <= sentence.length() && span.start() < span.end()) {
            return new Quote(path, sentence.substring(0, span.start()), sentence.substring(span.start(), span.end()),
                    sentence.substring(span.end()), "");
        }
        return new Quote(path, "", matched == null || matched.isEmpty() ? "(no words matched)" : matched, "", "");
    }

    /** A fact's value for people: yes / no for booleans, "not stated" for null, objects as "key: value" pairs. */
    static String value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "not stated";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "yes" : "no";
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(MemoView::value).collect(Collectors.joining(", "));
        }
        if (node.isObject()) {
            List<String> pairs = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                pairs.add(field.getKey() + ": " + value(field.getValue()));
            }
            return String.join(", ", pairs);
        }
        return node.asText();
    }

    /** {@code NOT_STATED} as "not stated". */
    static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static JsonNode readFacts(byte[] facts) {
        try {
            return StrictJson.mapper().readTree(facts);
        } catch (IOException e) {
            // the assessment was made from these bytes, so they were read once already
            throw new UncheckedIOException("facts no longer readable", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
