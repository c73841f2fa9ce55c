"""The `okrlint` command line (typer). Exit codes like ruff: 0 clean, 1 findings, 2 usage or internal error."""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.text import Text

from okrlint import __version__
from okrlint.analysis.zh import DICT_ENV as ZH_DICT_ENV
from okrlint.commands import init_cmd, rules_cmd, schema_cmd, stats_cmd, tree_cmd
from okrlint.commands.init_cmd import INIT_EPILOG
from okrlint.commands.rules_cmd import RULE_EPILOG, RULES_EPILOG
from okrlint.commands.schema_cmd import SCHEMA_EPILOG
from okrlint.commands.stats_cmd import STATS_EPILOG
from okrlint.commands.tree_cmd import TREE_EPILOG
from okrlint.config import Config, ConfigError, load_config, resolve_rule_list
from okrlint.discovery import STDIN, Target, discover, display_path
from okrlint.engine import LintResult, exit_code, lint
from okrlint.findings import Severity
from okrlint.loader import read_bounded
from okrlint.registry import Registry, RuleDataError, load_registry
from okrlint.renderers import HUMAN_FORMATS, Report, for_humans, renderer
from okrlint.sanitize import shown

app = typer.Typer(
    name="okrlint",
    help="Lint OKRs written as YAML: structure, tasks posing as outcomes, unmeasurable KRs, KPIs in disguise, so-what objectives (ru/en/zh).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

err = Console(stderr=True, highlight=False)


class OutputFormat(str, Enum):
    auto = "auto"
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    gitlab = "gitlab"
    html = "html"


class MessageLang(str, Enum):
    auto = "auto"
    ru = "ru"
    en = "en"
    zh = "zh"


class UsageError(Exception):
    """A mistake in how okrlint was called (exit 2)."""


def print_error(message: str) -> None:
    """One line on stderr; the message is plain text (a rule name like "[/bold]" is not markup)."""
    err.print(Text.assemble(("okrlint: error: ", "bold red"), shown(message)), soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        print(f"okrlint {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")] = None,
) -> None:
    """okrlint: a linter for OKRs, in Russian, English and Chinese."""


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def _effective_config(registry: Registry, config_path: Path | None, select: list[str], ignore: list[str], extend_select: list[str],
                      lang: MessageLang | None, fail_on: Severity | None) -> Config:
    config = load_config(Path.cwd(), registry, explicit=config_path)
    if select:
        config.select = resolve_rule_list(select, registry, "--select")
    if extend_select:
        config.select = config.select + resolve_rule_list(extend_select, registry, "--extend-select")
    if ignore:
        config.ignore = config.ignore + resolve_rule_list(ignore, registry, "--ignore")
    if lang is not None:
        config.lang = lang.value
    if fail_on is not None:
        config.fail_on = fail_on
    return config


def _chosen_format(fmt: OutputFormat) -> str:
    if fmt is OutputFormat.auto:
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return fmt.value


@dataclass(slots=True)
class CheckOptions:
    """`okrlint check`'s options once parsed (rule lists split at commas)."""

    paths: list[str]
    select: list[str]
    extend_select: list[str]
    ignore: list[str]
    output_format: OutputFormat
    output: Path | None
    lang: MessageLang | None
    config_path: Path | None
    fail_on: Severity | None
    exit_zero: bool
    statistics: bool
    no_color: bool
    quiet: bool
    stdin_filename: str | None
    force_exclude: bool
    debug: bool
    allow_no_files: bool
    no_cache: bool = False


