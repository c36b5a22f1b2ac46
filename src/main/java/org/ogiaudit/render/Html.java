package org.ogiaudit.render;

import org.jsoup.nodes.Entities;
import org.ogiaudit.model.Lang;

/**
 * What every page of the HTML site shares: escaping, the style sheet and the page shell (no CDN, opens offline).
 *
 * <p>The style sheet is written for three readers: a desk screen of 1366 px (the overview's optional columns go first
 * when space runs out), a phone (the ranking turns into one card per report, the charts are HTML, not scaled
 * pictures, so their text stays readable) and paper (an office attaches a printed report page to a notice: the scroll
 * box of the report text opens up, colours print, and a finding is never split across pages).
 */
final class Html {
    private Html() { }

    static String esc(Object o) {
        return o == null ? "" : Entities.escape(String.valueOf(o));
    }

    /** Severity colours, also used by the charts. */
    static final String ERROR = "#b42318";
    static final String WARNING = "#b54708";
    static final String INFO = "#175cd3";
    static final String UNCERTAIN = "#667085";
    static final String ACCEPTED = "#067647";

    static final String STYLE = """
            :root { --error: #b42318; --warning: #b54708; --info: #175cd3; --uncertain: #667085; --accepted: #067647;
                    --pass: #067647; --line: #eaecf0; --bg: #f9fafb; --ink: #101828; --muted: #475467; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--ink);
                   font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
            main { max-width: 1320px; margin: 0 auto; padding: 16px 20px 60px; }
            h1 { font-size: 22px; margin: 4px 0 2px; } h2 { font-size: 17px; margin: 26px 0 10px; } h3 { font-size: 15px; margin: 16px 0 8px; }
            .sub { color: var(--muted); margin: 0 0 12px; overflow-wrap: anywhere; } a { color: #1849a9; }
            .cards { display: flex; gap: 10px; flex-wrap: wrap; margin: 12px 0; }
            .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 8px 14px; min-width: 120px; }
            .card b { display: block; font-size: 22px; } .card span { color: var(--muted); font-size: 12px; }
            .charts { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 16px; }
            .panel { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; }
            .help { background: #fff; border-left: 4px solid var(--info); padding: 8px 14px; color: var(--muted); }
            .filters { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 10px 0; }
            select { font: inherit; padding: 3px 6px; }
            table { border-collapse: collapse; width: 100%; background: #fff; }
            th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #f2f4f7; font-weight: 600; position: sticky; top: 0; font-size: 13px; }
            th.sortable { cursor: pointer; } th.sortable::after { content: " ⇅"; color: #98a2b3; }
            th[aria-sort=ascending]::after { content: " ▲"; color: var(--ink); } th[aria-sort=descending]::after { content: " ▼"; color: var(--ink); }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .organ a { font-weight: 600; } .organ small { display: block; color: var(--muted); }
            .score { font-weight: 700; } .n-error { color: var(--error); font-weight: 600; } .n-warning { color: var(--warning); }
            .mark { font-size: 12px; color: var(--warning); display: block; }
            tr.unchecked td { color: var(--muted); background: #fcfcfd; }
            .badge { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 12px; color: #fff; white-space: nowrap; }
            .b-error { background: var(--error); } .b-warning { background: var(--warning); } .b-info { background: var(--info); }
            .b-UNCERTAIN { background: var(--uncertain); } .b-accepted, .b-PASS { background: var(--accepted); }
            .b-advisory, .b-NOT_APPLICABLE { background: #98a2b3; }
            .kind { display: inline-block; border: 1px solid currentColor; border-radius: 4px; padding: 0 5px; font-size: 12px; }
            .kind-statute { color: #1849a9; } .kind-local { color: #6941c6; } .kind-practice { color: #b54708; }
            .facts td:first-child { color: var(--muted); width: 150px; }
            .category { margin: 18px 0 6px; display: flex; justify-content: space-between; border-bottom: 2px solid var(--line); }
            .finding { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--uncertain); border-radius: 8px;
                       padding: 8px 12px; margin: 8px 0; cursor: pointer; break-inside: avoid; page-break-inside: avoid; }
            .finding.sev-error { border-left-color: var(--error); } .finding.sev-warning { border-left-color: var(--warning); }
            .finding.sev-info { border-left-color: var(--info); } .finding.UNCERTAIN { border-left-style: dashed; border-left-color: var(--uncertain); }
            .finding.accepted, .finding.advisory { border-left-color: #98a2b3; } .finding.selected { box-shadow: 0 0 0 2px #84adff; }
            .finding .msg { margin: 4px 0; } .finding .basis, .finding .advice { font-size: 13px; margin: 3px 0; }
            .finding .basis { color: var(--muted); } .finding .advice { background: #f0f9ff; border-radius: 6px; padding: 4px 8px; }
            .finding ul { margin: 4px 0 0; padding-left: 18px; } .finding li { font-size: 13px; }
            ul.checks { list-style: none; padding: 0; margin: 4px 0 10px; }
            ul.checks li { padding: 3px 0; border-bottom: 1px dashed var(--line); font-size: 13px; break-inside: avoid; }
            ul.checks li .why { display: block; color: var(--muted); font-size: 12px; }
            .layout { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 20px; align-items: start; }
            .text { background: #fff; border: 1px solid var(--line); border-radius: 10px; max-height: 80vh; overflow: auto;
                    font-size: 13px; position: sticky; top: 10px; }
            .line { display: flex; padding: 1px 8px; } .line .ln { color: #98a2b3; width: 44px; flex: none; text-align: right;
                    padding-right: 10px; user-select: none; } .line .tx { white-space: pre-wrap; word-break: break-all; }
            .line.hit { background: #fffaeb; } .line.focus { background: #fee4e2; outline: 2px solid var(--error); }
            .ocr { color: #b54708; font-size: 12px; white-space: nowrap; }
            .bars { display: grid; gap: 4px; }
            .bar-row { display: grid; grid-template-columns: minmax(0, 11em) 1fr 3.5em; gap: 8px; align-items: center; font-size: 13px; }
            .bar-row .label { overflow-wrap: anywhere; } .bar-row .label small { display: block; color: var(--muted); font-size: 11px; }
            .bar-track { background: #f2f4f7; border-radius: 4px; height: 14px; }
            .bar { height: 14px; border-radius: 4px; background: var(--info); min-width: 2px; }
            .histogram { display: flex; align-items: flex-end; gap: 4px; height: 170px; padding-top: 18px; }
            .histogram .col { flex: 1; display: flex; flex-direction: column; justify-content: flex-end; align-items: center; height: 100%; font-size: 12px; }
            .histogram .col .v { color: var(--ink); } .histogram .col .b { width: 100%; border-radius: 3px 3px 0 0; }
            .histogram .col .k { color: var(--muted); font-size: 11px; margin-top: 2px; }
            @media (max-width: 1100px) { .opt { display: none; } .layout, .charts { grid-template-columns: minmax(0, 1fr); } .text { position: static; } }
            @media (max-width: 700px) {
              main { padding: 10px 10px 40px; } h1 { font-size: 19px; }
              #ranking thead { display: none; } #ranking, #ranking tbody, #ranking tr { display: block; width: 100%; }
              #ranking tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 8px; padding: 6px 10px; background: #fff; }
              #ranking td { display: inline-block; border: 0; padding: 0 12px 0 0; text-align: left; }
              #ranking td.organ { display: block; padding: 0 0 2px; }
              #ranking td.opt { display: none; }
              #ranking td[data-label]::before { content: attr(data-label) "："; color: var(--muted); font-weight: 400; }
              .cards { gap: 6px; } .card { min-width: 0; flex: 1 1 28%; padding: 6px 10px; } .card b { font-size: 18px; }
            }
            @media print {
              @page { size: A4; margin: 14mm 12mm; }
              body { background: #fff; font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              main { max-width: none; padding: 0; }
              .noprint, .filters, th.sortable::after { display: none !important; }
              .layout, .charts { display: block; }
              .text { max-height: none; overflow: visible; position: static; border: 0; }
              .line { break-inside: avoid; }
              h2, h3, .category { break-after: avoid; page-break-after: avoid; }
              .finding, .card, .panel, tr { break-inside: avoid; page-break-inside: avoid; }
              th { position: static; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    static String page(Lang lang, String title, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">" + SiteFolder.GENERATOR
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + STYLE + "</style></head><body><main>\n"
                + body + "\n</main>" + (script == null ? "" : "<script>" + script + "</script>") + "</body></html>\n";
    }
}
