package govwatch.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.corpus.CorpusPage;
import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Change;
import govwatch.understanding.model.Quantity;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultTargetComparerTest {

    private final TargetComparer comparer = new DefaultTargetComparer();

    private static Target t(String indicator, String value, String unit, String growth, Bound bound, String text) {
        BigDecimal v = value == null ? null : new BigDecimal(value);
        return new Target(indicator, v, null, unit, null, growth == null ? null : new BigDecimal(growth), bound, text);
    }

    @Test
    void sameValuesInOtherUnitsOrWordingAreNoChange() {
        List<Target> before = List.of(t("一般公共预算收入", "1", "亿元", "5", Bound.EXACT, "完成一般公共预算收入1亿元"),
                t("粮食播种面积", "5", "万亩", null, Bound.AT_LEAST, "粮食播种面积稳定在5万亩以上"));
        List<Target> after = List.of(t("粮食播种面积", "50000", "亩", null, Bound.AT_LEAST, "粮食播种面积达到50000亩以上"),
                t("一般公共预算收入", "10000", "万元", "5.0", Bound.EXACT, "一般公共预算收入10000万元"));
        assertThat(comparer.compare(before, after)).isEmpty();
    }

    @Test
    void aFiveYearGoalNeverStandsInForTheYearsTarget() {
        Target annual = t("地区生产总值", null, null, "5", Bound.ABOUT, "地区生产总值增长5%左右").withHorizon("2026");
        Target fiveYear = new Target("地区生产总值", null, null, null, null, new BigDecimal("4.5"), Bound.RANGE,
                "地区生产总值年均增速4.5%-5%", "十五五");
        List<Change> changes = comparer.compare(List.of(annual), List.of(fiveYear, annual));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.before()).isNull();
            assertThat(c.after()).isEqualTo("增长4.5%（十五五）");
        });
    }

    @Test
    void candidatesAreOrderedNearestFirstTiesInTheirOrderWhateverTheDistances() {
        java.util.Random random = new java.util.Random(13);
        String[] kinds = {"0", "5", "12", "0.5", "0.25", "3700000", "123456789012", "0.0000000001", "1E+30", "1E30",
            "99999999999999999", "8796093022207", "8796093022208"};
        for (int round = 0; round < 2_000; round++) {
            List<DefaultTargetComparer.Candidate> candidates = new ArrayList<>();
            int n = random.nextInt(60);
            boolean wide = random.nextInt(4) == 0; // now and then a distance that cannot be packed
            for (int i = 0; i < n; i++) {
                BigDecimal d = wide ? new BigDecimal(kinds[random.nextInt(kinds.length)])
                        : BigDecimal.valueOf(random.nextInt(20), random.nextInt(4));
                candidates.add(new DefaultTargetComparer.Candidate(i / 7, i % 7, d));
            }
            List<DefaultTargetComparer.Candidate> expected = new ArrayList<>(candidates);
            expected.sort(java.util.Comparator.comparing(DefaultTargetComparer.Candidate::distance)
                    .thenComparingInt(DefaultTargetComparer.Candidate::b)
                    .thenComparingInt(DefaultTargetComparer.Candidate::a));
            assertThat(DefaultTargetComparer.byDistance(candidates)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void atEqualDistancesTheEarlierTargetsArePairedFirst() {
        // 15 is as near to 10 as to 20, and 25 as near to 20 as to 30: the earlier old target, then the earlier new
        // one, wins each tie
        List<Target> before = List.of(t("项目投资", "10", "万元", null, Bound.EXACT, "a"),
                t("项目投资", "20", "万元", null, Bound.EXACT, "b"), t("项目投资", "30", "万元", null, Bound.EXACT, "c"));
        List<Target> after = List.of(t("项目投资", "25", "万元", null, Bound.EXACT, "d"),
                t("项目投资", "15", "万元", null, Bound.EXACT, "e"));
        assertThat(comparer.compare(before, after)).containsExactly(
                new Change("项目投资", "10万元", "15万元"),
                new Change("项目投资", "20万元", "25万元"),
                new Change("项目投资", "30万元", null));
    }

    @Test
    void changedValueGrowthOrBoundIsOneChangeEach() {
        List<Target> before = List.of(t("粮食播种面积", "5", "万亩", null, Bound.AT_LEAST, "a"),
                t("地区生产总值", null, null, "6", Bound.ABOUT, "b"), t("失业率", "5", "%", null, Bound.AT_MOST, "c"));
        List<Target> after = List.of(t("粮食播种面积", "5.2", "万亩", null, Bound.AT_LEAST, "a"),
                t("地区生产总值", null, null, "6.5", Bound.ABOUT, "b"), t("失业率", "5", "%", null, Bound.EXACT, "c"));
        assertThat(comparer.compare(before, after)).containsExactly(
                new Change("粮食播种面积", "5万亩以上", "5.2万亩以上"),
                new Change("地区生产总值", "增长6%左右", "增长6.5%左右"),
                new Change("失业率", "5%以内", "5%"));
    }

    @Test
    void addedAndRemovedIndicatorsHaveANullSide() {
        List<Target> before = List.of(t("新增城镇就业", "160", "人", null, Bound.EXACT, "x"));
        List<Target> after = List.of(t("高标准农田", "0.8", "万亩", null, Bound.EXACT, "y"));
        assertThat(comparer.compare(before, after)).containsExactly(
                new Change("新增城镇就业", "160人", null), new Change("高标准农田", null, "0.8万亩"));
    }

    @Test
    void orderDoesNotMatterAndRepeatedIndicatorsMatchByValue() {
        List<Target> before = new ArrayList<>(List.of(t("嘎查村", "4", "个", null, Bound.EXACT, "1"),
                t("嘎查村", "2", "个", null, Bound.EXACT, "2"), t("投资", "1", "亿元", null, Bound.EXACT, "3")));
        List<Target> after = new ArrayList<>(before);
        Collections.rotate(after, 1); // 投资 first
        assertThat(comparer.compare(before, after)).isEmpty();
        List<Target> changed = List.of(before.get(0), t("嘎查村", "3", "个", null, Bound.EXACT, "2"), before.get(2));
        assertThat(comparer.compare(before, changed)).containsExactly(new Change("嘎查村", "2个", "3个"));
    }

    private static final Pattern TOKEN = Pattern.compile("(\\d+(?:\\.\\d+)?)(\\D+)|g(\\d+(?:\\.\\d+)?)");

    /** Occurrences of one repeated indicator (嘎查村) before and after, and the expected changes in short form. */
    static Stream<Arguments> repeatedIndicators() {
        return Stream.of(
                Arguments.of("an inserted earlier occurrence is one addition", "4个 2个", "5个 4个 2个", List.of("+5个")),
                Arguments.of("an inserted middle occurrence is one addition", "4个 2个 7个", "4个 9个 2个 7个", List.of("+9个")),
                Arguments.of("a removed earlier occurrence is one removal", "5个 4个 2个", "4个 2个", List.of("-5个")),
                Arguments.of("reordered occurrences are no change", "4个 2个 7个", "7个 4个 2个", List.of()),
                Arguments.of("reordered in other units are no change", "1亿元 5000万元", "5000万元 10000万元", List.of()),
                Arguments.of("one changed value among three is one change", "4个 2个 7个", "4个 3个 7个", List.of("2个>3个")),
                Arguments.of("changed and reordered is still one change", "4个 2个 7个", "7个 3个 4个", List.of("2个>3个")),
                Arguments.of("changed values pair with the nearest", "10个 100个", "101个 11个", List.of("10个>11个", "100个>101个")),
                Arguments.of("insertion plus a change", "4个 2个", "5个 4个 3个", List.of("2个>3个", "+5个")),
                Arguments.of("an insertion in another unit is one addition", "4个", "5户 4个", List.of("+5户")),
                Arguments.of("a changed unit of a single occurrence is one change", "4个", "4户", List.of("4个>4户")),
                Arguments.of("growth-only occurrences pair by rate", "g6 g8", "g8 g6.5", List.of("增长6%>增长6.5%")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedIndicators")
    void repeatedIndicatorsAreMatchedByValueNotPosition(String name, String before, String after, List<String> expected) {
        List<Change> want = expected.stream().map(e -> e.startsWith("+") ? new Change("嘎查村", null, e.substring(1))
                : e.startsWith("-") ? new Change("嘎查村", e.substring(1), null)
                : new Change("嘎查村", e.split(">")[0], e.split(">")[1])).toList();
        assertThat(comparer.compare(occurrences(before), occurrences(after))).containsExactlyElementsOf(want);
        assertThat(comparer.compare(occurrences(after), occurrences(before))).hasSameSizeAs(want);
    }

    private static List<Target> occurrences(String spec) {
        List<Target> out = new ArrayList<>();
        for (String token : spec.split(" ")) {
            Matcher m = TOKEN.matcher(token);
            assertThat(m.matches()).as(token).isTrue();
            out.add(m.group(3) != null ? t("嘎查村", null, null, m.group(3), Bound.EXACT, token)
                    : t("嘎查村", m.group(1), m.group(2), null, Bound.EXACT, token));
        }
        return out;
    }

    @Test
    void draftAndFinalReportDifferInExactlyTheChangedTarget() {
        WorkReportAnalyzer analyzer = new WorkReportAnalyzer();
        var draft = analyzer.analyze(CorpusPage.load("handwritten/draft-lijia.txt"));
        var fin = analyzer.analyze(CorpusPage.load("handwritten/final-lijia.txt"));
        assertThat(draft.draft()).isTrue();
        assertThat(fin.draft()).isFalse();
        assertThat(draft.id()).isEqualTo(fin.id()).isEqualTo("李家镇/2024");
        assertThat(comparer.compare(draft.targets(), fin.targets()))
                .containsExactly(new Change("粮食播种面积", "5万亩以上", "5.2万亩以上"));
    }

    @Test
    void draft2025AndItsFinalDifferInTwoChangedTargetsAndOneAdded() {
        WorkReportAnalyzer analyzer = new WorkReportAnalyzer();
        var draft = analyzer.analyze(CorpusPage.load("generalization/draft-shahe-2025.txt"));
        var fin = analyzer.analyze(CorpusPage.load("generalization/final-shahe-2025.txt"));
        assertThat(draft.id()).isEqualTo(fin.id()).isEqualTo("沙河镇/2025");
        assertThat(draft.draft()).isTrue();
        assertThat(comparer.compare(draft.targets(), fin.targets())).containsExactly(
                new Change("一般公共预算收入", "1590万元，增长6%", "1600万元，增长6.5%"),
                new Change("粮食播种面积", "7万亩以上", "7.2万亩以上"),
                new Change("农村改厕", null, "300户"));
    }

    @Test
    void normalizedQuantityIsInBaseUnitsWithoutExponent() {
        Target target = new WorkReportAnalyzer().analyze(CorpusPage.load("seeds-txt/004_84905cf744b120d4.txt")).targets().get(0);
        assertThat(target.normalized()).isEqualTo(new Quantity(new BigDecimal("68291100"), "元"));
        assertThat(target.normalized().value().toString()).isEqualTo("68291100");
    }
}
