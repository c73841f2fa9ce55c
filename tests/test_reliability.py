"""The reliability issue's findings, each through the real CLI: no input can hurt the user.

Forged CI annotations and terminal escapes, a huge max-file-size, plugins imported from the
linted repo, unreadable inputs, a closed stdout, YAML merge keys, paths with no OKR file, and
symlinks out of the linted tree.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from okrlint.loader import read_bounded
from tests.helpers import ROOT, check_json, cli, cli_process, write

HUMAN_FORMATS = ("text", "concise", "github", "junit")
FORGED_KEY = '"x\\n::error file=forged.yaml,line=1::FORGED\\u001b]0;pwned\\u0007\\u001b[2J"'
HOSTILE = (
    "objectives:\n"
    "  - title: Customers get answers the same day\n"
    f"    {FORGED_KEY}: 1\n"
    '    type: "\\u001b[31mred\\r\\n::warning ::also forged"\n'
    "    key_results: [Cut first response time from 4 hours to 1 hour, Raise CSAT from 80% to 90%]\n"
)


def _annotation_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("::")]


@pytest.mark.parametrize("fmt", HUMAN_FORMATS)
def test_no_user_text_becomes_a_workflow_command_or_a_terminal_escape(tmp_path, fmt):
    write(tmp_path, "team.okr.yaml", HOSTILE)
    run = cli("check", "team.okr.yaml", "--format", fmt, "--no-color", cwd=tmp_path)
    assert run.code == 1
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout and "\r" not in run.stdout
    assert "\\x1b]0;pwned\\x07" in run.stdout  # shown escaped, so a reviewer sees what is there
    forged = [line for line in _annotation_lines(run.stdout) if "FORGED" in line.split("::", 2)[1] or "also forged" in line.split("::", 2)[1]]
    assert forged == []  # user text may appear inside an annotation's message, never as its command
    if fmt == "github":
        assert len(_annotation_lines(run.stdout)) == 2  # exactly okrlint's own two findings
    else:
        assert _annotation_lines(run.stdout) == []


def test_json_keeps_the_exact_strings(tmp_path):
    write(tmp_path, "team.okr.yaml", HOSTILE)
    messages = [f["message"] for f in check_json(tmp_path / "team.okr.yaml").findings]
    assert any("\x1b]0;pwned\x07" in m and "\n::error" in m for m in messages)


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_a_file_name_cannot_start_a_forged_line(tmp_path, fmt):
    """A newline in --stdin-filename, and a path starting with `::`, in the line-oriented formats."""
    run = cli("check", "-", "--stdin-filename", "a\n::error file=x::FORGED.okr.yaml", "--format", fmt, "--no-color",
              stdin="objectives:\n  - title: Grow\n", cwd=tmp_path)
    assert _annotation_lines(run.stdout) == [] and "a\\n::error file=x::FORGED.okr.yaml" in run.stdout
    folder = tmp_path / "::error file=x::F"
    write(folder, "b.okr.yaml", "objectives:\n  - title: Grow\n")
    run = cli("check", "::error file=x::F", "--format", fmt, "--no-color", cwd=tmp_path)
    assert _annotation_lines(run.stdout) == [] and "./::error file=x::F/b.okr.yaml" in run.stdout


def test_stderr_errors_are_escaped_too(tmp_path):
    run = cli_process("check", "missing\x1b[2J.okr.yaml", cwd=tmp_path)
    assert run.code == 2 and "\x1b" not in run.stderr and "missing\\x1b[2J.okr.yaml" in run.stderr


# -- max-file-size -----------------------------------------------------------------------------

@pytest.mark.parametrize("size", ["99999999999999999999999", "100000000000", "0"])
def test_a_max_file_size_out_of_bounds_is_a_config_error(tmp_path, size):
    write(tmp_path, ".okrlint.yaml", f"max-file-size: {size}\n")
    write(tmp_path, "a.okr.yaml", "objectives:\n  - title: Grow\n")
    run = cli_process("check", ".", cwd=tmp_path)
    assert run.code == 2 and "Traceback" not in run.stderr
    assert f"max-file-size must be a number of bytes from 1 to 1073741824 (1 GiB), got {size}" in run.stderr


def test_the_largest_limit_reads_a_small_file_without_allocating_the_limit():
    assert read_bounded(io.BytesIO(b"objectives: []\n"), 1 << 30) == b"objectives: []\n"
    assert read_bounded(io.BytesIO(b"x" * 100), 10) == b"x" * 11  # one byte past says "too large"


@pytest.mark.parametrize("stated", [0, 5, 99, 100, 101, 5000])  # the size its stat gave: the file may have changed since
@pytest.mark.parametrize("limit", [10, 99, 100, 1 << 30])
def test_a_file_is_read_as_read_bounded_reads_it(tmp_path, stated, limit):
    from okrlint.loader import _read_file

    path = tmp_path / "a.okr.yaml"
    path.write_bytes(bytes(range(100)))
    assert _read_file(path, stated, limit) == read_bounded(io.BytesIO(bytes(range(100))), limit)


def test_a_gigabyte_limit_works_end_to_end(tmp_path):
    write(tmp_path, ".okrlint.yaml", "max-file-size: 1073741824\n")
    write(tmp_path, "a.okr.yaml", "objectives:\n  - title: Grow\n")
    run = cli_process("check", ".", "--format", "json", cwd=tmp_path, stdin="")
    assert run.code == 1 and {f["rule"] for f in run.findings} == {"too-few-krs", "so-what"}


# -- python -m okrlint never imports from the linted repo --------------------------------------

def test_python_m_does_not_load_a_plugin_from_the_current_folder(tmp_path):
    marker = tmp_path / "PWNED"
    write(tmp_path, "evil_plugin.py", f"open({str(marker)!r}, 'w').write('ran')\nRULES = []\n")
    write(tmp_path, "evil_plugin-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: evil-plugin\nVersion: 1.0\n")
    write(tmp_path, "evil_plugin-1.0.dist-info/entry_points.txt", "[okrlint.rules]\nevil = evil_plugin:RULES\n")
    write(tmp_path, "okrs/team.yaml", "objectives:\n  - title: Grow\n")
    run = cli_process("check", ".", "--format", "json", cwd=tmp_path)
    assert not marker.exists(), "code from the linted folder ran"
    assert run.code == 1 and "internal-error" not in {f["rule"] for f in run.findings}


# -- unreadable inputs are reported, never skipped in silence ----------------------------------

def test_an_unreadable_folder_is_a_located_error_and_the_rest_is_linted(tmp_path, monkeypatch):
    write(tmp_path, "ok/a.okr.yaml", "objectives:\n  - title: Grow\n")
    write(tmp_path, "locked/b.okr.yaml", "objectives:\n  - title: Grow\n")
    real_scandir = os.scandir

    def scandir(path=".", *args):  # root can read a chmod-000 folder, so the OS error is made here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    run = check_json(tmp_path, cwd=tmp_path)
    locked = [f for f in run.findings if f["path"].endswith("locked")]
    assert [(f["rule"], f["severity"], f["line"], f["column"]) for f in locked] == [("invalid-okr", "error", 1, 1)]
    assert "Cannot read this folder" in locked[0]["message"] and "Permission denied" in locked[0]["message"]
    assert any(f["path"].endswith("a.okr.yaml") for f in run.findings)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod-000 folder; the monkeypatched test covers it")
def test_a_chmod_000_folder_is_reported(tmp_path):
    write(tmp_path, "locked/b.okr.yaml", "objectives:\n  - title: Grow\n")
    (tmp_path / "locked").chmod(0)
    try:
        run = check_json(tmp_path, cwd=tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert any("Cannot read this folder" in f["message"] for f in run.findings)


def test_a_config_symlink_loop_is_an_error_not_the_defaults(tmp_path):
    (tmp_path / ".okrlint.yaml").symlink_to(tmp_path / ".okrlint.yaml")
    write(tmp_path, "a.okr.yaml", "objectives:\n  - title: Grow\n")
    run = cli_process("check", ".", cwd=tmp_path)
    assert run.code == 2 and "cannot read the config file" in run.stderr and ".okrlint.yaml" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_an_unreadable_pyproject_is_an_error_not_the_defaults(tmp_path):
    (tmp_path / "pyproject.toml").symlink_to(tmp_path / "pyproject.toml")  # ELOOP: unreadable even for root
    write(tmp_path, "a.okr.yaml", "objectives:\n  - title: Grow\n")
    run = cli_process("check", ".", cwd=tmp_path)
    assert run.code == 2 and "pyproject.toml" in run.stderr and "Traceback" not in run.stderr


def test_an_okr_file_that_is_a_symlink_loop_is_a_located_error(tmp_path):
    (tmp_path / "loop.okr.yaml").symlink_to(tmp_path / "loop.okr.yaml")
    write(tmp_path, "a.okr.yaml", "objectives:\n  - title: Grow\n")
    run = check_json(tmp_path, cwd=tmp_path)
    loop = [f for f in run.findings if f["path"].endswith("loop.okr.yaml")]
    assert [(f["rule"], f["line"], f["column"]) for f in loop] == [("invalid-okr", 1, 1)]
    assert "Cannot read the file" in loop[0]["message"]


# -- closed stdout -----------------------------------------------------------------------------

def test_a_closed_stdout_is_one_clear_line_not_an_internal_error():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -m okrlint check examples/ >&-'], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == "okrlint: error: cannot write the report: standard output is closed (use --output FILE)"


def test_a_closed_stdout_with_output_file_still_writes_the_report(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    report = tmp_path / "report.json"
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -m okrlint check examples/ --format json --output "{report}" >&-'],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and json.loads(report.read_text(encoding="utf-8"))


# -- YAML merge keys ---------------------------------------------------------------------------

MERGED = """\
x-defaults: &kr
  owner: Anna
  metric: NPS
  title: Raise NPS from 30 to 50
