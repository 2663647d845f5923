package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.discovery.Scope;
import govwatch.crawler.document.AttachmentText;
import govwatch.crawler.document.DocumentDecoder;
import govwatch.crawler.fetch.HttpResponse;
import govwatch.crawler.seed.PortalSeed;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The crawler's decisions as pure functions, one table each: status → outcome, scope, content routing, addresses. */
class DecisionTablesTest {
    private static final String START = "http://portal.example/zwgk/index.html";
    private static final Scope SCOPE = new Scope(Fixtures.portal("t", START, "http://portal.example/zwgk/", Duration.ZERO));
    private static final byte[] PAGE = "<title>报告</title><a href='a.html'>a</a>".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");
    private final ResponseReader reader = new ResponseReader(CrawlerConfig.defaults(),
            new DocumentDecoder(new AttachmentText(1000)));

    @ParameterizedTest(name = "HTTP {0}, remembered {1} → {2}")
    @CsvSource({
        // status, remembered (none | same | other hash), outcome
        "200, none,  Publish",
        "200, other, Publish",
        "200, same,  Unchanged",
        "203, none,  Publish",
        "304, same,  NotModified",
        "304, none,  Failed:http_4xx",
        "404, none,  Failed:http_4xx",
        "410, same,  Failed:http_4xx",
        "403, none,  Failed:http_4xx",
    })
    void statusToOutcome(int status, String remembered, String expected) {
        String hash = ResponseReader.sha256(PAGE);
        PageMemory old = switch (remembered) {
            case "same" -> new PageMemory("e", null, hash, NOW, NOW, List.of());
            case "other" -> new PageMemory("e", null, "0", NOW, NOW, List.of());
            default -> null;
        };
        HttpResponse r = new HttpResponse(START, status, "text/html", "utf-8", null, null, PAGE, false, null, null);

        Outcome o = reader.read(new Task(SCOPE, START, 0, null, Task.Kind.PAGE), r, old, NOW);

        String name = o.getClass().getSimpleName() + (o instanceof Outcome.Failed f ? ":" + f.failure().kind().tag() : "");
        assertThat(name).isEqualTo(expected);
        if (o instanceof Outcome.Publish || o instanceof Outcome.Unchanged) {
            assertThat(o.found().links()).containsExactly("http://portal.example/zwgk/a.html");
        }
    }

    @ParameterizedTest(name = "{0}, seed articleRecheck {1} → next check after {2}")
    @CsvSource({
        // the test portal re-crawls list pages every 1h; the crawler's default factor for articles is 24
        "http://portal.example/zwgk/index.html,            ,    PT1H",
        "http://portal.example/zwgk/index.html,            PT6H, PT1H",
        "http://portal.example/zwgk/202401/t20240104_1.html, ,    PT24H",
        "http://portal.example/zwgk/202401/t20240104_1.html, PT6H, PT6H",
    })
    void whenAPageIsCheckedAgain(String url, Duration articleRecheck, Duration expected) {
        PortalSeed p = Fixtures.portal("t", START, "http://portal.example/zwgk/", Duration.ZERO);
        p = new PortalSeed(p.id(), p.name(), p.startUrls(), p.allowedPrefixes(), p.deny(), p.maxDepth(),
                Duration.ofHours(1), p.politenessDelay(), p.charsetOverride(), p.serveDir(), p.countyCode(),
                p.budgets(), articleRecheck);
        HttpResponse r = new HttpResponse(url, 200, "text/html", "utf-8", null, null, PAGE, false, null, null);

        Outcome o = reader.read(new Task(new Scope(p), url, 0, null, Task.Kind.PAGE), r, null, NOW);

        assertThat(o).isInstanceOf(Outcome.Publish.class);
        assertThat(((Outcome.Publish) o).memory().nextDue()).isEqualTo(NOW.plus(expected));
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource({
        "http://portal.example/zwgk/a.html,        portal.example, PAGE",
        "http://portal.example/zwgk/list/,         portal.example, PAGE",
        "http://portal.example/news/a.html,        portal.example, OUT",
        "http://portal.example/files/r.pdf,        portal.example, ATTACHMENT",
        "http://portal.example/files/r.DOCX,       portal.example, ATTACHMENT",
        "http://cdn.example/files/r.pdf,           portal.example, OUT",
        "http://portal.example/zwgk/logo.png,      portal.example, OUT",
        "http://portal.example/zwgk/data.xlsx,     portal.example, OUT",
        "http://elsewhere.example/zwgk/a.html,     portal.example, OUT",
    })
    void scopeClassification(String url, String fromHost, Scope.Kind expected) {
        assertThat(SCOPE.classify(url, fromHost)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource({
        "text/html,                     http://p/a.html,     HTML",
        "application/xhtml+xml,         http://p/a,          HTML",
        "text/plain,                    http://p/a.txt,      TEXT",
        "application/xml,               http://p/sitemap,    TEXT",
        "application/pdf,               http://p/a,          DOCUMENT",
        "application/msword,            http://p/a,          DOCUMENT",
        "application/kswps,             http://p/a,          DOCUMENT",
        "application/octet-stream,      http://p/r.docx,     DOCUMENT",
        "application/octet-stream,      http://p/r.wps?x=1,  DOCUMENT",
        "text/html,                     http://p/r.pdf,      HTML",
        "'',                            http://p/r.pdf,      DOCUMENT",
        "'',                            http://p/a.shtml,    HTML",
        "image/png,                     http://p/a.png,      SKIP",
        "application/zip,               http://p/a.zip,      SKIP",
        "application/vnd.ms-excel,      http://p/a.xls,      SKIP",
    })
    void contentRouting(String type, String url, DocumentDecoder.Route expected) {
        assertThat(DocumentDecoder.route(type.isEmpty() ? null : type, url)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} internal: {1}")
    @CsvSource({
        "127.0.0.1, true", "10.1.2.3, true", "172.16.0.1, true", "192.168.1.1, true", "169.254.169.254, true",
        "100.64.0.1, true", "100.127.255.255, true", "100.63.255.255, false", "100.128.0.0, false", "0.0.0.0, true",
        "::1, true", "fc00::1, true", "fd12:3456::1, true", "fe80::1, true", "ff02::1, true",
        "8.8.8.8, false", "114.114.114.114, false", "2001:4860:4860::8888, false", "fbff::1, false",
    })
    void internalAddresses(String literal, boolean internal) throws Exception {
        assertThat(AddressGuard.isInternal(InetAddress.getByName(literal))).isEqualTo(internal);
    }
}
