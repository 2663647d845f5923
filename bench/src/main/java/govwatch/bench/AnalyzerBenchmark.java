package govwatch.bench;

import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Report;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * clean + detect + year + extract on one thread, per page: the demo portal's five report pages, a 4 MB page whose
 * body (chrome and article) repeats many times, and a 5 MB plain-text report whose every line is read. ops/s is pages/s; multiply by the page size printed at setup for MB/s.
 * Run from the checkout root: {@code java -jar bench/target/benchmarks.jar}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBenchmark {

    private static final Path PAGES = Path.of("seeds", "demo-portal", "zwgk", "zfgzbg");

    @Param({"202007/t20200724_1001.html", "202401/t20240104_1002.html", "202108/t20210813_1003.html",
            "202103/t20210310_1004.html", "202304/t20230422_1005.html", "huge-5MB", "huge-5MB-text"})
    public String page;

    private final WorkReportAnalyzer analyzer = new WorkReportAnalyzer();
    private SourceDocument document;

    @Setup
    public void load() throws IOException {
        String body = switch (page) {
            case "huge-5MB" -> hugePage();
            case "huge-5MB-text" -> hugeText();
            default -> read(page);
        };
        String type = page.endsWith("-text") ? "text/plain" : "text/html";
        document = new SourceDocument("http://127.0.0.1/" + page, type, body);
        System.err.printf("%n[bench] %s: %.3f MB of UTF-8%n", page, body.getBytes(StandardCharsets.UTF_8).length / 1e6);
    }

    @Benchmark
    public Report analyze() {
        return analyzer.analyze(document);
    }

    /** The demo portal's 关路镇 page is GBK (declared gb2312): read it as GB18030 like the crawler does. */
    private static String read(String relative) throws IOException {
        byte[] bytes = Files.readAllBytes(PAGES.resolve(relative));
        boolean gbk = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1).contains("gb2312");
        return new String(bytes, gbk ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
    }

    /** One report as plain text whose plan part is the 伊金霍洛镇 page's text repeated to 5 MB: every line is read. */
    private static String hugeText() throws IOException {
        String text = Jsoup.parse(read("202304/t20230422_1005.html")).body().wholeText();
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000_000 / 3) {
            sb.append(text).append('\n');
        }
        return sb.toString();
    }

    /** The 伊金霍洛镇 page with its whole body (chrome included) repeated to about 4 MB. */
    private static String hugePage() throws IOException {
        String body = read("202304/t20230422_1005.html");
        int start = body.indexOf("<body");
        String inner = body.substring(start, body.lastIndexOf("</body>"));
        StringBuilder sb = new StringBuilder(body.substring(0, start));
        while (sb.length() < 5_000_000 / 3) { // 3 bytes per CJK character in UTF-8
            sb.append(inner);
        }
        return sb.append("</body></html>").toString();
    }
}
