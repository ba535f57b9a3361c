package dev.ismsdecider.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The API-key settings ({@code decider.security.*} in {@code application.properties}).
 *
 * @param requireKeyForStateless whether the stateless v1 endpoints (evaluations, clause check, criteria, rule set,
 *                               mappings) also need a key; off by default, as contract v1 promises them open
 * @param rateLimit              requests one key may make per {@code rateLimitPeriod}; 0 for no limit
 * @param rateLimitPeriod        the period the limit counts over
 */
@ConfigurationProperties("decider.security")
public record SecuritySettings(@DefaultValue("false") boolean requireKeyForStateless, @DefaultValue("600") int rateLimit,
                               @DefaultValue("1m") Duration rateLimitPeriod) {
}
