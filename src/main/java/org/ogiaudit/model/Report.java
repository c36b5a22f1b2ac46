package org.ogiaudit.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One annual report as the rules see it: who published it, for which year, under which regime and when.
 *
 * <p>Built by {@code extract.FactExtractor} through {@link Builder}; immutable afterwards. Where a value could not be
 * found it is null, and the {@code ...Source} field says where a value was found, so that an auditor can judge it.
 */
public final class Report {
    private final String file;
    private final int part;
    private final int partCount;
    private final String title;
    private final Evidence titleEvidence;
    private final String agency;
    private final Provenance agencySource;
    private final OrganKind organKind;
    private final Integer reportYear;
    private final Provenance yearSource;
    private final Regime regime;
    private final LocalDate publishedOn;
    private final Provenance publishedOnSource;
    private final Evidence publishedOnEvidence;
    private final LocalDate signedOn;
    private final Evidence signedOnEvidence;
    private final boolean startsMidReport;
    private final boolean openingLost;
    private final boolean endsMidReport;
    private final Evidence end;
    private final int reached;
    private final Evidence outlineGap;
    private final int firstLine;
    private final int lastLine;
    private final List<Evidence> outline;
    private final Evidence opening;
    private final boolean hasImages;
    private final String region;
    private final Provenance regionSource;
    private final String regionCode;
    private final String division;
    private final String divisionCode;
    private final String url;
    private final Provenance organKindSource;
    private final boolean yearReadByOcr;
    private final boolean textReadByOcr;

    private Report(Builder b) {
        file = b.file;
        part = b.part;
        partCount = b.partCount;
        title = b.title;
        titleEvidence = b.titleEvidence;
        agency = b.agency;
        agencySource = b.agencySource;
        organKind = b.organKind == null ? OrganKind.UNKNOWN : b.organKind;
        reportYear = b.reportYear;
        yearSource = b.yearSource;
        regime = b.reportYear == null ? null : Regime.forYear(b.reportYear);
        publishedOn = b.publishedOn;
        publishedOnSource = b.publishedOnSource;
        publishedOnEvidence = b.publishedOnEvidence;
        signedOn = b.signedOn;
        signedOnEvidence = b.signedOnEvidence;
        startsMidReport = b.startsMidReport;
        openingLost = b.openingLost;
        endsMidReport = b.endsMidReport;
        end = b.end;
        reached = b.reached;
        outlineGap = b.outlineGap;
        firstLine = b.firstLine;
        lastLine = b.lastLine;
        outline = List.copyOf(b.outline);
        opening = b.opening;
        hasImages = b.hasImages;
        region = b.region;
        regionSource = b.regionSource;
        regionCode = b.regionCode;
        division = b.division;
        divisionCode = b.divisionCode;
        url = b.url;
        organKindSource = b.organKindSource;
        yearReadByOcr = b.yearReadByOcr;
        textReadByOcr = b.textReadByOcr;
    }

    public static Builder builder() { return new Builder(); }

