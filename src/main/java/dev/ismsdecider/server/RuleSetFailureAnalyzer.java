package dev.ismsdecider.server;

import dev.ismsdecider.evaluation.RuleSetException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a rule set that does not load as Spring Boot's short "APPLICATION FAILED TO START" block:
 * file, line and message of each problem, and no stack trace.
 */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the rule files named above (file:line: message), or start without --rules.dir to use the packaged rule set.",
                cause);
    }
}
