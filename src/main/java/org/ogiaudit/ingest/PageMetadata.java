package org.ogiaudit.ingest;

/**
 * One thing a page said about itself outside the report text: an HTML meta tag, a labelled field of the page
 * template ("公开日期 2024-01-17"), a crawler's header line, or PDF document information.
 *
 * @param name   the label as found ("PubDate", "发布时间", "pdf:Title")
 * @param value  the value as found
 * @param quote  what to show a person as evidence
 * @param line   the line in the extracted text, or 0 when it stands outside the text (meta tags, page template)
 */
public record PageMetadata(String name, String value, String quote, int line) { }
