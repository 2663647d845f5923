package govwatch.crawler;

import org.junit.jupiter.api.AfterEach;

/** A crawler test against a local portal: the portal, the collected pages, and the crawler under test, closed after each test. */
abstract class PortalTestBase {
    protected final TestPortal portal;
    protected final CollectingSink sink = new CollectingSink();
    protected Crawler crawler;

    /** @param resources the test-resource folder the portal serves, or null for pages added by the test */
    PortalTestBase(String resources) {
        this.portal = new TestPortal(resources);
    }

    @AfterEach
    void closeCrawlerAndPortal() {
        if (crawler != null) {
            crawler.close();
        }
        portal.close();
    }
}
