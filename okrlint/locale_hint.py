"""A one-line hint when `--lang auto` spoke another language than the user's locale.

An English user linting a file with some Cyrillic gets its messages in Russian; without a hint
nothing says that `--lang` exists.
"""

from __future__ import annotations

from typing import Mapping

from okrlint.findings import Finding

LANG_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese"}


def locale_language(environ: Mapping[str, str]) -> str | None:
    """"ru" for LANG=ru_RU.UTF-8 (LC_ALL and LC_MESSAGES first, as POSIX); None for C, POSIX or unset."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            code = value.split(".")[0].split("_")[0].split("-")[0].lower()
            return code if code in LANG_NAMES else None
    return None


def language_hint(lang_setting: str, findings: list[Finding], environ: Mapping[str, str]) -> str | None:
    """The hint, or None when the language was chosen, matches the locale, or the locale says nothing."""
    if lang_setting != "auto":
        return None
    mine = locale_language(environ)
    others = sorted({f.lang for f in findings if f.lang != mine and f.lang in LANG_NAMES})
    if mine is None or not others:
        return None
    spoken = ", ".join(LANG_NAMES[lang] for lang in others)
    return (f"okrlint: some messages are in {spoken}, the language of their OKRs; "
            f"`--lang {mine}` (or `lang: {mine}` in .okrlint.yaml) shows them all in {LANG_NAMES[mine]}")
