package govwatch.app.cli;

import govwatch.app.broker.Cluster;
import govwatch.app.export.ExportFilter;
import govwatch.app.export.ExportRow;
import govwatch.app.export.ExportWriter;
import govwatch.app.export.StoredReports;
import govwatch.events.PublishedReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code govwatch export}: the targets of the stored reports, one row each, as CSV for a spreadsheet or as JSON lines.
 * Reads the compacted reports topic to its end and stops; creates nothing.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the targets of every stored report, one row per target, as CSV (UTF-8 with a BOM) or "
                + "JSON lines; filter by plan year, indicator, county or province.")
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Option(names = "--format", required = true, paramLabel = "csv|json",
            description = "csv: a header and one row per target, UTF-8 with a BOM; json: one object per line.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--year", paramLabel = "Y", description = "Only reports of this plan year.")
    Integer year;

    @Option(names = "--indicator", paramLabel = "NAME", description = "Only targets of this indicator (exact name).")
    String indicator;

    @Option(names = "--county", paramLabel = "CODE", description = "Only places of this county (official code).")
    String county;

    @Option(names = "--province", paramLabel = "CODE", description = "Only places of this province (official code).")
    String province;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        ExportFilter filter = new ExportFilter(year, indicator,
                county == null ? null : OfficialCodes.county("--county", county).code().substring(0, 6),
                province == null ? null : OfficialCodes.province("--province", province));
        Path target = output == null ? null : output.toAbsolutePath();
        if (target != null && !Files.isDirectory(target.getParent())) {
            throw new UsageError("--output " + output + ": the folder " + target.getParent() + " does not exist");
        }
        SortedMap<String, PublishedReport> reports;
        try (Cluster cluster = Cluster.existing(kafka.bootstrap, kafka.dataDir)) {
            reports = StoredReports.read(cluster.bootstrap(), Duration.ofMinutes(1));
        }
        List<ExportRow> rows = ExportRow.of(reports, filter);
        ExportWriter writer = format == Format.csv ? ExportWriter.CSV : ExportWriter.JSON;
        if (target == null) {
            writer.writeTo(rows, System.out);
        } else {
            write(writer, rows, target);
        }
        System.err.printf("govwatch export: %d target(s) of %d stored report(s) (%s)%s%n", rows.size(),
                reports.size(), filter.describe(), target == null ? "" : " written to " + target);
        return ExitCodes.OK;
    }

    /** Writes a temporary file next to {@code target}, then moves it there: a failed write leaves no half file. */
    private static void write(ExportWriter writer, List<ExportRow> rows, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(rows, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
