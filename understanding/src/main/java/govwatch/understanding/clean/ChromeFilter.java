package govwatch.understanding.clean;

import govwatch.understanding.text.Words;
import java.util.regex.Pattern;

/**
 * Recognises portal chrome lines: breadcrumbs, 字号/打印/分享 bars, 扫一扫在手机打开当前页, 网站地图, ICP and 公安备案
 * lines, 主办/承办, copyright, page metadata (发布时间, 来源). Only short lines are ever chrome, so a report paragraph
 * that happens to contain one of these words is kept.
 *
 * <p>Every line of every page passes through here, so the test is split by where a mark may stand: marks that open
 * the line are tried at its start only, plain words anywhere with {@link String#contains}, and only the four marks
 * that need a pattern are searched for along the line (one pattern of forty alternatives tried at every position
 * was a fifth of the analyzer's time).
 */
public final class ChromeFilter {

    private static final int MAX_CHROME_LINE = 80;

    /** Words that make a short line chrome wherever they stand. */
    private static final String[] WORDS = {
        "扫一扫在手机", "在手机打开当前页", "网站地图", "ICP备", "ICP证", "公网安备", "公安备案", "网站标识码", "版权所有",
        "Copyright", "©", "违法和不良信息", "举报电话", "欢迎您", "分辨率", "当前位置", "您现在的位置", "您的位置"};
    private static final Pattern ANYWHERE = Pattern.compile(
            "技术支持[:：]|建议使用.{0,20}浏览器|[>》]\\s*政务公开|【(?:打印|关闭|收藏|大|中|小)】");
    /** Marks that make a line chrome when it opens with them (matched with {@code lookingAt}). */
    private static final Pattern AT_START = Pattern.compile(
            "(?:主办|承办|协办|主管|维护)(?:单位)?[:：]|首页\\s*[>》/]|【?(?:字号|字体)"
                    + "|(?:打印|关闭|关闭窗口|保存|收藏|分享|分享到|返回顶部|上一篇|下一篇|相关链接|相关文章|附件)[:：]?"
                    + "|(?:发布时间|发布日期|成文日期|发文日期|日期|时间|来源|信息来源|文章来源|作者|浏览次数|阅读次数|点击数|访问量|索引号|文号|发文机关|主题分类)[:：]"
                    + "|(?:邮箱|E-?mail|电话|传真|地址|邮编)[:：]|政策解读[:：]|无障碍|长者模式|繁体|简体|登录$|注册$"
                    + "|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:来源|浏览|作者|$)");

    private ChromeFilter() {
    }

    /** True when the (normalized) line is portal chrome rather than article text. */
    public static boolean isChrome(String line) {
        if (line.length() > MAX_CHROME_LINE) {
            return false;
        }
        if (AT_START.matcher(line).lookingAt() || ANYWHERE.matcher(line).find()) {
            return true;
        }
        return Words.containsAny(line, WORDS) || line.length() < 60 && (line.contains("www.") || line.contains(" | "));
    }
}
