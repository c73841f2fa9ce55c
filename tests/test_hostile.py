"""Hostile and broken input: every file gets its own located message, fast, and never stops the run.

The corpus is generated here (no committed binaries). Each case is a file okrlint must refuse or
flag with a specific `invalid-okr` message at an exact line and column, within 2 CPU seconds.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from okrlint.loader import Limits, guess_encoding, load_bytes, read_path
from tests.helpers import EXAMPLES, ROOT, alias_bomb, check_json, cli, cli_process

SECONDS = 2.0  # a bound on work (CPU seconds of this process, so a busy machine cannot fail it), not a benchmark
STRUCTURE = ("--select", "OKR1")  # rules that need no language analysis; invalid-okr is always on
GOOD_EN = (EXAMPLES / "en" / "good.okr.yaml").read_text(encoding="utf-8")
GOOD_RU = (EXAMPLES / "ru" / "good.okr.yaml").read_text(encoding="utf-8")
GOOD_ZH = (EXAMPLES / "zh" / "good.okr.yaml").read_text(encoding="utf-8")
ONE_KR = "objectives:\n  - title: Make onboarding effortless\n    key_results: [Cut time to first deploy from 5 days to 1 day]\n"


def billion_laughs() -> bytes:
    return alias_bomb().encode()


def first_non_ascii(text: str) -> tuple[int, int]:
    """1-based line and column of the first non-ASCII character (where a legacy encoding shows)."""
    at = next(i for i, ch in enumerate(text) if ord(ch) > 127)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


@dataclass(frozen=True)
class Hostile:
    name: str
    content: Callable[[], bytes]
    message: str  # part of the English message ("" for findings of other rules, whose wording is theirs)
    line: int
    column: int
    rule: str = "invalid-okr"


RU_LINE, RU_COLUMN = first_non_ascii(GOOD_RU)
ZH_LINE, ZH_COLUMN = first_non_ascii(GOOD_ZH)
DEEP_LIST = 30_000

CORPUS = [
    Hostile("deep-nesting", lambda: b"objectives: " + b"[" * DEEP_LIST + b"]" * DEEP_LIST + b"\n",
            "YAML nesting is deeper than 64 levels", 1, len("objectives: ") + 64),  # the mapping is level 1
    Hostile("billion-laughs", billion_laughs, "YAML aliases expand to more than 50000 nodes", 5, 28),
    Hostile("six-mb", lambda: b"# padding\n" * (6 * 1024 * 1024 // 10 + 1),
            "File is too large to lint (6291460 bytes, limit 5242880)", 1, 1),
    Hostile("nul-bytes", lambda: b"objectives:\n  - title: Make it\x00 work\n", "File looks binary (NUL byte at line 2, column 19)", 2, 19),
    Hostile("cp1251-russian", lambda: GOOD_RU.encode("cp1251"),
            "it looks like CP1251 (Windows Cyrillic). Convert it: iconv -f CP1251 -t UTF-8", RU_LINE, RU_COLUMN),
    Hostile("gbk-chinese", lambda: GOOD_ZH.encode("gbk"),
            "it looks like GBK/GB18030 (Chinese). Convert it: iconv -f GB18030 -t UTF-8", ZH_LINE, ZH_COLUMN),
    # Decoded correctly, so the OKR is linted as usual: the one-KR objective is found at its title.
    Hostile("utf16-bom", lambda: ONE_KR.encode("utf-16"), "", 2, 12, rule="too-few-krs"),
    Hostile("utf16-be-bom", lambda: codecs.BOM_UTF16_BE + ONE_KR.encode("utf-16-be"), "", 2, 12, rule="too-few-krs"),
    Hostile("utf8-bom", lambda: codecs.BOM_UTF8 + b"objectives:\n- title: Make onboarding effortless\n  key_results: [x]\n",
            "", 2, 10, rule="too-few-krs"),
    Hostile("utf8-bom-then-latin1", lambda: codecs.BOM_UTF8 + "title: Café".encode("latin-1") + b"\n",
            "(byte 0xE9 at line 1, column 11); it looks like Latin-1 (ISO-8859-1). Convert it: iconv -f LATIN1 -t UTF-8", 1, 11),
    Hostile("utf16-bom-broken", lambda: codecs.BOM_UTF16_LE + "title: x".encode("utf-16-le") + b"\x00\xdc",
            "File starts with a UTF-16 byte-order mark but is not valid UTF-16", 1, 1),
    Hostile("utf16-without-bom", lambda: ONE_KR.encode("utf-16-le"), "File looks like UTF-16LE without a byte-order mark", 1, 1),
    Hostile("tabs", lambda: b"objectives:\n  - title: Make it work\n\tkey_results: []\n",
            "Tabs are not allowed for indentation in YAML; use spaces", 3, 1),
    Hostile("tab-before-dash", lambda: b"objectives:\n \t- title: Make it work\n",
            "Tabs are not allowed for indentation in YAML; use spaces", 2, 2),
    Hostile("merge-markers", lambda: b"objectives:\n<<<<<<< HEAD\n  - title: A\n=======\n  - title: B\n>>>>>>> feature\n",
            "Unresolved merge conflict markers (`<<<<<<<`)", 2, 1),
    Hostile("duplicate-keys", lambda: b"objectives:\n  - title: A\n    title: B\n",
            "Duplicate key `title` (first on line 2)", 3, 5),
    Hostile("title-yes", lambda: b"objectives:\n  - title: yes\n",
            "objectives[0].title must be text, but YAML reads `yes` as a boolean; put it in quotes", 2, 12),
    Hostile("title-2026", lambda: b"objectives:\n  - title: 2026\n",
            "objectives[0].title must be text, but YAML reads `2026` as a number; put it in quotes", 2, 12),
    Hostile("empty-file", lambda: b"", "File holds no OKR set (it is empty)", 1, 1),
    Hostile("blank-file", lambda: b"\n  \n\n", "File holds no OKR set (it is empty)", 1, 1),
    Hostile("only-comments", lambda: b"# OKRs for Q3\n# to be written\n", "File holds only comments, no OKR set", 1, 1),
    Hostile("empty-documents", lambda: b"# two empty sets\n---\n---\n", "Empty YAML document (`---` with nothing after it)", 2, 1),
    Hostile("top-level-list", lambda: b"- title: Make it work\n  key_results: [a, b]\n",
            "An OKR set must be a mapping with `objectives:`, got a list", 1, 1),
    Hostile("null-title", lambda: b"objectives:\n  - title:\n    key_results: [a, b]\n",
            "objectives[0].title is empty (null); write the text or remove the key", 2, 11),
    Hostile("deep-but-allowed", lambda: b"objectives:\n  - title: " + b"[" * 60 + b"x" + b"]" * 60 + b"\n",
            "objectives[0].title must be a string, got a list", 2, 12),
    Hostile("huge-single-line", lambda: b"objectives:\n  - title: " + b"a" * 1_000_000 + b"\n",
            "A text of 1000000 characters (limit 10000)", 2, 12),
    Hostile("invalid-utf8-mid-file", lambda: GOOD_RU.encode() + "      - Поднять NPS с 30 до 50 — caf".encode() + b"\xe9\n",
            "File is UTF-8 except for byte 0xE9", GOOD_RU.count("\n") + 1, len("      - Поднять NPS с 30 до 50 — caf") + 1),
    Hostile("control-character", lambda: "objectives:\n  - title: Цель\x07\n".encode(),
            "Character U+0007 is not allowed in YAML", 2, 16),
    Hostile("recursive-alias", lambda: b"objectives: &loop\n  - title: A\n    key_results: *loop\n",
            "Alias `*loop` points into its own anchor", 3, 18),
]


def _finding(findings: list[dict], case: Hostile) -> dict:
    matching = [f for f in findings if f["rule"] == case.rule and case.message in f["message"]]
    assert matching, f"{case.name}: no {case.rule} finding with {case.message!r} in {findings}"
    return matching[0]


@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c.name)
def test_each_hostile_file_gets_its_own_located_message_quickly(tmp_path: Path, case: Hostile) -> None:
    path = tmp_path / f"{case.name}.okr.yaml"
    path.write_bytes(case.content())
    started = time.process_time()  # the run is in-process: its CPU time, not the machine's load
    run = check_json(path, "--lang", "en", *STRUCTURE, cwd=tmp_path)
    elapsed = time.process_time() - started
    assert run.code == 1, run.stdout + run.stderr
    finding = _finding(run.findings, case)
    assert (finding["line"], finding["column"]) == (case.line, case.column)
    assert (finding["end_line"], finding["end_column"]) >= (finding["line"], finding["column"])
    assert elapsed < SECONDS, f"{case.name} took {elapsed:.2f}s"


def test_a_folder_of_hostile_files_still_lints_the_good_ones(tmp_path: Path) -> None:
    for case in CORPUS:
        (tmp_path / f"{case.name}.okr.yaml").write_bytes(case.content())
    (tmp_path / "good.okr.yaml").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "one-kr.okr.yaml").write_text(ONE_KR, encoding="utf-8")
    run = check_json(tmp_path, "--lang", "en", *STRUCTURE, cwd=tmp_path)
    assert run.code == 1
    by_file: dict[str, list[dict]] = {}
    for finding in run.findings:
        by_file.setdefault(Path(finding["path"]).name, []).append(finding)
    for case in CORPUS:
        assert _finding(by_file.get(f"{case.name}.okr.yaml", []), case)
    assert "good.okr.yaml" not in by_file
    assert [f["rule"] for f in by_file["one-kr.okr.yaml"]] == ["too-few-krs"]


def test_text_report_counts_every_file_of_the_folder(tmp_path: Path) -> None:
    for case in CORPUS[:6]:
        (tmp_path / f"{case.name}.okr.yaml").write_bytes(case.content())
    (tmp_path / "good.okr.yaml").write_text(GOOD_EN, encoding="utf-8")
    run = cli("check", str(tmp_path), "--no-color", *STRUCTURE, cwd=tmp_path)
    assert run.code == 1
    assert "7 files" in run.stdout


# -- the limits themselves -------------------------------------------------------------------

def test_billion_laughs_stays_small_in_a_real_process(tmp_path: Path) -> None:
    """Peak RSS of a whole `okrlint check` process on an alias bomb, measured by a parent process."""
    bomb = tmp_path / "bomb.okr.yaml"
    bomb.write_bytes(billion_laughs())
    measure = (
        "import resource, subprocess, sys\n"
        "proc = subprocess.run([sys.executable, '-m', 'okrlint', 'check', sys.argv[1], '--lang', 'en'], capture_output=True, text=True)\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(proc.returncode, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
        "print(proc.stdout)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-c", measure, str(bomb)], capture_output=True, text=True, env=env, timeout=60)
    code, peak_kib, cpu_seconds = out.stdout.split("\n", 1)[0].split()
    assert int(code) == 1
    assert "aliases expand to more than" in out.stdout
    assert int(peak_kib) < 200 * 1024, f"peak RSS {int(peak_kib) // 1024} MiB"
    assert float(cpu_seconds) < 10  # a whole interpreter start plus the run, in CPU seconds (a busy machine cannot fail it)


def test_deep_nesting_does_not_crash_a_real_process(tmp_path: Path) -> None:
    """libyaml's composer segfaults at this depth; the event pass must stop it first."""
    deep = tmp_path / "deep.okr.yaml"
    deep.write_bytes(b"a:\n" + b"".join(b" " * level + b"- \n" for level in range(1, 3000)) + b"[" * 30_000)
    run = cli_process("check", str(deep), "--lang", "en", "--format", "json")
    assert run.code == 1, run.stderr
    (finding,) = run.findings
    assert "deeper than 64 levels" in finding["message"] and finding["line"] == 65  # line k opens level k
    assert "Traceback" not in run.stderr


