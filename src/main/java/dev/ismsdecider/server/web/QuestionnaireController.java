package dev.ismsdecider.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.profile.FactError;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.memo.Memo;
import dev.ismsdecider.memo.MemoInput;
import dev.ismsdecider.soa.StatementOfApplicability;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The questionnaire at {@code /}: the form (from the answers kept in the browser's session), the live answer that
 * htmx asks for as answers change, rows added and removed, a profile loaded, and the memo, workbook and profile to
 * take away. The form becomes profile JSON ({@link FormProfile}) and goes through {@link FactsReader} and
 * {@link DecisionEngine#evaluate} like any profile: the web app decides nothing.
 */
@Controller
final class QuestionnaireController {

    /** The session attribute holding the current answers as profile JSON. */
    static final String PROFILE = "profile";

    private final LiveRuleSet live;
    private final MessageSource messages;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();

    QuestionnaireController(LiveRuleSet live, MessageSource messages) {
        this.live = live;
        this.messages = messages;
    }

    @GetMapping("/")
    String page(HttpSession session, HttpServletRequest request, Model model) {
        return page(current(session), null, request, model);
    }

    /** The whole page for the form's answers: what a browser without script gets from "Update the answer". */
    @PostMapping(path = "/", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String submit(@RequestParam MultiValueMap<String, String> form, HttpSession session, HttpServletRequest request, Model model) {
        ObjectNode profile = FormProfile.read(form);
        session.setAttribute(PROFILE, profile);
        return page(profile, null, request, model);
    }

    /** The live answer: the result panel and the error slot of every question. */
    @PostMapping(path = "/answer", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String answer(@RequestParam MultiValueMap<String, String> form, HttpSession session, HttpServletRequest request, Model model) {
        ObjectNode profile = FormProfile.read(form);
        session.setAttribute(PROFILE, profile);
        QuestionnaireView view = view(profile, request);
        ResultView result = evaluate(profile, view);
        model.addAttribute("result", result);
        model.addAttribute("slots", result.slots(view));
        return "web/result :: live";
    }

    /** Adds ({@code add:POINTER}) or removes ({@code remove:POINTER/N}) a row of a list and shows that list again. */
    @PostMapping(path = "/rows", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String rows(@RequestParam MultiValueMap<String, String> form, @RequestParam("_op") String op, HttpSession session,
                HttpServletRequest request, Model model) {
        ObjectNode profile = FormProfile.read(form);
        String pointer;
        if (op.startsWith("add:")) {
            pointer = op.substring(4);
            if (FormProfile.rowsField(pointer) == null) {
                throw new IllegalArgumentException("not a list: " + pointer);
            }
            FormProfile.addRow(profile, pointer);
        } else if (op.startsWith("remove:") && op.lastIndexOf('/') > 7) {
            String row = op.substring(7);
            pointer = row.substring(0, row.lastIndexOf('/'));
            if (FormProfile.rowsField(pointer) == null) {
                throw new IllegalArgumentException("not a list: " + pointer);
            }
            FormProfile.removeRow(profile, pointer, Integer.parseInt(row.substring(row.lastIndexOf('/') + 1)));
        } else {
            throw new IllegalArgumentException("unknown operation");
        }
        session.setAttribute(PROFILE, profile);
        model.addAttribute("f", view(profile, request).fieldAt(pointer));
        return "web/fields :: field";
    }

    /** Loads a profile JSON file to continue with; a file that is not JSON is shown as an error, nothing is kept. */
    @PostMapping(path = "/load", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String load(@RequestParam("profile") MultipartFile file, HttpSession session, HttpServletRequest request, Model model)
            throws IOException {
        JsonNode tree;
        try {
            tree = FactsReader.parse(file.getBytes());
        } catch (InvalidFactsException e) {
            return page(current(session), e.errors(), request, model);
        }
        if (!(tree instanceof ObjectNode profile)) {
            return page(current(session), List.of(new FactError("", "the profile must be a JSON object")), request, model);
        }
        session.setAttribute(PROFILE, profile);
        return page(profile, null, request, model);
    }

    /** The profile JSON, the decision memo (PDF, HTML) or the SoA workbook of the form's answers. */
    @PostMapping(path = "/download/{name}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Object download(@PathVariable String name, @RequestParam MultiValueMap<String, String> form, HttpSession session,
                    HttpServletRequest request, Model model) throws JsonProcessingException {
        ObjectNode profile = FormProfile.read(form);
        session.setAttribute(PROFILE, profile);
        byte[] facts = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(profile);
        if (name.equals("profile.json")) {
            return file(name, MediaType.APPLICATION_JSON_VALUE, facts);
        }
        Assessment assessment;
        try {
            assessment = live.engine().evaluate(FactsReader.read(facts));
        } catch (InvalidFactsException e) {
            return page(profile, e.errors(), request, model);
        }
        MemoInput input = MemoInput.unstored(assessment, facts, LocalDate.now(clock));
        return switch (name) {
            case "memo.pdf" -> file(name, MediaType.APPLICATION_PDF_VALUE, Memo.instance().pdf(input));
            case "memo.html" -> file(name, MediaType.TEXT_HTML_VALUE + ";charset=UTF-8",
                    Memo.instance().html(input).getBytes(StandardCharsets.UTF_8));
            case "soa.xlsx" -> file(name, StatementOfApplicability.MEDIA_TYPE, StatementOfApplicability.workbook(input));
            default -> throw new IllegalArgumentException("no such download");
        };
    }

    private static ResponseEntity<byte[]> file(String name, String type, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("isms-decider-" + name).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(content);
    }

    private String page(ObjectNode profile, List<FactError> loadErrors, HttpServletRequest request, Model model) {
        QuestionnaireView view = view(profile, request);
        ResultView result = loadErrors != null ? ResultView.invalid(loadErrors, view) : evaluate(profile, view);
        model.addAttribute("form", view);
        model.addAttribute("result", result);
        model.addAttribute("slots", result.slots(view));
        return "web/questionnaire";
    }

    private ResultView evaluate(ObjectNode profile, QuestionnaireView view) {
        try {
            byte[] facts = json.writeValueAsBytes(profile);
            return ResultView.of(live.engine().evaluate(FactsReader.read(facts)), view);
        } catch (InvalidFactsException e) {
            return ResultView.invalid(e.errors(), view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profile not writable as JSON", e);
        }
    }

    private QuestionnaireView view(ObjectNode profile, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return new QuestionnaireView(profile, messages, locale);
    }

    static ObjectNode current(HttpSession session) {
        return session.getAttribute(PROFILE) instanceof ObjectNode profile ? profile.deepCopy() : new ObjectMapper().createObjectNode();
    }
}
