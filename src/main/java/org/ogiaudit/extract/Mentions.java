package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ogiaudit.model.Mention;
import org.ogiaudit.model.MentionTopic;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Finds the statements some rules accept in place of a section — a word on fees, on reconsideration and litigation, on
 * problems, on assessment — by the vocabulary's statement-*.txt files. Each topic keeps its first three sentences as
 * evidence.
 *
 * <p>Sentences are read without their headings (a heading announces a topic, it does not report on it) and the
 * preamble's list of the report's parts (vocabulary/list-of-parts.txt) is skipped for the same reason.
 */
final class Mentions {
    private static final int KEEP = 3;

    private final Concept listOfParts;
    private final Concept fees;
    private final Concept infoProcessingFee;
    private final Concept review;
    private final Concept problems;
    private final Concept assessment;
    private final Concept appraisal;
    private final Concept accountability;

    Mentions(Vocabulary v) {
        listOfParts = v.get(ConceptName.LIST_OF_PARTS);
        fees = v.get(ConceptName.STATEMENT_FEES);
        infoProcessingFee = v.get(ConceptName.STATEMENT_INFO_PROCESSING_FEE);
        review = v.get(ConceptName.STATEMENT_REVIEW);
        problems = v.get(ConceptName.STATEMENT_PROBLEMS);
        assessment = v.get(ConceptName.STATEMENT_ASSESSMENT_REVIEW);
        appraisal = v.get(ConceptName.STATEMENT_ASSESSMENT_APPRAISAL);
        accountability = v.get(ConceptName.STATEMENT_ASSESSMENT_ACCOUNTABILITY);
    }

    List<Mention> find(List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        int[] counts = new int[MentionTopic.values().length];
        boolean[] inList = PartsList.mark(sentences, listOfParts);
        for (int i = 0; i < sentences.size(); i++) {
            if (inList[i]) continue;
            Sentence s = sentences.get(i);
            String t = s.text();
            Set<MentionTopic> topics = EnumSet.noneOf(MentionTopic.class);
            boolean feeStatement = fees.in(t);
            if (feeStatement) topics.add(MentionTopic.FEES_STATEMENT);
            // under the 2019 Regulations a word on fees for requests is a word on the 信息处理费 (Art. 42)
            if (infoProcessingFee.in(t) || (feeStatement && !t.contains(" | "))) topics.add(MentionTopic.INFO_PROCESSING_FEE);
            if (review.in(t)) topics.add(MentionTopic.REVIEW_STATEMENT);
            if (problems.in(t)) topics.add(MentionTopic.PROBLEMS_STATEMENT);
            if (assessment.in(t)) topics.add(MentionTopic.ASSESSMENT_REVIEW);
            if (appraisal.in(t)) topics.add(MentionTopic.ASSESSMENT_APPRAISAL);
            if (accountability.in(t)) topics.add(MentionTopic.ASSESSMENT_ACCOUNTABILITY);
            for (MentionTopic topic : topics) {
                if (counts[topic.ordinal()]++ < KEEP) out.add(new Mention(topic, s.evidence(clip(t))));
            }
        }
        return out;
    }

    static String clip(String sentence) {
        return sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "…";
    }
}