def test_legitimate_aliases_are_fine() -> None:
    text = b"objectives:\n  - title: A\n    key_results: &krs [Raise NPS from 30 to 50, Cut churn from 5% to 3%]\n" \
           b"  - title: B\n    key_results: *krs\n"
    loaded = load_bytes(text, "t.okr.yaml")
    assert loaded.problems == [] and len(loaded.documents) == 1


def test_an_alias_costs_the_size_of_its_anchor() -> None:
    """100 aliases to a 600-node anchor pass a 60,000 budget and fail a 50,000 one."""
    anchor = "base: &big [" + ", ".join(["x"] * 599) + "]\n"
    uses = "".join(f"u{i}: *big\n" for i in range(100))
    text = (anchor + uses).encode()
    assert load_bytes(text, "t", Limits(max_alias_nodes=60_000)).problems == []
    (problem,) = load_bytes(text, "t", Limits(max_alias_nodes=50_000)).problems
    assert problem.kind == "alias-bomb" and problem.line == 1 + 84  # the 84th alias crosses 50,000


def test_node_and_document_limits() -> None:
    (many,) = load_bytes(b"[" + b"1," * 2_000 + b"1]", "t", Limits(max_nodes=1_000)).problems
    assert many.kind == "too-many-nodes"
    (docs,) = load_bytes(b"---\na: 1\n" * 20, "t", Limits(max_documents=10)).problems
    assert (docs.kind, docs.line) == ("too-many-documents", 21)


