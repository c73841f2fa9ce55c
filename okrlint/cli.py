"""The `okrlint` command line (typer). Exit codes like ruff: 0 clean, 1 findings, 2 usage or internal error."""

# No `from __future__ import annotations` here: typer reads each command's parameters from its
# annotations, and evaluating 30 of them from strings (typing.get_type_hints) was ~8 ms of every
# `check`; written as objects, they are evaluated once, as the function is defined.

import gc
import importlib
import os
import sys
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Callable, Iterable, Iterator, Optional

# Importing makes ~10^5 objects that live as long as the process (modules, classes, functions):
# no collection needs to walk them while they arrive (~5% of a cold run's instructions went to
# the ~100 collections during start-up). lint() freezes them before its own work.
_collecting = gc.isenabled()
gc.disable()

from okrlint import compiled_patterns, dataclass_code, forward_ref_code  # noqa: E402

dataclass_code.install()  # before typer, pydantic and okrlint define their ~120 dataclasses
forward_ref_code.install()  # before pydantic and typer make their ~740 forward references
compiled_patterns.install()  # before PyYAML, typer and the standard library compile their ~60 patterns

import typer  # noqa: E402

from okrlint import __version__
from okrlint import help_format, run_replay
from okrlint.color import ColorChoice, console, is_terminal, use_color
from okrlint.lazy_console import LazyConsole
from okrlint.config import MAX_JOBS, Config, ConfigError, load_config, resolve_rule_list
from okrlint.discovery import STDIN, Target, discover, display_path
from okrlint.engine import LintResult, exit_code, lint
from okrlint.finding_store import FindingStore
from okrlint.findings import RuleDoc, Severity
from okrlint.loader import read_bounded
from okrlint.pool import default_jobs
from okrlint.readers import discovery_patterns
from okrlint.registry import Registry, RuleDataError, load_registry
from okrlint.renderers import FORMATS, HUMAN_FORMATS, Report, chunk_renderer, for_humans
from okrlint.renderers.statistics import summary_line
from okrlint.sanitize import shown

if _collecting:
    gc.freeze()  # what importing made lives to the end: the first collection must not walk it (~12 ms)
    gc.enable()

if TYPE_CHECKING:
    from okrlint.baseline import Baseline

# What a `check` leaves for the process's end to take back, when okrlint/launch.py ends the process
# right after the command (os._exit): freeing a 1,000-file run's findings, graph and targets one
# object at a time took ~25 ms after its report was written. None: the caller lives on (tests).
left_to_exit: list[Any] | None = None

# rich is imported only when something is printed on stderr; --color re-makes it for `check`.
err = LazyConsole(lambda: console(use_color(ColorChoice.auto, sys.stderr), stderr=True))
# The name okrlint.analysis.zh.DICT_ENV reads (tests check they agree): importing the Chinese
# analyzer for it would cost every English-only run its import.
ZH_DICT_ENV = "OKRLINT_ZH_DICT"


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


STATISTICS_ON_STDERR = ("junit", "gitlab")  # their readers take no extra data, so --statistics goes to the log


class MessageLang(str, Enum):
    auto = "auto"
    ru = "ru"
    en = "en"
    zh = "zh"


class UsageError(Exception):
    """A mistake in how okrlint was called (exit 2)."""


def print_error(message: str) -> None:
    """One line on stderr; the message is plain text (a rule name like "[/bold]" is not markup)."""
    from rich.text import Text

    err.print(Text.assemble(("okrlint: error: ", "bold red"), shown(message)), soft_wrap=True)


