package org.ogiaudit.extract;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogiaudit.model.SectionKind;

/**
 * Maps a heading's wording to canonical sections by meaning, not exact text: "政府信息公开的收费及减免情况",
 * "工作人员及收费、减免情况" and "政府信息公开相关费用情况" are all {@link SectionKind#FEES}.
 *
 * <p>Reconsideration and litigation are tested before requests, so that "因政府信息公开申请行政复议" is
 * {@code REVIEW}, not {@code REQUEST}.
 */
public final class SectionClassifier {
    private static final Pattern REVIEW = Pattern.compile("复议|诉讼|申诉");
    private static final Pattern REQUEST = Pattern.compile("依申请|收到和处理|申请公开|公开申请|申请情况|申请的情况|申请办理|申请受理|不予公开|受理情况");
    private static final Pattern ACTIVE = Pattern.compile("主动公开");
    private static final Pattern FEES = Pattern.compile("收费|费用|减免|收取");
    private static final Pattern PROBLEMS = Pattern.compile("问题|不足|改进|整改|差距|工作打算|努力方向|下一步|今后");
    private static final Pattern OTHER = Pattern.compile("其他需要|其它需要|需要报告|需要说明|其他事项|其它事项|其他情况|其它情况|^其他$|^其它$|说明的事项");
    private static final Pattern OVERVIEW = Pattern.compile("^(概述|概况|总体情况|基本情况|总体工作情况|工作概况|工作概述|总体工作|基本工作情况|政府信息公开工作概述|政府信息公开工作总体情况)");
    private static final Pattern ASSESSMENT = Pattern.compile("考核|评议|责任追究|追究责任|问责");
    private static final Pattern APPENDIX = Pattern.compile("附表|附件|统计表");

    private SectionClassifier() { }

    public static Set<SectionKind> classify(String heading) {
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        if (REVIEW.matcher(heading).find()) {
            kinds.add(SectionKind.REVIEW);
        } else if (REQUEST.matcher(heading).find()) {
            kinds.add(SectionKind.REQUEST);
        }
        if (ACTIVE.matcher(heading).find()) kinds.add(SectionKind.ACTIVE);
        if (FEES.matcher(heading).find()) kinds.add(SectionKind.FEES);
        if (PROBLEMS.matcher(heading).find()) kinds.add(SectionKind.PROBLEMS);
        if (OTHER.matcher(heading).find()) kinds.add(SectionKind.OTHER);
        if (OVERVIEW.matcher(heading).find()) kinds.add(SectionKind.OVERVIEW);
        if (ASSESSMENT.matcher(heading).find()) kinds.add(SectionKind.ASSESSMENT);
        return kinds;
    }

    /** True for the heading of a statistics appendix (附表, 统计表), whose table titles repeat the report's topics. */
    public static boolean isAppendix(String heading) {
        return APPENDIX.matcher(heading).find();
    }
}