def test_max_file_size_from_the_config_is_honoured(tmp_path: Path) -> None:
    (tmp_path / ".okrlint.yaml").write_text("max-file-size: 100\n", encoding="utf-8")
    path = tmp_path / "t.okr.yaml"
    path.write_text(GOOD_EN, encoding="utf-8")
    run = check_json(path, "--lang", "en", *STRUCTURE, cwd=tmp_path)
    assert run.code == 1
    assert f"File is too large to lint ({len(GOOD_EN.encode())} bytes, limit 100)" in run.findings[0]["message"]


def test_stdin_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / ".okrlint.yaml").write_text("max-file-size: 50\n", encoding="utf-8")
    run = cli("check", "-", "--format", "json", "--lang", "en", *STRUCTURE, stdin=GOOD_EN, cwd=tmp_path)
    assert run.code == 1 and "File is too large to lint" in run.findings[0]["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "okrs" / "pipe.yaml"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    loaded = read_path(fifo, "okrs/pipe.yaml")
    assert [(p.kind, p.params) for p in loaded.problems] == [("unreadable", {"reason": "not a regular file"})]


# -- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("title: Цель\n", "cp1251", "cp1251"),
        ("title: Сократить цикл сделки с 90 до 60 дней\n", "cp1251", "cp1251"),
        ("title: 目标\n", "gbk", "gb18030"),
        ("title: 将企业销售占比从20%提升到35%\n", "gbk", "gb18030"),
        ("title: Café résumé naïve\n", "latin-1", "latin-1"),
        ("title: Größe der Kundenbasis verdoppeln\n", "latin-1", "latin-1"),
    ],
)
def test_the_likely_encoding_is_named(text: str, codec: str, expected: str) -> None:
    assert guess_encoding(text.encode(codec))[1] == expected


