package dev.ismsdecider.server.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC without Bean Validation. The API checks its input itself (the strict facts reader, the
 * contract readers); Hibernate Validator is on the class path only because springdoc reads constraint
 * annotations. Left to Spring Boot, it would become Spring MVC's validator, and every request would then
 * look for validation groups on its controller method, to validate nothing.
 */
@Configuration(proxyBeanMethods = false)
class ApiMvcConfiguration implements WebMvcConfigurer {

    @Override
    public Validator getValidator() {
        return NoValidation.INSTANCE;
    }

    /** A validator that supports no type, so that Spring MVC validates no argument and no method. */
    enum NoValidation implements Validator {
        INSTANCE;

        @Override
        public boolean supports(Class<?> type) {
            return false;
        }

        @Override
        public void validate(Object target, Errors errors) {
            // supports nothing, so never called with a target
        }
    }
}
