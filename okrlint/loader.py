"""The only code that reads bytes; the YAML reader and the guards every reader shares.

It turns a file (or stdin bytes) into composed YAML nodes that keep their positions, or into
located problems. Other input formats (Markdown, CSV/TSV, XLSX) are plug-ins in
okrlint/readers/ that build the same located nodes; `load_bytes` picks the reader by the file's
name. Guards against hostile input (size, encoding, depth, aliases) live here so that nothing
downstream ever sees a file that could crash or hang the run. For YAML:

    bytes → size / binary / encoding checks → text → merge markers → event pass (depth, nodes,
    aliases, text length) → compose → drop empty documents

The event pass walks libyaml's event stream before anything is composed: libyaml's composer
recurses per nesting level (it segfaults near 30,000 levels) and an alias bomb composes in
microseconds but explodes whatever walks it afterwards. The pass costs about 1.7× a compose; a
text whose characters show it cannot cross any limit skips it (`surely_within_limits`).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

import yaml

from okrlint.compiled_patterns import compile_pattern
from okrlint.readers import DEFAULT, ReadSettings, format_of, reader_of

try:  # libyaml is ~10x faster; fall back to the pure-Python loader when it is missing
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem with a file, reported under `invalid-okr`.

    `kind` picks the message template in rules/invalid-okr.yaml; `params` fill it.
    """

    kind: str
    line: int
    column: int
    end_line: int
    end_column: int
    params: dict = field(default_factory=dict)
    severity: str = "error"
    cell: str | None = None  # a spreadsheet cell ("Q1!C7"), when line and column stand for row and column


@dataclass(slots=True)
class LoadedFile:
    """A file's text and YAML documents, or the problems that stopped it from loading."""

    path: str
    text: str = ""
    documents: list[yaml.Node] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    directives: bool = True  # inline `okrlint:` comments are read from `text` (not in spreadsheets)


@dataclass(frozen=True, slots=True)
class Limits:
    """How much input a file may take before it is refused. Real OKR files are far below all of these."""

    max_bytes: int = 5 * 1024 * 1024  # `max-file-size` in the config
    max_depth: int = 64  # OKR files nest fewer than 10 levels
    max_nodes: int = 500_000  # every node, an alias counting as the size of the node it names
    max_alias_nodes: int = 50_000  # nodes reached through aliases: a "billion laughs" file stops here
    max_documents: int = 1_000  # `---` documents in one file
    max_text_chars: int = 10_000  # one scalar; OKR texts are a sentence or two


class _Refused(Exception):
    """The event pass found the file over a limit; carries the problem to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.kind)
        self.problem = problem


# -- bytes ------------------------------------------------------------------------------------

def read_path(path: Path, shown_as: str, limits: Limits = Limits(), columns: tuple = ()) -> LoadedFile:
    """Read one file from disk; unreadable files become problems, never exceptions."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device named *.okr.yaml would block or never end
            return _refused(shown_as, "unreadable", reason="not a regular file")
        if info.st_size > limits.max_bytes:
            return _refused(shown_as, "too-large", size=info.st_size, limit=limits.max_bytes)
        data = _read_file(path, info.st_size, limits.max_bytes)  # bounded even if the file grows meanwhile
    except OSError as exc:
        return _refused(shown_as, "unreadable", reason=exc.strerror or str(exc))
    return load_bytes(data, shown_as, limits, columns)


_CHUNK = 1 << 20
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def _read_file(path: Path, size: int, limit: int) -> bytes:
    """What `read_bounded` reads of the file (at most `limit` + 1 bytes), through its descriptor.

    A buffered file object and a first read of up to a MiB (allocated whole, then cut down) cost
    ~7 µs a file, ~4.5 ms of CPU in a 1,000-file run: here the first read asks for the size the
    file had at its stat, and one byte more to see whether it grew since.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks: list[bytes] = []
        got, want = 0, size + 1
        while got <= limit:
            chunk = os.read(fd, min(want, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
            want = _CHUNK
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a stream (one past the limit tells "too large"), read in chunks.

    `read(limit + 1)` would allocate the whole limit up front: with a large `max-file-size` a
    tiny file would cost gigabytes, or fail with MemoryError.
    """
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def load_bytes(data: bytes, shown_as: str, limits: Limits = Limits(), columns: tuple = ()) -> LoadedFile:
    """Located nodes from raw bytes (a file's content or stdin), by the reader of the file's format.

    `columns` are the config's spreadsheet column names (role → header names).
    """
    if len(data) > limits.max_bytes:
        return _refused(shown_as, "too-large", size=len(data), limit=limits.max_bytes)
    fmt = format_of(shown_as)
    settings = ReadSettings(limits, columns)
    return read_yaml(data, shown_as, settings) if fmt is DEFAULT else reader_of(fmt)(data, shown_as, settings)


