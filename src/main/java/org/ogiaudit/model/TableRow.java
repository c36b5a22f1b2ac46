package org.ogiaudit.model;

/**
 * A row of a unified-format table, by what it counts (requirements §3.4–3.6). {@link #getKey()} is the row's stable
 * key in JSON ("R3.7"); {@link #getLabel()} the format's own label ("(七)总计").
 *
 * <p>Table 三's rows: 一 本年新收 ({@link #T3_NEW}), 二 上年结转 ({@link #T3_CARRIED_OVER}), 三 本年度办理结果 — its leaves
 * (一)予以公开 … (六)其他处理, which {@link #isResult()} marks — and (七)总计 ({@link #T3_TOTAL}), 四 结转下年度继续办理
 * ({@link #T3_CARRIED_FORWARD}). Under the 2019 trial format (六)其他处理 is one row ({@link #T3_OTHER}); under the 2021
 * format it has three ({@link #T3_OTHER_1} … {@link #T3_OTHER_3}).
 */
public enum TableRow {
    T2_RULES(Table.T2, "RULES", "规章"),
    T2_NORMATIVE(Table.T2, "NORMATIVE", "行政规范性文件"),
    T2_LICENSING(Table.T2, "LICENSING", "行政许可"),
    T2_OTHER_SERVICES(Table.T2, "OTHER_SERVICES", "其他对外管理服务事项"),
    T2_PENALTY(Table.T2, "PENALTY", "行政处罚"),
    T2_COERCION(Table.T2, "COERCION", "行政强制"),
    T2_FEES(Table.T2, "FEES", "行政事业性收费"),
    T2_PROCUREMENT(Table.T2, "PROCUREMENT", "政府集中采购"),

    T3_NEW(Table.T3, "R1", "一、本年新收政府信息公开申请数量"),
    T3_CARRIED_OVER(Table.T3, "R2", "二、上年结转政府信息公开申请数量"),
    T3_GRANTED(Table.T3, "R3.1", "(一)予以公开"),
    T3_PARTLY_GRANTED(Table.T3, "R3.2", "(二)部分公开"),
    T3_REFUSED_1(Table.T3, "R3.3.1", "(三)不予公开 1.属于国家秘密"),
    T3_REFUSED_2(Table.T3, "R3.3.2", "(三)不予公开 2.其他法律行政法规禁止公开"),
    T3_REFUSED_3(Table.T3, "R3.3.3", "(三)不予公开 3.危及“三安全一稳定”"),
    T3_REFUSED_4(Table.T3, "R3.3.4", "(三)不予公开 4.保护第三方合法权益"),
    T3_REFUSED_5(Table.T3, "R3.3.5", "(三)不予公开 5.属于三类内部事务信息"),
    T3_REFUSED_6(Table.T3, "R3.3.6", "(三)不予公开 6.属于四类过程性信息"),
    T3_REFUSED_7(Table.T3, "R3.3.7", "(三)不予公开 7.属于行政执法案卷"),
    T3_REFUSED_8(Table.T3, "R3.3.8", "(三)不予公开 8.属于行政查询事项"),
    T3_UNABLE_1(Table.T3, "R3.4.1", "(四)无法提供 1.本机关不掌握相关政府信息"),
    T3_UNABLE_2(Table.T3, "R3.4.2", "(四)无法提供 2.没有现成信息需要另行制作"),
    T3_UNABLE_3(Table.T3, "R3.4.3", "(四)无法提供 3.补正后申请内容仍不明确"),
    T3_NOT_HANDLED_1(Table.T3, "R3.5.1", "(五)不予处理 1.信访举报投诉类申请"),
    T3_NOT_HANDLED_2(Table.T3, "R3.5.2", "(五)不予处理 2.重复申请"),
    T3_NOT_HANDLED_3(Table.T3, "R3.5.3", "(五)不予处理 3.要求提供公开出版物"),
    T3_NOT_HANDLED_4(Table.T3, "R3.5.4", "(五)不予处理 4.无正当理由大量反复申请"),
    T3_NOT_HANDLED_5(Table.T3, "R3.5.5", "(五)不予处理 5.要求行政机关确认或重新出具已获取信息"),
    T3_OTHER(Table.T3, "R3.6", "(六)其他处理"),
    T3_OTHER_1(Table.T3, "R3.6.1", "(六)其他处理 1.申请人无正当理由逾期不补正"),
    T3_OTHER_2(Table.T3, "R3.6.2", "(六)其他处理 2.申请人逾期未按收费通知要求缴纳费用"),
    T3_OTHER_3(Table.T3, "R3.6.3", "(六)其他处理 3.其他"),
    T3_TOTAL(Table.T3, "R3.7", "(七)总计"),
    T3_CARRIED_FORWARD(Table.T3, "R4", "四、结转下年度继续办理"),

    T4_REVIEW(Table.T4, "REVIEW", "行政复议"),
    T4_LITIGATION_DIRECT(Table.T4, "LITIGATION_DIRECT", "行政诉讼·未经复议直接起诉"),
    T4_LITIGATION_AFTER_REVIEW(Table.T4, "LITIGATION_AFTER_REVIEW", "行政诉讼·复议后起诉");

    private final Table table;
    private final String key;
    private final String label;

    TableRow(Table table, String key, String label) {
        this.table = table;
        this.key = key;
        this.label = label;
    }

    public Table getTable() { return table; }
    /** The stable key of JSON output: "R1", "R3.3.2", "REVIEW". */
    public String getKey() { return key; }
    /** The format's label. */
    public String getLabel() { return label; }

    /** True for table 三's result rows that (七)总计 adds up: (一) … (六), each leaf once. */
    public boolean isResult() {
        return table == Table.T3 && key.startsWith("R3.") && this != T3_TOTAL;
    }
}
