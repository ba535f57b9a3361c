package dev.ismsdecider.server.reload;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.profile.FactsReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the REST tests do not see: the packaged rules cannot be reloaded, and the metrics observer survives a reload. */
class RuleSetReloadUnitTests {

    @Test
    void thePackagedRuleSetHasNoFolderToReloadFrom() {
        LiveRuleSet live = new LiveRuleSet(() -> new LiveRuleSet.Active(DecisionEngine.packaged(), RuleSetSource.packaged()));
        RuleSetReload reload = new RuleSetReload(live, null, engine -> { }, Clock.systemUTC());
        DecisionEngine before = live.engine();

        assertThat(reload.available()).isFalse();
        assertThatThrownBy(reload::reload).isInstanceOf(IllegalStateException.class);
        assertThat(live.engine()).isSameAs(before);
        assertThat(reload.lastFailure()).isEmpty();
    }

    @Test
    void theObserverOfEvaluationsIsToldOfThoseOfTheReloadedEngineToo() throws Exception {
        LiveRuleSet live = new LiveRuleSet(() -> new LiveRuleSet.Active(DecisionEngine.packaged(), RuleSetSource.packaged()));
        AtomicInteger observed = new AtomicInteger();
        live.observe((assessment, nanos) -> observed.incrementAndGet());
        DecisionEngine before = live.engine();

        new RuleSetReload(live, Path.of("rules"), engine -> { }, Clock.systemUTC()).reload();
        live.engine().evaluate(FactsReader.read(Files.readAllBytes(Path.of("facts-examples/unknowns.json"))));

        assertThat(live.engine()).isNotSameAs(before);
        assertThat(live.current().source().sha256()).isEqualTo(live.engine().ruleSet().sha256());
        assertThat(observed).hasValue(1);
    }
}
