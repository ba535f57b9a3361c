package dev.ismsdecider.server.security;

import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.Role;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may do what (docs/records.md). Only the records endpoints pass through Spring Security, and the stateless v1
 * endpoints too when {@code decider.security.require-key-for-stateless=true}; every other request (evaluations by
 * default, health, the OpenAPI description) matches no security chain and costs nothing more than before. Keys are
 * bearer tokens, so there are no sessions, no cookies and no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class ApiSecurityConfiguration {

    /** The records endpoints and the rule-set reload: always behind a key. */
    static final List<String> RECORDS = List.of("/api/v1/assessments", "/api/v1/assessments/**", "/api/v1/records/**",
            "/api/v1/replays", "/api/v1/replays/**", "/api/v1/keys", "/api/v1/keys/**", "/api/v1/ruleset/reload");
    /** The stateless endpoints of v1: open unless configured otherwise. */
    static final List<String> STATELESS = List.of("/api/v1/evaluations", "/api/v1/evaluations/**", "/api/v1/clauses/**",
            "/api/v1/criteria", "/api/v1/criteria/**", "/api/v1/ruleset", "/api/v1/ruleset/**", "/api/v1/mappings", "/api/v1/mappings/**");

    // The settings are read when the chain is built, at start-up, and not in a condition: Spring's ahead-of-time
    // processing would fix a condition's outcome at build time.
    @Bean
    SecurityFilterChain apiKeySecurity(HttpSecurity http, ApiKeys keys, SecuritySettings settings,
                                       @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        List<String> guarded = new ArrayList<>(RECORDS);
        if (settings.requireKeyForStateless()) {
            guarded.addAll(STATELESS);
        }
        String consultant = Role.CONSULTANT.name();
        String reviewer = Role.REVIEWER.name();
        String admin = Role.ADMIN.name();
        http.securityMatcher(guarded.toArray(String[]::new))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys, new KeyRateLimits(settings.rateLimit(), settings.rateLimitPeriod()), problems),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/assessments").hasAnyRole(consultant, admin)
                        .requestMatchers(HttpMethod.POST, "/api/v1/assessments/*/approvals").hasRole(reviewer)
                        .requestMatchers("/api/v1/replays", "/api/v1/replays/**").hasAnyRole(reviewer, admin)
                        .requestMatchers("/api/v1/keys", "/api/v1/keys/**").hasRole(admin)
                        .requestMatchers("/api/v1/ruleset/reload").hasRole(admin)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.resolveException(request, response, null, e))
                        .accessDeniedHandler((request, response, e) -> problems.resolveException(request, response, null, e)));
        return http.build();
    }

    /**
     * Spring Security's firewall sees every request, guarded or not. It refuses TRACE with a bare 400 before Spring
     * MVC can answer it; let it through, so that TRACE gets the API's 405 problem document and never an echo.
     */
    @Bean
    WebSecurityCustomizer firewallLetsTraceReachTheApi() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"));
        return web -> web.httpFirewall(firewall);
    }
}
