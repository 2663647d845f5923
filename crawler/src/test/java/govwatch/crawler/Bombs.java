package govwatch.crawler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile bodies, built once per JVM (deflating a gibibyte takes a few seconds). */
final class Bombs {
    static final long GIB = 1024L * 1024 * 1024;
    private static byte[] docx;
    private static byte[] gzip;

    private Bombs() {
    }

    /** A .docx whose word/document.xml expands to 1 GiB of empty paragraphs (no text at all): about 1 MB. */
    static synchronized byte[] docx() {
        if (docx == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                        + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.document.main+xml\"/></Types>");
                entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>");
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                        + ".org/wordprocessingml/2006/main\"><w:body>";
                zip.write(head.getBytes(StandardCharsets.UTF_8));
                repeat(zip, "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8), GIB);
                zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            docx = bytes.toByteArray();
        }
        return docx;
    }

    /** 1 GiB of zeros, gzip-compressed: about 1 MB. */
    static synchronized byte[] gzip() {
        if (gzip == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes, 64 * 1024)) {
                repeat(out, new byte[64 * 1024], GIB);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            gzip = bytes.toByteArray();
        }
        return gzip;
    }

    /** {@code n} bytes of NUL. */
    static byte[] nuls(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 0);
        return b;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void repeat(OutputStream out, byte[] chunk, long total) throws IOException {
        for (long written = 0; written < total; written += chunk.length) {
            out.write(chunk);
        }
    }
}
