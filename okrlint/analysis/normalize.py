"""Strip what is not content from an OKR text, keep everything that is.

Real OKR texts carry numbering ("KR1：", "1.1", "1)"), labels ("Key Result:", "Цель:",
"关键结果1："), owner tags ("Ops (Logistics) KR:", "VP Eng:"), bullets, markdown,
links, HTML and status notes in parentheses ("(текущий: 35)", "（负责人：张三）"). The rules
must see only the commitment itself, so `normalize` removes those and collapses whitespace.

Principles:
- A start label is removed only when it is unmistakably a label: a label word (KR, Objective,
  Цель, 目标...) followed by a number and/or a separator; a bare "O" needs a separator ("O2:"),
  so "O2 sensor" stays. Numbering needs a separator or a dotted form ("1.", "1)", "1.1 X"),
  so "2026 revenue" and "1.5x growth" stay.
- An owner tag ("CEO:", "Sales (Closing Deals):", "VP, Global Channels:") is removed when it is
  1-7 capitalised words (commas allowed) followed by ":" and a capitalised sentence;
  "Availability: 99.9%" stays.
- A parenthetical is a note (removed) when it starts with a note keyword (current / текущий /
  当前 / owner / ответственный / 负责人 / status / P0 ...), is a progress report ("0/5 complete"),
  a list of issue references ("#4260, #5547"), or a bare label without digits ("Цель
  продукта"). Everything else, "(NPS)", "(from 20% to 35%)", "(цель: 35%)", is content.
- A short bracketed tag first ("[Infra]", "（考研）", "【数据治理】") is a team or theme label and is
  removed; one with a digit or a single letter ("[N1]", "[X]") may be the target and stays.
- Placeholders for hidden numbers ("[N1]", "X%", "[X]") are kept; a link or reference whose
  text is a placeholder ("[$N](url)", "[_N<sub>2</sub>_][n2]") becomes "[$N]", "[N2]".
- Code spans keep their content verbatim (only the backticks go).
- A priority tag ("P1 - …", "… P2 0.50") ranks the KR and is dropped.
- A progress report after "=>" ("… => 50% completed"), or an arrow to what was actually reached
  ("… 80% → 实际85%，✓超额完成", "… → actual 93%", «… → факт 93%»), is not part of the KR, nor is a grade or a
  count of done items at its end: "(0.7)", "(1.0)", "Ship 5 pages (3/5)", "(1/1) ██████" (OKRs are
  scored 0–1). "(100%)", "(0.5%)" and a count whose total the text does not state ("每章…（14/14）")
  stay: they may be the target. So does a blank score ("… and pick one. X%") left after a KR that
  already states its count or ends its sentence, unless a word that introduces a target precedes it.

The function is pure, compiles its patterns once and never raises on any string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from okrlint.analysis.first_char import PerCharacter
from okrlint.compiled_patterns import compile_pattern

__all__ = ["names_a_period", "normalize"]

# --- characters -------------------------------------------------------------------------

# Every space-like character becomes a plain space ("50 000" with NBSP/thin space -> "50 000").
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\v\f"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SENTINEL_OPEN, _SENTINEL_CLOSE = "\ue000", "\ue001"  # wrap protected code spans
_CHAR_MAP = {ord(c): " " for c in _SPACES} | {
    ord(c): None for c in _INVISIBLE + _SENTINEL_OPEN + _SENTINEL_CLOSE
}

# --- markdown, html, links ----------------------------------------------------------------

_SPACE_MAP = {ord(c): " " for c in _SPACES}  # keeps the code sentinels in place
# Whether a text has a character the maps change: `str.translate` with a dict looks every character
# up (1–2 µs for a KR), a character class search finds none in a fraction of that.
_HAS_MAPPED = compile_pattern("[" + re.escape(_SPACES + _INVISIBLE + _SENTINEL_OPEN + _SENTINEL_CLOSE) + "]")
_HAS_SPACE_MAPPED = compile_pattern("[" + re.escape(_SPACES) + "]")
# A code span: up to three backticks and no backtick inside, so a run of backticks cannot backtrack.
_CODE_SPAN = compile_pattern(r"(`{1,3})([^`]+?)\1(?!`)")
_RESTORE = compile_pattern(_SENTINEL_OPEN + r"(\d+)" + _SENTINEL_CLOSE)

# Only real HTML tag names, so "<5 bugs", "< 200ms" and "<robot_id>" survive.
_INLINE_TAGS = "a|abbr|b|big|cite|del|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|tt|u|var|code"
_BLOCK_TAGS = "br|p|div|li|ul|ol|hr|h[1-6]|blockquote|pre|table|tr|td|th|tbody|thead|img|section|details|summary"
_INLINE_TAG = compile_pattern(rf"</?(?:{_INLINE_TAGS})\b[^<>]*>", re.I)
_BLOCK_TAG = compile_pattern(rf"</?(?:{_BLOCK_TAGS})\b[^<>]*/?>", re.I)
_HTML_COMMENT = compile_pattern(r"<!--.*?-->", re.S)
_ENTITY = compile_pattern(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")

_AUTOLINK = compile_pattern(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.I)
_IMAGE = compile_pattern(r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = compile_pattern(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = compile_pattern(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_URL = compile_pattern(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>()\[\]（）「」，。、；]*[^\s<>()\[\]（）「」，。、；.,;:!?'\"]",
    re.I,
)

_BOLD = compile_pattern(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRIKE = compile_pattern(r"~~(?=\S)(.+?)(?<=\S)~~")
_ITALIC_STAR = compile_pattern(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_ITALIC_UNDERSCORE = compile_pattern(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")

# A hidden number: N, N1, X, XX, Y, $N, N%, X% (inside brackets or as link text).
_PLACEHOLDER_TEXT = compile_pattern(r"[$€£¥₽]?(?:N|X{1,3}|Y|Z)\d{0,3}%?")

# --- start of text: bullets, numbering, labels, owner tags --------------------------------

_ZH_NUMERALS = "一二三四五六七八九十百零〇两"
_NUMBER = rf"(?:\d+(?:\.\d+)*|[{_ZH_NUMERALS}]+)"
# Label words that can never be content when followed by a number or a separator.
_LABEL_WORD = (
    r"(?i:key\s+results?|objectives?|obj|goals?|okrs?|krs?"
    r"|ключев(?:ой|ые|ого|ых)\s+результат(?:ы|а|ов)?|кр|цел[ьи]|задач[аи]"
    r"|关键结果|关键成果|關鍵結果|目标|目標)"
)
# Latin and Cyrillic "O": needs a separator, and no letter after it (the "o" of "organize" is no label)
_SINGLE_LETTER_LABEL = r"(?i:o|о)(?![^\W\d_])"
# A dash separates only when a space follows ("Objective 1 - Grow", not "Goals-based").
_SEPARATOR = r"(?:[:：.．)）、|]|[-–—]{1,2}(?=\s))"
# "Директор по маркетингу": a Russian title names its field with "по" and a lowercase noun.
# The runs of letters are possessive (*+, ++): what may follow an owner word (a comma, white space, "(",
# a colon) is none of their characters, so giving a letter back can never make a match; without it, a KR
# that opens with a capitalised word ("Сократить время…") had the engine try every shorter word before
# failing (~20k instructions of every text's normalisation).
_OWNER_WORD = r"(?:[A-ZА-ЯЁ][\w&/.'’+-]*+|&|and|of|for|и|по\s+[а-яё]++)"
# Before a label word the owner may be a longer title: "Director, Contracts & Legal Operations KR:".
_OWNER = rf"(?:{_OWNER_WORD}(?:,?\s+{_OWNER_WORD}){{0,6}}(?:\s*\([^()]{{1,40}}\))?\s+)?"

_LABEL = compile_pattern(
    rf"^(?P<owner>{_OWNER})(?P<label>{_LABEL_WORD}|{_SINGLE_LETTER_LABEL})"
    rf"(?:\s*[-#№]?\s*(?P<num>{_NUMBER}(?:\.?[a-zа-я](?!\w))?))?"  # "KR2.a", "KR 1b"
    rf"(?P<named>\s*[(（][^()（）]{{1,40}}[)）])?\s*(?P<sep>{_SEPARATOR})?\s*"  # "Key result (Accurate routing):"
)
# "**O2**", "*KR 1:*", "__Objective__:" - a label the author wrapped in emphasis.
_WRAPPED_LABEL = compile_pattern(
    r"^(?:[-*•]\s+)?(?P<mark>\*\*|__|\*|_)(?P<inner>[^*_]{1,60}?)(?P=mark)\s*(?:[:：.．]|[-–—](?=\s))?\s*"
)
_WRAPPED_LABEL_STARTS = frozenset("-*•_")  # what a _WRAPPED_LABEL match starts with
# "VP, Global Channels:", "Sr Director of Sales Operations:": a job title may have a comma and run long.
_OWNER_TAG = compile_pattern(
    rf"^(?P<owner>{_OWNER_WORD}(?:,?\s+{_OWNER_WORD}){{0,6}}(?:\s*\([^()]{{1,40}}\))?)"
    rf"\s*[:：]\s*(?=[A-ZА-ЯЁ])"
)
_ROLE_ACRONYMS = frozenset(
    "CEO CTO CFO COO CMO CPO CIO CISO CRO VP SVP EVP HR PM PMM QA IT PR BD GM RD R&D UX UI DevOps"
    # teams and roles, not metrics: "CS: Begin deploying the CSM tool"
    " CS CSM CX SRE ENG SE AE SDR BDR TAM PS OPS SEC DEV ML DS FE BE MKTG".split()
)
_BULLET = compile_pattern(
    # markers that need a space after them: "- ", "* ", "1. ", "1) ", "a) ", "## ", "- [ ] "
    r"^(?:[-*+]\s*\[[ xX]\]|\[[ xX]\]|[-*•·●▪◦‣–—+>→➜➔▶►]|#{1,6}|\(\d{1,3}\)|\d{1,3}[.)](?!\d)|[a-zа-я][.)])\s+"
    # an item number of a tracker or a list, then a separator: "#40 - Run …", "#7: …" (not "#1 in the App Store")
    r"|^#\d{1,4}\s*(?:[:：.)]|[-–—]{1,2})\s+"
    # CJK numbering, glued to the text: "1、", "一、", "（一）", "(1)", "①"
    rf"|^(?:(?:\d{{1,3}}|[{_ZH_NUMERALS}]{{1,3}})[、）．]|[（(][{_ZH_NUMERALS}]{{1,3}}[）)]|（\d{{1,3}}）|\(\d{{1,3}}\)(?=[\u4e00-\u9fff])|[①-⑳])\s*"
)
# "1.1 Increase" / "2.3.1 提升" is numbering; "1.5 million" and "1.5 亿元" are numbers.
# So is "25.20 - Maintain" or "1.2: Ship": a dash or colon after the number, then the text.
_DOTTED_NUMBERING = compile_pattern(r"^\d{1,3}(?:\.\d{1,3})+\.?(?:\s+|\s*[:：]\s*|\s+[-–—]\s+)(?=[A-ZА-ЯЁ]|[\u4e00-\u9fff])")
_ZH_UNITS = set("万亿千百十元倍个次分秒天年月日周小时条项家人%")
# The characters a bullet or dotted numbering, a period label, an emoji, a bracketed tag and a topic
# before a dash can start with (tests/analysis/test_prefix_starts.py derives them from the patterns).
# Most texts start with a word none of them can: a lookup on the first character instead of six
# regex calls that fail, on every text.
_BULLET_STARTS = rf"[-*+\[•·●▪◦‣–—>→➜➔▶►#(（\da-zа-я①-⑳{_ZH_NUMERALS}]"
_PERIOD_STARTS = "[qhf2]"  # case-insensitive, as _PERIOD
_EMOJI_STARTS = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"
_BRACKET_TAG_STARTS = "[【（(\\[]"
_TOPIC_STARTS = "[A-Z]"

# --- parenthetical notes -------------------------------------------------------------------

_PAREN = compile_pattern(r"\s*(?:\(([^()（）]*)\)|（([^()（）]*)）)")
_NOTE_STRONG = compile_pattern(
    r"^(?i:(?:с|от|vs\.?|from|versus|против)\s+)?"
    r"(?:(?i:current(?:ly)?|now|today|as\s+of|baseline|previously|owners?|dri|responsible|assignee"
    r"|accountable|n\.b\.|nb|eta|wip|in\s+progress|todo|tbd|p[0-4]"
    r"|текущ\w*|сейчас|сегодня|факт\w*|было|база|базов\w*|исходн\w*|ответственн\w*|отв\."
    r"|владел\w*|статус\w*|примечани\w*|прим\.|комментари\w*|заметк\w*|приоритет\w*|в\s+работе)"
    r"(?![\w])"
    r"|当前|目前|现状|現狀|现在|現在|截至|截止目前|负责人|負責人|责任人|責任人|跟进人|备注|備註"
    r"|状态|狀態|进度|進度|基线|基線|原来|之前|优先级|優先級)"
)
# Where more is written about the KR: "(see #123)", "(see the design doc)", «(см. #123)», "（详见需求文档）" — a pointer,
# not part of the commitment.
_REFERENCE_NOTE = compile_pattern(r"^(?:(?i:see|cf\.?|см\.|смотри(?:те)?)\s+|(?:详见|参见|参考|见(?=[\s#《“「附文链]))\s*)\S.{0,60}$")
# Ambiguous words are notes only as "word: ..." or alone: "(status: done)", "(note)", not "(status quo)".
_NOTE_WEAK = compile_pattern(
    r"^(?i:status|notes?|priority|lead|was|source|see|ref|jira|ticket|comments?|注|负责|负责部门)\s*(?:[:：=—–-]|$)"
)
# A pull request or commit named in a text: tracker metadata in a note ("(2026/01/19, PR #2)"),
# and the mark of a piece of work (is_work_item below).
_PR_OR_COMMIT = r"\b(?:PR|MR)\s*#\d+|\bcommit\s+[0-9a-f]{7,40}\b"
_TRACKER_NOTE = compile_pattern(_PR_OR_COMMIT)
_NOTE_LABEL = compile_pattern(r"^(?i:цел[ьи]|goal|objective|kr|кр|目标|目標)\b")
_PROGRESS = compile_pattern(
    r"^\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%)\s*"
    r"(?i:complete[d]?|done|closed|shipped|finished|выполнено|готово|сделано|完成|已完成)$"
)
_ISSUE_REFS = compile_pattern(r"^#\d+(?:\s*[,;，、]\s*#\d+)*$")
# "（权重 40%）", "(weight: 20%)", «(вес 0,3)»: the KR's share of its objective's grade — how the grade is
# counted, not what the KR commits to (its number is no target)
_WEIGHT_WORD = r"(?i:weight(?:ing)?|вес|权重|權重)"
_WEIGHT_SHARE = r"(?:\d{1,3}(?:[.,]\d+)?\s*%|0?[.,]\d+)"
_WEIGHT_NOTE = compile_pattern(rf"^{_WEIGHT_WORD}\s*[:：=]?\s*{_WEIGHT_SHARE}$|^\d{{1,3}}(?:[.,]\d+)?\s*%\s*{_WEIGHT_WORD}$")
# A status written beside the KR by whoever tracks it: "(done)", "(at risk)", «(выполнено)», "（已完成）" — how
# the quarter went, not what the KR commits to
_STATUS_NOTE = compile_pattern(
    r"^[✅✔✓☑❌⚠️\s]*(?i:done|completed?|finished|shipped|closed|achieved|met|missed|dropped|cancell?ed|on\s+track"
    r"|at\s+risk|off\s+track|behind|blocked|готово|выполнено|не\s+выполнено|сделано|завершено|достигнуто"
    r"|已完成|未完成|已达成|未达成|达成|完成|进行中|已上线|延期)[✅✔✓☑❌⚠️!！.。\s]*$")
# The kind of KR its author marks: "(stretch)", "(committed)", "(aspirational)", "(carryover from Q2)", «(стретч)»,
# «(обязательная)», "（挑战目标）", "（新增）" — how the KR is graded or where it came from, not what it commits to
_KIND_NOTE = compile_pattern(
    r"^(?i:stretch(?:\s+goal|\s+target|\s+kr)?|aspirational|committed|commit|moonshot|roof\s?shot|optional|nice\s+to\s+have"
    r"|must\s+have|new|carr(?:y|ied)[\s-]?over(?:\s+from\s+\S+)?|continued|стретч|амбициозн\w*(?:\s+цель)?"
    r"|обязательн\w*|нов(?:ое|ая|ый)|перенос\w*(?:\s+(?:с|из)\s+\S+)?|挑战(?:目标)?|承诺(?:目标)?|必达(?:目标)?|新增|延续"
    r"(?:\S{0,4})?|沿用)$")
# How far the KR has got, how sure its owner is, how it was graded: "(progress: 60%)", "(confidence 7/10)",
# "(score: 0.7)", «(прогресс 60%)», «(уверенность: высокая)», "（信心指数7/10）", "（评分0.7）" — a tracker's reading of
# the KR, not what it commits to (its number is no target)
_SHARE_OR_FRACTION = r"\d{1,3}(?:[.,]\d+)?\s*(?:%|/\s*\d{1,3})"
_TRACKING_NOTE = compile_pattern(
    rf"^(?i:progress|прогресс)\s*[:：=]?\s*{_SHARE_OR_FRACTION}$"
    rf"|^(?i:confidence|уверенность|信心(?:指数)?)\s*[:：=]?\s*(?:{_SHARE_OR_FRACTION}|0?[.,]\d+|(?i:high|medium|low|высокая|средняя|низкая)|[高中低])$"
    # a grade is a share of one: "(score: 4.5)" may be the satisfaction score aimed at
    r"|^(?i:score|grade|оценка|评分|得分)\s*[:：=]?\s*(?:0?[.,]\d+|1(?:[.,]0+)?)$")
# The period the KR belongs to, written after it: "(Q3)", "(H2 2026)", "(FY27)", «(III квартал)», "（Q3）",
# "（第三季度）", "… — Q3". Every KR has one; naming it changes nothing the KR commits to (a deadline with its
# marker, "by Q3", «до конца квартала», stays: it is read as one).
_PERIOD_WORD = (r"(?:(?i:q[1-4]|h[12])(?:\s*['’]?\s*(?:20)?\d{2})?|(?i:fy)\s?['’]?\d{2,4}(?:\s*(?i:q[1-4]|h[12]))?"
                r"|20\d{2}(?:\s*[-/ ]?\s*(?i:q[1-4]|h[12]))?|(?:I{1,3}|IV|[1-4])\s*(?:квартал|кв\.)|第?[一二三四1-4]季度)")
_PERIOD_NOTE = compile_pattern(rf"^{_PERIOD_WORD}$")
_TRAILING_PERIOD = compile_pattern(rf"\s[-–—]+\s*{_PERIOD_WORD}\s*[.。]?$")
# the same weight written after the text as its last clause: "…，权重30%", "… — weight: 20%" (after a
# mark: "Reduce body weight 5%" is the target)
_TRAILING_WEIGHT = compile_pattern(rf"(?:[，,;；、|]|\s[-–—])\s*{_WEIGHT_WORD}\s*[:：=]?\s*{_WEIGHT_SHARE}\s*[.。]?$")

# --- final tidy-up -------------------------------------------------------------------------

_MULTISPACE = compile_pattern(r" {2,}")
_PUNCT_AFTER_SPACE = "[,.;!?，。；！？、）]"
_SPACE_BEFORE_PUNCT = compile_pattern(rf" +({_PUNCT_AFTER_SPACE})")
# One space and the mark: found wherever _SPACE_BEFORE_PUNCT would match (at its last space), and a third of
# its cost to look for, as no run of spaces is tried at each space of the text
_SPACE_THEN_PUNCT = compile_pattern(f" {_PUNCT_AFTER_SPACE}")
_TRAILING = compile_pattern(r"(?:[\s.。．;；,，:：!！、]|\s[-–—]+)+$")
_TRAILING_ENDS = frozenset(".。．;；,，:：!！、-–—")  # with whitespace: the characters a _TRAILING match can end with
_LEADING = compile_pattern(r"^[\s:：,，;；|、]+")
_LEADING_MARKS = frozenset(":：,，;；|、")  # with whitespace: the characters a _LEADING match can start with


def normalize(text: str) -> str:
    """Return the content of one OKR text without labels, markdown, notes and noise."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    if _HAS_MAPPED.search(text):
        text = text.translate(_CHAR_MAP)
    if "`" in text:  # the label is a code span
        text = _CODE_ID_LABEL.sub("", text)
    text, code = _protect_code(text)
    text = _strip_markup(text)
    text = _strip_wrapped_label(_strip_enclosing_quotes(text.strip()))
    text = _strip_emphasis(text)
    text = _strip_prefixes(text)
    text = _strip_notes(text)
    text = _strip_trailing_weight(text)
    text = _strip_trailing_period(text)
    if "@" in text or "]" in text:
        text = _strip_trailing_tags(text)
    text = _strip_result_report(text)
    text = _strip_grade(text)
    if "%" in text:
        text = _strip_score_placeholder(text)
    if text[:1] in ("P", "p", "@") or "P" in text:  # a tag or a handle opens the text, or "P" ends it
        text = _strip_priority(text)
    text = _tidy(text)
    return _restore_code(text, code)


