package dev.ismsdecider.server.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium and its ChromeDriver, from their fixed places (never downloaded), with a fresh profile
 * and download folder. Without them the browser tests are skipped on a developer's machine and fail under CI=true,
 * where .ci/run has installed them. axe-core comes from npm into target/axe (pom.xml, pre-integration-test).
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
    static final Path AXE = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));

    private Browser() {
    }

    /** Skips (or, under CI, fails) when Chromium, ChromeDriver or axe-core is missing. */
    static void requireInstalled() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute() && Files.isRegularFile(AXE);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as("CI needs %s, %s and %s (.ci/run installs them)", CHROMIUM, DRIVER, AXE).isTrue();
        }
        assumeTrue(installed, "Chromium, ChromeDriver or axe-core missing: apt-get install chromium chromium-driver; ./mvnw verify installs axe-core");
    }

    static ChromeDriver start(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        return driver;
    }

    /** The serious and critical violations axe-core finds on the page, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(JavascriptExecutor page) throws IOException {
        page.executeScript(Files.readString(AXE));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}))));");
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("nodes"))
                .toList();
    }
}
