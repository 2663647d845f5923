package govwatch.understanding.extract;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vocabulary joins the wordings of one indicator, matches names whole, and units are read whole. */
class IndicatorVocabularyTest {

    private final TargetExtractor extractor = new TargetExtractor();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "生产总值,                   地区生产总值",
        "GDP,                        地区生产总值",
        "全镇地区生产总值,           地区生产总值",
        "地方一般公共预算收入,       一般公共预算收入",
        "镇域一般公共预算收入,       一般公共预算收入",
        "新增城镇就业,               城镇新增就业",
        "PM2.5浓度,                  细颗粒物年均浓度",
        "嘎查村集体经济收入,         村集体经济收入",
        "粮食种植面积,               粮食播种面积",
        "农村常住居民人均可支配收入, 农村居民人均可支配收入",
    })
    void synonymsJoinUnderOneName(String written, String canonical) {
        assertThat(IndicatorVocabulary.canonical(written)).isEqualTo(canonical);
    }

    @Test
    void namesMatchWholeNotAsParts() {
        assertThat(IndicatorVocabulary.canonical("农村居民人均可支配收入")).isEqualTo("农村居民人均可支配收入");
        assertThat(IndicatorVocabulary.canonical("乡村旅游收入增幅")).isNull();
        assertThat(IndicatorVocabulary.canonical("示范村")).isNull();
    }

    @Test
    void everyCanonicalNameHasADefaultUnit() {
        assertThat(IndicatorVocabulary.defaultUnits()).hasSizeGreaterThan(30)
                .containsEntry("细颗粒物年均浓度", "微克/立方米").containsEntry("高标准农田", "亩");
    }

    @Test
    void theSameIndicatorJoinsAcrossWordings() {
        Target a = only("生产总值增长6%左右");
        Target b = only("全县地区生产总值增长5.5%左右");
        assertThat(a.indicator()).isEqualTo(b.indicator()).isEqualTo("地区生产总值");
        assertThat(a.value()).isNull();
        assertThat(a.growthPercent()).isEqualByComparingTo("6");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全员劳动生产率达58万元/人左右 | 58万元/人左右 | 580000 | 元/人",
        "生产安全事故死亡率控制在0.6人/百亿元以下 | 0.6人/百亿元以内 | 0.6 | 人/百亿元",
        "细颗粒物年均浓度控制在29微克/立方米左右 | 29微克/立方米左右 | 29 | 微克/立方米",
        "常住人口城镇化率提升1个百分点以上 | 1个百分点以上 | 1 | 个百分点",
        "新增光伏装机5万千瓦 | 5万千瓦 | 50000 | 千瓦",
        "集装箱吞吐量20万标准箱 | 20万标准箱 | 200000 | 标准箱",
        "接待游客50万人次 | 50万人次 | 500000 | 人次",
    })
    void unitsAreReadWhole(String clause, String described, String normalized, String base) {
        Target t = only(clause);
        assertThat(t.describe()).isEqualTo(described);
        assertThat(t.normalized().value()).isEqualByComparingTo(normalized);
        assertThat(t.normalized().unit()).isEqualTo(base);
    }

    private Target only(String sentence) {
        List<Target> targets = extractor.extract(List.of(sentence));
        assertThat(targets).hasSize(1);
        return targets.get(0);
    }
}
