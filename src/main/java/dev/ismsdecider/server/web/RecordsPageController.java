package dev.ismsdecider.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.RuleSetInfo;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.ApprovalRecord;
import dev.ismsdecider.records.AssessmentRecord;
import dev.ismsdecider.records.InvalidRecordRequest;
import dev.ismsdecider.records.RecordQuery;
import dev.ismsdecider.records.RecordStore;
import dev.ismsdecider.records.RecordSummary;
import dev.ismsdecider.records.RecordsException;
import dev.ismsdecider.records.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Optional;

/**
 * Decision records in the browser ({@code /records}): sign in with an API key, save the questionnaire's answers as
 * a record, see the tenant's history (newest first) and, with a REVIEWER's key, approve or reject with a comment.
 * The same store and rules as {@code POST /api/v1/assessments} ({@link RecordStore}); the key is checked by
 * {@link ApiKeys} on every request, so a key revoked after signing in stops working at once. The key's secret stays in
 * the server-side session, never in a cookie or the page; every form carries the session's token ({@link WebCsrf}).
 */
@Controller
final class RecordsPageController {

    /** The session attribute holding the signed-in key's secret. */
    static final String KEY = "records.key";
    private static final Logger LOG = LoggerFactory.getLogger(RecordsPageController.class);

    private final RecordStore records;
    private final ApiKeys keys;
    private final LiveRuleSet live;
    private final ObjectMapper json = new ObjectMapper();

    RecordsPageController(RecordStore records, ApiKeys keys, LiveRuleSet live) {
        this.records = records;
        this.keys = keys;
        this.live = live;
    }

    /** A stored assessment as the history shows it, with its latest approval, if any. */
    record Row(RecordSummary summary, ApprovalRecord latest, int approvals) {
    }

    @GetMapping(path = "/records", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String saved, HttpSession session, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        model.addAttribute("saved", saved);
        return page(session, request, response, model, null);
    }

    @PostMapping(path = "/records/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String signIn(@RequestParam(defaultValue = "") String key, HttpSession session, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        WebCsrf.check(request);
        Optional<ApiKey> caller = keys.authenticate(key.strip());
        if (caller.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("signInError", key.isBlank() ? "records.signIn.empty" : "records.signIn.refused");
            return page(session, request, response, model, null);
        }
        // a new session id once signed in, so that an id planted before cannot ride on the key
        request.changeSessionId();
        session.setAttribute(KEY, key.strip());
        return "redirect:/records";
    }

    @PostMapping(path = "/records/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String signOut(HttpSession session, HttpServletRequest request) {
        WebCsrf.check(request);
        session.removeAttribute(KEY);
        return "redirect:/records";
    }

    /** Stores the questionnaire's current answers as the tenant's next record (CONSULTANT or ADMIN). */
    @PostMapping(path = "/records/save", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String save(HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
        WebCsrf.check(request);
        Optional<ApiKey> caller = signedIn(session, model);
        if (caller.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return page(session, request, response, model, null);
        }
        if (caller.get().role() != Role.CONSULTANT && caller.get().role() != Role.ADMIN) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("saveError", "records.save.forbidden");
            return page(session, request, response, model, caller.get());
        }
        ObjectNode profile = QuestionnaireController.current(session);
        AssessmentRecord stored;
        try {
            stored = records.store(caller.get().tenant(), caller.get().name(), json.writeValueAsBytes(profile), live.engine());
        } catch (InvalidFactsException e) {
            response.setStatus(422);
            model.addAttribute("saveError", "records.save.invalid");
            model.addAttribute("saveErrors", e.errors());
            return page(session, request, response, model, caller.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profile not writable as JSON", e);
        }
        return "redirect:/records?saved=" + stored.id();
    }

    /** Records a reviewer's decision on one of the tenant's records (REVIEWER). */
    @PostMapping(path = "/records/{id}/approval", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String approve(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
                   @RequestParam(defaultValue = "") String comment, HttpSession session, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        WebCsrf.check(request);
        Optional<ApiKey> caller = signedIn(session, model);
        if (caller.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return page(session, request, response, model, null);
        }
        model.addAttribute("approvalFor", id);
        if (caller.get().role() != Role.REVIEWER) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("approvalError", "records.approval.forbidden");
            return page(session, request, response, model, caller.get());
        }
        Optional<ApprovalRecord> approval;
        try {
            ObjectNode entry = json.createObjectNode().put("decision", decision);
            if (!comment.isBlank()) {
                entry.put("comment", comment.strip());
            }
            byte[] body = json.writeValueAsBytes(entry);
            RuleSetInfo ruleSet = live.engine().ruleSet();
            RuleSetRef current = new RuleSetRef(ruleSet.version(), ruleSet.sha256());
            approval = records.approve(caller.get().tenant(), caller.get().name(), id, body, current);
        } catch (InvalidRecordRequest e) {
            response.setStatus(422);
            model.addAttribute("approvalError", "records.approval.invalid." + e.path().replace("/", ""));
            return page(session, request, response, model, caller.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("approval not writable as JSON", e);
        }
        if (approval.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("approvalError", "records.approval.notFound");
            return page(session, request, response, model, caller.get());
        }
        return "redirect:/records#r-" + id;
    }

    /** The signed-in key, checked again; a key revoked or deleted since signing in signs the session out, with a message. */
    private Optional<ApiKey> signedIn(HttpSession session, Model model) {
        if (!(session.getAttribute(KEY) instanceof String secret)) {
            model.addAttribute("signInError", "records.signIn.needed");
            return Optional.empty();
        }
        Optional<ApiKey> caller = keys.authenticate(secret);
        if (caller.isEmpty()) {
            session.removeAttribute(KEY);
            model.addAttribute("signInError", "records.signIn.revoked");
        }
        return caller;
    }

    private String page(HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model, ApiKey known) {
        model.addAttribute("csrf", WebCsrf.token(request, response));
        ApiKey caller = known;
        if (caller == null && session.getAttribute(KEY) != null) {
            caller = signedIn(session, model).orElse(null);
        }
        model.addAttribute("caller", caller);
        if (caller == null) {
            return "web/records";
        }
        model.addAttribute("canSave", caller.role() == Role.CONSULTANT || caller.role() == Role.ADMIN);
        model.addAttribute("canApprove", caller.role() == Role.REVIEWER);
        try {
            String tenant = caller.tenant();
            List<Row> rows = records.list(tenant, RecordQuery.of(null, null, null, null, null, null, null)).items().stream()
                    .map(s -> {
                        List<ApprovalRecord> approvals = records.find(tenant, s.id()).map(AssessmentRecord::approvals).orElse(List.of());
                        return new Row(s, approvals.isEmpty() ? null : approvals.get(approvals.size() - 1), approvals.size());
                    })
                    .toList();
            model.addAttribute("rows", rows);
            // "saved as record X" only for a record of this tenant's history, not for any text in the URL
            if (rows.stream().noneMatch(r -> r.summary().id().equals(model.getAttribute("saved")))) {
                model.addAttribute("saved", null);
            }
            // an error about a record the history does not show (not the tenant's, or not on this page) stands below it
            model.addAttribute("approvalOrphan", model.getAttribute("approvalError") != null
                    && rows.stream().noneMatch(r -> r.summary().id().equals(model.getAttribute("approvalFor"))));
        } catch (RecordsException e) {
            LOG.warn("records not readable: {}", e.getMessage());
            model.addAttribute("historyError", "records.history.unavailable");
            model.addAttribute("rows", List.of());
            model.addAttribute("approvalOrphan", model.getAttribute("approvalError") != null);
        }
        return "web/records";
    }
}
