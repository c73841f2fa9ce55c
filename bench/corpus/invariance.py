"""How often okrlint changes its verdict under an edit that keeps the meaning of an OKR text.

    python bench/corpus/invariance.py OUT_DIR/corpus-dev.yaml [--edits weight,status,...] [--show 5]

A real OKR is written many ways: with a weight in brackets ("（权重20%）"), a tracker's status ("(done)"),
a deadline, its owner's handle, a "KR1." label, in Title Case or quoted whole. None of these changes what the
KR commits to, so none may change okrlint's verdict on it. For each edit this script rewrites every text of
a corpus (the shared scorer's format, as `rebuild.py` writes it) that the edit applies to, lints the
original and the edited corpus with the installed okrlint, and counts the texts whose findings of the four
text rules changed. It measures language understanding on many texts at once without labels: a change
found here is a misreading to fix by kind, never a sentence to fit (the texts stay in the local copy).

The figures go to stdout as a table (edit, language, texts edited, verdicts changed, share); `--show N`
prints up to N changed texts an edit, for the developer's eyes only.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

import yaml

from okrlint.sanitize import shown  # a corpus text is untrusted: no control character reaches the terminal

TEXT_RULES = ("task-not-outcome", "unmeasurable", "so-what", "kpi-in-disguise")
Edit = Callable[[str, str, str], "str | None"]  # (text, lang, "o" or "kr") -> the edited text, or None


def _suffix(en: str, ru: str, zh: str) -> Edit:
    def edit(text: str, lang: str, target: str) -> str | None:
        return text.rstrip(".。") + {"en": en, "ru": ru, "zh": zh}[lang]
    return edit


def _prefix(en: str, ru: str, zh: str) -> Edit:
    def edit(text: str, lang: str, target: str) -> str | None:
        return {"en": en, "ru": ru, "zh": zh}[lang] + text
    return edit


def _label(text: str, lang: str, target: str) -> str | None:
    mark = ("O1" if target == "o" else "KR1") if lang != "ru" else ("Цель 1" if target == "o" else "КР1")
    return f"{mark}：{text}" if lang == "zh" else f"{mark}: {text}"


def _quoted(text: str, lang: str, target: str) -> str | None:
    return {"en": f"“{text}”", "ru": f"«{text}»", "zh": f"「{text}」"}[lang]


def _spelled_percent(text: str, lang: str, target: str) -> str | None:
    if lang == "zh" or "%" not in text:
        return None
    return re.sub(r"(\d)\s?%", r"\1 percent" if lang == "en" else r"\1 процентов", text)


def _title_case(text: str, lang: str, target: str) -> str | None:
    if lang != "en":
        return None
    edited = " ".join(w[:1].upper() + w[1:] if w.islower() and len(w) > 3 else w for w in text.split(" "))
    return edited if edited != text else None


_ING = {"Increase": "Increasing", "Reduce": "Reducing", "Launch": "Launching", "Build": "Building",
        "Create": "Creating", "Ship": "Shipping", "Deliver": "Delivering", "Implement": "Implementing",
        "Develop": "Developing", "Publish": "Publishing", "Migrate": "Migrating", "Establish": "Establishing",
        "Define": "Defining", "Complete": "Completing", "Run": "Running", "Host": "Hosting", "Design": "Designing"}


def _ing_heading(text: str, lang: str, target: str) -> str | None:
    first, _, rest = text.partition(" ")
    return f"{_ING[first]} {rest}" if lang == "en" and first in _ING and rest else None


# English orders beside the -ing headings' ones, for "We will …"; pymorphy3's analyzer, made on first use
_MORE_ORDERS = {"Grow", "Improve", "Hire", "Achieve", "Release", "Decrease", "Expand", "Make", "Raise", "Cut", "Lower",
                "Deploy", "Automate", "Document", "Write", "Add", "Introduce"}
_MORPH = None


def _said_by_the_team(text: str, lang: str, target: str) -> str | None:
    """"Launch X" -> "We will launch X", «Запустить X» -> «Мы запустим X», "上线X" -> "我们将上线X"."""
    first, _, rest = text.partition(" ")
    if lang == "en":
        return f"We will {first.lower()} {rest}" if (first in _ING or first in _MORE_ORDERS) and rest else None
    if lang == "zh":
        return "我们将" + text if re.match(r"[\u4e00-\u9fff]", text) and not text.startswith(("我", "将")) else None
    if not rest:
        return None
    parse = _morph().parse(first)[0]
    if parse.tag.POS != "INFN" or "perf" not in parse.tag:
        return None
    planned = parse.inflect({"1per", "plur", "futr"})
    return None if planned is None else f"Мы {planned.word} {rest}"


# Russian orders and the nouns of action that head the same text as a heading ("Запустить X" -> "Запуск X")
_RU_ACTION_NOUNS = {
    "запустить": "запуск", "внедрить": "внедрение", "разработать": "разработка", "увеличить": "увеличение",
    "снизить": "снижение", "повысить": "повышение", "сократить": "сокращение", "создать": "создание",
    "провести": "проведение", "подготовить": "подготовка", "улучшить": "улучшение", "оптимизировать": "оптимизация",
    "автоматизировать": "автоматизация", "обучить": "обучение", "привлечь": "привлечение", "выпустить": "выпуск",
    "организовать": "организация", "настроить": "настройка", "обновить": "обновление", "опубликовать": "публикация",
    "ускорить": "ускорение", "расширить": "расширение", "удержать": "удержание", "перейти": "переход",
    "закрыть": "закрытие", "согласовать": "согласование", "утвердить": "утверждение", "интегрировать": "интеграция",
}


def _ru_heading(text: str, lang: str, target: str) -> str | None:
    """«Повысить лояльность покупателей» -> «Повышение лояльности покупателей»: the object put in the genitive."""
    words = text.split(" ")
    noun = _RU_ACTION_NOUNS.get(words[0].lower()) if lang == "ru" else None
    if noun is None or len(words) < 2:
        return None
    out, i = [noun.capitalize()], 1
    while i < len(words):
        core = words[i].strip(",.;:")
        parses = [p for p in _morph().parse(core) if p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == "accs"]
        genitive = parses[0].inflect({"gent"}) if parses else None
        if genitive is None:
            break
        out.append(words[i].replace(core, genitive.word.capitalize() if core[:1].isupper() else genitive.word))
        i += 1
    return " ".join(out + words[i:]) if i > 1 else None


def _morph():  # okrlint's own dependency, loaded only for the Russian edits
    global _MORPH
    if _MORPH is None:
        import pymorphy3

        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


def _traditional(text: str, lang: str, target: str) -> str | None:
    if lang != "zh":
        return None
    edited = "".join(_simplified_to_traditional().get(ch, ch) for ch in text)
    return edited if edited != text else None


_S2T: dict[str, str] = {}


def _simplified_to_traditional() -> dict[str, str]:
    """okrlint's own Traditional → Simplified table, read backwards (first choice of each character)."""
    if not _S2T:
        import okrlint.analysis

        table = Path(okrlint.analysis.__file__).parent / "data" / "zh_t2s.tsv"
        for line in table.read_text(encoding="utf-8").splitlines():
            pair = line.split("\t")
            if len(pair) == 2 and len(pair[0]) == 1 and len(pair[1]) == 1:
                _S2T.setdefault(pair[1], pair[0])
    return _S2T


