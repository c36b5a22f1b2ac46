package org.ogiaudit.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.model.Evidence;

/**
 * Finds when a report was published: page metadata ({@code PubDate}, a crawler's 发布时间) or a labelled date near
 * the title (发布时间/发布日期/公开日期/时间). Never the report's own words about when it "will be" published
 * ("并于2013年3月31日之前在政府网站向社会公布"), never a 成文日期 (the date it was signed) or a 采集时间 (when a
 * crawler saved it).
 */
public final class PublicationDates {
    /** A date, the evidence it was read from and a description of the source. */
    public record Found(LocalDate date, String source, Evidence evidence) { }

    private static final List<String> META_NAMES = List.of("PubDate", "pubdate", "publishdate", "publish_date",
            "firstpublishedtime", "article:published_time", "og:release_date", "发布时间", "发布日期", "公开日期",
            "公布日期", "时间", "日期");
    private static final Pattern LABELLED = Pattern.compile(
            // the look-ahead rules a position out on its first character, before eight alternatives are tried
            "(?=[发公时日])(发布时间|发布日期|公开日期|公布日期|发布于|发表时间|(?<![\\p{IsHan}])时间|(?<![\\p{IsHan}])日期)\\s*[:：|]?\\s*\\|?\\s*(" + ChineseDates.DATE + ")");
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^(.{0,30}?)\\s*(" + ChineseDates.DATE + ")\\s*$");
    private static final int SEARCH_LINES = 15;

    private PublicationDates() { }

    /** Page metadata first (meta tags, a crawler's header, template fields), in the order of {@link #META_NAMES}. */
    public static Found fromMetadata(List<PageMetadata> metadata) {
        for (String name : META_NAMES) {
            for (PageMetadata m : metadata) {
                if (!m.name().equalsIgnoreCase(name)) continue;
                LocalDate d = ChineseDates.parse(m.value());
                if (d != null) return new Found(d, "page metadata " + m.name(), new Evidence(m.quote(), m.line()));
            }
        }
        return null;
    }

    /** A labelled date in the first lines of a report (the page's title block). */
    public static Found fromText(List<String> lines, int from, int to) {
        for (int i = from; i < Math.min(to, from + SEARCH_LINES); i++) {
            String line = lines.get(i);
            if (line.indexOf('时') < 0 && line.indexOf('日') < 0 && line.indexOf('发') < 0) continue; // every label has one
            Matcher m = LABELLED.matcher(line);
            while (m.find()) {
                LocalDate d = ChineseDates.parse(m.group(2));
                if (d != null) {
                    return new Found(d, "page text " + m.group(1), new Evidence(snippet(line, m.start(), m.end()), i + 1));
                }
            }
        }
        return null;
    }

    /** The date a report is signed with: a line at its end that is a date, alone or after the organ's name. */
    public static Found signature(List<String> lines, int from, int to) {
        for (int i = to - 1; i >= Math.max(from, to - 8); i--) {
            String line = lines.get(i).strip();
            Matcher m = SIGNATURE_DATE.matcher(line);
            if (m.matches() && !m.group(1).matches(".*[。，,；;].*")) {
                LocalDate d = ChineseDates.parse(m.group(2));
                if (d != null) return new Found(d, "signature", new Evidence(line, i + 1));
            }
        }
        return null;
    }

    private static String snippet(String line, int start, int end) {
        int s = Math.max(0, start - 20);
        int e = Math.min(line.length(), end + 10);
        return line.substring(s, e).strip();
    }
}
