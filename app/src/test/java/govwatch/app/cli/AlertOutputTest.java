package govwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.JsonSerde;
import govwatch.events.Level;
import govwatch.events.Region;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlertOutputTest {

    private static final Alert MISSING = Alert.missingReport(new Region("大沁他拉镇", Level.TOWNSHIP, "150525100000"),
            new Region("奈曼旗", Level.COUNTY, "150525000000"), 2024, LocalDate.of(2024, 3, 31),
            Instant.parse("2024-03-31T16:00:00Z"));

    @Test
    void aMissingReportReadsAsThePlaceTheYearAndTheDeadline() {
        assertThat(AlertOutput.readable(MISSING))
                .isEqualTo("MISSING_REPORT  大沁他拉镇 2024  no report by 2024-03-31  奈曼旗 150525100000");
    }

    @Test
    void aMissingReportAsJsonHasItsDeadlineAndNoReportFields() {
        String json = JsonSerde.of(Alert.class).toJson(MISSING);

        assertThat(json).isEqualTo("{\"type\":\"MISSING_REPORT\",\"reportId\":\"150525100000/2024\","
                + "\"region\":{\"name\":\"大沁他拉镇\",\"level\":\"TOWNSHIP\",\"code\":\"150525100000\"},"
                + "\"parent\":{\"name\":\"奈曼旗\",\"level\":\"COUNTY\",\"code\":\"150525000000\"},\"year\":2024,"
                + "\"draft\":false,\"detectedAt\":\"2024-03-31T16:00:00Z\",\"deadline\":\"2024-03-31\"}");
        assertThat(JsonSerde.of(Alert.class).deserialize("t", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(MISSING);
    }
}
