package govwatch.app.export;

import static govwatch.app.export.Reports.byId;
import static govwatch.app.export.Reports.county;
import static govwatch.app.export.Reports.region;
import static govwatch.app.export.Reports.report;
import static govwatch.app.export.Reports.township;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govwatch.streams.coverage.Coverage;
import govwatch.streams.coverage.Coverage.Status;
import govwatch.events.PublishedReport;
import govwatch.places.Divisions;
import govwatch.places.Place;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageTest {

    private static final Divisions DIVISIONS = Divisions.official();
    private static final String NAIMAN = "150525";

    /** 东明镇 of 奈曼旗, and another of the county's units, from the official list (not hard-coded). */
    private static final Place DONGMING = DIVISIONS.named("东明镇").stream()
            .filter(p -> p.code().startsWith(NAIMAN)).findFirst().orElseThrow();
    private static final Place OTHER = DIVISIONS.townshipsOf(NAIMAN).stream()
            .filter(p -> !p.equals(DONGMING)).findFirst().orElseThrow();

    static Stream<Arguments> cases() {
        var parent = county("奈曼旗", "150525000000");
        return Stream.of(
                Arguments.of("no reports: every unit missing", List.of(), Map.of()),
                Arguments.of("a resolved report of the year", List.of(report(region(DONGMING), parent, 2024, false)),
                        Map.of(DONGMING.code(), Status.PUBLISHED)),
                Arguments.of("another year does not count", List.of(report(region(DONGMING), parent, 2023, false)),
                        Map.of()),
                Arguments.of("the same name in another county does not count",
                        List.of(report(township("东明镇", "220382107000"), county("双辽市", "220382000000"), 2024, false)),
                        Map.of()),
                Arguments.of("an unresolved report naming the county counts by name",
                        List.of(report(township(OTHER.commonName(), null), county("奈曼旗", null), 2024, false)),
                        Map.of(OTHER.code(), Status.PUBLISHED)),
                Arguments.of("an unresolved report naming no county does not count",
                        List.of(report(township(OTHER.commonName(), null), null, 2024, false)), Map.of()),
                Arguments.of("two townships published",
                        List.of(report(region(DONGMING), parent, 2024, true), report(region(OTHER), parent, 2024, false)),
                        Map.of(DONGMING.code(), Status.PUBLISHED, OTHER.code(), Status.PUBLISHED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void listsEveryTownshipAsPublishedOrMissing(String name, List<PublishedReport> reports,
            Map<String, Status> published) {
        Coverage.Table table = new Coverage(DIVISIONS).of(NAIMAN, 2024,
                byId(reports.toArray(PublishedReport[]::new)));

        List<Place> official = DIVISIONS.townshipsOf(NAIMAN);
        assertThat(table.townships()).extracting(Coverage.Township::code)
                .containsExactlyElementsOf(official.stream().map(Place::code).toList());
        Map<String, Status> statuses = table.townships().stream()
                .collect(Collectors.toMap(Coverage.Township::code, Coverage.Township::status));
        official.forEach(p -> assertThat(statuses.get(p.code())).as(p.name())
                .isEqualTo(published.getOrDefault(p.code(), Status.MISSING)));
        assertThat(table.published()).isEqualTo(published.size());
    }

    @Test
    void aPublishedTownshipCarriesItsReportAndPrefersTheFinalVersion() {
        var parent = county("奈曼旗", "150525000000");
        PublishedReport draft = report(region(DONGMING), parent, 2024, true);
        PublishedReport fin = new PublishedReport(true, "final", region(DONGMING), parent, 2024, 2023, null, null, null,
                false, null, "http://example.org/final", "h2", 6, List.of(), null);

        Coverage.Township t = new Coverage(DIVISIONS).of("150525000000", 2024, Map.of("a", draft, "b", fin)).townships()
                .stream().filter(x -> x.code().equals(DONGMING.code())).findFirst().orElseThrow();

        assertThat(t.reportId()).isEqualTo("b");
        assertThat(t.draft()).isFalse();
        assertThat(t.sourceUrl()).isEqualTo("http://example.org/final");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "1505", "150525105000", "999999", "abc"})
    void aCodeThatIsNotACountyIsRefused(String code) {
        assertThatThrownBy(() -> new Coverage(DIVISIONS).of(code, 2024, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(code);
    }
}