@app.command(
    epilog=(
        "Examples:\n\n"
        "  okrlint check examples/\n\n"
        "  okrlint check okrs/ --format json --lang en\n\n"
        "  okrlint check team.okr.yaml --select task-not-outcome,unmeasurable\n\n"
        "  cat q1.okr.yaml | okrlint check - --stdin-filename q1.okr.yaml"
    )
)
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders to lint ('-' reads stdin). Default: the current folder.", show_default=False)] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", "-s", help="Only these rules (codes, names or code prefixes; comma-separated).")] = None,
    extend_select: Annotated[Optional[list[str]], typer.Option("--extend-select", help="Add rules to the selection.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", "-i", help="Skip these rules (codes or names; comma-separated).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", case_sensitive=False, help="Report format; auto is github under GitHub Actions, else text.")] = OutputFormat.auto,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")] = None,
    lang: Annotated[Optional[MessageLang], typer.Option("--lang", "-l", case_sensitive=False, help="Language of messages; auto speaks the language of each OKR.")] = None,
    config_path: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this config file instead of searching for .okrlint.yaml / pyproject.toml.")] = None,
    fail_on: Annotated[Optional[Severity], typer.Option("--fail-on", case_sensitive=False, help="Lowest severity that makes the exit code 1.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Show how many findings each rule produced.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text without colours (NO_COLOR is honoured too).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print findings only (and --statistics): no summary, nothing when clean. --output files stay complete.")] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="The name to show for stdin input ('-' must be among the paths).")] = None,
    force_exclude: Annotated[bool, typer.Option("--force-exclude", help="Apply the config's exclude to files named on the command line too (for pre-commit).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    allow_no_files: Annotated[bool, typer.Option("--allow-no-files", help="Exit 0 when the paths hold no OKR file (by default that is an error, exit 2).")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read every OKR file of the root for the graph instead of the cached index (OKRLINT_CACHE_DIR sets where it lives).")] = False,
) -> None:
    """Lint OKR files and folders (folders: *.okr.yaml, *.okr.yml and YAML files under okrs/)."""
    options = CheckOptions(paths or ["."], _split(select), _split(extend_select), _split(ignore), output_format, output, lang,
                           config_path, fail_on, exit_zero, statistics, no_color, quiet, stdin_filename, force_exclude, debug,
                           allow_no_files, no_cache)
    try:
        _check_usage(options, select_given=select is not None)
        code = _run_check(options)
    except (ConfigError, UsageError, RuleDataError) as exc:
        print_error(str(exc))
        code = 2
    raise typer.Exit(code)


def _check_usage(options: CheckOptions, select_given: bool) -> None:
    """Mistakes in the call itself, caught before any file is read."""
    if "" in options.paths:  # Path("") is the current folder: an unset shell variable would lint everything
        raise UsageError("an empty path was given; name a file or folder (`.` for the current one)")
    if select_given and not options.select:  # `--select ""` would otherwise mean "every rule"
        raise UsageError("--select is empty; name rules (codes, names, code prefixes such as OKR2) or ALL")
    if options.stdin_filename is not None and STDIN not in options.paths:
        raise UsageError("--stdin-filename names stdin, but `-` is not among the paths")
    if options.stdin_filename == "":
        raise UsageError("--stdin-filename is empty")
    if STDIN in options.paths and sys.stdin is None:  # started with stdin closed (`<&-`)
        raise UsageError("stdin is closed, so `-` has nothing to read")
    _check_zh_dictionary()


def _check_zh_dictionary() -> None:
    """Fail early on a bad OKRLINT_ZH_DICT, instead of an internal error at the first Chinese text."""
    value = os.environ.get(ZH_DICT_ENV)
    if value and value not in ("small", "full") and not os.path.isfile(value):
        raise UsageError(f"{ZH_DICT_ENV}={value}: expected `small`, `full` or the path of a jieba dictionary file (no such file)")


def _run_check(options: CheckOptions) -> int:
    registry = load_registry()
    config = _effective_config(registry, options.config_path, options.select, options.ignore, options.extend_select,
                               options.lang, options.fail_on)
    found = discover(options.paths, config.include, config.exclude, config.root, force_exclude=options.force_exclude)
    if found.missing:
        raise UsageError(f"no such file or folder: {', '.join(found.missing)}")
    targets = found.targets
    if not targets and not found.excluded and not (options.allow_no_files or config.allow_no_files):
        raise UsageError(_no_files_message(options.paths, config))
    if options.stdin_filename:
        shown = display_path(options.stdin_filename)
        targets = [Target(shown, None) if t.is_stdin else t for t in targets]
    fmt = _chosen_format(options.output_format)
    result = lint(targets, config, registry, read_stdin=lambda: _read_stdin(config.max_file_size),
                  use_cache=not options.no_cache, whole_tree=all(os.path.isdir(p) for p in options.paths),
                  keep_graph=fmt == "html")
    report = Report(result.findings, result.summary, [r.doc() for r in registry.rules], __version__, options.statistics,
                    files=[t.shown_as for t in targets], system=_system_view(result, targets) if fmt == "html" else None)
    _emit(report, fmt, options)
    if options.debug:
        for trace in result.tracebacks:
            err.print(trace, markup=False)
    if result.internal_errors:
        err.print("okrlint: a rule crashed (internal-error); this is a bug, please report it. --debug shows the traceback.")
    return exit_code(result, config.fail_on, options.exit_zero)


