package dev.ismsdecider.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The synchronizer token of the pages' state-changing forms (applying a what-if change, signing in, saving, approving):
 * one token per browser session, kept in that session by Spring Security's {@link HttpSessionCsrfTokenRepository} and
 * sent back as the hidden field {@code _csrf}. Spring Security's filter chain guards only the REST records paths, which
 * use bearer keys and no session; the pages check the token themselves.
 */
final class WebCsrf {

    static final String FIELD = "_csrf";
    private static final HttpSessionCsrfTokenRepository TOKENS = new HttpSessionCsrfTokenRepository();

    private WebCsrf() {
    }

    /** The session's token, made on first use. */
    static String token(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = TOKENS.loadToken(request);
        if (token == null) {
            token = TOKENS.generateToken(request);
            TOKENS.saveToken(token, request, response);
        }
        return token.getToken();
    }

    /** Refuses a form whose token is missing or is not the session's (a page of another site posting here). */
    static void check(HttpServletRequest request) {
        CsrfToken token = TOKENS.loadToken(request);
        String sent = request.getParameter(FIELD);
        if (token == null || sent == null
                || !MessageDigest.isEqual(token.getToken().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new FormRefusedException();
        }
    }

    /** A form without the session's token: answered with a page that asks to reload, never acted on. */
    static final class FormRefusedException extends RuntimeException {
        FormRefusedException() {
            super("form token missing or not the session's");
        }
    }
}
