"""The event pass is skipped only for texts that cannot cross a limit, and loading reads the same either way."""

import random

import pytest

from okrlint import loader
from okrlint.loader import Limits, _Refused, check_limits, compose_text, surely_within_limits

# Limits small enough that a short random text can cross each of them.
SMALL = Limits(max_depth=4, max_nodes=100, max_alias_nodes=5, max_documents=2, max_text_chars=40)
# pieces of YAML: collections opened in every way, documents, scalars, anchors and aliases, noise
PIECES = ["- ", "[", "]", "{", "}", ", ", "a: ", "? ", ": ", "\n", "\n  ", "\n    ", "---\n", "...\n", "x", "xxxxxxxxxx",
          "'q'", '"\\x41"', "|\n  t\n", "&a ", "*a", "# c", "!!str "]


def _random_texts(count: int, seed: int = 10):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))


def test_a_text_said_to_be_within_the_limits_never_crosses_one():
    skipped = 0
    for text in _random_texts(20_000):
        if not surely_within_limits(text, SMALL):
            continue
        skipped += 1
        try:
            check_limits(text, SMALL)
        except _Refused as refused:  # pragma: no cover - what this test exists to catch
            pytest.fail(f"{text!r} crossed {refused.problem.kind}")
        except Exception:  # a syntax error: compose reports it, the same with or without the pass
            pass
    assert skipped > 1_000  # the shortcut is taken often enough for this to say something


@pytest.mark.parametrize("text", [
    "[[[[[a]]]]]",  # deeper than 4
    "a: &x [1]\nb: *x\n",  # an alias
    "---\na\n---\nb\n---\nc\n",  # three documents
    "title: " + "x" * 41,  # a scalar longer than allowed
])
def test_texts_near_a_limit_get_the_event_pass(text):
    assert not surely_within_limits(text, SMALL)


@pytest.mark.parametrize("text", [
    "objectives:\n  - title: Grow\n    key_results: [Raise NPS from 30 to 50]\n",
    "objectives:\n  - title: Grow\n   key_results:\n      - a\n",  # a syntax error
    "a: [1, 2\n",  # an unclosed flow sequence
    "a: 'unclosed\n",
    "- a\nb: c\n",
    "---\n---\n",
    "a: b\n\x07\n",  # a control character
    "key: \"\\x41\\u0042\"\n",
])
def test_loading_finds_the_same_with_and_without_the_pass(text, monkeypatch):
    assert surely_within_limits(text)
    shortcut = compose_text(text, "t.okr.yaml")
    monkeypatch.setattr(loader, "surely_within_limits", lambda text, limits: False)
    walked = compose_text(text, "t.okr.yaml")
    assert shortcut.problems == walked.problems
    assert [loader.yaml.serialize(d) for d in shortcut.documents] == [loader.yaml.serialize(d) for d in walked.documents]
