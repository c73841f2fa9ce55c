"""The rules of OKR practice beyond the six famous failures (issue 11), through the real CLI.

Each rule fires on its bad examples in ru, en and zh with exact findings, stays quiet on its good
examples and on every examples/ good set (opt-in rules included), and on near misses.
"""

from __future__ import annotations

import pytest

from okrlint.registry import load_registry
from tests.helpers import EXAMPLES, check_json, write

NEW_RULES = ("objective-too-long", "missing-owner", "o3k3", "bonus-linked", "placeholder-target", "missing-baseline",
             "direction-mismatch", "target-equals-baseline", "no-deadline", "score-out-of-range", "sandbagging",
             "committed-missed", "weights", "binary-kr", "initiative-as-kr")
OPT_IN = ("missing-owner", "o3k3", "missing-baseline", "no-deadline", "binary-kr", "initiative-as-kr")


def lint(tmp_path, text: str, *rules: str) -> list[tuple[str, int, int]]:
    """(rule, line, column) of the findings of `rules` (opt-in ones selected too) on one file."""
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", ",".join(rules))
    return run.brief()


# (rule, lang, the rule pack's bad example fires exactly here)
EXPECTED_ON_BAD_EXAMPLES = [
    ("objective-too-long", "en", [(2, 12)]), ("objective-too-long", "ru", [(2, 12)]), ("objective-too-long", "zh", [(2, 12)]),
    ("missing-owner", "en", [(2, 12)]), ("missing-owner", "ru", [(2, 12)]), ("missing-owner", "zh", [(2, 12)]),
    ("o3k3", "ru", [(2, 31)]),
    ("bonus-linked", "en", [(1, 8)]), ("bonus-linked", "ru", [(3, 10)]), ("bonus-linked", "zh", [(3, 10)]),
    ("placeholder-target", "en", [(4, 9)]), ("placeholder-target", "ru", [(4, 9)]), ("placeholder-target", "zh", [(4, 9)]),
    ("missing-baseline", "en", [(4, 9)]), ("missing-baseline", "ru", [(4, 9)]), ("missing-baseline", "zh", [(4, 9)]),
    ("direction-mismatch", "en", [(4, 9)]), ("direction-mismatch", "ru", [(4, 9)]), ("direction-mismatch", "zh", [(4, 9)]),
    ("target-equals-baseline", "en", [(4, 9)]), ("target-equals-baseline", "ru", [(4, 9)]),
    ("target-equals-baseline", "zh", [(4, 9)]),
    ("no-deadline", "en", [(4, 9)]), ("no-deadline", "ru", [(4, 9)]), ("no-deadline", "zh", [(4, 9)]),
    ("score-out-of-range", "en", [(4, 71)]), ("score-out-of-range", "ru", [(4, 76)]), ("score-out-of-range", "zh", [(4, 44)]),
    ("sandbagging", "en", [(2, 12)]), ("sandbagging", "ru", [(2, 12)]), ("sandbagging", "zh", [(2, 12)]),
    ("committed-missed", "en", [(2, 12)]), ("committed-missed", "ru", [(2, 12)]), ("committed-missed", "zh", [(2, 12)]),
    ("weights", "en", [(4, 72)]), ("weights", "ru", [(4, 77)]), ("weights", "zh", [(5, 9)]),
    ("binary-kr", "en", [(4, 9)]), ("binary-kr", "ru", [(4, 9)]), ("binary-kr", "zh", [(4, 9)]),
    ("initiative-as-kr", "en", [(4, 9)]), ("initiative-as-kr", "ru", [(4, 9)]), ("initiative-as-kr", "zh", [(4, 9)]),
]


def _example(rule: str, kind: str, lang: str) -> str:
    (example,) = [e for e in load_registry().find(rule).examples[kind] if e["lang"] == lang]
    return example["okr"]