# An opening verb and another that says the same of the same object, with the same case in Russian: a verdict
# that changes with the choice of word has learnt a word list, not the kind of verb.
_SYNONYMS = {
    "en": {"Increase": "Raise", "Raise": "Increase", "Grow": "Increase", "Boost": "Increase", "Improve": "Enhance",
           "Enhance": "Improve", "Reduce": "Lower", "Lower": "Reduce", "Cut": "Reduce", "Decrease": "Reduce",
           "Launch": "Release", "Release": "Launch", "Build": "Create", "Create": "Build", "Develop": "Build",
           "Hire": "Recruit", "Recruit": "Hire", "Achieve": "Reach", "Reach": "Achieve", "Complete": "Finish",
           "Finish": "Complete", "Conduct": "Run", "Host": "Hold", "Hold": "Host", "Maintain": "Sustain",
           "Sustain": "Maintain", "Expand": "Extend", "Establish": "Set up", "Deliver": "Ship", "Ship": "Deliver"},
    "ru": {"Увеличить": "Повысить", "Повысить": "Увеличить", "Нарастить": "Увеличить", "Снизить": "Сократить",
           "Сократить": "Снизить", "Уменьшить": "Снизить", "Разработать": "Создать", "Создать": "Разработать",
           "Провести": "Организовать", "Организовать": "Провести", "Достичь": "Добиться", "Добиться": "Достичь",
           "Сохранить": "Удержать", "Удержать": "Сохранить", "Завершить": "Закончить", "Запустить": "Выпустить",
           "Выпустить": "Запустить", "Улучшить": "Усовершенствовать", "Нанять": "Набрать"},
    "zh": {"提升": "提高", "提高": "提升", "降低": "减少", "减少": "降低", "上线": "发布", "发布": "上线", "推出": "发布",
           "建立": "搭建", "搭建": "建立", "实现": "达成", "达成": "实现", "保持": "维持",
           "维持": "保持", "招聘": "招募", "优化": "改进", "改进": "优化", "举办": "组织", "开展": "进行"},
}