# "`2023.Q2.07` - Weekly median …", "`KR-1.2`: …": an id in a code span, then a separator, labels
# the text like "KR1:" does. An id has a digit and no spaces; "`make ci` passes" is no label.
_CODE_ID_LABEL = compile_pattern(r"^\s*`[A-Za-z]{0,4}[-_.]?\d[\w.\-]*`\s*(?:[:：]|[-–—]{1,2}(?=\s))\s*")


def code_span_contents(text: str) -> list[str]:
    """The content of each code span of a text, in order, as `normalize` keeps it."""
    if "`" not in text:
        return []
    return [match.group(2).strip() for match in _CODE_SPAN.finditer(unicodedata.normalize("NFC", text))]


def _protect_code(text: str) -> tuple[str, list[str]]:
    """Hide code spans behind sentinels so no later step touches their content."""
    if "`" not in text:
        return text, []
    code: list[str] = []

    def hide(match: re.Match[str]) -> str:
        code.append(match.group(2).strip())
        return f"{_SENTINEL_OPEN}{len(code) - 1}{_SENTINEL_CLOSE}"

    return _CODE_SPAN.sub(hide, text), code


def _restore_code(text: str, code: list[str]) -> str:
    if not code:
        return text
    return _RESTORE.sub(lambda m: code[int(m.group(1))], text)


