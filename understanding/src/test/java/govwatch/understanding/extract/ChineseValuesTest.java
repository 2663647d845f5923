package govwatch.understanding.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "城镇登记失业率控制在百分之五以内 | 城镇登记失业率控制在5%以内",
        "覆盖率达到百分之百 | 覆盖率达到100%",
        "增长百分之十二 | 增长12%",
        "增长百分之五点五 | 增长百分之五点五",
        "新建三个党群服务中心 | 新建3个党群服务中心",
        "粮食种植两万亩 | 粮食种植2万亩",
        "新增一千五百人 | 新增1500人",
        "新建三四个服务站 | 新建三四个服务站",
        "一是抓项目，打好三大攻坚战 | 一是抓项目，打好三大攻坚战"})
    void rewritesOnlyValueNumerals(String clause, String rewritten) {
        assertThat(ChineseValues.rewrite(clause)).isEqualTo(rewritten);
    }
}