@pytest.mark.parametrize("rule,lang,where", EXPECTED_ON_BAD_EXAMPLES)
def test_each_rule_fires_on_its_bad_example(tmp_path, rule, lang, where):
    assert lint(tmp_path, _example(rule, "bad", lang), rule) == [(rule, line, column) for line, column in where]


def test_every_new_rule_has_bad_examples_in_three_languages_or_says_why():
    for name in NEW_RULES:
        langs = {e["lang"] for e in load_registry().find(name).examples["bad"]}
        assert langs == {"ru", "en", "zh"} or name == "o3k3", name  # o3k3 counts, the same in every language


@pytest.mark.parametrize("rule", NEW_RULES)
def test_each_rule_is_quiet_on_its_good_examples(tmp_path, rule):
    for example in load_registry().find(rule).examples["good"]:
        assert lint(tmp_path, example["okr"], rule) == []


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_no_new_rule_fires_on_the_good_example_sets(lang):
    run = check_json(EXAMPLES / lang / "good.okr.yaml", "--select", "ALL," + ",".join(OPT_IN))
    assert run.findings == []


def test_opt_in_rules_are_off_unless_named(tmp_path):
    text = _example("no-deadline", "bad", "en")
    assert check_json(write(tmp_path, "t.okr.yaml", text)).findings == []
    assert [f["rule"] for f in check_json(tmp_path / "t.okr.yaml", "--extend-select", "no-deadline").findings] == ["no-deadline"]


# -- near misses and details -------------------------------------------------------------------
def _one_kr(kr: str, objective: str = "Make onboarding effortless for new developers") -> str:
    return f"objectives:\n  - title: {objective}\n    key_results:\n      - {kr}\n      - Cut time to first deploy from 5 days to 1 day\n"


@pytest.mark.parametrize("kr", [
    "Reduce time to first response from 2 hours to 30 minutes",  # units differ: 30 min is less than 2 h
    "Cut cost per lead from $1.2M to $800K",
    "Сократить время ответа с 2 часов до 30 минут",
    "首次响应时间从2小时缩短到30分钟",
    "Grow weekly active teams from 40 to 55",
])
def test_direction_mismatch_compares_like_units(tmp_path, kr):
    assert lint(tmp_path, _one_kr(kr), "direction-mismatch") == []


def test_direction_mismatch_reads_structured_fields(tmp_path):
    kr = "{title: Reduce onboarding support tickets, baseline: 40, target: 60}"
    assert lint(tmp_path, _one_kr(kr), "direction-mismatch") == [("direction-mismatch", 4, 17)]  # at the title
    kr = "{title: Reduce onboarding support tickets, baseline: 40, target: 10}"
    assert lint(tmp_path, _one_kr(kr), "direction-mismatch") == []


def test_target_equals_baseline_in_structured_fields(tmp_path):
    kr = "{title: Keep onboarding satisfaction high, baseline: '8', target: '8'}"
    assert lint(tmp_path, _one_kr(kr), "target-equals-baseline") == [("target-equals-baseline", 4, 17)]


@pytest.mark.parametrize("kr", [
    "Sign 10 new enterprise customers",  # a count from zero
    "Keep checkout error rate below 2%",  # a bound
    "Raise trial conversion from 12% to 25%",
    "{title: Raise trial conversion to 25%, baseline: 12%}",
    "Довести долю повторных покупок до 30% с 18%",
    "Поддерживать доступность не ниже 99,9%",
])
def test_missing_baseline_near_misses(tmp_path, kr):
    assert lint(tmp_path, _one_kr(kr), "missing-baseline") == []


def test_placeholder_in_a_structured_target(tmp_path):
    kr = "{title: Raise trial conversion, baseline: 12%, target: TBD}"
    assert lint(tmp_path, _one_kr(kr), "placeholder-target") == [("placeholder-target", 4, 64)]  # at the field