def read_yaml(data: bytes, shown_as: str, settings: ReadSettings) -> LoadedFile:
    """The YAML reader: decode, then compose every `---` document behind the guards."""
    limits = settings.limits
    text, problem = decode(data, shown_as)
    if problem is not None:
        return LoadedFile(path=shown_as, text=text, problems=[problem])
    return compose_text(text, shown_as, limits)


_WIDE_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one; UTF-8's BOM is read below
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, shown_as: str) -> tuple[str, Problem | None]:
    """Bytes → text: UTF-8 (BOM optional), or UTF-16/32 with a BOM; anything else is a problem.

    On failure the text is a best-effort decoding, so that the message can speak the file's
    language; it is never shown in a finding.
    """
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                return "", Problem("bad-bom", 1, 1, 1, 1, {"encoding": codec.upper(), "offset": exc.start})
            return text, _nul_problem(text)
    if b"\x00" in data:
        return "", _utf16_without_bom(data, shown_as) or _binary(data)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        at = exc.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)  # utf-8-sig counts after its BOM
        bad_lines, mixed = _lines_not_utf8(data)
        name, codec = guess_encoding(bad_lines)
        problem = _bad_encoding(data, at, name, _ICONV[codec], shown_as)
        if mixed:  # converting the whole file would garble its valid UTF-8 lines
            problem = Problem("encoding-mixed", problem.line, problem.column, problem.end_line, problem.end_column, problem.params)
        return data.decode("utf-8", errors="replace") if mixed else data.decode(codec, errors="replace"), problem


def _lines_not_utf8(data: bytes) -> tuple[bytes, bool]:
    """The lines that are not UTF-8 (to guess their encoding), and whether other lines are non-ASCII UTF-8."""
    bad: list[bytes] = []
    mixed = False
    for line in data.split(b"\n"):
        try:
            mixed = mixed or not line.decode("utf-8").isascii()
        except UnicodeDecodeError:
            bad.append(line)
    return b"\n".join(bad), mixed


def _nul_problem(text: str) -> Problem | None:
    at = text.find("\x00")
    if at < 0:
        return None
    line, column = position_of(text, at)
    return Problem("binary", line, column, line, column + 1, {"line": line, "column": column})


def _binary(data: bytes) -> Problem:
    at = data.index(b"\x00")
    line, column = _byte_position(data, at)
    return Problem("binary", line, column, line, column + 1, {"line": line, "column": column})


def _utf16_without_bom(data: bytes, shown_as: str) -> Problem | None:
    """Text saved as UTF-16 without a BOM has a NUL beside nearly every ASCII character."""
    if len(data) % 2:
        return None
    for codec, zero_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        zeros = data[zero_at::2].count(0)
        if zeros >= len(data) // 4 and data[1 - zero_at::2].count(0) == 0:
            name = codec.upper().replace("-LE", "LE").replace("-BE", "BE")  # iconv's spelling
            quoted = _shell_name(shown_as)
            command = f"iconv -f {name} -t UTF-8 {quoted} > {quoted}.new"
            return Problem("utf16-without-bom", 1, 1, 1, 1, {"encoding": name, "command": command})
    return None


def _bad_encoding(data: bytes, at: int, name: str, iconv: str, shown_as: str) -> Problem:
    line, column = _byte_position(data, at)
    quoted = _shell_name(shown_as)
    params = {
        "line": line,
        "column": column,
        "byte": f"0x{data[at]:02X}" if at < len(data) else "end of file",
        "encoding": name,
        "command": f"iconv -f {iconv} -t UTF-8 {quoted} > {quoted}.new",
    }
    return Problem("encoding", line, column, line, column + 1, params)


