package govwatch.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report split over two pages is understood whole once joined: its place from page 1, its targets from page 2. */
class SplitArticleTest {

    private static final String URL = "http://example.org/zwgk/202401/t20240110_1002.html";

    @Test
    void continuationsAreTheNumberedSiblingsInOrder() {
        List<String> links = List.of("http://example.org/zwgk/202401/t20240110_1002_2.html",
                "http://example.org/zwgk/202401/t20240110_1002_1.html?from=pager",
                "http://example.org/zwgk/202401/t20240110_1003_1.html", "http://example.org/zwgk/index_1.html",
                "http://example.org/zwgk/202401/t20240110_1002.html");
        assertThat(SplitArticle.continuations(URL, links)).containsExactly(
                "http://example.org/zwgk/202401/t20240110_1002_1.html",
                "http://example.org/zwgk/202401/t20240110_1002_2.html");
        assertThat(SplitArticle.continuations("http://example.org/zwgk/index.html",
                List.of("http://example.org/zwgk/index_1.html"))).containsExactly("http://example.org/zwgk/index_1.html");
        assertThat(SplitArticle.continuations(URL, List.of("http://example.org/other.html"))).isEmpty();
    }

    @Test
    void joinedPartsAreOneReport() {
        String head = "<html><head><title>青石镇人民政府工作报告</title></head><body><div class=nav>首页 | 政务公开</div>"
                + "<div class=article><h1>青石镇人民政府工作报告</h1><p>发布时间：2024-01-12 09:30</p>";
        SourceDocument page1 = new SourceDocument(URL, "text/html", head
                + "<p>——2024年1月10日在青石镇第十八届人民代表大会第四次会议上</p><p>各位代表：</p>"
                + "<p>现在，我代表青石镇人民政府向大会报告工作，请予审议。</p><p>一、2023年工作回顾</p>"
                + "<p>过去一年，全镇完成固定资产投资3.2亿元，一般公共预算收入完成1200万元。</p>"
                + "<p>上一页 1 2 下一页</p></div></body></html>");
        SourceDocument page2 = new SourceDocument(URL.replace(".html", "_1.html"), "text/html", head
                + "<p>二、2024年工作安排</p><p>今年全镇的主要预期目标是：一般公共预算收入增长6%，粮食播种面积稳定在4.2万亩以上。</p>"
                + "<p>上一页 1 2 下一页</p></div></body></html>");
        Report alone = new WorkReportAnalyzer().analyze(page1);
        Report joined = new WorkReportAnalyzer().analyze(SplitArticle.join(List.of(page1, page2)));
        assertThat(alone.targets()).isEmpty();
        assertThat(joined.report()).isTrue();
        assertThat(joined.region().name()).isEqualTo("青石镇");
        assertThat(joined.year()).isEqualTo(2024);
        assertThat(joined.publishedAt()).startsWith("2024-01-12");
        assertThat(joined.targets()).extracting(Target::indicator).containsExactly("一般公共预算收入", "粮食播种面积");
        assertThat(SplitArticle.join(List.of(page1, page2)).body()).doesNotContain("上一页")
                .containsOnlyOnce("青石镇人民政府工作报告");
    }
}
