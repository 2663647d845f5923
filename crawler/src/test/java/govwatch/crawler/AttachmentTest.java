package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.document.AttachmentText;
import govwatch.events.PageEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** PDF and Word attachments linked from an article: fetched, text extracted, published with their parent. */
class AttachmentTest extends PortalTestBase {

    AttachmentTest() {
        super((String) null);
    }

    @Test
    void pdfAndDocxAttachmentsArePublishedAsExtractedText() throws IOException {
        portal.page("/col/index.html", "<a href='2024/art.html'>报告</a>")
                .page("/col/2024/art.html", "<h1>新镇2024年政府工作报告</h1><a href='/files/report.pdf'>PDF</a>"
                        + " <a href='/files/report.docx'>Word</a> <a href='http://elsewhere.invalid/x.pdf'>other host</a>")
                .bytes("/files/report.pdf", "application/pdf", pdf("Government Work Report 2024: revenue up 5 percent"))
                .bytes("/files/report.docx", "application/octet-stream", docx("新镇2024年政府工作报告：一般公共预算收入增长5%左右。"));
        crawler = Fixtures.crawler(Fixtures.config(new TestClock()), List.of(Fixtures.portal("att",
                portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO)), sink, new InMemoryCrawlState());

        CrawlSummary summary = crawler.crawlOnce();

        assertThat(summary.errors()).isZero();
        PageEvent pdf = sink.page(portal.url("/files/report.pdf"));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).contains("Government Work Report 2024: revenue up 5 percent");
        assertThat(pdf.parentUrl()).isEqualTo(portal.url("/col/2024/art.html"));
        assertThat(pdf.charset()).isNull();
        PageEvent docx = sink.page(portal.url("/files/report.docx"));
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.body()).contains("新镇2024年政府工作报告：一般公共预算收入增长5%左右。");
        assertThat(docx.parentUrl()).isEqualTo(portal.url("/col/2024/art.html"));
        assertThat(sink.urls()).hasSize(4);
    }

    @Test
    void attachmentTextIsCutAtAThirdOfTheBodyCapAndMarkedTruncated() throws IOException {
        String sentence = "新镇2024年政府工作报告：一般公共预算收入增长5%左右。";
        byte[] big = docx(sentence.repeat(20_000)); // compresses to a small file, expands to 600,000 characters
        assertThat(big.length).isLessThan(30_000);
        portal.page("/col/index.html", "<a href='/files/big.docx'>Word</a>")
                .bytes("/files/big.docx", "application/octet-stream", big);
        crawler = Fixtures.crawler(Fixtures.configBuilder(new TestClock()).maxBodyBytes(30_000).build(),
                List.of(Fixtures.portal("att", portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO)),
                sink, new InMemoryCrawlState());

        CrawlSummary summary = crawler.crawlOnce();

        assertThat(summary.errors()).isZero();
        PageEvent docx = sink.page(portal.url("/files/big.docx"));
        assertThat(docx.truncated()).isTrue();
        assertThat(docx.body()).startsWith(sentence).hasSizeLessThanOrEqualTo(10_000).hasSizeGreaterThan(9_000);
    }

    @Test
    void textWithinTheCapIsNotMarkedTruncated() throws Exception {
        AttachmentText.Extracted e = new AttachmentText(1_000).extract(docx("short text"), "a/b.docx", null);

        assertThat(e.text()).isEqualTo("short text");
        assertThat(e.truncated()).isFalse();
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
