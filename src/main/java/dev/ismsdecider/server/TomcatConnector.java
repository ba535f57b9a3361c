package dev.ismsdecider.server;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The two connector settings Spring Boot has no {@code server.tomcat.*} property for; everything else about
 * Tomcat (worker threads, connections, keep-alive, timeouts) is set in {@code application.properties}.
 * <ul>
 * <li><em>TRACE</em> goes on to Spring MVC, which answers 405 with a problem document (Tomcat's own refusal
 * has no body).</li>
 * <li><em>Socket write buffer:</em> {@value #WRITE_BUFFER_BYTES} bytes instead of Tomcat's 8 KiB
 * ({@code socket.appWriteBufSize}, a property of Tomcat's endpoint that Spring Boot does not bind), so that
 * the largest example assessment (29 KB) leaves in one write to the socket instead of four. Each connection
 * holds such a buffer, so the connections open at once are limited ({@code server.tomcat.max-connections})
 * to keep the memory they may take below what Tomcat's defaults allowed.</li>
 * </ul>
 */
@Component
final class TomcatConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Bytes of each connection's socket write buffer (Tomcat's {@code socket.appWriteBufSize}). */
    static final int WRITE_BUFFER_BYTES = 32 * 1024;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setAllowTrace(true);
            if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES))) {
                throw new IllegalStateException("Tomcat refused socket.appWriteBufSize");
            }
        });
    }
}
