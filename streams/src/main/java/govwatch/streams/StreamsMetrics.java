package govwatch.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The topology's own counters: pages by outcome, report decisions, alerts by type, dead letters by stage. */
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

    void deadLetter(String stage) {
        Counter.builder("govwatch.streams.dead_letters").description("records sent to the dead-letter topic, by stage")
                .tag("stage", stage).register(registry).increment();
    }

    void rereadFailure() {
        Counter.builder("govwatch.streams.reread_failures")
                .description("stored documents that today's extractor could not read again (compared as stored)")
                .register(registry).increment();
    }
}