def test_a_cp1251_file_is_reported_in_russian_without_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "ru.okr.yaml"
    path.write_bytes(GOOD_RU.encode("cp1251"))
    (finding,) = check_json(path, *STRUCTURE, cwd=tmp_path).findings
    assert finding["lang"] == "ru"
    assert finding["message"].startswith("Файл не в кодировке UTF-8") and "CP1251" in finding["message"]
    assert finding["text"] == ""  # nothing from the undecodable file is echoed back


def test_utf16_and_bom_files_keep_their_positions(tmp_path: Path) -> None:
    plain = tmp_path / "plain.okr.yaml"
    plain.write_text(GOOD_RU, encoding="utf-8")
    expected = check_json(plain, "--select", "ALL", cwd=tmp_path).findings
    for name, data in [("bom8", codecs.BOM_UTF8 + GOOD_RU.encode()), ("bom16", GOOD_RU.encode("utf-16")),
                       ("bom32", GOOD_RU.encode("utf-32"))]:
        path = tmp_path / f"{name}.okr.yaml"
        path.write_bytes(data)
        run = check_json(path, "--select", "ALL", cwd=tmp_path)
        assert [{**f, "path": ""} for f in run.findings] == [{**f, "path": ""} for f in expected], name


# -- a crashing rule or plugin ---------------------------------------------------------------

