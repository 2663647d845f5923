package govwatch.understanding.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The publication date and site hints a page states in its head's meta tags. */
class HeadMetadataTest {

    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void readsThePublicationDateAndSiteHintsFromMetaTags() {
        PageMetadata meta = cleaner.clean("<html><head><title>青石镇政府工作报告</title>"
                + "<meta name='keywords' content='政府工作报告'>"
                + "<meta property='article:published_time' content='2024-03-15T09:00:00+08:00'>"
                + "<meta name='PubDate' content='2024-03-16 10:20'>"
                + "<meta NAME='SiteName' content='青石镇人民政府'>"
                + "<meta property='og:site_name' content='示范县'>"
                + "<meta name='Author' content=' '>"
                + "</head><body><p>各位代表：</p></body></html>").metadata();
        assertThat(meta.publishedAt()).isEqualTo("2024-03-16T10:20:00"); // PubDate is asked first
        // SiteName and sitename are both asked, and names match whatever their case: the tag is found twice
        assertThat(meta.siteHints()).containsExactly("青石镇人民政府", "青石镇人民政府", "示范县");
    }

    @Test
    void namesAreMatchedWhateverTheirCase() {
        PageMetadata meta = cleaner.clean("<html><head><meta name='PUBLISHDATE' content='2023-04-20'>"
                + "<meta name='columnname' content='政务公开'></head><body><p>正文</p></body></html>").metadata();
        assertThat(meta.publishedAt()).isEqualTo("2023-04-20");
        assertThat(meta.siteHints()).containsExactly("政务公开");
    }
}
