package org.ogiaudit.model;

/**
 * A column of a unified-format table. Table 三: the applicants (自然人, the five kinds of 法人或其他组织) and 总计;
 * table 四: each group's results and 总计; table 二: the columns of its blocks.
 */
public enum TableColumn {
    NATURAL_PERSON("自然人"), COMMERCIAL("商业企业"), RESEARCH("科研机构"), PUBLIC_INTEREST("社会公益组织"),
    LEGAL_SERVICE("法律服务机构"), OTHER("其他"), TOTAL("总计"),
    UPHELD("结果维持"), CORRECTED("结果纠正"), PENDING("尚未审结"),
    ISSUED("本年制发件数"), REPEALED("本年废止件数"), IN_FORCE("现行有效件数"), DECISIONS("本年处理决定数量"),
    AMOUNT("金额"), NEW_MADE("本年新制作数量"), NEW_PUBLISHED("本年新公开数量"), TOTAL_PUBLISHED("对外公开总数量"),
    LAST_YEAR("上一年项目数量"), CHANGE("本年增/减"), PROJECTS("采购项目数量");

    private final String name;

    TableColumn(String name) { this.name = name; }

    /** As the format prints it. */
    public String getName() { return name; }
}
