package dev.ismsdecider.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.StrictJson;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Stored assessments and their approvals, each tenant's in its own hash chain ({@link Chain}). Every read and write
 * names its tenant: nothing of one tenant is visible to another, and an entry of another tenant is answered as
 * absent.
 */
public final class RecordStore {

    static final String ASSESSMENT = "ASSESSMENT";
    static final String APPROVAL = "APPROVAL";
    private static final int MAX_COMMENT = 10_000;
    private static final Set<String> APPROVAL_MEMBERS = Set.of("decision", "comment");
    private static final ObjectMapper JSON = StrictJson.mapper();

    private final Chain chain;
    private final JdbcClient jdbc;

    public RecordStore(RecordsDatabase database) {
        this.chain = new Chain(database);
        this.jdbc = database.jdbc();
    }

    /**
     * Evaluates an organisation profile and stores input and assessment as the tenant's next entry. The input is
     * kept in its canonical form (RFC 8785), and that form is what is evaluated, so a replay under the same rules
     * gives the same assessment.
     *
     * @throws dev.ismsdecider.profile.InvalidFactsException when the profile is not valid (nothing is stored)
     */
    public AssessmentRecord store(String tenant, String recordedBy, byte[] facts, DecisionEngine engine) {
        FactsReader.read(facts);
        String canonicalInput = Hashes.canonical(new String(facts, StandardCharsets.UTF_8));
        Assessment assessment = engine.evaluate(FactsReader.read(canonicalInput));
        ObjectNode entry = newEntry(ASSESSMENT, recordedBy);
        entry.set("input", tree(canonicalInput));
        entry.put("inputSha256", Hashes.sha256(canonicalInput));
        entry.set("ruleSet", JSON.valueToTree(assessment.ruleSet()));
        entry.set("assessment", JSON.valueToTree(assessment));
        return assessmentRecord(chain.append(tenant, entry), List.of());
    }

    /** One of the tenant's stored assessments with its approvals; empty when the tenant has none with this id. */
    public Optional<AssessmentRecord> find(String tenant, String id) {
        return chain.find(tenant, ASSESSMENT, id).map(row -> assessmentRecord(row, approvals(tenant, id)));
    }

