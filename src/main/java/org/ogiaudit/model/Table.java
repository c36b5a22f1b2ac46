package org.ogiaudit.model;

/** The statistics tables of the unified formats (国办公开办函〔2019〕60号, 〔2021〕30号). */
public enum Table {
    /** 二、主动公开政府信息情况. */
    T2("表二"),
    /** 三、收到和处理政府信息公开申请情况. */
    T3("表三"),
    /** 四、政府信息公开行政复议、行政诉讼情况. */
    T4("表四");

    private final String name;

    Table(String name) { this.name = name; }

    /** As a person names it: "表三". */
    public String getName() { return name; }
}
