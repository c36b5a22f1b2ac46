package org.ogiaudit.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ogiaudit.model.OrganKind;

/**
 * What a crawler knew about each report (--manifest FILE.csv, columns file, agency, organ_kind, region, url,
 * published_on, year; any may be empty). A row reaches the extractor as page metadata named {@code manifest:…}, which
 * outranks everything read from the page itself; the output says so. {@code year} (the year a report covers) only ties
 * a spreadsheet to the report whose tables it holds: rows of the same agency and year; the report's own year is still
 * read from the report, and the tie holds only when they agree.
 * Rows are matched to inputs by the path as given, by the absolute path, or by a file name that is unique.
 */
public final class Manifest {
    /** The metadata names a manifest row is given as. */
    public static final String AGENCY = "manifest:agency";
    public static final String ORGAN_KIND = "manifest:organ_kind";
    public static final String REGION = "manifest:region";
    public static final String URL = "manifest:url";
    public static final String PUBLISHED_ON = "manifest:published_on";

    /** One row; null fields were left empty. */
    public record Entry(String agency, OrganKind organKind, String region, String url, LocalDate publishedOn, String publishedOnText,
                        Integer year) {
        public Entry(String agency, OrganKind organKind, String region, String url, LocalDate publishedOn, String publishedOnText) {
            this(agency, organKind, region, url, publishedOn, publishedOnText, null);
        }

        /** The row as page metadata, outside the text (line 0). */
        public List<PageMetadata> asMetadata() {
            List<PageMetadata> out = new ArrayList<>();
            add(out, AGENCY, agency, agency);
            add(out, ORGAN_KIND, organKind == null ? null : organKind.name(), organKind == null ? null : organKind.name());
            add(out, REGION, region, region);
            add(out, URL, url, url);
            add(out, PUBLISHED_ON, publishedOn == null ? null : publishedOn.toString(), publishedOnText);
            return out;
        }

        private static void add(List<PageMetadata> out, String name, String value, String asWritten) {
            if (value != null) out.add(new PageMetadata(name, value, "manifest " + name.substring("manifest:".length()) + ": " + asWritten, 0));
        }
    }

    private final Map<String, Entry> byPath = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Integer> nameCount = new HashMap<>();

    private Manifest() { }

    public static Manifest read(Path file) throws IOException {
        Manifest m = new Manifest();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (Reader r = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(r)) {
            if (!parser.getHeaderMap().containsKey("file")) {
                throw new IOException("the manifest " + file + " has no 'file' column (columns: file, agency, organ_kind, region, url, published_on, year)");
            }
            for (CSVRecord rec : parser) {
                String f = get(rec, "file");
                if (f == null) continue;
                String pub = get(rec, "published_on");
                LocalDate date = pub == null ? null : ChineseDates.parse(pub);
                if (pub != null && date == null) {
                    throw new IOException("the manifest " + file + " line " + rec.getRecordNumber() + ": published_on \"" + pub + "\" is not a date");
                }
                String y = get(rec, "year");
                Integer year = y == null ? null : year(y);
                if (y != null && year == null) {
                    throw new IOException("the manifest " + file + " line " + rec.getRecordNumber() + ": year \"" + y + "\" is not a year");
                }
                Entry e = new Entry(get(rec, "agency"), kind(get(rec, "organ_kind")), get(rec, "region"), get(rec, "url"), date, pub, year);
                m.byPath.put(norm(f), e);
                m.byPath.put(norm(Path.of(f).toAbsolutePath().normalize().toString()), e);
                String name = Path.of(f).getFileName().toString();
                m.byName.put(name, e);
                m.nameCount.merge(name, 1, Integer::sum);
            }
        }
        return m;
    }

    /** The row for an input, or null. */
    public Entry lookup(Path path, String shownAs) {
        Entry e = byPath.get(norm(shownAs));
        if (e == null) e = byPath.get(norm(path.toAbsolutePath().normalize().toString()));
        if (e == null) {
            String name = path.getFileName().toString();
            if (nameCount.getOrDefault(name, 0) == 1) e = byName.get(name);
        }
        return e;
    }

    /** "2023", "2023年", "2023年度" → 2023; null for anything else. */
    private static Integer year(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("((?:19|20)\\d{2})\\s*(?:年度?)?").matcher(s.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String get(CSVRecord rec, String column) {
        if (!rec.isMapped(column) || !rec.isSet(column)) return null;
        String v = rec.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static OrganKind kind(String s) {
        if (s == null) return null;
        String k = s.strip().toUpperCase(Locale.ROOT);
        for (OrganKind o : OrganKind.values()) if (o.name().equals(k)) return o;
        return switch (s.strip()) {
            case "政府", "人民政府" -> OrganKind.GOVERNMENT;
            case "乡镇", "街道", "乡镇街道" -> OrganKind.TOWNSHIP;
            case "部门" -> OrganKind.DEPARTMENT;
            default -> null;
        };
    }

    private static String norm(String p) {
        return p.replace('\\', '/');
    }
}
