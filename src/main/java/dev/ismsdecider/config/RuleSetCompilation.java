package dev.ismsdecider.config;

import dev.ismsdecider.engine.DecisionEngine;
import dev.ismsdecider.engine.RuleSetSource;
import dev.ismsdecider.reload.LiveRuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The rule set, loaded on its own thread from the moment the configuration is known while Spring builds
 * the rest of the server: start-up then takes about as long as the slower of the two instead of both
 * together. The packaged rules come compiled at build time; a folder given with {@code --rules.dir} is
 * compiled from its DRL here and must pass its {@link RuleSetSelfTest}. The engine bean waits for the result,
 * so a rule set that does not compile or fails its self-test still stops start-up.
 */
final class RuleSetCompilation {

    static final String BEAN_NAME = "ruleSetCompilation";
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompilation.class);

    private final CompletableFuture<LiveRuleSet.Active> engine = new CompletableFuture<>();
    /** Whether a rule set from a folder must pass {@link RuleSetSelfTest} ({@code decider.rules-self-test}, default true). */
    private final boolean selfTest;

    private RuleSetCompilation(boolean selfTest) {
        this.selfTest = selfTest;
    }

    static RuleSetCompilation start(DeciderProperties properties, boolean selfTest) {
        RuleSetCompilation compilation = new RuleSetCompilation(selfTest);
        Thread compiler = new Thread(() -> compilation.compile(properties), "rule-set-compiler");
        compiler.setDaemon(true);
        compiler.start();
        return compilation;
    }

    private void compile(DeciderProperties properties) {
        long start = System.nanoTime();
        try {
            RuleSetSource source = properties.rulesFolder().map(RuleSetSource::fromDirectory).orElseGet(RuleSetSource::packaged);
            DecisionEngine compiled = properties.rulesFolder().isPresent() ? DecisionEngine.load(source) : DecisionEngine.packaged();
            if (properties.rulesFolder().isPresent() && selfTest) {
                RuleSetSelfTest.check(compiled);
            }
            LOG.info("Rule set {} ({} rules, SHA-256 {}) {} in {} ms", compiled.ruleSet().version(),
                    compiled.ruleSet().rules().size(), compiled.ruleSet().sha256(),
                    compiled.precompiled() ? "loaded as compiled at build time" : "compiled from DRL", (System.nanoTime() - start) / 1_000_000);
            engine.complete(new LiveRuleSet.Active(compiled, source));
        } catch (RuntimeException | Error e) {
            engine.completeExceptionally(e);
        }
    }

    /** The compiled engine and its source, once compiled; rethrows what stopped the compilation (e.g. a RuleSetException). */
    LiveRuleSet.Active ruleSet() {
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Starts the compilation as each application context is initialised; see {@code META-INF/spring.factories}. */
    static final class Starter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            DeciderProperties properties = Binder.get(context.getEnvironment()).bindOrCreate("decider", DeciderProperties.class);
            boolean selfTest = context.getEnvironment().getProperty("decider.rules-self-test", Boolean.class, true);
            context.getBeanFactory().registerSingleton(BEAN_NAME, start(properties, selfTest));
        }
    }
}
