package org.ogiaudit.model;

/** The canonical parts of an annual report; a heading maps to zero, one or several of them. */
public enum SectionKind {
    /** 概述 / 总体情况. */
    OVERVIEW,
    /** 主动公开政府信息情况. */
    ACTIVE,
    /** 依申请公开, 不予公开, 收到和处理政府信息公开申请. */
    REQUEST,
    /** 收费及减免 (2007 Regulations Art. 32(三)). */
    FEES,
    /** 行政复议、行政诉讼. */
    REVIEW,
    /** 存在的主要问题及改进情况. */
    PROBLEMS,
    /** 其他需要报告的事项. */
    OTHER,
    /** 工作考核、社会评议和责任追究结果情况 (2019 Regulations Art. 50(四)). */
    ASSESSMENT
}
