package govwatch.understanding.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chrome filter decides every line as the one alternation it replaced did (kept here as the reference). */
class ChromeFilterEquivalenceTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "扫一扫在手机|在手机打开当前页|网站地图|ICP备|ICP证|公网安备|公安备案|网站标识码|版权所有|Copyright|©|技术支持[:：]"
                    + "|^(?:主办|承办|协办|主管|维护)(?:单位)?[:：]|违法和不良信息|举报电话|欢迎您|建议使用.{0,20}浏览器|分辨率"
                    + "|当前位置|您现在的位置|您的位置|^首页\\s*[>》/]|[>》]\\s*政务公开|^【?(?:字号|字体)|【(?:打印|关闭|收藏|大|中|小)】"
                    + "|^(?:打印|关闭|关闭窗口|保存|收藏|分享|分享到|返回顶部|上一篇|下一篇|相关链接|相关文章|附件)[:：]?"
                    + "|^(?:发布时间|发布日期|成文日期|发文日期|日期|时间|来源|信息来源|文章来源|作者|浏览次数|阅读次数|点击数|访问量|索引号|文号|发文机关|主题分类)[:：]"
                    + "|^(?:邮箱|E-?mail|电话|传真|地址|邮编)[:：]|^政策解读[:：]|^无障碍|^长者模式|^繁体|^简体|^登录$|^注册$");
    private static final Pattern REFERENCE_DATE = Pattern.compile(
            "^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:来源|浏览|作者|$)");

    /** Pieces of every mark, at the start, in the middle and at the end of lines, with and without their colons. */
    private static final String[] PIECES = {"扫一扫在手机", "在手机打开当前页", "网站地图", "ICP备", "ICP证", "公网安备", "公安备案",
        "网站标识码", "版权所有", "Copyright", "copyright", "©", "技术支持", "技术支持：", "技术支持:", "主办", "承办单位", "协办",
        "主管", "维护单位", "：", ":", "违法和不良信息", "举报电话", "欢迎您", "建议使用", "Chrome", "浏览器", "分辨率", "当前位置",
        "您现在的位置", "您的位置", "首页", " ", "  ", ">", "》", "/", "政务公开", "【", "】", "字号", "字体", "打印", "关闭",
        "收藏", "大", "中", "小", "关闭窗口", "保存", "分享", "分享到", "返回顶部", "上一篇", "下一篇", "相关链接", "相关文章", "附件",
        "发布时间", "日期", "时间", "来源", "作者", "索引号", "文号", "主题分类", "邮箱", "E-mail", "Email", "电话", "传真", "地址",
        "邮编", "政策解读", "无障碍", "长者模式", "繁体", "简体", "登录", "注册", "\n", "2023-05-06", "2023/5/6 10:20", "浏览",
        "www.", " | ", "全镇", "一般公共预算收入", "增长5%", "。", "各位代表"};

    @Test
    void decidesAsTheReferenceOnGeneratedLines() {
        Random random = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(5); n >= 0; n--) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSame(line.toString());
        }
    }

    @Test
    void decidesAsTheReferenceOnEveryLineOfTheCorpus() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                lines.addAll(List.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\r?\n")));
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        lines.forEach(ChromeFilterEquivalenceTest::assertSame);
        lines.stream().map(TextNormalizer::normalize).forEach(ChromeFilterEquivalenceTest::assertSame);
    }

    private static void assertSame(String line) {
        boolean expected = line.length() <= 80 && (REFERENCE.matcher(line).find() || REFERENCE_DATE.matcher(line).find()
                || line.contains("www.") && line.length() < 60 || line.contains(" | ") && line.length() < 60);
        assertThat(ChromeFilter.isChrome(line)).as("chrome: %s", line).isEqualTo(expected);
    }
}
