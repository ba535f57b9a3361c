package dev.ismsdecider.records;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Keeps every test server's records out of the project folder: a server started by a test with the packaged default
 * database ({@link RecordsDatabase#DEFAULT_URL}, under ./data) gets an H2 file in a temporary folder instead. A test
 * that names its own database keeps it. Registered in the tests' {@code META-INF/spring.factories}.
 */
public final class TemporaryRecordsDatabase implements EnvironmentPostProcessor, Ordered {

    private static final String URL = "spring.datasource.url";
    private static Path folder;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (RecordsDatabase.DEFAULT_URL.equals(environment.getProperty(URL))) {
            environment.getPropertySources().addFirst(new MapPropertySource("temporary-records-database",
                    Map.of(URL, "jdbc:h2:file:" + folder().resolve("records").toAbsolutePath())));
        }
    }

    /** One folder per test JVM. */
    private static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("isms-decider-records");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    @Override
    public int getOrder() {
        // after Spring Boot has read application.properties
        return Ordered.LOWEST_PRECEDENCE;
    }
}
