package dev.ismsdecider.config;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's connector, set for requests that are CPU work from start to end and answers of tens of kilobytes
 * (docs/performance.md, "REST API under load"). Runs after Spring Boot's own Tomcat settings, so these are
 * the values in force.
 * <ul>
 * <li><em>Worker threads:</em> a few per processor ({@code decider.request-threads}) instead of Tomcat's 200.
 * A worker that finishes a request takes the next waiting one at once, while two hundred threads take turns
 * on the cores, wake each other and evict each other's data from the caches. On the project machine the few
 * threads serve about a quarter more requests per second with the same latency. Requests beyond them wait in
 * the order they came.</li>
 * <li><em>Socket write buffer:</em> {@value #WRITE_BUFFER_BYTES} bytes instead of Tomcat's 8 KiB, so that the
 * largest example assessment (29 KB) leaves in one write to the socket instead of four. Each connection
 * holds such a buffer, so the connections open at once are limited ({@code server.tomcat.max-connections}
 * in {@code application.properties}) to keep the memory they may take below what Tomcat's defaults
 * allowed.</li>
 * </ul>
 */
@Component
final class TomcatConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** Bytes of each connection's socket write buffer (Tomcat's {@code socket.appWriteBufSize}). */
    static final int WRITE_BUFFER_BYTES = 32 * 1024;

    private final int threads;

    TomcatConnector(DeciderProperties properties) {
        this.threads = properties.workerThreads();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(threads);
                protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
            }
            // TRACE goes on to Spring MVC, which answers 405 with a problem document (Tomcat's own refusal has no body)
            connector.setAllowTrace(true);
            if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES))) {
                throw new IllegalStateException("Tomcat refused socket.appWriteBufSize");
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
