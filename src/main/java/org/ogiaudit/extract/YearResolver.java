package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.model.Provenance.Origin;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.YearClaim;

/**
 * The year a report covers, and every place it names it (for OGI-YEAR-MISMATCH). Precedence: the title, the statement
 * of the statistics period, the body naming the report itself, the year the body names most.
 */
final class YearResolver {
    private final Years years;

    YearResolver(Years years) {
        this.years = years;
    }

    /** The places the report names its year: title, period, the body naming the report. */
    List<YearClaim> claims(ReportText t, String title, Evidence titleEvidence, StatisticsPeriod period) {
        List<YearClaim> claims = new ArrayList<>();
        Integer titleYear = title == null ? null : Titles.year(title);
        if (titleYear != null) claims.add(new YearClaim(titleYear, YearClaim.Source.TITLE, titleEvidence));
        // a period over several years ("自2003年至2008年") names no one year of its own
        if (period != null && period.isComplete() && period.getFrom().getYear() == period.getTo().getYear()) {
            claims.add(new YearClaim(period.getFrom().getYear(), YearClaim.Source.PERIOD, period.getEvidence()));
        }
        claims.addAll(years.selfReferences(t.sentences, titleEvidence == null ? -1 : titleEvidence.getLine()));
        return claims;
    }

    Resolved<Integer> resolve(ReportText t, List<YearClaim> claims) {
        return Resolved.first(
                () -> claim(claims, YearClaim.Source.TITLE, Provenance.of(Origin.TITLE)),
                () -> claim(claims, YearClaim.Source.PERIOD, Provenance.of(Origin.STATISTICS_PERIOD)),
                () -> claims.stream().anyMatch(c -> c.getSource() == YearClaim.Source.SELF_REFERENCE)
                        ? new Resolved<>(mostCommon(claims), Provenance.of(Origin.SELF_REFERENCE), null) : null,
                () -> new Resolved<>(Years.dominant(t.lines, t.start, t.end), Provenance.of(Origin.BODY, "(the year it names most)"), null));
    }

    private static Resolved<Integer> claim(List<YearClaim> claims, YearClaim.Source source, Provenance provenance) {
        for (YearClaim c : claims) {
            if (c.getSource() == source) return new Resolved<>(c.getYear(), provenance, c.getEvidence());
        }
        return null;
    }

    /** The year most claims name; the earlier year on a tie. */
    private static int mostCommon(List<YearClaim> claims) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (YearClaim c : claims) counts.merge(c.getYear(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }
}
