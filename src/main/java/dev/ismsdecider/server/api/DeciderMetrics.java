package dev.ismsdecider.server.api;

import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.evaluation.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server's own metrics, at {@code /actuator/prometheus} with the JVM's and Tomcat's: evaluations by
 * verdict with a latency histogram ({@code decider_evaluations_seconds}), clause checks and the clauses
 * they read, requests refused by problem type ({@code decider_requests_rejected_total}) and the KIE
 * sessions open ({@code decider_kie_sessions_open}, zero whenever no evaluation runs).
 */
@Component
final class DeciderMetrics {

    private final MeterRegistry registry;
    private final Map<Verdict, Timer> evaluations = new EnumMap<>(Verdict.class);

    DeciderMetrics(MeterRegistry registry, LiveRuleSet live) {
        this.registry = registry;
        for (Verdict verdict : Verdict.values()) {
            evaluations.put(verdict, Timer.builder("decider.evaluations").description("Evaluations completed, by verdict")
                    .tag("verdict", verdict.name()).publishPercentileHistogram().register(registry));
        }
        Gauge.builder("decider.kie.sessions.open", live, rules -> rules.engine().openSessions())
                .description("KIE sessions created and not yet disposed").register(registry);
        live.observe((assessment, nanos) -> evaluations.get(assessment.verdict()).record(nanos, TimeUnit.NANOSECONDS));
    }

    /** A clause check answered: where its clauses came from (json or document) and how many there were. */
    void clauseCheck(String source, int clauses) {
        Counter.builder("decider.clause.checks").description("Clause checks answered").tag("source", source).register(registry).increment();
        Counter.builder("decider.clause.checks.clauses").description("Clauses classified").tag("source", source).register(registry)
                .increment(clauses);
    }

    /** A request answered with an error: the problem type (about:blank for plain HTTP errors) and the status. */
    void rejected(String problemType, int status) {
        Counter.builder("decider.requests.rejected").description("Requests answered with a problem document")
                .tag("type", problemType).tag("status", Integer.toString(status)).register(registry).increment();
    }
}