def _synonym(text: str, lang: str, target: str) -> str | None:
    table = _SYNONYMS[lang]
    if lang == "zh":
        first = next((word for word in (text[:2], text[:3]) if word in table), None)
        return None if first is None else table[first] + text[len(first):]
    first, space, rest = text.partition(" ")
    return f"{table[first]} {rest}" if first in table and rest else None


def _bold(text: str, lang: str, target: str) -> str | None:
    return f"**{text.strip()}**"


def _lower_first(text: str, lang: str, target: str) -> str | None:
    """"increase NPS to 50" as written in a quick list; not a text that opens with a name and a colon ("Sales: …")."""
    if lang == "zh" or not text[:1].isupper() or text[1:2].isupper() or re.match(r"[^:：]{1,40}[:：]", text):
        return None
    return text[0].lower() + text[1:]


def _grouped_thousands(text: str, lang: str, target: str) -> str | None:
    """12500 -> "12,500" (en, zh) or «12 500» (ru, with a no-break space): the same number. Years stay."""
    sep = "\u00a0" if lang == "ru" else ","

    def grouped(m: re.Match) -> str:
        digits = m.group(0)
        return digits if digits[0] == "0" or 1900 <= int(digits) <= 2100 else f"{int(digits):,}".replace(",", sep)
    edited = re.sub(r"(?<![\d.,:/-])\d{4,}(?![\d.,:/-]?\d)", grouped, text)
    return edited if edited != text else None


_BRITISH = [(re.compile(r"(?<=[a-z])iz(e|es|ed|ing|ation|ations)\b"), r"is\1"), (re.compile(r"(?<=[a-z])yz(e|es|ed|ing)\b"), r"ys\1"),
            (re.compile(r"\b(behavi|col|fav|lab|hon|neighb)or(s|ed|ing|ite|ites)?\b", re.I), r"\1our\2")]


def _british(text: str, lang: str, target: str) -> str | None:
    if lang != "en":
        return None
    edited = text
    for pattern, repl in _BRITISH:
        edited = pattern.sub(repl, edited)
    return edited if edited != text else None


