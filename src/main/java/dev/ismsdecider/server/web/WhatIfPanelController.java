package dev.ismsdecider.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.evaluation.Verdict;
import dev.ismsdecider.server.reload.LiveWhatIf;
import dev.ismsdecider.whatif.Change;
import dev.ismsdecider.whatif.Lever;
import dev.ismsdecider.whatif.WhatIf;
import dev.ismsdecider.whatif.WhatIfReport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "What would change the verdict" beside the live answer: {@code GET /whatif} is the section htmx loads after the
 * answer panel (so the analysis, tens of milliseconds, never delays the verdict), from the answers in the session;
 * {@code POST /whatif/apply} applies one offered set of changes (or one answer to an open question) to those answers
 * and shows the page again. Every verdict shown is {@link WhatIf}'s, that is the engine's on the patched facts.
 */
@Controller
final class WhatIfPanelController {

    /** The session attribute holding the patches the section last offered and the answers they apply to. */
    static final String OFFERS = "whatif.offers";
    /** How many sets are shown per verdict that can be reached (the report has up to eight). */
    static final int SETS_SHOWN = 3;

    private final LiveWhatIf whatIf;
    private final ObjectMapper json = new ObjectMapper();

    private final MessageSource messages;

    WhatIfPanelController(LiveWhatIf whatIf, MessageSource messages) {
        this.whatIf = whatIf;
        this.messages = messages;
    }

    /** The question of the form a change is about (that of the nearest enclosing fact that has one) and the change. */
    private Described described(Change change, Locale locale) {
        String key = change.path().replaceAll("/-$", "").replaceAll("/\\d+(?=/|$)", "/*");
        while (!key.isEmpty()) {
            String question = messages.getMessage("q." + key, null, null, locale);
            if (question != null) {
                return new Described(question, change.description());
            }
            key = key.substring(0, key.lastIndexOf('/'));
        }
        return new Described(change.path(), change.description());
    }

    /** The offered patches and the answers they were worked out from (a patch applies to those answers only). */
    record Offers(ObjectNode base, List<JsonNode> patches) implements Serializable {
    }

    /** One set of changes as the page shows it: the verdict it gives, whether it can be acted on, the changes in words. */
    record Offer(int index, Verdict verdict, boolean actionable, List<Described> changes) {
    }

    /** One change in words: the question it answers (in the page's language) and what it does (the report's words). */
    record Described(String question, String change) {
    }

    /** An open question and the verdict each answer gives. */
    record Question(String path, String criterion, String question, List<Offer> answers) {
    }

    /** A verdict that can be reached and the smallest sets found that reach it. */
    record Reachable(Verdict verdict, List<Offer> sets) {
    }

    @GetMapping(path = "/whatif", produces = MediaType.TEXT_HTML_VALUE)
    String section(HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
        ObjectNode base = QuestionnaireController.current(session);
        Locale locale = RequestContextUtils.getLocale(request);
        WhatIfReport report;
        try {
            report = whatIf.current().analyse(base);
        } catch (InvalidFactsException e) {
            // the answer panel already lists the errors; nothing can be worked out from these answers
            session.removeAttribute(OFFERS);
            model.addAttribute("invalid", true);
            return "web/whatif :: section";
        }
        List<JsonNode> patches = new ArrayList<>();
        List<Reachable> reachable = new ArrayList<>();
        for (WhatIfReport.ChangeSet set : report.alternatives()) {
            Reachable group = reachable.stream().filter(r -> r.verdict() == set.verdict()).findFirst().orElse(null);
            if (group == null) {
                group = new Reachable(set.verdict(), new ArrayList<>());
                reachable.add(group);
            }
            if (group.sets().size() < SETS_SHOWN) {
                patches.add(json.valueToTree(set.patch()));
                group.sets().add(new Offer(patches.size() - 1, set.verdict(), set.lever() == Lever.ACTIONABLE,
                        set.changes().stream().map(c -> described(c, locale)).toList()));
            }
        }
        List<Question> questions = new ArrayList<>();
        for (WhatIfReport.QuestionAnswers q : report.openQuestions()) {
            List<Offer> answers = new ArrayList<>();
            for (WhatIfReport.Answer a : q.answers()) {
                patches.add(json.valueToTree(a.patch()));
                answers.add(new Offer(patches.size() - 1, a.verdict(), a.change().lever() == Lever.ACTIONABLE,
                        List.of(described(a.change(), locale))));
            }
            questions.add(new Question(q.path(), q.criterion(), q.question(), answers));
        }
        session.setAttribute(OFFERS, new Offers(base, List.copyOf(patches)));
        model.addAttribute("verdict", report.verdict());
        model.addAttribute("reachable", reachable);
        model.addAttribute("unreached", report.unreached());
        model.addAttribute("questions", questions);
        model.addAttribute("csrf", WebCsrf.token(request, response));
        return "web/whatif :: section";
    }

    /**
     * Applies offer {@code offer} to the answers it was worked out from and shows the page for the result. When the
     * answers have changed since the section was shown, nothing is applied: the page shows the answers as they are
     * now, with the section worked out again.
     */
    @PostMapping(path = "/whatif/apply", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String apply(@RequestParam("offer") int offer, HttpSession session, HttpServletRequest request) {
        WebCsrf.check(request);
        if (session.getAttribute(OFFERS) instanceof Offers offers && offer >= 0 && offer < offers.patches().size()
                && offers.base().equals(QuestionnaireController.current(session))) {
            ObjectNode patched = (ObjectNode) JsonPatch.apply(offers.patches().get(offer), offers.base());
            session.setAttribute(QuestionnaireController.PROFILE, patched);
            session.removeAttribute(OFFERS);
        }
        return "redirect:/#result";
    }
}
