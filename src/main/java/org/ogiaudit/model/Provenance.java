package org.ogiaudit.model;

/**
 * Where a fact's value came from, so that an auditor can judge it: a crawler's manifest outranks the page's own
 * metadata, which outranks the title, which outranks the body. Printed as "title", "page metadata PubDate",
 * "body (names itself 长春市朝阳区人民政府)".
 *
 * @param origin what kind of place
 * @param detail which field or how it was read, for a person; null when the origin says it all
 */
public record Provenance(Origin origin, String detail) {
    /** The kinds of place a value is read from, in order of trust. */
    public enum Origin {
        /** A row of the batch manifest a crawler wrote (--manifest). */
        MANIFEST("manifest"),
        /** The page's metadata: meta tags, template fields outside the report text, a crawler's header. */
        PAGE_METADATA("page metadata"),
        /** A labelled field in the page text near the title (发布时间：…). */
        PAGE_TEXT("page text"),
        /** The report's title. */
        TITLE("title"),
        /** Derived from the organ's name (its kind, its region). */
        ORGAN_NAME("organ name"),
        /** The statement of the statistics period. */
        STATISTICS_PERIOD("statistics period"),
        /** The body naming the report itself ("现公布2012年度政府信息公开年度报告"). */
        SELF_REFERENCE("the body naming the report"),
        /** Anywhere else in the body. */
        BODY("body");

        private final String label;

        Origin(String label) { this.label = label; }

        public String getLabel() { return label; }
    }

    public static Provenance of(Origin origin) {
        return new Provenance(origin, null);
    }

    public static Provenance of(Origin origin, String detail) {
        return new Provenance(origin, detail);
    }

    @Override public String toString() {
        return detail == null ? origin.label : origin.label + " " + detail;
    }
}
