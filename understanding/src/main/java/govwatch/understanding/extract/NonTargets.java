package govwatch.understanding.extract;

import java.util.regex.Pattern;

/**
 * Amounts in a plan part that are not targets, each rule stated by what the figure means:
 * <ul>
 *   <li>an inventory of problems handed down for rectification (水利部反馈45处图斑、177处渗池整改进程): the count is
 *       the size of the problem, not a planned achievement;</li>
 *   <li>funds to be used (用好用精2000万元中央专项资金): an input already granted, not something to reach;</li>
 *   <li>the problem a project solves (建成后将解决2000余亩土地灌溉问题) and the people it reaches (惠及居民2600户):
 *       consequences of a target, not targets;</li>
 *   <li>counts of the document's own parts (纲要设置了29项主要指标, 部署了13项任务举措): the plan describing itself.</li>
 * </ul>
 */
final class NonTargets {

    private static final Pattern HANDED_DOWN = Pattern.compile("反馈|交办|移交|通报的?|督察发现|排查出");
    private static final Pattern USE_FUNDS = Pattern.compile("(?:用好|用足|用活|用精|管好|盘活)$");
    private static final Pattern PROBLEM = Pattern.compile("问题$|难题$|隐患$");
    private static final Pattern BENEFICIARIES = Pattern.compile("^(?:惠及|受益|辐射|覆盖)");
    /** The document's own parts: 设置了29项主要指标, 部署了13项任务举措, 提出10条措施. */
    private static final Pattern OWN_PARTS = Pattern.compile("(?:指标|举措|措施|任务|条款|方面|部分)$");
    private static final Pattern OWN_PARTS_VERB = Pattern.compile("设置|部署|提出|列出|明确了|包括|涵盖|分为");

    private NonTargets() {
    }

    /** Whether the whole clause lists problems handed down (every amount in it is an inventory). */
    static boolean inventoryClause(String clause) {
        return HANDED_DOWN.matcher(clause).find();
    }

    /** Whether the amount after {@code before} and named {@code name} is no target. */
    static boolean skip(String before, String name) {
        return USE_FUNDS.matcher(before.strip()).find()
                || name != null && OWN_PARTS.matcher(name).find() && OWN_PARTS_VERB.matcher(before).find()
                || name != null && (PROBLEM.matcher(name).find() || BENEFICIARIES.matcher(name).find());
    }
}
