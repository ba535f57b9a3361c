package dev.ismsdecider.server.web;

import dev.ismsdecider.server.ServerApplication;
import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Decision records in the browser: a key that is wrong or revoked gets a message, never a stack trace; the secret
 * is never on a page; what is saved is in the tenant's history and in no other tenant's; a consultant cannot approve,
 * a reviewer can; every record form needs the session's token.
 */
@SpringBootTest(classes = ServerApplication.class)
@AutoConfigureMockMvc
class RecordsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    private static String tenant() {
        return "web-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletResponse send(MockHttpSession session, String path, String... pairs) throws Exception {
        String page = mvc.perform(get("/records").session(session)).andReturn().getResponse().getContentAsString();
        var request = post(path).session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("_csrf", WhatIfPanelTests.csrf(page));
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String records(MockHttpSession session) throws Exception {
        return mvc.perform(get("/records").session(session)).andReturn().getResponse().getContentAsString();
    }

    /** A session signed in with a new key of this tenant and role, the questionnaire answered with OT present. */
    private MockHttpSession signedIn(String tenant, Role role) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/").session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("/ot/present", "true")
                .param("/organization/name", "Acme " + tenant));
        ApiKey.Issued key = keys.create(tenant, role, role.name().toLowerCase());
        MockHttpServletResponse response = send(session, "/records/sign-in", "key", key.secret());
        assertThat(response.getStatus()).isEqualTo(302);
        String page = records(session);
        assertThat(page).contains("data-testid=\"signed-in\"").doesNotContain(key.secret());
        assertThat(response.getCookies()).noneMatch(c -> c.getValue().contains(key.secret()));
        return session;
    }

    private String saved(MockHttpSession session) throws Exception {
        MockHttpServletResponse saved = send(session, "/records/save");
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        assertThat(location).startsWith("/records?saved=");
        return location.substring("/records?saved=".length());
    }

    @Test
    void aWrongKeyGetsAMessageNextToTheForm() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse refused = send(session, "/records/sign-in", "key", "isd_not-a-key");
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentAsString()).contains("data-testid=\"sign-in-error\"", "This key is not valid")
                .doesNotContain("isd_not-a-key", "Exception", "data-testid=\"signed-in\"");
    }

    @Test
    void aKeyRevokedAfterSigningInSignsTheSessionOut() throws Exception {
        String tenant = tenant();
        MockHttpSession session = signedIn(tenant, Role.CONSULTANT);
        ApiKey key = keys.list(tenant).get(0);
        String token = WhatIfPanelTests.csrf(records(session));
        assertThat(keys.revoke(tenant, key.id())).isTrue();
        MockHttpServletResponse save = mvc.perform(post("/records/save").session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("_csrf", token)).andReturn().getResponse();
        assertThat(save.getStatus()).isEqualTo(401);
        assertThat(save.getContentAsString()).contains("has been revoked").doesNotContain("data-testid=\"saved\"");
        assertThat(records(session)).contains("data-testid=\"sign-in\"");
    }

    @Test
    void savedThenInTheHistoryNewestFirstAndNotInAnotherTenants() throws Exception {
        String tenant = tenant();
        MockHttpSession consultant = signedIn(tenant, Role.CONSULTANT);
        String first = saved(consultant);
        String second = saved(consultant);
        String history = mvc.perform(get("/records").param("saved", second).session(consultant)).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("data-testid=\"saved\"", "Acme " + tenant);
        assertThat(history.indexOf("data-id=\"" + second + "\"")).isPositive().isLessThan(history.indexOf("data-id=\"" + first + "\""));

        MockHttpSession other = signedIn(tenant(), Role.REVIEWER);
        assertThat(records(other)).doesNotContain(first, second, "Acme " + tenant);
        assertThat(mvc.perform(get("/records").param("saved", first).session(other)).andReturn().getResponse().getContentAsString())
                .doesNotContain("data-testid=\"saved\"", first);
        MockHttpServletResponse approval = send(other, "/records/" + first + "/approval", "decision", "APPROVED");
        assertThat(approval.getStatus()).isEqualTo(404);
        assertThat(approval.getContentAsString()).contains("no such record");
    }

    @Test
    void aConsultantCannotApproveAReviewerCan() throws Exception {
        String tenant = tenant();
        MockHttpSession consultant = signedIn(tenant, Role.CONSULTANT);
        String id = saved(consultant);
        MockHttpServletResponse refused = send(consultant, "/records/" + id + "/approval", "decision", "APPROVED", "comment", "fine");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("data-testid=\"approval-error\"", "Only a reviewer").doesNotContain("Approved by");

        MockHttpSession reviewer = signedIn(tenant, Role.REVIEWER);
        assertThat(records(reviewer)).doesNotContain("/records/save");
        MockHttpServletResponse approved = send(reviewer, "/records/" + id + "/approval", "decision", "REJECTED", "comment", "scope unclear");
        assertThat(approved.getStatus()).isEqualTo(302);
        assertThat(records(reviewer)).contains("Rejected by reviewer: scope unclear");
        assertThat(records(consultant)).contains("Rejected by reviewer: scope unclear");
    }

    @Test
    void recordFormsNeedTheSessionsToken() throws Exception {
        String tenant = tenant();
        MockHttpSession session = signedIn(tenant, Role.CONSULTANT);
        MockHttpServletResponse refused = mvc.perform(post("/records/save").session(session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(records(session)).contains("No records yet.");

        ApiKey.Issued key = keys.create(tenant, Role.REVIEWER, "r");
        MockHttpSession fresh = new MockHttpSession();
        assertThat(mvc.perform(post("/records/sign-in").session(fresh).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("key", key.secret())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(records(fresh)).contains("data-testid=\"sign-in\"");
    }

    @Test
    void unsavableAnswersAreShownNextToTheSaveForm() throws Exception {
        MockHttpSession session = signedIn(tenant(), Role.CONSULTANT);
        mvc.perform(post("/answer").session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("/ot/oldestAssetAgeYears", "old"));
        MockHttpServletResponse refused = send(session, "/records/save");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("data-testid=\"save-error\"", "/ot/oldestAssetAgeYears");
    }

    @Test
    void thePageIsInGerman() throws Exception {
        String page = mvc.perform(get("/records").header("Accept-Language", "de")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Entscheidungsprotokolle", "API-Schlüssel", "Anmelden");
    }
}
