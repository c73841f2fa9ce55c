"""The run-level replay: a `check` whose inputs are all unchanged prints its last report again.

The per-file result cache (okrlint/result_cache.py) spares an unchanged file its analysis, but
the run still pays for start-up (typer, pydantic, the rules, the graph: ~0.25 s) and for
replaying every file: several times a walk of the files. So before anything heavy is imported,
`okrlint check` asks this module whether a run with

- the same command line, working folder, environment (minus shell noise), Python and okrlint
  code (size and modification time of its modules and rule packs, and of every `sys.path`
  folder, where an installed package or plugin would show), and
- the same state of everything that run read: each file it opened (SHA-256 of its bytes and its
  stat), each folder it listed (every entry's name, type and stat: a file added or removed, or a
  symlink pointed elsewhere, shows), the folders beside the files it read (names), and, up every
  one of those folders, the names that decide the OKR root, the config and the cache folder
  (`.git`, `.okrlint.yaml`, `pyproject.toml`, `.okrlint_cache`)

left a record. Then its stdout and stderr, in the order written, and its exit code are replayed.

What a run reads is observed, not predicted: an audit hook (`sys.addaudithook`) sees every file
opened for reading and every folder listed, and the state of each is taken when first seen and
again at the end; a record is written only when both agree (nothing changed during the run).
Only a run that exits 0 or 1 is recorded, and only calls whose effects are the printed report
(no `--fix`, `--diff`, `--output`, `--also-output`, baselines, stdin, `--no-cache`, `--progress`,
`--show-*`, `--debug`; no terminal on stdout or stderr; no GitHub job summary; no plugin rules).
Any doubt, a record that is missing, corrupt, foreign or of another format: the normal run.

Records live in `runs/` of the cache folder the result cache uses (OKRLINT_CACHE_DIR, the OKR
root's `.okrlint_cache/`, else the user cache folder): one per call, rewritten when its inputs
change; the most recent MAX_RECORDS, MAX_TOTAL bytes in all, are kept.
This module imports only the standard library (and okrlint's version): it runs before typer.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import sys
import time
import zlib

from okrlint import __version__

TYPE_CHECKING = False  # typing itself costs this path ~5 ms of its ~60
if TYPE_CHECKING:
    from typing import Any, Callable

RECORD_FORMAT = 1
MAX_RECORDS = 16  # the oldest records beyond this many are removed when one is written
MAX_OUTPUT = 256 * 1024 * 1024  # bytes of stdout + stderr (UTF-8; a 10,000-file JSON report is ~130 MB); larger: not kept
MAX_TOTAL = 512 * 1024 * 1024  # bytes of all records; the oldest go first
PIECE = 1 << 20  # writes in a row to one stream join into pieces of up to this many bytes (or one larger write)
MAGIC = b"okrlint-run\n"
MAX_HASHED_FILE = 64 * 1024 * 1024  # bytes; a larger input makes the run unrecordable
CACHE_ENV = "OKRLINT_CACHE_DIR"
PROJECT_CACHE = ".okrlint_cache"
# Names whose presence in a folder or any folder above decides the root, the config or the cache
# folder (tests check them against index.ROOT_MARKERS, config.CONFIG_NAMES and PROJECT_CACHE).
ROOT_MARKERS = (".git", ".okrlint.yaml", ".okrlint.yml")
PROBED_NAMES = (*ROOT_MARKERS, "pyproject.toml", PROJECT_CACHE)
RACY_NS = 3 * 10**9  # an input changed this shortly before the run is hashed when first seen, too
SHELL_NOISE = frozenset({"_", "OLDPWD", "PWD", "SHLVL"})  # change between shells, never read by okrlint

# `check`'s options a replayable call may use: flags, and options that take one value.
_FLAGS = frozenset({"--exit-zero", "--statistics", "--no-color", "--quiet", "-q", "--force-exclude",
                    "--allow-no-files", "--no-progress"})
_VALUED = frozenset({"--select", "-s", "--extend-select", "--ignore", "-i", "--format", "-f", "--lang", "-l",
                     "--config", "-c", "--fail-on", "--color", "--jobs", "-j"})
_CODE_SUFFIXES = (".py", ".pyc", ".pyd", ".so", ".pth")  # code is keyed by _code_state, not read as an input

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def replayable_paths(argv: list[str]) -> list[str] | None:
    """The paths of a `check` call whose only effect is its printed report; None for any other call."""
    if not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if arg == "-" or arg == "--":  # stdin; or paths that look like options
            return None
        if not arg.startswith("-"):
            paths.append(arg)
            continue
        name, has_value, _ = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _FLAGS and not has_value:
            continue
        if name in _VALUED:
            if not has_value and next(args, None) is None:
                return None
            continue
        return None  # an option that writes, reads stdin or a baseline, shows progress, or is unknown
    return paths or ["."]


def _streams_allow() -> bool:
    """Not on a terminal (the report would depend on its size and a live display), no job summary to append to."""
    try:
        if sys.stdout is None or sys.stderr is None or sys.stdout.isatty() or sys.stderr.isatty():
            return False
    except (ValueError, OSError):
        return False
    return not os.environ.get("GITHUB_STEP_SUMMARY")


# --- where records live ---------------------------------------------------------------------

def _user_cache_dir() -> str:
    from okrlint.cache_dirs import user_cache_dir

    return str(user_cache_dir())


def _root_of(path: str) -> str | None:
    """The OKR root of a given path, as okrlint/index.py finds it (the nearest folder with a marker)."""
    try:
        start = os.path.realpath(path)
        folder = start if os.path.isdir(start) else os.path.dirname(start)
    except (OSError, ValueError):
        return None
    while True:
        if any(os.path.lexists(os.path.join(folder, marker)) for marker in ROOT_MARKERS):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def records_folder(first_path: str) -> str:
    """`runs/` in OKRLINT_CACHE_DIR, the OKR root's `.okrlint_cache/` (when the user made it), or the user cache folder."""
    if os.environ.get(CACHE_ENV):
        return os.path.join(os.environ[CACHE_ENV], "runs")
    root = _root_of(first_path)
    if root is not None and os.path.isdir(os.path.join(root, PROJECT_CACHE)):
        return os.path.join(root, PROJECT_CACHE, "runs")
    return os.path.join(_user_cache_dir(), "runs")


