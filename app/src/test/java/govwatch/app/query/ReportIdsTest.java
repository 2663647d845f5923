package govwatch.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.query.ReportIds.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways a report id's place can be read as county + place, the reading without a county first. */
class ReportIdsTest {

    @Test
    void aPlaceWithoutACountyHasOneReading() {
        assertThat(ReportIds.readings("城关镇")).containsExactly(new Reading("", "城关镇"));
    }

    @Test
    void aCountyIsReadAfterEachCountyLevelSuffix() {
        assertThat(ReportIds.readings("奈曼旗东明镇"))
                .containsExactly(new Reading("", "奈曼旗东明镇"), new Reading("奈曼旗", "东明镇"));
        assertThat(ReportIds.readings("南江县关路镇"))
                .containsExactly(new Reading("", "南江县关路镇"), new Reading("南江县", "关路镇"));
        List<Reading> district = ReportIds.readings("市中区东风街道");
        assertThat(district).containsExactly(new Reading("", "市中区东风街道"), new Reading("市", "中区东风街道"),
                new Reading("市中区", "东风街道"));
    }
}
