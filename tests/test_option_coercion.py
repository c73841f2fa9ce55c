"""An option's value comes out of okrlint's deferred coercion exactly as out of typer's own: the same
value, or the same error and message; a usual `check` builds none of typer's adapters."""

from __future__ import annotations

import os
import subprocess
import sys
from enum import Enum
from typing import Any

import pytest
import typer

from okrlint import cli, option_coercion
from tests.helpers import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(option_coercion.RuntimeParam is None, reason="typer without pydantic coercion")

VALUES: list[Any] = [
    None, "", "json", "JSON", "Json", "text", "nope", "auto", "en", "RU", "error", "Warning", "1", "0", "64", "65", "two", "-1",
    "2", "3", "256", "257", "02", " 2", "2 ", "+2", "2.0", "1_0", "٣", "1234567", "9" * 30,
    "okrs", "q1.okr.yaml", "a\udcffb.okr.yaml", " json", "json ", "ǅ", b"json", 3, True, False, [], (), ("okrs",), ["a", "b"],
    ("a\udcffb", "ok"), ("x", 1), ("x", b"y"), ("",), "sarif:out.sarif", *cli.OutputFormat, *cli.MessageLang,
]


def outcome(coerce: Any, value: Any) -> tuple[str, Any]:
    try:
        return "value", coerce(value)
    except Exception as exc:  # the exception's kind and message are part of what a user sees
        return type(exc).__name__, str(exc)


def typer_params() -> list[tuple[Any, Any]]:
    """Every parameter of `okrlint check` and of the root group (with their help options), and a context."""
    group = typer.main.get_command(cli._app_with(["check"]))
    check = group.commands["check"]
    params = []
    for command in (group, check):
        ctx = command.context_class(command, info_name=command.name)
        params += [(param, ctx) for param in command.get_params(ctx)]
    return params


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_every_value_is_coerced_as_typer_coerces_it(value: Any) -> None:
    from typer._coercion import build_runtime_param

    for param, ctx in typer_params():
        deferred = param._runtime_param
        assert isinstance(deferred, option_coercion._Deferred), param.name
        own = build_runtime_param(param.type_descriptor)
        expected = outcome(lambda v: own.coerce(v, param=param, ctx=ctx), value)
        param._runtime_param = deferred
        got = outcome(lambda v: deferred.coerce(v, param=param, ctx=ctx), value)
        assert got == expected, (param.name, value)
        assert type(got[1]) is type(expected[1]), (param.name, value)  # an Enum member stays one, a list a list
        if isinstance(expected[1], list):
            assert [type(item) for item in got[1]] == [type(item) for item in expected[1]]


def test_a_value_typer_builds_for_is_then_coerced_by_typer_directly() -> None:
    param, ctx = next((p, c) for p, c in typer_params() if p.name == "jobs")
    assert param._runtime_param.coerce("03", param=param, ctx=ctx) == 3  # not written plainly: typer's adapter
    assert not isinstance(param._runtime_param, option_coercion._Deferred)


def test_a_plain_jobs_value_builds_no_adapter() -> None:
    """"--jobs 2" is taken as typer takes it without building its int adapter (~20 ms of a run)."""
    param, ctx = next((p, c) for p, c in typer_params() if p.name == "jobs")
    assert [param._runtime_param.coerce(v, param=param, ctx=ctx) for v in ("1", "2", "256")] == [1, 2, 256]
    assert isinstance(param._runtime_param, option_coercion._Deferred)


def test_an_enum_subclass_of_str_is_not_taken_for_a_plain_str() -> None:
    class Choice(str, Enum):
        one = "one"

    info = typer.models.OptionInfo()
    info.case_sensitive = False
    assert option_coercion._plain(Choice, info, "ONE", False, None) is Choice.one
    assert option_coercion._plain(str, info, "ONE", False, None) == "ONE"


def test_a_usual_check_builds_none_of_typers_adapters(tmp_path) -> None:
    """Nor imports pydantic's plugin loader (and importlib.metadata with it) for them."""
    probe = ("import sys\nfrom okrlint.cli import main\nsys.argv = ['okrlint', *sys.argv[1:]]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('typer._adapters', 'pydantic.type_adapter', 'pydantic.plugin._loader') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", probe, "check", str(EXAMPLES / "en" / "good.okr.yaml"), "--no-cache", "--format", "json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "OKRLINT_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stderr


def test_a_typer_whose_internals_no_longer_fit_keeps_its_own_coercion(monkeypatch) -> None:
    """A newer typer may change what the stand-in builds on: then every option is typer's own, and works."""
    def unfit(*args: Any, **kwargs: Any) -> None:
        raise TypeError("RuntimeParam takes other arguments now")

    monkeypatch.setattr(option_coercion, "_Deferred", unfit)
    params = typer_params()
    assert params and not any(type(p._runtime_param).__name__ == "_Deferred" for p, _ in params)
    param, ctx = next((p, c) for p, c in params if p.name == "jobs")
    from typer._coercion import build_runtime_param

    param._runtime_param = build_runtime_param(param.type_descriptor)  # as typer does for an option without one
    assert param._runtime_param.coerce("3", param=param, ctx=ctx) == 3


def test_a_stand_in_whose_shortcut_fails_asks_typer(monkeypatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise AttributeError("an attribute typer renamed")

    monkeypatch.setattr(option_coercion, "_plain", broken)
    param, ctx = next((p, c) for p, c in typer_params() if p.name == "output_format")
    assert isinstance(param._runtime_param, option_coercion._Deferred)
    assert param._runtime_param.coerce("json", param=param, ctx=ctx) == cli.OutputFormat("json")
