package govwatch.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pagers that a list page writes with a script, as TRS-style government CMSs do, are followed like links. */
class LinkExtractorTest {

    private static final String LIST = "http://gov.example/zwgk/zfgzbg/index.html";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "createPageHTML(3, 0, \"index\", \"html\");                       | index.html index_1.html index_2.html",
        "createPageHTML('page_div', 3, 1, 'index', 'shtml', 45);        | index.shtml index_1.shtml index_2.shtml",
        "var countPage = 2; createPageHTML(countPage, 0, \"list\", \"htm\"); | list.htm list_1.htm",
        "createPageHTML(1, 0, \"index\", \"html\");                       | ''",
        "createPageHTML(currentPage);                                    | ''",
        "document.write('no pager here');                                | ''"})
    void scriptWrittenPagersBecomeLinks(String script, String expectedPages) {
        String html = "<html><body><ul><li><a href='t1.html'>报告</a></li></ul><script>" + script
                + "</script></body></html>";

        List<String> links = LinkExtractor.links(html, LIST);

        List<String> expected = expectedPages.isBlank() ? List.of()
                : List.of(expectedPages.split(" ")).stream().map(p -> "http://gov.example/zwgk/zfgzbg/" + p).toList();
        assertThat(links).first().isEqualTo("http://gov.example/zwgk/zfgzbg/t1.html");
        assertThat(links.subList(1, links.size())).containsExactlyElementsOf(expected);
    }
}
