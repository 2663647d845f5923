package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.document.AttachmentText;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CrawlerConfigTest {

    @Test
    void eachSetterChangesItsOwnSettingAndToBuilderKeepsThemAll() {
        CrawlerConfig defaults = CrawlerConfig.defaults();
        CrawlerConfig changed = CrawlerConfig.builder().userAgent("ua").robotsAgent("ra").maxBodyBytes(1)
                .timeout(Duration.ofMillis(2)).maxRetries(3).retryBackoff(Duration.ofMillis(4))
                .maxRetryAfter(Duration.ofMillis(5)).maxRedirects(6).articleRecrawlFactor(7).maxParallelHosts(9)
                .hostFailureLimit(10).maxCrawlDelay(Duration.ofMillis(11)).robotsTtl(Duration.ofMillis(12))
                .publishBatch(13)
                .attachmentLimits(new AttachmentText.Limits(14, 15, 16, Duration.ofMillis(17))).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();

        for (RecordComponent component : CrawlerConfig.class.getRecordComponents()) {
            assertThat(read(component, defaults)).as(component.getName()).isNotNull()
                    .isNotEqualTo(read(component, changed));
        }
        assertThat(changed.toBuilder().build()).isEqualTo(changed);
        assertThat(defaults.toBuilder().build()).isEqualTo(defaults);
    }

    private static Object read(RecordComponent component, CrawlerConfig config) {
        try {
            return component.getAccessor().invoke(config);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
