"""What user data may look like on a human channel (terminal, CI log, JUnit, stderr).

Keys, values and file names come from files okrlint does not trust: an OKR file in a pull
request could carry an ESC sequence that rewrites a reviewer's terminal, or a newline followed by
`::error file=…::` that GitHub would read as a workflow command. Every control character, line
or paragraph separator and bidirectional override is therefore shown escaped (`\\x1b`, `\\n`,
`\\u202e`), never interpreted. Machine formats (JSON, SARIF, GitLab) keep the exact strings:
their own escaping already protects them.
"""

from __future__ import annotations

import re

from okrlint.compiled_patterns import compile_pattern

# C0 and C1 controls (tab and newline included: one finding is one line), DEL, the Unicode line
# and paragraph separators, and the bidi embeddings/overrides/isolates and marks ("trojan source").
_UNSAFE = compile_pattern("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def shown(text: str) -> str:
    """`text` with every unsafe character written as an escape sequence."""
    return _UNSAFE.sub(_escaped, text)


def shown_path(path: str) -> str:
    """A file name for a human channel: escaped, and never starting a line with `::`.

    GitHub reads any log line that starts with `::` as a workflow command, and the text and
    concise formats start lines with the path; `./` in front names the same file.
    """
    text = shown(path)
    return f"./{text}" if text.startswith(":") else text


# Characters Markdown (GitHub-flavoured, tables included) or HTML would read as syntax.
_MARKDOWN = compile_pattern(r"[\\`*_{}\[\]()#+\-.!|~:@$]")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def markdown_text(text: str) -> str:
    """`text` for a Markdown page (a GitHub job summary): escaped for humans, then shown literally.

    Every Markdown punctuation mark is backslash-escaped (so `|` cannot end a table cell and
    `[x](url)` makes no link), and `&`, `<` and `>` become entities (no HTML, no `<img>`).
    """
    text = shown(text)
    text = "".join(_HTML.get(char, char) for char in text)
    return _MARKDOWN.sub(lambda m: "\\" + m.group(), text)
