"""The "no plugin installed" verdict is kept, and a plugin installed, edited or removed later is seen."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from okrlint import installed_plugins
from tests.helpers import cli_process, write

GROUP = "okrlint.rules"
PLUGIN = '''\
from okrlint.findings import Severity
from okrlint.registry import Rule

RULES = [Rule(code="XYZ300", name="{name}", severity=Severity.WARNING, scope="objective",
              summary={{"en": "x"}}, rationale={{"en": "x"}}, messages={{}}, check=lambda objective, ctx: iter(()))]
'''


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An import folder of its own on sys.path, and a cache folder of the test's own."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.setattr(sys, "path", [*sys.path, str(folder)])
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return folder


def install(site: Path, entry_points: str, name: str = "demo_plugin") -> Path:
    write(site, f"{name}.py", PLUGIN.format(name=name.replace("_", "-")))
    dist_info = site / f"{name}-0.1.dist-info"
    write(dist_info, "METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    return write(dist_info, "entry_points.txt", entry_points)


def names(group: str = GROUP) -> list[str]:
    return sorted(entry.name for entry in installed_plugins.entry_points(group))


def test_nothing_installed_is_kept_and_answered_without_importlib_metadata(site: Path) -> None:
    assert names() == []
    cache = installed_plugins._cache_file(GROUP)
    assert cache is not None and cache.exists()
    # a second process answers from the cache: importlib.metadata is never imported
    code = ("import sys; from okrlint.installed_plugins import entry_points; "
            f"sys.path.append({str(site)!r}); assert entry_points({GROUP!r}) == []; "
            "print('importlib.metadata' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert (first.stdout, second.stdout) == ("True\n", "False\n")  # the first run of this path scans and keeps


def test_a_plugin_installed_after_the_verdict_is_seen(site: Path) -> None:
    assert names() == []
    install(site, "[okrlint.rules]\ndemo = demo_plugin:RULES\n")
    assert names() == ["demo"]


def test_an_entry_points_file_edited_in_place_is_seen(site: Path) -> None:
    points = install(site, "[console_scripts]\ndemo = demo_plugin:main\n")
    assert names() == []
    folders = (site.stat().st_mtime_ns, points.parent.stat().st_mtime_ns)
    points.write_text("[okrlint.rules]\ndemo = demo_plugin:RULES\n", encoding="utf-8")
    assert (site.stat().st_mtime_ns, points.parent.stat().st_mtime_ns) == folders  # only the file tells
    assert names() == ["demo"]


def test_a_damaged_cache_is_scanned_again(site: Path) -> None:
    assert names() == []
    cache = installed_plugins._cache_file(GROUP)
    assert cache is not None
    for damage in (b"", b"\x00junk", marshal.dumps({"a": 1}), marshal.dumps((installed_plugins.FORMAT, {"x": [1]}))):
        cache.write_bytes(damage)
        assert names() == []
    install(site, "[okrlint.rules]\ndemo = demo_plugin:RULES\n")
    assert names() == ["demo"]


def test_a_plugin_installed_later_runs_in_the_cli(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    env = {"PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parent.parent), str(site)]),
           "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    okr = write(tmp_path, "t.okr.yaml", "objectives:\n  - title: Grow\n    key_results: [Ship it]\n")
    before = cli_process("rule", "XYZ300", env=env)
    assert before.code == 2
    install(site, "[okrlint.rules]\ndemo = demo_plugin:RULES\n")
    after = cli_process("rule", "XYZ300", env=env)
    assert after.code == 0 and "demo-plugin" in after.stdout
    assert cli_process("check", str(okr), "--no-cache", "--format", "json", env=env).code in (0, 1)
