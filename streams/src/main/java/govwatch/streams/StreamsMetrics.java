package govwatch.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The topology's own counters: pages by outcome, report decisions, alerts by type. */
public final class StreamsMetrics {

    private final MeterRegistry registry;

    public StreamsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void page(String outcome) {
        Counter.builder("govwatch.streams.pages").description("pages processed by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    void decision(String why) {
        Counter.builder("govwatch.streams.decisions").description("report versions by decision")
                .tag("decision", why).register(registry).increment();
    }

    void alert(String type) {
        Counter.builder("govwatch.streams.alerts").description("alerts emitted by type")
                .tag("type", type).register(registry).increment();
    }
}
