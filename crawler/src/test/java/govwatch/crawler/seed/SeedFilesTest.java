package govwatch.crawler.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedFilesTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            id: xinzhen
            name: 新镇人民政府
            start:
              - http://www.example.gov.cn/zwgk/zfgzbg/index.html
            """;

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void readsAPortalAndAppliesTheDefaults() throws IOException {
        List<PortalSeed> seeds = SeedFiles.load(write("a.yaml", GOOD));

        assertThat(seeds).hasSize(1);
        PortalSeed s = seeds.get(0);
        assertThat(s.id()).isEqualTo("xinzhen");
        assertThat(s.name()).isEqualTo("新镇人民政府");
        assertThat(s.startUrls()).containsExactly("http://www.example.gov.cn/zwgk/zfgzbg/index.html");
        assertThat(s.allowedPrefixes()).containsExactly("http://www.example.gov.cn/zwgk/zfgzbg/");
        assertThat(s.deny()).isEmpty();
        assertThat(s.maxDepth()).isEqualTo(3);
        assertThat(s.recrawlInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(s.politenessDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.charsetOverride()).isNull();
        assertThat(s.serveDir()).isNull();
        assertThat(s.countyCode()).isNull();
        assertThat(s.articleRecheck()).as("the crawler's default applies").isNull();
    }

    @ParameterizedTest
    @CsvSource({"150627, 150627000000", "150627000000, 150627000000", "220382, 220382000000", "110105, 110105000000"})
    void aDeclaredCountyIsKeptAsItsTwelveDigitCode(String declared, String code) throws IOException {
        PortalSeed s = SeedFiles.load(write("c.yaml", GOOD + "county: " + declared + "\n")).get(0);
        assertThat(s.countyCode()).isEqualTo(code);
    }

    @Test
    void startUrlsAndAllowPrefixesAreCanonicalSoThatTheyMatchCanonicalUrls() throws IOException {
        PortalSeed s = SeedFiles.load(write("c.yaml", """
                id: canon
                name: canon
                start: HTTP://WWW.Example.GOV.cn:80/zwgk/%e6%94%bf%e5%8a%a1/index.html
                allow:
                  - http://www.EXAMPLE.gov.cn:80/zwgk/%e6%94%bf%e5%8a%a1/
                  - https://files.example.gov.cn:443/attach
                """)).get(0);

        assertThat(s.startUrls()).containsExactly("http://www.example.gov.cn/zwgk/%E6%94%BF%E5%8A%A1/index.html");
        assertThat(s.allowedPrefixes()).containsExactly("http://www.example.gov.cn/zwgk/%E6%94%BF%E5%8A%A1/",
                "https://files.example.gov.cn/attach");
        assertThat(s.allows(govwatch.crawler.discovery.UrlCanon.canonical(
                "http://www.example.gov.cn/zwgk/政务/2024/art.html"))).isTrue();
    }

    @Test
    void readsEveryFieldAndSeveralPortals() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        List<PortalSeed> seeds = SeedFiles.load(write("b.yaml", """
                portals:
                  - id: one
                    name: 一
                    start: http://127.0.0.1:18000/zwgk/index.html
                    allow: [http://127.0.0.1:18000/zwgk/, http://127.0.0.1:18000/files/]
                    deny: ['\\?print=1$']
                    maxDepth: 5
                    recrawl: 1h30m
                    articleRecheck: 6h
                    delay: 250ms
                    charset: gb2312
                    serve: site
                  - id: two
                    name: 二
                    start: [https://b.example.cn/a/]
                """));

        assertThat(seeds).extracting(PortalSeed::id).containsExactly("one", "two");
        PortalSeed one = seeds.get(0);
        assertThat(one.allowedPrefixes()).hasSize(2);
        assertThat(one.deny().get(0).matcher("http://x/a.html?print=1").find()).isTrue();
        assertThat(one.maxDepth()).isEqualTo(5);
        assertThat(one.recrawlInterval()).isEqualTo(Duration.ofMinutes(90));
        assertThat(one.articleRecheck()).isEqualTo(Duration.ofHours(6));
        assertThat(one.politenessDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(one.charsetOverride().name()).isEqualTo("GB18030");
        assertThat(one.serveDir()).isEqualTo(dir.resolve("site").toAbsolutePath().normalize());
        assertThat(seeds.get(1).allowedPrefixes()).containsExactly("https://b.example.cn/a/");
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nflavour: 1                          | 4 | unknown key 'flavour'
            name: n\\nstart: [http://a.cn/x/]                                             | 1 | missing required key 'id'
            id: x\\nstart: [http://a.cn/x/]                                               | 1 | missing required key 'name'
            id: x\\nname: n                                                               | 1 | missing required key 'start'
            id: x\\nname: n\\nstart:\\n  - http://a.cn/x/\\n  - htp:/x                    | 5 | start URL 'htp:/x' is not an http(s) URL
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nallow: [ftp://a.cn/]              | 4 | allow prefix 'ftp://a.cn/' is not an http(s) URL
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nallow: [http://b.cn/]             | 3 | start URL 'http://a.cn/x/' is outside every allow prefix
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\ndeny: ['(unclosed']               | 4 | deny pattern '(unclosed' is not a valid regex
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nmaxDepth: three                   | 4 | maxDepth 'three' is not a whole number
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nmaxDepth: 99                      | 4 | maxDepth 99 is out of range 0..20
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nrecrawl: 30                       | 4 | recrawl '30' is not a duration
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nrecrawl: 0s                       | 4 | recrawl must be longer than 0
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\narticleRecheck: 0s                | 4 | articleRecheck must be longer than 0
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\n\\ndelay: soon                    | 5 | delay 'soon' is not a duration
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\ncharset: klingon-8              | 4 | charset 'klingon-8' is not a known charset
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nserve: nowhere                    | 4 | serve directory 'nowhere' does not exist
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\nname: m                           | 4 | duplicate key 'name'
            id: Bad Id\\nname: n\\nstart: [http://a.cn/x/]                                | 1 | id 'Bad Id' must be lower-case
            id: x\\nname:\\nstart: [http://a.cn/x/]                                       | 2 | 'name' is empty
            id: x\\nname: [a, b]\\nstart: [http://a.cn/x/]                                | 2 | 'name' must be a single value
            id: x\\nname: n\\nstart: [http://a.cn/x/\\n                                   | 3 | not valid YAML: while parsing a flow sequence: expected
            - just\\n- a list                                                             | 1 | expected a mapping at the top
            '# nothing'                                                                   | 1 | empty seed file
            portals:\\n  - id: a\\n    name: n\\n    start: http://a.cn/x/\\n  - id: a\\n    name: m\\n    start: http://a.cn/y/ | 5 | duplicate portal id 'a'
            portals: []                                                                   | 1 | 'portals' must be a non-empty list
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\ncounty: 1506                       | 4 | county '1506' is not a county-level statistical code
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\ncounty: 150699                     | 4 | county '150699' is not a county-level statistical code
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\ncounty: 150627106000               | 4 | it names 伊金霍洛镇, a TOWN
            id: x\\nname: n\\nstart: [http://a.cn/x/]\\ncounty: 奈曼旗                     | 4 | (6 digits such as 150627
            """)
    void refusesABadFileAtTheRightLine(String yaml, int line, String reason) throws IOException {
        Path file = write("bad.yaml", yaml.replace("\\n", "\n"));

        assertThatThrownBy(() -> SeedFiles.load(file))
                .isInstanceOf(SeedFileException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((SeedFileException) e).line()).isEqualTo(line));
    }

    @Test
    void theServeDirectoryNeedsALoopbackStartUrlWithAPort() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        Path file = write("s.yaml", "id: x\nname: n\nstart:\n  - http://www.example.cn/zwgk/\nserve: site\n");

        assertThatThrownBy(() -> SeedFiles.load(file)).hasMessage(file + ":4: with 'serve', start URL "
                + "'http://www.example.cn/zwgk/' must be on a loopback host with an explicit port (e.g. http://127.0.0.1:18731/...)");
    }

    @Test
    void theBundledDemoSeedIsValid() {
        Path demo = Path.of("../seeds/demo.yaml");

        PortalSeed seed = SeedFiles.load(demo).get(0);

        assertThat(seed.id()).isEqualTo("demo");
        assertThat(seed.startUrls()).containsExactly("http://127.0.0.1:18731/zwgk/zfgzbg/index.html");
        assertThat(seed.allowedPrefixes()).containsExactly("http://127.0.0.1:18731/zwgk/");
        assertThat(seed.politenessDelay()).isZero();
        assertThat(seed.maxDepth()).isEqualTo(3);
        assertThat(seed.serveDir()).isDirectory().endsWith(Path.of("seeds", "demo-portal"));
    }

    @Test
    void durationsAcceptCombinedUnits() {
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("0s")).isZero();
        assertThatThrownBy(() -> Durations.parse("1 h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("h")).isInstanceOf(IllegalArgumentException.class);
    }
}