# --- what a call is, besides its inputs -------------------------------------------------------

def _rules_dirs() -> list[str]:
    return [os.path.join(_PACKAGE, "_rules"), os.path.join(os.path.dirname(_PACKAGE), "rules")]


def _code_state() -> list[tuple]:
    """Size and modification time of okrlint's files and rule packs (a checkout's edit is a new key)."""
    found: list[tuple] = []
    for folder in (_PACKAGE, *_rules_dirs()):
        for current, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                try:
                    info = os.stat(os.path.join(current, name))
                except OSError:
                    continue
                found.append((current, name, info.st_size, info.st_mtime_ns))
    return found


def _installed_dirs() -> set[str]:
    """Python's library and the installed packages (their data, jieba's dictionary say, is keyed by _path_state)."""
    dirs = {os.path.dirname(os.__file__), "/dev", "/proc", "/sys"}
    dirs.update(p for p in sys.path if os.path.basename(p) in ("site-packages", "dist-packages"))
    return dirs


def _path_state() -> list[tuple]:
    """Each import folder's modification time: installing or removing a package (a plugin) changes it."""
    state: list[tuple] = []
    for entry in sys.path:
        try:
            state.append((entry, os.stat(entry or ".").st_mtime_ns))
        except OSError:
            state.append((entry, None))
    return state


def call_key(argv: list[str]) -> bytes:
    """Everything besides the inputs that a report may depend on."""
    env = sorted((k, v) for k, v in os.environ.items() if k not in SHELL_NOISE)
    streams = [(getattr(s, "encoding", None), getattr(s, "errors", None)) for s in (sys.stdout, sys.stderr)]
    parts = [RECORD_FORMAT, __version__, sys.version, sys.executable, list(sys.flags), os.getcwd(), list(argv), env,
             streams, _path_state(), _code_state()]
    return marshal.dumps(parts)


# --- the state of an input --------------------------------------------------------------------

