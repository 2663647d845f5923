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
import org.junit.jupiter.api.Test;

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
    void orderDoesNotMatterAndRepeatedIndicatorsMatchByOccurrence() {
        List<Target> before = new ArrayList<>(List.of(t("嘎查村", "4", "个", null, Bound.EXACT, "1"),
                t("嘎查村", "2", "个", null, Bound.EXACT, "2"), t("投资", "1", "亿元", null, Bound.EXACT, "3")));
        List<Target> after = new ArrayList<>(before);
        Collections.rotate(after, 1); // 投资 first; the two 嘎查村 keep their relative order
        assertThat(comparer.compare(before, after)).isEmpty();
        List<Target> changed = List.of(before.get(0), t("嘎查村", "3", "个", null, Bound.EXACT, "2"), before.get(2));
        assertThat(comparer.compare(before, changed)).containsExactly(new Change("嘎查村", "2个", "3个"));
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
