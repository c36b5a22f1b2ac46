package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Mention;
import org.ogiaudit.model.MentionTopic;

/**
 * Finds the statements some rules accept in place of a section: a word on fees, on reconsideration and litigation,
 * on problems, on assessment. Each topic keeps its first three sentences as evidence.
 *
 * <p>Sentences are read without their headings (a heading announces a topic, it does not report on it) and the
 * preamble's list of the report's parts is skipped for the same reason.
 *
 * <p>Fees: table 二's 行政事业性收费 ("本年收费金额") is the organ's general administrative fees, not a fee for
 * disclosure (国办函〔2020〕109号 vs 2019 Regulations Art. 20(八)), and does not count.
 */
public final class Mentions {
    /** Words on fees for disclosure: charged, waived, or none (2007 Regs Art. 27–28, 32(三)). */
    private static final Pattern FEE_STATEMENT = Pattern.compile(
            "减免|免收|信息处理费|依申请[^。]{0,20}(收费|费用|收取)|申请人?[^。]{0,20}(收费|费用|收取)|(收费|费用|收取)[^。]{0,20}申请"
            + "|信息公开[^。]{0,10}(收费|费用)|(未|没有|无|不|暂不|免费)[^。]{0,6}(收取|收费)|(检索|复制|邮寄)[^。]{0,10}(费|成本)");
    /** Fees that are not about disclosure, and table 三's row label for requests dropped after a fee notice. */
    private static final Pattern NOT_DISCLOSURE_FEE = Pattern.compile("行政事业性收费|本年收费金额|收费项目|收费标准|价格和收费|教育收费|收费公示|涉企收费"
            + "|收费清单|收费目录|收费信息|逾期未按收费通知");
    /** The preamble's list of the report's parts names every topic and says nothing about any. */
    private static final Pattern LIST_OF_PARTS = Pattern.compile("报告[^。]{0,12}(由|包括|分为|共分|主要包括)[^。]*(组成|部分|[、,].*[、,])");
    private static final Pattern REVIEW = Pattern.compile("行政复议|行政诉讼|复议|诉讼");
    private static final Pattern PROBLEMS = Pattern.compile("(存在|还有|仍有|尚有|仍然存在|也存在|还存在)[^。]{0,14}(问题|不足|差距|短板|薄弱)|主要表现(在|为)|不足之处");
    private static final Pattern ACCOUNTABILITY = Pattern.compile("责任追究|追究责任|问责|追责");
    private static final int KEEP = 3;

    private Mentions() { }

    public static List<Mention> find(List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        int[] counts = new int[MentionTopic.values().length];
        for (Sentence s : sentences) {
            String t = s.text();
            if (t.contains("报告") && LIST_OF_PARTS.matcher(t).find()) continue;
            Set<MentionTopic> topics = EnumSet.noneOf(MentionTopic.class);
            // each topic's patterns need one of a few characters: most sentences are ruled out without a regex
            boolean feeStatement = hasAny(t, "费免收") && FEE_STATEMENT.matcher(t).find() && !NOT_DISCLOSURE_FEE.matcher(t).find();
            if (feeStatement) topics.add(MentionTopic.FEES_STATEMENT);
            // under the 2019 Regulations a word on fees for requests is a word on the 信息处理费 (Art. 42)
            if (t.contains("信息处理费") || (feeStatement && !t.contains(" | "))) topics.add(MentionTopic.INFO_PROCESSING_FEE);
            if (hasAny(t, "复诉") && REVIEW.matcher(t).find()) topics.add(MentionTopic.REVIEW_STATEMENT);
            if (hasAny(t, "问足距板弱表") && PROBLEMS.matcher(t).find()) topics.add(MentionTopic.PROBLEMS_STATEMENT);
            if (t.contains("考核")) topics.add(MentionTopic.ASSESSMENT_REVIEW);
            if (t.contains("评议")) topics.add(MentionTopic.ASSESSMENT_APPRAISAL);
            if (hasAny(t, "追问") && ACCOUNTABILITY.matcher(t).find()) topics.add(MentionTopic.ASSESSMENT_ACCOUNTABILITY);
            for (MentionTopic topic : topics) {
                if (counts[topic.ordinal()]++ < KEEP) out.add(new Mention(topic, new Evidence(clip(t), s.line())));
            }
        }
        return out;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) if (text.indexOf(chars.charAt(i)) >= 0) return true;
        return false;
    }

    static String clip(String sentence) {
        return sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "…";
    }
}