def _say(message: str) -> None:
    """One plain line on stderr (a path given by the user is escaped, never markup)."""
    from rich.text import Text

    err.print(Text(shown(message)), soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        print(f"okrlint {__version__}")
        raise typer.Exit(0)


def _root(
    version: Annotated[Optional[bool], typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")] = None,
) -> None:
    """okrlint: a linter for OKRs, in Russian, English and Chinese."""


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def _effective_config(registry: Registry, config_path: Path | None, select: list[str], ignore: list[str], extend_select: list[str],
                      lang: MessageLang | None, fail_on: Severity | None) -> Config:
    config = load_config(Path.cwd(), registry, explicit=config_path)
    if select:  # the command line's selection replaces the config's, its extend-select (a profile's) too
        config.select = resolve_rule_list(select, registry, "--select", selecting=True)
        config.extend_select = []
    if extend_select:
        config.extend_select = config.extend_select + resolve_rule_list(extend_select, registry, "--extend-select", selecting=True)
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
    color: ColorChoice = ColorChoice.auto
    show_files: bool = False
    show_settings: bool = False
    progress: bool | None = None  # None: only on a terminal, outside CI, when the run is long
    also_output: list[str] = field(default_factory=list)  # "FORMAT:FILE"
    baseline: Path | None = None
    write_baseline: Path | None = None
    fix: bool = False
    diff: bool = False
    no_cache: bool = False
    jobs: int | None = None  # None: the config's `jobs:`, else the machine's cores


CHECK_EPILOG = (
    "Examples:\n\n"
    "  okrlint check examples/\n\n"
    "  okrlint check okrs/ --format json --lang en\n\n"
    "  okrlint check team.okr.yaml --select task-not-outcome,unmeasurable\n\n"
    "  okrlint check okrs/ --write-baseline .okrlint-baseline.json  (then: --baseline .okrlint-baseline.json)\n\n"
    "  cat q1.okr.yaml | okrlint check - --stdin-filename q1.okr.yaml"
)


def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders to lint ('-' reads stdin). Default: the current folder.", show_default=False)] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", "-s", metavar="RULES", help="Only these rules (codes, names or code prefixes; comma-separated).")] = None,
    extend_select: Annotated[Optional[list[str]], typer.Option("--extend-select", metavar="RULES", help="Add rules to the selection.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", "-i", metavar="RULES", help="Skip these rules (codes or names; comma-separated).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", case_sensitive=False, help="Report format; auto is github under GitHub Actions, else text.")] = OutputFormat.auto,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file instead of stdout.")] = None,
    also_output: Annotated[Optional[list[str]], typer.Option("--also-output", metavar="FORMAT:FILE", help="Also write the report in FORMAT to FILE, from the same run (repeatable), e.g. sarif:okrlint.sarif.")] = None,
    lang: Annotated[Optional[MessageLang], typer.Option("--lang", "-l", case_sensitive=False, help="Language of messages; auto speaks the language of each OKR.")] = None,
    config_path: Annotated[Optional[Path], typer.Option("--config", "-c", metavar="FILE", help="Use this config file instead of searching for .okrlint.yaml / pyproject.toml.")] = None,
    fail_on: Annotated[Optional[Severity], typer.Option("--fail-on", case_sensitive=False, help="Lowest severity that makes the exit code 1.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Show how many findings each rule produced (a table in text, `statistics` in JSON and SARIF, stderr for JUnit and GitLab).")] = False,
    color: Annotated[ColorChoice, typer.Option("--color", case_sensitive=False, help="Colour: always, never, or auto (NO_COLOR off, else FORCE_COLOR on, else only on a terminal).")] = ColorChoice.auto,
    no_color: Annotated[bool, typer.Option("--no-color", help="Same as --color never.")] = False,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="A progress bar on stderr; by default only on a terminal, outside CI, for a long run.", show_default=False)] = None,
    show_files: Annotated[bool, typer.Option("--show-files", help="List the files that would be linted, and exit.")] = False,
    show_settings: Annotated[bool, typer.Option("--show-settings", help="Show the settings in effect (config file, rules, options), and exit.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="One line a finding (and --statistics): no OKR text, no counts, nothing when clean. --output files stay complete.")] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="NAME", help="The name to show for stdin input ('-' must be among the paths).")] = None,
    force_exclude: Annotated[bool, typer.Option("--force-exclude", help="Apply the config's exclude to files named on the command line too (for pre-commit).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    allow_no_files: Annotated[bool, typer.Option("--allow-no-files", help="Exit 0 when the paths hold no OKR file (by default that is an error, exit 2).")] = False,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Report only findings not in this baseline file (matched by file, rule, target and text).")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option("--write-baseline", help="Record today's findings in this file and exit 0; then run with --baseline FILE.")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply the safe structural fixes (e.g. remove unused # okrlint: comments) to the files, then report what is left.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Show the safe fixes as a unified diff and change nothing (exit 1 when there is something to fix).")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, max=MAX_JOBS, metavar="N", help="Worker processes for the files the cache does not answer (default: the config's `jobs:`, else the machine's cores; 1: none). The report is the same with any N.", show_default=False)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read every OKR file of the root for the graph instead of the cached index, and check every file again instead of reusing cached results (OKRLINT_CACHE_DIR sets where they live).")] = False,
) -> None:
    """Lint OKR files and folders (folders: *.okr.yaml/.yml/.md/.csv/.tsv/.xlsx, OKR.md, YAML and Markdown under okrs/)."""
    options = CheckOptions(paths or ["."], _split(select), _split(extend_select), _split(ignore), output_format, output, lang,
                           config_path, fail_on, exit_zero, statistics, no_color, quiet, stdin_filename, force_exclude, debug,
                           allow_no_files, ColorChoice.never if no_color else color, show_files, show_settings, progress,
                           list(also_output or []), baseline, write_baseline, fix, diff, no_cache, jobs)
    global err
    err = LazyConsole(lambda: console(use_color(options.color, sys.stderr), stderr=True))
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
    if options.fix and STDIN in options.paths:
        raise UsageError("--fix cannot write back to stdin; use --diff to see the fixes")
    if options.fix and options.diff:
        raise UsageError("--fix writes the fixes and --diff only shows them; choose one")
    if STDIN in options.paths and sys.stdin is None:  # started with stdin closed (`<&-`)
        raise UsageError("stdin is closed, so `-` has nothing to read")
    _also_outputs(options.also_output)
    _check_zh_dictionary()


def _check_zh_dictionary() -> None:
    """Fail early on a bad OKRLINT_ZH_DICT, instead of an internal error at the first Chinese text."""
    value = os.environ.get(ZH_DICT_ENV)
    if value and value not in ("small", "full") and not os.path.isfile(value):
        raise UsageError(f"{ZH_DICT_ENV}={value}: expected `small`, `full` or the path of a jieba dictionary file (no such file)")


def _run_check(options: CheckOptions) -> int:
    registry = load_registry()
    recorder = run_replay.current()  # set when launched as `okrlint`: this run may be replayed next time
    if recorder is not None and any(rule.origin.startswith("plugin") for rule in registry.rules):
        recorder.veto("plugin rules")  # their code is not keyed
    config = _effective_config(registry, options.config_path, options.select, options.ignore, options.extend_select,
                               options.lang, options.fail_on)
    if options.show_settings:
        from okrlint.commands.show import settings_text

        _write_stdout(settings_text(config, registry))
        if not options.show_files:
            return 0
    found = discover(options.paths, config.include, config.exclude, config.root, force_exclude=options.force_exclude)
    if found.missing:
        raise UsageError(f"no such file or folder: {', '.join(found.missing)}")
    targets = found.targets
    if options.show_files:
        from okrlint.commands.show import files_text

        _write_stdout(files_text(targets))
        return 0
    if not targets and not found.excluded and not (options.allow_no_files or config.allow_no_files):
        raise UsageError(_no_files_message(options.paths, config))
    if recorder is not None:  # a worker may be the one to read a target: watch them all from here
        recorder.read_files([str(t.path) for t in targets if t.path is not None])
    if options.stdin_filename:
        shown = display_path(options.stdin_filename)
        targets = [Target(shown, None) if t.is_stdin else t for t in targets]
    fmt = _chosen_format(options.output_format)
    graph_options = {"use_cache": not options.no_cache, "whole_tree": all(os.path.isdir(p) for p in options.paths),
                     "keep_graph": fmt == "html", "jobs": options.jobs or config.jobs or default_jobs()}
    extra = _also_outputs(options.also_output)
    known = _baseline(options.baseline) if options.baseline is not None and options.write_baseline is None else None
    # The findings of a run that only reports stay in a FindingStore (a large run's wait in a
    # temporary file); --fix, --diff, a baseline to write and the HTML report take them as a list.
    stream = not (options.fix or options.diff or options.write_baseline is not None or fmt == "html")
    with _progress(options, len(targets)) as advance:
        result = lint(targets, config, registry, read_stdin=lambda: _read_stdin(config.max_file_size), baseline=known,
                      on_file=advance, stream=stream, **graph_options)
    try:
        return _report(result, targets, registry, config, fmt, extra, options, graph_options, known)
    finally:
        if isinstance(result.findings, FindingStore):
            result.findings.close(free=left_to_exit is None)
        if left_to_exit is not None:
            left_to_exit.append((result, targets))


def _report(result: LintResult, targets: list[Target], registry: Registry, config: Config, fmt: str, extra: dict[Path, str],
            options: CheckOptions, graph_options: dict, known: "Baseline | None") -> int:
    """Fixes or a baseline when asked, else the report in every format asked for; the exit code."""
    if options.fix or options.diff:
        fixed = _apply_fixes(result, targets, options)
        if options.diff:
            return 1 if fixed else (2 if result.internal_errors else 0)
        if fixed:  # report what is left, as ruff --fix does
            result = lint(targets, config, registry, read_stdin=lambda: b"", baseline=known, **graph_options)
    if options.write_baseline is not None:
        recorded = _write_baseline(options.write_baseline, result)
        _say(f"okrlint: recorded {recorded} finding{'' if recorded == 1 else 's'} in {options.write_baseline}")
        return 2 if result.internal_errors else 0
    report = Report(result.findings, result.summary, _rule_docs(registry, {fmt, *extra.values()}), __version__,
                    options.statistics, files=[t.shown_as for t in targets], fail_on=config.fail_on,
                    system=_system_view(result, targets) if fmt == "html" else None)
    _emit(report, fmt, options)  # first: a report file that cannot be written must not hide the findings
    for path, extra_fmt in extra.items():
        _write_report(path, chunk_renderer(extra_fmt)(for_humans(report) if extra_fmt in HUMAN_FORMATS else report))
    _after_report(report, fmt, options, config)
    if options.debug:
        for trace in result.tracebacks:
            err.print(trace, markup=False)
    if result.internal_errors:
        err.print("okrlint: a rule crashed (internal-error); this is a bug, please report it. --debug shows the traceback.")
    return exit_code(result, config.fail_on, options.exit_zero)


def _also_outputs(specs: list[str]) -> dict[Path, str]:
    """`--also-output FORMAT:FILE` values as file → format; a mistake is a usage error before any file is read."""
    outputs: dict[Path, str] = {}
    for spec in specs:
        fmt, _, file = spec.partition(":")
        if fmt.lower() not in FORMATS or not file:
            raise UsageError(f"--also-output {spec}: expected FORMAT:FILE with FORMAT one of {', '.join(FORMATS)}, "
                             "e.g. sarif:okrlint.sarif")
        outputs[Path(file)] = fmt.lower()
    return outputs


def _rule_docs(registry: Registry, formats: set[str]) -> list[RuleDoc]:
    """What renderers may know of the rules; SARIF also carries each rule's page as Markdown help."""
    docs = [rule.doc() for rule in registry.rules]
    if "sarif" not in formats:
        return docs
    from okrlint.docs import rule_markdown  # only SARIF needs the pages

    by_code = {rule.code: rule for rule in registry.rules}
    return [replace(doc, help_markdown=rule_markdown(by_code[doc.code])) for doc in docs]


@contextmanager
def _progress(options: CheckOptions, total: int) -> Iterator[Callable[[str], None] | None]:
    """A per-file callback that drives the progress display, or None when there is none to show."""
    from okrlint.progress import Progress, wanted

    if not wanted(options.progress, total, sys.stderr):
        yield None
        return
    with Progress(total, console(use_color(options.color, sys.stderr), stderr=True), live=is_terminal(sys.stderr)) as progress:
        yield progress.advance


def _after_report(report: Report, fmt: str, options: CheckOptions, config: Config) -> None:
    """What goes beside the report: the GitHub job summary, statistics for formats with no room, the language hint."""
    if fmt == "github" and (summary_path := os.environ.get("GITHUB_STEP_SUMMARY")):
        from okrlint.renderers.github_summary import render as job_summary

        try:
            with open(summary_path, "a", encoding="utf-8") as handle:  # other steps write there too
                handle.write(job_summary(report))
        except OSError as exc:
            print_error(f"cannot write the job summary to {summary_path}: {exc.strerror or exc}")
    if options.statistics and fmt in STATISTICS_ON_STDERR and report.findings:
        from rich.text import Text

        from okrlint.renderers.statistics import table_lines

        for line in table_lines(for_humans(report).findings):
            err.print(Text(line))
    if fmt in ("text", "concise") and not options.quiet:
        from okrlint.locale_hint import language_hint

        if (hint := language_hint(config.lang, report.findings, os.environ)) is not None:
            from rich.text import Text

            err.print(Text(hint, style="dim"))


def _apply_fixes(result: LintResult, targets: list[Target], options: CheckOptions) -> int:
    """Show (--diff) or write (--fix) the safe fixes; how many findings they fix."""
    from okrlint.fixer import plan_fixes, write_fixes

    paths = {t.shown_as: t.path for t in targets if t.path is not None and t.refused is None}
    planned = plan_fixes(result.findings, paths)
    if options.diff:
        sys.stdout.write("".join(f.diff() for f in planned))
        sys.stdout.flush()
    else:
        try:
            write_fixes(planned)
        except OSError as exc:
            raise UsageError(f"cannot write the fixed file: {exc.strerror or exc}") from exc
        count = sum(f.fixes for f in planned)
        if count:
            _say(f"okrlint: fixed {count} finding{'' if count == 1 else 's'} in {len(planned)} file{'' if len(planned) == 1 else 's'}")
    return sum(f.fixes for f in planned)


def _baseline(path: Path) -> "Baseline":
    from okrlint.baseline import BaselineError, load_baseline  # only runs with a baseline pay for it

    try:
        return load_baseline(path)
    except BaselineError as exc:
        raise UsageError(str(exc)) from exc


def _write_baseline(path: Path, result: LintResult) -> int:
    from okrlint.baseline import BaselineError, write_baseline

    try:
        return write_baseline(path, result.findings)
    except BaselineError as exc:
        raise UsageError(str(exc)) from exc


def _system_view(result: LintResult, targets: list[Target]) -> dict:
    from okrlint.views import system_tree, team_stats

    files = {t.shown_as for t in targets}
    return {"tree": system_tree(result.systems, files, result.findings), "teams": team_stats(result.systems, files, result.findings)}


def _no_files_message(paths: list[str], config: Config) -> str:
    """Say what was searched, like eslint for an unmatched pattern: a typo'd path must not pass forever."""
    patterns = [*discovery_patterns(), *config.include]
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
        _write_report(options.output, chunk_renderer(fmt)(report))
        return
    if options.quiet:  # findings only on the terminal; --output files stay complete
        report = replace(report, show_summary=False)
    if fmt == "text":
        _write_stdout(lambda: _print_text(report, options.color, options.quiet))
    else:
        _write_stdout(chunk_renderer(fmt)(report))


_WRITE_SLICE = 1 << 20


def _write_stdout(content: str | Iterable[str] | Callable[[], None]) -> None:
    """Text, its pieces (written as they are made) or a function that prints, to stdout.

    A failing stdout (a full disk) is the user's to fix, not a crash."""
    if sys.stdout is None:  # started with stdout closed (`>&-`): Python leaves no stream to write to
        raise UsageError("cannot write the report: standard output is closed (use --output FILE)")
    try:
        if callable(content):
            content()
        else:
            for piece in (content,) if isinstance(content, str) else content:
                # in slices: a 100 MB piece is not encoded into a second 100 MB at once
                for start in range(0, len(piece), _WRITE_SLICE):
                    sys.stdout.write(piece[start:start + _WRITE_SLICE])
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


def _print_text(report: Report, color: ColorChoice, quiet: bool) -> None:
    """The text report; broken to the terminal's width on a terminal, whole lines when piped."""
    if not report.findings and not quiet and not is_terminal(sys.stdout) and not use_color(color, sys.stdout):
        # A clean run's report is its summary line; uncoloured and unwrapped, rich would print its
        # plain text as it is (no tab, no trailing space in it), and importing rich.console costs
        # ~25 ms: the common pre-commit case on a clean file.
        sys.stdout.write(summary_line(report.summary, report.findings) + "\n")
        return
    from okrlint.renderers.text import print_report

    out = console(use_color(color, sys.stdout))
    print_report(report, out, quiet=quiet, width=out.width if is_terminal(sys.stdout) else None)


def _write_report(path: Path, chunks: Iterable[str]) -> None:
    """A report's pieces to a file as they are made (a 10,000-file report is never one string)."""
    try:
        with path.open("w", encoding="utf-8") as out:
            for chunk in chunks:
                out.write(chunk)
    except OSError as exc:
        raise UsageError(f"cannot write the report to {path}: {exc.strerror or exc}") from exc


def _internal_error_hint(argv: list[str]) -> str:
    """Only `check` has --debug, so only `check` may suggest it."""
    command = next((arg for arg in argv if not arg.startswith("-")), "")
    return "run with --debug for details; please report it" if command == "check" else "please report it"


# The other commands live in okrlint/commands/; this file only wires them up, in the order
# `okrlint --help` lists them: name → (module, function, the module's name for its epilog).
SUBCOMMANDS: dict[str, tuple[str, str, str]] = {
    "rules": ("okrlint.commands.rules_cmd", "rules", "RULES_EPILOG"),
    "rule": ("okrlint.commands.rules_cmd", "rule", "RULE_EPILOG"),
    "schema": ("okrlint.commands.schema_cmd", "schema", "SCHEMA_EPILOG"),
    "init": ("okrlint.commands.init_cmd", "init", "INIT_EPILOG"),
    "convert": ("okrlint.commands.convert_cmd", "convert", "CONVERT_EPILOG"),
    "tree": ("okrlint.commands.tree_cmd", "tree", "TREE_EPILOG"),
    "stats": ("okrlint.commands.stats_cmd", "stats", "STATS_EPILOG"),
}


def _app_with(commands: Iterable[str]) -> typer.Typer:
    """The okrlint app with these commands (`check` or names in SUBCOMMANDS), each module imported here."""
    app = typer.Typer(
        name="okrlint",
        help="Lint OKRs written as YAML, Markdown or spreadsheets: structure, tasks posing as outcomes, unmeasurable KRs, KPIs in disguise, so-what objectives (ru/en/zh).",
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
        cls=help_format.Group,
    )
    app.callback()(_root)
    for name in commands:
        if name == "check":
            app.command(cls=help_format.Command, epilog=CHECK_EPILOG)(check)
        else:
            module_name, function, epilog = SUBCOMMANDS[name]
            module = importlib.import_module(module_name)
            app.command(cls=help_format.Command, epilog=getattr(module, epilog))(getattr(module, function))
    return app


def _whole_app() -> typer.Typer:
    if "app" not in globals():
        globals()["app"] = _app_with(["check", *SUBCOMMANDS])
    return globals()["app"]


def __getattr__(name: str) -> Any:
    """`okrlint.cli.app`: the whole app, made on first use (a run of one command never needs it)."""
    if name == "app":
        return _whole_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command named first on the command line, else with all of them.

    typer builds a click command, with every option's annotations evaluated, for each command it
    knows, and each command's module costs its import: when the first argument names a command,
    the others cannot be reached by this run. `okrlint --help`, `--version` or a mistyped name
    get the whole app."""
    wanted = argv[0] if argv else ""
    if wanted == "check" or wanted in SUBCOMMANDS:
        return _app_with([wanted])
    return _whole_app()


# Objects allocated between two collections of the youngest generation (Python's default: 700).
# A run allocates millions of short-lived objects that reference counting frees, and no reference
# cycles worth collecting early: with the default, a 1,000-file run made ~310 collections (~1.5%
# of its CPU), a one-file run ~30 (4.5M instructions); with this, ~20 and a few.
YOUNG_OBJECTS_PER_COLLECTION = 10_000


def main() -> None:
    """Console-script entry point: never shows a traceback unless --debug."""
    gc.set_threshold(YOUNG_OBJECTS_PER_COLLECTION, *gc.get_threshold()[1:])  # the process is okrlint's alone
    try:
        _app_for(sys.argv[1:])()
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
