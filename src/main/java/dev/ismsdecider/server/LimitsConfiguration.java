package dev.ismsdecider.server;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request limits as one setting each: the servlet container's multipart limits follow
 * {@code decider.max-upload-size} (in place of {@code spring.servlet.multipart.*}, which would be a second
 * setting for the same limit), and the document readers follow the clause count and time budget.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class LimitsConfiguration {

    /** Replaces Spring Boot's multipart settings; uploads are kept on disk while they are read, not in memory. */
    @Bean
    MultipartConfigElement multipartConfigElement(RequestLimits limits) {
        return new MultipartConfigElement("", limits.maxUploadSize().toBytes(), limits.maxMultipartRequestBytes(), 0);
    }
}
