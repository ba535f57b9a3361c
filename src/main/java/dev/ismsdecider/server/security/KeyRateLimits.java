package dev.ismsdecider.server.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import java.time.Duration;
import java.util.OptionalLong;

/** One rate limiter per API key (Resilience4j): a key that has used up its period waits for the next one. */
final class KeyRateLimits {

    private final RateLimiterRegistry limiters;

    KeyRateLimits(int limit, Duration period) {
        this.limiters = limit <= 0 ? null : RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limit).limitRefreshPeriod(period).timeoutDuration(Duration.ZERO).build());
    }

    /** Takes one request from the key's allowance; when none is left, how many seconds until there is. */
    OptionalLong refuse(String keyId) {
        if (limiters == null) {
            return OptionalLong.empty();
        }
        RateLimiter limiter = limiters.rateLimiter(keyId);
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