def _file_state(path: str, content: bool = True) -> tuple | None:
    """A file's stat and (`content`) SHA-256; a mark for a folder or a missing file; None when it
    must not be read here (a FIFO or device cannot be read twice; a huge file is not worth it)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return ("missing", exc.errno)
    if stat.S_ISDIR(info.st_mode):
        return ("folder", info.st_ino)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_HASHED_FILE:
        return None
    seen = ("file", info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
    if not content:
        return seen
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            digest.update(handle.read(MAX_HASHED_FILE + 1))
    except OSError as exc:
        return ("unreadable", exc.errno)
    return (*seen, digest.hexdigest())


_OWN_OUTPUTS: list[set[tuple[int, int]]] = []


def _own_outputs() -> set[tuple[int, int]]:
    """The files this process's stdout and stderr write to (`> report.sarif` in the linted folder):
    they change while a run writes them, and are its output, not its input."""
    if not _OWN_OUTPUTS:
        found = set()
        for fd in (1, 2):
            try:
                info = os.fstat(fd)
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                found.add((info.st_dev, info.st_ino))
        _OWN_OUTPUTS.append(found)
    return _OWN_OUTPUTS[0]


def _entry_state(entry: os.DirEntry) -> tuple | None:
    if entry.is_symlink():
        return (entry.name, "link", os.readlink(entry.path))
    if entry.is_dir(follow_symlinks=False):
        return (entry.name, "folder")
    info = entry.stat(follow_symlinks=False)
    if (info.st_dev, info.st_ino) in _own_outputs():
        return None  # left out (were it also read, its own state as a file read would differ)
    return (entry.name, info.st_mode, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def _listing_state(path: str) -> tuple:
    """Every entry of a listed folder: name and type, and a file's stat (the root index trusts stat too)."""
    try:
        with os.scandir(path) as entries:
            return ("listing", tuple(sorted(state for e in entries if (state := _entry_state(e)) is not None)))
    except OSError as exc:
        return ("missing", exc.errno)


def _names_state(path: str) -> tuple:
    """The names in the folder of a file read: a file that appears beside it may change what is read."""
    try:
        return ("names", tuple(sorted(os.listdir(path))))
    except OSError as exc:
        return ("missing", exc.errno)


def _kind(path: str) -> str:
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return ""
    return "l" if stat.S_ISLNK(mode) else "d" if stat.S_ISDIR(mode) else "f" if stat.S_ISREG(mode) else "o"


def _probe_state(folder: str) -> tuple:
    return ("probe", tuple(_kind(os.path.join(folder, name)) for name in PROBED_NAMES))


_STATES: dict[str, Callable[[str], tuple | None]] = {
    "file": _file_state, "listing": _listing_state, "names": _names_state, "probe": _probe_state,
}


def _still(inputs: list[tuple[str, str, Any]]) -> bool:
    """Whether every input is in the state recorded."""
    return all(_STATES[kind](path) == state for kind, path, state in inputs)


# --- observing a normal run -------------------------------------------------------------------

_IMPORT_SYSTEM = ("<frozen importlib._bootstrap", "<frozen zipimport>")
_METADATA = os.path.join(os.path.dirname(os.__file__), "importlib", "metadata", "")


def _by_import_system(frame: Any) -> bool:
    """Whether Python's import system opened or listed: finding a module (the code that did it), or
    importlib.metadata scanning for plugins (somewhere up the stack; zipfile does its reading)."""
    if frame is not None and frame.f_code.co_filename.startswith(_IMPORT_SYSTEM):
        return True
    for _ in range(8):
        if frame is None:
            return False
        if frame.f_code.co_filename.startswith(_METADATA):
            return True
        frame = frame.f_back
    return False


