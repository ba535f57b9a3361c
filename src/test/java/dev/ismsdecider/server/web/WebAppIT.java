package dev.ismsdecider.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.cli.Cli;
import dev.ismsdecider.clauses.documents.ContractFiles;
import dev.ismsdecider.server.ServerApplication;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in a real headless Chromium: the questionnaire answered as a user would, the clause check with an
 * uploaded PDF, the memo downloaded, one step done with the keyboard alone, axe-core on every page, and the time
 * from a changed answer to the new verdict on screen (written to target/web-timings.txt, reported in docs/web.md).
 */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private Path temp;
    private Path downloads;
    private ChromeDriver browser;
    private final List<String> timings = new ArrayList<>();

    @BeforeAll
    void startTheBrowser() throws Exception {
        Browser.requireInstalled();
        temp = Files.createTempDirectory("web-it");
        downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = Browser.start(temp.resolve("profile"), downloads);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // the first page of a fresh browser: everything (page, styles, htmx) served from the jar
        browser.get(url("/?lang=en"));
        timings.add("first page load (fresh browser, first request to the server): " + loadTime() + " ms");
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (!timings.isEmpty()) {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/web-timings.txt"), timings);
            timings.forEach(System.out::println);
        }
        if (temp != null) {
            try (var files = Files.walk(temp)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void freshSession() {
        browser.manage().deleteAllCookies();
        browser.get(url("/?lang=en"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private long loadTime() {
        Object ms = browser.executeScript("const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.loadEventEnd - n.startTime);");
        return ((Number) ms).longValue();
    }

    private WebDriverWait waiting() {
        // the result panel is replaced while we look at it
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    private String verdict() {
        List<String> verdict = texts("[data-testid=verdict]");
        return verdict.isEmpty() ? "" : verdict.get(0);
    }

    /** The texts of the elements a selector finds, read in one script: htmx may swap the answer panel between finding an element and reading it. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText.trim());", css);
    }

    private static String id(String pointer) {
        return QuestionnaireView.id(pointer);
    }

    // ------------------------------------------------------------------ answering as a user would

    /** Answers the questionnaire with the facts of one profile, control by control; unknown facts stay "Don't know". */
    private void answer(JsonNode node, String pointer) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                answer(field.getValue(), pointer + "/" + field.getKey());
            }
        } else if (node.isBoolean()) {
            browser.findElement(By.id(id(pointer) + (node.booleanValue() ? "-yes" : "-no"))).click();
        } else if (node.isNumber() || node.isTextual()) {
            WebElement control = browser.findElement(By.cssSelector("[name='" + pointer + "']:not([type=checkbox]):not([type=radio])"));
            if (control.getTagName().equals("select")) {
                new Select(control).selectByValue(node.asText());
            } else {
                control.clear();
                control.sendKeys(node.asText(), Keys.TAB);
            }
        } else if (node.isArray()) {
            List<WebElement> rows = browser.findElements(By.cssSelector("#rows" + id(pointer).substring(1) + " > fieldset > button.add"));
            if (!rows.isEmpty()) {
                if (node.isEmpty()) {
                    browser.findElement(By.id(id(pointer) + "-complete")).click();
                }
                for (int i = 0; i < node.size(); i++) {
                    String row = pointer + "/" + i;
                    browser.findElement(By.cssSelector("#rows" + id(pointer).substring(1) + " > fieldset > button.add")).click();
                    waiting().until(d -> !d.findElements(By.cssSelector("[name^='" + row + "/']")).isEmpty());
                    answer(node.get(i), row);
                }
            } else if (node.isEmpty()) {
                browser.findElement(By.id(id(pointer) + "-none")).click();
            } else if (!browser.findElements(By.cssSelector("textarea#" + id(pointer))).isEmpty()) {
                List<String> lines = new ArrayList<>();
                node.forEach(v -> lines.add(v.asText()));
                WebElement area = browser.findElement(By.id(id(pointer)));
                area.sendKeys(String.join("\n", lines), Keys.TAB);
            } else {
                node.forEach(v -> browser.findElement(By.id(id(pointer) + "-" + v.asText())).click());
            }
        }
    }

    private static JsonNode cli(String example) throws Exception {
        StringWriter out = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "evaluate", "facts-examples/" + example + ".json", "--format", "json");
        assertThat(exit).isZero();
        return JSON.readTree(out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pharma-brownfield", "ot-only-integrator", "saas-company-no-ot"})
    void answeringTheQuestionnaireGivesTheVerdictOfTheCommandLine(String example) throws Exception {
        JsonNode expected = cli(example);
        answer(JSON.readTree(Path.of("facts-examples", example + ".json").toFile()), "");
        waiting().until(d -> expected.get("verdict").asText().equals(verdict()));
        waiting().until(d -> texts("[data-testid=answer]").contains(expected.get("answer").asText()));
        assertThat(browser.findElement(By.id("result")).getText()).as("no Java names in the answer").doesNotContainPattern("[A-Z][a-z]+\\[[a-z]+=");
        if (example.equals("pharma-brownfield")) {
            screenshot("questionnaire.png");
        }
    }

    @Test
    void aDontKnowAnswerIsAnOpenQuestionThatLinksToItsQuestion() {
        browser.findElement(By.id("f-ot-present-yes")).click();
        By open = By.cssSelector("[data-testid=open-question][data-path='/governance/needsSingleAuditableSystem'] a");
        // The answer panel may be swapped again while the link is clicked (htmx): click the link that is there then.
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(open).click();
            return true;
        });
        assertThat(browser.getCurrentUrl()).endsWith("#q-governance-needsSingleAuditableSystem");
        browser.findElement(By.id("f-governance-needsSingleAuditableSystem-yes")).click();
        waiting().until(d -> d.findElements(open).isEmpty());
    }

    @Test
    void anUploadedPdfContractIsReadWithItsDecidingWordsMarkedAndJoinsTheProfile() throws Exception {
        Path pdf = temp.resolve("contract.pdf");
        Files.write(pdf, ContractFiles.pdf(List.of(
                "14.2 The Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites that process Customer data.",
                "14.3 The Supplier shall deliver the goods on time.")));
        browser.get(url("/clauses"));
        browser.findElement(By.id("clause-party")).sendKeys("Big Pharma Inc.");
        new Select(browser.findElement(By.id("clause-kind"))).selectByValue("CUSTOMER");
        browser.findElement(By.id("clause-file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.cssSelector(".clause-form button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("[data-testid=clause]")).size() == 2);
        WebElement first = browser.findElements(By.cssSelector("[data-testid=clause]")).get(0);
        String marked = first.findElement(By.tagName("mark")).getText();
        assertThat(marked).isNotBlank().containsIgnoringCase("27001");
        assertThat(first.findElement(By.cssSelector(".clause-text")).getText()).contains(marked);
        assertThat(first.findElement(By.cssSelector("[data-testid=kind]")).getText()).isEqualTo("ISO_27001_CERTIFICATION");
        screenshot("clauses.png");
        assertThat(Browser.seriousViolations(browser)).as("axe on the clause results").isEmpty();

        browser.findElement(By.cssSelector("[data-testid=add-clauses]")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/#step-contractClauses"));
        assertThat(browser.findElement(By.name("/contractClauses/0/text")).getAttribute("value")).startsWith("The Supplier shall maintain");
        waiting().until(d -> texts("[data-testid=blocker]").stream().anyMatch(b -> b.startsWith("NR-1")));
    }

    @Test
    void theMemoDownloadsAsPdf() throws Exception {
        browser.findElement(By.id("f-ot-present-yes")).click();
        browser.findElement(By.cssSelector("button[formaction='/download/memo.pdf']")).click();
        Path memo = downloads.resolve("isms-decider-memo.pdf");
        waiting().until(d -> Files.isRegularFile(memo) && memo.toFile().length() > 1000);
        assertThat(new String(Files.readAllBytes(memo), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void theOrganisationStepCanBeAnsweredWithTheKeyboardAlone() {
        // from the top of a freshly loaded page, through the skip link, the navigation and the list of steps
        for (int i = 0; i < 40 && !"/organization/name".equals(focused().getAttribute("name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(focused().getAttribute("name")).isEqualTo("/organization/name");
        assertThat(focused().getCssValue("outline-style")).as("visible focus").isNotEqualTo("none");
        focused().sendKeys("Keyboard GmbH", Keys.TAB);          // name, then its "Don't know" box
        focused().sendKeys(Keys.TAB);                           // the sector
        assertThat(focused().getAttribute("name")).isEqualTo("/organization/sector");
        focused().sendKeys(Keys.ARROW_DOWN);                    // PHARMACEUTICAL
        focused().sendKeys(Keys.TAB);                           // regulated: the group's chosen answer, "Don't know"
        assertThat(focused().getAttribute("id")).isEqualTo("f-organization-regulated-unknown");
        focused().sendKeys(Keys.ARROW_LEFT);                    // "No"
        focused().sendKeys(Keys.ARROW_LEFT);                    // "Yes"
        focused().sendKeys(Keys.TAB);                           // regulatory regimes
        assertThat(focused().getAttribute("name")).isEqualTo("/organization/regulatoryRegimes");
        focused().sendKeys("EU_GMP_ANNEX_11", Keys.TAB);
        focused().sendKeys(Keys.TAB, Keys.TAB);                 // past "None of these" and "Don't know" to the roles
        assertThat(focused().getAttribute("id")).isEqualTo("f-organization-iec62443Roles-ASSET_OWNER");
        focused().sendKeys(Keys.SPACE);
        waiting().until(d -> d.findElements(By.cssSelector("[data-testid=open-question][data-path='/organization/regulated']")).isEmpty()
                && !verdict().isEmpty());
        assertThat(browser.findElement(By.id("f-organization-regulated-yes")).isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.name("/organization/sector"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PHARMACEUTICAL");
        assertThat(browser.findElement(By.id("f-organization-iec62443Roles-ASSET_OWNER")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("f-organization-iec62443Roles-unknown")).isSelected()).isFalse();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolation() throws Exception {
        assertThat(Browser.seriousViolations(browser)).as("axe on the questionnaire").isEmpty();
        for (String list : List.of("/ot/itOtInterfaces", "/externalExpectations", "/contractClauses")) {
            browser.findElement(By.cssSelector("#rows" + id(list).substring(1) + " > fieldset > button.add")).click();
            waiting().until(d -> !d.findElements(By.cssSelector("[name^='" + list + "/0/']")).isEmpty());
        }
        browser.findElement(By.id("f-ot-present-no")).click();
        browser.findElement(By.id("f-scope-domains-PLANT_OT")).click();   // a contradiction: errors next to the fields
        waiting().until(d -> !d.findElement(By.id("err-ot-present")).getText().isEmpty());
        assertThat(Browser.seriousViolations(browser)).as("axe on the questionnaire with rows and errors").isEmpty();
        browser.get(url("/clauses?lang=de"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(Browser.seriousViolations(browser)).as("axe on the clause page, German").isEmpty();
        browser.manage().deleteAllCookies();
        browser.get(url("/?lang=de"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Können wir");
        screenshot("questionnaire-de.png");
        assertThat(Browser.seriousViolations(browser)).as("axe on the questionnaire, German").isEmpty();
        browser.executeScript("const f = document.createElement('form'); f.method = 'post'; f.action = '/rows';"
                + "const i = document.createElement('input'); i.name = '_op'; i.value = 'add:/nowhere'; f.appendChild(i);"
                + "document.body.appendChild(f); f.submit();");
        waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=error]")).isEmpty());
        assertThat(Browser.seriousViolations(browser)).as("axe on the error page").isEmpty();
    }

    @Test
    void aChangedAnswerShowsItsVerdictQuickly() throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String choice = i % 2 == 0 ? "f-ot-present-no" : "f-ot-present-yes";
            String before = verdict();
            Number us = (Number) browser.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; const before = arguments[1];"
                            + "const t0 = performance.now();"
                            + "const watch = new MutationObserver(() => { const v = document.querySelector('[data-testid=verdict]');"
                            + "  if (v && v.textContent !== before) { watch.disconnect(); done(Math.round((performance.now() - t0) * 1000)); } });"
                            + "watch.observe(document.getElementById('result'), {childList: true, subtree: true, characterData: true});"
                            + "document.getElementById(arguments[0]).click();", choice, before);
            micros.add(us.longValue());
        }
        List<Long> measured = new ArrayList<>(micros.subList(20, micros.size())); // the first twenty warm the server up
        timings.add("changed answer to updated verdict on screen, " + measured.size() + " changes: " + percentiles(measured));
        browser.navigate().refresh();
        timings.add("page load, warm server and browser cache: " + loadTime() + " ms");
        ChromeDriver fresh = Browser.start(temp.resolve("fresh-profile"), downloads);
        try {
            fresh.get(url("/"));
            Object ms = fresh.executeScript("const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.loadEventEnd - n.startTime);");
            timings.add("first page load of a fresh browser (empty cache), warm server: " + ms + " ms");
        } finally {
            fresh.quit();
        }
        timings.add("baseline in the same run, the same two profiles over REST (POST /api/v1/evaluations, Java client): " + restBaseline());
        assertThat(measured).hasSize(60);
    }

    /**
     * The what-if section is its own request after the answer panel: from a changed answer, the time to the verdict
     * and to the section on screen, each change waiting for the section (so the analysis runs every time).
     */
    @Test
    void theWhatIfSectionFollowsTheVerdictWithoutDelayingIt() {
        List<Long> verdictMicros = new ArrayList<>();
        List<Long> sectionMicros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String choice = i % 2 == 0 ? "f-ot-present-no" : "f-ot-present-yes";
            @SuppressWarnings("unchecked")
            List<Number> us = (List<Number>) browser.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; const before = arguments[1]; let tv = -1;"
                            + "const t0 = performance.now();"
                            + "const watch = new MutationObserver(() => { const v = document.querySelector('[data-testid=verdict]');"
                            + "  if (tv < 0 && v && v.textContent !== before) { tv = performance.now() - t0; }"
                            + "  if (tv >= 0 && document.querySelector('#whatif [data-testid=change-set], #whatif [data-testid=whatif-none]')) {"
                            + "    watch.disconnect(); done([Math.round(tv * 1000), Math.round((performance.now() - t0) * 1000)]); } });"
                            + "watch.observe(document.getElementById('result'), {childList: true, subtree: true, characterData: true});"
                            + "document.getElementById(arguments[0]).click();", choice, verdict());
            if (i >= 10) {
                verdictMicros.add(us.get(0).longValue());
                sectionMicros.add(us.get(1).longValue());
            }
        }
        timings.add("with the what-if section loaded after every change, " + verdictMicros.size() + " changes: changed answer to verdict "
                + percentiles(verdictMicros) + "; to the what-if section on screen " + percentiles(sectionMicros));
        assertThat(verdictMicros).hasSize(20);
    }

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return "p50 " + sorted.get(sorted.size() / 2) / 1000 + " ms, p95 " + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000 + " ms";
    }

    @Test
    void aChangeSetAppliedFromTheWhatIfSectionGivesItsVerdict() throws Exception {
        browser.findElement(By.id("f-ot-present-yes")).click();
        By set = By.cssSelector("#whatif [data-testid=change-set]");
        waiting().until(d -> !d.findElements(set).isEmpty());
        String before = verdict();
        WebElement first = browser.findElement(set);
        String offered = first.getAttribute("data-verdict");
        assertThat(offered).isNotEqualTo(before);
        assertThat(browser.findElements(By.cssSelector("#whatif [data-testid=question-answer]"))).as("answers to open questions").isNotEmpty();
        assertThat(Browser.seriousViolations(browser)).as("axe on the questionnaire with the what-if section").isEmpty();
        browser.executeScript("document.getElementById('whatif').scrollIntoView();");
        screenshot("whatif.png");
        first.findElement(By.cssSelector("button.apply")).click();
        waiting().until(d -> offered.equals(verdict()));
        waiting().until(d -> !d.findElements(set).isEmpty() || !d.findElements(By.cssSelector("[data-testid=whatif-none]")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("/#result");
    }

    @Autowired
    ApiKeys keys;

    private void signIn(String secret) {
        browser.get(url("/records"));
        browser.findElement(By.id("records-key")).sendKeys(secret);
        browser.findElement(By.cssSelector("[data-testid=sign-in] button[type=submit]")).click();
    }

    @Test
    void aConsultantSavesTheAssessmentAndAReviewerApprovesIt() throws Exception {
        String tenant = "web-it-" + System.nanoTime();
        String consultant = keys.create(tenant, Role.CONSULTANT, "carla").secret();
        String reviewer = keys.create(tenant, Role.REVIEWER, "rolf").secret();

        signIn("isd_wrong");
        waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=sign-in-error]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-testid=sign-in-error]")).getText()).startsWith("This key is not valid");
        assertThat(Browser.seriousViolations(browser)).as("axe on the sign-in page with its error").isEmpty();

        browser.get(url("/"));
        browser.findElement(By.id("f-ot-present-yes")).click();
        waiting().until(d -> !verdict().isEmpty());
        String verdict = verdict();
        signIn(consultant);
        waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=signed-in]")).isEmpty());
        assertThat(browser.getPageSource()).doesNotContain(consultant);
        browser.findElement(By.cssSelector("[data-testid=save] button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=saved]")).isEmpty());
        WebElement record = browser.findElement(By.cssSelector("[data-testid=record]"));
        assertThat(record.getText()).startsWith(verdict).contains("Not reviewed yet");
        assertThat(Browser.seriousViolations(browser)).as("axe on the history, a consultant's").isEmpty();

        browser.findElement(By.cssSelector(".signed-in button")).click();
        signIn(reviewer);
        waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=record] form.approve")).isEmpty());
        browser.findElement(By.cssSelector("[data-testid=record] textarea")).sendKeys("Scope split agreed with the plant.");
        browser.findElement(By.cssSelector("[data-testid=record] button[value=APPROVED]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("[data-testid=approval]")).stream()
                .anyMatch(a -> a.getText().equals("Approved by rolf: Scope split agreed with the plant.")));
        screenshot("records.png");
        assertThat(Browser.seriousViolations(browser)).as("axe on the history, a reviewer's").isEmpty();
        browser.get(url("/records?lang=de"));
        assertThat(Browser.seriousViolations(browser)).as("axe on the records page, German").isEmpty();
    }

    /** p50 and p95 of the REST API's evaluation of the profiles the latency test toggles between, after a warm-up. */
    private String restBaseline() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/evaluations")))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ot\":{\"present\":" + (i % 2 == 0) + "}}")).build();
            long t0 = System.nanoTime();
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            if (i >= 20) {
                micros.add((System.nanoTime() - t0) / 1000);
            }
        }
        return percentiles(micros);
    }

    private void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "ui"));
        browser.executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
