"""`--format junit`: JUnit XML for GitLab and Jenkins test reports.

One testsuite per linted file; each finding is a failing testcase, and a clean file gets one
passing testcase so the report shows it was checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import groupby

from okrlint.findings import Finding
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
    failure.text = _clean(f"{name}:{finding.line}:{finding.column}: {finding.code} [{finding.rule}] {finding.message}")


def _suite(root: ET.Element, name: str, findings: list[Finding]) -> None:
    suite = ET.SubElement(root, "testsuite", {
        "name": name, "tests": str(max(len(findings), 1)), "failures": str(len(findings)), "errors": "0", "skipped": "0",
    })
    for finding in findings:
        _failure_case(suite, name, finding)
    if not findings:
        ET.SubElement(suite, "testcase", {"name": "okrlint", "classname": name, "file": name})


def render(report: Report) -> str:
    by_path = {path: list(group) for path, group in groupby(sorted(report.findings, key=Finding.sort_key), key=lambda f: f.path)}
    # Linted files in run order, then any path only findings know about (e.g. the run itself).
    paths = list(dict.fromkeys([*report.files, *by_path]))
    root = ET.Element("testsuites", {"name": "okrlint"})
    for path in paths:
        _suite(root, _clean(path) or RUN_SUITE, by_path.get(path, []))
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(len(report.findings)))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
