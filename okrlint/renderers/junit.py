"""`--format junit`: JUnit XML for GitLab and Jenkins test reports.

One testsuite per linted file; each finding at or above `--fail-on` is a failing testcase, and a
file without such findings gets one passing testcase so the report shows it was checked. Findings
below `--fail-on` (suggestions that do not fail the run) are listed in the suite's system-out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import groupby

from okrlint.findings import Finding, Severity
from okrlint.renderers import Report

RUN_SUITE = "okrlint"  # findings about the run itself (a broken plugin) have no file
# Characters XML 1.0 cannot carry even escaped; YAML rarely lets them through, but never emit invalid XML.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _failure_case(suite: ET.Element, name: str, finding: Finding) -> None:
    attributes = {"name": _clean(f"{finding.code} {finding.rule} at {finding.place}"), "classname": name}
    if finding.path:
        attributes |= {"file": _clean(finding.path), "line": str(finding.line)}
    case = ET.SubElement(suite, "testcase", attributes)
    failure = ET.SubElement(case, "failure", {"type": finding.severity.value, "message": _clean(finding.message)})
    failure.text = _line(name, finding)


def _line(name: str, finding: Finding) -> str:
    return _clean(f"{name}:{finding.line}:{finding.column}: {finding.severity.value} {finding.code} [{finding.rule}] {finding.message}")


def _suite(root: ET.Element, name: str, findings: list[Finding], fail_on: Severity) -> int:
    """One file's testsuite; returns how many failures it holds."""
    failing = [f for f in findings if f.severity.rank >= fail_on.rank]
    passing = [f for f in findings if f.severity.rank < fail_on.rank]
    suite = ET.SubElement(root, "testsuite", {
        "name": name, "tests": str(max(len(failing), 1)), "failures": str(len(failing)), "errors": "0", "skipped": "0",
    })
    for finding in failing:
        _failure_case(suite, name, finding)
    if not failing:
        ET.SubElement(suite, "testcase", {"name": "okrlint", "classname": name, "file": name})
    if passing:
        ET.SubElement(suite, "system-out").text = "".join(_line(name, f) + "\n" for f in passing)
    return len(failing)


def render(report: Report) -> str:
    by_path = {path: list(group) for path, group in groupby(sorted(report.findings, key=Finding.sort_key), key=lambda f: f.path)}
    # Linted files in run order, then any path only findings know about (e.g. the run itself).
    paths = list(dict.fromkeys([*report.files, *by_path]))
    root = ET.Element("testsuites", {"name": "okrlint"})
    failures = sum(_suite(root, _clean(path) or RUN_SUITE, by_path.get(path, []), report.fail_on) for path in paths)
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
