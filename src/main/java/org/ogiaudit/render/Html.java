package org.ogiaudit.render;

import org.jsoup.nodes.Entities;

/** What every page of the HTML site shares: escaping, the style sheet and the page shell (no CDN, opens offline). */
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
                    --line: #eaecf0; --bg: #f9fafb; --ink: #101828; --muted: #475467; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--ink);
                   font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
            main { max-width: 1280px; margin: 0 auto; padding: 20px 24px 60px; }
            h1 { font-size: 22px; margin: 4px 0 2px; } h2 { font-size: 17px; margin: 28px 0 10px; } h3 { font-size: 15px; margin: 18px 0 8px; }
            .sub { color: var(--muted); margin: 0 0 14px; } a { color: #1849a9; }
            .cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 14px 0; }
            .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 10px 16px; min-width: 130px; }
            .card b { display: block; font-size: 22px; } .card span { color: var(--muted); font-size: 12px; }
            .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
            .panel { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; }
            .help { background: #fff; border-left: 4px solid var(--info); padding: 8px 14px; color: var(--muted); }
            .filters { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 10px 0; }
            select { font: inherit; padding: 3px 6px; }
            table { border-collapse: collapse; width: 100%; background: #fff; }
            th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #f2f4f7; font-weight: 600; white-space: nowrap; position: sticky; top: 0; }
            th.sortable { cursor: pointer; } th.sortable::after { content: " ⇅"; color: #98a2b3; }
            th[aria-sort=ascending]::after { content: " ▲"; color: var(--ink); } th[aria-sort=descending]::after { content: " ▼"; color: var(--ink); }
            #ranking td:nth-child(2) { min-width: 210px; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .score { font-weight: 700; } .n-error { color: var(--error); font-weight: 600; } .n-warning { color: var(--warning); }
            .n-info { color: var(--info); } .mark { font-size: 12px; color: var(--warning); display: block; }
            tr.unchecked td { color: var(--muted); background: #fcfcfd; }
            .badge { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 12px; color: #fff; }
            .b-error { background: var(--error); } .b-warning { background: var(--warning); } .b-info { background: var(--info); }
            .b-UNCERTAIN { background: var(--uncertain); } .b-accepted { background: var(--accepted); }
            .facts td:first-child { color: var(--muted); width: 180px; }
            .finding { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--uncertain); border-radius: 8px;
                       padding: 8px 12px; margin: 8px 0; cursor: pointer; }
            .finding.sev-error { border-left-color: var(--error); } .finding.sev-warning { border-left-color: var(--warning); }
            .finding.sev-info { border-left-color: var(--info); } .finding.UNCERTAIN { border-left-style: dashed; }
            .finding.accepted { border-left-color: var(--accepted); opacity: .8; } .finding.selected { box-shadow: 0 0 0 2px #84adff; }
            .finding .msg { margin: 4px 0; } .finding .basis { color: var(--muted); font-size: 12px; }
            .finding ul { margin: 4px 0 0; padding-left: 18px; } .finding li { font-size: 13px; }
            .layout { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 20px; align-items: start; }
            .text { background: #fff; border: 1px solid var(--line); border-radius: 10px; max-height: 80vh; overflow: auto;
                    font-size: 13px; position: sticky; top: 10px; }
            .line { display: flex; padding: 1px 8px; } .line .ln { color: #98a2b3; width: 44px; flex: none; text-align: right;
                    padding-right: 10px; user-select: none; } .line .tx { white-space: pre-wrap; word-break: break-all; }
            .line.hit { background: #fffaeb; } .line.focus { background: #fee4e2; outline: 2px solid var(--error); }
            @media (max-width: 980px) { .layout, .charts { grid-template-columns: 1fr; } .text { position: static; } }
            """;

    static String page(String title, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">" + SiteFolder.GENERATOR
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + STYLE + "</style></head><body><main>\n"
                + body + "\n</main>" + (script == null ? "" : "<script>" + script + "</script>") + "</body></html>\n";
    }
}
