package dev.ismsdecider.clauses.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import dev.ismsdecider.profile.ContractFields;
import dev.ismsdecider.profile.FactError;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.StrictJson;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON body of contract v1, {@code {"clauses": [{id, party, partyKind, text, role}]}}, read strictly:
 * unknown properties, unknown party kinds, wrong types and {@code null} entries are refused with their
 * JSON pointer, in the project's own words (no library or class names).
 */
public final class JsonContractReader implements ContractReader {

    /** The request body of a clause check (contract v1). */
    public record ClauseRequest(List<ContractClause> clauses) {
    }

    /** Strict as every reader; a field set only by the document readers (a clause's origins) is refused like an unknown one. */
    private static final ObjectReader CLAUSES = StrictJson.mapper().readerFor(ClauseRequest.class)
            .with(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES);

    /** The clause's components that are no JSON field (its origins): never offered as expected properties. */
    private static final Set<String> PROGRAM_SET = Arrays.stream(ContractClause.class.getRecordComponents())
            .filter(c -> !ContractFields.isField(c)).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final DocumentLimits limits;

    public JsonContractReader(DocumentLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<ContractClause> read(byte[] document) {
        limits.checkSize(document.length);
        ClauseRequest request;
        try {
            request = CLAUSES.treeToValue(FactsReader.parse(document), ClauseRequest.class);
        } catch (InvalidFactsException e) {
            // Malformed or empty JSON: the facts reader's message already names line and column.
            throw new ContractFormatException("", e.errors().stream().map(FactError::message).collect(Collectors.joining("; ")), e);
        } catch (JsonMappingException e) {
            throw new ContractFormatException(pointer(e), reason(e), e);
        } catch (JsonProcessingException e) {
            throw new ContractFormatException("", "cannot read the JSON", e);
        }
        if (request == null || request.clauses() == null) {
            throw new ContractFormatException("/clauses", "a list of clauses is required");
        }
        limits.checkClauses(request.clauses().size(), "/clauses");
        for (int i = 0; i < request.clauses().size(); i++) {
            if (request.clauses().get(i) == null) {
                throw new ContractFormatException("/clauses/" + i, "null is not allowed inside the list; leave the entry out");
            }
        }
        return List.copyOf(request.clauses());
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> "/" + (r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof PropertyBindingException u) { // unknown, or set by the readers only
            return "unknown property '" + u.getPropertyName() + "'; expected one of "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).filter(name -> !PROGRAM_SET.contains(name))
                    .sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "unknown value '" + f.getValue() + "'; expected one of "
                    + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> type = m.getTargetType();
            return "expected " + (type == String.class ? "a string" : List.class.isAssignableFrom(type) ? "a list"
                    : type.isEnum() ? "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                    : "an object") + " or null";
        }
        return "cannot be read as a clause";
    }
}
