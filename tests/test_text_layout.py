"""The text report as ruff and modern compilers lay out diagnostics: a clickable `path:line:col:`
header, the message broken to the terminal's width with a hanging indent, the OKR text with the
evidence underlined, counts per file and for the run; whole lines when piped."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from okrlint.config import Config
from okrlint.discovery import discover
from okrlint.engine import lint
from okrlint.registry import load_registry
from okrlint.renderers import Report, for_humans
from okrlint.renderers.text import INDENT, header, print_report
from tests.helpers import ROOT, cli, write

FILES = {
    "en.okr.yaml": "objectives:\n  - title: Customers finish onboarding on their own\n    key_results:\n"
                   "      - Launch the new onboarding flow\n      - Raise activation from 20% to 35%\n",
    "ru.okr.yaml": "objectives:\n  - title: Клиенты сами проходят онбординг\n    key_results:\n"
                   "      - Провести 10 вебинаров для новых клиентов\n      - Поднять активацию с 20% до 35%\n",
    "zh.okr.yaml": "objectives:\n  - title: 新客户能自己完成上手\n    key_results:\n"
                   "      - 完成CRM系统上线\n      - 新客户7日激活率从20%提升到35%\n",
}


@pytest.fixture()
def okrs(tmp_path: Path) -> Path:
    for name, text in FILES.items():
        write(tmp_path, name, text)
    return tmp_path


def test_piped_text_is_one_header_per_finding_then_the_okr_text_and_counts(okrs: Path) -> None:
    run = cli("check", ".", "--select", "task-not-outcome", "--lang", "en", cwd=okrs)
    assert run.code == 1
    assert run.stdout.splitlines() == [
        "en.okr.yaml:4:9: warning OKR201 [task-not-outcome] “Launch…” is a task, not an outcome: so what? Which number "
        "changes when it is done — write that (e.g. “Raise X from A to B”) and move the task to initiatives",
        "    │ Launch the new onboarding flow",
        "    │ ^^^^^^ task-verb",
        "en.okr.yaml: 1 warning",
        "",
        "ru.okr.yaml:4:9: warning OKR201 [task-not-outcome] “Провести…” is a task, not an outcome: so what? Which number "
        "changes when it is done — write that (e.g. “Raise X from A to B”) and move the task to initiatives",
        "    │ Провести 10 вебинаров для новых клиентов",
        "    │ ^^^^^^^^ task-verb",
        "ru.okr.yaml: 1 warning",
        "",
        "zh.okr.yaml:4:9: warning OKR201 [task-not-outcome] “完成…” is a task, not an outcome: so what? Which number "
        "changes when it is done — write that (e.g. “Raise X from A to B”) and move the task to initiatives",
        "    │ 完成CRM系统上线",
        "    │ ^^^^ completion-state",  # two wide characters: four cells
        "zh.okr.yaml: 1 warning",
        "",
        "3 files, 3 objectives, 6 key results: 3 warnings",
    ]


def test_quiet_is_one_header_a_finding_and_concise_has_severity_and_a_summary(okrs: Path) -> None:
    quiet = cli("check", "ru.okr.yaml", "--select", "task-not-outcome", "-q", cwd=okrs)
    assert quiet.stdout.splitlines() == [
        "ru.okr.yaml:4:9: warning OKR201 [task-not-outcome] «Провести…» — это задача, а не результат. Чтобы что? Какой "
        "показатель изменится — его и запишите («Увеличить X с A до B»), а задачу перенесите в initiatives"]
    concise = cli("check", "zh.okr.yaml", "--select", "task-not-outcome", "--format", "concise", cwd=okrs)
    first, blank, summary = concise.stdout.splitlines()
    assert first.startswith("zh.okr.yaml:4:9: warning OKR201 [task-not-outcome] “完成……”是任务，不是结果。")
    assert (blank, summary) == ("", "1 file, 1 objective, 2 key results: 1 warning")


# -- the layout at a fixed width ------------------------------------------------------------------

def _example_report() -> Report:
    """Every finding okrlint has on the bundled examples (ru, en, zh), as the text format gets them."""
    targets = discover(["examples"], [], []).targets
    result = lint(targets, Config(), load_registry())
    assert {f.lang for f in result.findings} == {"ru", "en", "zh"}
    return for_humans(Report(result.findings, result.summary))


def _rendered(report: Report, width: int) -> list[str]:
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, width=width, color_system=None, soft_wrap=True), width=width)
    return buffer.getvalue().splitlines()


def _follows(text: str, lines: list[str]) -> None:
    """`lines` are `text` broken only at spaces or beside a wide (Chinese) character, nothing lost."""
    at = 0
    for number, line in enumerate(lines):
        piece = line[len(INDENT):] if number else line
        assert text.startswith(piece, at), (piece, text[at:])
        end = at + len(piece)
        if number + 1 < len(lines):
            rest = text[end:]
            stripped = rest.lstrip(" ")
            broke_at_space = len(stripped) < len(rest)
            wide = cell_len(text[end - 1]) == 2 or cell_len(stripped[:1]) == 2
            assert broke_at_space or wide, f"a word was split: {piece!r} | {stripped[:20]!r}"
            end += len(rest) - len(stripped)
        at = end
    assert at == len(text)


@pytest.mark.parametrize("width", [80, 200])
def test_no_line_exceeds_the_width_and_no_word_is_split(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths as a user in the repository sees them
    report = _example_report()
    lines = _rendered(report, width)
    assert max(cell_len(line) for line in lines) <= width
    # Each header is found, broken to the width, with its continuation lines under it.
    for finding in report.findings:
        text = header(finding).plain
        start = next(i for i, line in enumerate(lines) if text.startswith(line) and line.startswith(f"{finding.path}:{finding.line}:"))
        block = [lines[start]]
        for line in lines[start + 1:]:
            if not line.startswith(INDENT) or line.startswith(INDENT + "│"):
                break
            block.append(line)
        _follows(text, block)
        assert len(block) == 1 or cell_len(text) > width  # broken only when it does not fit


def test_a_terminal_gets_lines_broken_to_its_width(okrs: Path) -> None:
    """Through the real CLI on a pseudo-terminal 80 columns wide: wrapped, hanging indent, no colour asked."""
    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "80", "TERM": "xterm", "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "okrlint", "check", "en.okr.yaml", "--select", "task-not-outcome"],
                            cwd=okrs, stdout=secondary, stderr=subprocess.PIPE, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(primary)
    lines = b"".join(chunks).decode("utf-8").replace("\r\n", "\n").splitlines()
    assert "\x1b" not in "".join(lines)
    assert lines[:5] == [
        "en.okr.yaml:4:9: warning OKR201 [task-not-outcome] “Launch…” is a task, not an",
        "    outcome: so what? Which number changes when it is done — write that (e.g.",
        "    “Raise X from A to B”) and move the task to initiatives",
        "    │ Launch the new onboarding flow",
        "    │ ^^^^^^ task-verb",
    ]
    assert max(cell_len(line) for line in lines) <= 80


# -- piped: the lines are written as plain strings, the same characters rich writes ----------------

def _piped(report: Report, quiet: bool, through_rich: bool) -> str:
    """The report as a pipe gets it; `through_rich`: every line rendered by rich (a recording console prints nothing plain)."""
    buffer = io.StringIO()
    console = Console(file=buffer, color_system=None, soft_wrap=True, highlight=False, record=through_rich)
    print_report(report, console, quiet=quiet)
    return buffer.getvalue()


@pytest.mark.parametrize("quiet", [False, True])
def test_piped_lines_are_what_rich_writes_for_them(quiet: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    report = _example_report()
    report.show_statistics = True
    assert _piped(report, quiet, through_rich=False) == _piped(report, quiet, through_rich=True)
    # a tab, a no-break space, a bell: what rich writes otherwise goes through rich
    write(tmp_path, "odd.okr.yaml", 'objectives:\n  - title: "Improve\\tsearch\\x07"\n    key_results:\n'
                                    '      - "Launch the\\u00a0new flow"\n      - "Hold 3\\x07 workshops"\n')
    result = lint(discover([str(tmp_path)], [], []).targets, Config(), load_registry())
    odd = Report(result.findings, result.summary)  # not escaped as for_humans would: the raw characters reach rich
    assert odd.findings
    assert _piped(odd, quiet, through_rich=False) == _piped(odd, quiet, through_rich=True)


@pytest.mark.parametrize("lines_a_write", [1, 2, 1_000])
def test_piped_lines_go_out_in_batches_in_order(lines_a_write: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Plain lines are written a batch at a time (few writes); a line only rich can print comes after the batch before it."""
    from okrlint.renderers import text

    monkeypatch.setattr(text, "LINES_A_WRITE", lines_a_write)
    write(tmp_path, "odd.okr.yaml", 'objectives:\n  - title: "Improve\\tsearch\\x07"\n    key_results:\n'
                                    '      - "Launch the\\u00a0new flow"\n      - "Hold 3\\x07 workshops"\n      - Launch the app\n')
    result = lint(discover([str(tmp_path)], [], []).targets, Config(), load_registry())
    odd = Report(result.findings, result.summary)
    writes: list[str] = []
    buffer = io.StringIO()
    monkeypatch.setattr(buffer, "write", lambda piece: writes.append(piece) or len(piece))
    print_report(odd, Console(file=buffer, color_system=None, soft_wrap=True, highlight=False))
    assert "".join(writes) == _piped(odd, quiet=False, through_rich=True)
    plain = [piece for piece in writes if piece.endswith("\n") and piece.count("\n") > 1]
    assert lines_a_write == 1 or plain  # several lines in one write


