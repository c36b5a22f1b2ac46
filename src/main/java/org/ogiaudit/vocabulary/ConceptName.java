package org.ogiaudit.vocabulary;

import java.util.Locale;

/**
 * Every concept the extractor reads by wording, each kept in {@code rules/vocabulary/<file>}: the schema of the reading
 * vocabulary. A rule author extends a concept by adding a line to its file; the extractor never decides these by a
 * wording of its own.
 */
public enum ConceptName {
    HEADING_OVERVIEW("概述 / 总体情况 的标题", "headings of the overview part"),
    HEADING_ACTIVE("主动公开部分的标题", "headings of the proactive-disclosure part"),
    HEADING_REQUEST("依申请公开 / 收到和处理申请部分的标题", "headings of the requests part"),
    HEADING_FEES("收费及减免部分的标题", "headings of the fees part"),
    HEADING_REVIEW("行政复议、行政诉讼部分的标题", "headings of the reconsideration and litigation part"),
    HEADING_PROBLEMS("存在的主要问题及改进情况部分的标题", "headings of the problems-and-improvements part"),
    HEADING_OTHER("其他需要报告的事项部分的标题", "headings of the other-matters part"),
    HEADING_ASSESSMENT("工作考核、社会评议和责任追究部分的标题", "headings of the assessment part"),
    HEADING_APPENDIX("附表、统计表的标题（其中的表题不是报告的部分）", "headings of a statistics appendix"),
    HEADING_UNNUMBERED("不带序号、独占一行也算标题的写法（整行匹配）", "headings that stand alone without a number (whole line)"),
    SECTION_EMPTY_BODY("只写“无”的部分正文（整段匹配，标点已去掉）", "a section body that says only 'none' (whole body, punctuation removed)"),
    PERIOD_CUE("说明统计期限的词语", "words that state the statistics period"),
    PERIOD_RANGE_SEPARATOR("期限起止日期之间的连接词", "what stands between the two dates of a period"),
    PERIOD_END_ONLY("只说明截止日期的词语", "words that state only the end of the period"),
    STATEMENT_FEES("关于收费及减免的说明（“!”行：不是政府信息公开收费的说法）", "statements on fees for disclosure ('!': fees that are not)"),
    STATEMENT_INFO_PROCESSING_FEE("关于信息处理费的说明", "statements on the information processing fee"),
    STATEMENT_REVIEW("关于行政复议、行政诉讼的说明（包括没有发生）", "statements on reconsideration and litigation, including that there was none"),
    STATEMENT_PROBLEMS("关于存在问题及改进的说明", "statements of problems and improvements"),
    STATEMENT_ASSESSMENT_REVIEW("关于工作考核的说明", "statements on assessment (考核)"),
    STATEMENT_ASSESSMENT_APPRAISAL("关于社会评议的说明", "statements on public appraisal (评议)"),
    STATEMENT_ASSESSMENT_ACCOUNTABILITY("关于责任追究的说明", "statements on accountability (追究)"),
    LIST_OF_PARTS("报告开头列举各部分的句子（只是目录，不算对各部分的说明）", "the preamble's list of the report's parts"),
    ORGAN_DEPARTMENT("部门名称的结尾（局、委员会、办公室……）", "endings of a department's name"),
    ORGAN_GOVERNMENT_OFFICE("政府办公室（厅）名称的结尾：为自己报告时是部门", "endings of a government's own office"),
    ORGAN_ZONE("开发区、实验区等地名的结尾（由管委会代行政府职责）", "endings of a zone's name"),
    ORGAN_ZONE_COMMITTEE("开发区、实验区管委会名称的结尾", "endings of a zone committee's name"),
    ORGAN_PLACE("县级以上行政区名称的结尾", "endings of a county-or-higher place name"),
    ORGAN_TOWNSHIP("乡、镇、街道名称的结尾", "endings of a township's name"),
    SELF_GOVERNMENT("政府自称（我市、我区、我县）", "how a government speaks of itself"),
    SELF_TOWNSHIP("乡镇街道自称（我镇、我乡、我街道）", "how a township speaks of itself"),
    SELF_DEPARTMENT("部门自称（我局、我委、我办）", "how a department speaks of itself"),
    ORGAN_LEAD_WORDS("句中紧挨机关名称之前的词（现公布、请与、由……）", "words that stand before an organ's name in a sentence"),
    ORGAN_LABEL("页面上标明发布机关的标签（发布机构、来源……）", "labels of the publishing organ on a page"),
    ORGAN_COMPILED_BY("“由X编制”之类的说法，命名组 organ 是机关名称", "how the body says who compiled the report (named group 'organ')"),
    BREAKDOWN_RESIDUAL("表示“其余”的分项（有它，分项才是穷尽的）", "a residual part, which makes a breakdown exhaustive"),
    STATED_REQUESTS("正文说明收到申请数的说法（其后紧跟件数）", "how the prose states the requests received (the count follows)"),
    STATED_REQUESTS_SCOPED("只涉及机关一部分的说法（与表三不同不算矛盾）", "words that limit a stated number to part of the organ"),
    PUBLICATION_DATE_LABEL("正文里发布日期的标签（发布时间：……）", "labels of a publication date in the page text"),
    PUBLICATION_DATE_METADATA("页面元数据中发布日期的字段名（小写比较，按先后优先）", "metadata names of a publication date (lower case, in order of trust)"),
    TITLE_TOPIC("报告标题中的主题词（政府信息公开……）", "the topic words of a report title"),
    TITLE_NOT_A_TITLE("提到报告而不是标题的动词（编制、公布……）", "verbs that make a mention of a report, not its title"),
    YEAR_SELF_REFERENCE("正文称呼本报告的说法（其后是年份）", "how the body names the report itself (the year follows)"),
    PAGE_END("报告之后的页面内容（打印、关闭、附件……）：说明文本读到了结尾", "page furniture after a report: the text reaches its end"),
    TRACE_OVERVIEW("第二眼：总体情况可能的写法", "second look: words that may be the overview"),
    TRACE_ACTIVE("第二眼：主动公开部分可能的写法", "second look: words that may be the proactive-disclosure part"),
    TRACE_REQUEST("第二眼：依申请公开部分可能的写法", "second look: words that may be the requests part"),
    TRACE_FEES("第二眼：收费及减免可能的写法", "second look: words that may be the fees part"),
    TRACE_REVIEW("第二眼：行政复议、行政诉讼可能的写法", "second look: words that may be the review part"),
    TRACE_PROBLEMS("第二眼：存在问题及改进可能的写法", "second look: words that may be the problems part"),
    TRACE_OTHER("第二眼：其他需要报告的事项可能的写法", "second look: words that may be the other-matters part"),
    TRACE_ASSESSMENT("第二眼：考核、评议、追究可能的写法", "second look: words that may be the assessment account"),
    TRACE_INFO_PROCESSING_FEE("第二眼：信息处理费可能的写法", "second look: words that may be the information processing fee"),
    TRACE_PERIOD("第二眼：统计期限可能的写法（开头附近）", "second look: words that may state the period (near the opening)"),
    SHARED_WORDING("按统一格式、人人都写的句子（比较雷同时不计）", "sentences every report writes by the format (not counted when comparing wording)"),
    STATEMENT_LAPSE("文件失效、有效期届满的说明（现行有效件数减少的原因）", "statements that documents lapsed (why fewer are in force)");

    private final String chinese;
    private final String english;

    ConceptName(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The file in {@code rules/vocabulary/}: HEADING_OVERVIEW → heading-overview.txt. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }

    public String getChinese() { return chinese; }
    public String getEnglish() { return english; }

    /** The concept a vocabulary file holds, or null for a file of another name. */
    public static ConceptName ofFile(String fileName) {
        for (ConceptName c : values()) if (c.fileName().equals(fileName)) return c;
        return null;
    }
}
