package dev.ismsdecider.server;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleFailure;
import dev.ismsdecider.evaluation.RuleProblem;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.profile.FactsReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-test a rule set from {@code --rules.dir} passes before the server starts with it: every example
 * profile of {@code facts-examples/} (packaged in the jar) is evaluated, and each must give a verdict with
 * no KIE session left open. A rule set that throws on one, like one that does not compile, stops start-up
 * (a {@link RuleSetException}, reported by {@link RuleSetFailureAnalyzer}), so it never replaces a running
 * replica (docs/deploy.md). The verdicts may differ from the packaged rules': a new rule set may well decide
 * otherwise. The packaged rules are tested at build time instead.
 */
final class RuleSetSelfTest {

    private static final String EXAMPLES = "facts-examples/";
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetSelfTest.class);

    private RuleSetSelfTest() {
    }

    static void check(DecisionEngine engine) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Resource example : examples()) {
            String name = EXAMPLES + example.getFilename();
            try (InputStream in = example.getInputStream()) {
                if (engine.evaluate(FactsReader.read(in.readAllBytes())).verdict() == null) {
                    problems.add(new RuleProblem(name, 0, "the self-test gives no verdict for this example"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            } catch (RuntimeException e) {
                // The exception's own text names Java classes; problems reach the health endpoint and the reload's answer,
                // so they name the rule in the rule author's terms and the log keeps the cause.
                LOG.warn("Rule-set self-test: {} fails: {}", name, e.getMessage());
                String rule = e instanceof RuleFailure f && f.rule() != null ? "rule \"" + f.rule() + "\" fails in its consequence"
                        : "the rules fail";
                problems.add(new RuleProblem(name, 0, "the self-test fails on this example: " + rule + " (the server log has the cause)"));
            }
        }
        if (engine.openSessions() != 0) {
            problems.add(new RuleProblem(EXAMPLES, 0, "the self-test left " + engine.openSessions() + " KIE sessions open"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    private static List<Resource> examples() {
        try {
            List<Resource> found = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + EXAMPLES + "*.json")) {
                String file = String.valueOf(resource.getFilename());
                if (!file.endsWith(".expected.json")) {
                    found.add(resource);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + EXAMPLES, e);
        }
    }
}
