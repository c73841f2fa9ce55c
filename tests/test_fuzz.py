"""Property-based and fuzz tests: whatever bytes come in, the check ends with 0/1/2 and located findings.

Inputs range from well-formed OKR documents (Latin, Cyrillic and Han texts) through mutated YAML
and random structures to random bytes in several encodings. Most run in-process through
`okrlint.engine.lint`; a few go through the CLI and a real process. `HYPOTHESIS_PROFILE=long`
(tests/conftest.py) runs many more examples.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import TextAnalysis, analyze
from okrlint.config import Config
from okrlint.discovery import Target
from okrlint.engine import LintResult, exit_code, lint
from okrlint.loader import decode, load_bytes
from okrlint.registry import load_registry
from tests.helpers import cli, cli_process

# -- strategies ------------------------------------------------------------------------------

LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
CYRILLIC = st.characters(min_codepoint=0x400, max_codepoint=0x4FF)
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
OKR_SIGNS = st.sampled_from(list(" %→—-–:;,.!?()«»“”0123456789$₽¥€\t\n"))
REAL_TEXTS = [
    "Увеличить долю enterprise-продаж с 20% до 35% к 31 марта",
    "Запустить новую программу адаптации",
    "Снизить churn до 5% к концу Q2",
    "新客户7日激活率从35%提升到60%",
    "上线新手引导",
    "Cut time to first deploy from 5 days to 1 day by end of Q2",
    "Launch the new billing system",
    "Raise NPS from 30 to 50",
]

mixed_text = st.text(st.one_of(LATIN, CYRILLIC, HAN, OKR_SIGNS), max_size=60)
okr_text = st.one_of(mixed_text, st.sampled_from(REAL_TEXTS), st.text(max_size=30))
scalar = st.one_of(okr_text, st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                   st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))

key_result = st.one_of(
    okr_text,
    st.fixed_dictionaries(
        {"title": okr_text},
        optional={
            "metric": okr_text, "baseline": scalar, "target": scalar, "unit": okr_text, "due": scalar,
            "owner": okr_text, "score": scalar, "initiatives": st.lists(okr_text, max_size=3),
        },
    ),
)
objective = st.fixed_dictionaries(
    {"title": okr_text},
    optional={
        "id": st.sampled_from(["a", "b", "growth", "рост", "增长"]), "why": okr_text, "parent": okr_text,
        "type": st.sampled_from(["aspirational", "committed", "stretch"]), "owner": okr_text,
        "key_results": st.lists(key_result, max_size=7),
    },
)
okr_set = st.fixed_dictionaries(
    {"objectives": st.lists(objective, max_size=7)},
    optional={
        "period": st.sampled_from(["2026-Q1", "2026-H2", "2026"]), "team": okr_text, "owner": okr_text,
        "lang": st.sampled_from(["ru", "en", "zh", "fr"]),
        "kpis": st.lists(st.one_of(okr_text, st.fixed_dictionaries({"name": okr_text}, optional={"target": scalar})), max_size=3),
    },
)
any_yaml_value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(okr_text, inner, max_size=4),
                              max_leaves=25)


def dump(documents: list[object], flow: bool | None) -> str:
    return yaml.safe_dump_all(documents, allow_unicode=True, sort_keys=False, default_flow_style=flow)


valid_yaml = st.builds(dump, st.lists(okr_set, min_size=1, max_size=3), st.sampled_from([False, None, True]))
random_yaml = st.builds(dump, st.lists(st.one_of(any_yaml_value, okr_set), min_size=1, max_size=2), st.sampled_from([False, None]))

# What people (and merges) do to YAML: stray indicators, tabs, markers, anchors, cut files.
YAML_DEBRIS = [":", "- ", "[", "]", "{", "}", "#", "&a ", "*a", "!!", "|", ">", "'", '"', "%", "@", "`", ",", "?", "\t",
               "\n", "  ", "---\n", "...\n", "<<<<<<< HEAD\n", "=======\n", ">>>>>>> main\n", "<<: *a\n", "\x00", "\ufeff",
               "\x85", "\u2028", "title: ", "key_results:\n", "objectives:\n"]


@st.composite
def mutated_yaml(draw: st.DrawFn) -> str:
    text = draw(st.one_of(valid_yaml, random_yaml))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "duplicate-line", "truncate"]))
        if edit == "insert":
            text = text[:at] + draw(st.one_of(st.sampled_from(YAML_DEBRIS), st.text(max_size=4))) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)):]
        elif edit == "duplicate-line":
            lines = text.split("\n")
            index = at % len(lines)
            text = "\n".join(lines[: index + 1] + lines[index:])
        else:
            text = text[:at]
    return text


ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1251", "gb18030", "latin-1"]


@st.composite
def encoded(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    return draw(texts).encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


@st.composite
def byte_damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(valid_yaml).encode("utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


any_input = st.one_of(
    valid_yaml.map(str.encode),
    mutated_yaml().map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    encoded(st.one_of(valid_yaml, mutated_yaml())),
    byte_damaged(),
    st.binary(max_size=400),
)

# -- the properties --------------------------------------------------------------------------

CONFIGS = [Config(), Config(lang="en"), Config(lang="ru"), Config(lang="zh")]


def lint_bytes(data: bytes, config: Config) -> tuple[LintResult, int]:
    result = lint([Target("fuzz.okr.yaml", None)], config, load_registry(), read_stdin=lambda: data)
    return result, exit_code(result, config.fail_on)


def assert_sane(data: bytes, result: LintResult, code: int) -> None:
    """Exit code in 0/1/2, no crashed rule, and every finding located inside the file."""
    text, _ = decode(data, "fuzz.okr.yaml")
    # YAML counts NEL, LS and PS as line breaks too, so a finding may sit on a line an editor joins
    yaml_breaks = len(re.findall("\r\n|[\n\r\x85\u2028\u2029]", text or ""))
    last_line = max(data.count(b"\n"), yaml_breaks) + 1  # number of lines, however it is decoded
    assert code in (0, 1, 2)
    crashed = [f.message for f in result.findings if f.rule == "internal-error"]
    assert not crashed, (crashed, result.tracebacks[:1], data)
    for f in result.findings:
        span = f.span
        assert 1 <= span.line <= last_line + 1, (f, data)
        assert span.column >= 1, (f, data)
        assert (span.end_line, span.end_column) >= (span.line, span.column), (f, data)
        assert f.message and f.lang in ("ru", "en", "zh"), f


@given(data=any_input, config=st.sampled_from(CONFIGS))
def test_the_check_never_crashes_and_locates_every_finding(data: bytes, config: Config) -> None:
    result, code = lint_bytes(data, config)
    assert_sane(data, result, code)


@given(text=valid_yaml)
def test_documents_yaml_itself_wrote_are_never_refused(text: str) -> None:
    """Anything safe_dump writes is YAML okrlint must read: schema findings at most, no loader problem."""
    data = text.encode("utf-8")
    assert load_bytes(data, "fuzz.okr.yaml").problems == []
    result, code = lint_bytes(data, Config(lang="en"))
    assert_sane(data, result, code)


@given(data=any_input, fmt=st.sampled_from(["json", "text", "concise", "sarif", "github"]))
@settings(max_examples=15)
def test_the_cli_renders_any_input_with_exit_0_1_or_2(data: bytes, fmt: str) -> None:
    run = cli("check", "-", "--stdin-filename", "fuzz.okr.yaml", "--format", fmt, "--no-color", stdin=data)
    assert run.code in (0, 1, 2), run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr


@given(files=st.lists(any_input, min_size=4, max_size=8))
@settings(max_examples=3)
def test_a_real_process_lints_a_folder_of_fuzz(tmp_path_factory, files: list[bytes]) -> None:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    for number, data in enumerate(files):
        (folder / f"f{number}.okr.yaml").write_bytes(data)
    run = cli_process("check", str(folder), "--format", "json")
    assert run.code in (0, 1, 2), run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    located = {Path(f["path"]).name for f in run.findings}
    assert located <= {f"f{n}.okr.yaml" for n in range(len(files))}


# -- the language layer ----------------------------------------------------------------------

any_text = st.text(st.one_of(st.characters(), LATIN, CYRILLIC, HAN, OKR_SIGNS), max_size=80)


@given(text=st.one_of(any_text, st.sampled_from(REAL_TEXTS), mixed_text), hint=st.sampled_from([None, "ru", "en", "zh"]))
def test_analyze_takes_any_unicode_string(text: str, hint: str | None) -> None:
    result = analyze(text, hint)
    assert isinstance(result, TextAnalysis)
    assert result.text == text and result.lang in ("ru", "en", "zh")
    for token in result.tokens:
        assert 0 <= token.start <= token.end <= len(result.normalized), (token, result.normalized)
