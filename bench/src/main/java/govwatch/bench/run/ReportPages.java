package govwatch.bench.run;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated county portal of N distinct township work reports (seeded, so two runs with the same seed serve the
 * same bytes): {@code /zwgk/index.html} links list pages of {@value #PER_LIST} articles each, and every article is
 * one report with its own township and year — title, meeting line, a review of last year and a plan with targets,
 * padded with varied running text to about the size of a real report (~23 KB). The wording is written for this
 * bench from the shape of the demo portal (seeds/demo-portal), not copied from any report.
 *
 * <p>How many sentences of that running text carry figures (an amount invested, a number of projects) decides how
 * many targets a report sets: {@link Figures#TYPICAL} gives 9–20 (median 14), as the township reports in the shared seeds
 * set 0–19; {@link Figures#DENSE} puts two in every sentence (about 145 targets a report), the pages of the bench before
 * 30 November 2026.
 */
public final class ReportPages {

    static final int PER_LIST = 100;

    /** How often the running text carries figures. */
    public enum Figures {
        /** One sentence in {@value #TYPICAL_EVERY}: a typical township report's number of targets. */
        TYPICAL,
        /** Every sentence: about 145 targets a report. */
        DENSE;

        static final int TYPICAL_EVERY = 16;

        int every() {
            return this == DENSE ? 1 : TYPICAL_EVERY;
        }
    }

    private static final String[] SYLLABLES = {"青", "石", "白", "云", "松", "岭", "河", "东", "西", "南", "北", "桥",
        "柳", "林", "泉", "溪", "湾", "山", "峰", "坪", "沙", "枫", "梅", "兰", "竹", "金", "银", "铜", "凤", "龙",
        "虎", "鹤", "马", "牛", "羊", "新", "古", "安", "宁", "丰"};
    private static final String[] INDICATORS = {"一般公共预算收入", "固定资产投资", "社会消费品零售总额",
        "农村居民人均可支配收入", "规模以上工业增加值", "地区生产总值"};
    private static final String[] WORK = {"乡村振兴", "基础设施", "人居环境", "产业项目", "社会保障", "基层治理",
        "安全生产", "生态保护", "教育医疗", "文旅融合"};
    private static final String[] VERBS = {"扎实推进", "持续完善", "全面加强", "稳步实施", "深入开展", "着力提升"};

    private final Map<String, byte[]> pages = new LinkedHashMap<>();
    private final List<String> articles = new ArrayList<>();

    /** Generates {@code n} reports from {@code seed}. */
    public ReportPages(int n, long seed, Figures figures) {
        Random random = new Random(seed);
        List<String> places = places(n, random);
        StringBuilder index = new StringBuilder("<html><head><meta charset='utf-8'><title>政府工作报告</title></head><body><ul>");
        for (int list = 0; list * PER_LIST < n; list++) {
            StringBuilder items = new StringBuilder();
            for (int i = list * PER_LIST; i < Math.min(n, (list + 1) * PER_LIST); i++) {
                int year = 2019 + (i / places.size()) % 7;
                String path = "/zwgk/zfgzbg/" + year + "/t" + year + "0315_" + (10000 + i) + ".html";
                articles.add(path);
                pages.put(path, utf8(report(places.get(i % places.size()), year, random, figures.every())));
                items.append("<li><a href='").append(path).append("'>").append(places.get(i % places.size()))
                        .append(year).append("年政府工作报告</a></li>");
            }
            String listPath = "/zwgk/zfgzbg/list_" + list + ".html";
            pages.put(listPath, utf8("<html><head><meta charset='utf-8'><title>政府工作报告</title></head><body><ul>"
                    + items + "</ul></body></html>"));
            index.append("<li><a href='").append(listPath).append("'>第").append(list + 1).append("页</a></li>");
        }
        pages.put("/zwgk/index.html", utf8(index.append("</ul></body></html>").toString()));
    }

    /** Path → page bytes (UTF-8 HTML), index and lists included. */
    public Map<String, byte[]> pages() {
        return Collections.unmodifiableMap(pages);
    }

    /** The report pages' paths, in generation order. */
    public List<String> articles() {
        return Collections.unmodifiableList(articles);
    }

    /** Distinct township names, shuffled; reused across years when n exceeds them. */
    private static List<String> places(int n, Random random) {
        List<String> names = new ArrayList<>();
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                // 石龙镇 (东莞, a township directly under a prefecture) makes Divisions.place throw: a known bug
                if (!a.equals(b) && !(a + b).equals("石龙")) {
                    names.add(a + b + (names.size() % 3 == 0 ? "乡" : "镇"));
                }
            }
        }
        Collections.shuffle(names, random);
        return names.subList(0, Math.min(n, names.size()));
    }

    private static String report(String place, int year, Random r, int figuresEvery) {
        String title = place + year + "年政府工作报告";
        StringBuilder body = new StringBuilder();
        p(body, "——在" + place + "第" + (2 + r.nextInt(18)) + "届人民代表大会第" + (1 + r.nextInt(6)) + "次会议上");
        p(body, "(" + year + "年" + (1 + r.nextInt(3)) + "月" + (1 + r.nextInt(28)) + "日)");
        p(body, "各位代表：");
        p(body, "现在，我代表" + place + "人民政府向大会报告工作，请予审议，并请列席会议的同志提出意见。");
        p(body, "一、" + (year - 1) + "年工作回顾");
        for (String indicator : INDICATORS) {
            if (r.nextBoolean()) {
                p(body, "全年" + indicator + "完成" + (100 + r.nextInt(9000)) + "万元，同比增长" + (1 + r.nextInt(15)) + "%。");
            }
        }
        filler(body, r, 4_000, figuresEvery);
        p(body, "二、" + year + "年工作安排");
        StringBuilder goals = new StringBuilder("今年经济社会发展的主要预期目标是：");
        for (String indicator : INDICATORS) {
            if (r.nextInt(3) > 0) {
                goals.append(indicator).append("增长").append(2 + r.nextInt(10)).append("%");
                goals.append(r.nextBoolean() ? "左右；" : "以上；");
            }
        }
        p(body, goals.append("粮食产量稳定在").append(1 + r.nextInt(9)).append("万吨以上。").toString());
        filler(body, r, 4_000, figuresEvery);
        p(body, "各位代表，新的一年任务艰巨、使命光荣，让我们团结一心，为完成全年目标任务而努力奋斗！");
        return "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>" + title
                + "_政府工作报告_示范县人民政府</title></head><body><div class='nav'><a href='/zwgk/index.html'>政务公开</a></div>"
                + "<div class='article'><h1>" + title + "</h1><div class='info'>发布时间：" + year + "-03-15 来源："
                + place + "人民政府</div><div class='content'>" + body + "</div></div></body></html>";
    }

    /**
     * Varied running text up to {@code chars} more characters: the bulk a real report's prose gives the analyzer. One
     * sentence in {@code figuresEvery} names an amount and a count; the others, of about its length, name none.
     */
    private static void filler(StringBuilder body, Random r, int chars, int figuresEvery) {
        int target = body.length() + chars;
        while (body.length() < target) {
            String work = WORK[r.nextInt(WORK.length)];
            String verb = VERBS[r.nextInt(VERBS.length)];
            // drawn in the order the dense pages always drew them, so that those stay the same bytes
            String middle = figuresEvery == 1 || r.nextInt(figuresEvery) == 0
                    ? "累计投入资金" + (10 + r.nextInt(990)) + "万元，完成项目" + (1 + r.nextInt(40)) + "个，"
                    : "各项任务有序落实，重点难点逐一突破，";
            p(body, verb + work + "工作，" + middle + work + "水平" + VERBS[r.nextInt(VERBS.length)].substring(2)
                    + "，群众满意度不断提高。");
        }
    }

    private static void p(StringBuilder body, String text) {
        body.append("<p>").append(text).append("</p>\n");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