class _Tee:
    """A text stream that writes through and remembers what was written (and when it was flushed)."""

    def __init__(self, stream: Any, tag: str, recorder: Recorder) -> None:
        self._stream, self._tag, self._recorder = stream, tag, recorder

    def write(self, text: str) -> int:
        try:
            written = self._stream.write(text)
        except BaseException:
            self._recorder.veto("a write failed")
            raise
        self._recorder.wrote(self._tag, text)
        return written

    def flush(self) -> None:
        self._stream.flush()
        self._recorder.wrote(self._tag, None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class Recorder:
    """Watches a normal run: what it reads (audit hook), what it prints (tees), and writes the record."""

    def __init__(self, argv: list[str], key: bytes, record_path: str) -> None:
        self.argv, self.key, self.record_path = argv, key, record_path
        self.inputs: dict[tuple[str, str], Any] = {}
        self.pieces: list[list] = []  # [tag, bytes] written in a row to one stream; [tag, -1] a flush
        self.size = 0
        self._payload: Any = None  # an unnamed temporary file: the report is never held in memory twice
        self._crc = 0
        self.vetoed: str | None = None
        self.active = False
        self._busy = False
        self._cwd = os.getcwd()
        self._started_ns = time.time_ns()
        self._installed = tuple({os.path.join(os.path.realpath(p), "") for p in _installed_dirs() if p.startswith(os.sep)})
        ignored = {*_installed_dirs(), _PACKAGE, *_rules_dirs(), _user_cache_dir(),
                   *([os.environ[CACHE_ENV]] if os.environ.get(CACHE_ENV) else [])}
        self._ignored = tuple({os.path.join(f(os.path.join(self._cwd, p)), "") for p in ignored
                               for f in (os.path.normpath, os.path.realpath)})
        self._code_names = tuple(suffix + os.sep for suffix in _CODE_SUFFIXES)
        self._folders: dict[str, bool] = {}  # folder → whether what is in it is ignored

    def start(self) -> None:
        self.active = True
        self._see_folder(self._cwd)
        sys.addaudithook(self._hook)
        if hasattr(os, "register_at_fork"):  # POSIX; elsewhere workers are spawned, fresh and unwatched
            os.register_at_fork(after_in_child=self._stop_in_child)
        sys.stdout = _Tee(sys.stdout, "o", self)
        sys.stderr = _Tee(sys.stderr, "e", self)

    def _stop_in_child(self) -> None:
        self.active = False  # a worker's reads are its parent's targets, seen there

    def veto(self, reason: str) -> None:
        if self.vetoed is None:
            self.vetoed = reason

    def wrote(self, tag: str, text: str | None) -> None:
        if not self.active or self.vetoed:
            return
        if text is None:
            self.pieces.append([tag, -1])
            return
        data = text.encode("utf-8", "surrogatepass")  # exactly this str comes back
        self.size += len(data)
        if self.size > MAX_OUTPUT:
            self.veto("the report is too large to keep")
            self._close_payload()
            return
        if self._payload is None:
            import tempfile

            self._payload = tempfile.TemporaryFile()
        self._payload.write(data)
        self._crc = zlib.crc32(data, self._crc)
        last = self.pieces[-1] if self.pieces else None
        if last is not None and last[0] == tag and last[1] >= 0 and last[1] + len(data) <= PIECE:
            last[1] += len(data)
        else:
            self.pieces.append([tag, len(data)])

    def _close_payload(self) -> None:
        if self._payload is not None:
            self._payload.close()
            self._payload = None

    def read_files(self, paths: list[str]) -> None:
        """Files the run will read (its targets), whichever process reads them."""
        if self.active:
            for path in paths:
                full = os.path.join(self._cwd, path)
                if self._ignored_path(full):  # e.g. a file in the cache folder: its folder's changes are not watched
                    self.veto(f"{full} is in a folder of okrlint, Python or the cache")
                self._see("file", full)

    def _hook(self, event: str, args: tuple) -> None:
        if not self.active or self._busy or (event != "open" and event != "os.scandir" and event != "os.listdir"):
            return
        self._busy = True  # the states below open and list too
        try:
            self._observe(event, args)
        except Exception as exc:  # never disturb the run: it is just not recorded
            self.veto(f"{type(exc).__name__}: {exc}")
        finally:
            self._busy = False

    def _observe(self, event: str, args: tuple) -> None:
        if _by_import_system(sys._getframe(2)):
            return  # finding modules and plugins: keyed by _path_state and _code_state
        path = args[0] if args else None
        if event == "open":
            if isinstance(path, int) or path is None:
                return  # an open file descriptor (a temporary file of the run)
            mode, flags = args[1], args[2]
            if isinstance(mode, str) and set(mode) & set("wax+"):
                return
            if mode is None and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC):
                return
            full = os.path.join(self._cwd, os.fsdecode(path))
            if ("file", full) not in self.inputs and not self._ignored_path(full):
                self._see("file", full)
        else:
            if isinstance(path, int):
                self.veto("a folder listed by descriptor")
                return
            full = os.path.join(self._cwd, os.fsdecode(path)) if path is not None else self._cwd
            if not self._ignored_path(full):
                self._see("listing", full)
            elif os.path.join(os.path.realpath(full), "").startswith(self._installed):
                self.veto(f"{full} (a folder of Python or of a package) was walked")  # linting there: not keyed

    def _ignored_path(self, full: str) -> bool:
        """okrlint's and Python's own files, and the caches: keyed by call_key, or okrlint's output.
        Decided per folder, as given and resolved (a file symlinked out of an ignored folder is
        then watched: more than needed, never less)."""
        name = os.path.join(os.path.normpath(full), "")
        if self._ignored_name(name):
            return True
        folder = os.path.dirname(name[:-1])
        ignored = self._folders.get(folder)
        if ignored is None:
            ignored = self._folders[folder] = self._ignored_name(os.path.join(os.path.realpath(folder), ""))
        return ignored

    def _ignored_name(self, name: str) -> bool:
        return name.endswith(self._code_names) or f"{os.sep}__pycache__{os.sep}" in name \
            or f"{os.sep}{PROJECT_CACHE}{os.sep}" in name or name.startswith(self._ignored)

    def _see(self, kind: str, path: str) -> None:
        if (kind, path) in self.inputs:
            return
        if kind == "file":  # its bytes are hashed at the end; now, only when stat could miss a change
            state = _file_state(path, content=False)
            if state is not None and state[0] == "file" and self._racy(state):
                state = _file_state(path)
        else:
            state = _STATES[kind](path)
        if state is None:
            self.veto(f"{path} cannot be kept as an input")
            return
        self.inputs[(kind, path)] = state
        self._see_folder(os.path.dirname(path) if kind == "file" else path)
        if kind == "file":
            self._see("names", os.path.dirname(path))

    def _racy(self, state: tuple) -> bool:
        """Changed so shortly before this run began that a later change might leave the same stat
        (timestamps are as coarse as the file system's clock: a few ms, 1-2 s on some)."""
        return max(state[2], state[3]) >= self._started_ns - RACY_NS

    def _unchanged_inputs(self) -> list[tuple] | None:
        """Every input's state now, when each is as first seen (a file: same stat, and same bytes if
        hashed then); None when anything changed while the run read it."""
        inputs = []
        for (kind, path), seen in self.inputs.items():
            now = _STATES[kind](path)
            if now is None:
                return None
            if kind == "file" and seen[0] == "file":
                if now[:5] != seen[:5] or (len(seen) > 5 and now != seen):
                    return None
            elif now != seen:
                return None
            inputs.append((kind, path, now))
        return inputs

    def _see_folder(self, folder: str) -> None:
        """The names deciding the root, config and cache folder, in this folder and every one above it."""
        while ("probe", folder) not in self.inputs:
            self.inputs[("probe", folder)] = _probe_state(folder)
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent

    def finish(self, code: Any) -> None:
        """Keep the record when the run may be replayed: exit 0 or 1, no veto, nothing changed meanwhile."""
        was_active, self.active = self.active, False
        if not was_active or self.vetoed or code not in (0, 1) or isinstance(code, bool):
            return
        self._busy = True
        try:
            inputs = self._unchanged_inputs()
            if inputs is None:
                return
            header = {"format": RECORD_FORMAT, "key": self.key, "inputs": inputs, "code": code,
                      "pieces": [tuple(piece) for piece in self.pieces], "crc32": self._crc}
            save_record(self.record_path, header, self._payload)
        except Exception:  # a record is an optimisation; failing to keep one never fails the run
            return
        finally:
            self._busy = False
            self._close_payload()


