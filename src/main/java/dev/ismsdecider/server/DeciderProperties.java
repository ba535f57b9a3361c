package dev.ismsdecider.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's own settings ({@code decider.*} in {@code application.properties}).
 *
 * @param rulesDir    folder to load the DRL rule set from instead of the packaged one; blank for the
 *                    packaged rules. {@code --rules.dir=PATH} sets it.
 * @param maxBodySize largest request body accepted; a larger one is refused with 413 while it is read
 * @param concurrentEvaluations how many evaluations run at once; further requests wait their turn.
 *                    0 (the default) means one per processor and one more. (Tomcat's worker threads are
 *                    {@code server.tomcat.threads.max}.)
 */
@ConfigurationProperties("decider")
public record DeciderProperties(String rulesDir, @DefaultValue("1MB") DataSize maxBodySize,
                                @DefaultValue("0") int concurrentEvaluations) {

    /** How many evaluations may run at once: as configured, or one per processor and one more. */
    public int evaluationPermits() {
        return concurrentEvaluations > 0 ? concurrentEvaluations : processors() + 1;
    }

    /** The rule folder, when one is configured. */
    public Optional<Path> rulesFolder() {
        return rulesDir == null || rulesDir.isBlank() ? Optional.empty() : Optional.of(Path.of(rulesDir.strip()));
    }

    private static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }
}
