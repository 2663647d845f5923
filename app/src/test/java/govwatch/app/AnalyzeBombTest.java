package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govwatch analyze bomb.docx} in a child JVM with a 256 MiB heap: a 1 GiB document.xml in a 1.5 MB file is
 * refused with a sentence, not an OutOfMemoryError.
 */
class AnalyzeBombTest {
    @TempDir
    Path work;

    @Test
    void aZipBombIsRefusedWithAClearErrorInASmallHeap() throws Exception {
        Path bomb = work.resolve("bomb.docx");
        writeBomb(bomb, 1024L * 1024 * 1024);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = work.resolve("out.txt");
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "govwatch.app.cli.Main", "analyze", bomb.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("analyze ended").isTrue();
        String output = Files.readString(out);
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("govwatch analyze: ", "bomb.docx", "zip bomb", "word/document.xml").doesNotContain("OutOfMemoryError");
    }

    /** A .docx whose word/document.xml is {@code expanded} bytes of empty paragraphs. */
    private static void writeBomb(Path file, long expanded) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            OutputStream o = zip;
            for (long n = 0; n < expanded; n += chunk.length) {
                o.write(chunk);
            }
            zip.closeEntry();
        }
    }
}
