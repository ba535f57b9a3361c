package dev.ismsdecider.config;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's worker threads: a few per processor ({@code decider.request-threads}) instead of Tomcat's 200.
 * A request here is CPU work from start to end; a worker that finishes one takes the next waiting request
 * at once, while two hundred threads take turns on the cores, wake each other and evict each other's data
 * from the caches. On the project machine the few threads serve about a quarter more requests per second
 * with the same latency (docs/performance.md). Requests beyond them wait in the order they came.
 * Runs after Spring Boot's own Tomcat settings, so this is the value in force.
 */
@Component
final class RequestThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final int threads;

    RequestThreads(DeciderProperties properties) {
        this.threads = properties.workerThreads();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(threads);
                protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
