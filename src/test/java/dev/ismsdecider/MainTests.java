package dev.ismsdecider;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's entry point: the command line never loads Spring, so it starts fast. */
class MainTests {

    @Test
    void theCommandLineLoadsNoSpringClass() throws Exception {
        MainProcess.Result result = MainProcess.run(List.of("-verbose:class"),
                "evaluate", "facts-examples/pharma-brownfield.json", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"verdict\"");
        // -verbose:class lists every class loaded, so the CLI's own classes are there and Spring's are not.
        // (Logback itself loads one logging configurator class from the spring-boot jar; that starts nothing.)
        assertThat(result.out()).contains("dev.ismsdecider.cli.Cli");
        assertThat(result.out()).doesNotContain(
                "org.springframework.boot.SpringApplication", "org.springframework.context", "org.springframework.beans",
                "org.springframework.web", "org.apache.catalina", "dev.ismsdecider.server");
    }
}
