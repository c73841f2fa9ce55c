"""The HTML report in a real browser: headless Chromium loads it from file://, runs its script,
and the DOM it leaves is checked against the JSON findings; OKR text never becomes markup.

Chromium comes from Debian's `chromium` package (.ci/run installs it). Without it the tests
skip on a developer machine, and fail under CI (CI=1), so the browser test is never silently lost.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from okrlint.registry import load_registry
from tests.helpers import EXAMPLES, check_json, cli, write

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser() -> str:
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        message = "headless Chromium is needed for the HTML report test (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must install it (.ci/run does)")
        pytest.skip(message)
    return found


def chromium(*args: str) -> str:
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
               "--virtual-time-budget=3000", *args]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


class Dom(HTMLParser):
    """The elements of a dumped DOM: (tag, attributes) in document order, and the text by element id."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text_by_id: dict[str, str] = {}
        self._open_ids: list[tuple[str, str]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if attributes.get("id"):
            self._open_ids.append((tag, attributes["id"] or ""))
            self.text_by_id.setdefault(attributes["id"] or "", "")

    def handle_endtag(self, tag: str) -> None:
        if self._open_ids and self._open_ids[-1][0] == tag:
            self._open_ids.pop()

    def handle_data(self, data: str) -> None:
        for _, element_id in self._open_ids:
            self.text_by_id[element_id] += data

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.elements if name in (a.get("class") or "").split()]


def load(report: Path, query: str = "") -> Dom:
    return Dom(chromium("--dump-dom", report.as_uri() + query))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    run = cli("check", str(EXAMPLES / "company-en"), "--format", "html", "--output", str(path))
    assert run.code == 1 and path.stat().st_size > 0
    return path


def test_the_tree_and_the_counts_match_the_json_output(report: Path) -> None:
    findings = check_json(EXAMPLES / "company-en").findings
    dom = load(report)
    shown = dom.with_class("finding")
    assert len(shown) == len(findings) and not any("hidden" in f for f in shown)
    assert sorted(f["data-rule"] for f in shown) == sorted(f["rule"] for f in findings)
    assert dom.text_by_id["shown-count"] == str(len(findings))
    assert len(dom.with_class("objective")) == 8 and len(dom.with_class("kr")) == 17  # the whole alignment tree
    assert len(dom.with_class("team-row")) == 4  # Leadership, Customer Success, Onboarding, Sales
    found = {f["rule"] for f in findings}
    rule_ids = [a["id"] for a in dom.with_class("rule")]  # every rule's docs on the page, the rules found first
    assert len(rule_ids) == len(load_registry().rules) and {i.removeprefix("rule-") for i in rule_ids[:len(found)]} == found


@pytest.mark.parametrize(("query", "keep"), [
    ("?rule=unknown-parent", lambda f: f["rule"] == "unknown-parent"),
    ("?severity=warning", lambda f: f["severity"] == "warning"),
    ("?team=Sales", lambda f: "sales.okr.yaml" in f["path"]),
    ("?team=Sales&rule=duplicate-kr", lambda f: "sales.okr.yaml" in f["path"] and f["rule"] == "duplicate-kr"),
])
def test_filters_work_in_the_browser(report: Path, query: str, keep) -> None:
    expected = [f for f in check_json(EXAMPLES / "company-en").findings if keep(f)]
    dom = load(report, query)
    visible = [f for f in dom.with_class("finding") if "hidden" not in f]
    assert len(visible) == len(expected) > 0
    assert dom.text_by_id["shown-count"] == str(len(expected))
    objectives = [o for o in dom.with_class("objective") if "hidden" not in o]
    assert 0 < len(objectives) < 8  # objectives without a matching finding are folded away


def test_screenshots_at_desktop_and_phone_width(report: Path, tmp_path: Path) -> None:
    for width, height in ((1280, 1400), (390, 1600)):
        shot = tmp_path / f"report-{width}.png"
        chromium(f"--screenshot={shot}", f"--window-size={width},{height}", "--hide-scrollbars", report.as_uri())
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
        assert int.from_bytes(data[16:20], "big") == width  # PNG width


HOSTILE = """\
team: "<b>Team</b>"
owner: "\\"><img src=x onerror=\\"document.title='pwned'\\">"
objectives:
  - title: "<script>document.title='pwned'</script>Customers trust us"
    parent: "\\"><img src=x onerror=alert(1)>"
    key_results:
      - "\\"><img src=x onerror=\\"document.title='pwned'\\"> Raise NPS from 30 to 50"
      - "</script><script>document.title='pwned'</script> Cut churn from 8% to 5%"
"""


def test_okr_text_is_never_markup_or_script(tmp_path: Path) -> None:
    okrs = write(tmp_path, "okrs/x.okr.yaml", HOSTILE)
    report = tmp_path / "report.html"
    cli("check", str(okrs), "--format", "html", "--output", str(report))
    dumped = chromium("--dump-dom", report.as_uri())
    dom = Dom(dumped)
    tags = [tag for tag, _ in dom.elements]
    assert "img" not in tags and tags.count("script") == 1
    assert not any(name.startswith("on") for _, attributes in dom.elements for name in attributes)
    assert dom.text_by_id.get("summary", "").startswith("1 files")
    assert "<title>OKR report" in dumped and "pwned" not in dumped.split("</title>")[0]  # no script ran
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;Customers trust us" in dumped  # shown as text
    assert "\"&gt;&lt;img src=x onerror=" in dumped
    json.loads(cli("check", str(okrs), "--format", "json").stdout)  # the same file stays valid for other formats