# A text quoted whole, as copied from a document: “Ship the new flow”, «Запустить поток», "「上线新版本」"
_ENCLOSING_QUOTES = {"“": "”", "„": "“", "«": "»", "「": "」", "『": "』", '"': '"', "‘": "’"}


def _strip_enclosing_quotes(text: str) -> str:
    close = _ENCLOSING_QUOTES.get(text[:1])
    if close is None or len(text) < 3 or text[-1] != close:
        return text
    inner = text[1:-1]
    # only a quote around the whole: «Запустить «Альфу»» and “A” and “B” quote parts
    return text if close in inner or text[0] in inner else inner.strip()


def _strip_markup(text: str) -> str:
    """HTML tags and entities, images, links (-> their text) and bare URLs."""
    if "<" in text:
        text = _HTML_COMMENT.sub(" ", text)
        text = _AUTOLINK.sub(" ", text)
        text = _INLINE_TAG.sub("", text)  # "N<sub>2</sub>" -> "N2"
        text = _BLOCK_TAG.sub(" ", text)
    if "&" in text and _ENTITY.search(text):
        import html  # here, not at the top: the module costs every cold run ~8M instructions, few texts need it

        text = html.unescape(text).translate(_CHAR_MAP)
    if "[" in text:
        text = _IMAGE.sub(" ", text)
        text = _LINK.sub(_link_text, text)
        text = _REF_LINK.sub(_link_text, text)
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" ", text)
    return text