# --- records on disk --------------------------------------------------------------------------

def record_path(folder: str, key: bytes) -> str:
    return os.path.join(folder, f"run-{hashlib.sha256(key).hexdigest()[:32]}.marshal")


def load_record(path: str, key: bytes) -> dict | None:
    """The header of this call's record (its payload read by replay); None when missing, corrupt, of
    another format or of another call."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                return None
            length = int.from_bytes(handle.read(8), "little")
            header = marshal.loads(handle.read(length))
            start = handle.tell()
            size = os.fstat(handle.fileno()).st_size
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(header, dict) or header.get("format") != RECORD_FORMAT or header.get("key") != key:
        return None
    inputs, pieces, code = header.get("inputs"), header.get("pieces"), header.get("code")
    if not isinstance(inputs, list) or not isinstance(pieces, list) or code not in (0, 1) or isinstance(code, bool) \
            or type(header.get("crc32")) is not int:
        return None
    for item in inputs:
        if not (isinstance(item, tuple) and len(item) == 3 and item[0] in _STATES and isinstance(item[1], str)):
            return None
    for piece in pieces:
        if not (isinstance(piece, tuple) and len(piece) == 2 and piece[0] in ("o", "e") and type(piece[1]) is int
                and -1 <= piece[1] <= MAX_OUTPUT):
            return None
    if sum(n for _, n in pieces if n > 0) != size - start:
        return None
    return {**header, "path": path, "start": start}


def save_record(path: str, header: dict, payload: Any) -> None:
    """Atomically (a reader never sees half a record; concurrent runs: the last one wins); then prune."""
    from pathlib import Path

    from okrlint.cache_dirs import write_atomically

    blob = marshal.dumps(header)

    def write(out: Any) -> None:
        out.write(MAGIC)
        out.write(len(blob).to_bytes(8, "little"))
        out.write(blob)
        if payload is not None:
            payload.seek(0)
            while chunk := payload.read(PIECE):
                out.write(chunk)

    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    write_atomically(Path(path), write, binary=True)
    _prune(folder)


def _prune(folder: str) -> None:
    """At most MAX_RECORDS records, MAX_TOTAL bytes in all: the most recently written are kept."""
    try:
        records = []
        for entry in os.scandir(folder):
            if entry.name.startswith("run-") and entry.name.endswith(".marshal"):
                info = entry.stat()
                records.append((info.st_mtime_ns, info.st_size, entry.path))
        records.sort(reverse=True)
        total = 0
        for number, (_, size, path) in enumerate(records):
            total += size
            if number >= MAX_RECORDS or total > MAX_TOTAL:
                os.unlink(path)
    except OSError:
        pass  # another run pruned first


def _payload_pieces(record: dict) -> Any:
    """The recorded pieces as (tag, bytes or None for a flush), read from the record file."""
    with open(record["path"], "rb") as handle:
        handle.seek(record["start"])
        for tag, size in record["pieces"]:
            yield tag, (None if size < 0 else handle.read(size))


def _intact(record: dict) -> bool:
    """The payload is the one recorded (a damaged record is never half printed; CRC-32: the cache
    folder is the user's own, so this guards against damage, not against someone who could edit it)."""
    crc = 0
    try:
        for _, data in _payload_pieces(record):
            if data is not None:
                crc = zlib.crc32(data, crc)
    except OSError:
        return False
    return crc == record["crc32"]


# --- the two ways in ---------------------------------------------------------------------------

def replay(record: dict) -> int:
    """Print the recorded report, as written; the recorded exit code."""
    streams = {"o": sys.stdout, "e": sys.stderr}
    try:
        for tag, data in _payload_pieces(record):
            if data is None:
                streams[tag].flush()
            else:
                streams[tag].write(data.decode("utf-8", "surrogatepass"))
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader (`| head`) has what it wanted, as in a normal run
        _discard_stdout()
    except OSError as exc:
        _discard_stdout()
        sys.stderr.write(f"okrlint: error: cannot write the report: {exc.strerror or exc}\n")
        return 2
    return record["code"]


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def prepare(argv: list[str]) -> tuple[dict | None, Recorder | None]:
    """For a replayable call: the record to replay when every input is unchanged, else a recorder for the run."""
    try:
        paths = replayable_paths(argv)
        if paths is None or not _streams_allow():
            return None, None
        key = call_key(argv)
        path = record_path(records_folder(paths[0]), key)
        record = load_record(path, key)
        if record is not None and _still(record["inputs"]) and _intact(record):
            return record, None
        return None, Recorder(argv, key, path)
    except Exception:  # anything unexpected: the normal run, unrecorded
        return None, None


_current: Recorder | None = None


def current() -> Recorder | None:
    """The recorder watching this run, if any (cli tells it the targets, or why the run must not be kept)."""
    return _current


def watch(recorder: Recorder) -> None:
    """Observe this run; if that cannot start, the run goes on unobserved (and is not recorded)."""
    global _current
    streams = sys.stdout, sys.stderr
    try:
        recorder.start()
    except Exception:
        recorder.active = False
        sys.stdout, sys.stderr = streams
        return
    _current = recorder
