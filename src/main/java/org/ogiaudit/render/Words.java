package org.ogiaudit.render;

import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.Text;
import org.ogiaudit.score.Profile;
import org.ogiaudit.score.Ranking;

/**
 * How every output words what they share — a finding's status, where a quote stands, the run and its profile — in the
 * reader's language, from {@code messages_zh/_en.properties}; so that the terminal, the site, the spreadsheet and the
 * notice say the same thing the same way.
 */
final class Words {
    private static final String MESSAGES = "org.ogiaudit.render.messages";

    private final Lang lang;
    private final Lang.Messages messages;

    Words(Lang lang) {
        this.lang = lang;
        this.messages = lang.messages(MESSAGES);
    }

    Lang lang() { return lang; }

    /** A message of the render bundle. */
    String get(String key, Object... args) { return messages.get(key, args); }

    /** A model value's name: 不合格, 政府, 2007年《条例》, 法定. */
    String label(Enum<?> e) { return e == null ? "—" : lang.label(e); }

    /** A text of a rule in this language. */
    String text(Text t) { return t == null ? "" : t.in(lang); }

    /** One mark of a ranking row: 未审查, 重复发布，已在 a.html 计入排名. */
    String mark(Ranking.Mark m, Ranking.Row r) {
        return get("mark." + m.name(), r.duplicateOf());
    }

    /** A ranking row's marks, joined. */
    String marks(Ranking.Row r) {
        return String.join(lang == Lang.ZH ? "；" : "; ", r.marks().stream().map(m -> mark(m, r)).toList());
    }

    String date(java.time.LocalDate d) { return d == null ? get("date.unknown") : lang.date(d); }

    /** Where a value came from: 页面元数据 PubDate. */
    String source(Provenance p) {
        if (p == null) return "";
        return p.detail() == null ? label(p.origin()) : label(p.origin()) + " " + p.detail();
    }

    /** 第12行 / line 12, or 页面元数据 for a quote outside the report text. */
    String where(Evidence e) {
        return e.getLine() > 0 ? get("line", e.getLine()) : get("metadata");
    }

    /** The mark after {@link #where} for a quote read from a picture by OCR (" 〔OCR〕"), or "" for a typed one. */
    String ocr(Evidence e) {
        return e.isReadByOcr() ? " " + get("ocr.mark") : "";
    }

    /** The OCR mark on a web page, saying what it means on hovering. */
    String ocrHtml() {
        return "<span class=\"ocr\" title=\"" + Html.esc(get("ocr.title")) + "\">" + Html.esc(get("ocr.mark")) + "</span>";
    }

    /** A finding's status as shown: 不合格, 存疑, 已接受, or 不合格（不扣分） for an advisory FAIL. */
    String status(Finding f) {
        if (f.isAccepted()) return get("accepted");
        if (f.isAdvisory()) return label(Status.FAIL) + (lang == Lang.ZH ? "（" + get("advisory") + "）" : " (" + get("advisory") + ")");
        return label(f.getStatus());
    }

    /** 依据（法定）：《政府信息公开条例》… */
    String basis(Finding f) {
        return get("basis", label(f.getBasisKind()), text(f.getBasis()));
    }

    /** The profile in a sentence: 推荐口径（全部规则扣分）. */
    String profile(Profile p) { return get("profile." + p.name()); }

    /** The profile in a word: 推荐口径. */
    String profileShort(Profile p) { return get("profile.short." + p.name()); }

    /** The first line of every output: tool, rulebook and scoring profile. */
    String runLine(RunInfo run) {
        return get("run.line", run.version(), run.rulebookSource(), run.rules(), run.checks(),
                run.rulebookSha256().substring(0, 12), profile(run.profile()));
    }
}