def _link_text(match: re.Match[str]) -> str:
    """A link becomes its text; a placeholder stays bracketed so it still reads as a number."""
    inner = _strip_emphasis(match.group(1)).strip()
    if _PLACEHOLDER_TEXT.fullmatch(inner):
        return f"[{inner}]"
    return inner


def _strip_emphasis(text: str) -> str:
    if "*" not in text and "_" not in text and "~" not in text:
        return text
    for pattern in (_BOLD, _STRIKE, _ITALIC_STAR, _ITALIC_UNDERSCORE):
        text = pattern.sub(lambda m: m.group(m.lastindex or 1), text)
    return text


def _strip_wrapped_label(text: str) -> str:
    """Drop a label wrapped in emphasis ("**O2**"): the emphasis is what makes "O2" a label."""
    if text[:1] not in _WRAPPED_LABEL_STARTS:
        return text  # most texts open with a word: a set lookup instead of a regex call that fails
    match = _WRAPPED_LABEL.match(text)
    if match is None:
        return text
    inner = match.group("inner").strip()
    rest = text[match.end() :]
    if _HEADING_THEN_SENTENCE.match(rest) and inner.endswith((".", ":", "：", "。")) and not _WRAPPED_NOTE.match(rest):
        # "**KR2: Enemy AI.** Implement 4 distinct ghost behaviors": a bold title, closed by its stop, then the KR
        # said in a sentence of its own; the title only names it (not "**Reach a wider audience.** (later)")
        return rest
    label = _LABEL.fullmatch(inner + " ")  # the trailing space lets "\s*" close the match
    if label is None or not (label.group("num") or label.group("sep")) or label.group("owner"):
        return text
    return rest if rest.strip() else text


# A sentence of three words or more, opened by a capital or a Chinese character: what follows a bold title
_HEADING_THEN_SENTENCE = compile_pattern(r"^\s*(?:[A-ZА-ЯЁ]\S*(?:\s+\S+){2,}|[\u4e00-\u9fff].{3,})")
_WRAPPED_NOTE = compile_pattern(r"^\s*[(（\[]")


def _strip_prefixes(text: str) -> str:
    """Remove bullets, numbering, labels and owner tags at the start, as many as are stacked."""
    text = text.strip()
    for _ in range(6):  # "- KR 1.2: ..." needs several passes; bounded for safety
        stripped = _strip_one_prefix(text)
        if stripped == text:
            return text
        text = stripped
    return text


def _strip_one_prefix(text: str) -> str:
    for strip in _STRIPS_AT[text[:1]]:
        rest = strip(text)
        if rest is not None and rest.strip():
            return _LEADING.sub("", rest)
    return text


def _strip_bullet(text: str) -> str | None:
    match = _BULLET.match(text) or _DOTTED_NUMBERING.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if match.re is _DOTTED_NUMBERING and rest[:1] in _ZH_UNITS:
        return None
    return rest


def _strip_label(text: str) -> str | None:
    match = _LABEL.match(text)
    if match is None:
        return None
    has_num, has_sep = bool(match.group("num")), bool(match.group("sep"))
    if match.group("named") and not has_sep:
        return None  # "Objectives (draft) and key results": a name in brackets is a label's only before its colon
    if len(match.group("label")) == 1 and not (has_num and has_sep):
        return None  # "O2 sensor", "O-ring" are content; "O2:" is a label
    if not (has_num or has_sep):
        return None  # "Objectives and key results", "Цель продукта"
    if has_num and not has_sep and not _starts_new_phrase(text, match):
        return None
    return text[match.end() :]


def _starts_new_phrase(text: str, match: re.Match[str]) -> bool:
    """After "KR1" without a separator the content must start right away: "KR1 Grow", "KR1提升"."""
    end = match.end("num")
    nxt = text[end : end + 1]
    return nxt.isspace() or (_is_han(nxt) and nxt not in _ZH_UNITS)


