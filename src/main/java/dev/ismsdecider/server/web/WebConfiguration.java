package dev.ismsdecider.server.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The web app's share of Spring MVC: its own static files ({@code /assets/**}) and htmx from its WebJar
 * ({@code /webjars/htmx.org/**}), both from inside the jar; nothing else is served as a file, so every other unknown
 * path stays a problem document of the API. The language is English or German: from a {@code lang} cookie set by the
 * switch on the page ({@code ?lang=de}), otherwise from the browser's Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    static final String[] PAGES = {"/", "/answer", "/rows", "/load", "/download/**", "/clauses", "/clauses/**", "/whatif", "/whatif/**",
            "/records", "/records/**"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/web/assets/")
                .setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofHours(1)));
        registry.addResourceHandler("/webjars/htmx.org/**").addResourceLocations("classpath:/META-INF/resources/webjars/htmx.org/")
                .setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(365)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns(PAGES);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            for (var it = request.getLocales().asIterator(); it.hasNext(); ) {
                String language = it.next().getLanguage();
                for (Locale supported : LANGUAGES) {
                    if (supported.getLanguage().equals(language)) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }
}
