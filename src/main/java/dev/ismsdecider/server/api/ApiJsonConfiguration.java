package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.profile.StrictJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Spring MVC writes JSON with the project's one JSON configuration (the command line's), so an
 * assessment over HTTP is the same document as {@code evaluate --format json}. Problem details keep
 * their extension members ({@code errors}) at the top level, and the reference data every assessment carries is
 * written from a copy ({@link ReferenceDataJson}). Each JSON answer goes out as one block with its length
 * ({@link WholeJsonConverter}).
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

    @Bean
    ObjectMapper objectMapper() {
        return StrictJson.mapper().copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .registerModule(new ReferenceDataJson());
    }

    /** Takes the place of Spring Boot's JSON converter, with the same mapper. */
    @Bean
    MappingJackson2HttpMessageConverter jsonConverter(ObjectMapper objectMapper) {
        return new WholeJsonConverter(objectMapper);
    }
}
