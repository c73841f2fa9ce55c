"""The OKR system as plain data for people: the alignment tree and per-team quality.

`okrlint tree`, `okrlint stats` and the HTML report read these views; the views read the graph
and the findings of one run, and nothing else. Only the linted files are shown; a parent from
elsewhere in the OKR root is named on the child (`parent`), not drawn.

Tree: groups of the top objectives by level and team (company first), each objective with its
key results and, nested, the linted objectives that name it as `parent:`. Every objective and
KR carries its findings (rule, code, severity, message, line).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from okrlint.findings import Finding
from okrlint.graph import ObjectiveNode, OkrGraph, level_rank

NO_TEAM = "—"


@dataclass(slots=True)
class _Attached:
    """Findings of one objective: on the objective itself, and per KR target."""

    own: list[Finding] = field(default_factory=list)
    by_kr: dict[str, list[Finding]] = field(default_factory=lambda: defaultdict(list))


def team_of(node: ObjectiveNode) -> str:
    return node.team or NO_TEAM


def _finding(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "code": f.code, "severity": f.severity.value, "message": f.message, "line": f.line,
            "column": f.column, "lang": f.lang, "text": f.text,
            "evidence": f.evidence.to_dict() if f.evidence is not None else None}


def attach(nodes: Iterable[ObjectiveNode], findings: list[Finding]) -> tuple[dict[int, _Attached], list[Finding]]:
    """Each finding on the objective (or KR) it is about; the rest (file-level) returned apart."""
    by_file: dict[str, list[ObjectiveNode]] = defaultdict(list)
    for node in nodes:
        by_file[node.file].append(node)
    attached: dict[int, _Attached] = {}
    loose: list[Finding] = []
    for f in findings:
        node = next((n for n in by_file.get(f.path, ()) if f.target.startswith(n.path)
                     and (f.target == n.path or f.target[len(n.path)] == ".")
                     and n.loc.line <= f.line <= max(n.loc.end_line, n.loc.line)), None)
        if node is None:
            loose.append(f)
            continue
        slot = attached.setdefault(id(node), _Attached())
        kr_path = next((kr.path for kr in node.key_results if f.target == kr.path or f.target.startswith(kr.path + ".")), None)
        if kr_path is None:
            slot.own.append(f)
        else:
            slot.by_kr[kr_path].append(f)
    return attached, loose


def system_tree(graphs: list[OkrGraph], files: set[str], findings: list[Finding]) -> dict[str, Any]:
    """The alignment tree of the linted files (of one or more OKR systems), as JSON-able data."""
    graph_of = {id(n): g for g in graphs for n in g.in_files(files)}
    nodes = [n for g in graphs for n in g.in_files(files)]

    def parent_of(node: ObjectiveNode) -> ObjectiveNode | None:
        return graph_of[id(node)].parent_of(node)

    attached, loose = attach(nodes, findings)
    shown = {id(n) for n in nodes}
    children: dict[int, list[ObjectiveNode]] = defaultdict(list)
    roots: list[ObjectiveNode] = []
    for node in nodes:
        parent = parent_of(node)
        if parent is not None and id(parent) in shown and not graph_of[id(node)].loop_from(node):
            children[id(parent)].append(node)
        else:
            roots.append(node)

    def objective(node: ObjectiveNode) -> dict[str, Any]:
        slot = attached.get(id(node), _Attached())
        parent = parent_of(node)
        return {
            "key": node.key, "id": node.id, "title": node.title.value, "file": node.file, "line": node.loc.line,
            "column": node.loc.column, "team": node.team, "owner": node.owner, "level": node.level,
            "period": node.period, "parent": node.parent.value if node.parent else None,
            "parent_title": parent.title.value if parent is not None else None,
            "findings": [_finding(f) for f in slot.own],
            "key_results": [{"title": kr.title.value, "line": kr.title.loc.line, "column": kr.title.loc.column,
                             "owner": kr.owner, "team": kr.team, "findings": [_finding(f) for f in slot.by_kr.get(kr.path, [])]}
                            for kr in node.key_results],
            "children": [objective(c) for c in children[id(node)]],
        }

    groups: dict[tuple[int, str, str], list[dict[str, Any]]] = defaultdict(list)
    for root in roots:
        groups[(level_rank(root.level), root.level, team_of(root))].append(objective(root))
    return {
        "groups": [{"level": level, "team": team, "objectives": objectives}
                   for (_, level, team), objectives in sorted(groups.items())],
        "file_findings": [{"path": f.path, **_finding(f)} for f in loose],
    }


def team_stats(graphs: list[OkrGraph], files: set[str], findings: list[Finding]) -> list[dict[str, Any]]:
    """Per team: objectives, KRs, findings by rule, and the share of KRs without a finding."""
    nodes = [n for g in graphs for n in g.in_files(files)]
    attached, loose = attach(nodes, findings)
    rows: dict[str, dict[str, Any]] = {}
    team_by_file: dict[str, str] = {}
    for node in nodes:
        team = team_of(node)
        team_by_file.setdefault(node.file, team)
        row = rows.setdefault(team, {"team": team, "objectives": 0, "key_results": 0, "clean_key_results": 0,
                                     "findings": Counter()})
        row["objectives"] += 1
        row["key_results"] += len(node.key_results)
        slot = attached.get(id(node), _Attached())
        row["clean_key_results"] += sum(1 for kr in node.key_results if not slot.by_kr.get(kr.path))
        row["findings"].update(f.rule for f in slot.own)
        row["findings"].update(f.rule for fs in slot.by_kr.values() for f in fs)
    for f in loose:
        team = team_by_file.get(f.path, NO_TEAM)
        rows.setdefault(team, {"team": team, "objectives": 0, "key_results": 0, "clean_key_results": 0,
                               "findings": Counter()})["findings"][f.rule] += 1
    out = []
    for team in sorted(rows, key=lambda t: (t == NO_TEAM, t)):
        row = rows[team]
        krs = row["key_results"]
        out.append({**row, "findings": dict(sorted(row["findings"].items())),
                    "quality": round(row["clean_key_results"] / krs, 3) if krs else None})
    return out
