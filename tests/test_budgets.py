"""Bounded work per file: an analysis budget for wording, a cap on models, and a streaming run.

The sizes here are small enough for the suite; bench/hostile_scale.py measures the large files
(time and memory) the way users would meet them.
"""

from __future__ import annotations

import pytest

from okrlint.budget import MAX_TEXTS_PER_FILE
from okrlint.loader import load_bytes
from okrlint.schema import MAX_ELEMENTS_PER_FILE, build_sets
from tests.helpers import check_json, write

TASKS = {"en": "Launch feature {i}", "ru": "Запустить функцию {i}", "zh": "上线功能{i}"}
OBJECTIVE = {"en": "Customers love the product", "ru": "Клиенты любят продукт", "zh": "客户喜爱我们的产品"}
BUDGET_MESSAGE = {"en": "Wording checked for the first", "ru": "Формулировки проверены только у первых",
                  "zh": "仅检查了前"}


def many_krs(lang: str, count: int) -> str:
    lines = ["objectives:", f"  - title: {OBJECTIVE[lang]}", "    key_results:"]
    lines += [f"      - {TASKS[lang].format(i=i + 1)}" for i in range(count)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_past_the_analysis_budget_one_located_warning_says_what_was_not_read(tmp_path, lang):
    count = MAX_TEXTS_PER_FILE + 30
    write(tmp_path, "big.okr.yaml", many_krs(lang, count))
    run = check_json(tmp_path / "big.okr.yaml", "--select", "task-not-outcome")
    first_unread_line = 4 + MAX_TEXTS_PER_FILE - 1  # the objective title is the first text analysed
    budget = [f for f in run.findings if f["rule"] == "invalid-okr"]
    assert [(f["line"], f["column"], f["severity"]) for f in budget] == [(first_unread_line, 9, "warning")]
    assert budget[0]["message"].startswith(BUDGET_MESSAGE[lang]) and budget[0]["lang"] == lang
    assert str(count - MAX_TEXTS_PER_FILE + 1) in budget[0]["message"]  # how many were left unread
    tasks = [f["line"] for f in run.findings if f["rule"] == "task-not-outcome"]
    assert tasks == list(range(4, first_unread_line))  # every admitted KR judged, none past the budget
    assert run.code == 1


def test_a_file_within_the_budget_gets_no_budget_warning(tmp_path):
    write(tmp_path, "ok.okr.yaml", many_krs("en", 40))
    run = check_json(tmp_path / "ok.okr.yaml")
    assert not [f for f in run.findings if f["rule"] == "invalid-okr"]


def test_models_stop_at_the_element_cap_with_one_warning_at_the_first_unbuilt_node():
    text = many_krs("en", 12).encode()
    loaded = load_bytes(text, "t.okr.yaml")
    built = build_sets(loaded.documents, "t.okr.yaml", max_elements=5)  # the objective + 4 KRs
    (okr_set,) = built.sets
    assert len(okr_set.objectives[0].key_results) == 4
    (problem,) = built.problems
    assert (problem.kind, problem.line, problem.column, problem.severity) == ("too-many-elements", 8, 9, "warning")
    assert problem.params == {"built": 5, "skipped": 8, "limit": 5}


def test_the_element_cap_through_the_cli(tmp_path):
    count = MAX_ELEMENTS_PER_FILE + 5
    write(tmp_path, "huge.okr.yaml", many_krs("en", count))
    run = check_json(tmp_path / "huge.okr.yaml", "--select", "too-many-krs")
    capped = [f for f in run.findings if "were read" in f["message"]]
    assert [(f["rule"], f["line"], f["column"]) for f in capped] == [("invalid-okr", 4 + MAX_ELEMENTS_PER_FILE - 1, 9)]
    assert "6 more" in capped[0]["message"]


def test_a_parent_found_later_in_the_run_still_judges_its_child(tmp_path):
    """Files stream in order; a child whose parent file comes after it is judged at the end."""
    write(tmp_path, "okrs/a-team.okr.yaml",
          "objectives:\n  - title: Grow ARR from $10M to $15M\n    parent: z-company#top\n    key_results:\n"
          "      - Raise trial-to-paid conversion from 15% to 25%\n      - Cut setup time from 3 days to 2 hours\n")
    write(tmp_path, "okrs/z-company.okr.yaml",
          "objectives:\n  - id: top\n    title: Become the platform mid-size banks trust\n    key_results:\n"
          "      - Grow ARR from $10M to $15M\n      - Raise NPS from 35 to 50\n")
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings] == [
        ("a-team.okr.yaml", "cascaded-kpi", 2, 12)]


def test_a_suppression_comment_silences_a_cross_file_finding(tmp_path):
    write(tmp_path, "okrs/a-team.okr.yaml",
          "objectives:\n  - title: Grow ARR from $10M to $15M  # okrlint: disable=cascaded-kpi\n"
          "    parent: z-company#top\n    key_results:\n      - Raise NPS from 35 to 50\n      - Cut churn from 5% to 3%\n")
    write(tmp_path, "okrs/z-company.okr.yaml",
          "objectives:\n  - id: top\n    title: Become the platform banks trust\n    key_results:\n"
          "      - Grow ARR from $10M to $15M\n      - Raise NPS from 35 to 50\n")
    assert check_json(tmp_path, "--select", "cascaded-kpi").findings == []
