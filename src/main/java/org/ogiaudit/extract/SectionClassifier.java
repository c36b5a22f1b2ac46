package org.ogiaudit.extract;

import java.util.EnumSet;
import java.util.Set;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Maps a heading's wording to canonical sections by meaning, as the vocabulary's heading-*.txt files list it:
 * "政府信息公开的收费及减免情况", "工作人员及收费、减免情况" and "政府信息公开相关费用情况" are all
 * {@link SectionKind#FEES}. A heading may mean several kinds.
 */
final class SectionClassifier {
    private final Concept overview;
    private final Concept active;
    private final Concept request;
    private final Concept fees;
    private final Concept review;
    private final Concept problems;
    private final Concept other;
    private final Concept assessment;
    private final Concept appendix;

    SectionClassifier(Vocabulary v) {
        overview = v.get(ConceptName.HEADING_OVERVIEW);
        active = v.get(ConceptName.HEADING_ACTIVE);
        request = v.get(ConceptName.HEADING_REQUEST);
        fees = v.get(ConceptName.HEADING_FEES);
        review = v.get(ConceptName.HEADING_REVIEW);
        problems = v.get(ConceptName.HEADING_PROBLEMS);
        other = v.get(ConceptName.HEADING_OTHER);
        assessment = v.get(ConceptName.HEADING_ASSESSMENT);
        appendix = v.get(ConceptName.HEADING_APPENDIX);
    }

    Set<SectionKind> classify(String heading) {
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        if (review.in(heading)) kinds.add(SectionKind.REVIEW);
        if (request.in(heading)) kinds.add(SectionKind.REQUEST);
        if (active.in(heading)) kinds.add(SectionKind.ACTIVE);
        if (fees.in(heading)) kinds.add(SectionKind.FEES);
        if (problems.in(heading)) kinds.add(SectionKind.PROBLEMS);
        if (other.in(heading)) kinds.add(SectionKind.OTHER);
        if (overview.in(heading)) kinds.add(SectionKind.OVERVIEW);
        if (assessment.in(heading)) kinds.add(SectionKind.ASSESSMENT);
        return kinds;
    }

    /** True for the heading of a statistics appendix (附表, 统计表), whose table titles repeat the report's topics. */
    boolean isAppendix(String heading) {
        return appendix.in(heading);
    }
}