    /** The tenant's stored assessments that match, newest first. */
    public RecordPage list(String tenant, RecordQuery query) {
        StringBuilder where = new StringBuilder(" FROM chain_entries WHERE tenant = ? AND kind = '" + ASSESSMENT + "'");
        List<Object> params = new ArrayList<>(List.of(tenant));
        if (query.verdict() != null) {
            where.append(" AND verdict = ?");
            params.add(query.verdict());
        }
        if (query.organization() != null) {
            where.append(" AND LOWER(organization) = LOWER(?)");
            params.add(query.organization());
        }
        if (query.ruleSetVersion() != null) {
            where.append(" AND rule_set_version = ?");
            params.add(query.ruleSetVersion());
        }
        if (query.from() != null) {
            where.append(" AND recorded_at >= ?");
            params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND recorded_at < ?");
            params.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<RecordSummary> items = jdbc.sql("SELECT id, recorded_at, recorded_by, organization, verdict, rule_set_version, seq, entry_hash"
                        + where + " ORDER BY seq DESC OFFSET " + (long) query.page() * query.size() + " ROWS FETCH NEXT " + query.size() + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> new RecordSummary(rs.getString("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant().toString(),
                        rs.getString("recorded_by"), rs.getString("organization"), rs.getString("verdict"), rs.getString("rule_set_version"),
                        rs.getLong("seq"), rs.getString("entry_hash").strip()))
                .list();
        return new RecordPage(items, query.page(), query.size(), total);
    }

    /**
     * Records a reviewer's decision on one of the tenant's assessments, as the tenant's next entry.
     *
     * @param body    {@code {"decision": "APPROVED"|"REJECTED", "comment": "..."}}
     * @param current the rule set the server runs now; a decision on an assessment made under another one says so
     * @return empty when the tenant has no assessment with this id
     * @throws InvalidRecordRequest naming the member of the body that is wrong
     */
    public Optional<ApprovalRecord> approve(String tenant, String recordedBy, String assessmentId, byte[] body, RuleSetRef current) {
        JsonNode request = RequestBodies.object(body, APPROVAL_MEMBERS);
        ApprovalDecision decision = RequestBodies.choice(request, "decision", ApprovalDecision.class);
        String comment = RequestBodies.optionalText(request, "comment", MAX_COMMENT);
        Optional<Chain.Row> assessment = chain.find(tenant, ASSESSMENT, assessmentId);
        if (assessment.isEmpty()) {
            return Optional.empty();
        }
        RuleSetRef madeUnder = ruleSet(assessment.get().json().path("ruleSet"));
        ObjectNode entry = newEntry(APPROVAL, recordedBy);
        entry.put("assessmentId", assessmentId);
        entry.put("decision", decision.name());
        entry.put("comment", comment);
        entry.set("ruleSet", JSON.valueToTree(current));
        entry.set("assessmentRuleSet", JSON.valueToTree(madeUnder));
        entry.put("underOlderRuleSet", !madeUnder.sha256().equals(current.sha256()));
        return Optional.of(approvalRecord(chain.append(tenant, entry)));
    }

    /** Recomputes the tenant's chain. */
    public Verification verify(String tenant) {
        return chain.verify(tenant);
    }

    public ChainHead head(String tenant) {
        return chain.head(tenant);
    }

    /** Every tenant with at least one entry. */
    public List<String> tenants() {
        return chain.tenants();
    }

    /** Evaluates every stored input of the tenant again with the given engine; stores nothing. */
    public ReplayReport replay(String tenant, DecisionEngine engine) {
        List<ReplayReport.ReplayedChange> changes = new ArrayList<>();
        int[] replayed = {0};
        chain.walk(tenant, row -> {
            if (!ASSESSMENT.equals(row.columns().kind())) {
                return;
            }
            replayed[0]++;
            JsonNode entry = row.json();
            JsonNode before = entry.path("assessment");
            JsonNode now = JSON.valueToTree(engine.evaluate(FactsReader.toProfile(entry.path("input"))));
            if (!withoutRuleSet(before).equals(withoutRuleSet(now))) {
                changes.add(change(row, entry, before, now));
            }
        });
        RuleSetRef ruleSet = new RuleSetRef(engine.ruleSet().version(), engine.ruleSet().sha256());
        return new ReplayReport(tenant, ruleSet, replayed[0], changes);
    }

    private static ReplayReport.ReplayedChange change(Chain.Row row, JsonNode entry, JsonNode before, JsonNode now) {
        Set<String> oldBlockers = blockers(before);
        Set<String> newBlockers = blockers(now);
        Set<String> oldQuestions = questions(before);
        Set<String> newQuestions = questions(now);
        return new ReplayReport.ReplayedChange(row.columns().id(), row.columns().recordedAt().toString(), row.columns().organization(),
                ruleSet(entry.path("ruleSet")), before.path("verdict").asText(), now.path("verdict").asText(),
                minus(newBlockers, oldBlockers), minus(oldBlockers, newBlockers), minus(newQuestions, oldQuestions), minus(oldQuestions, newQuestions));
    }

    private static JsonNode withoutRuleSet(JsonNode assessment) {
        ObjectNode copy = assessment.deepCopy();
        copy.remove("ruleSet");
        return copy;
    }

    private static Set<String> blockers(JsonNode assessment) {
        Set<String> ids = new TreeSet<>();
        assessment.path("findings").forEach(f -> {
            if ("BLOCKER".equals(f.path("kind").asText())) {
                ids.add(f.path("criterion").asText());
            }
        });
        return ids;
    }

    private static Set<String> questions(JsonNode assessment) {
        Set<String> paths = new TreeSet<>();
        assessment.path("openQuestions").forEach(q -> paths.add(q.path("path").asText()));
        return paths;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private List<ApprovalRecord> approvals(String tenant, String assessmentId) {
        return chain.where("tenant = ? AND kind = '" + APPROVAL + "' AND subject_id = ?", tenant, assessmentId).stream()
                .map(RecordStore::approvalRecord).toList();
    }

    private static ObjectNode newEntry(String kind, String recordedBy) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("kind", kind);
        entry.put("id", UUID.randomUUID().toString());
        entry.put("recordedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        entry.put("recordedBy", recordedBy);
        return entry;
    }

    private static AssessmentRecord assessmentRecord(Chain.Row row, List<ApprovalRecord> approvals) {
        JsonNode entry = row.json();
        String canonicalInput = Hashes.canonical(entry.path("input"));
        return new AssessmentRecord(row.columns().id(), row.tenant(), row.columns().recordedBy(), entry.path("recordedAt").asText(),
                canonicalInput, entry.path("inputSha256").asText(), ruleSet(entry.path("ruleSet")), entry.path("assessment"),
                row.link(), approvals);
    }

    private static ApprovalRecord approvalRecord(Chain.Row row) {
        JsonNode entry = row.json();
        boolean older = entry.path("underOlderRuleSet").asBoolean();
        RuleSetRef madeUnder = ruleSet(entry.path("assessmentRuleSet"));
        RuleSetRef current = ruleSet(entry.path("ruleSet"));
        String note = older ? "The assessment was made under rule set " + madeUnder.version() + " (SHA-256 " + madeUnder.sha256()
                + "); this decision was recorded under rule set " + current.version() + " (SHA-256 " + current.sha256() + ")." : null;
        JsonNode comment = entry.path("comment");
        return new ApprovalRecord(row.columns().id(), entry.path("assessmentId").asText(), ApprovalDecision.valueOf(entry.path("decision").asText()),
                comment.isTextual() ? comment.asText() : null, row.columns().recordedBy(), entry.path("recordedAt").asText(),
                current, madeUnder, older, note, row.link());
    }

    private static RuleSetRef ruleSet(JsonNode node) {
        return new RuleSetRef(node.path("version").asText(), node.path("sha256").asText());
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical JSON is JSON", e);
        }
    }
}
