package dev.ismsdecider.server;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetInfo;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.server.reload.LiveWhatIf;
import dev.ismsdecider.server.reload.RuleSetReload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decision engine of the server: rules loaded at start-up, a KIE session per request, and reloadable from the
 * configured rule folder while the server runs ({@link RuleSetReload}, docs/deploy.md). Every door takes the engine
 * from the one {@link LiveRuleSet} per request.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

    /**
     * The configured rule set, loaded by Spring's background initialisation while the rest of the server starts; the
     * context is not ready, and the server does not listen, until it is. The packaged rules come compiled at build
     * time; a folder given with {@code --rules.dir} is compiled from its DRL here and must pass its
     * {@link RuleSetSelfTest}; a rule that does not compile stops start-up with file, line and message
     * ({@link RuleSetFailureAnalyzer}).
     */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    LiveRuleSet.Active ruleSetAtStart(DeciderProperties properties, @Value("${decider.rules-self-test:true}") boolean selfTest) {
        long start = System.nanoTime();
        RuleSetSource source = properties.rulesFolder().map(RuleSetSource::fromDirectory).orElseGet(RuleSetSource::packaged);
        DecisionEngine engine = properties.rulesFolder().isPresent() ? DecisionEngine.load(source) : DecisionEngine.packaged();
        if (properties.rulesFolder().isPresent() && selfTest) {
            RuleSetSelfTest.check(engine);
        }
        LOG.info("Rule set {} ({} rules, SHA-256 {}) {} in {} ms", engine.ruleSet().version(), engine.ruleSet().rules().size(),
                engine.ruleSet().sha256(), engine.precompiled() ? "loaded as compiled at build time" : "compiled from DRL",
                (System.nanoTime() - start) / 1_000_000);
        return new LiveRuleSet.Active(engine, source);
    }

    /**
     * The rule set in force, which every door takes per request. It asks for the rule set loaded at start only when a
     * request first needs it, so that the doors can be created while that rule set is still loading.
     */
    @Bean
    LiveRuleSet liveRuleSet(ObjectProvider<LiveRuleSet.Active> ruleSetAtStart) {
        return new LiveRuleSet(ruleSetAtStart::getObject);
    }

    /** What-if over the rule set in force, for the REST API and the web app. */
    @Bean
    LiveWhatIf liveWhatIf(LiveRuleSet live) {
        return new LiveWhatIf(live);
    }

    /** Reloads from {@code --rules.dir} with the same self-test as at start-up ({@code decider.rules-self-test}). */
    @Bean
    RuleSetReload ruleSetReload(LiveRuleSet live, DeciderProperties properties,
                                @Value("${decider.rules-self-test:true}") boolean selfTest) {
        return new RuleSetReload(live, properties.rulesFolder().orElse(null), selfTest ? RuleSetSelfTest::check : engine -> { },
                Clock.systemUTC());
    }

    /**
     * {@code /actuator/health} (and readiness) is UP only while a rule set with rules is loaded; it names the
     * rule set in force, so that an operator sees which rules each replica answers with, and the last reload that
     * failed (which left that rule set in force) until a reload succeeds.
     */
    @Bean
    HealthIndicator ruleSetHealthIndicator(LiveRuleSet live, RuleSetReload reload) {
        return () -> {
            RuleSetInfo ruleSet = live.engine().ruleSet();
            Health.Builder health = ruleSet.rules().isEmpty()
                    ? Health.down().withDetail("reason", "the rule set holds no rules")
                    : Health.up();
            health.withDetail("version", ruleSet.version()).withDetail("sha256", ruleSet.sha256())
                    .withDetail("rules", ruleSet.rules().size()).withDetail("reloadable", reload.available());
            reload.lastFailure().ifPresent(failure -> {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("at", failure.at().toString());
                error.put("message", failure.message());
                health.withDetail("lastReloadError", error);
            });
            return health.build();
        };
    }
}
