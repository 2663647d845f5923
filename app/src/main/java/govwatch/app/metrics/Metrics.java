package govwatch.app.metrics;

import com.sun.net.httpserver.HttpServer;
import govwatch.app.http.Responses;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's Micrometer registry (Prometheus format) and, when a port is given, its {@code /metrics} endpoint.
 * Every process binds the same JVM and system meters (memory, GC, threads, class loading, CPU, uptime, open
 * files) and drops Kafka's deprecated duplicate of each per-topic client meter ({@link KafkaTopicTags}).
 */
public final class Metrics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Metrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private HttpServer server;

    public Metrics() {
        registry.config().meterFilter(KafkaTopicTags.dropDeprecatedCopies());
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        gc.bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Serves {@code /metrics} on {@code host:port}; a port of -1 serves nothing. */
    public void serve(String host, int port) throws IOException {
        if (port < 0) {
            return;
        }
        server = HttpServer.create(new InetSocketAddress(host, port), 8);
        server.createContext("/metrics", exchange -> Responses.send(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8)));
        server.start();
        log.info("metrics at http://{}:{}/metrics", host, server.getAddress().getPort());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        gc.close();
        registry.close();
    }
}