@pytest.mark.parametrize("odd_at", ["path", "text", "reason", "none"])
def test_a_finding_block_with_one_unprintable_line_is_written_as_rich_writes_it(odd_at: str) -> None:
    """The plain writer takes a finding's lines at once when all are printable, else line by line (text._PlainLines.block):
    a header, OKR text or reason only rich can print leaves the finding's other lines where they were."""
    from okrlint.findings import Evidence, EvidenceSpan, Finding, RunSummary, Severity, Span

    def finding(line: int, odd: bool) -> Finding:
        path, text, reason = "okrs/a.okr.yaml", "Launch the new flow", "task-verb"
        if odd and odd_at == "path":
            path = "okrs/a\u00a0b.okr.yaml"
        if odd and odd_at == "text":
            text = "Launch the\u00a0new flow"
        if odd and odd_at == "reason":
            reason = "task\tverb"
        return Finding(path, Span(line, 9, line, 15), "OKR201", "task-not-outcome", Severity.WARNING, "m", "en", text=text,
                       evidence=Evidence(reason, (EvidenceSpan(0, 6, "Launch"),)))

    report = Report([finding(3, False), finding(5, True), finding(7, False)], RunSummary(files=1))
    for quiet in (False, True):
        assert _piped(report, quiet, through_rich=False) == _piped(report, quiet, through_rich=True)