def _shell_name(shown_as: str) -> str:
    import shlex  # only for this message: not on every run

    return shlex.quote(shown_as) if shown_as != "-" else "FILE"


def _byte_position(data: bytes, at: int) -> tuple[int, int]:
    """1-based line and character column of byte offset `at`; the bytes before it are valid UTF-8."""
    line_start = data.rfind(b"\n", 0, at) + 1
    prefix = data[line_start:at].decode("utf-8-sig" if line_start == 0 else "utf-8", errors="replace")
    return data.count(b"\n", 0, at) + 1, len(prefix) + 1


def position_of(text: str, at: int) -> tuple[int, int]:
    """1-based line and column of character offset `at` in `text`."""
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


_ICONV = {"cp1251": "CP1251", "gb18030": "GB18030", "latin-1": "LATIN1"}  # iconv's names
_GUESS_SAMPLE = 64 * 1024  # enough text to tell the scripts apart, cheap on a 5 MB file
_RUSSIAN = compile_pattern(r"[а-яёА-ЯЁ]")
_HAN = compile_pattern(r"[\u4e00-\u9fff]")


def guess_encoding(data: bytes) -> tuple[str, str]:
    """(name to show, codec) of a file that is not UTF-8: cp1251, GBK/GB18030 or latin-1.

    Decide by which decoding yields letters of the expected script: Russian in cp1251 gives
    runs of Cyrillic letters, mostly lower case and never glued to Latin letters; Chinese in
    GBK decodes strictly to common Han characters (GB2312 level 1, lead bytes B0–D7).
    """
    data = data[:_GUESS_SAMPLE]
    non_ascii = max(len(data) - len(data.decode("ascii", errors="ignore")), 1)
    as_cp1251 = data.decode("cp1251", errors="replace")
    letters = _RUSSIAN.findall(as_cp1251)
    glued = len(re.findall(r"[a-zA-Z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][a-zA-Z]", as_cp1251))
    russian = len(letters) >= 0.9 * non_ascii and glued <= 0.1 * len(letters)
    lower_share = sum(1 for c in letters if c.islower()) / max(len(letters), 1)
    if russian and lower_share >= 0.5:
        return "CP1251 (Windows Cyrillic)", "cp1251"
    if _common_han_share(data, non_ascii) >= 0.8:
        return "GBK/GB18030 (Chinese)", "gb18030"
    if russian:
        return "CP1251 (Windows Cyrillic)", "cp1251"
    return "Latin-1 (ISO-8859-1)", "latin-1"


def _common_han_share(data: bytes, non_ascii: int) -> float:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 4:  # only a character cut by the sample's end is forgiven
            return 0.0
        text = data[: exc.start].decode("gb18030")
    common = sum(1 for ch in _HAN.findall(text) if 0xB0 <= ch.encode("gb18030")[0] <= 0xD7)
    return 2 * common / non_ascii  # a GBK character is two bytes


# -- text → YAML -----------------------------------------------------------------------------

_MERGE_MARKER = compile_pattern(r"^(<{7}|>{7})(?: |$)", re.MULTILINE)


def merge_conflict(text: str) -> Problem | None:
    """Unresolved `<<<<<<<` / `>>>>>>>` markers at the start of a line, in any text format."""
    if (marker := _MERGE_MARKER.search(text)) is None:
        return None
    line, _ = position_of(text, marker.start())
    end = text.find("\n", marker.start())
    width = (len(text) if end < 0 else end) - marker.start()
    return Problem("merge-conflict", line, 1, line, width + 1, {"marker": marker.group(1)})


def compose_text(text: str, shown_as: str, limits: Limits = Limits()) -> LoadedFile:
    """Compose every `---` document of a YAML text into position-keeping nodes."""
    loaded = LoadedFile(path=shown_as, text=text)
    if (conflict := merge_conflict(text)) is not None:
        loaded.problems.append(conflict)
        return loaded
    try:
        if not surely_within_limits(text, limits):
            check_limits(text, limits)
        documents = list(yaml.compose_all(text, Loader=_SafeLoader))
    except _Refused as refused:
        loaded.problems.append(refused.problem)
    except yaml.MarkedYAMLError as exc:
        loaded.problems.append(_syntax_problem(text, exc))
    except yaml.reader.ReaderError as exc:
        loaded.problems.append(_reader_problem(text, exc))
    except yaml.YAMLError as exc:
        loaded.problems.append(Problem("yaml-syntax", 1, 1, 1, 1, {"reason": str(exc)}))
    else:
        loaded.documents, loaded.problems = _drop_empty_documents(documents, text)
    return loaded