objectives:
  - title: Customers recommend us to their friends
    key_results:
      - <<: *kr
      - <<: [*kr]
        title: Cut churn from 8% to 5%
  - <<: {title: Launch the new partner portal}
    key_results: [Cut first response time from 4 hours to 1 hour, Raise CSAT from 80% to 90%]
  - title: Customers renew without a call from sales
    <<: 5
    key_results: [Raise renewal rate from 70% to 85%, Cut churn from 8% to 5%]
"""


def test_merge_keys_supply_fields_with_the_anchors_locations(tmp_path):
    write(tmp_path, "merged.okr.yaml", MERGED)
    run = check_json(tmp_path / "merged.okr.yaml", "--ignore", "duplicate-kr")  # "Cut churn…" is under two objectives
    assert run.brief() == [
        ("so-what", 11, 17),  # the merged title, found where it was written
        ("invalid-okr", 14, 9),  # a merge of a number
    ]
    assert "merge key" in run.findings[1]["message"] and "number" in run.findings[1]["message"]


def test_a_merged_title_counts_as_given_and_written_keys_win(tmp_path):
    write(tmp_path, "merged.okr.yaml", MERGED)
    run = check_json(tmp_path / "merged.okr.yaml", "--select", "ALL", "--ignore", "duplicate-kr", "--format", "json")
    assert not any("title" in f["message"] and "missing" in f["message"].lower() for f in run.findings)
    assert not any(f["line"] == 10 for f in run.findings)  # "Cut churn…" overrides the anchor's title and is fine


# -- no OKR files found ------------------------------------------------------------------------

def test_a_path_without_okr_files_is_exit_2_with_what_was_searched(tmp_path):
    write(tmp_path, "docs/readme.md", "nothing here\n")
    run = cli_process("check", "docs", cwd=tmp_path)
    assert run.code == 2
    assert run.stderr.strip() == ("okrlint: error: no OKR files found in docs (searched for *.okr.yaml, *.okr.yml, "
                                  "*.okr.md, *.okr.csv, *.okr.tsv, *.okr.xlsx, OKR.md, OKRs.md, "
                                  "*.yaml/*.yml/*.md/*.markdown under a folder named okrs/); check the path, or pass --allow-no-files "
                                  "(config: allow-no-files: true) if that is expected")


def test_allow_no_files_on_the_command_line_and_in_config(tmp_path):
    write(tmp_path, "docs/readme.md", "nothing here\n")
    assert cli_process("check", "docs", "--allow-no-files", cwd=tmp_path).code == 0
    write(tmp_path, ".okrlint.yaml", "allow-no-files: true\n")
    assert cli_process("check", "docs", cwd=tmp_path).code == 0


def test_files_all_excluded_by_force_exclude_are_not_an_error(tmp_path):
    write(tmp_path, ".okrlint.yaml", 'exclude: ["archive/**"]\n')
    write(tmp_path, "archive/old.okr.yaml", "objectives:\n  - title: Grow\n")
    assert cli("check", "archive/old.okr.yaml", "--force-exclude", cwd=tmp_path).code == 0


# -- symlinks out of the linted tree -----------------------------------------------------------

def test_a_symlink_out_of_the_tree_is_reported_not_read(tmp_path):
    outside = write(tmp_path, "elsewhere/secret.okr.yaml", "objectives:\n  - title: TOP SECRET launch plan\n")
    repo = tmp_path / "repo"
    write(repo, "team.okr.yaml", "objectives:\n  - title: Grow\n")
    write(repo, "shared/inside.okr.yaml", "objectives:\n  - title: Ship it\n")
    (repo / "link.okr.yaml").symlink_to(outside)
    (repo / "inner-link.okr.yaml").symlink_to(repo / "shared" / "inside.okr.yaml")
    run = check_json(repo, cwd=tmp_path)
    assert "TOP SECRET" not in json.dumps(run.findings)
    link = [f for f in run.findings if f["path"].endswith("link.okr.yaml") and "inner" not in f["path"]]
    assert [(f["rule"], f["severity"], f["line"], f["column"]) for f in link] == [("invalid-okr", "warning", 1, 1)]
    assert "outside the linted folder" in link[0]["message"] and "secret.okr.yaml" in link[0]["message"]
    inner = [f for f in run.findings if "inside.okr.yaml" in f["path"] or "inner-link" in f["path"]]
    assert inner and all(f["rule"] != "invalid-okr" for f in inner)  # a link within the tree is linted once


def test_a_symlink_named_explicitly_is_linted(tmp_path):
    outside = write(tmp_path, "elsewhere/team.okr.yaml", "objectives:\n  - title: Grow\n")
    (tmp_path / "named.okr.yaml").symlink_to(outside)
    run = check_json(tmp_path / "named.okr.yaml")
    assert {f["rule"] for f in run.findings} == {"too-few-krs", "so-what"}


def test_an_escape_past_unicode_is_a_located_syntax_error_not_a_crash(tmp_path):
    """Found by the long fuzz: when libyaml stops, okrlint's own depth re-check must not trip over
    what libyaml already reported (PyYAML's Python scanner raises OverflowError on this escape)."""
    write(tmp_path, "t.okr.yaml", 'objectives:\n  - owner: "a\\UE001A6AA b"\n    title: Grow\n')
    run = check_json(tmp_path / "t.okr.yaml")
    assert run.brief() == [("invalid-okr", 2, 16)]
    assert "invalid Unicode character escape" in run.findings[0]["message"]


def test_stdin_filename_renames_only_stdin_not_a_refused_symlink(tmp_path):
    outside = write(tmp_path, "elsewhere/secret.okr.yaml", "objectives:\n  - title: Grow\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "link.okr.yaml").symlink_to(outside)
    run = cli("check", "-", str(repo), "--stdin-filename", "typed.okr.yaml", "--format", "json",
              stdin="objectives:\n  - title: Grow\n", cwd=tmp_path)
    paths = sorted({f["path"].rsplit("/", 1)[-1] for f in run.findings})
    assert paths == ["link.okr.yaml", "typed.okr.yaml"]
    assert [f["severity"] for f in run.findings if f["path"].endswith("link.okr.yaml")] == ["warning"]
