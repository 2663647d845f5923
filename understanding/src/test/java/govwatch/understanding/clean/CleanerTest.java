package govwatch.understanding.clean;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.corpus.CorpusPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleanerTest {

    private final DocumentCleaner cleaner = new DocumentCleaner();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "２０２３年增长５．１％                | 2023年增长5.1%",
        "（草案）                               | (草案)",
        "政 府 工 作 报 告                      | 政府工作报告",
        "李　家　镇                             | 李家镇",
        "[bookmark: _GoBack]各位代表：          | 各位代表：",
        "６％－６．５％                          | 6%-6.5%",
        "各位代表，我代表镇人民政府 向大会报告  | 各位代表，我代表镇人民政府 向大会报告"})
    void normalizesText(String raw, String expected) {
        assertThat(TextNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void crlfBecomesOneParagraphPerLine() {
        assertThat(TextNormalizer.normalizeLines("第一段\r\n\r\n  第二段\r第三段")).containsExactly("第一段", "第二段", "第三段");
    }

    @Test
    void dropsARepostingSitesLineEndMarkerEvenWhenBrokenOverTwoLines() {
        assertThat(TextNormalizer.normalizeLines("政 府 工 作 报 告PZl\n2020年6月22日在大埔县第十五届PZl\n人民代表大会第五次会议上PZl\n"
                + "各位代表:PZl\n被评为世界长寿乡。PZ\nl\n全县生产总值增长5.1%"))
                .containsExactly("政府工作报告", "2020年6月22日在大埔县第十五届", "人民代表大会第五次会议上", "各位代表:",
                        "被评为世界长寿乡。", "全县生产总值增长5.1%");
        assertThat(TextNormalizer.normalizeLines("全县GDP\n增长5%\n城乡居民收入")).containsExactly("全县GDP", "增长5%", "城乡居民收入");
    }

    @Test
    void publicationLabelOutranksTheDocumentDateAndTableCellsCount() {
        PageMetadata m = MetadataLines.read(java.util.List.of("[ 成文日期 ] | 2024-02-20 | [ 发布日期 ] | 2024-02-22 |",
                "[ 发布机构 ] | 巴南区木洞镇 |"), PageMetadata.empty());
        assertThat(m.publishedAt()).isEqualTo("2024-02-22");
        assertThat(m.source()).isEqualTo("巴南区木洞镇");
    }

    @Test
    void stripsPortalChromeAndKeepsTheArticle() {
        CleanedDocument doc = cleaner.clean(CorpusPage.load("handwritten/subdistrict-chengguan.html").body(), "text/html");
        String text = doc.text();
        assertThat(doc.lines().get(0)).isEqualTo("平泉县城关街道办事处工作报告");
        assertThat(text).contains("各位代表：", "二、2024年工作计划", "新建社区养老服务站2个")
                .doesNotContain("首页", "您现在的位置", "字号", "打印", "ICP备", "公网安备", "主办", "承办");
        assertThat(doc.metadata().publishedAt()).isEqualTo("2024-01-15T10:00:00");
        assertThat(doc.metadata().source()).isEqualTo("城关街道办事处");
    }

    @Test
    void findsTheBodyOfOldTableLayoutsInGbk() {
        CleanedDocument doc = cleaner.clean(CorpusPage.load("demo-portal/t20210813_1003.html").body(), null);
        assertThat(doc.text()).contains("2020年工作回顾", "2021年工作安排", "出栏黄羊8000头")
                .doesNotContain("网站地图", "扫一扫在手机打开当前页", "当前位置", "[bookmark");
        assertThat(doc.metadata().source()).startsWith("关路镇人民政府");
    }

    @Test
    void plainTextLosesChromeLinesButKeepsMetadata() {
        CleanedDocument doc = cleaner.clean(CorpusPage.load("seeds-txt/004_84905cf744b120d4.txt").body(), "text/plain");
        assertThat(doc.text()).doesNotContain("字号:", "网站地图", "蒙ICP备", "主办:", "公网安备", "欢迎您")
                .contains("政府工作报告(草案)", "二、2023年工作计划");
        assertThat(doc.metadata().publishedAt()).isEqualTo("2023-04-22T16:44:00");
        assertThat(doc.metadata().source()).isEqualTo("伊金霍洛镇人民政府");
    }

    @Test
    void wordArtifactsAreRemovedFromHtml() {
        CleanedDocument doc = cleaner.clean(CorpusPage.load("demo-portal/t20210310_1004.html").body(), "text/html");
        assertThat(doc.text()).doesNotContain("bookmark", "_GoBack").contains("二、2021年主要工作计划");
    }
}