def _drop_empty_documents(documents: list[yaml.Node], text: str) -> tuple[list[yaml.Node], list[Problem]]:
    """`---` with nothing after it composes to an empty null scalar: report it, do not lint it."""
    kept = [d for d in documents if not _is_empty(d)]
    severity = "warning" if kept else "error"  # beside real OKR sets an empty document loses nothing
    problems = [_empty_document(d, text, severity) for d in documents if _is_empty(d)]
    if not documents:
        kind = "empty-file" if not text.strip() else "only-comments"
        problems.append(Problem(kind, 1, 1, 1, 1))
    return kept, problems


def _is_empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null" and node.value == ""


def _empty_document(node: yaml.Node, text: str, severity: str) -> Problem:
    """Point at the `---` that opened the empty document: the nearest one at or above the node."""
    lines = text.split("\n")
    mark = node.start_mark  # an empty scalar at column 0 sits on the line after its `---`
    line = max(1, min(mark.line + (1 if mark.column else 0), len(lines)))
    while line > 1 and not lines[line - 1].startswith("---"):
        line -= 1
    return Problem("empty-document", line, 1, line, 4, {"line": line}, severity)


# Every collection opens at one of these: a block sequence at `-`, a block mapping at the `:` (or
# `?`) of its first key, a flow collection at `[` or `{`.
_COLLECTION_INDICATORS = "-:?[{"


def surely_within_limits(text: str, limits: Limits = Limits()) -> bool:
    """Whether no YAML the text could hold crosses a limit of the event pass: then the pass may be skipped.

    Counted on the characters, not parsed (~2 µs against ~70 µs for the pass on a typical OKR
    file, a third of loading it): no anchor or alias; no scalar longer than the text itself (an
    escape or a fold only shortens); at most ~1 node per character; a document per `---` or
    `...` at most, past the first; and fewer characters that can open a collection than the
    depth allowed. A text beyond any of these bounds gets the event pass. Syntax errors are the
    same either way: compose reads the text with the same parser, and stops at the same event.
    """
    return ("*" not in text and "&" not in text and len(text) <= limits.max_text_chars
            and 3 * len(text) + 3 <= limits.max_nodes
            and text.count("---") + text.count("...") < limits.max_documents
            and sum(text.count(c) for c in _COLLECTION_INDICATORS) < limits.max_depth)


def check_limits(text: str, limits: Limits = Limits()) -> None:
    """Raise _Refused at the first limit the YAML text crosses; syntax errors pass through.

    okrlint measures the limits itself on the event stream and never relies on the parser's own
    limits or wording: libyaml stops at a nesting limit of its own (1,000 levels in the libyaml
    that PyYAML 6.0.4 bundles), and it reads up to ~1,000 characters ahead, so the error can come
    before okrlint sees the 65th level. On any parser error the text up to the error's line is
    walked again with PyYAML's pure-Python parser, which is iterative and has no nesting limit:
    a limit crossed before the error is then reported instead of the error.
    """
    try:
        _walk_events(yaml.parse(text, Loader=_SafeLoader), limits)
    except yaml.YAMLError as error:
        if _SafeLoader is yaml.SafeLoader:
            raise
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        prefix = text if mark is None else _through_line(text, mark.line)
        try:
            _walk_events(yaml.parse(prefix, Loader=yaml.SafeLoader), limits)
        except _Refused:
            raise
        except (yaml.YAMLError, ValueError, OverflowError):
            # The prefix ends mid-structure, or the pure-Python scanner trips where libyaml reported
            # an error (an escape like "\UE001A6AA" past U+10FFFF): the original error is the one to report.
            pass
        raise error


_YAML_LINE_BREAK = compile_pattern("\r\n|[\r\n\x85\u2028\u2029]")  # YAML 1.1 counts all of these


