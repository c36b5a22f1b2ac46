package org.ogiaudit.model;

/**
 * A part a report should have, named when a rule finds it absent (see {@code rules/absence.drl}): the canonical
 * sections, the statements some rules accept in their place, the statement of the statistics period and the tables
 * of the unified formats.
 *
 * <p>{@link #getReach()} is how far a text must reach to show the part absent: past the overview (1), which opens every
 * report; the end of the report (8) for the others, which may come in another order (a 2010 report may put its
 * proactive part fifth), be a statement anywhere (requests are often reported under another heading) or stand where
 * a saved text loses them. A text cut before its end can only have lost the parts it does not reach
 * ({@link Report#getReached()}).
 */
public enum Part {
    OVERVIEW("总体情况", 1),
    // The parts below may be satisfied by a statement anywhere in the report (未收取任何费用, 未发生行政复议, a period
    // in a closing note), or stand where a saved text loses them (a table as a picture): only a text that reaches its
    // end shows them absent.
    ACTIVE("主动公开政府信息情况", 8),
    REQUEST("依申请公开 / 收到和处理申请情况", 8),
    PERIOD("统计期限", 8),
    TABLE_2("表二", 8),
    TABLE_3("表三", 8),
    FEES("收费及减免情况", 8),
    REVIEW("行政复议、行政诉讼情况", 8),
    TABLE_4("表四", 8),
    PROBLEMS("存在的主要问题及改进情况", 8),
    ASSESSMENT("工作考核、社会评议和责任追究结果", 8),
    INFO_PROCESSING_FEE("信息处理费", 8),
    OTHER("其他需要报告的事项", 8);

    private final String chinese;
    private final int reach;

    Part(String chinese, int reach) {
        this.chinese = chinese;
        this.reach = reach;
    }

    /** As a person names it. */
    public String getChinese() { return chinese; }

    /** How far a text must reach to show the part absent: 1–3 for the head parts, 8 for the report's end. */
    public int getReach() { return reach; }

    /** The part a table is. */
    public static Part of(Table t) {
        return switch (t) {
            case T2 -> TABLE_2;
            case T3 -> TABLE_3;
            case T4 -> TABLE_4;
        };
    }

}
