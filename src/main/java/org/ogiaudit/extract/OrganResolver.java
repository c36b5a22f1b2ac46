package org.ogiaudit.extract;

import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.model.Provenance.Origin;

/**
 * Who published a report, its kind and its region. Precedence, each stated once below: a manifest row, then the title,
 * then the page's 发布机构 field, then the body; the kind and the region follow the manifest, else the organ's name.
 */
final class OrganResolver {
    private final Organs organs;

    OrganResolver(Organs organs) {
        this.organs = organs;
    }

    Resolved<String> agency(ReportText t, String title) {
        return Resolved.first(
                () -> fromMetadata(t.manifest(Manifest.AGENCY), Provenance.of(Origin.MANIFEST)),
                () -> fromTitle(t, title),
                () -> {
                    PageMetadata m = t.meta("发布机构");
                    return m == null ? null : new Resolved<>(organs.canonical(m.value()), Provenance.of(Origin.PAGE_METADATA, "发布机构"), null);
                },
                () -> {
                    Organs.Named named = organs.fromBody(t.body());
                    return named == null ? null : new Resolved<>(named.name(), Provenance.of(Origin.BODY, named.how()), null);
                });
    }

    private Resolved<String> fromTitle(ReportText t, String title) {
        String raw = title == null ? null : organs.fromTitle(title);
        if (raw == null) return null;
        String full = Organs.qualify(raw, t.body());
        String agency = organs.canonical(full);
        String how = (full.equals(raw) ? "" : "(" + raw + " completed from the body)")
                + (agency.equals(full) ? "" : (full.equals(raw) ? "" : " ") + "(" + full + " is reported for by its " + agency.substring(full.length()) + ")");
        return new Resolved<>(agency, Provenance.of(Origin.TITLE, how.isEmpty() ? null : how), null);
    }

    Resolved<OrganKind> kind(ReportText t, String agency) {
        return Resolved.first(
                () -> {
                    PageMetadata m = t.manifest(Manifest.ORGAN_KIND);
                    return m == null ? null : new Resolved<>(OrganKind.valueOf(m.value()), Provenance.of(Origin.MANIFEST), null);
                },
                () -> new Resolved<>(organs.kind(agency), Provenance.of(Origin.ORGAN_NAME), null));
    }

    Resolved<String> region(ReportText t, String agency) {
        return Resolved.first(
                () -> fromMetadata(t.manifest(Manifest.REGION), Provenance.of(Origin.MANIFEST)),
                () -> new Resolved<>(Organs.region(agency), Provenance.of(Origin.ORGAN_NAME), null));
    }

    private static Resolved<String> fromMetadata(PageMetadata m, Provenance source) {
        return m == null ? null : new Resolved<>(m.value(), source, null);
    }

}
