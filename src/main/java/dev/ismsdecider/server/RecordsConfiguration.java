package dev.ismsdecider.server;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.RecordStore;
import dev.ismsdecider.records.RecordsDatabase;
import dev.ismsdecider.records.ReplayRuleSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decision records over the server's data source ({@code spring.datasource.*}: an H2 file under ./data unless
 * configured otherwise), its schema migrated by Flyway as the server starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecordsConfiguration.RecordsSettings.class)
class RecordsConfiguration {

    /**
     * The records settings ({@code decider.records.*}).
     *
     * @param replayRulesDir a rule folder replays may be run under instead of the loaded rule set (a candidate set
     *                       of rules, say); only the server's configuration names it, never a request
     */
    @ConfigurationProperties("decider.records")
    record RecordsSettings(String replayRulesDir) {
    }

    @Bean
    RecordsDatabase recordsDatabase(DataSource dataSource) {
        return RecordsDatabase.migrated(dataSource);
    }

    @Bean
    RecordStore recordStore(RecordsDatabase database) {
        return new RecordStore(database);
    }

    @Bean
    ApiKeys apiKeys(RecordsDatabase database) {
        return new ApiKeys(database);
    }

    /** A replay rule folder, when configured, is compiled at start-up: one that does not compile stops the server. */
    @Bean
    ReplayRuleSet replayRuleSet(RecordsSettings settings) {
        String dir = settings.replayRulesDir();
        return new ReplayRuleSet(dir == null || dir.isBlank() ? Optional.empty() : Optional.of(DecisionEngine.fromDirectory(Path.of(dir.strip()))));
    }
}
