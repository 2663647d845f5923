package govwatch.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnWritesTest {

    @Test
    void theMarkMovesPastAnUnbrokenRunOfOurWrites() {
        OwnWrites w = new OwnWrites();
        w.applied(0, 10);
        w.acked(0, 11); // acknowledged out of order within the run
        w.acked(0, 10);
        w.acked(0, 12);

        assertThat(w.advance()).isEqualTo(Map.of(0, 13L));
    }

    @Test
    void aRecordOfAnotherWriterStopsTheMarkBeforeIt() {
        OwnWrites w = new OwnWrites();
        w.applied(0, 10);
        w.applied(1, 4);
        w.acked(0, 10);
        w.acked(0, 12); // offset 11 is someone else's: not in the local copy
        w.acked(1, 4);

        assertThat(w.advance()).isEqualTo(Map.of(0, 10L, 1, 5L));
        w.acked(0, 13);
        assertThat(w.advance()).containsEntry(0, 10L);
    }

    @Test
    void aPartitionNotReadAtOpenIsNeverMarked() {
        OwnWrites w = new OwnWrites();
        w.acked(2, 0);

        assertThat(w.advance()).isEmpty();
    }
}