# "物业：", "培训机构：", "制造中心2025年度目标：", "新創公司Q1：": who or when, before the content.
_ZH_TEAM = compile_pattern(
    r"^(?P<team>[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fffA-Za-z0-9]{1,14}?"
    r"(?:部|组|中心|室|处|科|队|机构|公司|部门|团队|目标|季度|年度|小组|厅|院|馆|校|局|Q[1-4]|H[12]))\s*[：:]\s*(?=\S(?:\s?\S){2})"
)
# "Q3: MAU", "FY26 — Revenue", "H1 2026:": a period label before the content.
_PERIOD = compile_pattern(r"^(?:Q[1-4]|H[12]|FY\s?\d{2,4}|20\d{2}(?:-Q[1-4])?)(?:\s+20\d{2})?\s*[:：—–-]\s*(?=\S)", re.IGNORECASE)
# "Январь 2026:", "Середина 2026 —", "Mid-2026:", "End of 2026:", "К 2028:", "By 2027:": a month, a part of the year or
# a deadline with its year, as a label before the content — the period the KR belongs to, as "2026:" is.
_DATED = (r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]"
          r"|декабр[ья]|начало|середина|конец|к|до|january|february|march|april|may|june|july|august|september"
          r"|october|november|december|early|mid|late|end\s+of|start\s+of|by)[\s-]+20\d{2}")
