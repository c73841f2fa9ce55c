"""Broken configuration: one clear line on stderr, exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from okrlint.config import ConfigError, read_config_file
from tests.helpers import alias_bomb, cli, cli_process, write

ONE_KR = "objectives:\n  - title: Make onboarding effortless\n    key_results: [Cut time to first deploy from 5 days to 1 day]\n"


def _alias_bomb_config() -> str:
    return alias_bomb("x-", "select")


def assert_config_error(run, expected: str) -> None:
    assert run.code == 2, run.stdout + run.stderr
    one_line = " ".join(run.stderr.split())  # rich may wrap a long line on a narrow terminal
    assert expected in one_line, run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""


YAML_CASES = {
    "unknown-select": ("select: [too-few-kr]\n", "unknown rule `too-few-kr`; did you mean `too-few-krs`?"),
    "unknown-ignore-code": ("ignore: [OKR999]\n", "ignore: unknown rule `OKR999`"),
    "unknown-severity-rule": ("severity: {too-few-kr: info}\n", "severity: unknown rule `too-few-kr`; did you mean `too-few-krs`?"),
    "select-not-a-list": ("select: 5\n", "select must be a list of strings, got 5"),
    "max-file-size-text": ("max-file-size: 5MB\n", "max-file-size must be a number of bytes from 1 to 1073741824 (1 GiB), got '5MB'"),
    "max-file-size-bool": ("max-file-size: true\n", "max-file-size must be a number of bytes from 1 to 1073741824 (1 GiB), got True"),
    "max-file-size-huge": ("max-file-size: 99999999999999999999999\n", "max-file-size must be a number of bytes from 1 to 1073741824 (1 GiB), got 99999999999999999999999"),
    "max-file-size-100g": ("max-file-size: 100000000000\n", "max-file-size must be a number of bytes from 1 to 1073741824 (1 GiB), got 100000000000"),
    "fail-on-wrong": ("fail-on: never\n", "fail-on must be one of error, warning, info, got 'never'"),
    "options-not-a-mapping": ("too-many-krs: 4\n", "options of too-many-krs must be a mapping, got 4"),
    "option-bool-for-int": ("too-many-krs: {max: true}\n", "too-many-krs.max must be a whole number, got True"),
    "config-is-a-list": ("- select\n", "the config must be a mapping of settings, got a list"),
    "bad-yaml": ("select: [ALL\nignore: []\n", "invalid YAML in the config file"),
    "tabs": ("select:\n\t- ALL\n", "invalid YAML in the config file"),
    "nul-byte": ("select: [ALL\x00]\n", "invalid YAML in the config file: character U+0000 is not allowed"),
    "deep-nesting": ("select: " + "[" * 30_000 + "]" * 30_000 + "\n", ".okrlint.yaml:1:72: the config file is refused (too deep)"),
    "alias-bomb": (_alias_bomb_config(), "the config file is refused (alias bomb)"),
    "huge-list-echo": ("select: [" + ", ".join(["1"] * 5_000) + "]\n", "select must be a list of strings, got [1, 1, 1, 1, 1, 1, ...]"),
}


@pytest.mark.parametrize("name", YAML_CASES)
def test_a_broken_okrlint_yaml_is_one_clear_line_and_exit_2(tmp_path: Path, name: str) -> None:
    text, expected = YAML_CASES[name]
    write(tmp_path, ".okrlint.yaml", text)
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli("check", "t.okr.yaml", cwd=tmp_path), expected)


def test_unknown_rule_on_the_command_line_gets_a_hint(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli("check", "t.okr.yaml", "--ignore", "to-many-krs", cwd=tmp_path),
                        "--ignore: unknown rule `to-many-krs`; did you mean `too-many-krs`?")


def test_a_config_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / ".okrlint.yaml").write_bytes("lang: ру\n".encode("cp1251"))
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli("check", "t.okr.yaml", cwd=tmp_path), "the config file is not UTF-8 (byte 0xF0 at offset 6); save it as UTF-8")


def test_a_folder_named_okrlint_yaml_is_an_error_not_silence(tmp_path: Path) -> None:
    (tmp_path / ".okrlint.yaml").mkdir()
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli("check", "t.okr.yaml", cwd=tmp_path), ".okrlint.yaml: not a config file (it is a folder")


def test_an_explicit_config_that_is_a_folder_or_missing(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli("check", "t.okr.yaml", "--config", "conf", cwd=tmp_path), "conf: not a config file (it is a folder)")
    assert_config_error(cli("check", "t.okr.yaml", "--config", "nope.yaml", cwd=tmp_path), "nope.yaml: config file not found")


def test_an_unreadable_config_names_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 does not stop root, so the permission error is raised where the file is read."""
    config = write(tmp_path, ".okrlint.yaml", "lang: en\n")
    real_read_text = Path.read_text

    def read_text(self: Path, *args, **kwargs) -> str:
        if self.name == ".okrlint.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    with pytest.raises(ConfigError, match=r"\.okrlint\.yaml: cannot read the config file: Permission denied$"):
        read_config_file(config)
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli("check", "t.okr.yaml", cwd=tmp_path), "cannot read the config file: Permission denied")


TOML_CASES = {
    "bad-toml": ("[tool.okrlint]\nignore = [\n", "pyproject.toml: invalid TOML: "),
    "table-is-a-number": ("[tool]\nokrlint = 5\n", "tool.okrlint must be a table of settings, got 5"),
    "deep-toml": ("[tool.okrlint]\nselect = " + "[" * 5_000 + "]" * 5_000 + "\n", "invalid TOML: nested too deeply"),
    "unknown-setting": ("[tool.okrlint]\nignor = ['too-few-krs']\n", "unknown setting `ignor`; did you mean `ignore`?"),
}


@pytest.mark.parametrize("name", TOML_CASES)
def test_a_broken_pyproject_table_is_one_clear_line_and_exit_2(tmp_path: Path, name: str) -> None:
    text, expected = TOML_CASES[name]
    write(tmp_path, "pyproject.toml", text)
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli("check", "t.okr.yaml", cwd=tmp_path), expected)
    assert_config_error(cli("check", "t.okr.yaml", "--config", "pyproject.toml", cwd=tmp_path), expected)


def test_someone_elses_broken_pyproject_is_not_our_business(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[project]\nname = \n")
    write(tmp_path, "t.okr.yaml", ONE_KR)
    run = cli("check", "t.okr.yaml", "--format", "json", "--select", "too-few-krs", cwd=tmp_path)
    assert run.code == 1 and [f["rule"] for f in run.findings] == ["too-few-krs"]


def test_a_real_process_shows_no_traceback_for_a_config_error(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "select: " + "[" * 30_000 + "]" * 30_000 + "\n")
    write(tmp_path, "t.okr.yaml", ONE_KR)
    run = cli_process("check", "t.okr.yaml", cwd=tmp_path)
    assert_config_error(run, "the config file is refused (too deep)")


def test_config_text_that_looks_like_markup_is_printed_verbatim(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", 'select: ["[/bold]"]\n')
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert_config_error(cli_process("check", "t.okr.yaml", cwd=tmp_path), "unknown rule `[/bold]`")
