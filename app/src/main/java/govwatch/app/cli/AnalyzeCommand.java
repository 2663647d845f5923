package govwatch.app.cli;

import govwatch.crawler.document.SourceReader;
import govwatch.events.JsonSerde;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Report;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code govwatch analyze}: the topology's understanding applied to one page or document, printed as JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Understand one page or document (file or http(s) URL) and print it as one JSON object.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE-or-URL", description = "An HTML page, a text file, or an http(s) URL.")
    String source;

    @Override
    public Integer call() throws Exception {
        SourceReader.Source read;
        try {
            read = new SourceReader().read(source);
        } catch (java.io.IOException e) {
            String why = Errors.describe(e);
            throw new java.io.IOException(why.contains(source) ? why : source + ": " + why, e);
        }
        SourceDocument document = new SourceDocument(read.url(), read.text().contentType(), read.text().text());
        Report report = new WorkReportAnalyzer().analyze(document);
        System.out.println(JsonSerde.of(Report.class).toJson(report));
        return 0;
    }
}