EDITS: dict[str, Edit] = {
    "period": lambda text, lang, target: None if re.search(r"[.!?。！？;；:：)）\]]$", text) else text + ("。" if lang == "zh" else "."),
    "label": _label,
    "weight": _suffix(" (weight: 30%)", " (вес 30%)", "（权重30%）"),
    "status": _suffix(" (done)", " (выполнено)", "（已完成）"),
    "kind": _suffix(" (stretch)", " (стретч)", "（挑战目标）"),
    "deadline": _suffix(" by the end of Q3", " до конца третьего квартала", "（Q3结束前）"),
    "owner": _suffix(" — @alice", " — @anna", " @张三"),
    "quoted": _quoted,
    "percent": _spelled_percent,
    "title-case": _title_case,
    "ing-heading": _ing_heading,
    "we-will": _said_by_the_team,
    "ru-heading": _ru_heading,
    "traditional": _traditional,
    "progress": _suffix(" (progress: 60%)", " (прогресс 60%)", "（进度60%）"),
    "confidence": _suffix(" (confidence 7/10)", " (уверенность 7/10)", "（信心指数7/10）"),
    "grade": _suffix(" (score: 0.7)", " (оценка 0.7)", "（评分0.7）"),
    "see": _suffix(" (see #123)", " (см. #123)", "（详见需求文档）"),
    "issue-ref": _suffix(" (#123)", " (#123)", "（#123）"),
    "quarter": _suffix(" (Q3)", " (III квартал)", "（Q3）"),
    "done-by": _suffix(", done by the end of Q3", ", выполнить до конца третьего квартала", "，Q3结束前完成"),
    "date": _suffix(" by 2026-09-30", " до 30.09.2026", "（2026-09-30前）"),
    "period-tag": _prefix("[Q3] ", "[Q3] ", "【Q3】"),
    "arrow": _prefix("→ ", "→ ", "→ "),
    "numbered": _prefix("1) ", "1) ", "1）"),
    "checkbox": _prefix("[x] ", "[x] ", "[x] "),
    "emoji": _prefix("🎯 ", "🎯 ", "🎯 "),
    "team": _prefix("Platform team: ", "Команда платформы: ", "平台组："),
    "bold": _bold,
    "lowercase": _lower_first,
    "thousands": _grouped_thousands,
    "british": _british,
    "synonym": _synonym,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="a corpus file in the shared scorer's format (rebuild.py's output)")
    ap.add_argument("--edits", default=",".join(EDITS), help=f"comma-separated, of: {', '.join(EDITS)}")
    ap.add_argument("--okrlint", default=f"{sys.executable} -m okrlint", help="the okrlint command")
    ap.add_argument("--show", type=int, default=0, help="print up to N changed texts an edit")
    args = ap.parse_args()
    items = [it for it in yaml.safe_load(Path(args.corpus).read_text(encoding="utf-8")) or []
             if isinstance(it, dict) and it.get("kind") != "cascade" and it.get("lang") in ("en", "ru", "zh")]
    names = [name.strip() for name in args.edits.split(",") if name.strip()]
    unknown = [name for name in names if name not in EDITS]
    if unknown:
        ap.error(f"unknown edits: {', '.join(unknown)}")
    base = _verdicts(items, None, args.okrlint)
    print(f"{'edit':12} {'lang':4} {'edited':>7} {'changed':>8} {'share':>6}")
    for name in names:
        edited = _verdicts(items, EDITS[name], args.okrlint)
        counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        printed = 0
        for key, (lang, text, verdict) in edited.items():
            counts[lang]["edited"] += 1
            if verdict != base[key][2]:
                counts[lang]["changed"] += 1
                if printed < args.show:
                    printed += 1
                    print(f"   {sorted(base[key][2])} -> {sorted(verdict)} | {shown(text[:120])}")
        for lang in ("en", "ru", "zh"):
            c = counts[lang]
            if c["edited"]:
                print(f"{name:12} {lang:4} {c['edited']:7} {c['changed']:8} {c['changed'] / c['edited']:6.1%}")
    return 0


def _verdicts(items: list[dict], edit: Edit | None, okrlint: str) -> dict[tuple[str, str], tuple[str, str, frozenset[str]]]:
    """Lint the items (edited, when an edit is given): for each edited target, (lang, text, text rules found)."""
    with tempfile.TemporaryDirectory(prefix="okr-invariance-") as tmp:
        where: dict[str, dict[int, str]] = {}  # file -> line -> target
        texts: dict[tuple[str, str], tuple[str, str]] = {}
        for it in items:
            lang, objective = it["lang"], it.get("objective")
            targets = ([("o", objective)] if objective else []) + [(str(i), kr) for i, kr in enumerate(it.get("key_results") or [])
                                                                  if isinstance(kr, str)]
            written = {}
            for target, text in targets:
                new = text if edit is None else edit(text, lang, "o" if target == "o" else "kr")
                if new is not None:
                    written[target] = new
                    texts[(it["id"], target)] = (lang, text)
            if not written:
                continue
            krs = [written.get(str(i), kr) for i, kr in enumerate(it.get("key_results") or []) if isinstance(kr, str)]
            title = written.get("o", objective or "—")
            lines = [f"lang: {lang}", "objectives:", f"  - title: {json.dumps(title, ensure_ascii=False)}"]
            lines_of = {3: "o"}
            if krs:
                lines.append("    key_results:")
                for i, kr in enumerate(krs):
                    lines.append(f"      - {json.dumps(kr, ensure_ascii=False)}")
                    lines_of[len(lines)] = str(i)
            name = f"{it['id']}.okr.yaml"
            Path(tmp, name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            where[name] = lines_of
        proc = subprocess.run([*okrlint.split(), "check", tmp, "--format", "json", "--no-cache", "--select",
                               ",".join(TEXT_RULES)], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
        if proc.returncode not in (0, 1):
            sys.exit(f"okrlint exited {proc.returncode}: {proc.stderr[-500:]}")
        found: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
        for finding in json.loads(proc.stdout):
            name = os.path.basename(finding.get("path", ""))
            target = where.get(name, {}).get(finding.get("line"))
            if target is not None:
                found[(name[: -len(".okr.yaml")], target)].add(finding["rule"])
    return {key: (lang, text, frozenset(found.get(key, ()))) for key, (lang, text) in texts.items()}


if __name__ == "__main__":
    sys.exit(main())
