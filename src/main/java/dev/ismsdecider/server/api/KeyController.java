package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.RequestBodies;
import dev.ismsdecider.records.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** The tenant's API keys, managed by its admins: create (the secret is shown once), list, revoke. */
@RestController
@Tag(name = "API keys", description = "Keys of the caller's tenant (ADMIN)")
@SecurityRequirement(name = AssessmentRecordController.API_KEY)
final class KeyController {

    static final String PATH = "/api/v1/keys";

    private final ApiKeys keys;

    KeyController(ApiKeys keys) {
        this.keys = keys;
    }

    /** A new key with its secret, which is not shown again. */
    record CreatedKey(String id, String name, String tenant, Role role, String createdAt, String key) {
    }

    @Operation(summary = "Create a key for the tenant", description = "{\"role\": \"CONSULTANT\"|\"REVIEWER\"|\"ADMIN\", \"name\": \"...\"}; "
            + "the answer holds the key itself, which is stored only as a hash and shown only here.")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedKey> create(@AuthenticationPrincipal ApiKey caller, HttpServletRequest request) {
        JsonNode body = RequestBodies.object(RequestBytes.read(request), Set.of("role", "name"));
        Role role = RequestBodies.choice(body, "role", Role.class);
        // the name is checked as it is read (422 naming /name); the tenant and role are the server's own: an
        // IllegalArgumentException about them is a bug, a 500 (ProblemAdvice), never the client's fault
        ApiKey.Issued issued = keys.create(caller.tenant(), role, RequestBodies.optionalText(body, "name", 200));
        ApiKey key = issued.key();
        return ResponseEntity.created(URI.create(PATH + "/" + key.id()))
                .body(new CreatedKey(key.id(), key.name(), key.tenant(), key.role(), key.createdAt(), issued.secret()));
    }

    @Operation(summary = "The tenant's keys, valid and revoked (never their secrets)",
            description = "Oldest first; revokedAt is set once a key is revoked.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<ApiKey> list(@AuthenticationPrincipal ApiKey caller) {
        return keys.list(caller.tenant());
    }

    @Operation(summary = "Revoke one of the tenant's keys", description = "204; requests with it are answered 401 from then on.")
    @DeleteMapping(path = PATH + "/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal ApiKey caller, @PathVariable String id) {
        if (!keys.revoke(caller.tenant(), id)) {
            throw new RecordNotFoundException("API key");
        }
        return ResponseEntity.noContent().build();
    }
}
