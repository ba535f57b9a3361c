package dev.ismsdecider.server.api;

import dev.ismsdecider.clauses.ClauseCheck;
import dev.ismsdecider.clauses.documents.ContractDocuments;
import dev.ismsdecider.clauses.documents.ContractFormatException;
import dev.ismsdecider.clauses.documents.DocumentLimits;
import dev.ismsdecider.clauses.documents.JsonContractReader;
import dev.ismsdecider.clauses.documents.ReadOptions;
import dev.ismsdecider.server.RequestLimits;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.profile.PartyKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/clauses/check}: contract clauses in, what they require out. Clauses come as the JSON
 * body of contract v1, or as a document (PDF, DOCX, plain text) uploaded as {@code multipart/form-data}.
 * Both go through the core's readers and the rule set's clause checker, as {@code check-clauses} does.
 */
@RestController
@Tag(name = "Contract clauses", description = "What contract clauses require")
final class ClauseCheckController {

    static final String PATH = "/api/v1/clauses/check";
    private static final byte[] NO_BODY = new byte[0];

    private final LiveRuleSet live;
    private final DocumentLimits limits;
    private final int maxFileNameLength;
    private final DeciderMetrics metrics;

    ClauseCheckController(LiveRuleSet live, RequestLimits limits, DeciderMetrics metrics) {
        this.live = live;
        this.metrics = metrics;
        this.limits = limits.documentLimits();
        this.maxFileNameLength = limits.maxFileNameLength();
    }

    @Operation(summary = "Classify contract clauses",
            description = "Classifies each clause's free text (ISO 27001 certification, ISO 27001 or equivalent, ISMS evidence, "
                    + "IEC 62443 with part and level, other assurance, none), with negations, exceptions and acceptance of "
                    + "IEC 62443. A finding triggers NR-1 exactly when it binds the organisation to ISO 27001 or an ISMS. "
                    + "Clauses without readable text are listed as unreadable, never as requiring nothing.")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ClauseCheck check(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = JsonContractReader.ClauseRequest.class)))
            @RequestBody(required = false) byte[] body) {
        return checked("json", new JsonContractReader(limits).read(body == null ? NO_BODY : body));
    }

    @Operation(summary = "Check a contract document",
            description = "Reads a PDF, DOCX or plain-text contract (one clause per paragraph; a leading clause number such as "
                    + "14.2 becomes the clause id) and classifies every clause. Corrupt, encrypted, scanned or oversized "
                    + "documents are refused with the page or line at fault.")
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ClauseCheck checkDocument(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "party", required = false) String party,
            @Parameter(schema = @Schema(implementation = PartyKind.class))
            @RequestParam(name = "partyKind", required = false) String partyKind) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (name.length() > maxFileNameLength) {
            throw new FileNameTooLongException(name.length(), maxFileNameLength);
        }
        byte[] document;
        try {
            document = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContractDocuments documents = new ContractDocuments(new ReadOptions(party, partyKind(partyKind), limits));
        return checked("document", documents.read(name, document));
    }

    private ClauseCheck checked(String source, java.util.List<dev.ismsdecider.profile.OrganizationProfile.ContractClause> clauses) {
        ClauseCheck check = live.engine().clauseChecker().check(clauses);
        metrics.clauseCheck(source, clauses.size());
        return check;
    }

    /** The party kind as sent, read here so that an unknown one is a 422 naming the field, like in a JSON body. */
    private static PartyKind partyKind(String sent) {
        if (sent == null || sent.isEmpty()) {
            return null;
        }
        try {
            return PartyKind.valueOf(sent);
        } catch (IllegalArgumentException unknown) {
            throw new ContractFormatException("partyKind", "unknown value '" + sent + "'; expected one of "
                    + Arrays.stream(PartyKind.values()).map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }
}