    public String getFile() { return file; }
    public int getPart() { return part; }
    public int getPartCount() { return partCount; }
    public String getTitle() { return title; }
    public Evidence getTitleEvidence() { return titleEvidence; }
    public String getAgency() { return agency; }
    public Provenance getAgencySource() { return agencySource; }
    public OrganKind getOrganKind() { return organKind; }
    public Integer getReportYear() { return reportYear; }
    public Provenance getYearSource() { return yearSource; }
    public Regime getRegime() { return regime; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public Provenance getPublishedOnSource() { return publishedOnSource; }
    public Evidence getPublishedOnEvidence() { return publishedOnEvidence; }
    public LocalDate getSignedOn() { return signedOn; }
    public Evidence getSignedOnEvidence() { return signedOnEvidence; }
    /** True when the text begins in the middle of a report (a page cut at its start): absent parts may be lost. */
    public boolean isStartsMidReport() { return startsMidReport; }
    /**
     * True when the text begins at the report's first heading with no title and no preamble before it: the opening,
     * where the statistics period and the organ are stated, was lost (a page saved from its first part on).
     */
    public boolean isOpeningLost() { return openingLost; }
    /**
     * True when nothing shows that the text reaches the report's end (no signature date, no page furniture after it,
     * no last part ending a sentence): a page opening or a cut page. Parts beyond {@link #getReached()} may be lost.
     */
    public boolean isEndsMidReport() { return endsMidReport; }
    /** The report's last line: what shows where the text ends. */
    public Evidence getEnd() { return end; }
    /**
     * How far into a report the text reaches, by the furthest top-level part it shows: 1 the overview, 2 主动公开,
     * 3 依申请公开, 4 收费, 5 复议诉讼, 6 问题, 7 其他 or an appendix; 0 when it shows none. See {@link Part#getReach()}.
     */
    public int getReached() { return reached; }
    /** Where the top-level numbering skips a number (一、二、三、五): a heading was lost; null when it does not. */
    public Evidence getOutlineGap() { return outlineGap; }
    public boolean isHasOutlineGap() { return outlineGap != null; }
    public int getFirstLine() { return firstLine; }
    public int getLastLine() { return lastLine; }
    /** The top-level headings found, in order: the evidence that a section is absent. */
    public List<Evidence> getOutline() { return outline; }
    /** The first line of the report body: where the statistics period is customarily stated. */
    public Evidence getOpening() { return opening; }
    /** True when the report text holds images ([图片] lines): a table may be a picture rather than text. */
    public boolean isHasImages() { return hasImages; }
    /** Where the organ is ("淮安市", "平潭综合实验区"): from a manifest, or the leading place of its name. */
    public String getRegion() { return region; }
    public Provenance getRegionSource() { return regionSource; }
    /** The region's code in the national division list (GB/T 2260), or null when it was not resolved. */
    public String getRegionCode() { return regionCode; }
    /** The division the organ is named after ("江苏省淮安市洪泽区"), or null when the list does not resolve it. */
    public String getDivision() { return division; }
    /** Its code (320813), or null. */
    public String getDivisionCode() { return divisionCode; }

    /**
     * True when the organ is in {@code place} ("四川", "四川省", "怀化市"): the division it is named after lies there, or,
     * when the division list did not resolve it, its region or its name starts with the place. What a local rule's
     * {@code @region} is checked against.
     */
    public boolean isIn(String place) {
        if (place == null || place.isBlank()) return false;
        String p = place.strip();
        if (division != null) return division.contains(p);
        return (region != null && region.startsWith(p)) || (agency != null && agency.startsWith(p));
    }
    /** The page's address, when a manifest gives it. */
    public String getUrl() { return url; }
    /** The manifest when it set the organ kind, else the organ's name. */
    public Provenance getOrganKindSource() { return organKindSource; }

    /** True when the publication date was read from a picture by OCR (a 发布日期 line of a scan): a digit may be misread. */
    public boolean isPublishedOnReadByOcr() { return Evidence.readByOcr(publishedOnEvidence); }

    /**
     * True when the report year rests on text read by OCR alone: no typed text names it and no second place read by OCR
     * names it too. Every deadline is counted from it.
     */
    public boolean isYearReadByOcr() { return yearReadByOcr; }

    /** True when some of the report's lines were read from pictures by OCR: a heading among them may have been misread. */
    public boolean isTextReadByOcr() { return textReadByOcr; }

    /**
     * True when who published the report was read only from its body (the government it names most, what it calls
     * itself, its signature): weaker than a title, a page's field or a manifest, so that rules may refuse to FAIL on it.
     */
    public boolean isOrganReadFromBody() {
        return agencySource == null || agencySource.origin() == Provenance.Origin.BODY
                || (organKindSource != null && organKindSource.origin() == Provenance.Origin.BODY);
    }

    /** The report year's following year at the given month and day: the base of every statutory deadline. */
    public LocalDate deadline(int month, int day) {
        return reportYear == null ? null : LocalDate.of(reportYear + 1, month, day);
    }

    /** True when the publication date is known and falls after {@link #deadline(int, int)} (in the following year). */
    public boolean isPublishedAfter(int month, int day) {
        return isPublishedAfter(1, month, day);
    }

    /** True when the publication date is known and falls after the given day of year Y + {@code years} (Y: the report year). */
    public boolean isPublishedAfter(int years, int month, int day) {
        return publishedOn != null && reportYear != null && publishedOn.isAfter(LocalDate.of(reportYear + years, month, day));
    }

    /** True when the publication date is known and falls before the given day of year Y + {@code years}. */
    public boolean isPublishedBefore(int years, int month, int day) {
        return publishedOn != null && reportYear != null && publishedOn.isBefore(LocalDate.of(reportYear + years, month, day));
    }

    @Override public String toString() {
        return "Report[" + file + "#" + part + " " + agency + " " + reportYear + "]";
    }

    /** Mutable collector used while extracting; {@link #build()} freezes it. */
    public static final class Builder {
        private String file;
        private int part = 1;
        private int partCount = 1;
        private String title;
        private Evidence titleEvidence;
        private String agency;
        private Provenance agencySource;
        private OrganKind organKind;
        private Integer reportYear;
        private Provenance yearSource;
        private LocalDate publishedOn;
        private Provenance publishedOnSource;
        private Evidence publishedOnEvidence;
        private LocalDate signedOn;
        private Evidence signedOnEvidence;
        private boolean startsMidReport;
        private boolean openingLost;
        private boolean endsMidReport;
        private Evidence end;
        private int reached;
        private Evidence outlineGap;
        private int firstLine;
        private int lastLine;
        private List<Evidence> outline = List.of();
        private Evidence opening;
        private boolean hasImages;
        private String region;
        private Provenance regionSource;
        private String regionCode;
        private String division;
        private String divisionCode;
        private String url;
        private Provenance organKindSource = Provenance.of(Provenance.Origin.ORGAN_NAME);
        private boolean yearReadByOcr;
        private boolean textReadByOcr;

        public Builder file(String v) { file = v; return this; }
        public Builder part(int v, int count) { part = v; partCount = count; return this; }
        public Builder title(String v, Evidence e) { title = v; titleEvidence = e; return this; }
        public Builder agency(String v, Provenance source) { agency = v; agencySource = source; return this; }
        public Builder organKind(OrganKind v) { organKind = v; return this; }
        public Builder reportYear(Integer v, Provenance source) { reportYear = v; yearSource = source; return this; }
        public Builder publishedOn(LocalDate v, Provenance source, Evidence e) {
            publishedOn = v; publishedOnSource = source; publishedOnEvidence = e; return this;
        }
        public Builder signedOn(LocalDate v, Evidence e) { signedOn = v; signedOnEvidence = e; return this; }
        public Builder startsMidReport(boolean v) { startsMidReport = v; return this; }
        public Builder openingLost(boolean v) { openingLost = v; return this; }
        public Builder endsMidReport(boolean v, Evidence lastLine) { endsMidReport = v; end = lastLine; return this; }
        public Builder reached(int v) { reached = v; return this; }
        public Builder outlineGap(Evidence v) { outlineGap = v; return this; }
        public Builder lines(int first, int last) { firstLine = first; lastLine = last; return this; }
        public Builder outline(List<Evidence> v) { outline = v; return this; }
        public Builder opening(Evidence v) { opening = v; return this; }
        public Builder hasImages(boolean v) { hasImages = v; return this; }
        public Builder region(String v, Provenance source) { region = v; regionSource = source; return this; }
        public Builder regionCode(String v) { regionCode = v; return this; }
        public Builder division(String name, String code) { division = name; divisionCode = code; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder organKind(OrganKind v, Provenance source) { organKind = v; organKindSource = source; return this; }
        public Builder yearReadByOcr(boolean v) { yearReadByOcr = v; return this; }
        public Builder textReadByOcr(boolean v) { textReadByOcr = v; return this; }
        public Report build() { return new Report(this); }
    }
}
