"""Rule documentation: `okrlint rules`, `okrlint rule NAME`, and docs/rules/ kept in step with rules/*.yaml."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from okrlint.cli import app
from okrlint.docs import TABLE_END, TABLE_START, builtin_rules, replace_region, rule_markdown, rule_pages, rules_table
from okrlint.findings import Severity
from okrlint.registry import Rule, load_registry

REPO_ROOT = Path(__file__).resolve().parent.parent
DOCS = REPO_ROOT / "docs" / "rules"
REGENERATE = "run `python -m okrlint.docs` and commit the result"

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "250", "NO_COLOR": "1"})


def test_committed_rule_pages_match_the_generator() -> None:
    expected = rule_pages(builtin_rules())
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert sorted(committed) == sorted(expected), REGENERATE
    for name, content in expected.items():
        assert committed[name] == content, f"docs/rules/{name} is stale; {REGENERATE}"


def test_readme_rules_table_matches_the_generator() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert replace_region(readme, TABLE_START, TABLE_END, rules_table(builtin_rules())) == readme, REGENERATE


def test_every_builtin_rule_has_a_page_linked_from_the_table() -> None:
    table = rules_table(builtin_rules())
    for rule in load_registry().rules:
        assert f"| {rule.code} | [{rule.name}](docs/rules/{rule.name}.md) | {rule.severity.value} |" in table
        assert (DOCS / f"{rule.name}.md").is_file()


def test_rules_lists_every_rule_as_a_table() -> None:
    result = invoke("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for rule in load_registry().rules:
        row = next(line for line in lines if f" {rule.code} " in line)
        assert rule.name in row and rule.severity.value in row and rule.summary["en"] in row and "en, ru, zh" in row


def test_rules_json_in_russian() -> None:
    result = invoke("rules", "--format", "json", "--lang", "ru")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    registry = load_registry()
    assert [r["code"] for r in listed] == [r.code for r in registry.rules]
    too_many = next(r for r in listed if r["name"] == "too-many-krs")
    assert too_many == {"code": "OKR101", "name": "too-many-krs", "severity": "warning", "scope": "objective",
                        "summary": registry.find("too-many-krs").summary["ru"], "languages": ["en", "ru", "zh"], "options": {"max": 5},
                        "profiles": ["default", "balanced", "google", "startup", "cascade"]}
    assert too_many["summary"].startswith("У цели больше 5 ")


def _shown_examples(rule: Rule, lang: str) -> list[tuple[str, dict]]:
    pairs = [(kind, ex) for kind in ("bad", "good") for ex in rule.examples.get(kind) or []]
    return [(k, ex) for k, ex in pairs if ex.get("lang") == lang] or pairs


def test_rule_page_by_name_shows_rationale_options_and_examples() -> None:
    result = invoke("rule", "too-many-krs")
    assert result.exit_code == 0
    out, flat = result.stdout, " ".join(result.stdout.split())  # the terminal wraps lines
    rule = load_registry().find("too-many-krs")
    assert "OKR101 too-many-krs" in out and "Why it matters" in out
    assert rule.rationale["en"].split(". ")[0] in flat
    assert "max" in out and "5" in out
    for kind, example in _shown_examples(rule, "en"):  # English ones, or all when there are none
        assert f"{kind.capitalize()} ({example['lang']})" in out
        assert example["okr"].splitlines()[-1].strip() in out


def test_rule_page_by_code_in_chinese() -> None:
    result = invoke("rule", "okr102", "--lang", "zh")
    out = result.stdout
    rule = load_registry().find("too-few-krs")
    assert result.exit_code == 0 and "OKR102 too-few-krs" in out and "为什么重要" in out
    assert rule.rationale["zh"][:12] in out
    shown = _shown_examples(rule, "zh")
    assert shown and all(ex["lang"] == "zh" for _, ex in shown)  # this rule has Chinese examples
    for kind, example in shown:
        assert f"{'反例' if kind == 'bad' else '正例'} (zh)" in out and example["okr"].splitlines()[-1].strip() in out


def test_unknown_rule_exits_2_with_a_suggestion() -> None:
    result = invoke("rule", "too-mny-krs")
    assert result.exit_code == 2
    assert "unknown rule `too-mny-krs`; did you mean `too-many-krs`?" in result.stderr
    assert invoke("rule", "OKR109").exit_code == 2


def _text_rule() -> Rule:
    """A made-up rule with every field a rule pack may fill, as new text rules will."""
    return Rule(
        code="OKR999", name="vague-verb", severity=Severity.INFO, scope="key_result",
        summary={"en": "A key result uses a vague verb.", "ru": "В ключевом результате расплывчатый глагол."},
        rationale={"en": "Vague verbs hide the target.", "ru": "Расплывчатые глаголы прячут цель."},
        messages={"default": {"en": "`{verb}` says nothing measurable", "ru": "`{verb}` ничего не измеряет"}},
        check=None, options={"words": ["improve", "улучшить"], "strict": False},
        examples={"bad": [{"lang": "en", "okr": "objectives: []\n", "note": "No number at all."},
                          {"lang": "ru", "okr": "objectives: []\n"}],
                  "good": [{"lang": "en", "okr": "objectives: [{title: x}]\n"}]},
        languages=("en", "ru"),
    )


def test_rule_markdown_is_generic_over_rule_fields() -> None:
    assert rule_markdown(_text_rule(), "ru", "ru") == """\
# OKR999 vague-verb

**Важность:** info · **Проверяет:** key_result · **Языки:** en, ru

В ключевом результате расплывчатый глагол.

## Почему это важно

Расплывчатые глаголы прячут цель.

## Параметры

| параметр | по умолчанию |
| --- | --- |
| `words` | `["improve", "улучшить"]` |
| `strict` | `false` |

Меняются в `.okrlint.yaml`:

```yaml
vague-verb:
  words:
  - improve
  - улучшить
  strict: false
```

## Сообщения

- `default`: `{verb}` ничего не измеряет

## Примеры

**Плохо** (ru):

```yaml
objectives: []
```
"""


def test_rule_page_falls_back_to_english_and_lists_other_languages() -> None:
    page = rule_pages([_text_rule()])["vague-verb.md"]
    assert page.startswith("<!-- generated from rules/vague-verb.yaml")
    assert "**Bad** (en):" in page and "No number at all." in page and "**Bad** (ru):" in page and "**Good** (en):" in page
    assert "## In other languages\n\n### Русский\n\nВ ключевом результате расплывчатый глагол." in page
    assert "中文" not in page  # no Chinese texts, no Chinese section
