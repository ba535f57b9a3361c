package dev.ismsdecider.server.web;

import dev.ismsdecider.server.ServerApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "What would change the verdict" beside the live answer: the answer panel only points to the section (so the
 * analysis never delays the verdict); each set offered, applied to the session's answers, gives the verdict it was
 * offered with; an answer to an open question likewise; a form without the session's token changes nothing.
 */
@SpringBootTest(classes = ServerApplication.class)
@AutoConfigureMockMvc
class WhatIfPanelTests {

    private static final Pattern OFFER = Pattern.compile(
            "data-testid=\"(change-set|question-answer)\" data-verdict=\"([A-Z_0-9]+)\" data-offer=\"(\\d+)\"");
    private static final Pattern VERDICT = Pattern.compile("data-testid=\"verdict\"[^>]*>([A-Z_0-9]+)<");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    private record Offer(String kind, String verdict, String index) {
    }

    private MockHttpSession loaded(String example) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/load").file(new MockMultipartFile("profile", example + ".json", MediaType.APPLICATION_JSON_VALUE,
                Files.readAllBytes(Path.of("facts-examples", example + ".json")))).session(session));
        return session;
    }

    private String section(MockHttpSession session) throws Exception {
        return mvc.perform(get("/whatif").session(session)).andReturn().getResponse().getContentAsString();
    }

    private String verdictOnPage(MockHttpSession session) throws Exception {
        Matcher m = VERDICT.matcher(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<Offer> offers(String section) {
        List<Offer> offers = new ArrayList<>();
        Matcher m = OFFER.matcher(section);
        while (m.find()) {
            offers.add(new Offer(m.group(1), m.group(2), m.group(3)));
        }
        return offers;
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a form token on the page").isTrue();
        return m.group(1);
    }

    @Test
    void theAnswerPanelLoadsTheSectionOnItsOwn() throws Exception {
        String panel = mvc.perform(post("/answer").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("/ot/present", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("hx-get=\"/whatif\"").doesNotContain("data-testid=\"change-set\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"defense-prime-ot-unknown", "pharma-brownfield", "saas-company-no-ot"})
    void everyOfferAppliedGivesTheVerdictItWasOfferedWith(String example) throws Exception {
        MockHttpSession probe = loaded(example);
        String original = verdictOnPage(probe);
        List<Offer> offers = offers(section(probe));
        assertThat(offers).as("sets offered for " + example).anyMatch(o -> o.kind().equals("change-set"));
        for (Offer offer : offers) {
            MockHttpSession session = loaded(example);
            String section = section(session);
            var applied = mvc.perform(post("/whatif/apply").session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("_csrf", csrf(section)).param("offer", offer.index())).andReturn().getResponse();
            assertThat(applied.getStatus()).isEqualTo(302);
            assertThat(verdictOnPage(session)).as(example + " " + offer).isEqualTo(offer.verdict());
            if (offer.kind().equals("change-set")) {
                assertThat(offer.verdict()).isNotEqualTo(original);
            }
        }
    }

    @Test
    void aFormWithoutTheSessionsTokenChangesNothing() throws Exception {
        MockHttpSession session = loaded("pharma-brownfield");
        String before = verdictOnPage(session);
        Offer first = offers(section(session)).get(0);
        var refused = mvc.perform(post("/whatif/apply").session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("_csrf", "not-the-token").param("offer", first.index())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("This form has expired").doesNotContain("Exception");
        assertThat(verdictOnPage(session)).isEqualTo(before);
    }

    @Test
    void theSectionIsInGerman() throws Exception {
        MockHttpSession session = loaded("pharma-brownfield");
        String section = mvc.perform(get("/whatif").session(session).header("Accept-Language", "de")).andReturn().getResponse().getContentAsString();
        assertThat(section).contains("Was das Ergebnis ändern würde", "Diese Änderungen übernehmen");
    }
}
