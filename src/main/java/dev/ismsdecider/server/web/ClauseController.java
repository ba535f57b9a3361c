package dev.ismsdecider.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.clauses.documents.ContractDocuments;
import dev.ismsdecider.clauses.documents.ContractFormatException;
import dev.ismsdecider.clauses.documents.DocumentLimits;
import dev.ismsdecider.clauses.documents.ReadOptions;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The clause check page at {@code /clauses}: pasted text or an uploaded PDF, DOCX or text contract goes through the
 * core's document readers and the rule set's clause checker (as {@code POST /api/v1/clauses/check} does); each
 * clause is listed with its reading and the words that decided it marked. The clauses can then be added to the
 * questionnaire's profile.
 */
@Controller
final class ClauseController {

    private final LiveRuleSet live;

    ClauseController(LiveRuleSet live) {
        this.live = live;
    }

    /** One clause as read: its facts, its text cut into plain and marked parts, and its findings. */
    public record ClauseView(int index, ContractClause clause, List<Segment> text, List<ClauseFinding> findings, String unreadable) {
    }

    /** A piece of clause text; {@code marked} when a finding's span covers it. */
    public record Segment(String text, boolean marked) {
    }

    @GetMapping("/clauses")
    String page(Model model) {
        model.addAttribute("partyKinds", PartyKind.values());
        return "web/clauses";
    }

    @PostMapping(path = "/clauses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String check(@RequestParam(name = "text", required = false) String text,
                 @RequestParam(name = "file", required = false) MultipartFile file,
                 @RequestParam(name = "party", required = false) String party,
                 @RequestParam(name = "partyKind", required = false) String partyKind,
                 Model model) throws IOException {
        page(model);
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("party", party == null ? "" : party);
        model.addAttribute("partyKind", partyKind == null ? "" : partyKind);
        ReadOptions options = new ReadOptions(party == null || party.isBlank() ? null : party, kind(partyKind), DocumentLimits.DEFAULT);
        List<ContractClause> clauses;
        try {
            if (file != null && !file.isEmpty()) {
                clauses = new ContractDocuments(options).read(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
            } else if (text != null && !text.isBlank()) {
                clauses = new ContractDocuments(options).read("pasted.txt", text.getBytes(StandardCharsets.UTF_8));
            } else {
                model.addAttribute("error", "nothing");
                return "web/clauses";
            }
        } catch (ContractFormatException e) {
            model.addAttribute("readError", e.getMessage());
            return "web/clauses";
        }
        List<ClauseView> views = new ArrayList<>();
        List<ClauseChecker.Result> results = live.engine().clauseChecker().readAll(clauses);
        for (int i = 0; i < results.size(); i++) {
            ClauseChecker.Result result = results.get(i);
            views.add(new ClauseView(i, result.clause(), segments(result.clause().text(), result.findings()), result.findings(), result.unreadable()));
        }
        model.addAttribute("clauses", views);
        return "web/clauses";
    }

    /** Adds the clauses (sent back as the page's hidden fields, named by their pointers) to the profile. */
    @PostMapping(path = "/clauses/add", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String add(@RequestParam MultiValueMap<String, String> form, HttpSession session) {
        ObjectNode profile = QuestionnaireController.current(session);
        JsonNode read = FormProfile.read(form).path("contractClauses");
        if (!(profile.get("contractClauses") instanceof ArrayNode)) {
            profile.putArray("contractClauses");
        }
        ArrayNode clauses = (ArrayNode) profile.get("contractClauses");
        read.forEach(clauses::add);
        session.setAttribute(QuestionnaireController.PROFILE, profile);
        return "redirect:/#step-contractClauses";
    }

    private static PartyKind kind(String name) {
        return Arrays.stream(PartyKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    /** The text cut at the findings' spans, overlapping spans joined. */
    static List<Segment> segments(String text, List<ClauseFinding> findings) {
        if (text == null) {
            return List.of();
        }
        boolean[] marked = new boolean[text.length()];
        for (ClauseFinding finding : findings) {
            if (finding.span() != null) {
                for (int i = Math.max(0, finding.span().start()); i < Math.min(text.length(), finding.span().end()); i++) {
                    marked[i] = true;
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                segments.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }
}
