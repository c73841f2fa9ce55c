"""Rule documentation from one source, the rule packs in `rules/*.yaml`.

The same Markdown feeds `okrlint rule NAME` and the generated `docs/rules/<name>.md`;
`python -m okrlint.docs` rewrites those pages and the rules table in README.md. A test fails
when the committed files drift from what this module produces.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from okrlint.links import SCHEMA_PATH
from okrlint.registry import MESSAGE_LANGS, Bound, Rule, load_registry, localized

TABLE_START, TABLE_END = "<!-- rules-table:start -->", "<!-- rules-table:end -->"
GENERATED_NOTE = "<!-- generated from rules/{name}.yaml by `python -m okrlint.docs`; edit the YAML, not this page -->"
LANG_NAMES = {"en": "English", "ru": "Русский", "zh": "中文"}

# Section words of a rule page, so `okrlint rule NAME --lang ru` reads as one language.
WORDS: dict[str, dict[str, str]] = {
    "en": {"severity": "Severity", "scope": "Applies to", "languages": "Languages", "why": "Why it matters",
           "options": "Options", "option": "option", "default": "default", "allowed": "allowed",
           "no_options": "This rule has no options.",
           "configure": "Change them in `.okrlint.yaml`:", "messages": "Messages", "examples": "Examples",
           "bad": "Bad", "good": "Good", "other": "In other languages",
           "opt_in": "Off by default: name it in `select`/`extend-select`, or pick a profile that turns it on.",
           "reasons": "Evidence", "reasons_intro": "Each finding names one of these reasons (`evidence.reason` in JSON and SARIF) and underlines the words behind it:"},
    "ru": {"severity": "Важность", "scope": "Проверяет", "languages": "Языки", "why": "Почему это важно",
           "options": "Параметры", "option": "параметр", "default": "по умолчанию", "allowed": "допустимо",
           "no_options": "У правила нет параметров.",
           "configure": "Меняются в `.okrlint.yaml`:", "messages": "Сообщения", "examples": "Примеры",
           "bad": "Плохо", "good": "Хорошо", "other": "На других языках",
           "opt_in": "По умолчанию выключено: назовите правило в `select`/`extend-select` или выберите профиль, который его включает.",
           "reasons": "Обоснование", "reasons_intro": "Каждая находка называет одну из этих причин (`evidence.reason` в JSON и SARIF) и подчёркивает слова, на которых она основана:"},
    "zh": {"severity": "严重程度", "scope": "检查对象", "languages": "语言", "why": "为什么重要",
           "options": "选项", "option": "选项", "default": "默认值", "allowed": "允许范围", "no_options": "此规则没有选项。",
           "configure": "可在 `.okrlint.yaml` 中修改：", "messages": "提示信息", "examples": "示例",
           "bad": "反例", "good": "正例", "other": "其他语言",
           "opt_in": "默认关闭：请在 `select`/`extend-select` 中写明它，或选用启用它的配置预设（profile）。",
           "reasons": "依据", "reasons_intro": "每条提示都会给出下列原因之一（JSON 和 SARIF 中的 `evidence.reason`），并标出触发它的词语："},
}


def builtin_rules() -> list[Rule]:
    """The built-in rule packs, as the registry loads them (plugins document themselves)."""
    return [rule for rule in load_registry().rules if not rule.origin.startswith("plugin ")]


def _localized(texts: dict[str, str], lang: str) -> str:
    return localized(texts, lang).strip()


def _examples(rule: Rule, lang: str | None) -> list[tuple[str, dict]]:
    """(kind, example) pairs in the asked language, or all of them when none is in it."""
    pairs = [(kind, ex) for kind in ("bad", "good") for ex in rule.examples.get(kind) or []]
    matching = [(kind, ex) for kind, ex in pairs if lang is not None and ex.get("lang") == lang]
    return matching or pairs


def _options(rule: Rule, words: dict[str, str]) -> list[str]:
    lines = [f"## {words['options']}", ""]
    if not rule.options:
        return lines + [words["no_options"], ""]
    lines += _option_rows(rule, words)
    snippet = yaml.safe_dump({rule.name: rule.options}, allow_unicode=True, sort_keys=False).strip()
    return lines + ["", words["configure"], "", "```yaml", snippet, "```", ""]


def _option_rows(rule: Rule, words: dict[str, str]) -> list[str]:
    """The options table; an "allowed" column only for rules that bound an option."""
    bounded = bool(rule.bounds)
    head = [words["option"], words["default"], *([words["allowed"]] if bounded else [])]
    rows = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for key, value in rule.options.items():
        # JSON spelling of a default is valid YAML flow style too: `5`, `true`, `["a", "b"]`.
        cells = [f"`{key}`", f"`{json.dumps(value, ensure_ascii=False)}`", *([_range(rule.bounds.get(key))] if bounded else [])]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def _range(bound: Bound | None) -> str:
    """`bounds: {max: [1, null]}` → "≥ 1"; symbols read the same in every language."""
    least, most = bound or (None, None)
    if least is not None and most is not None:
        return f"{least:g} … {most:g}"
    if least is not None or most is not None:
        return f"≥ {least:g}" if least is not None else f"≤ {most:g}"
    return "—"


def _reasons(rule: Rule, lang: str, words: dict[str, str]) -> list[str]:
    if not rule.reasons:
        return []
    lines = [f"## {words['reasons']}", "", words["reasons_intro"], ""]
    lines += [f"- `{code}`: {_localized(cues, lang)}" for code, cues in rule.reasons.items()]
    return lines + [""]


def _messages(rule: Rule, lang: str, words: dict[str, str]) -> list[str]:
    if not rule.messages:
        return []
    lines = [f"## {words['messages']}", ""]
    lines += [f"- `{key}`: {_localized(variants, lang)}" for key, variants in rule.messages.items()]
    return lines + [""]


def _example_block(kind: str, example: dict, words: dict[str, str]) -> list[str]:
    lang = example.get("lang")
    head = f"**{words[kind]}**" + (f" ({lang})" if lang else "") + ":"
    lines = [head, "", "```yaml", str(example.get("okr", "")).rstrip("\n"), "```", ""]
    if example.get("note"):
        lines += [str(example["note"]).strip(), ""]
    return lines


def rule_markdown(rule: Rule, lang: str = "en", example_lang: str | None = None) -> str:
    """A rule page: summary, why, options with defaults, messages and bad/good examples."""
    words = WORDS.get(lang, WORDS["en"])
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        f"**{words['severity']}:** {rule.severity.value} · **{words['scope']}:** {rule.scope} · "
        f"**{words['languages']}:** {', '.join(rule.languages)}",
        "",
        _localized(rule.summary, lang),
        "",
        *([f"*{words['opt_in']}*", ""] if rule.opt_in else []),
        f"## {words['why']}",
        "",
        _localized(rule.rationale, lang),
        "",
        *_reasons(rule, lang, words),
        *_options(rule, words),
        *_messages(rule, lang, words),
    ]
    examples = _examples(rule, example_lang)
    if examples:
        lines += [f"## {words['examples']}", ""]
        for kind, example in examples:
            lines += _example_block(kind, example, words)
    return "\n".join(lines).rstrip("\n") + "\n"


def rule_page(rule: Rule) -> str:
    """The committed docs page: English first, every example, then the other languages' texts."""
    lines = [GENERATED_NOTE.format(name=rule.name), "", rule_markdown(rule, "en", None).rstrip("\n"), "", f"## {WORDS['en']['other']}", ""]
    for lang in MESSAGE_LANGS:
        if lang == "en" or lang not in rule.summary:
            continue
        lines += [f"### {LANG_NAMES.get(lang, lang)}", "", _localized(rule.summary, lang), "", _localized(rule.rationale, lang), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def rule_pages(rules: list[Rule]) -> dict[str, str]:
    """{"<name>.md": page} for docs/rules/."""
    return {f"{rule.name}.md": rule_page(rule) for rule in rules}


def rules_table(rules: list[Rule]) -> str:
    rows = ["| code | name | severity | what it finds |", "| --- | --- | --- | --- |"]
    for r in rules:
        summary = _localized(r.summary, "en").replace("|", r"\|")
        rows.append(f"| {r.code} | [{r.name}](docs/rules/{r.name}.md) | {r.severity.value} | {summary} |")
    return "\n".join(rows)


def replace_region(text: str, start: str, end: str, body: str) -> str:
    """`text` with everything between the two marker lines replaced by `body`."""
    head, found_start, rest = text.partition(start)
    _, found_end, tail = rest.partition(end)
    if not found_start or not found_end:
        raise ValueError(f"markers {start} … {end} not found")
    return f"{head}{start}\n{body}\n{end}{tail}"


def schema_file_text() -> str:
    """docs/okr-file.schema.json: `okrlint schema` as committed, so the schema's `$id` resolves."""
    from okrlint.authoring_schema import okr_file_schema

    return json.dumps(okr_file_schema(), ensure_ascii=False, indent=2) + "\n"


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def main() -> int:
    """Rewrite docs/rules/*.md, the README rules table and the committed schema (run from a source checkout)."""
    root = repo_root()
    readme, docs = root / "README.md", root / "docs" / "rules"
    if not (root / "rules").is_dir() or not readme.is_file():
        print("okrlint.docs: run this from a source checkout (rules/ and README.md not found)", file=sys.stderr)
        return 2
    rules = builtin_rules()
    pages = rule_pages(rules)
    docs.mkdir(parents=True, exist_ok=True)
    for stale in docs.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    for name, content in pages.items():
        (docs / name).write_text(content, encoding="utf-8")
    text = readme.read_text(encoding="utf-8")
    readme.write_text(replace_region(text, TABLE_START, TABLE_END, rules_table(rules)), encoding="utf-8")
    (root / SCHEMA_PATH).write_text(schema_file_text(), encoding="utf-8")
    print(f"okrlint.docs: wrote {len(pages)} rule pages to {docs.relative_to(root)}, the README rules table and {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