def test_no_deadline_is_satisfied_by_due_period_or_the_objective(tmp_path):
    assert lint(tmp_path, _one_kr("{title: Raise NPS from 30 to 40, due: 2026-06-30}").replace(
        "      - Cut time to first deploy from 5 days to 1 day\n", ""), "no-deadline") == []
    assert lint(tmp_path, "period: 2026-Q2\n" + _one_kr("Raise NPS from 30 to 40"), "no-deadline") == []
    assert lint(tmp_path, _one_kr("Raise NPS from 30 to 40", "Make onboarding effortless by end of Q2"), "no-deadline") == []


# A period named as a label or a note ("Q3 2026: …", «2027: …», "Q3：…", "(H2)") is the KR's time bound, though the
# text the other rules read has it dropped; a number that is no year is none.
@pytest.mark.parametrize("kr,expected", [
    ("'Q3 2026: ship the billing page'", []),
    ("'2027: сдать экзамен на права'", []),
    ("Q3：上线新版本", []),
    ("Ship the billing page (H2)", []),
    ("Reach 2030 users", [("no-deadline", 4, 9)]),
])
def test_no_deadline_is_satisfied_by_a_period_label(tmp_path, kr, expected):
    second = [("no-deadline", 5, 9)]  # the other key result names no period
    assert lint(tmp_path, _one_kr(kr), "no-deadline") == expected + second


def test_objective_too_long_limits_are_configurable(tmp_path):
    text = _example("objective-too-long", "bad", "en")
    write(tmp_path, ".okrlint.yaml", "objective-too-long: {max: 100}\n")
    assert check_json(write(tmp_path, "t.okr.yaml", text), "--select", "objective-too-long", cwd=tmp_path).findings == []


def test_missing_owner_per_key_result_by_option(tmp_path):
    text = "owner: Anna\n" + _one_kr("{title: Raise NPS from 30 to 40, owner: Ben}")
    write(tmp_path, ".okrlint.yaml", "missing-owner: {key-results: true}\n")
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "missing-owner", cwd=tmp_path)
    assert run.brief() == [("missing-owner", 6, 9)]


def test_o3k3_counts_objectives_per_owner_and_is_turned_on_by_config(tmp_path):
    objectives = "".join(f"  - title: Objective {n} makes customers happier\n    owner: {owner}\n"
                         f"    key_results: [Raise NPS from {n} to {n + 10}, Cut churn from 9% to {n}%]\n"
                         for n, owner in [(1, "Anna"), (2, "Anna"), (3, "Ben"), (4, "Anna"), (5, "Anna")])
    write(tmp_path, ".okrlint.yaml", "o3k3: true\n")
    run = check_json(write(tmp_path, "t.okr.yaml", "objectives:\n" + objectives), "--select", "o3k3", cwd=tmp_path)
    assert run.brief() == [("o3k3", 14, 12)]
    assert "Anna owns 4 objectives; O3K3 allows at most 3" in run.findings[0]["message"]


def test_bonus_words_in_free_text_are_info_and_other_words_are_not_pay(tmp_path):
    text = _one_kr("Raise NPS from 30 to 40").replace("    key_results:", "    why: Customers stay longer\n    key_results:")
    assert lint(tmp_path, text, "bonus-linked") == []
    run = check_json(write(tmp_path, "t.okr.yaml", _example("bonus-linked", "bad", "zh")), "--select", "bonus-linked")
    assert [(f["severity"], f["evidence"]["reason"]) for f in run.findings] == [("info", "pay-word")]


@pytest.mark.parametrize("scores,expected", [("[0.99, 0.85]", [("sandbagging", 2, 12)]),  # mean above 0.9
                                             ("[0.9, 0.9]", [("sandbagging", 2, 12)]),  # every KR at 0.9
                                             ("[1.0, 0.6]", []), ("[0.7, 0.6]", [])])
