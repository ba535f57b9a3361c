package dev.ismsdecider.config;

import dev.ismsdecider.engine.DecisionEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one decision engine of the server: rules loaded once at start-up, a KIE session per request. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /**
     * The configured rule set, loaded while the rest of the server starts ({@link RuleSetCompilation});
     * a rule that does not compile stops start-up with file, line and message.
     */
    @Bean
    DecisionEngine decisionEngine(@Qualifier(RuleSetCompilation.BEAN_NAME) RuleSetCompilation compilation) {
        return compilation.engine();
    }

    /**
     * {@code /actuator/health} (and readiness) is UP only while a rule set with rules is loaded; it names the
     * rule set in force, so that an operator sees which rules each replica answers with.
     */
    @Bean
    HealthIndicator ruleSetHealthIndicator(DecisionEngine engine) {
        return () -> {
            Health.Builder health = engine.ruleSet().rules().isEmpty()
                    ? Health.down().withDetail("reason", "the rule set holds no rules")
                    : Health.up();
            return health.withDetail("version", engine.ruleSet().version()).withDetail("sha256", engine.ruleSet().sha256())
                    .withDetail("rules", engine.ruleSet().rules().size()).build();
        };
    }
}
