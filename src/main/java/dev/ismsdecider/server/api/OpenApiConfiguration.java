package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The OpenAPI description at {@code /v3/api-docs} (and the Swagger UI over it): the example profiles
 * of {@code facts-examples/} as request examples, the error responses of every operation as problem
 * documents, and a description for every schema and field from {@code openapi/descriptions.properties}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String DESCRIPTIONS = "openapi/descriptions.properties";

    /** What can go wrong on each kind of operation, besides 404 and 405 for any unknown path or method. */
    private static final Map<HttpStatus, String> READ_ERRORS = Map.of(
            HttpStatus.NOT_ACCEPTABLE, "The Accept header excludes application/json.",
            HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error; logged on the server, nothing internal is revealed.");
    private static final Map<HttpStatus, String> BODY_ERRORS = Map.of(
            HttpStatus.BAD_REQUEST, "The body is empty or not JSON, or exceeds a JSON limit (nesting depth 32, "
                    + "strings of 200,000 characters, numbers of 20 digits); errors names line and column.",
            HttpStatus.PAYLOAD_TOO_LARGE, "The body exceeds decider.max-body-size (1 MiB unless configured), "
                    + "whether Content-Length says so or not.",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type is not application/json.",
            HttpStatus.UNPROCESSABLE_ENTITY, "JSON, but not a valid request: unknown property, unknown enum value, wrong type, "
                    + "null inside a list or contradicting facts. errors lists every one with its JSON pointer.");

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info()
                .title("ISMS decider")
                .version("v1")
                .description("Can we drop ISO/IEC 27001 and rely on IEC 62443? Organisation facts in, an explainable "
                        + "assessment out (public contract v1). Every error is an RFC 9457 problem document "
                        + "(application/problem+json), also 404 for an unknown path and 405 for a wrong method."));
    }

    @Bean
    OpenApiCustomizer apiDocsCustomizer() {
        FactsExamples examples = FactsExamples.load();
        Properties descriptions = descriptions();
        return openApi -> {
            openApi.getComponents().getSchemas().putAll(ModelConverters.getInstance(true).readAll(ProblemDocument.class));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                errors(operation, READ_ERRORS);
                if (method == PathItem.HttpMethod.POST) {
                    errors(operation, BODY_ERRORS);
                }
            }));
            Operation evaluate = openApi.getPaths().get(EvaluationController.PATH).getPost();
            examples(evaluate.getRequestBody().getContent().get(JSON), examples.requests());
            examples(evaluate.getResponses().get("200").getContent().get(JSON), examples.responses());
            errors(openApi.getPaths().get(MappingController.PATH).getGet(),
                    Map.of(HttpStatus.BAD_REQUEST, "A filter names an SR, Annex A control or FR that does not exist."));
            describe(openApi.getComponents().getSchemas(), descriptions);
            // responses in status order, so that the description reads the same on every start
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                ApiResponses sorted = new ApiResponses();
                new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
                operation.setResponses(sorted);
            }));
        };
    }

    private static void errors(Operation operation, Map<HttpStatus, String> errors) {
        ApiResponses responses = operation.getResponses();
        errors.forEach((status, description) -> responses.addApiResponse(String.valueOf(status.value()), new ApiResponse()
                .description(status.getReasonPhrase() + ": " + description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))))));
    }

    private static void examples(MediaType content, Map<String, JsonNode> examples) {
        examples.forEach((name, value) -> content.addExamples(name, new Example()
                .summary(summaryOf(name, value))
                .value(value)));
    }

    private static String summaryOf(String name, JsonNode example) {
        JsonNode organisation = example.path("organization").path("name");
        return organisation.isTextual() ? organisation.textValue() + " (" + name + ")" : name;
    }

    /** Fills in the description of each schema and property that has none from the properties file. */
    @SuppressWarnings("rawtypes")
    private static void describe(Map<String, Schema> schemas, Properties descriptions) {
        schemas.forEach((name, schema) -> {
            if (schema.getDescription() == null) {
                schema.setDescription(descriptions.getProperty(name));
            }
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.forEach((property, field) -> {
                    if (field.getDescription() == null) {
                        field.setDescription(descriptions.getProperty(name + "." + property));
                    }
                });
            }
        });
    }

    private static Properties descriptions() {
        try {
            return PropertiesLoaderUtils.loadProperties(new EncodedResource(new ClassPathResource(DESCRIPTIONS), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DESCRIPTIONS, e);
        }
    }
}
