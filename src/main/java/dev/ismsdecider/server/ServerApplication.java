package dev.ismsdecider.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The HTTP server ({@code java -jar <jar> serve}): the REST API of contract v1 over the same evaluation
 * core as the command line, and the web app. Spring lives in this package and below it only: {@code server.api}
 * (the REST controllers and problem documents), {@code server.security} (API keys for the decision records),
 * {@code server.web} and {@code server.reload}; {@code records} uses Spring's JDBC support only.
 */
@SpringBootApplication
@EnableConfigurationProperties(DeciderProperties.class)
public class ServerApplication {

    /** Exit status when the server cannot start, e.g. because the rule set does not compile. */
    static final int START_FAILED = 1;

    /**
     * Starts the server with Spring's usual arguments ({@code --server.port=N}, {@code --rules.dir=PATH}).
     * A failed start has already been reported by Spring Boot (see {@link RuleSetFailureAnalyzer}); the
     * process then ends with status 1 instead of printing the exception a second time.
     */
    public static void serve(String... args) {
        try {
            SpringApplication application = new SpringApplication(ServerApplication.class);
            // named explicitly: Spring looks for the ahead-of-time code under this class's name, not Main's
            application.setMainApplicationClass(ServerApplication.class);
            application.run(args);
        } catch (RuntimeException alreadyReported) {
            System.exit(START_FAILED);
        }
    }

    /**
     * For Spring's ahead-of-time processing at build time ({@code process-aot} in pom.xml), which starts the
     * application from a main method of its own; users start the server with {@code serve}.
     */
    public static void main(String[] args) {
        SpringApplication.run(ServerApplication.class, args);
    }
}
