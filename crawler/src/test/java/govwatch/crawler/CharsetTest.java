package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.fetch.CharsetSniffer;
import govwatch.crawler.seed.Charsets;
import govwatch.events.PageEvent;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GBK portals published as correct Unicode, whichever way they declare their charset. */
class CharsetTest extends PortalTestBase {
    private static final String GBK_PAGE = "/zwgk/zfgzbg/gbk/t20210310_1004.html";
    private static final Charset GBK = Charset.forName("GBK");


    CharsetTest() {
        super("portal");
    }

    private PageEvent crawl(String path, Charset override) {
        crawler = Fixtures.crawler(Fixtures.config(new TestClock()), List.of(Fixtures.portal("c", portal.url(path),
                portal.url("/zwgk/zfgzbg/"), Duration.ZERO, override, List.of())), sink, new InMemoryCrawlState());
        crawler.crawlOnce();
        return sink.page(portal.url(path));
    }

    @Test
    void aGbkPageWithAGb2312MetaDeepInTheHeadIsReadAsGb18030() throws Exception {
        PageEvent page = crawl(GBK_PAGE, null); // served as text/html without a charset

        assertThat(page.charset()).isEqualTo("GB18030");
        // 镕堃喆昇 are in GBK but not in GB2312: reading the label literally would lose them
        assertThat(page.body()).contains("公坪镇２０２１年地区生产总值增长６％左右", "镕、堃、喆、昇").doesNotContain("\uFFFD");
        assertThat(page.contentHash()).isEqualTo(DiscoveryTest.sha256(DiscoveryTest.resource(GBK_PAGE)));
    }

    @Test
    void aGbkPageWithTheCharsetOnlyInTheHttpHeader() throws Exception {
        byte[] noMeta = new String(DiscoveryTest.resource(GBK_PAGE), GBK)
                .replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "").getBytes(GBK);
        portal.bytes("/zwgk/zfgzbg/h.html", "text/html; charset=GBK", noMeta);

        PageEvent page = crawl("/zwgk/zfgzbg/h.html", null);

        assertThat(new String(noMeta, StandardCharsets.ISO_8859_1)).doesNotContainIgnoringCase("charset");
        assertThat(page.charset()).isEqualTo("GB18030");
        assertThat(page.body()).contains("公坪镇２０２１年", "镕、堃、喆、昇");
    }

    @Test
    void aHeaderThatContradictsTheBytesLosesToTheMeta() throws Exception {
        portal.bytes("/zwgk/zfgzbg/lie.html", "text/html; charset=utf-8", DiscoveryTest.resource(GBK_PAGE));

        assertThat(crawl("/zwgk/zfgzbg/lie.html", null).body()).contains("公坪镇２０２１年");
    }

    @Test
    void thePortalOverrideWins() throws Exception {
        portal.bytes("/zwgk/zfgzbg/o.html", "text/html; charset=utf-8", "<p>东明镇</p>".getBytes(GBK));

        PageEvent page = crawl("/zwgk/zfgzbg/o.html", Charsets.forLabel("gbk"));

        assertThat(page.charset()).isEqualTo("GB18030");
        assertThat(page.body()).isEqualTo("<p>东明镇</p>");
    }

    @Test
    void undeclaredChineseIsDetectedAndABomDecides() {
        byte[] gbk = ("<html><body><p>" + "各位代表，现在我代表镇人民政府向大会报告工作，请予审议。".repeat(4) + "</p></body></html>").getBytes(GBK);
        assertThat(CharsetSniffer.decide(gbk, null, null)).isEqualTo(Charsets.GB18030);

        byte[] utf8 = "<p>预期目标</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decide(utf8, null, null)).isEqualTo(StandardCharsets.UTF_8);

        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(CharsetSniffer.decide(bom, "gbk", null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(bom, StandardCharsets.UTF_8, false)).isEqualTo("<p>预期目标</p>");
    }
}
