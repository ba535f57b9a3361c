package dev.ismsdecider.server.web;

import dev.ismsdecider.server.ServerApplication;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.profile.ContractFields;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages as the server renders them: every fact of the profile has a control named by its pointer with a
 * "Don't know" answer, in both languages; answers are evaluated by the engine with its errors next to the fields;
 * the web app's files are served and the REST API's unknown paths stay problem documents.
 */
@SpringBootTest(classes = ServerApplication.class)
@AutoConfigureMockMvc
class WebPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LiveRuleSet live;

    /** Every leaf pointer of the profile, walked from the record types (a list of records at row 0). */
    static List<String> leafPointers() {
        List<String> pointers = new ArrayList<>();
        walk(OrganizationProfile.class, "", pointers);
        return pointers;
    }

    private static void walk(Class<?> type, String pointer, List<String> into) {
        for (RecordComponent c : ContractFields.of(type)) { // the fields of contract v1, not the program-set origins
            String p = pointer + "/" + c.getName();
            if (c.getType().isRecord()) {
                walk(c.getType(), p, into);
            } else if (c.getType() == List.class
                    && ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
                into.add(p);
                walk(e, p + "/0", into);
            } else {
                into.add(p);
            }
        }
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder form(String path, String... pairs) {
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return request;
    }

    @Test
    void everyFactOfTheProfileHasAControlNamedByItsPointerWithDontKnow() throws Exception {
        // one row in each list, so that the rows' fields are on the page too
        for (String language : List.of("en", "de")) {
            String page = body(form("/", "/externalExpectations/0/party", "X", "/contractClauses/0/id", "1",
                    "/ot/itOtInterfaces/0/from", "MES").header("Accept-Language", language));
            assertThat(page).contains("lang=\"" + language + "\"").doesNotContain("??q.");
            List<String> pointers = leafPointers();
            assertThat(pointers).hasSizeGreaterThan(40);
            for (String pointer : pointers) {
                assertThat(page).as("control of %s", pointer).contains("name=\"" + pointer + "\"");
                int group = page.indexOf("id=\"q" + pointer.replace('/', '-') + "\"");
                assertThat(group).as("question of %s", pointer).isPositive();
                String question = page.substring(group, page.indexOf("</fieldset>", group));
                assertThat(question).as("don't know of %s", pointer).contains("value=\"?\"");
                assertThat(question).as("why we ask of %s", pointer).contains("class=\"why\"");
            }
        }
    }

    @Test
    void everyNamedControlOfTheQuestionnaireIsAPointerOfTheProfile() throws Exception {
        String page = body(form("/", "/externalExpectations/0/party", "X", "/contractClauses/0/id", "1", "/ot/itOtInterfaces/0/from", "MES"));
        String questionnaire = page.substring(page.indexOf("id=\"questionnaire\""), page.indexOf("</form>", page.indexOf("id=\"questionnaire\"")));
        Matcher names = Pattern.compile("name=\"([^\"]*)\"").matcher(questionnaire);
        List<String> pointers = leafPointers();
        int count = 0;
        while (names.find()) {
            assertThat(pointers).as("a control named %s", names.group(1)).contains(names.group(1));
            count++;
        }
        assertThat(count).isGreaterThan(40);
    }

    @Test
    void theLiveAnswerIsTheEnginesForTheFormsProfile() throws Exception {
        String answer = body(form("/answer", "/ot/present", "false", "/scope/domains", "CORPORATE_IT", "/organization/name", "Office Ltd"));
        String verdict = live.engine().evaluate(FactsReader.read("{\"organization\":{\"name\":\"Office Ltd\"},\"ot\":{\"present\":false},"
                + "\"scope\":{\"domains\":[\"CORPORATE_IT\"]}}")).verdict().name();
        assertThat(answer).contains("data-testid=\"verdict\" class=\"v-" + verdict + "\">" + verdict + "<");
    }

    @Test
    void invalidAnswersGetTheReadersErrorsNextToTheirFields() throws Exception {
        String wrongType = body(form("/answer", "/ot/oldestAssetAgeYears", "old"));
        assertThat(wrongType).doesNotContain("data-testid=\"verdict\"").contains("data-testid=\"errors\"");
        assertThat(slot(wrongType, "err-ot-oldestAssetAgeYears")).contains("whole number");
        // a contradiction is shown at the path of the error, whose message names the other path
        String answer = body(form("/answer", "/ot/present", "false", "/scope/domains", "PLANT_OT"));
        assertThat(slot(answer, "err-ot-present")).contains("/scope/domains/0");
        assertThat(slot(answer, "err-organization-name")).isEmpty();
        assertThat(answer).doesNotContain("Exception").doesNotContain("at dev.");
    }

    private static String slot(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("slot %s", id).isTrue();
        return m.group(1);
    }

    @Test
    void rowsAreAddedAndRemovedWithTheirPointers() throws Exception {
        String added = body(form("/rows", "_op", "add:/externalExpectations", "/externalExpectations/0/party", "A"));
        assertThat(added).contains("name=\"/externalExpectations/1/party\"").contains("value=\"A\"");
        String removed = body(form("/rows", "_op", "remove:/externalExpectations/0", "/externalExpectations/0/party", "A",
                "/externalExpectations/1/party", "B"));
        assertThat(removed).contains("value=\"B\"").doesNotContain("value=\"A\"").doesNotContain("/externalExpectations/1/");
    }

    @Test
    void aPageRequestTheAppDidNotSendIsAnHtmlErrorPage() throws Exception {
        var response = mvc.perform(form("/rows", "_op", "add:/ot/present")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("data-testid=\"error\"").doesNotContain("Exception");
    }

    @Test
    void theAppsFilesAreServedAndOtherPathsStayProblems() throws Exception {
        var htmx = mvc.perform(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js")).andReturn().getResponse();
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getContentAsString()).contains("htmx");
        assertThat(mvc.perform(get("/assets/app.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
        var unknown = mvc.perform(get("/application.properties")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).isEqualTo("application/problem+json");
        assertThat(mvc.perform(get("/assets/../application.properties")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }

    @Test
    void aProfileLoadedFromJsonFillsTheFormAndIsKeptForTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        byte[] json = "{\"ot\":{\"present\":true,\"oldestAssetAgeYears\":22},\"scope\":{\"domains\":[]}}".getBytes();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/load")
                        .file(new org.springframework.mock.web.MockMultipartFile("profile", "p.json", "application/json", json)).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"f-ot-present-yes\"[^>]*checked");
        assertThat(page).containsPattern("name=\"/ot/oldestAssetAgeYears\" value=\"22\"");
        assertThat(page).containsPattern("id=\"f-scope-domains-none\"[^>]*checked");
        assertThat(body(get("/").session(session))).containsPattern("id=\"f-ot-present-yes\"[^>]*checked");
    }

    @Test
    void downloadsAreTheProfileAndTheMemo() throws Exception {
        var profile = mvc.perform(form("/download/profile.json", "/ot/present", "true", "/ot/brownfield", "?")).andReturn().getResponse();
        assertThat(profile.getContentType()).startsWith("application/json");
        assertThat(FactsReader.read(profile.getContentAsByteArray()).ot().present()).isTrue();
        assertThat(FactsReader.read(profile.getContentAsByteArray()).ot().brownfield()).isNull();
        var pdf = mvc.perform(form("/download/memo.pdf", "/ot/present", "true")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void pastedClausesAreReadWithTheirSpanMarkedAndJoinTheSessionsProfile() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String text = "14.2 Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites.\n\n14.3 Delivery is due on time.";
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/clauses")
                        .param("text", text).param("party", "Big Pharma Inc.").param("partyKind", "CUSTOMER").session(session))
                .andReturn().getResponse().getContentAsString();
        var finding = live.engine().clauseChecker().check(java.util.List.of(new OrganizationProfile.ContractClause("14.2", "Big Pharma Inc.",
                dev.ismsdecider.profile.PartyKind.CUSTOMER, "Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites.")))
                .clauseFindings().get(0);
        assertThat(page).contains("<mark>" + finding.matched() + "</mark>").contains("ISO_27001_CERTIFICATION")
                .contains("data-testid=\"reading\">Binds the organisation to ISO 27001 or an ISMS (NR-1)<")
                .contains("data-testid=\"explanation\">" + org.springframework.web.util.HtmlUtils.htmlEscape(finding.explanation()) + "<");
        mvc.perform(form("/clauses/add", "/contractClauses/0/id", "14.2", "/contractClauses/0/text", "Supplier shall maintain a valid ISO/IEC 27001 certificate.")
                .session(session));
        assertThat(body(get("/").session(session))).contains("Supplier shall maintain a valid ISO/IEC 27001 certificate.</textarea>");
    }

    @Test
    void aContractThatCannotBeReadIsShownNextToTheUpload() throws Exception {
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/clauses")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "c.pdf", "application/pdf", "%PDF-1.7 broken".getBytes())))
                .andReturn().getResponse().getContentAsString();
        Matcher error = Pattern.compile("data-testid=\"clause-error\"[^>]*>([^<]+)<").matcher(page);
        assertThat(error.find()).isTrue();
        assertThat(error.group(1)).isNotBlank().doesNotContain("Exception");
    }
}
