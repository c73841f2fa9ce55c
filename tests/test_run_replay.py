"""The run-level replay (okrlint/run_replay.py): a `check` whose inputs are unchanged prints its last report.

Through the real command (`python -m okrlint`, as a user runs it: pipes, not a terminal). To see
whether a run was replayed, a test marks the record: a replayed run prints the mark instead of
the report; a run that must not be replayed prints the real report.
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from okrlint import run_replay
from okrlint.config import CONFIG_NAMES
from okrlint.index import PROJECT_CACHE, ROOT_MARKERS
from tests.helpers import EXAMPLES, ROOT, Run

MARK = "REPLAYED FROM THE RECORD\n"


def okrlint(*args: str, cwd: Path, cache: Path | None, env: dict[str, str] | None = None) -> Run:
    """`python -m okrlint ARGS` with the result cache (and the run records) in `cache`."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "OKRLINT_"))}
    full_env.update({"PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})})
    if cache is not None:
        full_env["OKRLINT_CACHE_DIR"] = str(cache)
    proc = subprocess.run([sys.executable, "-m", "okrlint", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=full_env, timeout=120)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def records(cache: Path) -> list[Path]:
    folder = cache / "runs"
    return sorted(folder.glob("run-*.marshal")) if folder.is_dir() else []


def read_record(path: Path) -> tuple[dict, bytes]:
    """A record file's header and payload (its layout: MAGIC, the header's length, the header, the payload)."""
    blob = path.read_bytes()
    start = len(run_replay.MAGIC) + 8
    length = int.from_bytes(blob[len(run_replay.MAGIC):start], "little")
    return marshal.loads(blob[start:start + length]), blob[start + length:]


def write_record(path: Path, header: dict, payload: bytes) -> None:
    blob = marshal.dumps(header)
    path.write_bytes(run_replay.MAGIC + len(blob).to_bytes(8, "little") + blob + payload)


def mark_records(cache: Path) -> None:
    """Every record now prints MARK: a run that prints it was replayed."""
    for path in records(cache):
        header, _ = read_record(path)
        mark = MARK.encode("utf-8")
        write_record(path, {**header, "pieces": [("o", len(mark))], "crc32": zlib.crc32(mark)}, mark)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """An OKR root (a `.git` folder) with the ru/en/zh examples, the company systems among them."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    for folder in ("en", "ru", "zh", "company-en", "company-ru", "company-zh"):
        shutil.copytree(EXAMPLES / folder, root / "teams" / folder)
    return root


def recorded(args: tuple[str, ...], root: Path, cache: Path) -> Run:
    """A first run that leaves a record (and its report, as a --no-cache run prints it)."""
    first = okrlint(*args, cwd=root, cache=cache)
    assert len(records(cache)) == 1, first.stderr
    return first


def brief(run: Run) -> list[tuple[str, str, int, int]]:
    return [(f["path"], f["rule"], f["line"], f["column"]) for f in json.loads(run.stdout)]


@pytest.mark.parametrize("args", [
    ("check", "teams", "--format", "json"),
    ("check", "teams", "--format", "text", "--statistics", "--jobs", "1"),
    ("check", "teams/company-ru", "teams/zh/good.okr.yaml", "--format", "sarif", "--exit-zero"),
])
def test_nothing_changed_replays_the_same_bytes_and_exit_code(tree: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    cache = tmp_path / "cache"
    fresh = okrlint(*args, "--no-cache", cwd=tree, cache=None)
    first = recorded(args, tree, cache)
    second = okrlint(*args, cwd=tree, cache=cache)
    assert (second.stdout, second.stderr, second.code) == (first.stdout, first.stderr, first.code) \
        == (fresh.stdout, fresh.stderr, fresh.code)
    assert first.code == (0 if "--exit-zero" in args else 1)
    mark_records(cache)
    assert okrlint(*args, cwd=tree, cache=cache).stdout == MARK  # the second run was this one: replayed


def test_stdout_and_stderr_come_back_in_their_order(tree: Path, tmp_path: Path) -> None:
    """Both streams into one file (`2>&1`): a replay interleaves them as the run did."""
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "OKRLINT_"))}
    env.update({"PYTHONPATH": str(ROOT), "NO_COLOR": "1", "OKRLINT_CACHE_DIR": str(cache), "LANG": "ru_RU.UTF-8"})
    outputs = []
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-m", "okrlint", "check", "teams/en", "--format", "text", "--lang", "en"],
                              cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, timeout=120)
        outputs.append((proc.returncode, proc.stdout))
    assert outputs[0] == outputs[1] == outputs[2] and outputs[0][0] == 1
    mark_records(cache)
    assert okrlint("check", "teams/en", "--format", "text", "--lang", "en", cwd=tree, cache=cache,
                   env={"LANG": "ru_RU.UTF-8"}).stdout == MARK


def test_a_report_redirected_into_the_linted_folder_is_replayed(tree: Path, tmp_path: Path) -> None:
    """`okrlint check . > report.sarif` in the OKR root: the report file is the run's output, not an input."""
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "OKRLINT_"))}
    env.update({"PYTHONPATH": str(ROOT), "NO_COLOR": "1", "OKRLINT_CACHE_DIR": str(cache)})
    report = tree / "report.sarif"
    args = [sys.executable, "-m", "okrlint", "check", ".", "--format", "sarif"]
    reports = []
    for _ in range(2):
        with report.open("w", encoding="utf-8") as out:  # as the shell does: truncated, then written by okrlint
            code = subprocess.run(args, cwd=tree, stdout=out, stderr=subprocess.PIPE, env=env, timeout=120).returncode
        reports.append((code, report.read_text(encoding="utf-8")))
    assert reports[0] == reports[1] and reports[0][0] == 1 and json.loads(reports[0][1])["runs"]
    mark_records(cache)
    with report.open("w", encoding="utf-8") as out:
        subprocess.run(args, cwd=tree, stdout=out, stderr=subprocess.PIPE, env=env, timeout=120)
    assert report.read_text(encoding="utf-8") == MARK
    with (tree / "teams" / "other.txt").open("w", encoding="utf-8") as out:  # stdout elsewhere: report.sarif is now an input
        subprocess.run(args, cwd=tree, stdout=out, stderr=subprocess.PIPE, env=env, timeout=120)
    assert (tree / "teams" / "other.txt").read_text(encoding="utf-8") != MARK


