package org.ogiaudit.model;

/** What kind of organ published the report; decides which deadline and content rules apply. */
public enum OrganKind {
    /** 县级以上人民政府 (incl. a 管委会 acting as one): 2019 Regulations Art. 49 ¶2, deadline 31 March. */
    GOVERNMENT,
    /** 乡、镇人民政府 and 街道办事处: no statutory date after 2019; provinces commonly use 31 March. */
    TOWNSHIP,
    /** 工作部门, 派出机构, 直属机构 (incl. a government's own 办公室 reporting for itself): Art. 49 ¶1, 31 January. */
    DEPARTMENT,
    /** The organ could not be told from the report. Kind-specific rules do not apply. */
    UNKNOWN
}
