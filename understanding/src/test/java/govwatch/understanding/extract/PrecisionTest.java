package govwatch.understanding.extract;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Review and plan told apart sentence by sentence, horizons, the document's own parts, bounds and modifiers. */
class PrecisionTest {

    private final TargetExtractor extractor = new TargetExtractor();

    @Test
    void achievementsInsideAPlanSectionAreNoTargets() {
        List<Target> t = extractor.extract(List.of(
                "二、“十四五”时期发展成就和“十五五”时期主要目标任务",
                "“十四五”这五年很不平凡。过去五年，地区生产总值年均增长5.2%。",
                "这五年，公园总数达1136个，累计为经营主体减轻税费负担超4900亿元。",
                "《纲要草案》设置了29项主要指标，包括：地区生产总值年均增速4.5%-5%，全员劳动生产率达58万元/人左右。",
                "《纲要草案》还部署了13项任务举措。"));
        assertThat(t).extracting(Target::indicator).containsExactly("地区生产总值", "全员劳动生产率");
        assertThat(t).allSatisfy(x -> assertThat(x.horizon()).isEqualTo("十五五"));
        assertThat(t.get(0).bound()).isEqualTo(Bound.RANGE);
    }

    @Test
    void theYearsOwnTargetsFollowATurnToThePlanYear() {
        List<Target> t = extractor.extract(List.of(
                "“十五五”时期的主要目标任务",
                "一是全省地区生产总值年均增长5%以上。",
                "2026年重点工作",
                "今年是“十五五”开局之年。主要预期目标是：地区生产总值增长5.5%左右；到2030年森林覆盖率达到14%。"));
        assertThat(t).extracting(Target::horizon).containsExactly("十五五", null, "到2030年");
    }

    @Test
    void aYearlyAverageIsAPeriodButAnAnnualAverageConcentrationIsNot() {
        assertThat(extractor.extract(List.of("农村居民人均可支配收入年均增长7%。")).get(0).horizon()).isEqualTo("年均");
        assertThat(extractor.extract(List.of("细颗粒物年均浓度控制在29微克/立方米左右。")).get(0).horizon()).isNull();
    }

    @Test
    void notBelowIsAtLeast() {
        Target t = extractor.extract(List.of("面向民间资本推介重大项目总投资不低于2000亿元。")).get(0);
        assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(extractor.extract(List.of("城镇新增就业不少于28万人。")).get(0).bound()).isEqualTo(Bound.AT_LEAST);
    }

    @Test
    void aMeasureInsideARatioNameIsNoTarget() {
        List<Target> t = extractor.extract(List.of("公交与轨道50米内换乘比例提升至93%。"));
        assertThat(t).hasSize(1);
        assertThat(t.get(0).indicator()).isEqualTo("公交与轨道50米内换乘比例");
        assertThat(t.get(0).unit()).isEqualTo("%");
    }

    @Test
    void thresholdsAndProjectCapacitiesAreNoTargets() {
        assertThat(extractor.extract(List.of("关停淘汰10万千瓦及以下燃煤机组。"))).isEmpty();
        assertThat(extractor.extract(List.of("推动大宗货物年运量150万吨以上的物流园区接入铁路专用线。"))).isEmpty();
        assertThat(extractor.extract(List.of("加快7万吨锌基合金等项目建设。"))).isEmpty();
        assertThat(extractor.extract(List.of("完成14800亩农网改造项目。"))).hasSize(1);
    }

    @Test
    void aLaterReferenceToLastYearKeepsTheTarget() {
        List<Target> t = extractor.extract(List.of("粮食产量1300亿斤以上、力争比去年实现更多增长。", "去年完成投资5亿元。"));
        assertThat(t).extracting(Target::indicator).containsExactly("粮食产量");
    }

    @Test
    void sharedListsExpandByTheirHead() {
        List<Target> t = extractor.extract(List.of("原煤、原油、天然气产量分别达到7000万吨、1280万吨、10亿立方米。",
                "城乡居民人均可支配收入分别增长5%、6.5%左右。"));
        assertThat(t).extracting(Target::indicator).containsExactly("原煤产量", "原油产量", "天然气产量",
                "城镇居民人均可支配收入", "农村居民人均可支配收入");
    }
}
