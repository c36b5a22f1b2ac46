package org.ogiaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stated total and its parts: "主动公开政府信息573条，其中，机构职能类信息21条，……其他类信息59条", or an appendix
 * row "公开信息总数 11035" with its "其中：1.…" rows.
 *
 * <p>Only an exhaustive list can contradict its total: one with a residual part (其他/其它/其余). A list of channels
 * ("其中网站公开X条") may overlap or leave things out, and is kept for information only.
 */
public final class Breakdown {
    /** Where the breakdown stands. */
    public enum Source { PROSE, APPENDIX }

    /** One part: its label, value (null when blank) and line. */
    public record Part(String label, BigDecimal value, int line) { }

    private final Source source;
    private final String label;
    private final BigDecimal total;
    private final String unit;
    private final List<Part> parts;
    private final boolean exhaustive;
    private final Evidence evidence;
    private final List<Evidence> partEvidence;

    public Breakdown(Source source, String label, BigDecimal total, String unit, List<Part> parts, boolean exhaustive,
                     Evidence evidence, List<Evidence> partEvidence) {
        this.source = source;
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.parts = List.copyOf(parts);
        this.exhaustive = exhaustive;
        this.evidence = evidence;
        this.partEvidence = List.copyOf(partEvidence);
    }

    public Source getSource() { return source; }
    /** What is totalled ("主动公开政府信息", "公开信息总数"). */
    public String getLabel() { return label; }
    public BigDecimal getTotal() { return total; }
    public String getUnit() { return unit; }
    public List<Part> getParts() { return parts; }
    public boolean isExhaustive() { return exhaustive; }
    /** True when a part is blank: its sum is then unknown. */
    public boolean isHasBlankPart() { return parts.stream().anyMatch(p -> p.value() == null); }
    public BigDecimal getPartsSum() {
        BigDecimal s = BigDecimal.ZERO;
        for (Part p : parts) if (p.value() != null) s = s.add(p.value());
        return s;
    }
    /** True when the known parts do not add up to the total. */
    public boolean isMismatched() { return getPartsSum().compareTo(total) != 0; }
    public BigDecimal getDifference() { return getPartsSum().subtract(total).abs(); }
    public Evidence getEvidence() { return evidence; }
    /** True when the total or a part was read from a picture by OCR: a misread digit may be the whole difference. */
    public boolean isReadByOcr() { return evidence.isReadByOcr() || partEvidence.stream().anyMatch(Evidence::isReadByOcr); }
    /** The total's line followed by each part's, for appendix rows on lines of their own. */
    public List<Evidence> getAllEvidence() {
        java.util.List<Evidence> all = new java.util.ArrayList<>();
        all.add(evidence);
        all.addAll(partEvidence);
        return all;
    }
    /** "机构职能类信息 21 + … + 其他类 59". */
    public String describeParts() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (sb.length() > 0) sb.append(" + ");
            sb.append(p.label()).append(' ').append(p.value() == null ? "(空白)" : p.value().toPlainString());
        }
        return sb.toString();
    }

    @Override public String toString() { return "Breakdown[" + label + " " + total + " = " + describeParts() + "]"; }
}
