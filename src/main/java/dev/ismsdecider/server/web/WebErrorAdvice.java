package dev.ismsdecider.server.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web pages as an HTML page in the user's language, never a stack trace: a request the pages did not
 * send (a wrong list operation, a missing parameter) is a 400, anything unexpected is logged and a 500. Ordered before
 * the API's problem advice, and limited to this package, so the REST API keeps answering problem documents.
 */
@ControllerAdvice(basePackageClasses = WebErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class WebErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrorAdvice.class);

    @ExceptionHandler({IllegalArgumentException.class, org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return page(HttpServletResponse.SC_BAD_REQUEST, "error.badRequest");
    }

    /** A form without the session's token (an old page after the session ended, or another site's page): not acted on. */
    @ExceptionHandler(WebCsrf.FormRefusedException.class)
    ModelAndView formRefused(Exception e) {
        return page(HttpServletResponse.SC_FORBIDDEN, "error.formRefused");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        LOG.error("web request failed", e);
        return page(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    private static ModelAndView page(int status, String message) {
        ModelAndView page = new ModelAndView("web/error");
        page.setStatus(org.springframework.http.HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", message);
        return page;
    }
}
