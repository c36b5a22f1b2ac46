package org.ogiaudit.model;

/** Statements found anywhere in a report that some rules accept in place of a section of their own. */
public enum MentionTopic {
    /** A statement on fees charged or waived for disclosure (收费/减免/未收取任何费用): 2007 Regs Art. 32(三). */
    FEES_STATEMENT,
    /** A statement on the 信息处理费 (amount charged, or that none was): 2019 Regs Art. 42, 国办函〔2020〕109号. */
    INFO_PROCESSING_FEE,
    /** A statement on administrative reconsideration or litigation, including that there was none. */
    REVIEW_STATEMENT,
    /** A statement of the main problems of the disclosure work and how they are to be improved. */
    PROBLEMS_STATEMENT,
    /** An account of 工作考核 (assessment of disclosure work). */
    ASSESSMENT_REVIEW,
    /** An account of 社会评议 (public appraisal). */
    ASSESSMENT_APPRAISAL,
    /** An account of 责任追究 (accountability) results. */
    ASSESSMENT_ACCOUNTABILITY
}
