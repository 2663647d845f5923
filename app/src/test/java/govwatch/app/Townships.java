package govwatch.app;

import govwatch.events.PageEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Report pages of made-up townships (青水东镇, 青水西镇 …) made from the 东明镇 demo page, and one very long report of
 * varied text, for tests that need many reports or a large one on a real broker.
 */
final class Townships {

    static final Path TEMPLATE = Path.of("..", "seeds", "demo-portal", "zwgk", "zfgzbg", "202401",
            "t20240104_1002.html");
    private static final String FIRST = "青红白金银石河山林松";
    private static final String SECOND = "水田桥岭坪湾沟口营堡庄园";
    private static final String THIRD = "东西南北";
    /** Common characters for the long report's review part: varied enough that it compresses only about 2:1. */
    private static final String CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
            + "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
            + "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
            + "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路"
            + "级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海";

    private Townships() {
    }

    static String template() throws java.io.IOException {
        return Files.readString(TEMPLATE, StandardCharsets.UTF_8);
    }

    /** The name of made-up township {@code i} (0 ≤ i < 480). */
    static String name(int i) {
        return "" + FIRST.charAt(i / 48) + SECOND.charAt(i / 4 % 12) + THIRD.charAt(i % 4) + "镇";
    }

    /** Township {@code i}'s report page. */
    static PageEvent page(String template, int i) {
        return page("http://127.0.0.1/zwgk/zfgzbg/t" + i + ".html", template.replace("东明镇", name(i)));
    }

    /**
     * A report of {@code township} whose review part carries {@code bytes} of varied text (sentences of common
     * characters and figures, seeded so every run is the same): far over a stock broker's 1 MB record limit.
     */
    static PageEvent longReport(String template, String township, int bytes) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(bytes / 2);
        while (text.length() * 3 < bytes) { // about 3 UTF-8 bytes a character
            text.append("<p style=\"text-indent: 2em;\">");
            for (int sentence = 0; sentence < 8; sentence++) {
                for (int c = 0; c < 20 + random.nextInt(30); c++) {
                    text.append(CHARS.charAt(random.nextInt(CHARS.length())));
                }
                text.append(random.nextInt(10_000)).append("万元，");
            }
            text.append("。</p>\n");
        }
        String body = template.replace("东明镇", township)
                .replace("<p style=\"text-indent: 2em;\">2024年工作安排</p>", text + "<p style=\"text-indent: 2em;\">2024年工作安排</p>");
        return page("http://127.0.0.1/zwgk/zfgzbg/long.html", body);
    }

    static PageEvent page(String url, String body) {
        return new PageEvent(url, url, "test", Instant.now(), 200, "text/html", "UTF-8", null, null,
                Integer.toHexString(body.hashCode()), body, false, null);
    }
}
