package govwatch.app.export;

import govwatch.events.JsonSerde;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes export rows as CSV (UTF-8 with a BOM, RFC 4180) or as JSON, one object per line (UTF-8, no BOM). */
public enum ExportWriter {
    CSV {
        @Override
        void write(List<ExportRow> rows, Writer out) throws IOException {
            // The BOM tells Excel the file is UTF-8; without it the Chinese text opens as mojibake.
            out.write('\uFEFF');
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(ExportRow.COLUMNS.toArray(String[]::new)).get();
            CSVPrinter printer = new CSVPrinter(out, format);
            for (ExportRow row : rows) {
                printer.printRecord(row.cells());
            }
            printer.flush();
        }
    },
    JSON {
        @Override
        void write(List<ExportRow> rows, Writer out) throws IOException {
            JsonSerde<ExportRow> json = JsonSerde.of(ExportRow.class);
            for (ExportRow row : rows) {
                out.write(json.toJson(row));
                out.write('\n');
            }
        }
    };

    abstract void write(List<ExportRow> rows, Writer out) throws IOException;

    /** Writes {@code rows} to {@code out} in UTF-8 and flushes; does not close {@code out}. */
    public void writeTo(List<ExportRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(rows, writer);
        writer.flush();
    }
}
