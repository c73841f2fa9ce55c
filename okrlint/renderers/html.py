"""`--format html`: one self-contained page a head of strategy opens from `file://`.

The alignment tree (collapsible, `<details>`), each objective and key result with its findings
and their evidence, quality bars per team, filters by rule, team and severity, and every rule's
documentation on the page. No network: CSS and the few lines of JS are inline. Every string that
comes from an OKR file (titles, teams, owners, messages that quote them) goes through
`html.escape` into text or quoted attributes, never into markup or script; the script reads only
`data-` attributes the browser has already unescaped. Filters can be preset in the address:
`report.html?rule=unknown-parent&severity=error&team=Sales`.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any, Iterable

from okrlint.renderers import Report

LEVEL_NAMES = {"company": "Company", "team": "Team", "person": "Person"}


def e(value: Any) -> str:
    """Text or attribute content: everything that could be markup is escaped, quotes too."""
    return escape("" if value is None else str(value), quote=True)


def render(report: Report) -> str:
    system = report.system or {"tree": {"groups": [], "file_findings": []}, "teams": []}
    findings = report.findings
    by_severity = Counter(f.severity.value for f in findings)
    rules_found = sorted({f.rule for f in findings})
    teams = [t["team"] for t in system["teams"]]
    summary = report.summary
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>OKR report — okrlint {e(report.version)}</title><style>{CSS}</style></head><body>",
        "<header><h1>OKR report</h1>",
        f"<p class=\"summary\" id=\"summary\" data-findings=\"{len(findings)}\">{summary.files} files · "
        f"{summary.objectives} objectives · {summary.key_results} key results · ",
        " · ".join(f"<span class=\"sev-{s}\">{by_severity[s]} {s}{'' if by_severity[s] == 1 else 's'}</span>"
                   for s in ("error", "warning", "info")),
        f" · okrlint {e(report.version)}</p></header>",
        _filters(rules_found, teams, len(findings)),
        _teams(system["teams"]),
        "<main><h2>Alignment</h2>",
        "".join(_group(g) for g in system["tree"]["groups"]) or "<p class=\"empty\">No objectives.</p>",
        _file_findings(system["tree"]["file_findings"]),
        "</main>",
        _rules(report, rules_found),
        f"<script>{SCRIPT}</script></body></html>\n",
    ])


def _filters(rules: list[str], teams: list[str], total: int) -> str:
    def select(name: str, label: str, values: Iterable[str]) -> str:
        options = "".join(f"<option value=\"{e(v)}\">{e(v)}</option>" for v in values)
        return (f"<label>{label} <select id=\"filter-{name}\" data-filter=\"{name}\">"
                f"<option value=\"\">all</option>{options}</select></label>")

    return ("<nav class=\"filters\">" + select("rule", "Rule", rules) + select("severity", "Severity", ("error", "warning", "info"))
            + select("team", "Team", teams)
            + f"<span class=\"shown\"><span id=\"shown-count\">{total}</span> of {total} findings shown</span></nav>")


def _teams(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    out = ["<section class=\"teams\"><h2>Quality by team</h2><p class=\"hint\">Share of key results without findings</p>"]
    for row in rows:
        quality = row["quality"]
        share = 0 if quality is None else round(quality * 100)
        level = "good" if share >= 80 else "fair" if share >= 50 else "poor"
        count = sum(row["findings"].values())
        out.append(f"<div class=\"team-row\" data-team=\"{e(row['team'])}\"><span class=\"team-name\">{e(row['team'])}</span>"
                   f"<span class=\"bar\"><span class=\"fill {level}\" style=\"width:{share}%\"></span></span>"
                   f"<span class=\"team-figures\">{'—' if quality is None else f'{share}%'} · {row['objectives']} obj · "
                   f"{row['key_results']} KRs · {count} findings</span></div>")
    return "".join(out) + "</section>"


def _group(group: dict[str, Any]) -> str:
    team = group["team"] if group["team"] != "—" else "(no team)"
    head = f"<h3>{e(LEVEL_NAMES.get(group['level'], group['level']))} · {e(team)}</h3>"
    return f"<section class=\"group\">{head}" + "".join(_objective(o, group["team"]) for o in group["objectives"]) + "</section>"


def _objective(objective: dict[str, Any], group_team: str) -> str:
    team = objective["team"] or "—"
    meta = []
    if objective["team"] and objective["team"] != group_team:
        meta.append(f"<span class=\"team-badge\">{e(objective['team'])}</span>")
    if objective["owner"]:
        meta.append(f"<span class=\"owner\">{e(objective['owner'])}</span>")
    if objective["parent"]:
        meta.append(f"<span class=\"parent\">↑ {e(objective['parent'])}</span>")
    meta.append(f"<span class=\"where\">{e(objective['file'])}:{objective['line']}</span>")
    krs = "".join(_key_result(kr, team) for kr in objective["key_results"])
    children = "".join(_objective(c, group_team) for c in objective["children"])
    return (f"<details class=\"objective\" open data-team=\"{e(team)}\"><summary><span class=\"o-title\">{e(objective['title'])}</span>"
            f"{_badges(objective['findings'])}<span class=\"meta\">{''.join(meta)}</span></summary>"
            f"{_finding_list(objective['findings'], team)}<ul class=\"krs\">{krs}</ul>"
            f"{f'<div class=children>{children}</div>' if children else ''}</details>")


def _key_result(kr: dict[str, Any], team: str) -> str:
    owner = kr["owner"] or kr["team"]
    owner_html = f" <span class=\"owner\">{e(owner)}</span>" if owner else ""
    return (f"<li class=\"kr\"><span class=\"kr-title\">{e(kr['title'])}</span>{owner_html}{_badges(kr['findings'])}"
            f"{_finding_list(kr['findings'], team)}</li>")


def _badges(findings: list[dict[str, Any]]) -> str:
    return "".join(f"<span class=\"badge sev-{e(f['severity'])}\">{e(f['rule'])}</span>" for f in findings)


def _finding_list(findings: list[dict[str, Any]], team: str) -> str:
    if not findings:
        return ""
    return "<ul class=\"findings\">" + "".join(_finding(f, team) for f in findings) + "</ul>"


def _finding(f: dict[str, Any], team: str) -> str:
    return (f"<li class=\"finding sev-{e(f['severity'])}\" data-rule=\"{e(f['rule'])}\" data-severity=\"{e(f['severity'])}\" "
            f"data-team=\"{e(team)}\" lang=\"{e(f['lang'])}\"><a class=\"rule-link\" href=\"#rule-{e(f['rule'])}\">"
            f"{e(f['code'])} {e(f['rule'])}</a> <span class=\"line\">line {f['line']}</span> "
            f"<span class=\"message\">{e(f['message'])}</span>{_evidence(f)}</li>")


def _evidence(f: dict[str, Any]) -> str:
    """The OKR text with the trigger words marked, and the reason code."""
    evidence, text = f.get("evidence"), f.get("text") or ""
    if not evidence or not text:
        return ""
    parts, at = [], 0
    for span in evidence["spans"]:
        if span["start"] < at:
            continue
        parts.append(e(text[at:span["start"]]) + f"<mark>{e(text[span['start']:span['end']])}</mark>")
        at = span["end"]
    parts.append(e(text[at:]))
    return f"<div class=\"evidence\"><q>{''.join(parts)}</q> <span class=\"reason\">{e(evidence['reason'])}</span></div>"


def _file_findings(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return ""
    items = "".join(_finding(f, "—").replace("<a class", f"<span class=\"where\">{e(f['path'])}</span> <a class", 1) for f in findings)
    return f"<section class=\"group\"><h3>Files</h3><ul class=\"findings\">{items}</ul></section>"


def _rules(report: Report, found: list[str]) -> str:
    shown = [r for r in report.rules if r.name in found] + [r for r in report.rules if r.name not in found]
    items = "".join(f"<details class=\"rule\" id=\"rule-{e(r.name)}\"><summary><b>{e(r.code)}</b> {e(r.name)} — {e(r.summary)}</summary>"
                    f"<p>{e(r.rationale)}</p></details>" for r in shown)
    return f"<section class=\"rules\"><h2>Rules</h2>{items}</section>"


CSS = """
:root{--err:#c62828;--warn:#b26a00;--info:#0277bd;--ok:#2e7d32;--line:#e0e0e0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif}
body{margin:0 auto;max-width:1200px;padding:16px;color:#212121;line-height:1.45;background:#fafafa}
h1{margin:.2em 0}h2{margin:1.2em 0 .4em;font-size:1.25em}h3{margin:1em 0 .3em;color:#6a1b9a;font-size:1.05em}
.summary{color:#555}.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.filters{position:sticky;top:0;z-index:2;background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
.filters select{font:inherit;padding:2px 4px;max-width:14em}.shown{margin-left:auto;color:#555}
.teams{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 12px 10px;margin-top:12px}.hint{margin:0 0 6px;color:#777;font-size:.9em}
.team-row{display:grid;grid-template-columns:minmax(8em,16em) 1fr auto;gap:10px;align-items:center;margin:4px 0}
.bar{height:12px;background:#eee;border-radius:6px;overflow:hidden}.fill{display:block;height:100%}
.fill.good{background:var(--ok)}.fill.fair{background:#f9a825}.fill.poor{background:var(--err)}.team-figures{color:#555;font-size:.9em;white-space:nowrap}
details.objective{background:#fff;border:1px solid var(--line);border-left:4px solid #7e57c2;border-radius:6px;margin:8px 0;padding:6px 10px}
details.objective>summary{cursor:pointer;list-style-position:outside}.o-title{font-weight:600}
.meta{display:flex;flex-wrap:wrap;gap:4px 10px;font-size:.85em;color:#666;margin-top:2px}
.team-badge{background:#ede7f6;color:#4527a0;border-radius:4px;padding:0 6px}.parent,.where{font-family:ui-monospace,monospace;font-size:.95em}
.badge{display:inline-block;font-size:.75em;border-radius:10px;padding:0 7px;margin-left:6px;color:#fff;background:var(--info)}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}
ul.krs{margin:6px 0 4px;padding-left:1.2em}.kr{margin:4px 0}.owner{color:#666;font-size:.85em}
ul.findings{margin:4px 0;padding-left:1em;list-style:none}.finding{border-left:3px solid var(--info);padding:2px 8px;margin:4px 0;background:#f5f9fc}
.finding.sev-error{border-color:var(--err);background:#fdf3f3}.finding.sev-warning{border-color:var(--warn);background:#fffaf0}
.rule-link{font-family:ui-monospace,monospace;font-size:.85em}.line{color:#888;font-size:.8em}
.evidence{font-size:.9em;color:#444;margin-top:2px}mark{background:#ffe082;padding:0 1px}.reason{color:#888;font-style:italic}
.children{margin-left:14px;border-left:2px dashed #d1c4e9;padding-left:10px}
.rules details{background:#fff;border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:6px 10px}
[hidden]{display:none!important}
@media (max-width:640px){body{padding:8px}.team-row{grid-template-columns:1fr;gap:2px}.shown{margin-left:0}.children{margin-left:4px;padding-left:6px}}
"""

SCRIPT = """
(function(){
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var params = new URLSearchParams(window.location.search);
  selects.forEach(function(s){ var v = params.get(s.dataset.filter); if (v !== null) { s.value = v; } s.addEventListener('change', apply); });
  function value(name){ return document.getElementById('filter-' + name).value; }
  function apply(){
    var rule = value('rule'), severity = value('severity'), team = value('team'), shown = 0;
    var narrowing = rule !== '' || severity !== '';
    document.querySelectorAll('.finding').forEach(function(f){
      var ok = (!rule || f.dataset.rule === rule) && (!severity || f.dataset.severity === severity) && (!team || f.dataset.team === team);
      f.hidden = !ok; if (ok) { shown++; }
    });
    document.querySelectorAll('.kr').forEach(function(k){ k.hidden = narrowing && !k.querySelector('.finding:not([hidden])'); });
    var objectives = Array.prototype.slice.call(document.querySelectorAll('details.objective')).reverse();
    objectives.forEach(function(o){
      var mine = !team || o.dataset.team === team;
      var child = o.querySelector('details.objective:not([hidden])');
      var found = o.querySelector('.finding:not([hidden])');
      o.hidden = !(child || (mine && (!narrowing || found)));
    });
    document.querySelectorAll('.team-row').forEach(function(r){ r.hidden = team !== '' && r.dataset.team !== team; });
    document.querySelectorAll('section.group').forEach(function(g){
      g.hidden = !g.querySelector('details.objective:not([hidden]), .finding:not([hidden])');
    });
    document.getElementById('shown-count').textContent = String(shown);
  }
  document.querySelectorAll('a.rule-link').forEach(function(a){
    a.addEventListener('click', function(){ var d = document.getElementById(a.getAttribute('href').slice(1)); if (d) { d.open = true; } });
  });
  apply();
})();
"""