PLUGIN = '''\
from okrlint.findings import Severity
from okrlint.registry import Rule


def divide(objective, ctx):
    yield from ()
    1 / 0


RULE = Rule(code="XYZ100", name="crashy-rule", severity=Severity.WARNING, scope="objective",
            summary={"en": "Crashes."}, rationale={"en": "To test okrlint."}, messages={}, check=divide)
'''


def _install_plugins(site: Path, entry_points: str) -> dict[str, str]:
    """A plugin distribution on sys.path: a module plus a dist-info folder with entry points."""
    (site / "crashy_plugin.py").write_text(PLUGIN, encoding="utf-8")
    dist_info = site / "crashy_plugin-0.1.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashy-plugin\nVersion: 0.1\n", encoding="utf-8")
    (dist_info / "entry_points.txt").write_text(f"[okrlint.rules]\n{entry_points}", encoding="utf-8")
    return {"PYTHONPATH": os.pathsep.join([str(ROOT), str(site)])}


def test_a_rule_that_raises_becomes_an_internal_error_and_the_run_goes_on(tmp_path: Path) -> None:
    from okrlint.config import Config
    from okrlint.discovery import Target
    from okrlint.engine import exit_code, lint
    from okrlint.findings import Severity
    from okrlint.registry import Registry, Rule, load_registry

    def explode(objective, ctx):
        raise RuntimeError(f"cannot judge {objective.title.value}")

    crashing = Rule(code="XYZ101", name="exploding", severity=Severity.WARNING, scope="objective", summary={"en": "x"},
                    rationale={"en": "x"}, messages={}, check=explode)
    registry = Registry(rules=[*load_registry().rules, crashing])
    path = tmp_path / "t.okr.yaml"
    path.write_text(ONE_KR, encoding="utf-8")
    result = lint([Target("t.okr.yaml", path)], Config(select=["too-few-krs", "exploding"], lang="en"), registry)
    crashed = [f for f in result.findings if f.rule == "internal-error"]
    assert [f.message for f in crashed] == [
        "Rule exploding crashed on this file (RuntimeError: cannot judge Make onboarding effortless); "
        "please report it (run with --debug for the traceback)"]
    assert "too-few-krs" in {f.rule for f in result.findings}  # the other rules still ran
    assert exit_code(result, Severity.WARNING) == 2 and exit_code(result, Severity.WARNING, exit_zero=True) == 2
    assert "Traceback" in result.tracebacks[0] and "RuntimeError: cannot judge" in result.tracebacks[0]


def test_a_crashing_plugin_rule_exits_2_and_shows_its_traceback_only_with_debug(tmp_path: Path) -> None:
    env = _install_plugins(tmp_path, "crashy = crashy_plugin:RULE\n")
    okr = tmp_path / "t.okr.yaml"
    okr.write_text(GOOD_EN, encoding="utf-8")
    run = cli_process("check", str(okr), "--lang", "en", "--select", "OKR1,XYZ100", env=env)
    assert run.code == 2
    assert "Rule crashy-rule crashed on this file (ZeroDivisionError: division by zero)" in " ".join(run.stdout.split())
    assert "a rule crashed (internal-error)" in " ".join(run.stderr.split()) and "Traceback" not in run.stderr
    debug = cli_process("check", str(okr), "--lang", "en", "--select", "OKR1,XYZ100", "--debug", env=env)
    assert debug.code == 2
    assert "Traceback (most recent call last)" in debug.stderr and "1 / 0" in debug.stderr


def test_a_plugin_that_fails_to_import_is_reported_and_the_rest_is_linted(tmp_path: Path) -> None:
    env = _install_plugins(tmp_path, "broken = no_such_module_anywhere:RULE\n")
    okr = tmp_path / "t.okr.yaml"
    okr.write_text(ONE_KR, encoding="utf-8")
    run = cli_process("check", str(okr), "--format", "json", "--lang", "en", *STRUCTURE, env=env)
    assert run.code == 2, run.stderr
    messages = {f["rule"]: f["message"] for f in run.findings}
    assert messages["internal-error"] == ("Plugin broken could not be loaded and was skipped: "
                                          "ModuleNotFoundError: No module named 'no_such_module_anywhere'")
    assert "too-few-krs" in messages
    assert "Traceback" not in run.stderr