def test_the_replayed_findings_are_the_real_ones(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("check", "teams/company-en", "--format", "json")
    recorded(args, tree, cache)
    replayed = okrlint(*args, cwd=tree, cache=cache)
    assert brief(replayed) == [
        ("teams/company-en/sales.okr.yaml", "kpi-in-disguise", 8, 12),
        ("teams/company-en/sales.okr.yaml", "so-what", 8, 12),
        ("teams/company-en/sales.okr.yaml", "cascaded-kpi", 8, 12),
        ("teams/company-en/sales.okr.yaml", "unknown-parent", 14, 13),
        ("teams/company-en/sales.okr.yaml", "duplicate-kr", 17, 9),
        ("teams/company-en/support.okr.yaml", "unfocused", 9, 12),
        ("teams/company-en/support.okr.yaml", "alignment-cycle", 10, 13),
        ("teams/company-en/support.okr.yaml", "duplicate-kr", 18, 9),
    ] == brief(okrlint(*args, "--no-cache", cwd=tree, cache=None))


def _not_replayed(args: tuple[str, ...], root: Path, cache: Path) -> Run:
    """After a change: the real report (no mark), the same as a --no-cache run's."""
    run = okrlint(*args, cwd=root, cache=cache)
    assert run.stdout != MARK
    fresh = okrlint(*args, "--no-cache", cwd=root, cache=None)
    assert (run.stdout, run.stderr, run.code) == (fresh.stdout, fresh.stderr, fresh.code)
    return run


def test_a_content_change_with_the_same_size_and_mtime_is_not_replayed(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("check", "teams/en", "--format", "json")
    before = recorded(args, tree, cache)
    mark_records(cache)
    file = tree / "teams" / "en" / "good.okr.yaml"
    info = file.stat()
    text = file.read_text(encoding="utf-8")
    assert "Raise" in text
    file.write_text(text.replace("Raise", "Cut  ", 1), encoding="utf-8")  # same length, another verb
    os.utime(file, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert file.stat().st_size == info.st_size and file.stat().st_mtime_ns == info.st_mtime_ns
    after = _not_replayed(args, tree, cache)
    assert after.stdout != before.stdout


def test_a_parents_change_is_not_replayed(tree: Path, tmp_path: Path) -> None:
    """Only sales.okr.yaml is linted; its parent company.okr.yaml comes from the root index."""
    cache = tmp_path / "cache"
    args = ("check", "teams/company-en/sales.okr.yaml", "--format", "json")
    before = recorded(args, tree, cache)
    assert ("teams/company-en/sales.okr.yaml", "unknown-parent", 14, 13) in brief(before)
    mark_records(cache)
    company = tree / "teams" / "company-en" / "company.okr.yaml"
    company.write_text(company.read_text(encoding="utf-8").replace("id: trust", "id: trusted"), encoding="utf-8")
    after = _not_replayed(args, tree, cache)
    assert ("teams/company-en/sales.okr.yaml", "unknown-parent", 9, 13) in brief(after)


def test_a_file_added_or_removed_is_not_replayed(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("check", "teams", "--format", "json")
    recorded(args, tree, cache)
    mark_records(cache)
    added = tree / "teams" / "ru" / "extra.okr.yaml"
    shutil.copy(tree / "teams" / "ru" / "bad.okr.yaml", added)
    assert any(f[0] == "teams/ru/extra.okr.yaml" for f in brief(_not_replayed(args, tree, cache)))
    mark_records(cache)
    added.unlink()
    (tree / "teams" / "zh" / "bad.okr.yaml").unlink()
    assert not any(f[0] in ("teams/ru/extra.okr.yaml", "teams/zh/bad.okr.yaml") for f in brief(_not_replayed(args, tree, cache)))


def test_a_config_change_is_not_replayed(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("check", "teams/en", "--format", "json")
    before = recorded(args, tree, cache)
    mark_records(cache)
    (tree / ".okrlint.yaml").write_text("ignore: [unmeasurable]\n", encoding="utf-8")  # a new config file
    after = _not_replayed(args, tree, cache)
    assert any(f[1] == "unmeasurable" for f in brief(before)) and not any(f[1] == "unmeasurable" for f in brief(after))
    mark_records(cache)
    (tree / ".okrlint.yaml").write_text("ignore: [task-not-outcome]\n", encoding="utf-8")  # a changed one
    assert not any(f[1] == "task-not-outcome" for f in brief(_not_replayed(args, tree, cache)))


def test_other_output_options_are_not_replayed(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    recorded(("check", "teams/zh", "--format", "json"), tree, cache)
    for other in (("--format", "text"), ("--statistics",), ("--exit-zero",), ("--select", "unmeasurable"), ("--lang", "ru")):
        mark_records(cache)
        _not_replayed(("check", "teams/zh", "--format", "json", *other), tree, cache)


def test_another_environment_is_not_replayed(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("check", "teams/en", "--format", "text")
    recorded(args, tree, cache)
    mark_records(cache)
    run = okrlint(*args, cwd=tree, cache=cache, env={"COLUMNS": "40"})
    assert run.stdout != MARK and run.code == 1


def test_calls_with_other_effects_are_never_recorded(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for args in (("--output", "report.json"), ("--also-output", "sarif:report.sarif"), ("--no-cache",), ("--fix",),
                 ("--write-baseline", "baseline.json"), ("--progress",), ("--debug",)):
        run = okrlint("check", str(tree / "teams" / "en"), "--format", "json", *args, cwd=tmp_path, cache=cache)
        assert run.code in (0, 1), (args, run.stderr)
        assert records(cache) == [], args


def test_stdin_is_never_recorded(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    text = (EXAMPLES / "en" / "bad.okr.yaml").read_text(encoding="utf-8")
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-m", "okrlint", "check", "-", "--format", "json"], cwd=tmp_path, input=text,
                              capture_output=True, text=True, encoding="utf-8", timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "OKRLINT_CACHE_DIR": str(cache)})
        assert proc.returncode == 1 and json.loads(proc.stdout)
    assert records(cache) == []


def _damaged(path: Path, how: str) -> None:
    header, payload = read_record(path)
    if how == "payload":  # one byte of the report changed: its CRC-32 no longer matches
        write_record(path, header, payload[:10] + bytes([payload[10] ^ 1]) + payload[11:])
    elif how == "short":  # a report shorter than its pieces say
        write_record(path, header, payload[:-1])
    elif how == "pieces":
        write_record(path, {**header, "pieces": [("x", 5)]}, payload)
    elif how == "format":
        write_record(path, {**header, "format": run_replay.RECORD_FORMAT + 1}, payload)
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[:40])
    else:
        path.write_bytes({"empty": b"", "garbage": b"not a record at all", "marshal": marshal.dumps([1, 2])}[how])


@pytest.mark.parametrize("damage", ["payload", "short", "pieces", "format", "truncated", "empty", "garbage", "marshal"])
def test_a_corrupt_or_foreign_record_is_ignored(tree: Path, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    args = ("check", "teams/ru", "--format", "json")
    first = recorded(args, tree, cache)
    _damaged(records(cache)[0], damage)
    again = okrlint(*args, cwd=tree, cache=cache)
    assert (again.stdout, again.stderr, again.code) == (first.stdout, first.stderr, first.code)
    assert read_record(records(cache)[0])[0]["format"] == run_replay.RECORD_FORMAT  # written anew
    mark_records(cache)
    assert okrlint(*args, cwd=tree, cache=cache).stdout == MARK


def test_a_record_of_another_call_under_this_name_is_ignored(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    json_args = ("check", "teams/ru", "--format", "json")
    recorded(json_args, tree, cache)
    text_args = ("check", "teams/ru", "--format", "text")
    okrlint(*text_args, cwd=tree, cache=cache)
    json_record, text_record = sorted(records(cache), key=lambda p: p.stat().st_mtime_ns)
    text_record.write_bytes(json_record.read_bytes())  # a json record under the text call's name
    run = okrlint(*text_args, cwd=tree, cache=cache)
    assert run.stdout == okrlint(*text_args, "--no-cache", cwd=tree, cache=None).stdout and not run.stdout.startswith("[")


def test_nothing_is_written_into_the_linted_tree(tree: Path, tmp_path: Path) -> None:
    before = sorted(str(p.relative_to(tree)) for p in tree.rglob("*"))
    home = tmp_path / "home"
    for _ in range(3):  # the user cache folder (no OKRLINT_CACHE_DIR): records, replays
        okrlint("check", "teams", "--format", "json", cwd=tree, cache=None, env={"XDG_CACHE_HOME": str(home)})
    assert sorted(str(p.relative_to(tree)) for p in tree.rglob("*")) == before
    assert len(list((home / "okrlint" / "runs").glob("run-*.marshal"))) == 1


def test_the_projects_cache_folder_holds_the_records_when_it_exists(tree: Path, tmp_path: Path) -> None:
    (tree / PROJECT_CACHE).mkdir()
    home = tmp_path / "home"
    runs = [okrlint("check", "teams", "--format", "json", cwd=tree, cache=None, env={"XDG_CACHE_HOME": str(home)})
            for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout
    assert len(records(tree / PROJECT_CACHE)) == 1 and not (home / "okrlint" / "runs").exists()


def test_records_are_bounded(tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache" / "runs"
    folder.mkdir(parents=True)
    for number in range(run_replay.MAX_RECORDS + 5):
        path = folder / f"run-{number:032d}.marshal"
        path.write_bytes(b"old")
        os.utime(path, ns=(number * 10**9, number * 10**9))
    okrlint("check", "teams/en", "--format", "json", cwd=tree, cache=tmp_path / "cache")
    kept = records(tmp_path / "cache")
    assert len(kept) == run_replay.MAX_RECORDS
    assert folder / f"run-{0:032d}.marshal" not in kept  # the oldest went first


def test_the_key_holds_the_version_and_the_rule_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "unmeasurable.yaml").write_text("code: OKR202\n", encoding="utf-8")
    monkeypatch.setattr(run_replay, "_rules_dirs", lambda: [str(rules)])
    argv = ["check", "teams", "--format", "json"]
    key = run_replay.call_key(argv)
    assert run_replay.call_key(argv) == key
    (rules / "unmeasurable.yaml").write_text("code: OKR203\n", encoding="utf-8")
    changed = run_replay.call_key(argv)
    assert changed != key
    monkeypatch.setattr(run_replay, "__version__", "99.0")
    assert run_replay.call_key(argv) not in (key, changed)
    assert run_replay.call_key(["check", "teams", "--format", "text"]) != changed


def test_which_calls_may_be_replayed() -> None:
    assert run_replay.replayable_paths(["check"]) == ["."]
    assert run_replay.replayable_paths(["check", "a", "-f", "json", "--select=OKR2", "-q", "b"]) == ["a", "b"]
    for refused in (["rules"], ["check", "-"], ["check", "--fix"], ["check", "-o", "x"], ["check", "--output=x"],
                    ["check", "-qo", "x"], ["check", "--diff"], ["check", "--baseline", "b"], ["check", "--format"],
                    ["check", "--stdin-filename", "x"], ["check", "--show-settings"], ["check", "--", "a"],
                    ["check", "--exit-zero=1"], ["check", "--unknown"]):
        assert run_replay.replayable_paths(refused) is None, refused


def test_the_options_it_knows_are_checks_options() -> None:
    import typer.main

    from okrlint.cli import app

    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    flags = {o for p in command.params for o in (*p.opts, *p.secondary_opts) if getattr(p, "is_flag", False)}
    valued = {o for p in command.params if not getattr(p, "is_flag", False) for o in p.opts if o.startswith("-")}
    assert run_replay._FLAGS <= flags and run_replay._VALUED <= valued


def test_the_probed_names_are_the_ones_that_decide_root_config_and_cache() -> None:
    assert run_replay.ROOT_MARKERS == ROOT_MARKERS
    assert {*ROOT_MARKERS, *CONFIG_NAMES, "pyproject.toml", PROJECT_CACHE} == set(run_replay.PROBED_NAMES)
    assert run_replay.PROJECT_CACHE == PROJECT_CACHE


def test_an_input_changed_during_the_run_is_not_recorded(tree: Path, tmp_path: Path) -> None:
    """The states seen while the run reads are compared with those at its end."""
    recorder = run_replay.Recorder(["check", "teams"], b"key", str(tmp_path / "cache" / "runs" / "run-x.marshal"))
    file = tree / "teams" / "en" / "good.okr.yaml"
    recorder.active = True
    recorder.read_files([str(file)])
    time.sleep(0.01)
    file.write_text(file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    recorder.finish(1)
    assert not (tmp_path / "cache" / "runs").exists()
    recorder = run_replay.Recorder(["check", "teams"], b"key", str(tmp_path / "cache" / "runs" / "run-x.marshal"))
    recorder.active = True
    recorder.read_files([str(file)])
    recorder.finish(1)
    assert (tmp_path / "cache" / "runs" / "run-x.marshal").exists()


def test_a_large_report_is_kept_and_replayed_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Pieces larger than PIECE (a renderer writes up to 1M characters, up to 4 bytes each, at once)."""
    path = tmp_path / "runs" / "run-large.marshal"
    recorder = run_replay.Recorder(["check", "x"], b"key", str(path))
    recorder.active = True
    report = "отчёт 报告 report\n" * 200_000  # ~4 MB of UTF-8
    for start in range(0, len(report), 1 << 20):
        recorder.wrote("o", report[start:start + (1 << 20)])
    recorder.wrote("o", None)
    recorder.wrote("e", "okrlint: a line on stderr\n")
    recorder.finish(1)
    record = run_replay.load_record(str(path), b"key")
    assert record is not None and max(size for _, size in record["pieces"]) > run_replay.PIECE
    assert run_replay.replay(record) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == (report, "okrlint: a line on stderr\n")