def _through_line(text: str, line: int) -> str:
    """`text` up to the end of 0-based YAML line `line`."""
    for number, match in enumerate(_YAML_LINE_BREAK.finditer(text)):
        if number == line:
            return text[: match.start()]
    return text


def _walk_events(events: Iterator[yaml.Event], limits: Limits) -> None:
    """Walk a YAML event stream once and raise _Refused at the first limit crossed.

    Each open collection counts its nodes with aliases expanded, so an anchor's size is known
    when it closes and an alias to it costs exactly that many nodes downstream.
    """
    open_counts: list[int] = []  # expanded node count of each open collection
    open_anchors: list[str | None] = []
    sizes: dict[str, int] = {}  # anchor → expanded node count
    total = via_aliases = documents = 0
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > limits.max_documents:
                raise _Refused(_at(event, "too-many-documents", limit=limits.max_documents))
            continue
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(open_counts) >= limits.max_depth:
                raise _Refused(_at(event, "too-deep", limit=limits.max_depth))
            open_counts.append(1)
            open_anchors.append(event.anchor)
            cost = 1
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            size, anchor = open_counts.pop(), open_anchors.pop()
            if anchor is not None:
                sizes[anchor] = size
            if open_counts:
                open_counts[-1] += size
            continue
        elif isinstance(event, yaml.ScalarEvent):
            if len(event.value) > limits.max_text_chars:
                raise _Refused(_at(event, "text-too-long", length=len(event.value), limit=limits.max_text_chars))
            if event.anchor is not None:
                sizes[event.anchor] = 1
            cost = 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor in open_anchors:
                raise _Refused(_at(event, "recursive-alias", anchor=event.anchor))
            cost = sizes.get(event.anchor, 1)  # an undefined alias is composer's error to report
            via_aliases += cost
            if via_aliases > limits.max_alias_nodes:
                raise _Refused(_at(event, "alias-bomb", limit=limits.max_alias_nodes))
        else:
            continue
        total += cost
        if total > limits.max_nodes:
            raise _Refused(_at(event, "too-many-nodes", limit=limits.max_nodes))
        if open_counts and not isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            open_counts[-1] += cost


def yaml_limit_problem(text: str, limits: Limits = Limits()) -> Problem | None:
    """The first limit a YAML text crosses, or None; syntax errors are left to the parser that follows."""
    try:
        check_limits(text, limits)
    except _Refused as refused:
        return refused.problem
    except yaml.YAMLError:
        return None
    return None


def _at(event: yaml.Event, kind: str, **params: object) -> Problem:
    start, end = event.start_mark, event.end_mark
    line, column = start.line + 1, start.column + 1
    end_line, end_column = (end.line + 1, end.column + 1) if end.line == start.line else (line, column + 1)
    return Problem(kind, line, column, end_line, max(end_column, column + 1), {"line": line, **params})


def _syntax_problem(text: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if (tab := _tab_in_indentation(text, line, column, exc.problem or "")) is not None:
        return Problem("tabs", line, tab, line, tab + 1, {"line": line, "column": tab})
    reason = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
    return Problem("yaml-syntax", line, column, line, column + 1, {"reason": reason})


def _tab_in_indentation(text: str, line: int, column: int, problem: str) -> int | None:
    """The column of the tab behind a libyaml error, when a tab is what broke the file.

    libyaml says "found character that cannot start any token" or "found a tab character that
    violates indentation"; either way the erroring line has a tab at the mark or in its indent.
    """
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    source = lines[line - 1]
    if "tab" in problem or source[column - 1:column] == "\t":
        indent = len(source) - len(source.lstrip(" \t"))
        at = source.find("\t", 0, max(indent, column))
        return at + 1 if at >= 0 else None
    return None


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> Problem:
    """libyaml's ReaderError gives a UTF-8 byte offset; turn it into a line and column."""
    at = len(text.encode("utf-8")[: exc.position].decode("utf-8", errors="ignore"))
    line, column = position_of(text, at)
    character = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
    return Problem("control-character", line, column, line, column + 1, {"code": f"U+{character:04X}", "line": line})


def _refused(shown_as: str, kind: str, **params: object) -> LoadedFile:
    return LoadedFile(path=shown_as, problems=[Problem(kind, 1, 1, 1, 1, dict(params))])