def test_sandbagging_thresholds(tmp_path, scores, expected):
    first, second = scores.strip("[]").split(", ")
    text = ("objectives:\n  - title: Make onboarding effortless for new developers\n    type: aspirational\n    key_results:\n"
            f"      - {{title: Cut time to first deploy from 5 days to 1 day, score: {first}}}\n"
            f"      - {{title: Raise onboarding satisfaction from 6 to 8, score: {second}}}\n")
    assert lint(tmp_path, text, "sandbagging") == expected


def test_committed_missed_is_quiet_when_the_short_kr_has_a_note(tmp_path):
    text = _example("committed-missed", "bad", "en").replace("score: 0.8}", "score: 0.8, note: The CDN migration slipped}")
    assert lint(tmp_path, text, "committed-missed") == []


def test_score_scale_100(tmp_path):
    text = _example("score-out-of-range", "bad", "en").replace("score: 0.6", "score: 60")
    write(tmp_path, ".okrlint.yaml", "score-scale: 100\n")
    assert check_json(write(tmp_path, "t.okr.yaml", text), "--select", "OKR4", cwd=tmp_path).findings == []
    text = text.replace("score: 70", "score: 170")
    assert check_json(tmp_path / "t.okr.yaml", "--select", "OKR4", cwd=tmp_path).findings == []
    write(tmp_path, "t.okr.yaml", text)
    assert check_json(tmp_path / "t.okr.yaml", "--select", "OKR4", cwd=tmp_path).brief() == [("score-out-of-range", 4, 71)]


def test_weights_in_percent_may_sum_to_100(tmp_path):
    text = _example("weights", "good", "en").replace("weight: 0.6", "weight: 60").replace("weight: 0.4", "weight: 40")
    assert lint(tmp_path, text, "weights") == []


@pytest.mark.parametrize("rule,reason", [("binary-kr", "completion-state"), ("initiative-as-kr", "task-verb")])
@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_one_kr_one_finding_the_more_specific_one(tmp_path, rule, reason, lang):
    """Off, task-not-outcome reports the KR; selected, the more specific rule replaces that finding."""
    path = write(tmp_path, "t.okr.yaml", _example(rule, "bad", lang))
    plain = check_json(path, "--select", "OKR2")
    assert [(f["rule"], f["line"], f["evidence"]["reason"]) for f in plain.findings] == [("task-not-outcome", 4, reason)]
    specific = check_json(path, "--select", f"OKR2,{rule}")
    assert specific.brief() == [(rule, 4, 9)]


@pytest.mark.parametrize("kr", [
    "Write and publish the API guide",  # one piece of work with two verbs
    "Launch the onboarding flow for customers and partners",
    "Cut churn from 9% to 5%, and raise NPS from 30 to 40",
    "Запустить новую программу адаптации для клиентов и партнёров",
    "新版本上线并使日活跃用户从2万提升到5万",
])
def test_initiative_as_kr_near_misses(tmp_path, kr):
    assert lint(tmp_path, _one_kr(kr), "initiative-as-kr") == []


@pytest.mark.parametrize("kr", ["Raise the share of orders through the new site from 0% to 40%",
                                "{title: New onboarding policy approved, target: 80% of contracts on it}"])
def test_binary_kr_near_misses(tmp_path, kr):
    assert lint(tmp_path, _one_kr(kr), "binary-kr") == []


@pytest.mark.parametrize("lang,kr", [("en", "The importer accepts both CSV and Excel files"),
                                     ("ru", "Личный кабинет показывает историю заказов"),
                                     ("zh", "后台页面能展示失败原因")])
def test_binary_kr_takes_a_feature_stated_as_a_state(tmp_path, lang, kr):
    """A feature stated as a state is yes/no too: selected, binary-kr replaces task-not-outcome's finding."""
    path = write(tmp_path, "t.okr.yaml", _one_kr(kr))
    assert [f["evidence"]["reason"] for f in check_json(path, "--select", "OKR2").findings] == ["feature-state"]
    assert check_json(path, "--select", "OKR2,binary-kr").brief() == [("binary-kr", 4, 9)]