_DATED_LABEL = compile_pattern(rf"^{_DATED}\s*(?:[:：]|[—–-](?=\s))\s*(?=\S)", re.IGNORECASE)
_DATED_STARTS = "[яфмаисондкнjfmasoedlb]"  # case-insensitive, as _DATED_LABEL
_EMOJI = compile_pattern(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+\s*")
# "AI Assistant: answers that are right": an owner tag before a lowercase clause of 3+ words.
_OWNER_BEFORE_CLAUSE = compile_pattern(
    r"^(?P<owner>[A-ZА-ЯЁ][\w&/.'’+-]*(?:\s+(?:[A-ZА-ЯЁ][\w&/.'’+-]*|[a-zа-яё]{1,4})){0,2})\s*[:：]\s*"
    r"(?=[a-zа-яё]\S*(?:\s+\S+){1,})"
)  # "Live ops: keep players coming back", "AI Assistant: answers that are right"
# "Support: Cut first-response time…", "Mobile and desktop apps: Offline mode works…": an area named in
# a few words, then the KR as a sentence of its own
_AREA_BEFORE_SENTENCE = compile_pattern(
    r"^(?P<owner>[A-ZА-ЯЁ][\w&/.'’+-]*(?:\s+(?:[A-ZА-ЯЁ][\w&/.'’+-]*|[a-zа-яё][a-zа-яё-]*|&)){1,3})\s*[:：]\s*"
    r"(?=[A-ZА-ЯЁ][a-zа-яё]+\s+\S)"
)

# "Platform team: 100% of tickets triaged", «Отдел продаж: ✅ …»: a team named by a word for a team owns what
# follows, whatever it starts with (a number, a mark, a code span), as "物业：" does in Chinese. Without
# that word, "Monthly revenue: 1M" is the metric and its target, so the two patterns above ask for a sentence.
# So does a role ("CEO: 5 keynote talks", "VP Eng: …") or a department whose name is no measure ("Marketing: 3
# webinars", «Юристы: …»); "Sales", "Support", "Growth" or "Customer success" may name the measure itself.
# ("PR: 10 merged a week", "QA: 0 escaped bugs", "IT: 99.9%" may count the thing itself)
_ROLES_THAT_MAY_NAME_A_MEASURE = frozenset({"PR", "QA", "IT", "DEV", "OPS", "SEC", "DS", "FE", "BE", "ML", "PS", "SE"})
_DEPARTMENTS = (r"Marketing|Legal|Finance|Engineering|Design|Recruiting|Talent|People\s+Ops|Security|Compliance|Procurement"
                r"|Маркетинг|Юристы|Юридический\s+отдел|Финансы|Бухгалтерия|Разработка|Дизайн|Рекрутинг|Закупки")
_TEAM_BEFORE = compile_pattern(
    r"^(?P<owner>(?:[A-ZА-ЯЁ][\w&/.'’+-]*\s+){1,3}(?i:team|squad|guild|group|department|dept|chapter|tribe)"
    r"|(?:Команда|Отдел|Группа|Служба|Департамент|Дирекция|Направление)(?:\s+[\w&/.+-]+){0,3}"
    # (in a fixed order: the pattern's text keys its compiled program in the cache kept between runs)
    rf"|(?:{'|'.join(sorted(_ROLE_ACRONYMS - _ROLES_THAT_MAY_NAME_A_MEASURE, key=lambda r: (-len(r), r)))})"
    rf"(?:\s+[A-Z][a-z]+)?|{_DEPARTMENTS})\s*[:：]\s*(?=\S)"
)


def _strip_zh_team(text: str) -> str | None:
    if ":" not in text and "：" not in text:
        return None  # the team ends with a colon
    match = _ZH_TEAM.match(text)
    return None if match is None else text[match.end() :]


def _strip_period(text: str) -> str | None:
    match = _PERIOD.match(text)
    return None if match is None else text[match.end() :]


def _strip_dated_label(text: str) -> str | None:
    match = _DATED_LABEL.match(text)
    return None if match is None else text[match.end() :]


# Where a text names its period in a form `normalize` drops: a quarter, a half or a fiscal year anywhere ("Q3 2026:
# ship …", "… (H2)"), a year as a label, a note or a range ("2027: …", "… (2026)", "2026–2028: …"), or a dated
# label ("К 2028: …"). The KR has a time bound though its content names none.
_PERIOD_MENTION = compile_pattern(
    r"(?<![\w.])(?i:q[1-4]|h[12]|fy\s?['’]?\d{2,4})(?!\w)"
    r"|(?<![\w.,])20\d{2}(?=\s*(?:[:：)）\]】*]|[-–—]\s*20\d{2}|$))"
    rf"|(?<![\w])(?i:{_DATED})(?!\d)")


def names_a_period(text: str) -> bool:
    """Whether the text names the period it belongs to where `normalize` drops it (a label or a note)."""
    return _PERIOD_MENTION.search(text) is not None


# "[Infra] Reduce p95 latency", "（考研）通过…", "【数据治理】将…": a short bracketed tag first is a team or
# theme label. A placeholder ("[N1]", "[X]") or anything with a digit stays: it may be the target.
_BRACKET_TAG = compile_pattern(r"^(?:【(?P<a>[^【】]{1,20})】|（(?P<b>[^（）]{1,20})）|\((?P<c>[^()]{1,20})\)|\[(?P<d>[^\[\]]{1,20})\])\s*")


def _strip_bracket_tag(text: str) -> str | None:
    match = _BRACKET_TAG.match(text)
    if match is None:
        return None
    tag = next(g for g in match.groups() if g is not None)
    if (any(ch.isdigit() for ch in tag) and not _PERIOD_NOTE.match(tag.strip())) or len(tag.strip()) <= 1 \
            or not any(ch.isalpha() for ch in tag):
        return None  # a digit may be the target ("[N1]"); "[Q3]", "【2026 H1】" name the period
    rest = text[match.end():]
    return rest if len(rest.strip()) >= 2 else None


def _strip_emoji(text: str) -> str | None:
    match = _EMOJI.match(text)
    return None if match is None else text[match.end() :]


def _strip_owner_tag(text: str) -> str | None:
    if ":" not in text and "：" not in text:
        return None  # both patterns end the owner with a colon
    match = (_OWNER_TAG.match(text) or _OWNER_BEFORE_CLAUSE.match(text) or _AREA_BEFORE_SENTENCE.match(text)
             or _TEAM_BEFORE.match(text))
    if match is None:
        return None
    owner = match.group("owner").strip()
    words = owner.split()
    if len(words) == 1 and owner.isupper() and owner not in _ROLE_ACRONYMS:
        return None  # "NPS: Raise to 50" - an acronym is likely the metric itself
    return text[match.end() :]


def _strip_notes(text: str) -> str:
    if "(" not in text and "（" not in text:
        return text
    for _ in range(3):  # nested parentheses: innermost first
        stripped = _PAREN.sub(_drop_note, text)
        if stripped == text:
            break
        text = stripped
    return text


# "KR … => 70% done. Slides shared with …": a progress report written after the KR.
_RESULT_REPORT = compile_pattern(r"\s*(?:=>|⇒).*$", re.S)


# Who owns it and where it is tracked, tagged after the text: "… — @alice", "… (@alice, @bob)", "… [JIRA-123]",
# "… @张三": people and tickets, not what the KR commits to (an e-mail address has no space before its @)
_TRAILING_TAGS = compile_pattern(
    r"(?:\s*(?:[-–—|]\s*)?(?:[(\[（]\s*)?@[^\s@()\[\]（）,，]+(?:\s*[,，]\s*@[^\s@()\[\]（）,，]+)*\s*[)\]）]?"
    r"|\s*\[(?!(?:ISO|IEC|SOC|PCI|RFC|GB|EN)-)[A-Z][A-Z0-9]{1,9}-\d{1,6}(?:\s*[,;]\s*[A-Z][A-Z0-9]{1,9}-\d{1,6})*\])+\s*$")


def _strip_trailing_tags(text: str) -> str:
    match = _TRAILING_TAGS.search(text)
    if match is None or not text[: match.start()].strip():
        return text
    at = match.start()
    if text[at] == "@" and not text[at - 1].isspace():
        return text  # "support@acme.com": an address, not a handle (text before the match is not empty)
    return text[: match.start()]


def _strip_trailing_weight(text: str) -> str:
    if "%" not in text and "," not in text and "." not in text:
        return text  # a weight is a share: a percentage or a fraction
    return _before(text, _TRAILING_WEIGHT.search(text))


def _strip_trailing_period(text: str) -> str:
    if "-" not in text and "–" not in text and "—" not in text:
        return text  # the period follows a dash
    return _before(text, _TRAILING_PERIOD.search(text))


def _before(text: str, note: re.Match[str] | None) -> str:
    """The text before a note written after it; the text as it is when the note is all there is."""
    return text if note is None or not text[: note.start()].strip() else text[: note.start()]


# "… 80% → 实际85%，✓超额完成", "… → actual: 93%": what was reached, reported after the target (an arrow
# between two levels, "from 80% → 90%", is the target itself: only a word for "actual" makes it a report).
_ACTUAL_REPORT = compile_pattern(r"\s*(?:→|->|⟶)\s*(?:实际|實際|(?i:actual(?:ly)?|факт(?:ически)?)\b).*$", re.S)


def _strip_result_report(text: str) -> str:
    if "=>" in text or "⇒" in text:  # the report starts with one of them
        stripped = _RESULT_REPORT.sub("", text)
    elif "→" in text or "->" in text or "⟶" in text:
        stripped = _ACTUAL_REPORT.sub("", text)
    else:
        return text
    return stripped if stripped.strip() else text  # a text that is only a report stays as it is


# "Evaluate at least 2 scanners and pick one. X%", "Run at least 4 release drills X%": a blank score
# left at the end of a KR that already says what it commits to (after its full stop, or after its
# own count), to be filled in when the KR is graded. "Raise retention from 30% to X%" keeps it: a
# word that introduces a target ("to", "by", "до", "到") stands before it.
_SCORE_PLACEHOLDER = compile_pattern(r"(?P<before>\S+)\s+[Xx]\s?%\s*$")
_TARGET_INTRODUCERS = frozenset({
    "to", "by", "of", "at", "from", "than", "is", "are", "reach", "hit", "under", "over", "above", "below",
    "до", "на", "с", "в", "от", "не", "более", "менее", "ниже", "выше", "—", "-", ":", "=", "≥", "≤", ">", "<"})


_TARGET_BEFORE_A_NUMBER = compile_pattern(r"(?:\b(?:to|by|до|на)|[到至>＞<＜≥≤])\s*\d", re.IGNORECASE)


def _strip_score_placeholder(text: str) -> str:
    if not _ends_with_x_percent(text):
        return text  # the regex's "\S+" is tried from every character of a text with "%" (~4-12 µs a KR)
    match = _SCORE_PLACEHOLDER.search(text)
    if match is None:
        return text
    before = match.group("before")
    if before.lower() in _TARGET_INTRODUCERS or not before[-1:].isalnum() and before[-1:] not in ".!?":
        return text
    head = text[:match.start("before")] + before
    if "%" in head or _TARGET_BEFORE_A_NUMBER.search(head):
        return text  # "Grow NPS to 50 and retention X%": a second target, not a score
    return head if before[-1:] in ".!?" or any(ch.isdigit() for ch in head) else text


def _ends_with_x_percent(text: str) -> bool:
    """What every match of _SCORE_PLACEHOLDER ends with: "X%" or "X %", then only white space."""
    tail = text.rstrip()  # str.isspace is what `\s` matches in a str pattern
    if not tail.endswith("%"):
        return False
    before = tail[-2:-1]
    if before.isspace():
        before = tail[-3:-2]
    return before == "x" or before == "X"


# "Billing Cookbook (0.8)", "User guide (1.0)", "发布1个内部工具 (1/1)", "优化…(5/5) ██████████": a grade
# (OKRs are scored 0–1) or a count of done items, maybe with a progress bar, written after the text.
_BAR = "█▉▊▋▌▍▎▏▓▒░■□▇▆▅▄▃▂▁"
# "(0.0 → 1.0)": the scale itself, from not started to done, written after a KR graded as one or the other.
_GRADE = compile_pattern(
    r"\s*[(（\[]\s*(?:0(?:[.,]0{1,2})?\s*(?:→|->|⇒)\s*1(?:[.,]0{1,2})?"
    r"|0(?:[.,]\d{1,2})?|1(?:[.,]0{1,2})?|\d{1,3}\s*/\s*(?P<total>\d{1,3}))\s*[)）\]]"
    rf"(?:\s*[{_BAR}]+)?\s*$")
_NUMBER = compile_pattern(r"(?<![\d.,])\d+(?![\d.,])")


def _strip_grade(text: str) -> str:
    last = text.rstrip()[-1:]
    if not last or (last not in ")）]" and last not in _BAR):
        return text  # a grade ends with its bracket or its bar
    match = _GRADE.search(text)
    if match is None or not text[:match.start()].strip():
        return text  # a text that is only a grade stays as it is
    total = match.group("total")
    if total is not None and total not in _NUMBER.findall(text[:match.start()]):
        return text  # "每节课配套练习（12/12）": the count is the target, not a report on one stated before
    return text[:match.start()]


# "P1 - Close all launch blockers", "P2Reduce the number of flaky UI tests", "Fix crash bugs P1 0.60": a priority
# tag (P0–P4) before the text, or after it with the KR's grade, ranks the KR; it is not part of it.
# "P1 incidents", "P95 latency" and "P1 Bugs" (no separator) stay.
_LEADING_PRIORITY = compile_pattern(r"^(?:P[0-4](?:\s*[-–—|]\s*|(?=[A-Z][a-z]))|[Pp](?:[0-4]|X)\s*[-–—|]\s*)(?:@[\w?.-]+\s*[-–—|]\s*)?")
# "@mira - Ship …": an owner's handle before the text, after the priority's code span was dropped
_LEADING_HANDLE = compile_pattern(r"^@[\w?.-]+\s*[-–—|]\s*(?=\S)")
_TRAILING_PRIORITY = compile_pattern(r"\s+P[0-4](?:\s+(?:0(?:\.\d{1,2})?|1(?:\.0{1,2})?))?\s*$")


# A priority in brackets or before a colon, maybe with its owner's initials and the KR's grade (OKRs
# are scored 0–1, often with a note on the score): "[P1] Publish …", "P0: 1.0: Prepare …",
# "P1 (0.5): Work with …", "P0-JM: (1.0) Publish …", "P2-AK/LM: (0.3 -- parked) Draft …".
_GRADE_VALUE = r"(?:0(?:\.\d{1,2})?|1(?:\.0{1,2})?)"
_PRIORITY_BEFORE_COLON = compile_pattern(
    r"^(?:\[P[0-5](?:/[0-5])?\]\s*"
    r"|P[0-5](?:/[0-5])?(?:-[A-Z]{1,3}(?:/[A-Z]{1,3})*)?"
    rf"(?:\s*[:：]\s*(?:{_GRADE_VALUE}\s*[:：]\s*|\(\s*{_GRADE_VALUE}(?:\s[^()]*)?\)\s*)?"
    rf"|\s*\(\s*{_GRADE_VALUE}(?:\s[^()]*)?\)\s*[:：]\s*))")


# "Search - the index can answer a query in one hop": one capitalised word, a spaced dash, then a
# sentence of its own — the topic the KR is filed under (here left by a priority label "P0: ").
_TOPIC_BEFORE_DASH = compile_pattern(r"^[A-Z][a-z]+\s+[-–—]\s+(?=[A-Z][\w-]*\s+\S+\s+\S)")


# "We will launch …", "I'll run …", «Мы запустим …», "我们将上线…": the team saying it will do what follows. The
# KR is what follows, as if written alone ("Launch …", «Запустим …», "上线…"); the team is its owner, no
# beneficiary. Russian needs the verb's first-person-plural ending (not «Мы лидеры»); Chinese a word of
# intent (not 我们的…).
_PLAN_SUBJECT = compile_pattern(
    r"^(?:(?:We|we|I|i)\s+(?:will|shall|are\s+going\s+to|am\s+going\s+to|plan\s+to|aim\s+to|want\s+to|intend\s+to)\s+"
    r"|(?:We|we|I|i)[’']ll\s+)(?=[a-z])"
    # the same in a title: "I Want To Share My Work", "We Will Launch The Beta"
    r"|^(?:We|I)\s+(?:Will|Shall|Are\s+Going\s+To|Am\s+Going\s+To|Plan\s+To|Aim\s+To|Want\s+To|Intend\s+To)\s+(?=[A-Z][a-z])"
    r"|^(?:Мы|мы)\s+(?=[а-яё]{3,}(?:ем|им|ём)(?![а-яё]))"
    r"|^(?:我们|我)(?:将|要|会|计划|打算|希望)(?=[\u4e00-\u9fff])"
)
_PLAN_SUBJECT_STARTS = "[WwIiМм我]"


def _strip_plan_subject(text: str) -> str | None:
    match = _PLAN_SUBJECT.match(text)
    return None if match is None else text[match.end():]


def _strip_topic_dash(text: str) -> str | None:
    match = _TOPIC_BEFORE_DASH.match(text) if " " in text[:20] else None
    return None if match is None else text[match.end():]



def _strips_for(char: str) -> tuple[Callable[[str], str | None], ...]:
    """The prefix strips, in their order, that can match a text starting with `char`."""
    guarded = ((_strip_bullet, _BULLET_STARTS, 0), (_strip_priority_label, None, 0), (_strip_label, None, 0),
               (_strip_owner_tag, None, 0), (_strip_zh_team, None, 0), (_strip_period, _PERIOD_STARTS, re.IGNORECASE),
               (_strip_dated_label, _DATED_STARTS, re.IGNORECASE),
               (_strip_emoji, _EMOJI_STARTS, 0), (_strip_bracket_tag, _BRACKET_TAG_STARTS, 0),
               (_strip_topic_dash, _TOPIC_STARTS, 0), (_strip_plan_subject, _PLAN_SUBJECT_STARTS, 0))
    return tuple(strip for strip, starts, flags in guarded
                 if starts is None or (char and re.fullmatch(starts, char, flags) is not None))


_STRIPS_AT = PerCharacter(_strips_for)

# After a priority label, "Sync - the app can …": the word before a spaced dash is the KR's topic.
_TOPIC_AFTER_PRIORITY = compile_pattern(r"^[A-Z][a-z]+\s+[-–—]\s+(?=\S)")


def _strip_priority_label(text: str) -> str | None:
    match = _PRIORITY_BEFORE_COLON.match(text) if text[:1] in ("P", "[") else None
    if match is None:
        return None
    rest = text[match.end():]
    topic = _TOPIC_AFTER_PRIORITY.match(rest)
    return rest if topic is None or not rest[topic.end():].strip() else rest[topic.end():]


def _strip_priority(text: str) -> str:
    stripped = _TRAILING_PRIORITY.sub("", _LEADING_PRIORITY.sub("", text, count=1), count=1)
    stripped = _LEADING_HANDLE.sub("", stripped, count=1)
    return stripped if stripped.strip() else text  # a text that is only a tag stays as it is


def _drop_note(match: re.Match[str]) -> str:
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    if _is_note(inner):
        return " "
    return match.group(0)


# What a bracket holding only a note is: who, where, how far, how sure, how weighted, graded or marked, when.
_WHOLE_NOTES = (_NOTE_STRONG, _NOTE_WEAK, _REFERENCE_NOTE, _PROGRESS, _ISSUE_REFS, _WEIGHT_NOTE, _STATUS_NOTE, _KIND_NOTE,
                _TRACKING_NOTE, _PERIOD_NOTE)


def _is_note(inner: str) -> bool:
    """A status/owner/progress note, not part of the commitment."""
    inner = _strip_emphasis(inner).strip()
    if not inner:
        return True
    if any(note.match(inner) for note in _WHOLE_NOTES) or _TRACKER_NOTE.search(inner):
        return True
    # "(Цель продукта)" labels the text; "(цель: 35%)" carries the target.
    return bool(_NOTE_LABEL.match(inner)) and not any(c.isdigit() for c in inner)


def _tidy(text: str) -> str:
    if _HAS_SPACE_MAPPED.search(text):
        text = text.translate(_SPACE_MAP)
    if "  " in text:
        text = _MULTISPACE.sub(" ", text)
    text = text.strip()
    # a function, not r"\1": `re` parses a string template with a backslash in Python on every call
    if _SPACE_THEN_PUNCT.search(text) is not None:
        text = _SPACE_BEFORE_PUNCT.sub(_first_group, text)
    last = text[-1:]
    if last and (last in _TRAILING_ENDS or last.isspace()):  # _TRAILING ends with one of them, or matches nothing
        text = _TRAILING.sub("", text)
    first = text[:1]
    if first and (first in _LEADING_MARKS or first.isspace()):  # _LEADING matches nothing else (its `\s`: str.isspace)
        return _LEADING.sub("", text)
    return text


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


def _is_han(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


# What trackers put on a piece of work: a pull request or commit, or a code span / file name as the
# first thing named ("`cli.py` — REPL", "PR #12", "commit 1211796"). normalize() strips these marks, so
# the fact is read from the text as written. A ticked box ("✅", "[x]") is no such mark: it reports that a
# KR is done, whatever its kind ("[x] First paying customers", "[x] Fewer than 5 critical bugs").
_WORK_ITEM = compile_pattern(
    r"^\s*(?:[-*+]\s+)?`[^`\n]{1,80}`(?=\s*[—–:-])"
    rf"|\bpull request\s*#\d+|{_PR_OR_COMMIT}"
)


def is_work_item(text: str) -> bool:
    """Whether the text as written is marked as a piece of work (a PR or commit, a code span first).
    An id label in a code span ("`2023.Q2.07` - …") is a label, not a piece of work."""
    if _WORK_MARK.search(text) is None and "commit" not in text:
        return False  # every branch of _WORK_ITEM needs one of these
    return _WORK_ITEM.search(_CODE_ID_LABEL.sub("", text, count=1)) is not None


# Searched for, not tested character by character against a set: iterating a Cyrillic or Chinese text makes
# a string object of each character (~3 µs a KR, against ~0.5 µs for the search).
_WORK_MARK = compile_pattern(r"[`#]")


# "По всем заявкам, где клиент отложил оплату," / "Дежурный инженер берет на себя:": the KR goes on in the
# next lines of the source (a list, a number), so the text okrlint sees has no target yet.
_UNFINISHED = compile_pattern(r"[:,：，—–]\s*[*_]*\s*$")


_TRAILING_MENTIONS = compile_pattern(r"(?:\s+[-–—|])?(?:\s*[(（\[]?@[^\s@]+)+\s*$")  # "… — @alice (@bob)"


def without_trailing_mentions(text: str) -> str:
    """The text without the people tagged after it ("…，使得： @张三 @李四"): they own it, it does not say them."""
    return _TRAILING_MENTIONS.sub("", text) if "@" in text else text


def is_unfinished(text: str) -> bool:
    """Whether the text as written breaks off: it ends with a colon, a comma or a dash (owners
    tagged after it, "使得： @张三 @李四", or a note in brackets do not finish it)."""
    # (a note after it, "…使得：（权重30%）", "Owns: (weight 30%)", is the tracker's, not the text's end)
    tail = _without_a_trailing_note(without_trailing_mentions(text[-200:]))[-40:]
    # _UNFINISHED ends with a break mark, then white space, stars or underscores: a tail whose last other
    # character is no break mark cannot match (most texts; the search tried every position of the tail)
    if tail.rstrip().rstrip("*_").rstrip()[-1:] not in _BREAK_MARKS:
        return False
    return _UNFINISHED.search(tail) is not None


_BREAK_MARKS = frozenset(":,：，—–")  # _UNFINISHED's first character class


_TRAILING_NOTE = compile_pattern(r"\s*[(（][^()（）]*[)）]\s*$")


def is_question(text: str) -> bool:
    """Whether the text as written asks rather than states: "What assets are stored / where?".

    A question in a trailing note is the author's doubt, not the KR: "Track decisions in one place (wiki?)".
    So is a question mark after a statement that no word of asking opens: "Anna to film a product demo?" is the
    KR, with its author unsure of it; a question opens with a question word or an auxiliary in its first
    words ("How do we …?", "KR3: What …?", «Как мы …?», "Perhaps, should we …?"), or in Chinese carries one
    anywhere ("…占多少？", "是否…？").
    """
    stated = _without_a_trailing_note(text)
    if not stated.endswith(("?", "？")):
        return False
    if _ZH_ASKS.search(stated) or _RU_LI.search(stated):
        return True
    last_sentence = _SENTENCE_END.split(stated.rstrip("?？ "))[-1]
    return any(word in _QUESTION_OPENERS for word in _WORD.findall(last_sentence.lower())[:4])


def _without_a_trailing_note(text: str) -> str:
    """The text as stated: emphasis marks and a trailing note in brackets dropped from its end."""
    stated = text.rstrip(" \t*_")
    if stated.rstrip()[-1:] in _NOTE_ENDS:  # only a text that ends with a closing bracket has a note to drop
        stated = _TRAILING_NOTE.sub("", stated)
    return stated.rstrip(" \t*_")


# Words that open a question in its first few words (after a label or "Perhaps,"), English and Russian.
_QUESTION_OPENERS = frozenset(
    "what how why who whom whose where when which whether do does did is are was were can could should would will "
    "shall may might have has am "
    "что чего чему чем как зачем почему где когда кто кого кому кем какой какая какое какие какую каких каким какими "
    "каком каков сколько скольких разве куда откуда чей чья чьё чьи".split())
_RU_LI = compile_pattern(r"(?i)(?<![а-яё])ли(?![а-яё])")  # «Нужен ли …?»
_ZH_ASKS = compile_pattern(r"吗|呢|什么|如何|怎么|怎样|是否|哪|为何|为什么|多少|几[个项次天]")
_SENTENCE_END = compile_pattern(r"(?<=[.!。！])\s+")
_WORD = compile_pattern(r"[^\W\d_]+")


_NOTE_ENDS = frozenset(")）")  # what _TRAILING_NOTE's match ends with, but for white space

