package govwatch.app.cli;

import govwatch.app.broker.Cluster;
import govwatch.streams.coverage.Coverage;
import govwatch.app.export.StoredReports;
import govwatch.events.JsonSerde;
import govwatch.events.PublishedReport;
import govwatch.places.Divisions;
import java.time.Duration;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code govwatch coverage}: which townships of a county have published their report for a plan year, from the
 * stored reports. Reads the compacted reports topic to its end and stops; creates nothing.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "List a county's township-level units (official list, NBS 2023) as published or missing for "
                + "a plan year, from the stored reports: a table, or JSON with --json.")
final class CoverageCommand implements Callable<Integer> {

    @Option(names = "--county", required = true, paramLabel = "CODE",
            description = "The county's official code, 6 or 12 digits (150525 for 奈曼旗).")
    String county;

    @Option(names = "--year", required = true, paramLabel = "Y", description = "The plan year.")
    int year;

    @Option(names = "--json", description = "Print the coverage as one JSON object.")
    boolean json;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        String code = OfficialCodes.county("--county", county).code();
        SortedMap<String, PublishedReport> reports;
        try (Cluster cluster = Cluster.existing(kafka.bootstrap, kafka.dataDir)) {
            reports = StoredReports.read(cluster.bootstrap(), Duration.ofMinutes(1));
        }
        Coverage.Table table = new Coverage(Divisions.official()).of(code, year, reports);
        System.out.print(json ? JsonSerde.MAPPER.writeValueAsString(table) + "\n" : CoverageTable.render(table));
        System.out.flush();
        System.err.printf("govwatch coverage: %s %d: %d of %d township-level units published%s%n",
                table.countyName(), year, table.published(), table.townships().size(), table.published() > 0 ? ""
                        : " (no stored report of this county for the year: does a seed file watch its portal?)");
        return ExitCodes.OK;
    }
}