def _system_view(result: LintResult, targets: list[Target]) -> dict:
    from okrlint.views import system_tree, team_stats

    files = {t.shown_as for t in targets}
    return {"tree": system_tree(result.systems, files, result.findings), "teams": team_stats(result.systems, files, result.findings)}


def _no_files_message(paths: list[str], config: Config) -> str:
    """Say what was searched, like eslint for an unmatched pattern: a typo'd path must not pass forever."""
    patterns = ["*.okr.yaml", "*.okr.yml", "*.yaml/*.yml under a folder named okrs/", *config.include]
    where = ", ".join(display_path(p) for p in paths)
    return (f"no OKR files found in {where} (searched for {', '.join(patterns)}); "
            "check the path, or pass --allow-no-files (config: allow-no-files: true) if that is expected")


def _read_stdin(limit: int) -> bytes:
    """Stdin's bytes; one byte past the limit, so the loader can refuse an oversized stdin without holding all of it."""
    try:
        return read_bounded(sys.stdin.buffer, limit)
    except (OSError, ValueError) as exc:  # e.g. stdin is a folder (`< /`) or was closed meanwhile
        raise UsageError(f"cannot read stdin: {getattr(exc, 'strerror', None) or exc}") from exc


def _emit(report: Report, fmt: str, options: CheckOptions) -> None:
    """The report to --output or stdout; a failing stdout (a full disk) is the user's to fix, not a crash."""
    if fmt in HUMAN_FORMATS:
        report = for_humans(report)
    if options.output is not None:
        _write_report(options.output, renderer(fmt)(report))
        return
    if sys.stdout is None:  # started with stdout closed (`>&-`): Python leaves no stream to write to
        raise UsageError("cannot write the report: standard output is closed (use --output FILE)")
    try:
        if fmt == "text":
            _print_text(report, options.no_color, options.quiet)
        else:
            sys.stdout.write(renderer(fmt)(report))
        sys.stdout.flush()  # here, not at exit, so that a write error is caught
    except BrokenPipeError:
        _discard_stdout()  # the reader (`| head`) has what it wanted
    except OSError as exc:
        _discard_stdout()
        raise UsageError(f"cannot write the report: {exc.strerror or exc}") from exc


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so Python's flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (tests capture stdout): nothing is flushed at exit
        pass


def _print_text(report: Report, no_color: bool, quiet: bool) -> None:
    from okrlint.renderers.text import print_report

    print_report(report, Console(no_color=no_color or None, highlight=False, soft_wrap=True), quiet=quiet)


# The other commands live in okrlint/commands/; this file only wires them up.
app.command(epilog=RULES_EPILOG)(rules_cmd.rules)
app.command(epilog=RULE_EPILOG)(rules_cmd.rule)
app.command(epilog=SCHEMA_EPILOG)(schema_cmd.schema)
app.command(epilog=INIT_EPILOG)(init_cmd.init)
app.command(epilog=TREE_EPILOG)(tree_cmd.tree)
app.command(epilog=STATS_EPILOG)(stats_cmd.stats)


def _write_report(path: Path, content: str) -> None:
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the report to {path}: {exc.strerror or exc}") from exc


def _internal_error_hint(argv: list[str]) -> str:
    """Only `check` has --debug, so only `check` may suggest it."""
    command = next((arg for arg in argv if not arg.startswith("-")), "")
    return "run with --debug for details; please report it" if command == "check" else "please report it"


def main() -> None:
    """Console-script entry point: never shows a traceback unless --debug."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("okrlint: interrupted")
        sys.exit(2)
    except SystemExit:
        raise
    except Exception as exc:  # last line of defence: a traceback shown to a user is a bug
        if "--debug" in sys.argv:
            traceback.print_exc()
        print_error(f"internal error: {type(exc).__name__}: {exc} ({_internal_error_hint(sys.argv[1:])})")
        sys.exit(2)
