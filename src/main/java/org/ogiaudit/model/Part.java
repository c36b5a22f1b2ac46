package org.ogiaudit.model;

/**
 * A part a report should have, named when a rule finds it absent (see {@code rules/absence.drl}): the canonical
 * sections, the statements some rules accept in their place, the statement of the statistics period and the tables
 * of the unified formats.
 */
public enum Part {
    OVERVIEW("总体情况"), ACTIVE("主动公开政府信息情况"), REQUEST("依申请公开 / 收到和处理申请情况"),
    FEES("收费及减免情况"), INFO_PROCESSING_FEE("信息处理费"), REVIEW("行政复议、行政诉讼情况"),
    PROBLEMS("存在的主要问题及改进情况"), OTHER("其他需要报告的事项"), ASSESSMENT("工作考核、社会评议和责任追究结果"),
    PERIOD("统计期限"), TABLE_2("表二"), TABLE_3("表三"), TABLE_4("表四");

    private final String chinese;

    Part(String chinese) { this.chinese = chinese; }

    /** As a person names it. */
    public String getChinese() { return chinese; }

    /** The part a table is. */
    public static Part of(Table t) {
        return switch (t) {
            case T2 -> TABLE_2;
            case T3 -> TABLE_3;
            case T4 -> TABLE_4;
        };
    }
}
