"""The structural fix "move this task KR into the objective's `initiatives:`", planned on YAML text.

A rule offers the move by having a `fix-move-to-initiatives` message in its pack (the fix's
description; see the engine). The move is offered only where a line edit cannot change what else the file
means: the KR is a one-line plain or quoted `- text` item, with no comment on its line and no
`# okrlint:` directive above it, in a block `key_results:` of a block-mapping objective with no
anchors, aliases or merge keys; the objective's `initiatives:` is a block list (appended to) or
absent (written after `key_results:`); and at least one KR stays in the objective.

Several moves in one objective compose: each fix deletes its KR's line and inserts its item at
the same point, after a header insertion that is the same edit in every fix of the objective
(the fixer applies identical edits once, and same-point insertions in the order it took them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import yaml

from okrlint.findings import Edit, Finding, Fix, Suggestion, new_span

_STR_TAG = "tag:yaml.org,2002:str"
_ITEM_PREFIX = re.compile(r" *- +")  # a KR line before its text: indentation, the dash, spaces
_DIRECTIVE = re.compile(r"\s*#.*okrlint:")  # a `# okrlint: disable-next-line` would point at another line
# libyaml is ~10x faster (this pass re-reads every YAML file a move may be offered for). It writes a
# plain scalar's style as "" where PyYAML writes None; only line and column are compared with the
# text, and mark indexes only with each other.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Line breaks str.splitlines knows and YAML does not (or the reverse): positions would disagree. Looked
# for with a regex (a scan in C): a set's isdisjoint made a one-character string of each character of
# the file, ~30 µs a file.
_ODD_BREAK = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class _MovableKr:
    line: int  # 0-based
    written: str  # the KR's text as written, quotes included
    insert_at: int  # 0-based line the initiative item goes before
    dash_column: int  # of the initiative item
    header: str  # "    initiatives:" when the objective has none, else ""


@dataclass(slots=True)
class _Objective:
    key_results: int
    movable: dict[tuple[int, int], _MovableKr]  # (line, column), 1-based as findings give them


def attach_moves(findings: list[Finding], text: str, movers: set[str], describe: Callable[[Finding], str],
                 documents: list[yaml.Node] | None = None) -> list[Finding]:
    """`findings` of one YAML file; those of the `movers` rules about a movable KR get the move as their fix.

    `documents`: the text's documents as the loader composed them (with this module's loader),
    when it has them: the text is not composed again."""
    wanted = [f for f in findings if f.rule in movers]
    if not wanted or _ODD_BREAK.search(text):
        return findings
    lines = text.splitlines(keepends=True)
    at: dict[tuple[int, int], list[Finding]] = {}
    for finding in wanted:
        at.setdefault((finding.span.line, finding.span.column), []).append(finding)
    for objective in _objectives(text, lines, documents, set(at)):
        places = sorted(place for place in objective.movable if place in at)
        about = [f for place in places for f in at[place]]
        if len(places) >= objective.key_results:  # moving them all would leave key_results empty
            about = [f for f in about if (f.span.line, f.span.column) != places[-1]]
        for finding in about:
            kr = objective.movable[(finding.span.line, finding.span.column)]
            description = describe(finding)
            template = finding.suggestion.template if finding.suggestion is not None else ""
            finding.suggestion = Suggestion(template, _fix(kr, lines, description))
    return findings


def _fix(kr: _MovableKr, lines: list[str], description: str) -> Fix:
    ending = "\r\n" if lines[kr.line].endswith("\r\n") else "\n"
    at = new_span(kr.insert_at + 1, 1, kr.insert_at + 1, 1)
    edits = [Edit(new_span(kr.line + 1, 1, kr.line + 2, 1), "")]
    if kr.header:
        edits.append(Edit(at, kr.header + ending))
    edits.append(Edit(at, " " * kr.dash_column + "- " + kr.written + ending))
    return Fix(description, tuple(edits), moves=(kr.line + 1,))


def _objectives(text: str, lines: list[str], documents: list[yaml.Node] | None, wanted: set[tuple[int, int]]) -> list[_Objective]:
    """The block objectives of the text whose KRs a move may take; of their KRs, those at `wanted` places (line, column)."""
    try:
        if documents is None:
            documents = list(yaml.compose_all(text, Loader=_SafeLoader))
        # an anchor is written with "&", an alias with "*": a text with neither has no events to look for
        anchored = [e.start_mark.index for e in yaml.parse(text, Loader=_SafeLoader)
                    if isinstance(e, yaml.AliasEvent) or getattr(e, "anchor", None) is not None] \
            if "&" in text or "*" in text else []
    except yaml.YAMLError:
        return []
    found = []
    for document in documents:
        objectives = _block_value(document, "objectives", yaml.SequenceNode)
        for node in objectives.value if objectives is not None else []:
            if isinstance(node, yaml.MappingNode) and not node.flow_style and \
                    not any(node.start_mark.index <= at <= node.end_mark.index for at in anchored):
                if (objective := _objective(node, lines, wanted)) is not None:
                    found.append(objective)
    return found


def _objective(node: yaml.MappingNode, lines: list[str], wanted: set[tuple[int, int]]) -> _Objective | None:
    keys = {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    if "<<" in keys or "key_results" not in keys:
        return None
    key, krs = keys["key_results"]
    if not isinstance(krs, yaml.SequenceNode) or krs.flow_style or not krs.value:
        return None
    if "initiatives" in keys:
        initiatives = keys["initiatives"][1]
        if not isinstance(initiatives, yaml.SequenceNode) or initiatives.flow_style or not initiatives.value:
            return None
        first = _item_prefix(lines, initiatives.value[0])
        if first is None:
            return None
        header, dash_column, insert_at = "", first.index("-"), _line_after(initiatives, lines)
    else:
        header, dash_column, insert_at = " " * key.start_mark.column + "initiatives:", -1, _line_after(krs, lines)
    if insert_at is None:
        return None
    movable = {}
    for item in krs.value:  # only the KRs a finding is about: most of a file's are not
        place = (item.start_mark.line + 1, item.start_mark.column + 1)
        if place in wanted and (kr := _movable(item, lines, insert_at, dash_column, header)) is not None:
            movable[place] = kr
    return _Objective(len(krs.value), movable)


def _movable(item: yaml.Node, lines: list[str], insert_at: int, dash_column: int, header: str) -> _MovableKr | None:
    """The KR item as a move, when it is a one-line `- text` with nothing else on its line."""
    if not isinstance(item, yaml.ScalarNode) or item.style not in (None, "", "'", '"') or item.tag != _STR_TAG:
        return None
    start, end = item.start_mark, item.end_mark
    prefix = _item_prefix(lines, item)
    if prefix is None or start.line != end.line or lines[start.line][end.column:].strip():
        return None
    if start.line > 0 and _DIRECTIVE.match(lines[start.line - 1]):
        return None
    column = dash_column if dash_column >= 0 else prefix.index("-")
    return _MovableKr(start.line, lines[start.line][start.column:end.column], insert_at, column, header)


def _item_prefix(lines: list[str], item: yaml.Node) -> str | None:
    """What stands before a list item's value on its line, when that is only the indentation and the dash."""
    prefix = lines[item.start_mark.line][:item.start_mark.column]
    return prefix if _ITEM_PREFIX.fullmatch(prefix) else None


def _line_after(sequence: yaml.SequenceNode, lines: list[str]) -> int | None:
    """The 0-based line just after a block list's last item, if that item's line ends with a line break."""
    node: yaml.Node = sequence.value[-1]
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        node = node.value[-1][1] if isinstance(node, yaml.MappingNode) else node.value[-1]
    end = node.end_mark
    after = end.line if end.column == 0 else end.line + 1
    if after == 0 or after > len(lines) or not lines[after - 1].endswith(("\n", "\r")):
        return None
    return after


def _block_value(node: yaml.Node, key: str, kind: type) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        return None
    value = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
    return value if isinstance(value, kind) and not value.flow_style else None


__all__ = ["attach_moves"]
