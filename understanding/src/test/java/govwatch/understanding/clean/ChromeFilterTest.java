package govwatch.understanding.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which short lines are portal chrome: marks at the start, words anywhere, the few patterned marks. */
class ChromeFilterTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            首页 > 政务公开 > 政府工作报告               | true
            当前位置：首页                               | true
            主办单位：某县人民政府办公室                  | true
            承办：县大数据中心                            | true
            【字号：大 中 小】                            | true
            【打印】【关闭】                              | true
            分享到：                                      | true
            发布时间：2024-03-01                          | true
            来源：县政府办                                | true
            2024-03-01 10:20 来源：本站                   | true
            2024/3/1                                      | true
            邮箱：gov@example.cn                          | true
            登录                                          | true
            蜀ICP备05003829号                             | true
            版权所有 © 某县人民政府                        | true
            技术支持：某科技公司                           | true
            建议使用谷歌或火狐浏览器                       | true
            扫一扫在手机打开当前页                         | true
            www.example.gov.cn                            | true
            '县政府 | 县人大 | 县政协'                     | true
            各位代表：                                    | false
            今年主要预期目标是：地区生产总值增长6%左右。     | false
            来源于群众的意见建议都已办结                    | false
            我们要主动登录平台办理                          | false
            一、2023年工作回顾                             | false
            """)
    void tellsChromeFromText(String line, boolean chrome) {
        assertThat(ChromeFilter.isChrome(line)).isEqualTo(chrome);
    }

    @ParameterizedTest
    @CsvSource({"版权所有", "当前位置"})
    void aLongParagraphIsNeverChrome(String word) {
        String paragraph = word + "这一段是正文，".repeat(12);
        assertThat(paragraph.length()).isGreaterThan(80);
        assertThat(ChromeFilter.isChrome(paragraph)).isFalse();
    }
}
