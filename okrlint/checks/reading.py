"""How an OKR coach reads one text: what it does, to what, for whom, and with what number.

The language layer gives tokens (lemmas, POS, verb forms) and quantities; this module adds the
OKR meaning the text rules share, using the word classes of `rules/_lexicon.yaml`:

- the *lead*: the predicate that carries the text ("Снизить", "Launch", "完成", or a noun of
  action such as "Запуск"), and its class: moves a metric (increase/decrease), reaches a level,
  keeps a level, improves vaguely, reworks something, goes on forever, or — the open class —
  does a task;
- whether it names a metric, a beneficiary, a value for someone, or a purpose;
- what its numbers count: an outcome ("10000 readers", "20%") or the team's own output
  ("5 templates", "3场培训").

One Reading per text per run (memoised); rules only combine these facts.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import FrozenInstanceError
from enum import Enum
from functools import lru_cache
from itertools import accumulate, dropwhile, takewhile
from operator import attrgetter
from typing import Any, Callable, Iterable, Iterator, Sequence

from okrlint.analysis import TEXT_MEMO_CHARS, TEXT_MEMO_ENTRIES, QuantityKind, TextAnalysis, Token, analyze
# Members as module constants: reading `Pos.NOUN` on an enum class costs ~20x a module constant in CPython 3.11
# (see analysis/facts.py), and these facts read them for every word of every text.
from okrlint.analysis.facts import (
    VERB, NOUN, PROPN, ADJ, ADV, NUM, PRON, ADP, CONJ, PART, DET, CLASSIFIER, PUNCT, SYM, X, INFINITIVE,
    IMPERATIVE, FINITE, PARTICIPLE, GERUND, ACTION_NOUN,
)
from okrlint.analysis.facts import NAMES_A_THING, Deadline, Pos, plain_members
from okrlint.analysis.numbers import ZH_DIGITS
from okrlint.analysis.phrases import has_lemmas, mentions
from okrlint.analysis.word_classes import NO_CLASSES, Lexicon, lexicon
from okrlint.analysis.lazyre import lazy_compile
from okrlint.memo import bounded_memo


class Lead(str, Enum):
    """What the predicate of a text does."""

    INCREASE = "increase"
    DECREASE = "decrease"
    REACH = "reach"
    MAINTAIN = "maintain"
    ENSURE = "ensure"
    BECOME = "become"
    STATE = "state"
    CAUSATIVE = "causative"
    ONGOING = "ongoing"
    VAGUE = "vague"
    REWORK = "rework"
    TASK = "task"  # any other action verb or noun of action: the open class
    NONE = "none"  # no predicate: a noun phrase («Доступность за месяц», "Net new ARR")


# Lead's members as plain class attributes (`Leads.TASK is Lead.TASK`), for rules that read them on every text
# (~36 reads a KR in checks/text.py): a read on the enum class itself costs ~8x (see analysis/facts.py).
Leads = plain_members(Lead)


# Checked in this order: a verb in several classes takes the first ("поддерживать" keeps a level).
LEAD_ORDER = (Leads.MAINTAIN, Leads.ENSURE, Leads.DECREASE, Leads.INCREASE, Leads.REACH, Leads.BECOME, Leads.STATE,
              Leads.CAUSATIVE, Leads.ONGOING, Leads.REWORK, Leads.VAGUE)
_LEAD_CLASSES = tuple((lead, lead.value) for lead in LEAD_ORDER)  # (lead, its word class), read once
_LEAD_CLASS_NAMES = frozenset(cls for _, cls in _LEAD_CLASSES)
METRIC_MOVES = (Leads.INCREASE, Leads.DECREASE, Leads.REACH)
LEVEL_KINDS = (QuantityKind.PERCENT, QuantityKind.PERCENT_POINTS, QuantityKind.CURRENCY, QuantityKind.DURATION,
               QuantityKind.RATIO, QuantityKind.SCORE)
# Words that look like verbs to an analyzer but never lead an OKR text.
AUXILIARIES = {"be", "is", "are", "was", "were", "been", "will", "would", "should", "must", "shall", "do", "does",
               "быть", "являться", "是", "有", "要", "将", "会", "能", "总能", "可", "可以", "能够", "把", "被", "对", "在", "想"}
# Short forms that state a deliverable is there ("Доступна настройка", "SSO is live").
AVAILABLE = {"доступный", "готовый", "видный", "available", "live", "ready", "done", "complete", "in place", "可用", "就绪"}
# zh verbs that, at the end of a clause after a noun, state completion ("系统上线").
ZH_COMPLETION_TAIL = {"上线", "完成", "落地", "发布", "交付", "投产", "建成", "验收", "实施", "部署", "生效"}


class _fact:
    """A fact of a Reading, computed when first read and then kept in the Reading (facts are pure)."""

    def __init__(self, compute: Callable[[Reading], Any]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, reading: Reading | None, owner: type | None = None) -> Any:
        if reading is None:
            return self
        value = reading.__dict__[self.name] = self.compute(reading)  # shadows this descriptor from now on
        return value


@lru_cache(maxsize=16)
def phrases_of(words: frozenset[str]) -> frozenset[str]:
    """The entries of a word list that are phrases (with a space), picked once per list."""
    return frozenset(p for p in words if " " in p)


@lru_cache(maxsize=16)
def first_lemmas_of(sequences: frozenset[str]) -> frozenset[str] | None:
    """The first lemma of each lemma sequence of a list, gathered once per list; None when one is empty
    (an empty sequence is in every text, as `has_lemmas` says)."""
    split = [sequence.split() for sequence in sequences]
    return frozenset(wanted[0] for wanted in split) if all(split) else None


@lru_cache(maxsize=16)
def endings_of(words: frozenset[str]) -> tuple[str, ...]:
    """A word list as the tuple `str.endswith` takes, made once per list (not once per word asked about)."""
    return tuple(words)


_CLASSES, _TEXT, _TAGS = attrgetter("classes"), attrgetter("text"), attrgetter("tags")  # a token's classes, text, tags
_LEMMA, _LANG, _VALUE = attrgetter("lemma"), attrgetter("lang"), attrgetter("value")  # a quantity's value


def _place(words: list[Token] | tuple[Token, ...], token: Token | None) -> int:
    """`words.index(token) if token in words else -1`, the token looked for by identity first. A text's
    tokens are all unequal, so the word that is the token is the first equal to it; `in` and `list.index`
    called Token.__eq__ (a Python method, called from C) on every word before it, twice where both ask.
    For the places the predicate is looked up from, where a Chinese predicate comes late."""
    for at, word in enumerate(words):
        if word is token:
            return at
    return words.index(token) if token in words else -1  # not there by identity: the list's own answer


def _index_of(words: list[Token] | tuple[Token, ...], token: Token) -> int:
    """`words.index(token)` (raising as it does), found as `_place` finds it."""
    at = _place(words, token)
    return at if at >= 0 else words.index(token)


_NO_LISTS: dict[str, frozenset[str]] = {}  # read only: the word lists of a language the lexicon has none for
_ANIMATE = frozenset({"anim"})  # pymorphy's tag of a noun naming people or animals
_STATE_TAGS = frozenset({"ADJS", "PRED"})  # a short adjective, a predicative: a state ("доступна", "известно")


def _in_class(token: Token, cls: str) -> bool:
    """Word classes are attached to each token by the analysis layer (analysis/word_classes.py)."""
    return cls in token.classes


def in_deadline(token: Token, deadline: Deadline | None) -> bool:
    """Whether the token is one of the deadline's words ("Q3结束前", "by the end of Q3")."""
    return deadline is not None and deadline.start <= token.start < deadline.end


# Words that open a deadline: "(by June 30)", «(до 30 июня)», "（在6月底前）"
_DEADLINE_OPENERS = frozenset({"by", "before", "until", "till", "due", "до", "к", "到", "在", "于", "截止", "截至"})


class Reading:
    """The facts of one text. The lead is found at once (every rule reads it); every other fact is
    computed when a rule first reads it and kept: the rules' conditions short-circuit, so a text
    costs the dozen facts its rules look at, not all of them."""

    analysis: TextAnalysis
    lead: Lead
    lead_token: Token | None

    def __init__(self, analysis: TextAnalysis) -> None:
        lang = analysis.lang
        lex = lexicon()
        words = [t for t in analysis.tokens if t.pos is not SYM and (t.pos is not PUNCT or t.text in (",", "，"))]
        deadline = analysis.deadline
        if deadline is not None and words and words[-1].start < deadline.end and words[0].start < deadline.start:
            # "财务管理系统简易版（Q3结束前）", "Customer satisfaction score (done by the end of September)": a
            # deadline after the text is no part of what it names or orders (a Chinese phrase names its head last;
            # "done" there completes nothing). One that opens the text ("第一季度结束前为…") stays: it says when
            words = [t for t in words if not in_deadline(t, deadline)]
            while words and words[-1].pos is PUNCT:
                words.pop()  # "建立影响力，Q3结束前完成": the comma before the deadline ends nothing the text names
        state = self.__dict__
        # the lexicon's word lists of the language, read with dict.get (no Python frame a list: ~7 a text)
        state.update(analysis=analysis, _lang=lang, _lex=lex, _lists=lex.words.get(lang, _NO_LISTS), _words=words)
        in_class = _in_class
        lead_token, lead = _lead(words, lang, in_class, analysis.deadline)
        if lang == "zh" and (lead is Leads.ENSURE or (lead is Leads.REACH and lead_token.text in _ZH_ACHIEVE)) \
                and (change := _zh_change_ensured(words, lead_token, in_class)) is not None:
            # "确保电商渠道销售额增长", "实现研发效能提升": the growth is the predicate
            lead_token, lead = change, _classify(change, in_class)
        lead = _light_verb(lead_token, lead, words, lang, in_class)
        lead = _make_vague(lead_token, lead, words, in_class, analysis.normalized)
        lead = _becomes_more(lead_token, lead, words)
        lead = _transformed_into(lead_token, lead, words)
        lead = _measure_gained_or_lost(lead_token, lead, words, lang, in_class)
        lead = _weights_lifted(lead_token, lead, words)
        lead = _back_into_a_state(lead_token, lead, words)
        lead = _made_thing_acting(lead_token, lead, words, in_class)
        lead = _creation(lead_token, lead, words, in_class)
        lead = _joined_task(lead_token, lead, words, in_class)
        if lang == "zh" and lead is Leads.TASK and _zh_result_reached(words, lead_token, in_class):
            lead = Leads.REACH  # "完成季度回款3000万", "完成三个大客户的签单": the business's result reached
        if lang == "zh" and lead is Leads.REACH and _zh_automation_made(words, lead_token):
            lead = Leads.TASK  # "实现订单数据自动同步到财务系统": a feature made to work, as "Order data syncs automatically…"
        if lang == "zh" and lead in (Leads.VAGUE, Leads.REWORK, Leads.TASK) and _zh_people_counted_after(words, lead_token, lex, in_class):
            lead = Leads.REACH  # "发展40名新会员", "发展200家经销商": people won, counted, as «Привлечь 40 клиентов»
        if lang == "zh" and lead_token is not None and lead_token.text == "做" and words[-1] is not lead_token \
                and (_is_person(words[-1], lang, lex, in_class) or words[-1].text.endswith(("人", "者", "女", "男", "家"))):
            lead = Leads.BECOME  # "做一个自律的人": to be someone, not to do something
        if lead is Leads.ONGOING and lead_token is not None and in_class(lead_token, "support") and not _object_is_person(
                words, lead_token, lang, lex, in_class):
            lead = Leads.TASK  # "Support Apple Pay and Google Pay": a feature, there or not
        state["lead_token"] = lead_token  # `declarative` reads it
        if lead is Leads.STATE and not self.declarative and lead_token is not None and in_class(lead_token, "decide"):
            lead = Leads.TASK  # "Choose a payroll vendor", "选择供应商": an order to decide is a task; "Customers choose us" a state
        state["lead"] = lead
        # The facts the engine's rules read of nearly every text, computed here rather than each on its
        # first read through the `_fact` descriptor: that read enters a Python frame of its own (~8 a text).
        for name, compute in _EVERY_TEXT_FACTS:
            state[name] = compute(self)

    # -- what the text shares among its facts ------------------------------------------------
    _lang: str
    _lex: Lexicon
    _lists: dict[str, frozenset[str]]  # the lexicon's word lists of `_lang` (`Lexicon.get` without its call)
    _words: list[Token]

    @_fact
    def _classes_of_words(self) -> frozenset[str]:
        return frozenset().union(*map(_CLASSES, self._words))  # map with attrgetter: no Python frame a word

    def names_class(self, cls: str) -> bool:
        """Whether a word of the text is in word class `cls` (the text's classes are gathered once)."""
        return cls in self._classes_of_words

    def _any_class(self, cls: str, tokens: Iterable[Token] | None = None) -> bool:
        return cls in self._classes_of_words if tokens is None else any(cls in t.classes for t in tokens)

    @_fact
    def object_head(self) -> Token | None:
        """The head noun the predicate acts on ("Ship the new feature": feature; «Удержать 95% клиентов»: клиентов)."""
        return _object_head(self._words, self.lead_token, self._lang)

    @_fact
    def content_words(self) -> tuple[Token, ...]:
        """The words outside the deadline: "Increase productivity by the end of Q3" says as much as
        "Increase productivity" — how long a text is must not count the date it names."""
        words, deadline = self.analysis.words, self.analysis.deadline
        if deadline is None:
            return words
        kept = [t for t in words if not in_deadline(t, deadline)]
        # "(by June 30)": the date in brackets is found without the word that opens it
        before = [t for t in kept if t.start < deadline.start]
        if before and before[-1].text.lower() in _DEADLINE_OPENERS and deadline.start - before[-1].end <= 2:
            kept.remove(before[-1])
        return tuple(kept)

    @_fact
    def head(self) -> Token | None:
        """The head of the first noun phrase (`head_noun`): what the text is about. A Chinese text
        with no predicate is one noun phrase, and its head comes last ("商品页访问到下单转化率"); a deadline
        after it is no part of it ("客户满意度（Q3结束前）")."""
        words = self.content_words
        if self._lang == "zh" and self.lead is Leads.NONE and words and words[-1].pos is NOUN \
                and (_zh_ends_with_measure(words, _in_class) or _zh_nouns_after_the_last_de(words)):
            return words[-1]  # "面向企业客户的单点登录": what is named comes after 的 (single sign-on, not the clients)
        return head_noun(words, self._lang)

    # -- the facts (in the order of the former dataclass fields) ------------------------------
    @_fact
    def completion(self) -> bool:
        """A yes/no completion state: "CRM внедрена", "Policy approved", "系统上线"; not the step a funnel's rate
        leads to ("Trial to paid conversion rate")."""
        if self._lang == "en" and self.lead_token is None and _en_funnel_rate(self._words, _in_class):
            return False
        return _completion(self.analysis, self._words, self._lang, self.lead_token, self._lex, _in_class)

    @_fact
    def metric(self) -> bool:
        """Names something measured."""
        lang, lex, words = self._lang, self._lex, self._words
        return any((_is_metric(t, lang, lex, _in_class) or _base_of_people(words, i, lang, lex))
                   and not self._acts_on_object(t) and not _employment_time(words, i)
                   for i, t in enumerate(words))

    def _acts_on_object(self, token: Token) -> bool:
        """The predicate verb opening an order, its object after it: "Win the championship" wins something, it names
        no measure ("Lead time −20%" does). Not in Chinese, where jieba tags measures such as 留存 verbs."""
        words = self._words
        if token is not self.lead_token or token.pos is not VERB or (token.lang or self._lang) == "zh":
            return False
        # an order opens the text; a verb further on has a subject before it ("local areas rate …")
        return token is words[0] and len(words) > 1 and words[1].pos in (DET, ADJ, NOUN, PROPN)

    @_fact
    def beneficiary(self) -> bool:
        """Names customers, users, employees..."""
        lang, lex, words = self._lang, self._lex, self._words
        if "beneficiary" not in self._classes_of_words and all(map(_ANIMATE.isdisjoint, map(_TAGS, words))) and lang != "zh" \
                and "zh" not in map(_LANG, words):
            return False  # no listed person word, no animate noun, no Chinese word (what `_is_person` needs)
        if lang == "zh" and not self._may_name_a_person_in_zh():
            return False
        return any(_is_person(t, lang, lex, _in_class) and not (_our_own(words, i) or _names_our_business_line(words, i))
                   for i, t in enumerate(words))

    @_fact
    def people_only_say_which(self) -> bool:
        """English names people only as a kind of the noun after them: "Improve the developer newsletter",
        "Launch the developer portal" — a newsletter, a portal, which no one is said to get. False when people stand
        as a noun of their own ("Help customers …", "Build tools for developers")."""
        if self._lang != "en" or not self.beneficiary:
            return False
        words, lex = self._words, self._lex
        people = [i for i, t in enumerate(words)
                  if _is_person(t, "en", lex, _in_class) and t.verb_form is not ACTION_NOUN and not _our_own(words, i)]
        # (what is done for them or felt by them names them as people served: "customer onboarding", "… support",
        # "… experience")
        return bool(people) and all(i + 1 < len(words) and words[i + 1].pos is NOUN and words[i + 1].verb_form is not ACTION_NOUN
                                    and not _in_class(words[i + 1], "value") and "plur" not in words[i].tags
                                    and words[i].text.lower() == words[i].lemma.lower() for i in people)

    @_fact
    def only_suppliers_named(self) -> bool:
        """Every person the text names is one the team buys from ("Договор с подрядчиком подписан", "Contract
        with the new logistics operator signed"): the other side of the team's own agreement, no one served."""
        if "suppliers" not in self._classes_of_words:
            return False
        lang, lex, words = self._lang, self._lex, self._words
        return all("suppliers" in t.classes for i, t in enumerate(words) if _is_person(t, lang, lex, _in_class) and not _our_own(words, i))

    def _may_name_a_person_in_zh(self) -> bool:
        """Whether a word of a Chinese text can pass `_is_person`: a listed person word, an animate
        (Russian) noun, or a noun ending as 员/者/户 do. Told with C-level scans, no call a word."""
        words = self._words
        if "beneficiary" in self._classes_of_words or not all(map(_ANIMATE.isdisjoint, map(_TAGS, words))):
            return True
        suffixes = endings_of(self._lex.get("zh", "person_suffixes"))
        return any(t.pos is NOUN and t.lemma.endswith(suffixes) for t in words)

    @_fact
    def value(self) -> bool:
        """Names a value for someone: experience, trust, satisfaction."""
        lead_token, lead = self.lead_token, self.lead
        words = self._words
        # the predicate that moves a metric is not the value ("营收成长 50%": 成长 grows revenue here), nor
        # a value word that names what a rate counts ("payment success rate": a measure's name)
        # nor the word "value" given to a thing ("Add value to the product", «ценность для продукта»,
        # "为产品增加价值"): what a product gains is no one's
        given = self.value_for_a_thing
        return self._any_class("value", [t for i, t in enumerate(words) if not (t is lead_token and lead in METRIC_MOVES)
                                         and not _names_a_rate(words, i) and t not in given]) \
            or self.value_phrase

    @_fact
    def value_for_a_thing(self) -> tuple[Token, ...]:
        """Each noun "value" given to a thing: "Add value to the product", «Добавить ценность для продукта»
        («ценность» is a quality by its ending too), "为产品增加价值". Empty in most texts."""
        words, lang, lex = self._words, self._lang, self._lex
        return tuple(t for i, t in enumerate(words) if t.lemma in _VALUE_NOUNS and _value_for_a_thing(words, i, lang, lex))

    @_fact
    def value_phrase(self) -> bool:
        """A level of quality named as the value: "world-class", «мирового уровня», «лидирующую в отрасли», "行业领先"."""
        if mentions(self.analysis, self._lists.get("value_phrases", NO_CLASSES)):
            return True
        # the words of a lemma sequence said of the thing made, not as the predicate: «Лидировать в
        # отрасли по выручке» is a rank to reach, a bare metric, as "Lead the industry in revenue" is
        lead_token = self.lead_token
        firsts = first_lemmas_of(self._lists.get("value_lemmas", NO_CLASSES))
        return not (lead_token is not None and firsts is not None and lead_token.lemma in firsts) \
            and self._has_lemma_sequence("value_lemmas")

    @_fact
    def quality(self) -> bool:
        """Names a quality of something: "efficiency", "стабильность", "可靠性", "影响力"."""
        lang, lex = self._lang, self._lex
        return any(_is_quality(t, lang, lex, _in_class) for t in self._words)

    @_fact
    def purpose(self) -> bool:
        """Has a purpose clause: "чтобы", "so that", "为了", "…, to …"."""
        return _purpose(self.analysis, self._words, self._lang, self.lead_token, self._lex, _in_class)

    @_fact
    def vague_adverb(self) -> bool:
        """"значительно", "more", "大幅"."""
        if "vague_adverbs" not in self._classes_of_words and not _any_comparative(self._words):
            return False  # neither a vague adverb nor a comparative anywhere (most texts): no clause to find
        # counted in the main clause only: "为尽快满足需求，调整招聘政策" is not vague about its own work
        words = _main_clause(self._words, self._lang, _in_class)
        # "Successfully migrate billing", "Successful launch of the portal": said of work done, success is
        # its completion, which is checked, not a vague degree
        order = self.lead in (Leads.TASK, Leads.REACH) and not self.declarative
        return _vague_adverb(words, _in_class, order) or (self.lead is Leads.NONE and _heading_compares(words))

    @_fact
    def heading_compares(self) -> bool:
        """A verbless KR opened by a comparative: "Better onboarding docs", «Более понятные инструкции»,
        "更清晰的操作指南" — the thing named is to get better, not to be delivered."""
        return self.lead is Leads.NONE and self.noun_phrase and _heading_compares(self._words)

    @_fact
    def head_is_team(self) -> bool:
        """The head noun names a team: "100% of the People Ops team trained…"."""
        head = self.head
        return head is not None and _in_class(head, "teams")

    @_fact
    def head_is_person(self) -> bool:
        """The head noun names people: "New customers from the regions", "会员"."""
        head = self.head
        return head is not None and _is_person(head, self._lang, self._lex, _in_class)

    @_fact
    def vague_frequency(self) -> bool:
        """An unstated frequency: "регулярные ретро", "continuous feedback", "定期复盘"."""
        # in a noun phrase or as a Chinese adverb ("定期回访"); "Continuous integration guards…" names a practice
        if self.analysis.work_item or not (self._lang == "zh" or self.noun_phrase or self._events_held_how_often):
            return False
        words, lead_token = self._words, self.lead_token
        lead_at = words.index(lead_token) if lead_token in words else -1
        # "形成…定期复审流程": a process that recurs is a made thing, not an unstated frequency of the work;
        # "frequent releases" are many things made, and how many is the number left out. Said of the order
        # itself ("定期更新文档", "Regularly update the docs"), it is how often the work is done.
        return any("vague_frequency" in t.classes and (i < lead_at or not any(_made_once(n) for n in words[i + 1:i + 3]))
                   for i, t in enumerate(words))

    @_fact
    def direction_only(self) -> tuple[Token, ...]:
        """The words of a move told only by its direction, no number: "Positive trend in signups", "NPS trends in
        the right direction", «Положительная динамика NPS», «меняется в лучшую сторону», "营收趋势向好",
        "朝正确方向发展". Empty when none, when a number says how far, or in an order of work, where the direction
        is what the work sets or shows ("Set the right direction for the team", "Build an upward-trend alert")."""
        if self.has_number or (self.lead in (Leads.TASK, Leads.ONGOING) and not self.declarative):
            return ()
        return _direction_words(self._words)

    @_fact
    def _events_held_how_often(self) -> bool:
        """An order to hold events whose frequency is a vague word: "Conduct regular practice sessions",
        «Проводить регулярные встречи с клиентами», as "定期开展练习" — how many is the number left out."""
        lead_token, words = self.lead_token, self._words
        if self.lead not in (Leads.TASK, Leads.ONGOING) or lead_token not in words:
            return False
        group = list(takewhile(lambda t: t.pos in (ADJ, NOUN, PROPN, X), words[words.index(lead_token) + 1:]))
        # events, or any activity named by its noun ("Conduct regular user research", «регулярные исследования»)
        return any("vague_frequency" in t.classes for t in group) and any(
            "events" in t.classes or t.verb_form is ACTION_NOUN for t in group)

    @_fact
    def outcome_count(self) -> bool:
        """A number of customers, users, sales, money..."""
        return _outcome_count(self.analysis, self._words, _in_class, self._lex)

    @_fact
    def level_quantity(self) -> bool:
        """A percent, money, duration, ratio or score."""
        return any(q.kind in LEVEL_KINDS for q in self.analysis.quantities)

    @_fact
    def moves_metric_later(self) -> bool:
        """An action followed by a metric move: "Launch X to reach 20%", "…，使转化率提升5%"."""
        return _moves_metric_later(self.analysis, self._words, self.lead_token, _in_class)

    @_fact
    def declarative(self) -> bool:
        """A subject with a finite verb: "Клиенты получают ответ…", "Customers can rely on…"."""
        return _declarative(self._words, self._lang, self.lead_token, self._lex, _in_class)

    @_fact
    def threshold(self) -> bool:
        """A bound: "below", "within", "не более", "不超过"."""
        return mentions(self.analysis, self._lists.get("threshold", NO_CLASSES)) or _within_duration(self.analysis)

    @_fact
    def floor(self) -> bool:
        """A level to stay at: "не ниже", "at or above", "不低于", "稳定在", "在80%以上"."""
        return mentions(self.analysis, self._lists.get("floor", NO_CLASSES)) \
            or ("在" in map(_TEXT, self._words) and _zh_at_level(self._words))  # 在 first, in C: most texts have none

    @_fact
    def floor_predicate(self) -> bool:
        """The floor phrase is the predicate itself: "回款率不低于95%", "不良率控制在1.5%以内"."""
        lead_token = self.lead_token
        return lead_token is not None and any(f.startswith(lead_token.text.lower()) for f in self._lists.get("floor", NO_CLASSES))

    @_fact
    def plan_fulfilment(self) -> bool:
        """"Выполнение плана 92%", "% of plan achieved", "计划完成率"."""
        if _names_no_plan(self._words, self._classes_of_words):
            # most texts: every test of `_plan_fulfilment` but its phrases needs a plan word (or a zh quota)
            found = mentions(self.analysis, self._lists.get("plan_phrases", NO_CLASSES))
        else:
            found = _plan_fulfilment(self.analysis, self._words, _in_class, self._classes_of_words)
        return found and not self._project_within_plan

    @_fact
    def _project_within_plan(self) -> bool:
        """One's own work done on budget: a project ("Finish the warehouse relocation on time and on budget",
        «Завершить переезд в рамках бюджета», "按时按预算完成搬迁") or pieces of work counted ("Deliver 4 launches on
        budget", "4 major launches delivered on budget", "4个版本按预算交付") — the budget bounds the work, no
        plan of the business is met (no measure is named; "Marketing spend within budget" keeps one)."""
        if any(q.kind is not QuantityKind.COUNT for q in self.analysis.quantities):
            return False  # a sum or a share is a measure; a count of pieces of work is not
        lead_token, words = self.lead_token, self._words
        if lead_token is None or lead_token not in words or (self._lang == "zh" and lead_token is words[-1]):
            # the work stated done, the thing before its verb ("4个版本按预算交付": Chinese puts it first)
            done = next((t for t in words if t.pos is VERB and _OWN_WORK_DONE & t.classes
                         and (t.verb_form is PARTICIPLE or "PRTS" in t.tags or t.lang == "zh")), None)
            if done is None or not self._plan_words_bound_the_work:
                return False
            things = [t for t in words[:words.index(done)] if t.pos in (NOUN, PROPN)]
            return bool(things) and not any(_MEASURE_CLASSES & t.classes for t in things)
        if not (_OWN_WORK_DONE & lead_token.classes) or not self._plan_words_bound_the_work:
            return False  # ("Ship the app according to plan" is on the business's plan: the budget alone bounds)
        # the thing done is no measure ("Grow ACV according to plan", "Marketing spend within budget" meet one)
        after = list(takewhile(lambda t: t.pos not in (ADP, PUNCT), words[words.index(lead_token) + 1:]))
        return bool(after) and not any(_MEASURE_CLASSES & t.classes for t in after) \
            and not any(_MEASURE_CLASSES & t.classes for t in words[:words.index(lead_token)])

    @property
    def _plan_words_bound_the_work(self) -> bool:
        """Every plan word stands in a phrase that bounds the work ("on budget", «в рамках бюджета», 按预算):
        the plan itself as the object is a plan met («Выполнить план», "Complete the quarterly plan")."""
        lowered, phrases = self.analysis.lowered, self._lists.get("plan_phrases", NO_CLASSES)
        spans = [(at, at + len(p)) for p in phrases for at in _all_at(lowered, p)]
        words = self._words
        plan_words = [i for i, t in enumerate(words) if "plan" in t.classes]
        return bool(plan_words) and all(
            words[i].lemma.lower() in _BUDGET_WORDS and (any(a <= words[i].start < b for a, b in spans)
                                                         or _plan_phrase_around_modifiers(words, i, phrases, self._lang))
            for i in plan_words)  # "on the agreed budget" bounds the work as "on budget" does

    @_fact
    def keeps_current_level(self) -> bool:
        """"не выше текущего уровня", "at the current level"; kept, "the current ratio" («текущее соотношение»,
        当前…比例): a measure held where it is now, whatever it is called."""
        if self._has_lemma_sequence("current_level") or self.ceiling_at_a_past_level:
            return True
        return self.lead is Leads.MAINTAIN and self.metric and any(_LEMMA(t) in _CURRENT_WORDS for t in self._words)

    @_fact
    def ceiling_at_a_past_level(self) -> bool:
        """"no higher than last quarter", «не выше, чем в прошлом квартале», "不超过去年同期": a measure kept at
        most where it was (`_CEILING_AT_A_PAST_LEVEL`)."""
        return _CEILING_AT_A_PAST_LEVEL.search(self.analysis.lowered) is not None

    @_fact
    def named_level(self) -> bool:
        """A measure brought to a level named by when or whose it is: "back to the 2023 level", "to pre-pandemic
        levels", «к уровню 2023 года», «до уровня десктопа», "恢复到疫情前水平", "提升到PC端水平" — a value known at
        the end of the period, as last year's level is; not "a higher level", «новый уровень», "更高水平"."""
        lowered = self.analysis.lowered
        if "level" not in lowered and "уровн" not in lowered and "水平" not in lowered:
            return False  # no word of a level (most texts), told in C
        tokens = self.analysis.tokens
        for i, token in enumerate(tokens):
            if token.lemma.lower() not in _LEVEL_NOUNS:
                continue
            before = tokens[max(0, i - 4):i]
            to = next((j for j in range(len(before) - 1, -1, -1) if before[j].text.lower() in _TO_A_LEVEL), None)
            if to is None or any(_grades_a_level(t) for t in tokens[max(0, i - 4):i + 3]):
                continue
            between = [t for t in before[to + 1:] if t.pos not in (DET, PUNCT)]
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            # whose or when: words between "to" and the level ("the 2023 level", "疫情前水平"), or a Russian genitive
            # after it («до уровня десктопа», «к уровню 2023 года»)
            if between or (self._lang == "ru" and after is not None and after.pos in (NOUN, PROPN, NUM)):
                return True
        return False

    @_fact
    def normal_state_phrase(self) -> bool:
        """A phrase of the usual working state: «Показатели в норме», «Всё в порядке»."""
        return self._has_lemma_sequence("normal_state_lemmas")

    def _has_lemma_sequence(self, name: str) -> bool:
        """A lemma sequence of the lexicon's list `name` stands in the text ("текущий уровень", "первый место")."""
        sequences = self._lists.get(name, NO_CLASSES)
        firsts = first_lemmas_of(sequences)
        if firsts is not None and firsts.isdisjoint(map(_LEMMA, self.analysis.tokens)):
            return False  # no sequence's first lemma in the text (most texts), told in C before any list is built
        return has_lemmas(self.analysis, sequences)

    @_fact
    def end_state(self) -> bool:
        """A checkable state at the end: "К концу PI известно, …", "Policy approved"."""
        # "доступна", "известно" (the words' tags through map, in C)
        return self.completion or not all(map(_STATE_TAGS.isdisjoint, map(_TAGS, self._words)))

    @_fact
    def universal(self) -> bool:
        """"all", "все", "所有": a quantifier that works like 100% ("every day", «каждый день» say how often, not
        how many)."""
        if "universal" not in self._classes_of_words:
            return False
        words = self._words
        return any("universal" in t.classes and not (i + 1 < len(words) and words[i + 1].lemma.lower() in PERIODS)
                   for i, t in enumerate(words))

    @_fact
    def lower_bound(self) -> bool:
        """A floor marker: "at least", "не менее", "至少"."""
        return mentions(self.analysis, self._lists.get("lower_bound", NO_CLASSES))

    @_fact
    def object_is_community(self) -> bool:
        """The predicate acts on a community: "建立活跃的设计师社区", "Build a tight, loyal community"."""
        words, lead_token = self._words, self.lead_token
        if lead_token not in words:
            return False
        rest = words[words.index(lead_token) + 1:][:6]
        if self._lang == "ru":  # Russian puts the head first: «сообщество разработчиков», not «дашборд сообщества»
            head = next((t for t in rest if t.pos in (NOUN, PROPN)), None)
            return head is not None and "communities" in head.classes
        for i, token in enumerate(rest):  # "Build a tight, loyal community"; not "a community dashboard"
            if "communities" in token.classes:
                return i + 1 == len(rest) or rest[i + 1].pos not in (NOUN, PROPN)
            if token.pos is VERB and token.verb_form is not PARTICIPLE:
                return False
        return False

    @_fact
    def knows(self) -> bool:
        """The predicate is knowing or mastering: "Master Go", "深入理解rust语言" (jieba tags 深入 a verb)."""
        words, lead_token = self._words, self.lead_token
        if lead_token is None and words and "know" in words[0].classes and self._lang == "zh":
            return True  # "学会西班牙语": jieba tags 学会 a noun before its object, and no verb leads
        if lead_token not in words:
            return False
        at = words.index(lead_token)
        # "学会倾听他人", "学会公开演讲": a verb of learning before the verb, or before its adverb, is learning
        # to do it (jieba tags 学会 a noun)
        if any("know" in t.classes for t in words[max(at - 2, 0):at + 2]):
            return True
        if self.lead in (Leads.INCREASE, Leads.VAGUE) and any(
                "skills" in t.classes and not (i and "artifacts" in words[i - 1].classes) for i, t in enumerate(words) if i > at):
            return True  # "Improve interviewing skills", "提升面试技能": a skill grown (not "提升系统能力", a feature)
        # "具备独立负责一个产品模块的能力", "Have the skills to lead a team", "Иметь навыки …": a skill held
        # is a skill grown; a thing before the verb has a feature instead ("系统具备自动扩容能力")
        deadline = self.analysis.deadline  # "在 6 月底前具备…能力": a date before the verb is no subject
        subject = [t for t in words[:at] if not in_deadline(t, deadline)]
        return "possess" in lead_token.classes and not any(t.pos in (NOUN, PROPN) for t in subject) \
            and any("skills" in t.classes for t in words[at + 1:])

    @_fact
    def wins(self) -> bool:
        """The predicate wins against others: "Win the regional championship", "Выиграть тендер", "赢得比赛"."""
        lead_token = self.lead_token
        return lead_token is not None and "win" in lead_token.classes

    @_fact
    def business_state(self) -> bool:
        """A state of the business named, checkable without a number: "profitable", «безубыточность»,
        "盈亏平衡", a sign of a measure of money ("cash flow positive", «положительный денежный поток», "EBITDA转正")."""
        if self._any_class("business_states") or self._has_lemma_sequence("business_state_lemmas"):
            return True
        return self._any_class("sign_levels") and (self._any_class("signed_measures") or self._any_class("business_metrics"))

    @_fact
    def best(self) -> bool:
        """A superlative of worth: "the best onboarding", "the most efficient permit office", "лучший сервис",
        "самый удобный", "最优秀的小组" — a claim to be the best, a position like "become". Size
        ("the largest customers", "крупнейших", "最多") is no worth."""
        return _best(self._words, self._lang)

    @_fact
    def kept_and_improved(self) -> bool:
        """Keeping joined to improving: "Maintain and improve our internal tools", «Поддерживать и развивать …»,
        "维护并优化…" — the change named beside the upkeep makes it more than business as usual."""
        words, lead_token = self._words, self.lead_token
        if lead_token not in words:
            return False
        at = words.index(lead_token)
        after = words[at + 1:at + 3]
        return len(after) == 2 and (after[0].pos is CONJ or after[0].text in ("并", "并且", "和", "及")) and any(
            _in_class(after[1], cls) for cls in ("vague", "increase", "creates"))

    @_fact
    def supports_people(self) -> bool:
        """A noun of support led, for people: "Поддержка мирового уровня для клиентов" is a service
        given, not a level kept ("Поддержка сайта" keeps a thing running)."""
        lead_token = self.lead_token
        return lead_token is not None and lead_token.verb_form is ACTION_NOUN \
            and "support" in lead_token.classes and not self._lex.has(lead_token.lang or self._lang, "maintain", lead_token.lemma) \
            and self.beneficiary

    @_fact
    def aggregate(self) -> bool:
        """A word of aggregation names a measure: "p99", "average", "средний", "平均"."""
        return "aggregates" in self._classes_of_words

    @_fact
    def per_period(self) -> bool:
        """A rate per period: "per week", "в неделю", "每周"."""
        return mentions(self.analysis, self._lists.get("per_period", NO_CLASSES))

    @_fact
    def quality_predicate(self) -> bool:
        """A thing and its quality as the predicate: "门店库存状况健康", "生产环境稳定"."""
        return self._lang == "zh" and any(_zh_adjective_predicate(c) for c in _clauses(self._words))

    @_fact
    def people_adopt(self) -> bool:
        """People or groups take a thing into use: "80% of teams use the pipeline", "Все команды
        используют…", "每個班級至少有三個使用…的學生", "用的人會付錢". Others adopting is an outcome."""
        return _people_adopt(self._words, self._lang, self._lex, _in_class, counted=self.has_number or self.universal)

    @_fact
    def customers_act(self) -> bool:
        """A count of what customers do: "3,000 家订阅", "云存储 800 注册用户"."""
        # what customers do is the predicate itself: "3,000 家訂閱", not "Cancel 4 unused subscriptions"
        lead_token = self.lead_token
        return bool(self.analysis.quantities) and lead_token is not None and _in_class(lead_token, "customer_actions")

    @_fact
    def exists(self) -> bool:
        """Something is there: "There is a prototype of X", "Реализация существует"."""
        return "exist" in self._classes_of_words or mentions(self.analysis, phrases_of(self._lists.get("exist", NO_CLASSES)))

    @_fact
    def ability(self) -> bool:
        """A modal of ability: "users can create branches", "用户能查看…"."""
        return "ability" in self._classes_of_words

    @_fact
    def code_subject(self) -> bool:
        """The subject is a thing named in code: «`make up` поднимает все сервисы», "`report.py` saves …"."""
        lead_token, words = self.lead_token, self._words
        if "code" not in self._classes_of_words or lead_token not in words:
            return False
        subject = last_noun_before(words, words.index(lead_token))
        return subject is not None and "code" in subject.classes

    @_fact
    def race_result(self) -> bool:
        """A distance covered within a time: "Run a 24:59 5K", «Пробежать 10 км за 49:59», "半马跑进1:45:00" —
        one's own performance, a level reached, not effort put in (that is time per period: "Run 30
        minutes a day")."""
        quantities = self.analysis.quantities
        if not any(q.kind is QuantityKind.DURATION for q in quantities) or self.per_period:
            return False
        return "race_distances" in self._classes_of_words or any(q.raw.lower() in _RACE_DISTANCES for q in quantities) \
            or any(q.unit in self._lists.get("race_distances", NO_CLASSES) for q in quantities)

    @_fact
    def grade_reached(self) -> bool:
        """A grade in an exam: "Get an A in the math exam", «Сдать экзамен на отлично», "数学考试拿到A", a score
        ("Get 110 points on the TOEFL", 托福考到110分), a good one ("GRE考试取得理想成绩") — one's
        own performance judged, a level reached, as a race time is; "Pass the exam" names no grade."""
        classes = self._classes_of_words
        if "exams" not in classes:
            return False
        return "grades" in classes or any(_LETTER_GRADE.fullmatch(t.text) for t in self._words) \
            or any(q.kind is QuantityKind.SCORE for q in self.analysis.quantities) \
            or self._band_given  # "托福考到110分", "110 points", "Pass the IELTS exam with 7.0", «Сдать IELTS на 7.0»

    @property
    def _band_given(self) -> bool:
        """A number given as the result, after "with", "at" or «на» ("Pass the IELTS exam with 7.0"), not a
        count of exams ("Pass 3 AWS exams")."""
        starts = [t.start for t in self._words]
        for quantity in self.analysis.quantities:
            at = bisect_left(starts, quantity.start)
            if at and self._words[at - 1].text.lower() in _BAND_BEFORE and quantity.kind in (QuantityKind.PLAIN, QuantityKind.COUNT):
                return True
        return False

    @_fact
    def capacity(self) -> bool:
        """A system said to bear a load: "The API supports 10k requests per second", «API поддерживает 10
        тысяч запросов в секунду», "单节点支持2万并发用户" — its capacity, a level to reach, not a feature."""
        lead_token = self.lead_token
        if lead_token is None or not self.has_number or "support" not in lead_token.classes:
            return False
        return "load" in self._classes_of_words or mentions(self.analysis, self._lists.get("load", NO_CLASSES))

    @_fact
    def health_floor(self) -> bool:
        """A floor under a health metric: "Uptime баз данных ≥ 99.95%", "系统可用性不低于99.9%"."""
        return self.health_metric and self.lower_bound

    @_fact
    def health_metric(self) -> bool:
        """Names a level a service keeps: uptime, доступность, 可用性, or the share of the time it is up."""
        return "health_metrics" in self._classes_of_words or self.up_share_of_time

    @_fact
    def up_share_of_time(self) -> bool:
        """The share of the time a thing is up: "Checkout is available 99.95% of the time", «Оформление
        заказа доступно 99,95% времени», "结账服务99.95%的时间可用" — availability, said with its adjective."""
        return _SHARE_OF_TIME.search(self.analysis.lowered) is not None and any(map(_available, self._words))

    @_fact
    def always_up(self) -> bool:
        """A thing said to be up at all times: "Core services always available", «Сервисы всегда доступны»,
        "核心服务始终可用" — availability kept every day of the period, as "99.9% uptime" keeps it."""
        words = self._words
        if not (any(t.text.lower() in _ALWAYS for t in words) or _AT_ALL_TIMES.search(self.analysis.lowered)):
            return False  # (most texts: the rarer words first)
        # ("always up to date" is no service up)
        return any(_available(t) and not (t.text.lower() == "up" and i + 1 < len(words)
                                          and words[i + 1].text.lower() == "to") for i, t in enumerate(words))

    @_fact
    def keeps_somewhere(self) -> bool:
        """A verb that keeps a level anywhere in the text: "…稳定在正常值"."""
        words, lang, lead_token = self._words, self._lang, self.lead_token
        # the class test first: `_keeping_word` finds an English adjective's place in the text
        return any(t is not lead_token and _in_class(t, "maintain") and _keeping_word(t, words, lang) for t in words)

    @_fact
    def sla(self) -> bool:
        """A share within a time: "90% of tickets solved within 48 hours"."""
        return _sla(self.analysis)

    @_fact
    def zero_target(self) -> bool:
        """"0 投诉", "Zero incidents", "ноль инцидентов"."""
        words = self._words
        return 0 in map(_VALUE, self.analysis.quantities) or _none_of(words) or (
            "zero_words" in self._classes_of_words
            and any("zero_words" in t.classes and not _begins_a_name(words, i) for i, t in enumerate(words)))

    @_fact
    def named(self) -> bool:
        """Names something specific: a proper name after the first word ("Выиграть Инди 500"); not a
        month of the deadline ("Secure funding by June 30")."""
        deadline, rest = self.analysis.deadline, self._words[1:]
        # (in Title Case, "Secure Funding", every word is capitalised: the capital names nothing)
        return any((t.pos is PROPN or (t.text[:1].isupper() and t.text[1:].islower() and len(t.text) > 2
                                       and "title_case" not in t.tags))
                   and not in_deadline(t, deadline)
                   for t in rest)

    @_fact
    def for_someone(self) -> bool:
        """"for first-time buyers", "для граждан", "为商家": a change for named people."""
        return _for_someone(self._words, self._lang, self._lex, _in_class)

    @_fact
    def ratio_word(self) -> bool:
        """"halved", "вдвое", "翻一番", "by a third", «на треть», "to single digits": a target in words."""
        return "ratio_words" in self._classes_of_words or self._has_lemma_sequence("ratio_lemmas") \
            or (not self.analysis.quantities and _from_one_time_unit_to_a_smaller(self._words))

    @_fact
    def judged_state(self) -> tuple[Token, ...]:
        """The words of a state only a judgement can confirm, when the text says nothing else is done:
        "Release notes are clear and concise", «Отчёт понятный и краткий», "文档清晰易懂", "Intuitive
        onboarding flow". Empty when there is a verb of work ("UI clearly shows…", «Ревью проходит по
        понятной структуре»), something completed, or a bound."""
        if "judged" not in self._classes_of_words:
            return ()  # no judged word (most texts): nothing else needs to be asked
        if self.completion or self.threshold or self.floor or self.universal:
            return ()
        return _judged_state(self._words, self._lang, _in_class) or _judged_dealings(self._words, self._lang, _in_class) \
            or _judged_activity(self._words, self._lang, _in_class)

    @_fact
    def praised_value(self) -> tuple[Token, ...]:
        """Praise for what people get, with no measure of it: "Deliver a great onboarding experience",
        «Обеспечить отличный опыт онбординга», "提供出色的入职体验". The words of praise; empty when none."""
        if not ({"judged", "praise", "quality"} & self._classes_of_words and {"value", "quality"} & self._classes_of_words):
            return ()  # most texts: nothing else needs to be asked
        return _praised_value(self._words, self._lang, _in_class)

    @_fact
    def noun_phrase(self) -> bool:
        """No verb at all: "Availability", "Надёжность платёжного сервиса"."""
        return _noun_phrase(self._words, self._lang)

    @_fact
    def big_amount(self) -> bool:
        """A number with a multiplier: "10 млн", "$5M", "1000万"."""
        return any(q.value is not None and q.value >= 10_000 and q.kind is not QuantityKind.PERCENT
                   for q in self.analysis.quantities)

    @_fact
    def routine(self) -> bool:
        """"on time", "в срок", "每月": work that recurs."""
        return mentions(self.analysis, self._lists.get("routine", NO_CLASSES)) or _distributive_routine(self._words, _in_class)

    @_fact
    def possess(self) -> bool:
        """The predicate is "have": "100% of vendors have a signed DPA"."""
        # "Hiring managers have…"; "100% интересов имеют…" (a number first leaves no lead)
        lead_token, words = self.lead_token, self._words
        if "possess" not in self._classes_of_words and (lead_token is None or "possess" not in lead_token.classes):
            return False  # no verb of having anywhere (most texts)
        return any(_in_class(t, "possess") and not _perfect_auxiliary(t, words)
                   for t in ([lead_token] if lead_token is not None else [t for t in words if t.pos is VERB]))

    @_fact
    def top(self) -> bool:
        """A ranking: "ТОП-100", "top 3", "行业第一" (not "第一阶段", the first of a sequence)."""
        words = self._words
        rank_word = "rank_words" in self._classes_of_words and any("rank_words" in t.classes and not (i + 1 < len(words) and words[i + 1].text in _ZH_SEQUENCE)
                        for i, t in enumerate(words))
        # a rank said as a place: «первое место», "first place", "number one"; "#1", "No. 1", «№ 1» as signs
        rank_word = rank_word or _number_one_by_sign(self.analysis)
        return _ranked(self.analysis, rank_word or self._has_lemma_sequence("rank_lemmas")) \
            or (self._lang == "zh" and "前" in self.analysis.normalized and _zh_place_among_the_first(self.analysis.tokens))

    @_fact
    def metric_object(self) -> bool:
        """The predicate's object is a metric: "Increase MAU", "Поднять конверсию"."""
        return _metric_object(self._words, self.lead_token, self._lang, self._lex, _in_class)

    @_fact
    def object_is_person(self) -> bool:
        """The predicate acts on people: "Win back lapsed donors", "Support customers"."""
        return _object_is_person(self._words, self.lead_token, self._lang, self._lex, _in_class)

    @_fact
    def object_is_team(self) -> bool:
        """The predicate acts on the owner's own team or staff: "Grow the team by 5", "团队扩充5人"."""
        return any(t is not None and (_in_class(t, "teams") or _in_class(t, "staff")) and not _sales_counted(self._words, t)
                   for t in (self.object_head, _zh_topic(self._words, self.lead_token, self._lang)))

    @_fact
    def made_thing_covers(self) -> bool:
        """A made thing said to span its scope: "Unit tests cover login and search", «Автотесты покрывают
        оформление заказа», "单元测试覆盖参数校验" — true once the work is done, a deliverable stated as
        a state. What covers people or places by a number ("The service covers 10,000 users") is reach."""
        if "covers" not in self._classes_of_words:
            return False  # most texts (one set test)
        covering = self._lists.get("covers", NO_CLASSES)  # the verb itself: "coverage" is a measure of it
        at = next((i for i, t in enumerate(self._words) if t.lemma.lower() in covering), None)
        if at is None:
            return False
        lead_token, words = self.lead_token, self._words
        if (lead_token in words and words.index(lead_token) < at) or _zh_before_de(words, at):
            return False  # "提高自动化测试覆盖的发布比例": the covering names what the measure counts
        subject = last_noun_before(words, at)
        return subject is not None and _names_an_artifact(subject, self._lists.get("artifacts", NO_CLASSES)) \
            and not (self.has_number or self.object_is_person)

    @_fact
    def built_then_covers(self) -> Token | None:
        """The verb of a thing built, set up or finished, then the share of its scope it covers: "Build
        the alerting system, covering 100% of core APIs", «Построить систему мониторинга, покрывающую 100%
        ключевых API», "完成监控体系搭建，覆盖100%核心接口" — met once the work is done: the deliverable's
        scope, not an outcome. Not what covers people ("covering 80% of customers": reach), nor beside a measure of
        its own ("…; P1 MTTR under 5 minutes"), nor a move of the coverage ("from 60% to 80%", "覆盖人口增加20%").
        None when it is not that."""
        classes = self._classes_of_words
        if "covers" not in classes and "coverage_words" not in classes:
            return None  # most texts (one set test)
        words, lang, lex = self._words, self._lang, self._lex
        at = next(i for i, t in enumerate(words) if _in_class(t, "covers") or _in_class(t, "coverage_words"))
        before, after = words[:at], words[at + 1:]
        made = any(_in_class(t, "artifacts") or t.verb_form is ACTION_NOUN for t in before)  # a system, a setup, «настройка»
        making = next((t for t in before if t.pos is VERB and t.classes & _OWN_WORK_DONE), None)
        if not made or making is None:
            return None
        # Chinese joins a verb into the name of a measure ("核心交付流程覆盖率"): the covering is said of the
        # work only in a clause of its own ("完成监控体系搭建，覆盖100%核心接口")
        if lang == "zh" and not _CLAUSE_BREAK.search(self.analysis.normalized, making.end, words[at].start):
            return None
        if not self.analysis.quantities or self.analysis.change is not None \
                or any(_in_class(t, "increase") or _in_class(t, "decrease") for t in after):
            return None  # "覆盖人口增加20%": the coverage moved, an outcome
        measures = [t for t in words if _in_class(t, "metric") and not _in_class(t, "coverage_words")]
        return making if not measures and not any(_is_person(t, lang, lex, _in_class) for t in after) else None

    @_fact
    def artifact_said_to_exist(self) -> bool:
        """A made thing is said to be there, named before its verb as English does: "Runbooks exist for
        all critical alerts", "A style guide exists for every product" — the work set up, whatever it
        serves, as «Для всех алертов есть ранбуки» is (there the thing follows the verb)."""
        lead_token, words = self.lead_token, self._words
        if self._lang != "en" or not self.exists or lead_token not in words or "exist" not in lead_token.classes:
            return False
        subject = last_noun_before(words, words.index(lead_token))
        return subject is not None and _names_an_artifact(subject, self._lists.get("artifacts", NO_CLASSES))

    @_fact
    def object_is_artifact(self) -> bool:
        """The predicate makes or holds a thing: "Run … happiness polls", "Launch the partner portal"."""
        object_head = self.object_head
        if object_head is None and self.lead_token is None and self.possess:
            # "所有团队都有详细的流程图": Chinese has no lead verb there; the thing had follows 有
            have = next(t for t in self._words if t.pos is VERB and _in_class(t, "possess"))
            object_head = _object_head(self._words, have, self._lang)
        return object_head is not None and (_in_class(object_head, "artifacts") or _in_class(object_head, "events"))

    @_fact
    def person_metric(self) -> bool:
        """A metric of someone's experience: "客户等待时间", "农民收入", "время ожидания клиентов"."""
        return _person_metric(self._words, self._lang, self._lex, _in_class)

    @_fact
    def undefined(self) -> bool:
        """The target is not written yet: "TBD", "待定", "Уровень активации — уточнить"."""
        return "undefined" in self._classes_of_words or mentions(self.analysis, phrases_of(self._lists.get("undefined", NO_CLASSES))) \
            or _settled_later(self.analysis.tokens, _in_class) or _target_left_to_a_note(self.analysis.tokens, _in_class)

    @_fact
    def vague_object(self) -> bool:
        """The work is on something no number is attached to: "Выстроить отношения", "满足通用需求"."""
        if "unnamed_things" in self._classes_of_words and self.lead is Leads.NONE and self.noun_phrase:
            # a bare name of a thing left unnamed: "Something fun", «Что-нибудь интересное», "有趣的东西" (head last in Chinese)
            words = self._words
            return _in_class(words[-1] if self._lang == "zh" else words[0], "unnamed_things")
        if "vague_objects" not in self._classes_of_words:
            return False  # the object is one of the words, and none is in the class (most texts)
        if self.lead is Leads.NONE and self.noun_phrase:
            # "A culture of experimentation", «Культура экспериментов»: named with no verb, the same thing
            head = self.head
            return head is not None and _in_class(head, "vague_objects")
        return _vague_object(self._words, self.lead_token, self._lang, _in_class)

    @_fact
    def artifact_phrase(self) -> bool:
        """A deliverable named with no verb: "Dark mode", "Ранбуки для топ-20 алертов", "操作手册"."""
        words = _after_a_hyphened_prefix(self.analysis.tokens, self._words) if self._lang == "ru" else self._words
        return _artifact_phrase(words, self._lang, _in_class)

    @_fact
    def event_phrase(self) -> bool:
        """A verbless KR headed by something a team holds: "QBRs with all Tier-1 accounts", "季度复盘会"."""
        return _head_in(self._words, self._lang, _in_class, "events") and self.noun_phrase and not self.reviews_given

    @_fact
    def recurring_activity(self) -> bool:
        """A verbless KR opened by a word of recurrence before what recurs: "Regular dialogue with customers",
        «Регулярная работа над ошибками», "Regular journaling" — what one does again and again, one's own
        activity as "Weekly syncs" is. Not a measure, people or harm that recur ("Regular revenue", «Регулярные
        продажи», "Regular customers") nor hours kept open («Регулярные часы приёма»)."""
        words = self._words
        if self._lang == "zh" or len(words) < 2 or not self.noun_phrase:
            return False
        if words[0].pos is not ADJ or "vague_frequency" not in words[0].classes:
            return False
        # what recurs: the nouns after any more adjectives ("Regular honest dialogue"), a whole compound
        # in English ("office hours"), the first noun in Russian
        rest = list(dropwhile(lambda t: t.pos is ADJ, words[1:]))
        nouns = list(takewhile(lambda t: t.pos is NOUN, rest))[:1 if self._lang == "ru" else None]
        return bool(nouns) and all(t.classes.isdisjoint(_RECURS_WITHOUT_DOING) and t.lemma.lower() not in _SPANS_OF_TIME
                                   for t in nouns)

    @_fact
    def reviews_given(self) -> bool:
        """Reviews with a verdict ("25 positive reviews", "20 five-star reviews"): customers' ratings, not meetings."""
        return _reviews_given(self._words)

    @_fact
    def team_subject(self) -> bool:
        """The subject is the owner's own team: "Sales team runs 20 demos", "Команда проводит 20 демо"."""
        return _team_subject(self._words, self.lead_token, _in_class)

    @_fact
    def artifact_after_lead(self) -> bool:
        """A second verb makes something: "Work with X to build a database", "学习…，形成文档"."""
        return _makes_artifact_later(self._words, self.lead_token, _in_class)

    @_fact
    def words_after_lead(self) -> tuple[Token, ...]:
        """The words after the predicate ("Keep [the docs updated]"); none when the predicate is no word."""
        words, lead_token = self._words, self.lead_token
        at = _place(words, lead_token)
        return tuple(words[at + 1:]) if at >= 0 else ()

    @_fact
    def task_in_purpose(self) -> bool:
        """An open activity for the sake of a task that ends: "Work with vendors to nail down the API",
        «Работать с юристами, чтобы согласовать договор», "配合产品团队以完成上线" — done when that task is."""
        return _task_in_purpose(self._words, self.lead_token, self.analysis.lang, _in_class)

    @_fact
    def work_item(self) -> bool:
        """Marked as a piece of work: a PR or commit, a code span first (a ticked box says only that it is done)."""
        return self.analysis.work_item

    @_fact
    def negated(self) -> bool:
        """"не", "not", "不": "确保脱贫人口不返贫"; «отсутствие» (absence): «Обеспечить отсутствие сбоев», "Ensure no outages"."""
        return any(t.text.lower() in ("не", "not", "no", "不", "无", "never", "нет") or t.lemma == "отсутствие" for t in self._words)

    @_fact
    def level_not_moved(self) -> bool:
        """A measure said not to move: "open support tickets did not increase", «число багов не выросло», "缺陷数不增加"
        — a level kept where it is, a ceiling (or a floor: "NPS did not drop")."""
        words = self._words
        if ("falls" in self._classes_of_words or "rises" in self._classes_of_words) and _move_past_a_level_denied(words, self._lang):
            return True  # "Conversion never drops below 3%", «Не дать оттоку вырасти выше 3%», "转化率不跌破3%": a level kept
        if self.analysis.quantities:
            return False  # "咨询量增长 50% 但客服人数不增加": a move, with a guard beside it
        if self._move_prevented:
            return True
        if _no_move_named_first(words):
            return True  # "No drop in conversion rate", «Без снижения конверсии»: the level kept
        for i, token in enumerate(words):
            if token.pos is not VERB or token is words[0] or not (_in_class(token, "increase") or _in_class(token, "decrease")):
                continue
            before = [t.text.lower() for t in words[max(0, i - 2):i]]
            if any(w in _NEGATIONS for w in before) and any(t.pos in (NOUN, PROPN) for t in words[:i]):
                return True
        return False

    @_fact
    def _move_prevented(self) -> bool:
        """A measure kept from moving: «Не допустить снижения выручки», "Prevent churn from rising",
        "防止应收账款增加" — the order form of "revenue did not drop". The move and its measure follow the
        verb of preventing closely ("Avoid a drop in NPS"); further on they are another clause's."""
        words = self._words
        if "prevent" not in self._classes_of_words and not mentions(self.analysis, self._lists.get("prevent", NO_CLASSES)):
            return False  # («не допустить» is a phrase of the list: its verb alone permits)
        for i, token in enumerate(words):
            if "prevent" in token.classes or (token.lemma in _PERMIT and i and words[i - 1].text.lower() == "не"):
                kept = words[i + 1:i + 6]
                # (a worsening needs no measure word: "Avoid any regression in page load time" keeps a level)
                if any(_in_class(t, "worsening") for t in kept):
                    return True
                moves = any(_in_class(t, "increase") or _in_class(t, "decrease") for t in kept)
                if moves and any(_in_class(t, "metric") or _in_class(t, "business_metrics") for t in kept):
                    return True
        return False

    @_fact
    def bau(self) -> bool:
        """"business as usual", "日常运营" said outright."""
        return mentions(self.analysis, self._lists.get("bau", NO_CLASSES))

    @_fact
    def reduces_harm(self) -> bool:
        """Less of something that hurts people: "Reduce traffic fatalities", "减少客户投诉"."""
        words = self._words
        # "Prevent the upload service from being used for spam": a harm kept away, as one reduced
        return (self.lead is Leads.DECREASE or self.prevents) and any(_in_class(t, "harm") for t in words) or any(
            t.pos is VERB and _in_class(t, "decrease") and any(_in_class(h, "harm") for h in words[i + 1:i + 4])
            for i, t in enumerate(words))

    @_fact
    def escapes_harm(self) -> bool:
        """The lead gets free of a harm or pays it off: "Get out of debt", «Выйти из долговой ямы», "摆脱债务",
        "Pay off my debts" — a change people feel, as reducing the harm is (not "Pay off the vendor invoice")."""
        words = self._words
        lead_token = self.lead_token if self.lead_token in words else (words[0] if words else None)
        if lead_token is None:
            return False
        at = words.index(lead_token)
        after = words[at + 1:at + 2]
        # an English verb with its particle ("get out of", "pay off") is one verb of escape
        phrase = f"{lead_token.lemma} {after[0].text.lower()}" if after and self._lang == "en" else ""
        if not _in_class(lead_token, "escape") and not (phrase and self._lex.has("en", "escape", phrase)):
            return False
        return any(_in_class(t, "harm") for t in words[at + 1:at + 5])

    @_fact
    def prevents(self) -> bool:
        """The predicate keeps something from happening: "Prevent fraud", «Не допускать спама», "防止欺诈",
        or keeps it away: "Keep spam off the marketplace", "Keep fraud out of checkout"."""
        lead_token = self.lead_token
        if lead_token is None:
            return False
        if _in_class(lead_token, "prevent"):
            return True
        words = self._words
        if lead_token not in words:
            return False
        if self._lang == "ru":  # «Не допускать спама», «Не пускать мошенников»: not to let it in
            return self.lead_denied and (lead_token.lemma in _PERMIT or lead_token.lemma in ("пускать", "пустить"))
        if self._lang != "en" or lead_token.lemma != "keep":
            return False
        return any(t.text.lower() in ("off", "out", "away") for t in words[words.index(lead_token) + 1:])

    @_fact
    def lead_denied(self) -> bool:
        """The predicate itself is denied: "Customers never lose data", «Клиенты не теряют данные»,
        «Не допускать спама»."""
        lead_token, words = self.lead_token, self._words
        if lead_token is None or lead_token not in words:
            return False
        at = words.index(lead_token)
        return at > 0 and words[at - 1].text.lower() in _DENIALS

    @_fact
    def completes(self) -> bool:
        """The predicate completes routine work: "Оформить 100% карточек", "100%岗位完成排查"."""
        # "Оформить 100% карточек", "100% of employees complete …" (a number first leaves no lead)
        lead_token = self.lead_token
        return any(_in_class(t, "complete") for t in ([lead_token] if lead_token is not None else
                                                      [t for t in self._words if t.pos is VERB]))

    @_fact
    def counted_head(self) -> Token | None:
        """The plural noun a count with no number names (`count_missing`): "Meals saved per week", "Workshops delivered"."""
        return _bare_plural_head(self._words) if self._lang == "en" and self.count_missing else None

    @_fact
    def set_described(self) -> bool:
        """Things named by what they do, with no number: a plural head, then a relative clause or an "-ing"
        phrase ("Approved drafts that reach the platform", "Onboarding steps requiring a code change", «Клиенты,
        которые продлевают подписку») — which ones to count, how many left out; no order, nothing done (en, ru)."""
        if self.analysis.quantities or self.analysis.change is not None:
            return False
        return _en_set_described(self._words) if self._lang == "en" else (self._lang == "ru" and _ru_set_described(self._words))

    @_fact
    def count_missing(self) -> bool:
        """A count whose number is not written: "Команд на едином трекере" (genitive plural first)."""
        # Russian puts a counted noun in the genitive plural after its number ("12 сервисов"); a
        # text that starts with one has lost the number ("[N] команд на общем процессе")
        words = self._words
        if self.set_described:
            return True  # "Customers who renew their plan", «Клиенты, которые продлевают подписку»: how many?
        if self._lang == "en":
            return not self.analysis.quantities and _bare_plural_done(words)
        if self._lang != "ru" or self.analysis.quantities:
            return False
        # the noun may follow its describing words, in the same case: «Переведённых статей», «Успешных деплоев»
        first = next((t for t in words if not ((t.pos is ADJ or "PRTF" in t.tags) and {"gent", "plur"} <= t.tags)), None)
        return first is not None and first.pos is NOUN and {"gent", "plur"} <= first.tags

    # -- derived from the facts -------------------------------------------------------------
    @_fact
    def has_number(self) -> bool:
        """A number, a from→to move, a target in words, or a placeholder ("at Y", "[N1]")."""
        return bool(self.analysis.quantities) or self.analysis.change is not None or self.ratio_word or any(
            "placeholder" in t.tags for t in self.analysis.tokens)

    @_fact
    def hundred_percent(self) -> bool:
        return any(q.kind is QuantityKind.PERCENT and q.value == 100 for q in self.analysis.quantities)

    # -- a value object, as the frozen dataclass it was: immutable, compared and hashed by its facts,
    # pickled as its analysis (the facts are derived again on the other side) --------------------
    def _all_facts(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self is other or self._all_facts() == other._all_facts()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._all_facts())

    def __repr__(self) -> str:
        return f"Reading({', '.join(f'{name}={getattr(self, name)!r}' for name in FIELDS)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return Reading, (self.analysis,)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


# Read of ~99% of the texts in an engine run (counted on the real corpus); `metric` is too, but costs a walk of
# the words that readers of a few facts (`okrlint explain`, the benchmark's rules) do not ask for.
_EVERY_TEXT_FACTS: tuple[tuple[str, Callable[[Reading], Any]], ...] = tuple(
    (name, vars(Reading)[name].compute)
    for name in ("_classes_of_words", "has_number", "undefined", "judged_state", "ability", "possess", "exists", "per_period",
                 "race_result", "grade_reached", "business_state", "capacity", "made_thing_covers", "hundred_percent", "universal",
                 "built_then_covers"))

# What a Reading holds, in the order of the former dataclass fields (equality, hash and repr use it).
FIELDS = ("analysis", "lead", "lead_token") + tuple(
    name for name, member in vars(Reading).items() if isinstance(member, _fact) and not name.startswith("_")
    and name not in ("has_number", "hundred_percent"))


@bounded_memo(max_entries=TEXT_MEMO_ENTRIES, max_chars=TEXT_MEMO_CHARS)
def read(text: str, hint: str | None = None) -> Reading:
    """The facts of one OKR text, memoised per (text, hint) like its analysis."""
    return _read(analyze(text, hint))


def _read(analysis: TextAnalysis) -> Reading:
    return Reading(analysis)


# "第一阶段", "第一期": 第一 before a step of a sequence is its ordinal, not a rank to reach
_ZH_SEQUENCE = frozenset({"阶段", "期", "批", "步", "轮", "版", "次", "季度", "周", "个"})


# The share of the time a service is up, and the words that say it is: "available 99.95% of the time".
_SHARE_OF_TIME = lazy_compile(r"\d[\d.,]*\s*%\s*(?:of (?:the |each |every )?(?:time|month|week|quarter|year)|времени|的时间)")
_AVAILABLE = frozenset({"available", "up", "online", "reachable", "доступен", "доступна", "доступно", "доступны",
                        "доступный", "可用", "在线"})
def _available(token: Token) -> bool:
    """"available", «доступен», 可用: a word that says a thing is up."""
    return token.text.lower() in _AVAILABLE or token.lemma in _AVAILABLE


# Words and phrases of "at all times" (not 随时可用, "ready to use whenever": a state reached once).
_ALWAYS = frozenset({"always", "всегда", "постоянно", "круглосуточно", "始终", "一直", "总是", "全天候"})
_AT_ALL_TIMES = lazy_compile(
    r"at all times|around the clock|24\s*/\s*7|24\s*[x×]\s*7|7\s*[x×]\s*24|в любое время|круглые сутки")


def _begins_a_name(words: list[Token], i: int) -> bool:
    """A capitalised word between a word in lower case and a capitalised one begins a name: Zero in
    "deploy it as part of the Zero Trust program" (in "Reach Zero Critical Bugs" the word before is
    capitalised too: a title, where zero still counts)."""
    return 0 < i < len(words) - 1 and words[i].text[:1].isupper() and words[i - 1].text[:1].islower() \
        and words[i + 1].text[:1].isupper()


def _perfect_auxiliary(token: Token, words: list[Token]) -> bool:
    """"have been trained", "has shipped": in English "have" before "been" or a participle makes a tense,
    not possession (Russian "имеют зафиксированную…" still has)."""
    if (token.lang or "en") != "en":
        return False
    at = words.index(token) if token in words else -1
    nxt = words[at + 1] if 0 <= at < len(words) - 1 else None
    return nxt is not None and (nxt.text.lower() == "been" or nxt.verb_form is PARTICIPLE)


def _zh_place_among_the_first(tokens: list[Token]) -> bool:
    """A place among the first N, as "top 10" is: "进入行业前十", "排名前10名", "跻身全国前五强". Not a span
    of time ("上线前3天", "前三个月") nor the first N things picked ("排名前3的产品")."""
    for i, token in enumerate(tokens):
        if token.text == "前" and i + 1 < len(tokens):
            number, after = tokens[i + 1], tokens[i + 2:i + 3]
            if number.pos is not NUM or not _zh_numeral(number.text):
                continue
        elif token.text.startswith("前") and _zh_numeral(token.text[1:]):  # jieba keeps "前五" whole
            after = tokens[i + 1:i + 2]
        else:
            continue
        if not after or after[0].pos is PUNCT or after[0].text in _ZH_RANK_ENDINGS:
            return True
    return False


# What may close a place among the first N: 名 (places), 强 (the strongest), 位.
_ZH_RANK_ENDINGS = frozenset({"名", "强", "位"})


def _zh_numeral(text: str) -> bool:
    return bool(text) and all(ch.isdigit() or ch in ZH_DIGITS or ch in "十百" for ch in text)


def _number_one_by_sign(analysis: TextAnalysis) -> bool:
    """"#1 in the App Store", "No. 1 in its category", «№ 1 в категории»: the sign of a number before 1, a
    rank (the tokenizer splits "#1", so the lexicon's "#1" never meets a token)."""
    text = analysis.normalized
    if "1" not in text or not ("#" in text or "№" in text or "No" in text):
        return False  # no sign of a number before a 1 (most texts), told by three substring searches
    tokens = [t for t in analysis.tokens if not t.text.isspace()]
    for i, token in enumerate(tokens):
        if token.text not in _NUMBER_SIGNS:
            continue
        after = tokens[i + 2] if token.text == "No" and i + 2 < len(tokens) and tokens[i + 1].text == "." else \
            tokens[i + 1] if i + 1 < len(tokens) else None
        # after a noun it numbers that thing: "Fix bug #1", "issue #1"
        if after is not None and after.text == "1" and (i == 0 or tokens[i - 1].pos not in (NOUN, PROPN)):
            return True
    return False


_NUMBER_SIGNS = frozenset({"#", "№", "No"})


def _ranked(analysis: TextAnalysis, rank_word: bool) -> bool:
    """A rank to reach ("ТОП-100", "top 3", "#1"), unless every "top N" picks things ("the top 10 features")."""
    tops = [_selection(analysis, q) for q in analysis.quantities if q.unit == "top"]
    return not all(tops) or (rank_word and not tops)


# Prepositions before "top N" that pick the top things rather than reach a rank ("в топ-10" reaches one).
_PICKING_PREPOSITIONS = frozenset({"for", "of", "with", "on", "across", "для", "по", "с", "со"})


_RANK_REACHED = frozenset({"reach", "become", "state", "maintain", "increase", "wins"})  # "Reach top 3", "Stay top 10"


def _selection(analysis: TextAnalysis, quantity) -> bool:
    """"the top 5 partner-requested integrations": a determiner makes "top N" a pick of things, not a rank to reach."""
    before = [t for t in analysis.tokens if t.end <= quantity.start and t.pos is not PUNCT]
    ranked = len(before) >= 2 and before[-2].text.lower() in ("in", "into", "among", "within", "to", "reach", "be")
    if before and before[-1].text.lower() in _PICKING_PREPOSITIONS:
        return True  # "calls for the top 20 accounts", «Ранбуки для топ-20 алертов»: the top ones, picked
    if before and before[-1].pos is VERB and _RANK_REACHED.isdisjoint(before[-1].classes):
        return True  # "Identify top-10 usability problems", «Исправить топ-10 ошибок»: the object is the top ones
    return bool(before) and before[-1].text.lower() in ("the", "our", "these", "those") and not ranked  # not "in the top 3"


def _zh_state_marker(token: Token) -> bool:
    """能 / 可以 / 不再 / 更 (as an adverb): the subject's state changes."""
    return token.text in _ZH_STATE_MARKERS or (token.pos in (ADV, ADJ) and token.text.startswith("更"))


def last_noun_before(words: list[Token], at: int) -> Token | None:
    """The last noun or name before `words[at]`: the head of the subject a verb there is said of."""
    return next((t for t in reversed(words[:at]) if t.pos in (NOUN, PROPN)), None)


def _names_an_artifact(token: Token, artifacts: frozenset[str]) -> bool:
    """A word for a made thing, or a compound ending in one: «автотест», «юнит-тест», "单元测试"."""
    if "artifacts" in token.classes:
        return True
    lemma = token.lemma.lower()
    if token.lang == "zh":  # Chinese compounds end in their head: 单元测试 is a kind of 测试
        # (测试 alone is testing as often as a test: only a covering makes it the suite that covers)
        return any(len(lemma) > len(word) and lemma.endswith(word) for word in artifacts if len(word) > 1) \
            or lemma.endswith("测试")
    tail = lemma.rsplit("-", 1)[-1]  # «юнит-тест», "e2e-test"
    return tail != lemma and tail in artifacts or lemma.startswith("авто") and lemma[4:] in artifacts


def _object_head(words: list[Token], lead_token: Token | None, lang: str) -> Token | None:
    """The head noun the predicate acts on: the last noun of the first noun group after it (zh, en), the first (ru)."""
    at = _place(words, lead_token)
    if at < 0:
        return None
    group: list[Token] = []
    after = words[at + 1:]
    for k, token in enumerate(after):
        if token.pos in (NOUN, PROPN) or (token.lang == "en" and token.pos is X):
            group.append(token)
            if lang == "ru":
                break
        elif not group and _verb_describing_a_noun(token, after[k + 1] if k + 1 < len(after) else None):
            continue  # «Привлечь первых платящих клиентов», "签下付费客户": the customers are the object
        elif group or token.pos in (VERB, PUNCT):
            break
    return group[-1] if group else None


def _zh_describes_people(words: list[Token], token: Token) -> bool:
    """A customer action right before the people it describes: 付费 in "首批付费客户" (the paying customers)."""
    at = words.index(token)
    following = words[at + 1] if at + 1 < len(words) else None
    return _verb_describing_a_noun(token, following) and "beneficiary" in following.classes  # type: ignore[union-attr]


def _verb_describing_a_noun(token: Token, following: Token | None) -> bool:
    """A verb form that describes the noun after it rather than acting: a Russian full participle («платящих
    клиентов»), a Chinese customer action right before its noun (付费客户, 注册用户: paying, registered)."""
    if token.pos is not VERB or following is None:
        return False
    if token.lang == "ru":
        return "PRTF" in token.tags
    return token.lang == "zh" and following.pos is NOUN and "customer_actions" in token.classes


def _metric_object(words: list[Token], lead_token: Token | None, lang: str, lex: Lexicon, in_class) -> bool:
    """The metric the predicate moves: after it ("Increase MAU"), or before it in Chinese ("良品率提升")."""
    if lead_token not in words:
        return False
    at = words.index(lead_token)
    near = words[max(0, at - 3):at] + words[at + 1:at + 4] if lang == "zh" else words[at + 1:at + 4]
    return any(_is_metric(t, lang, lex, in_class) for t in near)


def _zh_topic(words: list[Token], lead_token: Token | None, lang: str) -> Token | None:
    """The noun right before a Chinese predicate: what it acts on when the object comes first ("销售团队扩大到12人")."""
    if lang != "zh" or lead_token not in words:
        return None
    at = words.index(lead_token)
    return words[at - 1] if at and words[at - 1].pos is NOUN else None


def _object_is_person(words: list[Token], lead_token: Token | None, lang: str, lex: Lexicon, in_class) -> bool:
    head = _object_head(words, lead_token, lang)
    if head is None or not _is_person(head, lang, lex, in_class):
        return False
    # Chinese puts the head last: in "实现客户注册页面" the customers only say whose page is built
    return not (lang == "zh" and lead_token in words and in_class(_zh_last_head(words, lead_token, in_class) or head, "artifacts"))


_EXPERIENCE = {"время", "срок", "ожидание", "доход", "мотивация", "time", "wait", "income", "motivation", "时间", "等待时间",
               "滞留时间", "收入", "等候时间", "积极性"}


def _person_metric(words: list[Token], lang: str, lex: Lexicon, in_class) -> bool:
    """A time or income that belongs to people: a change for them, not a business KPI."""
    for i, token in enumerate(words):
        if token.lemma in _EXPERIENCE or token.lemma.endswith(("等待时间", "时间")) and lang == "zh":
            near = words[max(0, i - 2):i] + words[i + 1:i + 3]
            if any(_is_person(t, lang, lex, in_class) for t in near):
                return True
    return False


def _vague_object(words: list[Token], lead_token: Token | None, lang: str, in_class) -> bool:
    """The object is something no number attaches to; in Chinese the head is the last word ("满足通用需求")."""
    if lead_token not in words or in_class(lead_token, "complete") or in_class(lead_token, "delivers"):
        # "截止三月上旬完成第一阶段接口需求", "Roll out the new review requirements": a set of
        # requirements completed or shipped is done or not
        return False
    head = _zh_last_head(words, lead_token, in_class) if lang == "zh" else _object_head(words, lead_token, lang)
    return head is not None and in_class(head, "vague_objects")


def _zh_last_head(words: list[Token], lead_token: Token, in_class) -> Token | None:
    """The head of a Chinese object: its last word, before a suffix jieba cut off ("感知/力" is 感知力);
    with the verb last, the noun before it ("与媒体关系构建" builds relationships)."""
    if words[-1] is lead_token:
        at = words.index(lead_token)
        return words[at - 1] if at and words[at - 1].pos is NOUN else None
    if len(words) > 2 and len(words[-1].text) == 1 and in_class(words[-1], "quality_suffixes") and words[-2] is not lead_token:
        return words[-2]
    return words[-1]


def _head_in(words: list[Token], lang: str, in_class, cls: str, en_window: int = 2) -> bool:
    """The head noun of a noun phrase is in a word class: Chinese heads come last, Russian ones
    first ("Шаблоны для…"); English compounds may put it among the first few nouns ("Dark mode")."""
    nouns = [t for t in words if t.pos in (NOUN, PROPN) or (t.lang == "en" and t.pos is X)]
    if not nouns:
        return False
    if in_class(nouns[-1] if lang == "zh" else nouns[0], cls):
        return True
    # English: among the first few nouns, or the last of the first run ("5 group strategy reviews"); not
    # after a preposition, where a noun says whose or which ("Some feedback from pilot customers")
    if lang != "en":
        return False
    head = head_noun(words, lang)
    first_phrase = list(takewhile(lambda t: t.pos is not ADP, words))
    return any(in_class(t, cls) for t in [t for t in nouns if t in first_phrase][:en_window]) \
        or (head is not None and in_class(head, cls))


def _after_a_hyphened_prefix(tokens: tuple[Token, ...], words: list[Token]) -> list[Token]:
    """The words of a Russian text without a first word joined by a hyphen to the next: in «E2E-тесты»,
    «CI-пайплайн» (the tokenizer splits a Latin part off) that word only says which kind. So does a
    Latin word standing before a Russian noun with only a space between («Smoke тесты», «Sticky промпт»)."""
    if len(tokens) > 2 and len(words) > 1 and tokens[0] is words[0] and tokens[2] is words[1] and tokens[1].text == "-" \
            and tokens[0].end == tokens[1].start and tokens[1].end == tokens[2].start:
        return words[1:]
    if len(tokens) > 1 and len(words) > 1 and tokens[0] is words[0] and tokens[1] is words[1] \
            and _LATIN_WORD.fullmatch(words[0].text) and words[1].pos is NOUN and _CYRILLIC.match(words[1].text) \
            and not {"nomn", "accs"}.isdisjoint(words[1].tags):
        return words[1:]
    return words


_LATIN_WORD = lazy_compile(r"[A-Za-z][A-Za-z0-9]*")
_CYRILLIC = lazy_compile(r"[а-яёА-ЯЁ]")


# Units of time from the smallest up, by lemma (zh also with 级, "小时级": of the order of hours).
_TIME_UNIT_RANK = {unit: rank for rank, units in enumerate((
    ("second", "секунда", "秒"), ("minute", "минута", "分钟", "分"), ("hour", "час", "小时"),
    ("day", "день", "天", "日"), ("week", "неделя", "周", "星期"), ("month", "месяц", "月"),
    ("year", "год", "年"))) for unit in units}
_FROM_WORDS = frozenset({"from", "с", "со", "从"})


def _time_unit_rank(token: Token) -> int | None:
    lemma = token.lemma.lower()
    return _TIME_UNIT_RANK.get(lemma.removesuffix("级") if token.lang == "zh" or lemma.endswith("级") else lemma)


def _from_one_time_unit_to_a_smaller(words: list[Token]) -> bool:
    """A time brought from one order to a smaller one, with no number: "Cut release time from hours to
    minutes", «с часов до минут», "从小时级降至分钟级" — checkable at the end (it takes minutes or not),
    as a ratio in words is."""
    for i, token in enumerate(words):
        if token.text.lower() not in _FROM_WORDS:
            continue
        first = next((r for r in map(_time_unit_rank, words[i + 1:i + 3]) if r is not None), None)
        if first is None:
            continue
        later = [r for r in map(_time_unit_rank, words[i + 2:i + 7]) if r is not None]
        if any(r < first for r in later):
            return True
    return False


def _zh_last_de(words: list[Token]) -> int | None:
    """Where the last 的 stands (what follows it is the head of a Chinese noun phrase), or None."""
    if "的" not in map(_TEXT, words):
        return None  # (most texts), told in C
    return max(i for i, t in enumerate(words) if t.text == "的")


def _zh_nouns_after_the_last_de(words: list[Token]) -> bool:
    """Only nouns follow the last 的: "A 的 B" names B."""
    de = _zh_last_de(words)
    return de is not None and de + 1 < len(words) and all(t.pos in (NOUN, PROPN) for t in words[de + 1:])


def head_noun(words: list[Token], lang: str) -> Token | None:
    """The head of the first noun phrase: its first noun in Russian, the last of its first run of
    nouns in English and Chinese (head-final compounds). A metric word further on ("Диалог … →
    лид", "Bar chart — динамика выручки") is what a deliverable shows, not what the KR measures.
    """
    nouns = [i for i, t in enumerate(words) if t.pos in (NOUN, PROPN, X)]
    if not nouns:
        return None
    head = nouns[0]
    if lang != "ru":
        while head + 1 < len(words):
            if words[head + 1].pos in (NOUN, PROPN, X):
                head += 1
            elif lang == "zh" and words[head + 1].pos is ADV and head + 2 < len(words) and words[head + 2].pos is NOUN:
                head += 2  # "重大缺陷按期修复率": an adverb inside the compound ("on-time fix rate")
            else:
                break
    return words[head]


def is_quality(token: Token, lang: str) -> bool:
    """A noun naming a quality of something ("stability", "эффективность", "影响力")."""
    return _is_quality(token, lang, lexicon(), lambda t, cls: cls in t.classes)


def listed_quality(token: Token, lang: str) -> bool:
    """A noun the lexicon lists as a quality, itself: not a noun of action that only took its verb's class."""
    return "quality" in token.classes and not _quality_of_its_verb(token, lang, lexicon())


def _quality_of_its_verb(token: Token, lang: str, lex: Lexicon) -> bool:
    """An English noun of action takes its verb's classes: "branding" is work on the brand, no quality itself."""
    return token.verb_form is ACTION_NOUN and (token.lang or lang) == "en" and not lex.has("en", "quality", token.lemma)


def _keeping_word(token: Token, words: list[Token], lang: str) -> bool:
    """A word that keeps a level where it stands: "Стабильная работа", "uptime stays", "…稳定在…".

    Nouns of keeping name other things in Russian and English ("удержание" is retention, "поддержка"
    support, "maintenance" upkeep work), an infinitive after "to"/"чтобы" is a purpose, and a
    capitalised word inside the sentence is part of a name ("Defend features"). Graded by a comparative
    ("More stable builds", «Более стабильные сборки», "更稳定的构建") it names a change, nothing kept.
    """
    at = words.index(token) if token in words else -1
    if at > 0 and words[at - 1].text.lower() in _COMPARATIVES_BEFORE:
        return False
    if lang == "zh":
        return True
    if token.text[:1].isupper() and words and token is not words[0]:
        return False
    if lang == "ru" and "PRTF" in token.tags and "actv" in token.tags:
        return False  # «людей, поддерживающих рост»: it says who the people are, the text keeps nothing
    if lang == "en" and token.pos is ADJ and at >= 0:
        # deep in the text and right before a noun it only says which thing: "…of the stable release branch"
        # (not "Stable payments…", "Ensure stable operation…", "Keep payments stable")
        if at > 2 and at + 1 < len(words) and words[at + 1].pos in (NOUN, PROPN):
            return False
    return token.pos in (ADJ, ADV) or (token.pos is VERB and token.verb_form in (FINITE, PARTICIPLE))


def _makes_artifact_later(words: list[Token], lead_token: Token | None, in_class) -> bool:
    """After the predicate, another verb with a made thing after it: "Work with the council to
    build a budget process", "学习…，总结形成学习报告"; or a verb of finishing with its object ("学习
    Blender 并完成一个角色模型", "study X and finish a model"). "Работать над CI pipeline" works on it."""
    if lead_token not in words:
        return False
    rest = words[words.index(lead_token) + 1:]
    if in_class(lead_token, "know"):  # «Понять, почему уходят пользователи версии»: what is learnt is a question
        rest = list(takewhile(lambda t: t.text.lower() not in INDIRECT_QUESTION_WORDS, rest))
    # a verb of knowing makes nothing: "熟悉并掌握核心工具" masters the tools
    verbs = [i for i, t in enumerate(rest) if t.pos is VERB and not in_class(t, "know")]
    if any(in_class(rest[i], "complete") and any(t.pos in (NOUN, PROPN) for t in rest[i + 1:i + 4]) for i in verbs):
        return True
    return bool(verbs) and any(in_class(t, "artifacts") for t in rest[verbs[0] + 1:])


# Words that open an indirect question: what is learnt or found out is its answer.
INDIRECT_QUESTION_WORDS = frozenset({"why", "how", "what", "whether", "which", "when", "where", "почему", "как", "что",
                                     "зачем", "когда", "где", "какие", "какой", "為什麼", "为什么", "为何", "怎么",
                                     "如何", "是否", "哪些"})


# Words that open a purpose clause whose verb comes next ("to", «чтобы», 以/以便).
_PURPOSE_BEFORE_VERB = {"en": frozenset({"to"}), "ru": frozenset({"чтобы"}), "zh": frozenset({"以", "以便"})}


def _task_in_purpose(words: list[Token], lead_token: Token | None, lang: str, in_class) -> bool:
    """After the predicate, the first purpose marker is followed by a verb of work that ends."""
    marks = _PURPOSE_BEFORE_VERB.get(lang, frozenset())
    if lead_token not in words:
        return False
    rest = words[words.index(lead_token) + 1:]
    for i, token in enumerate(rest[:-1]):
        if token.text.lower() in marks:
            between = rest[:i]
            if not any(t.pos is ADP for t in between) \
                    and any(in_class(t, "beneficiary") or in_class(t, "staff") for t in between):
                return False  # "Encourage managers to give feedback": what the people do, not our task's end
            verb = rest[i + 1]
            return verb.pos is VERB and _classify(verb, in_class) is Leads.TASK
    return False


def _distributive_routine(words: list[Token], in_class) -> bool:
    """"По всем договорам ведётся журнал изменений": for every item, an imperfective present — a
    standing routine, not a one-off."""
    if len(words) < 3 or words[0].text.lower() != "по" or not in_class(words[1], "universal"):
        return False
    return any(t.pos is VERB and t.verb_form is FINITE and "impf" in t.tags and "pres" in t.tags
               for t in words[2:])  # a finite verb: "…, требующим согласования" is a participle


# A ceiling at the level of a past period: "no higher than last quarter", «не выше, чем в прошлом квартале», "不高于上季度"
# — the level it had is where it stays, as "no higher than the current level" is. (A floor there is a `floor` already:
# "no lower than last year"; "above last year" beats it, a move.)
_CEILING_AT_A_PAST_LEVEL = lazy_compile(
    r"\b(?:no|not) (?:higher|more|greater|worse) than (?:in |at |during |for )?(?:the )?(?:last|previous|prior|past) "
    r"(?:year|quarter|month|week|period|sprint|release)"
    r"|\b(?:not|never) exceed(?:s|ing)? (?:the )?(?:last|previous|prior) (?:year|quarter|month|week|period)"
    r"|\bне (?:выше|больше|более|хуже|превыша[а-яё]*),?(?: чем)?(?: в| на| за| у)? (?:прошл|предыдущ)[а-яё]* "
    r"(?:год|квартал|месяц|недел|период|спринт|релиз)"
    r"|(?:不高于|不超过|不超出|不多于|不差于)(?:去年|上年|上一年|上季度|上个季度|上一季度|上月|上个月|上一个月|上周|同期|往年)")

_CURRENT_WORDS = frozenset({"current", "existing", "today's", "текущий", "нынешний", "существующий", "当前", "现有", "目前"})
_LETTER_GRADE = lazy_compile(r"[A-F][+-]?")  # "an A", "a B+": upper case, alone

# Words that deny a noun after them: "no critical vulnerabilities", "нет открытых инцидентов",
# "没有严重漏洞". Not "no later than", "no more than": those are bounds.
_NONE_WORDS = frozenset({"no", "нет", "ни", "没有", "无"})
_BOUND_AFTER_NO = frozenset({"later", "more", "less", "longer", "fewer", "sooner", "earlier", "одного"})


def _none_of(words: list[Token]) -> bool:
    """A zero target said with a word of denial before the counted thing, where a clause begins:
    first, after "there are", or after "and"/"и"/a comma. Inside a clause ("在没有传感器前",
    "(нет плана)") or capitalised mid-sentence ("No PO, No Pay Policy") it is no target."""
    if _NONE_WORDS.isdisjoint(map(str.lower, map(_TEXT, words))):
        return False  # no word of denial anywhere (most texts), told in C before the walk below
    for i, token in enumerate(words[:-1]):
        if token.text.lower() not in _NONE_WORDS:
            continue
        before = words[i - 1].text.lower() if i else ""
        # a clause begins after "there are", "and", a comma, or an order to ensure: "ensure no email is sent after unsubscribing"
        opens = before in ("are", "is", "be", "and", "и", ",", "，", "есть") or (i and "ensure" in words[i - 1].classes)
        # Chinese states "has none" after its subject or a time: "核心系统全年无重大故障" (not "在没有传感器前")
        opens = opens or (i and token.lang == "zh" and words[i - 1].pos in (NOUN, PRON, NUM)
                          and "\u4e00" <= words[i - 1].text[-1] <= "\u9fff")  # not "32G 无 SSD", a list of specs
        if i and (token.text[:1].isupper() or not opens):
            continue
        following = words[i + 1]
        if token.text.lower() == "ни" and following.text.lower() in ("одного", "одной", "один", "одна"):
            return True  # "ни одного инцидента"
        if following.text.lower() not in _BOUND_AFTER_NO and following.pos in (NOUN, ADJ, PROPN):
            return True
        if token.lang == "zh" and _zh_clause_before_noun(words, i + 1):
            return True  # "无发布导致的严重事故": a clause with 的 describes the counted thing
    return False


def _zh_clause_before_noun(words: list[Token], start: int) -> bool:
    """A short Chinese clause from `start` that ends in 的 before a noun ending the text: "发布导致的P1事故".
    The denial before it is of that noun, not of the clause's verb."""
    for j in range(start, min(start + 6, len(words) - 1)):
        if words[j].pos is PUNCT:
            return False
        if words[j].text == "的":
            return j > start and all(t.pos in (NOUN, PROPN) for t in words[j + 1:])
    return False


_OBLIGATION = frozenset({"should", "must", "shall", "need", "needs", "должны", "должен", "должна", "обязаны",
                         "应该", "应", "必须", "需要", "要"})


def _people_adopt(words: list[Token], lang: str, lex: Lexicon, in_class, counted: bool) -> bool:
    """A verb of adoption whose doers are people or groups: before it as the subject with nothing but
    "start"/"will"/"开始" between ("Все команды используют…", "安裝的團隊真的開始用"), or in Chinese
    the people a "使用…的" clause describes ("使用我們平臺的學校"). An order ("Use Terraform",
    "Train 50 users to use it") has a verb before the doers. The owner's own units adopting count
    only when counted ("2 teams are using…"): "Команда использует Jira" is its own work."""
    def quantified(j: int) -> bool:
        """The subject itself is counted ("2 teams", "80% of teams", "all squads", "5个数据科学团队"),
        not only other words: "The platform team migrates all services" is the team's own work."""
        start = j - 3
        while start > 0 and words[start].pos in (NOUN, CLASSIFIER):
            start -= 1  # the nouns that name the kind of doer sit between the number and its head
        return any(t.pos is NUM or in_class(t, "universal") for t in words[max(0, start):j])

    def doers(j: int, counted_later: bool = False) -> bool:
        token = words[j]
        if token.pos not in (NOUN, PROPN):
            return False
        own_unit = in_class(token, "teams") or in_class(token, "adopters")
        return (own_unit and counted and (counted_later or quantified(j))) or (not own_unit and _is_person(token, lang, lex, in_class))

    def between_ok(token: Token) -> bool:  # the same clause, and no other verb than "start", or "can" when counted
        if token.pos is PUNCT or token.text.lower() in _OBLIGATION:
            return False  # "All teams should adopt…": an order to the teams, not their adoption
        if in_class(token, "ability"):
            # "Customers can pay by invoice" gives a capability (a feature, there or not); "80% of
            # customers can pay online" counts the people who do
            return counted
        return token.pos is not VERB or "aux" in token.tags or in_class(token, "phase_verbs")

    def ordered_before(subject: int) -> bool:
        """Nothing orders the doers to adopt: no verb before them ("Train 50 users to use it",
        "培训50名员工使用"), unless a Chinese 的 makes that verb describe them ("下載的人…用")."""
        verbs = [j for j in range(subject) if (words[j].pos is VERB and "aux" not in words[j].tags
                                               and not (lang == "zh" and in_class(words[j], "possess")))
                 or (lang == "zh" and words[j].verb_form is ACTION_NOUN)]  # jieba's 培训/vn; 有 says there are doers
        return bool(verbs) and not (lang == "zh" and any(t.text == "的" for t in words[verbs[-1] + 1:subject]))

    def modifies_a_noun(j: int, verb: int) -> bool:
        """English puts a compound's head last: in "1 community site migrated" the people only say which
        site, and the site is what the verb is said of. (Chinese does too, but jieba tags adverbs such as
        實際 nouns, so a doer before one would look like a modifier.)"""
        return lang == "en" and j + 1 < verb and words[j + 1].pos in (NOUN, PROPN)

    for i, token in enumerate(words):
        if not in_class(token, "adopt"):
            continue
        follows = words[i + 1] if i + 1 < len(words) else None
        # jieba tags 用 as a preposition ("用X做Y"); at a clause end or before 的 it is the verb "use"
        used_as_verb = token.pos is VERB or (lang == "zh" and token.pos is ADP and (follows is None or follows.text == "的" or follows.pos is VERB))
        if not used_as_verb:
            continue
        subject = next((j for j in range(i - 1, -1, -1) if doers(j) and not modifies_a_noun(j, i)), None)
        if subject is not None and all(between_ok(t) for t in words[subject + 1:i]) and not ordered_before(subject):
            return True
        if _passive_agent(words, i, lang, doers):
            return True  # "Adopted by 5 teams", «Используется пятью командами»: the doers as the agent
        if lang == "zh":  # "使用我們平臺的學校": the people a 使用…的 clause describes
            # the people described are counted after them: "使用…的学校达到45所"
            if any(words[j].text == "的" and any(doers(d, counted_later=True) for d in range(j + 1, min(j + 5, len(words))))
                   for j in range(i + 1, len(words))):
                return True
    return False


def _passive_agent(words: list[Token], verb: int, lang: str, doers) -> bool:
    """The verb at `verb` is passive and its doers follow as the agent: "Adopted by 5 teams" (by),
    «Используется пятью командами» (a reflexive verb or a passive participle, then the doers in the
    instrumental). Chinese puts its agent before the verb ("被5个团队采用"), as a subject is."""
    token = words[verb]
    if lang == "en":
        if not token.text.lower().endswith("ed") or verb + 1 >= len(words) or words[verb + 1].text.lower() != "by":
            return False
        start = verb + 2
    elif lang == "ru":
        if not (token.text.lower().endswith(("ся", "сь")) or "pssv" in token.tags):
            return False
        start = verb + 1
    else:
        return False
    for j in range(start, min(start + 6, len(words))):
        if words[j].pos is PUNCT or (words[j].pos is VERB and "aux" not in words[j].tags):
            return False  # another clause
        if doers(j) and (lang != "ru" or "ablt" in words[j].tags):
            return True
    return False


def _team_subject(words: list[Token], lead_token: Token | None, in_class) -> bool:
    """The words before the predicate name the owner's own team ("Sales team", "Команда", "销售团队").
    Teams counted as a whole ("All teams deploy…", «Все команды…», "所有团队…") are the people the
    owner serves, not the owner at its own work."""
    if lead_token is None or lead_token not in words:
        return False
    before = words[: words.index(lead_token)]
    ordered = any(t.text.lower() in _OBLIGATION for t in before)  # "All teams should adopt…": an order to them
    return any(((in_class(t, "teams") or in_class(t, "leaders"))
                and (ordered or not any(in_class(u, "universal") for u in before[max(0, i - 2):i])))
               # "our designers", «наши инженеры»: the owner's own people at work
               or (in_class(t, "staff") and any(u.lemma.lower() in _FIRST_PERSON for u in before[max(0, i - 2):i]))
               for i, t in enumerate(before))


def _reviews_given(words: list[Token]) -> bool:
    """"25 positive reviews", "40 five-star reviews": reviews with a verdict are customers' ratings, counted as
    an outcome, not review meetings the team holds."""
    for i, token in enumerate(words):
        if token.lemma.lower() in ("review", "rating") and i:
            before = words[i - 1]
            if not _VERDICTS.isdisjoint(before.classes) or _STARS.fullmatch(before.text.lower()):
                return True
    return False


_VERDICTS = frozenset({"judged", "sign_levels"})  # "positive", "great": a rating's word
_STARS = lazy_compile(r"(?:\d|one|two|three|four|five)[- ]?stars?")


def _artifact_phrase(words: list[Token], lang: str, in_class) -> bool:
    """A verbless KR whose head is something a team makes: "Dark mode", "Шаблоны договоров", "标准合同模板"."""
    return _noun_phrase(words, lang) and _head_in(words, lang, in_class, "artifacts", en_window=3)


def _noun_phrase(words: list[Token], lang: str) -> bool:
    """No predicate at all: no verb, no copula ("are happier"), no short adjective ("прозрачны")."""
    if any((t.pos is VERB and not (lang == "en" and (_names_a_measure_of(t, words) or _gerund_in_a_list_of_things(words, t)))
            and not (lang == "ru" and _ru_participle_describes_next(words, i)))
           or "aux" in t.tags or "ADJS" in t.tags or "PRED" in t.tags for i, t in enumerate(words)):
        return False
    return not (lang == "zh" and (any(_zh_state_marker(t) for t in words) or any(_zh_adjective_predicate(c) for c in _clauses(words))))



# Russian cases a participle and its noun share when the participle only describes the noun.
_RU_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "loc2"})


def _ru_participle_describes_next(words: list[Token], i: int) -> bool:
    """A Russian full participle inside a noun phrase, agreeing in case with the noun right after it:
    «Кнопки для некатегоризированных операций», «справочник с предзаполненными категориями» — it says which
    things, as an adjective does, and predicates nothing. First in the text («Улучшенный онбординг») it is
    the heading's change, and a short one («отправлен») is a predicate: both stay verbs."""
    token = words[i]
    if i == 0 or "PRTF" not in token.tags or i + 1 >= len(words) or words[i + 1].pos is not NOUN:
        return False
    return not (token.tags & _RU_CASES).isdisjoint(words[i + 1].tags & _RU_CASES)


_FIRST_PERSON = frozenset({"our", "my", "наш", "мой", "我们", "我", "咱们", "本"})


_CHANGE_NAMES = frozenset({"increase", "decrease"})
_GROWERS = _CHANGE_NAMES | {"vague"}


def _our_own(words: list[Token], i: int) -> bool:
    """"Grow our business", «Развивать наш бизнес», "发展我们的业务": a business or a company said to be
    ours is the team's own organisation, not businesses served as customers."""
    if "slogan" not in words[i].classes:
        return False
    # "business growth", "业务(的)增长", «рост бизнеса»: the business whose own measure changes
    after = words[i + 1:i + 3]
    if after and after[0].text == "的":
        after = after[1:]
    token = words[i]
    plural = "plur" in token.tags or (token.lang == "en" and token.text.lower() != token.lemma.lower())
    if after and after[0].pos is NOUN and not _CHANGE_NAMES.isdisjoint(after[0].classes) and not plural:
        return True  # (not "Help small businesses grow": businesses served, who grow)
    if i and not _CHANGE_NAMES.isdisjoint(words[i - 1].classes) and "gent" in words[i].tags and "sing" in words[i].tags:
        return True
    # "Grow the business", "扩大业务": one business grown by the verb before it, no owner named, is the
    # team's own as "our business" is ("Help small businesses grow", "Grow the businesses we serve": customers)
    # (a verb of vague growth grows it as well: "Develop the business", «Развивать бизнес», "发展业务")
    # English and Chinese put the nouns that say which business line before it: "our enterprise services business",
    # "企业服务业务" — the owner or the verb stands before them
    start = i
    if token.lang != "ru":
        while start and i - start < 3 and words[start - 1].pos in (NOUN, PROPN):
            start -= 1
    grower = words[start - 2] if start >= 2 and words[start - 1].text.lower() == "the" else words[start - 1] if start else None
    if grower is not None and grower.pos is VERB and not _GROWERS.isdisjoint(grower.classes) and not plural:
        return True
    before = words[max(0, start - 2):start]
    if before and before[-1].text == "的":
        before = before[:-1]
    return bool(before) and (before[-1].text.lower() in _FIRST_PERSON or before[-1].lemma in _FIRST_PERSON)


# Words that deny the noun of a move after them when they open the text: "No drop in …", «Без снижения …».
_NO_MOVE = frozenset({"no", "без", "zero"})


def _no_move_named_first(words: list[Token]) -> bool:
    """A text that opens by denying a move of a measure: "No drop in conversion rate", "No regression in load
    time", «Без снижения конверсии», «Без ухудшения NPS» — the level it has is kept."""
    if len(words) < 3 or words[0].text.lower() not in _NO_MOVE:
        return False
    move = words[1] if words[1].pos is not DET else words[2]  # "No further drop": one describing word may come first
    at = words.index(move)
    if move.pos is ADJ and at + 1 < len(words):
        at += 1
        move = words[at]
    # of a measure named after it ("in conversion rate", «конверсии»), not things that happen ("No regressions
    # ship to beta users": zero bugs, a target)
    after = words[at + 1] if at + 1 < len(words) else None
    of_a_measure = after is not None and (after.text.lower() in ("in", "of") or (move.lang == "ru" and after.pos in (NOUN, PROPN, ADJ)))
    return move.pos is NOUN and of_a_measure and any(_in_class(move, c) for c in ("increase", "decrease", "falls", "rises", "worsening"))


def _names_our_business_line(words: list[Token], i: int) -> bool:
    """A word for people that says which line of our own business the noun after it is: "Grow our enterprise
    business", "做强企业服务业务" — the line is grown, no one served is named (English and Chinese)."""
    token = words[i]
    if token.lang == "ru" or (token.lang == "en" and token.text.lower() != token.lemma.lower()):
        return False  # (a plural names whose business it is: "Grow our customers' business")
    for j in range(i + 1, min(len(words), i + 4)):
        if words[j].pos not in (NOUN, PROPN):
            return False
        if _our_own(words, j):
            return True
    return False


def _is_person(token: Token, lang: str, lex: Lexicon, in_class) -> bool:
    """People a change can be for: listed words, Russian animate nouns, Chinese 员/者/户 nouns."""
    if in_class(token, "beneficiary"):
        return True
    if token.pos is not NOUN:
        return False
    if (token.lang or lang) == "ru":
        named = token.start > 0 and token.text[:1].isupper()  # "через ПроДокторов": a brand, not people
        # (pymorphy3 tags «бот», «робот» animate: a made thing the lexicon lists is no one a change is for)
        return "anim" in token.tags and not named and "Name" not in token.tags and "Surn" not in token.tags \
            and not in_class(token, "artifacts")
    if (token.lang or lang) == "zh":
        return len(token.text) > 1 and token.lemma.endswith(endings_of(lex.get("zh", "person_suffixes"))) \
            and not in_class(token, "not_people")  # "技术博客": a blog, though 客 ends 顾客
    return False


def _is_quality(token: Token, lang: str, lex: Lexicon, in_class) -> bool:
    """A noun naming a quality of something, by the word or its ending: "stability", "эффективность", "可靠性"."""
    if token.pos is PROPN and (token.lang or lang) == "en" and token.text[:1].isupper():
        # Title Case ("Improve Our Operating Resilience"): the tagger calls a capitalised word it
        # does not know a name; a word whose ending comes from an adjective is still a quality
        from okrlint.analysis.en import quality_adjective

        return not token.text.isupper() and quality_adjective(token.text.lower()) is not None
    if token.pos is not NOUN:
        return False
    if in_class(token, "quality"):
        return not _quality_of_its_verb(token, lang, lex)
    if in_class(token, "not_quality"):
        return False  # "功能特性" are features, "возможность" a capability
    token_lang = token.lang or lang
    if token_lang == "en":  # the ending must come from an adjective: "business" and "facility" are no qualities
        from okrlint.analysis.en import quality_adjective

        return quality_adjective(token.lemma) is not None
    # 性 and 力 alone are no words of quality; "гость", "кость" have no stem before -ость
    return lex.has_suffix(token_lang, "quality_suffixes", token.lemma) and (token_lang == "zh" or len(token.lemma) > 5)


# Oneself is someone a change can be for: personal OKRs ("Do some stuff for yourself", "为自己").
_SELVES = frozenset({"yourself", "myself", "ourselves", "themselves", "себя", "себе", "自己", "自我"})


def _for_someone(words: list[Token], lang: str, lex: Lexicon, in_class) -> bool:
    """A preposition of benefit followed closely by people: "for new developers", "для граждан"."""
    for i, token in enumerate(words):
        if in_class(token, "for_words") and token.pos in (ADP, PART, VERB, X):
            if token.text.lower() == "to" and i + 1 < len(words) and words[i + 1].pos is NUM:
                continue  # "Grow the maker community to 10,000 members": the level reached, people counted
            if any(_is_person(t, lang, lex, in_class) or t.text.lower() in _SELVES for t in words[i + 1:i + 5]):
                return True  # "for new developers", "для граждан", "for yourself", "为自己"
    return False


def _zh_at_level(words: list[Token]) -> bool:
    """"完成率在80%以上", "成本在预算以内": a level the measure stays at (在 + a bound), not a move to it."""
    for i, token in enumerate(words):
        if token.text == "在" and any(t.text in ("以上", "之上", "以内", "以下") for t in words[i + 2:i + 5]) \
                and any(t.pos is NUM for t in words[i + 1:i + 4]) and not (i and words[i - 1].pos is VERB):
            return True
    return False


def _bare_plural_head(words: list[Token]) -> Token | None:
    """The plural noun a bare count phrase opens with ("Workshops delivered"); None when the text opens otherwise."""
    first = words[0] if len(words) >= 2 else None
    if first is None or first.pos is not NOUN or "plural" not in first.tags or "acronym" in first.tags:
        return None
    return first


_RELATIVE_PRONOUNS = frozenset({"that", "who", "which"})


def _en_set_described(words: list[Token]) -> bool:
    """Up to two describing words, up to two nouns the last of them plural, then "that"/"who"/"which" or an
    "-ing" word, and no verb of the sentence after that clause's own: the name of a set of things."""
    at = 0
    while at < 2 and at < len(words) and (words[at].pos is ADJ or (words[at].pos is VERB and words[at].text.lower().endswith("ed"))):
        at += 1
    nouns = 0
    while at < len(words) and words[at].pos is NOUN and nouns < 2:
        if nouns and "plural" in words[at - 1].tags and words[at].text.lower().endswith("ing"):
            break  # "Runs ending in a timeout": the "-ing" word after the plural opens what they do
        at, nouns = at + 1, nouns + 1
    if not nouns or at >= len(words) or "plural" not in words[at - 1].tags:
        return False
    opener = words[at]
    relative = opener.text.lower() in _RELATIVE_PRONOUNS
    ing = opener.text.lower().endswith("ing") and (opener.pos is VERB or opener.verb_form is ACTION_NOUN)
    if not (relative or ing):
        return False
    # one verb at most after the opener (the clause's own), and no auxiliary: "… who renew their plan get a
    # discount", "User flows resulting from the API are understood" state more than which things
    rest = words[at + 1:]
    if any(t.text.lower() in _CLAUSE_AUXILIARIES for t in rest):
        return False
    verbs = [t for t in rest if t.pos is VERB and t.verb_form in (FINITE, IMPERATIVE)]
    return len(verbs) <= (1 if relative else 0)


def _ru_set_described(words: list[Token]) -> bool:
    """The same in Russian: describing words and a plural noun in the nominative, then a comma and «который» or a
    participle («Клиенты, которые продлевают подписку», «Шаги подключения, требующие изменения кода»)."""
    at = 0
    while at < 2 and at < len(words) and (words[at].pos is ADJ or "PRTF" in words[at].tags):
        at += 1
    if at >= len(words) or words[at].pos is not NOUN or not {"plur", "nomn"} <= words[at].tags:
        return False
    comma = next((i for i in range(at + 1, min(len(words), at + 4)) if words[i].text == ","), None)
    if comma is None or comma + 1 >= len(words):
        return False
    opener = words[comma + 1]
    if not (opener.lemma == "который" or "PRTF" in opener.tags):
        return False
    verbs = [t for t in words[comma + 2:] if t.pos is VERB and t.verb_form in (FINITE, IMPERATIVE)]
    return len(verbs) <= (1 if opener.lemma == "который" else 0)


# The auxiliaries, with those of having and of being able: any of them after the clause of a set states more
_CLAUSE_AUXILIARIES = frozenset(AUXILIARIES) | {"has", "have", "had", "can", "could", "may", "might"}


def _bare_plural_done(words: list[Token]) -> bool:
    """"Workshops delivered", "Grants applied for / awarded": English marks a definite set ("the",
    "all"), so a bare plural said to be done stands for a count whose number is not written — how
    many? A singular ("Partner deck ready") is one thing, done or not."""
    if _bare_plural_head(words) is None:
        return False
    for token in words[1:5]:
        if token.verb_form is PARTICIPLE and token.pos is VERB:
            return True
        if not (token.pos in (NOUN, PUNCT, CONJ) and (token.pos is not NOUN or "plural" in token.tags)):
            return False  # "Sessions on pricing delivered" names which sessions; a set is already one thing
    return False


def _within_duration(analysis: TextAnalysis) -> bool:
    """A duration read as a limit, as "within 4 hours" is: "4小时内回复", «в течение 4 часов». A lone
    内 or «в течение» is no bound ("团队内", «в течение квартала»): only one joined to a number of hours,
    days or weeks is."""
    for quantity in analysis.quantities:
        if quantity.kind is not QuantityKind.DURATION:
            continue
        if analysis.lang == "zh":
            # 内 right after the duration, a word of its own or cut with the unit ("3天内": jieba keeps 天内 whole)
            if analysis.normalized[quantity.end:quantity.end + 1] in ("内", "內"):
                return True
        elif analysis.lang == "ru":
            if "течение" not in map(_LEMMA, analysis.words):
                return False  # no «в течение» before any duration (most texts), told once in C
            before = [t.lemma for t in analysis.words if t.start < quantity.start][-2:]
            if before == ["в", "течение"]:
                return True
    return False


def _sla(analysis: TextAnalysis) -> bool:
    kinds = {q.kind for q in analysis.quantities}
    return QuantityKind.PERCENT in kinds and QuantityKind.DURATION in kinds


def _creation(lead_token: Token | None, lead: Lead, words: list[Token], in_class) -> Lead:
    """A verb that grows things, with a deliverable as its object, makes it: "Develop an intake
    process", "Add a dark mode", "官网增加客户案例展示版块", "打造数据平台" are tasks, done or not,
    unlike "Develop the business" or "增加收入"."""
    if lead_token is None or lead not in (Leads.VAGUE, Leads.INCREASE) or not in_class(lead_token, "creates"):
        return lead
    after = words[words.index(lead_token) + 1:]
    if len(after) >= 2 and after[0].pos is CONJ and after[1].pos is VERB and _classify(after[1], in_class) is Leads.TASK:
        return Leads.TASK  # "Develop and roll out updated decks": made and shipped
    clause = list(takewhile(lambda t: t.pos is not PUNCT, after))
    if lead_token.lang == "zh" and any(in_class(t, "scope_to") and nxt.pos is NUM for t, nxt in zip(clause, clause[1:])):
        return lead  # "增加App周活跃用户至5千": 增加 raises a level to a number here, it adds no thing
    objects = [t for t in after[:8] if t.pos in (NOUN, PROPN, X)]
    if any(in_class(t, "artifacts") for t in objects) and not any(in_class(t, "metric") for t in objects):
        return Leads.TASK
    if lead is Leads.VAGUE and lead_token.lang == "en" and objects and not any(
            in_class(t, c) for t in objects for c in _GROWN_NOT_MADE):
        # English "develop" both makes ("Develop a sample data set", "Develop a candidate pipeline") and
        # grows ("Develop the business", "Develop our skills"); Russian and Chinese say them apart
        # (разработать/развивать, 开发/发展). What it acts on decides.
        return Leads.TASK
    return lead


# What is grown rather than made: a measure, a quality, a value, people, skills, a relationship.
_GROWN_NOT_MADE = ("metric", "business_metrics", "quality", "value", "vague_objects", "beneficiary", "staff", "teams",
                   "skills", "communities", "aims")


def _joined_task(lead_token: Token | None, lead: Lead, words: list[Token], in_class) -> Lead:
    """"Research and install Grafana", "Изучить и внедрить X": an open activity joined to a task is
    done when the task is done."""
    if lead is not Leads.ONGOING or lead_token not in words:
        return lead
    after = words[words.index(lead_token) + 1:]
    joined = after[1] if len(after) >= 2 and after[0].pos is CONJ else None
    if joined is not None and (joined.pos is VERB or joined.verb_form is ACTION_NOUN) \
            and _classify(joined, in_class) is Leads.TASK:  # 研究并部署: jieba tags 部署 a verbal noun
        return Leads.TASK
    return lead


def _lead(words: list[Token], lang: str, in_class, deadline: Deadline | None = None) -> tuple[Token | None, Lead]:
    """The predicate: the first verb or noun of action near the start.

    Chinese puts subjects and modifiers with verbs of their own first ("系统运行时间保持在99.95%"),
    so there a verb of a known class anywhere wins over an unknown first verb.
    """
    words = _skip_means_clause(words, lang, in_class)
    if lang == "en" and _en_funnel_rate(words, in_class):
        return None, Leads.NONE
    if lang == "zh":
        candidates = _zh_candidates(words, in_class, deadline)
        if len(candidates) > 1 and candidates[0].text in _ZH_WISHES:
            candidates = candidates[1:]  # "我想要成为…": a wish carries no action, the verb after it does
        # "首批付费客户", "注册会员": a customer action right before people says which people, it orders nothing
        candidates = [t for t in candidates if not _zh_describes_people(words, t)]
        # "每个服务都有文档": a noun after "each"/"all" is the things counted, not an order to serve; one after
        # 有 names the thing had ("都有部署文档": deployment docs, no order to deploy)
        candidates = [t for t in candidates if not _zh_names_what_is_counted_or_had(words, t, in_class)]
        # "改进版新手引导已上线": a verb before 版 names a version ("improved version"), it orders nothing
        candidates = [t for t in candidates if not _zh_names_a_version(words, t)]
        # "深入研究…", "持续优化…": a word of manner jieba tags a verb, right before the verb it says how of
        # (but "足够进入…", enough to enter, sets a bar: the verb after it is what it is enough for)
        if len(candidates) > 1 and in_class(candidates[0], "vague_adverbs") and candidates[0].text not in _ZH_ENOUGH \
                and _zh_verb_follows(words, candidates[0]):
            candidates = candidates[1:]
    else:
        # the first six words, not counting commas ("After a rate increase, maintain …": the order is the sixth)
        reach = next((at + 1 for at, seen in enumerate(accumulate(t.pos is not PUNCT for t in words)) if seen == 6), len(words))
        candidates = [t for at, t in enumerate(words[:reach]) if _predicate_like(t, words, lang, at)]
        # an ordinal names which ones ("Every 9th grader reads…", «2-й поток»), it counts nothing
        numbers = [i for i, t in enumerate(words[:reach]) if t.pos is NUM and not _is_ordinal(t.text)]
        if numbers:  # "30% продаж через WB": a number before any verb means a noun phrase
            candidates = [t for t in candidates if words.index(t) < numbers[0]]
        # a noun that names a measure is no predicate, even when it names an action: "Отклонение от плана"
        candidates = [t for t in candidates if t.pos is VERB or not in_class(t, "metric") or _ru_action_on_a_made_thing(words, t, in_class)]
    if lang == "en":
        # "Number of teams using the design system": the -ing form says which teams count, it orders nothing
        # nor does an infinitive after a measure named first: "Median hours to answer a support case"
        candidates = [t for t in candidates if not (_gerund_in_a_list_of_things(words, t) or (
            t.verb_form in (GERUND, PARTICIPLE) and _counts_things_so_described(words, words.index(t), lang, lexicon(), in_class))
            or _en_infinitive_names_a_measure(words, t, in_class))]
    if lang == "ru":  # "У каждого региона есть поставщик": "there is", not the infinitive "to eat"
        candidates = [t for t in candidates if not _ru_has_after_u(words, t)]
    if len(candidates) > 1 and lang == "ru" and in_class(candidates[0], "ability"):
        candidates = candidates[1:]  # "Клиенты могут скачать акт": the modal carries no action
    if not candidates:
        return None, Leads.NONE
    if lang == "zh" and _zh_measure_named(words, candidates, in_class):
        return None, Leads.NONE  # "活跃贡献者数量", "商品页访问到下单转化率": a measure named, its modifiers are no predicate
    if lang == "zh":
        return _zh_lead(words, candidates, in_class)
    if len(candidates) > 1 and in_class(candidates[0], "phase_verbs") and _phase_then_verb(words, candidates[0], candidates[1], in_class):
        candidates = candidates[1:]  # "Continue to grow the audience", «Продолжать наращивать…»: the work is the verb after
    elif (in_class(candidates[0], "phase_verbs") or _brings_about(candidates[0], in_class)) and not in_class(candidates[0], "maintain") \
            and (change := _change_named_after_phase(words, candidates[0], in_class)) \
            and not any(in_class(t, "success_words") for t in words[:words.index(change)]):
        # ("Keep customer growth steady" keeps it; "Achieve successful scaling of X" has X done)
        # (so does a verb of bringing a change about: «Обеспечить снижение текучки до 4%» lowers it, as «Снизить …» does;
        # an improvement brought about is the thing made better, «Добиться улучшения качества», not a rework project)
        lead = _classify(change, in_class)
        if lead is Leads.REWORK and _brings_about(candidates[0], in_class):
            lead = Leads.VAGUE
        return change, lead
    if candidates[0].pos is not VERB:
        # "Defense allows fewer than 17 points": a noun of action followed by a finite verb is its subject
        finite = next((t for t in candidates[1:] if t.verb_form is FINITE), None)
        if finite is not None:
            return finite, _classify(finite, in_class)
    if lang == "en" and (moved := _moved_after_get(words, candidates[0], in_class)) is not None:
        return moved, _classify(moved, in_class)  # "Onboarding time gets reduced": the passive's participle moves it
    if lang == "en" and _continued_heading(words, candidates[0]):
        return candidates[0], Leads.MAINTAIN  # "Continued cost savings for members": what goes on as it was, kept
    if lang == "en" and candidates[0] is words[0] and candidates[0].verb_form is GERUND:
        finite = _finite_after_a_gerund_subject(words)
        if finite is not None:
            # "Deploying a service takes one command", "Testing a plugin locally is easy": the gerund and its
            # object are the subject; the finite verb is the predicate, a state when it is "is"
            return (finite, _classify(finite, in_class)) if finite in candidates else (None, Leads.NONE)
    return candidates[0], _classify(candidates[0], in_class)


# Nouns of a course a measure takes, and the words that give it a good or a plain direction.
_COURSE_NOUNS = frozenset({"direction", "trend", "trajectory", "направление", "сторона", "динамика", "тренд", "趋势", "方向"})
_DIRECTION_WORDS = frozenset({"positive", "right", "upward", "downward", "correct", "better", "положительный",
                              "позитивный", "правильный", "лучший", "нужный", "正确", "正向", "积极", "良好", "上升",
                              "下降", "向上", "向下"})
_GETS_BETTER = frozenset({"向好", "好转"})  # Chinese verbs of going the good way ("趋势向好"), 向 and 好 when split


def _direction_words(words: list[Token]) -> tuple[Token, ...]:
    """A course noun with a word of direction within three words either side ("positive direction", «динамика
    … положительная», "上升趋势"), or a Chinese verb of going the good way (向好, 好转)."""
    for i, t in enumerate(words):
        low = t.lemma.lower()
        if low in _GETS_BETTER:
            return (t,)
        if low == "向" and i + 1 < len(words) and words[i + 1].text == "好":
            return (t, words[i + 1])
        if low in _COURSE_NOUNS:
            near = [w for w in words[max(0, i - 3):i + 4] if w.lemma.lower() in _DIRECTION_WORDS]
            if near:
                return tuple(sorted((t, near[0]), key=words.index))
    return ()


def _moved_after_get(words: list[Token], token: Token, in_class) -> Token | None:
    """"gets reduced", "got improved", "becomes simplified": a passive with "get" or "become" whose participle
    moves a level or makes better; the participle, not "get", is the predicate."""
    if token.lemma.lower() not in ("get", "become") or token is words[-1]:
        return None
    after = words[words.index(token) + 1]
    return after if after.pos is VERB and after.verb_form is PARTICIPLE and moves_a_level_or_betters(after) else None


def moves_a_level_or_betters(token: Token) -> bool:
    """A verb that moves a level ("reduce", "grow", "снизить") or makes better ("improve", «улучшить»)."""
    return "increase" in token.classes or "decrease" in token.classes or token.lemma.lower() in IMPROVING


def _continued_heading(words: list[Token], token: Token) -> bool:
    """An English heading opened by "Continued" before a noun ("Continued use of the reading room", "Continued
    cost savings"): the participle says the thing goes on as it was, a level kept, as "Sustained uptime" does;
    not the order "Continue to grow …", nor "Continued to grow" (a past verb with its own)."""
    if token is not words[0] or token.text.lower() != "continued" or len(words) < 2:
        return False
    if words[1].pos is CONJ and len(words) > 3:  # "Continued or increased usage of the app": kept, or better
        return words[2].pos is ADJ or (words[2].pos is VERB and words[2].text.lower().endswith("ed"))
    return words[1].pos in (NOUN, ADJ)


# Words after which a finite verb belongs to a clause of its own, not to the gerund that opens the text.
_EN_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "so", "and", "or", "but",
                                "to", "until", "while", "because", "if", "unless"})
# Verbs of a state or of what the work takes: after a gerund and its object, the predicate of a state.
_EN_STATE_VERBS = frozenset({"be", "take", "stay", "remain", "become", "feel", "seem", "look"})


def _finite_after_a_gerund_subject(words: list[Token]) -> Token | None:
    """The verb of state of the clause a gerund opens: "Deploying a service takes one command" (takes), "Finding
    a doc is fast" (is) — the gerund with its object is the subject. None when a comma, a clause word or six
    words come first ("Hiring 5 engineers", "Building tools that teams love": the gerund is the heading's work)."""
    for token in words[1:7]:
        if token.pos is PUNCT or (token.text.lower() in _EN_CLAUSE_OPENERS and token.pos is not ADP):
            return None  # (but "to" before a place is no infinitive: "Deploying to production is safe")
        if token.pos is VERB and token.verb_form is FINITE:
            # a state or what it takes ("is easy", "takes one command"); another verb says what the work brings
            # about ("Fixing 15 bugs allows the team to …": the fixing stays the heading's work)
            return token if token.lemma in _EN_STATE_VERBS else None
    return None



_ORDINAL_ENDINGS = ("st", "nd", "rd", "th", "й", "я", "е", "го", "му", "м", "х")


def _is_ordinal(text: str) -> bool:
    """"9th", "2nd", «3-й», «5-го»: digits, then an ordinal ending."""
    digits = len(text) - len(text.lstrip("0123456789"))
    return 0 < digits < len(text) and text[digits:].lstrip("-").lower() in _ORDINAL_ENDINGS


def _ru_action_on_a_made_thing(words: list[Token], token: Token, in_class) -> bool:
    """A Russian noun of delivering that also names a measure is the action when a made thing follows
    in the genitive: «Выпуск версии 2.0» (the release of a version), not «Выпуск продукции» (output);
    a measure that is no delivering stays one («Оценка курса», the course's rating)."""
    at = words.index(token)
    nxt = words[at + 1] if at + 1 < len(words) else None
    return token.lang == "ru" and token.verb_form is ACTION_NOUN and in_class(token, "delivers") and nxt is not None and nxt.pos is NOUN \
        and "gent" in nxt.tags and in_class(nxt, "artifacts")


def _phase_then_verb(words: list[Token], phase: Token, verb: Token, in_class) -> bool:
    """A verb of phase (start, continue) right before a verb of change or of keeping: "Continue to grow", "Keep
    improving", «Продолжать наращивать» move a measure as "Grow" does; "Continue to maintain a 4.6 rating",
    «Продолжать удерживать рейтинг» keep it as "Maintain" does (继续保持 is read so already). Other work keeps
    the phase verb as its lead: "Start tracking churn" is the start of a task."""
    at, then = words.index(phase), words.index(verb)
    between = words[at + 1:then]
    joined = not between or (len(between) == 1 and between[0].text.lower() == "to")
    return joined and verb.pos is VERB and any(in_class(verb, c) for c in ("increase", "decrease", "vague", "maintain"))


def _zh_change_ensured(words: list[Token], ensure: Token | None, in_class) -> Token | None:
    """确保/保证 before a measure and its verb of change: "确保电商渠道销售额增长" ensures the sales grow — the
    change is the predicate, as «Обеспечить рост продаж» and "Ensure sales growth" read."""
    if ensure is None or ensure not in words:
        return None
    rest = words[words.index(ensure) + 1:]
    nouns = list(takewhile(lambda t: t.pos in (NOUN, ADJ), rest))
    verb = rest[len(nouns)] if len(nouns) < len(rest) else None
    if nouns and verb is not None and verb.pos is VERB and (in_class(verb, "increase") or in_class(verb, "decrease")) \
            and not (ensure.text in _ZH_ACHIEVE and verb.text in _ZH_BOUNDS):
        return verb
    return None


# Verbs of a bound, not a change: "实现家庭年收入超过50万" reaches a level past a number.
_ZH_BOUNDS = frozenset({"超过", "超出", "突破", "达到", "高于", "低于"})


def _brings_about(token: Token, in_class) -> bool:
    """A verb that brings about what its object names: "ensure", «обеспечить», «добиться» — with a noun
    of change after it («Обеспечить рост выручки», «Добиться снижения текучки») the change is the predicate."""
    return in_class(token, "ensure") or token.lemma in _ACHIEVE_VERBS


_ACHIEVE_VERBS = frozenset({"добиться", "добиваться", "achieve"})
# Chinese verbs of achieving: with a measure and its verb of change after them ("实现研发效能提升") the change
# is the predicate, as after 确保.
_ZH_ACHIEVE = frozenset({"实现", "达成", "取得"})


def _change_named_after_phase(words: list[Token], phase: Token, in_class) -> Token | None:
    """The noun of a change a verb of phase goes on with, perhaps after the words that say what changes:
    "Continued growth of paid seats", "Continue fee reductions for members", «Продолжить рост подписок» move
    the measure as "Continue to grow" does (not "Continue the migration": a task goes on)."""
    at = words.index(phase)
    for token in words[at + 1:at + 4]:
        if token.verb_form is ACTION_NOUN and any(in_class(token, c) for c in ("increase", "decrease", "vague")):
            return token
        if token.pos not in (NOUN, ADJ) and token.text.lower() not in ("a", "an"):  # "Achieve an improvement in …"
            return None
    return None


# The auxiliaries `_predicate_like` lets lead ("Be the best place…", "Do 6 interviews"): with a verb
# and a noun of action, the only words it can say yes to.
_AUXILIARIES_THAT_LEAD = frozenset({"be", "быть", "do"})


def _zh_candidates(words: list[Token], in_class, deadline: Deadline | None = None) -> list[Token]:
    """The Chinese words that may be the predicate: `_predicate_like`, not a noun naming a measure
    ("转化率"), not inside a name (`_zh_inside_a_name`), not inside the deadline ("Q3结束前": 结束 ends
    the quarter, it orders nothing). `_predicate_like` is asked only of the words it can pass (most
    words are not), and each word's place comes from the walk (a text's tokens are all unequal, so it
    is the place `words.index` finds)."""
    return [t for i, t in enumerate(words)
            if (t.pos is VERB or t.verb_form is ACTION_NOUN or t.text.lower() in _AUXILIARIES_THAT_LEAD)
            and _predicate_like(t, words, "zh", i) and (t.pos is VERB or not in_class(t, "metric"))
            and not in_deadline(t, deadline)
            and not _zh_inside_a_name(words, i, in_class) and not _zh_latin_name(words, i)]


def _zh_latin_name(words: list[Token], i: int) -> bool:
    """A capitalised Latin word after Chinese words is a name ("用Keep完成第一次半程马拉松": the Keep app), not an English verb;
    lower case it may be one ("review一下代码")."""
    token = words[i]
    if token.lang != "en" or not token.text[:1].isupper():
        return False
    while i > 0 and words[i - 1].lang == "en" and words[i - 1].text[:1].isupper():
        i -= 1  # a name of several words: "给 Go Runtime 贡献"
    return i > 0 and words[i - 1].lang == "zh"


def _zh_inside_a_name(words: list[Token], i: int, in_class) -> bool:
    """The Chinese word at `i` looks like a predicate but only helps name a thing or a measure."""
    token = words[i]
    # "项目的测试通过率在95%以上": a noun of action right before a measure says what it measures; so does an
    # order verb before the rate that ends the text ("上线成功率": jieba tags 上线 a verb), not one that moves
    # it ("提升覆盖率") nor one before anything but a rate ("修复缺陷", "开始销售", "拿到报价"); the rate may be
    # stated at its number ("巡检覆盖率100%", "发布成功率99%", as "Inspection coverage 100%")
    names_the_measure = token.pos is not VERB or (i + 1 < len(words) and words[i + 1].text.endswith("率")
                                                  and _zh_rate_ends_or_is_stated(words, i + 1) and _classify(token, in_class) is Leads.TASK)
    return (names_the_measure and _zh_modifies_a_measure(words, i, in_class)) or _zh_modifier_after_de(words, i) \
        or _zh_head_after_de(words, i) or _zh_inside_a_dui_phrase(words, i) \
        or _zh_subject_head_before_copula(words, i) \
        or _zh_event_averaged(words, i, in_class) or _zh_verb_names_the_thing(words, i, in_class) \
        or _zh_measure_ranked(words, i, in_class) or _zh_event_measured(words, i, in_class) \
        or _zh_verb_names_the_measured_thing(words, i, in_class) or _zh_things_counted(words, i, in_class)


def _zh_inside_a_dui_phrase(words: list[Token], i: int) -> bool:
    """A Chinese verb inside "对 … " before the predicate that ends the text names what the phrase is about: 结算
    in "商家对新的结算界面满意" (merchants are satisfied with the new payout screen), not an order to settle."""
    last = words[-1]  # a predicate of how one feels or judges ends the text: 满意, 认可, 信任
    return 0 < i < len(words) - 1 and last.pos is VERB and words[i].pos is VERB and not _JUDGING.isdisjoint(last.classes) \
        and any(t.text in ("对", "对于") and t.pos is ADP for t in words[:i])


_JUDGING = frozenset({"feels", "judged"})


def _zh_rate_ends_or_is_stated(words: list[Token], at: int) -> bool:
    """The word at `at` ends the text or is followed by its number (a sign between is no word: "及时率≥98%"):
    nothing after the rate makes the verb before it an order ("统计覆盖率并汇报" computes it)."""
    after = words[at + 1] if at + 1 < len(words) else None
    return after is None or (after.pos is NUM and any(ch.isdigit() for ch in after.text))


def _zh_event_measured(words: list[Token], i: int, in_class) -> bool:
    """A Chinese verb between the thing it is said of and a measure names what the measure counts:
    触及 in "文章触及总数100万人" (the articles' total reach), not an order to reach. A verb that moves
    a measure ("提高转化率") is the predicate."""
    token, nxt = words[i], words[i + 1] if i + 1 < len(words) else None
    return token.pos is VERB and i > 0 and words[i - 1].pos is NOUN and words[i - 1].lemma not in _ZH_PLACE_WORDS \
        and nxt is not None and nxt.pos is NOUN and (nxt.lemma in _ZH_TOTALS or lexicon().has_suffix("zh", "metric_suffixes", nxt.lemma)) \
        and not any(in_class(token, c) for c in _ZH_MOVING_CLASSES)
    # (a measure by its form, not any listed metric: "…因结账错误丢失订单" loses orders)


# The words before an exam's result given as a number: "with 7.0", "at 7.5", «на 7.0».
_BAND_BEFORE = frozenset({"with", "at", "на"})


# Words of a total: "阅读总数", "下载量" count the event before them.
_ZH_TOTALS = frozenset({"总数", "总量", "数量", "次数", "人数", "总次数", "总人数"})


# Russian verbs of permitting: «не допустить», «не дать» prevent.
_PERMIT = frozenset({"допустить", "допускать", "дать", "давать", "позволить", "позволять"})


# Words of place or time a verb can follow without being said of them: "一天内拿到报价" gets a quote within a day.
_ZH_PLACE_WORDS = frozenset({"内", "前", "后", "中", "里", "上", "下", "间", "期间", "之内", "以内"})


_ZH_MOVING_CLASSES = ("increase", "decrease", "reach", "maintain", "vague", "rework", "ensure", "phase_verbs")


# "排名前3", "排名第一": a rank given by its place
_ZH_RANK_PLACES = frozenset({"前", "第", "top", "Top", "TOP"})


def _zh_measure_ranked(words: list[Token], i: int, in_class) -> bool:
    """A Chinese verb that is itself a measure (排名, rank) with its place after it: "关键词排名前3" states
    the rank reached, as "Rank top 3" does; it orders nothing."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    return i > 0 and nxt is not None and in_class(words[i], "metric") and (nxt.text in _ZH_RANK_PLACES or nxt.pos is NUM)


def _zh_modifies_a_measure(words: Sequence[Token], i: int, in_class) -> bool:
    """A Chinese noun of action directly before a measure noun: 测试 in "测试通过率" (the test pass rate)."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is not None and nxt.pos is NOUN and _zh_measure_word(nxt, in_class)


def zh_names_the_measure_after(words: Sequence[Token], i: int) -> bool:
    """The Chinese word at `i` stands right before a measure noun it only names ("巡检覆盖率": the inspection
    coverage), as `_zh_modifies_a_measure` tells the predicate's search."""
    return _zh_modifies_a_measure(words, i, _in_class)


def _zh_event_averaged(words: list[Token], i: int, in_class) -> bool:
    """A Chinese verb right after a word of aggregation names the event a measure counts: 访问 in
    "日均访问300+" (visits per day on average), not an order to visit; so does a verb of use or of a
    customer's action right after a period ("报表功能周使用≥300次": used per week) or a running total
    ("累计注册…"); a running total of one's own work ("累计完成30次拜访") keeps its verb."""
    if i == 0:
        return False
    token, before = words[i], words[i - 1]
    others_act = in_class(token, "adopt") or in_class(token, "customer_actions") or in_class(token, "outcome_units")
    if before.text in _ZH_RUNNING_TOTALS:
        return others_act  # "累计注册会员…" counts others' acts; "累计完成30次拜访" is one's own work, added up
    return in_class(before, "aggregates") or (before.text in _ZH_PERIODS and others_act)


# Words of a running total (as against an average): 累计, 总共.
_ZH_RUNNING_TOTALS = frozenset({"累计", "总共", "共计"})


# Measure words that count things, not a span or a step: "3天上线", "2期完成", "90分通过" keep their verbs.
_ZH_SPANS_AND_STEPS = frozenset("天周月年期步级分秒")


def _zh_things_counted(words: list[Token], i: int, in_class) -> bool:
    """A Chinese verb right after a number and a measure word that counts things names those things:
    "至少6次演讲邀约" (6 speaking invitations), "3场分享" (3 talks), as "6 interviews" has no verb;
    not one that ends a clause with 的 ("2个喜欢的项目": projects one likes), nor what customers do,
    counted ("800家付费": 800 companies pay, the predicate)."""
    if in_class(words[i], "customer_actions"):
        return False
    at = i
    nxt = words[i + 1] if i + 1 < len(words) else None
    # "6次演讲邀约": words of action that end the phrase (the text, or before a date: "…邀约（2026-09-30前）")
    if nxt is None or nxt.pos is NUM or nxt.lang == "en":
        while at > 0 and (words[at - 1].pos is VERB or words[at - 1].verb_form is ACTION_NOUN):
            at -= 1  # (not "20个服务编写手册": a verb with its object after it is the predicate)
    if at < 2 or words[at - 1].pos is not CLASSIFIER or words[at - 2].pos is not NUM \
            or words[at - 1].text in _ZH_SPANS_AND_STEPS:
        return False
    return nxt is None or nxt.text != "的"


def _zh_verb_names_the_thing(words: list[Token], i: int, in_class) -> bool:
    """"打印功能日使用≥80次": a verb opening the text before a made thing (功能, 系统) names that thing
    (the print feature) when people's use of it or their action on it follows."""
    if i + 2 >= len(words) or words[i + 1].pos is not NOUN or not in_class(words[i + 1], "artifacts") \
            or any(t.pos is not NOUN for t in words[:i]):
        return False  # only nouns before it ("订单打印功能…" names an order printing feature)
    following = next((t for t in words[i + 2:] if t.pos is VERB), None)  # not "发布功能让用户使用": an order, then its aim
    return following is not None and (in_class(following, "adopt") or in_class(following, "customer_actions"))


def _zh_verb_names_the_measured_thing(words: list[Token], i: int, in_class) -> bool:
    """"支付接口可用性99.95%": a verb opening a noun phrase whose measure is stated at a number names the thing
    measured (the payment interface), as "Payment API availability 99.95%" does; a verb that moves a measure
    ("提升接口可用性到99.95%") is the predicate."""
    token = words[i]
    # the noun after the verb first: most verbs have none, and that test is the cheapest
    if token.pos is not VERB or i + 1 >= len(words) or words[i + 1].pos is not NOUN \
            or any(t.pos is not NOUN for t in words[:i]) or any(in_class(token, c) for c in _ZH_MOVING_CLASSES):
        return False
    at = i + 1
    while at < len(words) and words[at].pos is NOUN and not _zh_measure_word(words[at], in_class):
        at += 1  # the thing: 接口, 服务 API
    # a rate or a service level ("…可用性99.95%", "…成功率99%"), not a count of one's own pieces ("撰写文章数 | 2 | 10")
    measure = words[at] if at < len(words) - 1 else None
    return i + 1 < at and measure is not None and words[at + 1].pos is NUM \
        and (in_class(measure, "health_metrics") or measure.text.endswith("率"))


# Word classes of what may recur without being done by the team: measures, people, harms.
_RECURS_WITHOUT_DOING = frozenset({"metric", "business_metrics", "outcome_units", "beneficiary", "staff", "harm"})
# Spans of time kept open, not an activity: «Регулярные часы приёма», "Regular office hours".
_SPANS_OF_TIME = frozenset({"hour", "hours", "час", "часы", "минута", "minute"})

_ZH_PERIODS = frozenset({"日", "周", "月", "年", "每日", "每天", "每周", "每月", "每年"})


def _move_past_a_level_denied(words: list[Token], lang: str) -> bool:
    """A measure's move past a level denied: "Conversion never drops below 3%", "Don't let NPS fall under 40",
    «Конверсия не опускается ниже 3%», «Не дать SLA упасть ниже 85%», "转化率不跌破3%", "不让达标率低于85%" — the
    measure stays at or above the level, a floor kept as "не ниже" keeps it; and the same guard over a ceiling,
    "Don't let churn go above 3%", «Не дать оттоку вырасти выше 3%», "不让流失率超过3%" (a bare ceiling, "no
    higher than 3%", "不超过3%", is a target to reach instead). A Chinese verb says "below" or "past" itself
    (跌破, 低于, 超过); an English or Russian one needs the word after it. The denial comes a few words before, in
    the same clause: the negation, or a negated permission before the measure ("Don't let …"); a Chinese ceiling
    needs the permission (不让), since 不 before 超过 is the bare bound."""
    for i, token in enumerate(words):
        falls, rises = "falls" in token.classes, "rises" in token.classes
        # (the tagger may read "rises" after "never" as a noun: the negation right before makes it the verb)
        if not (falls or rises) or (token.pos is not VERB and not (i and _denies(words[i - 1]))):
            continue
        nxt = words[i + 1].text.lower() if i + 1 < len(words) else ""
        falls, rises = (falls, rises) if lang == "zh" else (falls and nxt in _BELOW_WORDS, rises and nxt in _ABOVE_WORDS)
        level = i + (1 if lang == "zh" else 2)  # the level is a number ("above 3%"), not a date passed ("beyond the planned date")
        if not (falls or rises) or level >= len(words) or words[level].pos is not NUM:
            continue
        before = list(takewhile(lambda t: t.text not in (",", "，"), reversed(words[max(0, i - 6):i])))
        if any((_denies(t) if falls or lang != "zh" else t.text in _ZH_DENIED_PERMISSION) for t in before):
            return True
    return False


def _denies(token: Token) -> bool:
    return _negation_word(token.text.lower())


def _negation_word(text: str) -> bool:
    """A word of negation, in lower case: "not", "never", "don't", «не», "不", "不让" (jieba keeps 不让 and 不得 whole)."""
    return text in _NEGATIONS or text.endswith(("n't", "n’t")) or (text[:1] in ("不", "绝", "决") and text[1:2] in ("让", "得", "会", "不"))


# Words of "under a level" after a verb of falling: "drops below 3%", «опускается ниже 3%»; of "over" one after a
# verb of rising: "goes above 3%", «вырастет выше 3%».
_BELOW_WORDS = frozenset({"below", "under", "beneath", "ниже", "меньше"})
_ABOVE_WORDS = frozenset({"above", "over", "beyond", "выше", "больше"})
# A permission denied in Chinese: "不让", "别让", "不能让", "避免" before the measure.
_ZH_DENIED_PERMISSION = frozenset({"不让", "别让", "不能让", "避免", "防止"})


def _ru_has_after_u(words: list[Token], token: Token) -> bool:
    """Russian "у кого-то есть …": possession stated, no order; pymorphy3 reads a lone "есть" as "to eat"."""
    return token.text.lower() == "есть" and any(t.text.lower() == "у" for t in words[:words.index(token)])


def _zh_subject_head_before_copula(words: list[Token], i: int) -> bool:
    """The Chinese word at `i` belongs to a sentence "X 是 … 的 N" without being its predicate: a word
    jieba tags a verb between 的 and 是 is the subject's head noun (应用 in "我们的应用是…", our app), and
    a verb after 是 and before the last 的 only says what the predicate noun is for (预约 in "是预约医生
    最快的方式", the fastest way to book a doctor)."""
    if "是" not in map(_TEXT, words):
        return False  # no copula (most texts), told in C
    if 0 < i < len(words) - 1 and words[i - 1].text == "的" and words[i + 1].text == "是":
        return True
    copula = next((j for j, t in enumerate(words) if t.text == "是"), None)
    de = _zh_last_de(words)
    # the verb has its own object before 的 ("预约医生最快的方式"); "是上线新的系统" launches the new system
    return copula is not None and de is not None and 0 < copula < i < de \
        and all(t.pos in (NOUN, PROPN) for t in words[de + 1:]) and de + 1 < len(words) \
        and any(t.pos in (NOUN, PROPN) for t in words[i + 1:de])


def _zh_modifier_after_de(words: list[Token], i: int) -> bool:
    """A Chinese verb inside the noun phrase after 的 modifies its head noun: 发布 in "产品的发布节奏"
    (the product's release rhythm), 入驻 in "更便捷的新商户入驻流程" (a smoother onboarding process for
    new merchants). It is no predicate when nothing before 的 is a verb and one noun after it ends the
    text (with more after it, "…的伙伴踢一场足球", the verb has its own object: it is the predicate)."""
    if i != len(words) - 2 or words[-1].pos is not NOUN:
        return False  # told first: most words are not one before a last noun
    return _zh_inside_the_phrase_after_de(words, i, (NOUN, ADJ))


def _zh_head_after_de(words: list[Token], i: int) -> bool:
    """A Chinese verb of a plain act that ends the noun phrase after 的 is its head, a noun: 回复 in "更快的客服
    回复" (faster support replies), 反馈 in "更多的客户反馈" (more customer feedback) — when nothing before 的 is
    a verb and nouns stand between 的 and it (the text says what the replies are, it orders none). A word of
    a class (a change "…的界面改进", support given "…的基础支撑", delivering) stays what the text is about."""
    if i != len(words) - 1 or i < 2:
        return False  # told first: most words are not the last one
    if _zh_quality_then_de(words, i - 1):  # "快速的交付": fast delivery, any act but a change ("更好的改进")
        return not any(c in words[i].classes for c in ("increase", "decrease", "vague"))
    return words[i - 1].pos is NOUN and _zh_inside_the_phrase_after_de(words, i, (NOUN,)) \
        and not words[i].classes  # a plain act: not one that changes, delivers or supports ("…的基础支撑")


def _zh_quality_then_de(words: list[Token], de: int) -> bool:
    """Only words of quality stand before the 的 at `de`: "稳定的构建" (stable builds), "高效的协作" name the
    act as a thing with that quality, as "Stable builds" does."""
    return words[de].text == "的" and de > 0 and all(t.pos in (ADJ, ADV) for t in words[:de])


def _zh_inside_the_phrase_after_de(words: list[Token], i: int, between: tuple[Pos, ...]) -> bool:
    """`words[i]` belongs to the noun phrase the last 的 opens: nothing before 的 is a verb, and only words of
    the parts of speech `between` stand between 的 and it (the callers' word is no 的, nor is any after it)."""
    de = _zh_last_de(words)
    return de is not None and de < i and all(t.pos in between for t in words[de + 1:i]) \
        and not any(t.pos is VERB for t in words[:de])


def _gerund_in_a_list_of_things(words: list[Token], token: Token) -> bool:
    """"Latency benchmarks and tracing dashboard": an -ing word joined to a noun and followed by
    one describes the next thing in the list (a monitoring dashboard), it orders nothing."""
    i = words.index(token)
    return token.verb_form is GERUND and 2 <= i < len(words) - 1 and words[i - 1].text.lower() in ("and", "&", ",") \
        and words[i - 2].pos in (NOUN, PROPN) and words[i + 1].pos is NOUN and not any(t.pos is VERB for t in words[:i])


# Verbs that, inside a Chinese noun phrase, say which events a measure counts ("访问到付费转化率"); a verb
# that moves, keeps, reaches or covers something is a predicate ("提升转化率", "覆盖成功率").
_MODIFIES_A_MEASURE = (Leads.TASK, Leads.ONGOING)


_ZH_SHOWING = frozenset({"展示", "显示", "列出", "呈现"})


def _zh_measure_named(words: list[Token], candidates: list[Token], in_class) -> bool:
    """A Chinese noun phrase ends with its head: one that ends with a measure and has no number names
    that measure, and verbs inside it only modify it ("商品页访问到下单转化率") — unless one of them
    moves or keeps it ("提升转化率"), or the text opens with its verb, an order ("发布回滚阈值")."""
    if not _zh_ends_with_measure(words, in_class):
        return False
    if all(t.pos is not VERB for t in candidates) or _zh_funnel_rate(words, in_class):
        return True
    if "artifacts" in words[0].classes and any(t.text in _ZH_SHOWING for t in candidates):
        return False  # "看板按地区展示营收": the dashboard shows the measure, as "Dashboard shows revenue" does
    if _zh_clause_before_de_defines(words, candidates, in_class):
        return True  # "按时交付的项目比例": an adverb inside the clause before 的 is still the clause's
    if any(t.pos is ADV and any(v.pos is VERB and v.start > t.start for v in candidates) for t in words):
        return False  # "卖家不再因结账错误丢失订单": an adverb before the verb makes it the predicate, not a modifier
    # (a text may open with a verb of the clause before 的 that says which things are counted: "续订套餐的客户数",
    # "需要改代码的接入步骤数" — the order form puts no 的 between its verb and the measure: "发布回滚阈值")
    opens_a_clause = words[0].pos is VERB and any(t.text == "的" for t in words[1:-1])
    return ((words[0].pos is not VERB and words[0] not in candidates) or opens_a_clause) and not any(
        t.pos is NUM and any(ch.isdigit() or ch in ZH_DIGITS for ch in t.text) for t in words) and all(
        _classify(t, in_class) in _MODIFIES_A_MEASURE for t in candidates if t.pos is VERB)


_EN_MOVES = ("increase", "decrease", "reach", "maintain")


def _describes_the_noun_after(words: list[Token], at: int) -> bool:
    """An English participle between a word that opens a noun phrase and the customers or users it describes:
    "First paid customers", "the registered users" — it says which ones, nothing is stated done."""
    return words[at].lang == "en" and 0 < at < len(words) - 1 and words[at + 1].pos is NOUN \
        and words[at - 1].pos in (ADJ, DET, NUM) and "outcome_units" in words[at + 1].classes \
        and (at + 2 >= len(words) or words[at + 2].pos is not NOUN)  # the head ("a standardized company values interview")


# Words before a participle that make it say which unit is counted ("Model cost per completed run"), nothing done
_UNIT_MARKERS = frozenset({"per", "each", "every"})


def _after_a_unit_marker(words: list[Token], at: int) -> bool:
    return at > 0 and words[at - 1].text.lower() in _UNIT_MARKERS


def _en_infinitive_names_a_measure(words: list[Token], token: Token, in_class) -> bool:
    """"Median hours to answer a support case", "Time to resolve a ticket": a measure named first, and the
    infinitive after it says what is timed or counted; it orders nothing. A verb that moves the measure
    stays the predicate, as a headline puts it ("Average revenue to grow 10%")."""
    at = words.index(token)
    # (reaching moves a measure only to a level: "Average revenue to reach $10"; "Time to onboard a company" times it)
    moves = any(in_class(token, c) for c in _EN_MOVES if c != "reach") or (
        in_class(token, "reach") and any(t.pos is NUM for t in words[at + 1:at + 4]))
    if at < 2 or words[at - 1].text.lower() != "to" or moves:
        return False
    before = words[:at - 1]
    # ("Average number of days to process a claim": the measure may take "of" and what it counts)
    return all(t.pos in (NOUN, ADJ, DET) or t.text.lower() == "of" for t in before) and any(
        in_class(t, "metric") or in_class(t, "aggregates") or _time_unit_rank(t) is not None for t in before)


def en_measure_before_infinitive(words: list[Token]) -> int | None:
    """Where "to" stands in an English text that names a measure first and then, with an infinitive, what it
    times, prices or counts ("Mean time to restore service", "Cost to acquire a customer"); None when not so."""
    at = next((i for i, t in enumerate(words[:-1])
               if t.text.lower() == "to" and words[i + 1].verb_form is INFINITIVE), None)
    return at if at is not None and _en_infinitive_names_a_measure(words, words[at + 1], _in_class) else None


def _en_funnel_rate(words: list[Token], in_class) -> bool:
    """"Trial to paid conversion rate", "Lead to contract conversion rate": a rate from one step of a
    funnel to the next, its first step no order (as "注册到首单转化率"); "Move to the cloud" moves."""
    return len(words) >= 4 and words[1].text.lower() == "to" and words[2].pos is not DET \
        and in_class(words[-1], "metric") and (in_class(words[-1], "metric_suffixes") or any(t.lemma == "conversion" for t in words)) \
        and not any(t.pos is NUM for t in words)


def _zh_funnel_rate(words: list[Token], in_class) -> bool:
    """"注册到首单转化率", "下单到支付转化率": a rate from one step of a funnel to the next names the rate,
    though its first step is a verb, as "Trial to paid conversion rate" does; "提升注册到首单转化率" moves it."""
    to = next((i for i, t in enumerate(words[:3]) if t.text == "到"), None)
    return to is not None and to > 0 and words[-1].text.endswith("率") and not any(t.pos is NUM for t in words) \
        and not any(in_class(t, c) for t in words[:to] for c in _ZH_MOVING_CLASSES)


def _zh_clause_before_de_defines(words: list[Token], candidates: list[Token], in_class) -> bool:
    """Every verb stands before the last 的 and only nouns follow it: the clause says which things
    the measure counts ("使用新接口的团队数量", "按时交付的项目比例", the share of projects delivered on
    time), as "Number of teams using…" does. A verb that moves or keeps something stays the predicate
    ("提升新用户的留存率" raises the retention of new users)."""
    de = _zh_last_de(words)
    if de is None or de == len(words) - 1 or any(t.pos not in (NOUN, ADJ) for t in words[de + 1:]):
        return False
    if any(t.pos is NUM for t in words[:de]):
        return False  # "挖掘10名…的销售": an order with the count of what it finds
    verbs = [t for t in candidates if t.pos is VERB]
    return all(t.start < words[de].start and not any(in_class(t, c) for c in _ZH_MOVING_CLASSES) for t in verbs)


def _zh_ends_with_measure(words: list[Token], in_class) -> bool:
    last = words[-1] if words else None
    return last is not None and last.lang == "zh" and _zh_measure_word(last, in_class)


def _zh_measure_word(token: Token, in_class) -> bool:
    """A Chinese word that names a measure: listed (用户数) or by its ending (转化率, 满意度)."""
    return in_class(token, "metric") or lexicon().has_suffix("zh", "metric_suffixes", token.lemma)


def _zh_lead(words: list[Token], candidates: list[Token], in_class) -> tuple[Token, Lead]:
    """A verb beats a noun of action ("开发人员…能力提升": 开发 is part of the subject); a verb that
    moves or keeps a metric beats an unknown verb before it ("系统运行时间保持在99.95%"); but
    "…的改进" names its action last, after 的."""
    # "降低…对业务的冲击": after a verb that moves something, 冲击 is its object, not the action
    verb_before = any(t.pos is VERB and _classify(t, in_class) is not Leads.TASK for t in candidates[:-1])
    if len(words) >= 2 and words[-1] is candidates[-1] and words[-2].text == "的" and not verb_before:
        lead = _classify(words[-1], in_class)  # named as a thing, improvement is a project: "…的改进"
        return words[-1], Leads.REWORK if lead is Leads.VAGUE else lead
    verbs = [t for t in candidates if t.pos is VERB] or candidates
    if len(verbs) > 1 and verbs[0].text in _ZH_PASSIVE_GET and _index_of(words, verbs[0]) + 1 == _index_of(words, verbs[1]):
        # "结账体验得到改善", "流程得到优化": 得到 before a verb is the passive, the verb says what was done to it
        candidates = [t for t in candidates if t is not verbs[0]]
        verbs = verbs[1:]
    first = candidates[0]
    if first.pos is not VERB and _zh_order_before_the_clauses_verbs(words, first, candidates, in_class):
        return first, Leads.TASK
    if first is words[0] and first.pos is not VERB:
        first_lead = _classify(first, in_class)
        # (an order to examine opens the text as a noun too: "评估新手引导的易用性", jieba's 评估/vn)
        if (first_lead is not Leads.TASK or in_class(first, "assesses")) and _classify(verbs[0], in_class) is Leads.TASK \
                and not (verbs[0] is words[-1] and verbs[0].text in ZH_COMPLETION_TAIL):
            # (but "推荐计划已上线": a completion verb ending the text is its predicate, 推荐 names the program)
            return first, first_lead  # "研究spark查询iceberg元数据": jieba tags 研究 a noun; 查询 is in its object
    classified = [(t, _classify(t, in_class)) for t in verbs]
    if classified[0][1] is Leads.TASK:
        kept = _zh_kept_at_a_level(words, classified[0][0], in_class)
        if kept is not None:
            return kept, Leads.MAINTAIN  # "拖拽缩放帧率稳定在60FPS以上": 拖拽缩放 names the frame rate that is kept
        for token, lead in classified[1:]:
            if _zh_aim_after_a_made_thing(words, classified[0][0], token, in_class):
                break  # "上线线上报修系统，减少线下环节": the system is the work, cutting steps its aim
            if lead in (Leads.MAINTAIN, Leads.INCREASE, Leads.DECREASE, Leads.REACH) and not _zh_names_a_thing(words, token, in_class):
                return token, lead
            if lead is Leads.STATE and _zh_runs_steadily(words, token, in_class):
                return token, lead  # "支付系统稳定运行": 支付 names the system, which runs steadily
    return classified[0]


# Words that set a bar before a verb ("足够进入…", enough to enter): no manner of the verb after them.
_ZH_ENOUGH = frozenset({"足够", "充足", "充分"})


def _zh_verb_follows(words: list[Token], token: Token) -> bool:
    """The word right after `token` is a verb or a noun of action (jieba tags 研究 either way)."""
    at = _index_of(words, token)
    return at + 1 < len(words) and (words[at + 1].pos is VERB or words[at + 1].verb_form is ACTION_NOUN)


# Verbs of getting that make the verb after them passive: "得到改善" (was improved), "受到重视" (was valued).
_ZH_PASSIVE_GET = frozenset({"得到", "获得", "受到"})


# What follows a word of a kept state when it keeps a measure at a level: "稳定在60FPS以上", "保持于99%".
_ZH_AT = frozenset({"在", "于"})


def _zh_kept_at_a_level(words: list[Token], first: Token, in_class) -> Token | None:
    """A measure kept at a level after the verbs that name it: "地图拖拽缩放帧率稳定在60FPS以上" — jieba tags
    稳定 an adjective, so the verbs before the measure (拖拽缩放, drag and zoom) looked like the order. The word
    of a kept state, right after a noun and before 在 and a number or a range ("可接受范围") in the first verb's
    clause, is the predicate."""
    at = _index_of(words, first)
    for i in range(at + 2, min(len(words) - 2, at + 8)):
        token = words[i]
        if token.text in (",", "，", "；", ";"):
            return None
        if token.pos in (ADJ, ADV) and in_class(token, "maintain") and words[i - 1].pos is NOUN \
                and words[i + 1].text in _ZH_AT and (words[i + 2].pos is NUM or _zh_names_a_range(words[i + 2:i + 5])):
            return token
    return None


# Nouns of a range a measure is kept in: "稳定在可接受范围", "合理区间", "正常水平".
_ZH_RANGE_NOUNS = frozenset({"范围", "区间", "水平"})


def _zh_names_a_range(words: list[Token]) -> bool:
    """A few describing words, then a noun of a range: "可接受范围", "合理区间", "正常水平"."""
    for token in words:
        if token.text in _ZH_RANGE_NOUNS:
            return True
        if token.pos not in (ADJ, ADV, NOUN) and token.text != "的":
            return False
    return False


def _zh_names_what_is_counted_or_had(words: list[Token], token: Token, in_class) -> bool:
    """A noun (jieba's noun of action, 服务/vn, 部署/vn) right after a word for "each" or "all" ("每个服务",
    "所有服务") or after a verb of having before another noun ("有部署文档"): it names the things taken in
    or had, however it can also be read as an order."""
    at = words.index(token)
    if token.pos is not NOUN or at == 0:
        return False
    before = words[at - 1]
    if before.text in _ZH_EACH:  # with a verb of its own later ("全部合作关系清单" names a list to make)
        return any(t.pos is VERB for t in words[at + 1:])
    return in_class(before, "possess") and at + 1 < len(words) and words[at + 1].pos is NOUN


def _zh_names_a_version(words: list[Token], token: Token) -> bool:
    """A verb right before 版 ("改进版", improved version), or before 版本 and 的 ("优化版本的…"): with it, the
    name of a version of the thing ("升级版本到3.0" upgrades the version)."""
    at = words.index(token)
    if token.pos is not VERB or at + 1 >= len(words):
        return False
    after = words[at + 1].text
    return after == "版" or (after == "版本" and at + 2 < len(words) and words[at + 2].text == "的")


# Words for "each" or "all" that take in things counted ("全面", thoroughly, says how the work goes).
_ZH_EACH = frozenset({"每个", "每一个", "所有", "全部", "各个", "每项", "每位", "每条", "每家", "每名"})


def _zh_order_before_the_clauses_verbs(words: list[Token], first: Token, candidates: list[Token], in_class) -> bool:
    """"在服务器上部署网关，服务稳定运行": jieba tags 部署 a noun of action, the only verbs come in a later
    clause. An order that opens the first clause is its predicate, as "Deploy the gateway, the service
    runs stably" is; the later clause says how things run once it is done."""
    if _classify(first, in_class) is not Leads.TASK:
        return False
    at = words.index(first)
    comma = next((i for i in range(at + 1, len(words)) if words[i].text in (",", "，")), None)
    if comma is None or comma == at + 1:
        return False
    later = [t for t in candidates if t.pos is VERB]
    # the later clause a state reached or kept ("服务稳定运行"), not more work ("加深…交流": a list of tasks)
    return bool(later) and words.index(later[0]) > comma and _classify(later[0], in_class) in (Leads.STATE, Leads.MAINTAIN)


def _zh_aim_after_a_made_thing(words: list[Token], first: Token, verb: Token, in_class) -> bool:
    """A verb that ships or builds something, its made thing, then a comma and a second verb: the second
    clause says what the thing is for, as "to cut …" does after "Launch an online repair system"."""
    if not ({"delivers", "creates"} & first.classes):
        return False
    at = words.index(verb)
    return at > 0 and words[at - 1].text in (",", "，") \
        and any("artifacts" in t.classes for t in words[words.index(first) + 1:at])


def _zh_runs_steadily(words: list[Token], verb: Token, in_class) -> bool:
    """A state verb beside a word of a kept or usual state: "稳定运行", "运行正常" — how the thing named
    before runs; the verb that opens that name (支付系统) only says which thing."""
    at = words.index(verb)
    # (where it runs may come between: "应用在旧款手机上运行流畅")
    between = [t for t in words[1:at] if t.text not in _ZH_WHERE]
    if len(between) > 4 or any(t.pos not in (NOUN, ADJ, X, PROPN) for t in between):
        # in a later clause ("完成…压测，确保服务稳定运行") or after another verb ("修复bug使系统运行正常"),
        # the order stands
        return False
    steady = [words[i] for i in (at - 1, at + 1) if 1 < i < len(words)]  # "稳定运行", "运行稳定"
    if any(in_class(t, "maintain") or in_class(t, "normal_state") for t in steady):
        return True
    # "应用运行流畅": a judged manner ending the text says how it runs, as 稳定 does
    return at + 2 == len(words) and in_class(words[at + 1], "judged")


# The words of a place a thing runs in: "在…上", "在…中", "在…时".
_ZH_WHERE = frozenset({"在", "上", "中", "里", "下", "时"})


def _zh_names_a_thing(words: list[Token], verb: Token, in_class) -> bool:
    """"结合…贡献成长体系制定方案": a verb, a noun right after it, and the clause ending with a task verb
    and its object — the first verb names the thing (a growth system), the last one is the predicate."""
    at = _index_of(words, verb)
    end = next((i for i in range(at + 1, len(words)) if words[i].text in (",", "，")), len(words))
    if at + 1 >= end or words[at + 1].pos is not NOUN:
        return False
    last = max((i for i in range(at + 2, end) if words[i].pos is VERB), default=None)
    return last is not None and last + 1 < end and words[last + 1].pos is NOUN and _classify(words[last], in_class) is Leads.TASK


# "截止一月底完成…": "up to (a date)" opens a deadline, it is never the predicate
_ZH_DEADLINE_PREPOSITIONS = frozenset({"截止", "截至", "截止到"})


def _predicate_like(token: Token, words: list[Token], lang: str, at: int) -> bool:
    """Whether `token`, the word at `at` (the callers walk the words: a text's tokens are all unequal, so it is
    the place `words.index` finds), may be the predicate."""
    if lang == "zh" and token.text in _ZH_DEADLINE_PREPOSITIONS:
        return False
    if token.lemma in AUXILIARIES or token.text.lower() in AUXILIARIES:
        # "Do 6 customer interview activities": "do" first with an object is the main verb, not "do not"
        nxt = words[1] if len(words) > 1 and token is words[0] else None
        if token.text.lower() in ("be", "быть") and nxt is not None and (nxt.pos in (DET, ADJ, NOUN, PROPN) or _more_then_adjective(words)) \
                and nxt.text.lower() not in ("able", "unable") and any(t.pos in (NOUN, PROPN) for t in words[1:5]):
            # "Be the best place to work in Berlin", "Be more confident speaking in public": the imperative of
            # becoming; "Be the best" names nothing
            return True
        if not (token.text.lower() == "do" and nxt is not None and nxt.pos is not VERB and nxt.text.lower() != "not"):
            return False
        return True
    if token.pos is VERB:
        if lang == "en" and _names_a_measure_of(token, words):
            return False  # "Test health", "Test coverage": a noun that names what the measure is of
        return lang == "zh" or token.verb_form is not PARTICIPLE or _changed_thing_named(token, words)
    first = token is words[0]
    action = token.verb_form is ACTION_NOUN and "plur" not in token.tags
    if action and lang == "en" and first and len(words) > 1 and words[1].pos is NOUN:
        return False  # "Hiring managers have…", "Marketing team…": a modifier, not the predicate
    if lang == "ru" and first and token.pos is NOUN and token.lemma.endswith(("ние", "ция")) and NAMES_A_THING not in token.tags:
        action = True  # a noun of action the dictionary does not know: "Медиапланирование"
    return action and (first or lang == "zh" or (lang == "en" and _en_compound_head_of_change(token, words, at))
                       or (lang != "zh" and _action_after_its_adjectives(token, words, at)))


def _more_then_adjective(words: list[Token]) -> bool:
    """"Be more confident …", "Be less anxious …": the comparative said with a word before the adjective."""
    return len(words) > 2 and words[1].text.lower() in ("more", "less") and words[2].pos is ADJ


# What follows an English noun of action to name what it acts on or where it takes it: "launch of the portal",
# "migration to Postgres", "rollout across all regions".
_EN_ACTION_OBJECT_MARKERS = frozenset({"of", "to", "into", "onto", "from", "across"})


def _action_after_its_adjectives(token: Token, words: list[Token], at: int) -> bool:
    """"Successful launch of the partner portal", "Full rollout of SSO", «Постоянный мониторинг ключевых
    метрик», "Successful migration to Postgres": a heading that opens with adjectives, then a noun of action and
    its object or end ("of", "to", a Russian genitive), names that action as its predicate. A comparative or
    vague adjective ("Faster shipping of parts", "Timely delivery of reports") names how the action should
    change or go: a wish about it, not the order to do it. `at` is the token's place: these two tests looked it up with words.index, which called
    Token.__eq__ on each word before it (~8 calls an English KR, most of the English text's Token.__eq__ calls)."""
    if not (0 < at <= 2 and at + 1 < len(words)):
        return False
    following = words[at + 1]
    if not (following.text.lower() in _EN_ACTION_OBJECT_MARKERS if token.lang == "en"
            else following.pos in (NOUN, ADJ) and "gent" in following.tags):
        return False
    if not all(t.pos is ADJ and not comparative(t) and ("vague_adverbs" not in t.classes or "success_words" in t.classes)
               for t in words[:at]):
        return False
    # "Successful onboarding of summer interns": work done to people succeeds by them, which no one states
    head = _object_head(words, following, "en") if token.lang == "en" else next((t for t in words[at + 1:] if t.pos is NOUN), None)
    return head is None or not (_in_class(head, "beneficiary") or _in_class(head, "staff"))


def _en_compound_head_of_change(token: Token, words: list[Token], at: int) -> bool:
    """"Revenue growth", "Cloud cost reduction", "Query latency optimization": English noun compounds put their
    head last, and a head that names a change is the predicate as "Growth of revenue" has it first
    (as «Рост выручки», "营收增长" do). Only the compound that opens the text, and only a change. `at` is the
    token's place."""
    if at == 0 or not any(c in token.classes for c in ("increase", "decrease", "vague")):
        return False
    # (a noun of action before it may be the measure itself: "Churn reduction", "Signup growth"; or say which
    # measure the compound names: "Subscription revenue growth")
    measured = any("metric" in t.classes for t in words[:at])
    if not all(t.pos in (NOUN, PROPN, ADJ) and (t.verb_form is not ACTION_NOUN or "metric" in t.classes or measured)
               for t in words[:at]):
        return False
    # the compound ends there: the text ends, or a preposition, conjunction or punctuation follows ("…
    # growth for SMB", "…, packaging"); not "by" ("ARPU increases by 0.4": a verb the tagger took for a noun)
    following = words[at + 1] if at + 1 < len(words) else None
    return following is None or (following.pos in (ADP, CONJ, PUNCT) and following.text.lower() != "by")


_CHANGES = ("vague", "increase", "decrease", "quality_verbs")


def _changed_thing_named(token: Token, words: list[Token]) -> bool:
    """«Улучшенный онбординг продавцов»: a Russian heading that opens with the participle of a change and
    has no verb of its own names the change as its predicate, as "Improved developer experience" does;
    so does an English participle that differs from the past tense ("Grown use of the app", as
    "Increased use of the app")."""
    if token is not words[0] or not any(cls in token.classes for cls in _CHANGES):
        return False
    if token.lang == "en":
        return not any(t.pos is VERB and t.verb_form is FINITE for t in words[1:])  # "… grown faster": a predicate
    return token.lang == "ru" and "PRTF" in token.tags \
        and not any(t.pos is VERB and "PRTF" not in t.tags for t in words[1:])  # "… запущен": a predicate


_THING_CLASSES = frozenset({"artifacts"})


def _names_a_measure_of(token: Token, words: list[Token]) -> bool:
    """A two-word English heading whose first word could be a verb of no known kind and whose second is
    a measure or a quality in the singular: "Test health", "Test coverage" name a measure of code or
    tests; "Fix bugs" (plural) and "Track velocity" (a known verb) are orders. A class of things made
    says nothing of the word as a verb ("test" is an artifact too)."""
    if len(words) != 2 or token is not words[0] or token.classes - _THING_CLASSES:
        return False
    second = words[1]
    return second.pos is NOUN and second.text.lower() == second.lemma.lower() \
        and any(cls in second.classes for cls in ("metric", "quality", "value"))


# Verbs that only link a subject to its state ("are clear", «стал понятнее», "变得清晰").
_LINKING_CLASSES = frozenset({"become", "state"})
# Chinese words that make an adjective a change of state ("清晰化", "好起来") rather than a new verb.
_ZH_STATE_ENDINGS = frozenset({"化", "起来", "了"})


def _judged_state(words: list[Token], lang: str, in_class) -> tuple[Token, ...]:
    """The judged adjectives of a text whose every verb only links a subject to its state."""
    main = _main_clause(words, lang, in_class)
    judged = tuple(t for i, t in enumerate(main) if t.pos is ADJ and in_class(t, "judged") and _predicative(main, i, lang))
    if not judged:
        return ()  # "Простой дашборд", "Clear docs", "清晰的文档": the adjective names the thing to make
    for i, token in enumerate(main):
        if token.pos is VERB and not (_LINKING_CLASSES & token.classes or (lang == "zh" and token.text in _ZH_STATE_ENDINGS)) \
                and not (lang == "zh" and main[i + 2:i + 3] == [judged[0]] and main[i + 1].pos is NOUN) \
                and not (lang == "zh" and i == 0 and _zh_state_verb_next(main)):
            return ()  # a verb of work (but "审批流程清晰": a verb and a noun naming the subject)
    return judged


def _zh_state_verb_next(words: list[Token]) -> bool:
    """The next verb after the first word, past where it runs ("在旧款手机上"), only links it to its state:
    "应用运行流畅" — jieba's 应用 (apply) names the app, the subject."""
    for token in words[1:]:
        if token.pos is VERB:
            return bool(_LINKING_CLASSES & token.classes)
        if token.pos not in (NOUN, ADJ, PROPN, X) and token.text not in _ZH_WHERE:
            return False
    return False


# Adjectives of a high degree: "high quality", «высокое качество», "高质量" ask for a judgement, not a level.
_HIGH_DEGREE = frozenset({"high", "высокий", "高"})


def _praised_value(words: list[Token], lang: str, in_class) -> tuple[Token, ...]:
    """A judged adjective whose noun phrase ends in a noun of value: "great onboarding experience",
    «отличный опыт онбординга» (the head right after it), "出色的入职体验" (the head ends the text);
    or a high degree of a quality: "high quality of every release", «высокое качество»."""
    for i, token in enumerate(words):
        high = token.lemma.lower() in _HIGH_DEGREE
        if not (high or in_class(token, "praise") or in_class(token, "judged")):
            continue
        if token.pos is not ADJ and lang != "zh":  # jieba tags 出色 a verb; its 的 says what it is
            continue
        if lang == "zh":  # "出色的…体验": 的 makes it describe the noun phrase the text ends with
            head = words[-1] if i + 2 < len(words) and words[i + 1].text == "的" else None
        else:
            rest = list(takewhile(lambda t: t.pos in (NOUN, PROPN), words[i + 1:]))
            head = rest[0] if lang == "ru" and rest else rest[-1] if rest else None  # ru: the head first
        if head is not None and head.pos is NOUN and (in_class(head, "quality") if high else in_class(head, "value")):
            return (token,)
    return ()


# Words that put people after them as the other side of dealings: "with", «с», "与".
WITH_WORDS = frozenset({"with", "с", "со", "与", "和", "同", "跟"})


def _judged_activity(words: list[Token], lang: str, in_class) -> tuple[Token, ...]:
    """A verbless heading that only judges how an activity goes: "Effective project management",
    «Эффективное управление проектами», "高效的项目管理" — a noun of action, not a thing made, after
    the judged adjective. Only a judgement confirms it; "Clear docs" names a thing to make."""
    if not words or any(t.pos is VERB for t in words if not (lang == "zh" and t is words[-1])):
        return ()  # a verb of work ("UI clearly shows…"); jieba tags a last 管理 a verb
    first = words[0]
    if not (first.pos is ADJ or lang == "zh") or not in_class(first, "judged"):
        return ()
    if lang == "zh":  # "高效的项目管理": the judged word, 的, then the activity the text ends with
        activity = words[-1] if len(words) > 2 and words[1].text == "的" else None
        acts = activity is not None and (activity.verb_form is ACTION_NOUN or activity.pos is VERB)
    else:
        activity = head_noun(words, lang)
        acts = activity is not None and activity.verb_form is ACTION_NOUN
    if not acts or in_class(activity, "artifacts") or in_class(activity, "events"):
        return ()  # "Fast project builds", "Quick demos": things made or held
    return (first,)


def _judged_dealings(words: list[Token], lang: str, in_class) -> tuple[Token, ...]:
    """Dealings with people judged, and nothing else said: "Positive communication with visitors",
    «Эффективная коммуникация со стейкхолдерами», "与设计团队的顺畅协作" — how the dealings should
    feel, which only a judgement confirms; nothing there to deliver."""
    for i, token in enumerate(words[:-1]):
        if token.pos is not ADJ or not in_class(token, "judged"):
            continue
        at = i + 2 if lang == "zh" and words[i + 1].text == "的" and i + 2 < len(words) else i + 1
        dealing = words[at]
        if dealing.verb_form is not ACTION_NOUN and not in_class(dealing, "vague_objects") \
                and not (lang == "zh" and dealing.pos is VERB):
            return ()  # (Russian «коммуникация», «взаимодействие» are no nouns of action to pymorphy3)
        lex = lexicon()
        if lang == "zh":  # "与…的顺畅协作": the other side first, the dealing last
            other_side, opening = words[1:i], words[0]
            ok = dealing is words[-1]
        else:  # "Positive communication with visitors": the dealing, then "with" and the other side
            after = words[at + 1:]
            other_side, opening = after[1:], after[0] if after else None
            ok = i <= 1 and not any(t.pos is VERB for t in after)
        if not ok or opening is None or opening.text.lower() not in WITH_WORDS:
            return ()
        people = any(_is_person(t, lang, lex, in_class) or in_class(t, "teams") for t in other_side)
        return (token,) if people else ()
    return ()


def _predicative(words: list[Token], at: int, lang: str) -> bool:
    """Whether the adjective at `at` is said of a subject ("Docs are clear", «Вывод краткий», «понятна»,
    "文档清晰") rather than put before the noun it describes."""
    token = words[at]
    if "ADJS" in token.tags:
        return True  # a Russian short adjective is always a predicate
    # the word after the adjective and any coordinated with it ("clear and concise", "清晰易懂")
    nxt = next((t for t in words[at + 1:] if not (t.pos in (ADJ, CONJ, PUNCT) or "judged" in t.classes)), None)
    if nxt is not None and lang == "zh" and nxt.text in _ZH_STATE_ENDINGS:
        pass  # "清晰化": made clear, a state reached
    elif nxt is not None and (nxt.pos in (NOUN, PROPN) or nxt.text in ("的", "之")):
        return False  # an attribute of the noun after it
    before = next((t for t in reversed(words[:at]) if t.pos not in (ADV, ADJ, CONJ, PUNCT)), None)
    if before is None:
        return False
    if before.pos is VERB:
        return bool(_LINKING_CLASSES & before.classes)  # "are clear", "feels intuitive"
    return lang != "en" and before.pos in (NOUN, PROPN, PRON)  # «Вывод краткий», "文档清晰" (English needs a verb)


def _main_clause(words: list[Token], lang: str, in_class) -> list[Token]:
    """The words of the main clause: after a means clause, before a purpose clause.

    "Implement GraphSync to make listing large directories faster" is not vague about its own
    work: the comparative belongs to the purpose.
    """
    words = _skip_means_clause(words, lang, in_class)
    for i, token in enumerate(words[1:], start=1):
        nxt = words[i + 1] if i + 1 < len(words) else None
        to_verb = lang == "en" and token.text.lower() == "to" and nxt is not None and nxt.pos is VERB
        if to_verb or (in_class(token, "purpose") and len(token.text) > 1):
            return words[:i]
    return words


def _vague_adverb(words: list[Token], in_class, order: bool = False) -> bool:
    """A vague adverb ("значительно", "大幅") or a comparative that is not an attribute of a noun.

    "for larger orders", "more efficient scheduling" name things; "make reviews faster"
    or "grow faster" set a direction with no target. In an `order` to do work, a word of success
    only says the work is done.
    """
    for i, token in enumerate(words):
        if order and in_class(token, "success_words"):
            continue
        rest = words[i + 1:]
        if _bounded_or_named(token, words[i - 1] if i else None, rest):
            continue
        if _no_longer(token, words[i - 1] if i else None, rest):
            continue  # "are no longer used", «больше не используется»: a state ended, no degree
        attribute = _modifies_noun(rest) and not _russian_comparative_predicate(token, rest)
        # "more efficient communication" names a thing; "more people", "more often" want an amount
        graded_attribute = token.text.lower() == "more" and attribute and bool(rest) and rest[0].pos is ADJ
        if in_class(token, "vague_adverbs") and not graded_attribute:
            return True
        if (comparative(token) or analytic_comparative(token, rest)) and not attribute:
            return True
    return False


def _no_longer(token: Token, before: Token | None, rest: list[Token]) -> bool:
    """"no longer" and «больше не» deny that something goes on (as 不再 does): an end state, checked at
    the end, not a comparison."""
    low = token.text.lower()
    if low == "longer":
        return before is not None and before.text.lower() in ("no", "not")
    return low == "больше" and bool(rest) and rest[0].text.lower() == "не"


def _russian_comparative_predicate(token: Token, rest: list[Token]) -> bool:
    """A Russian synthetic comparative never stands before its noun as an attribute: the noun after it
    says in what («довольнее сроками доставки»), so it is the predicate, a direction with no target.
    A genitive after it is what it is compared with («быстрее конкурентов»), which is checkable."""
    return token.lang == "ru" and "COMP" in token.tags and bool(rest) and "gent" not in rest[0].tags


def _made_once(token: Token) -> bool:
    """A thing made that stands (a process, a template), not one of many that keep coming (releases)."""
    return "artifacts" in token.classes and "recurring_items" not in token.classes and "events" not in token.classes


def _any_comparative(words: list[Token]) -> bool:
    """A word that `comparative` or `analytic_comparative` could take ("faster", "более"), whatever follows it."""
    return any((t.pos is ADJ and comparative(t)) or (len(t.text) == 5 and t.text.lower() in _MORE_OR_LESS) for t in words)


_MORE_OR_LESS = ("более", "менее")  # the words of analytic_comparative


def _heading_compares(words: list[Token]) -> bool:
    """A verbless heading that opens with a comparative: «Более удобный онбординг продавцов», "Faster
    checkout" — a direction for the thing named, with no target (inside a sentence, "for larger
    projects", a comparative attribute only names which things)."""
    return bool(words) and (comparative(words[0]) or analytic_comparative(words[0], words[1:]) or (
        words[0].lang == "en" and words[0].text.lower() in ("more", "less") and len(words) > 1 and words[1].pos is ADJ))
    # (English "More proactive communication with customers" as «Более проактивная коммуникация»)


def analytic_comparative(token: Token, rest: list[Token]) -> bool:
    """Russian "более/менее" with an adjective or adverb ("быть более проактивными", "работать более
    слаженно"): a comparative, a direction with no target — not "более 100" (a bound)."""
    return token.lang == "ru" and token.text.lower() in _MORE_OR_LESS and bool(rest) and rest[0].pos in (ADJ, ADV)


_THAN = {"than", "чем", "比"}
_OR = {"or", "или", "或"}


def _bounded_or_named(token: Token, before: Token | None, rest: list[Token]) -> bool:
    """A vague-looking word that is not vague here: "one or more" (a bound), "faster than those they
    replaced" (a comparison with a reference, checkable), "the Awesome Endeavour" (part of a name:
    capitalised inside the sentence)."""
    if before is not None and before.text.lower() in _OR:
        return True
    if token.lang == "ru" and before is not None and before.text.lower() == "не":
        return True  # «не позже 15 мая», «не хуже 4.5»: a bound, as "no later than" is
    if any(t.text.lower() in _THAN for t in rest[:4]):
        return True
    return before is not None and token.lang == "en" and token.text[:1].isupper() and token.text[1:].islower() \
        and "title_case" not in token.tags  # ("Provide Enough Documentation": every word is capitalised)


def _modifies_noun(rest: list[Token]) -> bool:
    """The next word (past one adjective) is a noun: the word before it is an attribute."""
    for token in rest[:2]:
        if token.pos in (NOUN, PROPN):
            return True
        if token.pos is not ADJ:
            return False
    return False


# Chinese words that close a frame of time opening the text ("旺季期间", "上线前", "大促时").
_ZH_TIME_FRAME_ENDS = frozenset({"期间", "期间内", "时", "之时", "时期", "前", "之前", "以前", "后", "之后", "以后"})


def _skip_time_frame(words: list[Token]) -> list[Token]:
    """"节假日高峰期间支付系统运行正常": a Chinese frame of time first says when; the predicate follows it."""
    if words and not words[0].classes.isdisjoint(_LEAD_CLASS_NAMES):
        return words
    for i, token in enumerate(words[1:5], start=1):
        if token.text in _ZH_TIME_FRAME_ENDS:
            rest = words[i + 1:]
            if rest and rest[0].text in (",", "，"):
                rest = rest[1:]
            return rest if len(rest) >= 2 else words
        if token.pos is PUNCT or not token.classes.isdisjoint(_LEAD_CLASS_NAMES):
            break  # "提高脱离…后的能力": a verb that moves something opens the text, the frame is inside its object
    return words


def _skip_means_clause(words: list[Token], lang: str, in_class) -> list[Token]:
    """"通过…，确保…" / "By …, raise …": the predicate follows the means clause; so it does a Chinese phrase of
    what the work is about ("针对高频发布场景，推动…": 发布 there names the scenes)."""
    if lang == "zh":
        words = _skip_time_frame(words)
        if words and words[0].text in _ZH_SCOPE_OPENERS:
            words = _after_the_first(words, (",", "，")) or words
    if words and in_class(words[0], "means"):
        after = _after_the_first(words, (",", "，", "、"))
        if after is not None:
            return after
        # no comma ("通过模板复用减少合同起草时间30%"): the means ends where a verb moves a level
        for i, token in enumerate(words[2:], start=2):
            if token.pos is VERB and any(in_class(token, c) for c in ("increase", "decrease", "reach", "maintain")):
                return words[i:]
    return words


def _after_the_first(words: list[Token], marks: tuple[str, ...]) -> list[Token] | None:
    """The words after the first of `marks` that has words after it; None when there is none."""
    for i, token in enumerate(words[:-1]):
        if token.text in marks:
            return words[i + 1:]
    return None


# Chinese openers of a phrase that says what the work is about or rests on, closed by a comma ("针对高频场景，…",
# "围绕核心优势，…", "基于用户反馈，…").
_ZH_SCOPE_OPENERS = frozenset({"针对", "对于", "围绕", "面向", "基于", "根据", "依托", "聚焦"})


# "out"/"off" make another verb of the one they follow: "reach out" contacts, "close out" finishes,
# "sign off" approves; "up"/"down" keep its direction ("scale up", "cut down").
_MEANING_PARTICLES = ("out", "off", "through", "back")


def _classify(token: Token, in_class) -> Lead:
    family = token.verb_family
    if family and " " in family and family.rsplit(" ", 1)[-1] in _MEANING_PARTICLES:
        lex = lexicon()
        return next((lead for lead in LEAD_ORDER if lex.has(token.lang or "en", lead.value, family)), Leads.TASK)
    if in_class is _in_class and token.classes.isdisjoint(_LEAD_CLASS_NAMES) and "threshold" not in token.classes:
        return Leads.TASK  # most words are in no lead class: one set test instead of one per class
    for lead, cls in _LEAD_CLASSES:
        if in_class(token, cls):
            # "界面的改进", "Улучшение отчётности": improvement named as a thing is a project
            return Leads.REWORK if lead is Leads.VAGUE and token.verb_form is ACTION_NOUN else lead
    if in_class(token, "threshold"):
        return Leads.STATE  # "大客户不少于20家", "回款率不低于95%": a bound the tagger calls a verb states a level
    return Leads.TASK


def _becomes_more(lead_token: Token | None, lead: Lead, words: list[Token]) -> Lead:
    """"Page load becomes faster", «Онбординг стал проще», "上手变得更容易": becoming more of a quality is a move
    with no target (a vague change), not a state reached; with what it is compared with ("faster than our
    competitors", «быстрее, чем у конкурентов») it is checkable, and stays as it was. Said of its subject only:
    "Be more confident speaking in public" wishes a state for oneself, whose value it names."""
    if lead is not Leads.BECOME or lead_token is None or lead_token not in words or lead_token is words[0]:
        return lead
    rest = words[words.index(lead_token) + 1:]
    if not rest or any(t.text.lower() in _THAN for t in rest):
        return lead
    first = rest[0]
    more = first.text.lower() in _MORE_WORDS and len(rest) > 1 and rest[1].pos in (ADJ, ADV)
    return Leads.VAGUE if comparative(first) or first.text.lower() in _IRREGULAR_COMPARATIVES or more else lead


# "more readable", «более понятный», "更容易": a comparative said with a word; "better", "worse": said without -er.
_MORE_WORDS = frozenset({"more", "less", "更", "更加", "越来越", *_MORE_OR_LESS})
_IRREGULAR_COMPARATIVES = frozenset({"better", "worse", "лучше", "хуже"})


def _make_vague(lead_token: Token | None, lead: Lead, words: list[Token], in_class, text: str) -> Lead:
    """"Сделать users happy", "Make reviews more meaningful", "Delight customers": a wish, not a task."""
    if lead_token is None:
        return lead
    if lead in (Leads.TASK, Leads.REWORK, Leads.VAGUE) and _zh_make_into(words):
        return Leads.BECOME  # "将 SIL 链路打造为正式评测标准", "把公司打造成行业标杆": X made into Y, a position
    if lead is Leads.REWORK and any(in_class(t, "value") for t in words if t is not lead_token):
        return Leads.VAGUE  # "優化使用者體驗": optimise an experience, with no target
    if lead is Leads.CAUSATIVE and in_class(lead_token, "make") \
            and (any(in_class(t, "vague_adverbs") or comparative(t) for t in words if t is not lead_token)
                 or (words[-1] is not lead_token and in_class(words[-1], "value"))):
        # "让更多人知道我们的产品", as "Get more people to know…"; "让客户满意", as "Make customers happy": a
        # wish, not a feature enabled
        return Leads.VAGUE
    if lead in (Leads.TASK, Leads.REWORK, Leads.CAUSATIVE) and in_class(lead_token, "make") and PARITY.search(text):
        return Leads.VAGUE  # "Make cold boot as fast as warm boot", «таким же быстрым, как», "和电脑一样快": a quality made equal
    if lead not in (Leads.TASK, Leads.REWORK):
        return lead
    if in_class(lead_token, "value"):
        return Leads.VAGUE
    if in_class(lead_token, "make") and (any(in_class(t, "value") or in_class(t, "vague_adverbs") or comparative(t) for t in words)
                                         or any(analytic_comparative(t, words[i + 1:]) for i, t in enumerate(words))):
        return Leads.VAGUE  # (and «Сделать сборки более стабильными», as "Make builds more stable")
    if lead_token not in words:
        return lead
    after = words[words.index(lead_token) + 1:]
    if in_class(lead_token, "make") and lead_token.lang == "en":
        # "Make Acme the face of open robotics", "Make our SDK the industry standard": a position for us to take,
        # like "become"
        thing = after[1:] if after and after[0].text.lower() in _POSSESSIVES else after
        if thing and thing[0].pos in (NOUN, PROPN, PRON, X) \
                and any(t.text.lower() in ("the", "a", "an") for t in thing[1:4]):
            return Leads.BECOME
    if lead_token.lemma.lower() in _ESTABLISH_AS and any(
            t.text.lower() == "as" and any(w.lemma.lower() in _POSITIONS for w in after[i + 1:i + 5]) for i, t in enumerate(after)):
        # "Establish our open format as the standard for clinic records", "Position X as the default choice": a place
        # among others (not "Establish the wiki as the home of our runbooks": a set-up of the team's own)
        return Leads.BECOME
    return lead


_POSSESSIVES = frozenset({"our", "my", "its", "their"})
# Verbs that set something up as a thing it is to be ("Establish X as the standard for Y"), and the places among others
# it can take: a position, like "become".
_ESTABLISH_AS = frozenset({"establish", "position", "cement"})
_POSITIONS = frozenset({"standard", "leader", "default", "reference", "choice", "go-to", "benchmark", "destination"})


def _transformed_into(lead_token: Token | None, lead: Lead, words: list[Token]) -> Lead:
    """"Transform all legacy events into pointer events": a thing converted into another named thing is a
    conversion, done or not, as «Перевести события на новый API» and "将旧事件转换为新接口" are; "Transform the
    business" names no result and stays vague."""
    if lead is not Leads.VAGUE or lead_token is None or lead_token.lemma.lower() != "transform" or lead_token not in words:
        return lead
    rest = words[words.index(lead_token) + 1:]
    into = next((i for i, t in enumerate(rest) if t.text.lower() in ("to", "into")), None)
    if into is None or into == 0 or not any(t.pos in (NOUN, PROPN) for t in rest[:into]):
        return lead
    # the named thing right after "to" ("to the new event API"), not a purpose ("to drive growth")
    target = next((t for t in rest[into + 1:into + 5] if t.pos not in (DET, ADJ)), None)
    return Leads.TASK if target is not None and target.pos in (NOUN, PROPN) else lead


# A quality equal to a named thing's: "as fast as warm boot", «таким же быстрым, как», «так же быстро, как»,
# "和电脑一样快" (not "as soon as", "as well as", "as much as possible"). Made so, it is a quality of the thing
# (`_make_vague`); as a bound it is checkable against that thing (`_compared_with_a_reference` in text.py).
PARITY = lazy_compile(
    r"(?i)\bas (?!soon\b|well\b|much\b|many\b|far\b|long\b|possible\b)[a-z-]+ as (?!possible\b|needed\b|required\b|necessary\b)\w"
    r"|\bтак(?:ой|ая|ое|ие|им|ими|ого|ую|ой)? же [а-яё]+,? как\b"
    r"|[和与跟同][^，,。；;]{1,12}一样[\u4e00-\u9fff]")


def _made_thing_acting(lead_token: Token | None, lead: Lead, words: list[Token], in_class) -> Lead:
    """A made thing as the subject of a verb of moving, with no measure moved: «`make up` поднимает все
    сервисы» brings them up (поднимать both raises and starts) — what the thing does, a feature, not
    a measure raised ("The new checkout raises conversion" moves one)."""
    if lead not in (Leads.INCREASE, Leads.DECREASE):
        return lead
    at = _place(words, lead_token)
    if at < 0:
        return lead
    subject = last_noun_before(words, at)
    if subject is None or not in_class(subject, "code"):
        return lead
    return lead if any(in_class(t, "metric") for t in words[at + 1:]) else Leads.TASK


def _back_into_a_state(lead_token: Token | None, lead: Lead, words: list[Token]) -> Lead:
    """"Get back into good shape", as «Вернуться в форму»: "get back" followed by "into", "to", "in" or
    "on" returns to a state, a position to reach; "Get back the deposit" gets a thing back."""
    if lead_token is None or lead_token.verb_family != "get back" or lead_token not in words:
        return lead
    at = words.index(lead_token)
    after = words[at + 2:at + 3]  # past the particle "back"
    return Leads.BECOME if after and after[0].text.lower() in ("into", "to", "in", "on") else lead


def _followed_by_of(words: list[Token], token: Token) -> bool:
    """"of" or "on" right after the word: "5 kg of muscle", "the line on churn"."""
    at = words.index(token)
    return at + 1 < len(words) and words[at + 1].text.lower() in ("of", "on")


# Verbs of getting, losing or holding, by lemma, and the move they make when a measure is their object.
# Verbs of saving or freeing an amount, and the nouns of time or money they may act on.
_SAVE_OR_FREE = frozenset({"save", "free", "сэкономить", "экономить", "высвободить", "высвобождать", "освободить"})
_AMOUNT_NOUNS = frozenset({"time", "hour", "money", "время", "час", "деньга", "деньги", "средство"})
_GAIN_OR_LOSE = {"gain": Leads.INCREASE, "lose": Leads.DECREASE, "build": Leads.INCREASE, "набрать": Leads.INCREASE,
                 "потерять": Leads.DECREASE, "hold": Leads.MAINTAIN, "держать": Leads.MAINTAIN}


def _measure_gained_or_lost(lead_token: Token | None, lead: Lead, words: list[Token], lang: str, in_class) -> Lead:
    """"Gain weight", "Lose weight", «Набрать вес», "Gain market share": getting or losing a measure moves
    it, as "increase" and "reduce" do ("Build muscle" too); "Gain trust", "Lose the backlog", "Build a
    retention model" get, lose or make a thing. Holding a measure keeps its level ("Hold gross margin at
    30%", «Держать NPS выше 50»), as "keep" does; "Hold a workshop" holds an event."""
    if lead not in (Leads.REACH, Leads.TASK) or lead_token is None:
        return lead
    if lead_token.lemma.lower() in _SAVE_OR_FREE:
        # "Save the team time", «Высвободить время команды», "Save money on hosting": time or money saved or freed
        # is more of it, a measure moved (with no number, as vague as "Increase free time"); "Free doctors from
        # paperwork" frees people
        at, head = words.index(lead_token), _object_head(words, lead_token, lang)
        near = ([head] if head is not None else []) + words[at + 1:at + 4]  # the object, or a word right after
        return Leads.INCREASE if any(t.lemma.lower() in _AMOUNT_NOUNS for t in near) else lead
    if lead_token.lemma.lower() not in _GAIN_OR_LOSE:
        return lead
    head = _object_head(words, lead_token, lang)
    if head is not None and lang == "en" and _followed_by_of(words, head) and (
            head.lemma.lower() == "line" or lexicon().has(lang, "measure_units", head.lemma.lower())):
        # "Hold the line on churn", "Build 5 kg of muscle": what is held or built comes after "on"/"of"
        head = _object_head(words, words[words.index(head) + 1], lang)
    moved = head is not None and (in_class(head, "metric") or in_class(head, "body_measures"))
    after = words[words.index(head) + 1:words.index(head) + 2] if moved else []
    # "Hold revenue reviews weekly": a measure before a word tagged a verb (a plural the tagger misreads) modifies it
    moved = moved and not (after and after[0].pos is VERB)
    return _GAIN_OR_LOSE[lead_token.lemma.lower()] if moved else lead


def _weights_lifted(lead_token: Token | None, lead: Lead, words: list[Token]) -> Lead:
    """"Lift weights 3 days a week": lifting weights (the plural, gym weights) is exercise done, as
    «Заниматься со штангой» and 举铁 are — not a body measure raised, as "Gain weight" is."""
    if lead is not Leads.INCREASE or lead_token is None or lead_token.lemma.lower() != "lift" or lead_token not in words:
        return lead
    at = words.index(lead_token)
    return Leads.TASK if at + 1 < len(words) and words[at + 1].text.lower() == "weights" else lead


def _light_verb(lead_token: Token | None, lead: Lead, words: list[Token], lang: str, in_class) -> Lead:
    """"Make improvements to X", "Внести улучшения в X", "对X进行优化": the noun after a light
    verb carries the action, so the KR moves something with no target, like "Improve X" does."""
    if lead not in (Leads.TASK, Leads.ONGOING) or lead_token not in words:
        return lead
    if lang == "zh":  # "对注册流程进行优化": 对 fronts the object, the light verb comes later
        light = next((i for i, t in enumerate(words) if in_class(t, "light_verbs")), None)
        action = words[light + 1] if light is not None and light + 1 < len(words) else None
    else:
        action = _object_head(words, lead_token, lang) if in_class(lead_token, "light_verbs") else None
    if action is None:
        return lead
    moved = _classify(action, in_class)
    if moved in (Leads.INCREASE, Leads.DECREASE):
        return moved
    # "Drive adoption of the new dashboard", "Drive engagement": a measure driven, with no target
    # (an action noun: "Deliver a number of features" counts things made, "Make a sale" makes one)
    driven = action.verb_form is ACTION_NOUN and in_class(action, "metric")
    if moved in (Leads.VAGUE, Leads.REWORK) or driven:
        return Leads.VAGUE
    # "Drive 500 sign-ups from the webinars", "Bring 20 new customers": what customers do, brought in, as "Generate …"
    # — counted, and the word must end its noun phrase ("the top 10 customer requested features" are
    # features, "a working map view with pins" is one view made)
    at = words.index(action) if action in words else -1
    ends = at + 1 == len(words) or words[at + 1].pos in (ADP, CONJ, PUNCT, DET)
    counted = any(t.pos is NUM for t in words[words.index(lead_token) + 1:at]) if at > 0 else False
    # ("Make 40 sales in new regions", «Совершить 40 продаж»: the business's own result counted, as "Close 50 deals")
    brought = lang in ("en", "ru") and ends and counted and (
        in_class(action, "customer_actions") or in_class(action, "outcome_units") or in_class(action, "business_metrics"))
    return Leads.REACH if brought else lead


# "X made into Y": the result after the verb of a 将/把 clause
_ZH_BECOMING = frozenset({"成为", "做成", "造成", "变成", "建成"})  # whole words ("把公司打造成…": jieba cuts 打/造成)
_ZH_INTO = _ZH_BECOMING | {"为", "成"}


def _zh_make_into(words: list[Token]) -> bool:
    """"将/把 X 打造为 Y": the disposal construction with a result — X becomes Y."""
    if not words or words[0].text not in ("将", "把"):
        return False
    clause = _clauses(words)[0]
    if any(t.text in _ZH_BECOMING for t in clause):
        return True  # "把公司打造成行业标杆"
    # a verb that makes things, then its result: "打造为", "建设成"; "翻译成英文" translates
    verbs = [i for i, t in enumerate(clause) if "creates" in t.classes or "make" in t.classes]
    return bool(verbs) and any(t.text in _ZH_INTO for t in clause[verbs[0] + 1:verbs[0] + 3])


def comparative(token: Token) -> bool:
    """A comparative ("healthier", "cozier", «довольнее», «стабильнее»): a direction with no target."""
    if token.lang == "ru":
        # pymorphy3 tags every synthetic comparative COMP, so no list of them is needed; "не позже",
        # "не хуже" (bounds) are excluded by the caller, as "no later than" is
        return "COMP" in token.tags
    text = token.text.lower()
    # the analyzer reads an unknown "-ier" word as a comparative unless it is a noun ("courier")
    return token.lang == "en" and text.endswith(("ier", "er")) and len(text) > 4 and token.pos is ADJ and token.lemma != text


# English verbs of an event taking place, in the past: "ran", "happened", "occurred", "took place".
_TOOK_PLACE = frozenset({"run", "happen", "occur"})


def _events_took_place(words: list[Token], at: int, in_class) -> bool:
    """A simple past of taking place right after the events it says of: "12 workshops ran", "3 hackathons took
    place" — the events held, done (not "Sales ran ahead of plan": sales are no event)."""
    token = words[at]
    if token.pos is not VERB or token.verb_form is not FINITE or not at or not in_class(words[at - 1], "events"):
        return False
    low, lemma = token.text.lower(), token.lemma.lower()
    if low == lemma or low.endswith("s"):
        return False  # "workshops run weekly", "a meetup runs": how it goes on, not done once
    return lemma in _TOOK_PLACE or (lemma == "take" and at + 1 < len(words) and words[at + 1].text.lower() == "place")


def _completion(analysis: TextAnalysis, words: list[Token], lang: str, lead_token: Token | None, lex: Lexicon,
                in_class) -> bool:
    """A deliverable stated as done: a passive participle, "available", or zh "…上线" at the end."""
    # (a change a verb of phase goes on with opens it too: "Continued growth of paid seats")
    opens = lead_token is not None and (_opens_the_text(words, lead_token) or (
        in_class(words[0], "phase_verbs") and _change_named_after_phase(words, words[0], in_class) is lead_token))
    if opens and (
            lead_token.verb_form in (IMPERATIVE, INFINITIVE)
            or (lead_token.verb_form is ACTION_NOUN and (in_class(lead_token, "increase") or in_class(lead_token, "decrease")))):
        # an order ("Present demos to qualified opps"), or a change named first ("Reduction in parcels marked as
        # lost"): later participles are attributes
        return False
    if lead_token is not None and lead_token.verb_form is GERUND and lead_token is words[0] and not any(
            t.verb_form is PARTICIPLE and words[i - 1].pos in (NOUN, PROPN) for i, t in enumerate(words) if i):
        # the order's heading form ("Building a labeled dataset", "Migrating 33% of …"), unless a participle
        # after a noun is the predicate ("Scaling spike and testing spike completed": the spikes are done)
        return False
    for at, token in enumerate(words):
        if "perfect" in token.tags and token.pos is VERB:
            return True  # "We've documented the buyer journey"
        if token.verb_form is PARTICIPLE and ("PRTS" in token.tags or lang != "ru" or _ru_made_thing_named(words, at, in_class)):
            # ("… is formally improved", «улучшена»: a change said, no thing done; "more structured",
            # «более структурированным»: a state graded by a comparison)
            # (nor a feeling or a quality named by a participle: "Users are satisfied with support", "trusted")
            if not any(in_class(token, c) for c in ("increase", "decrease", "maintain", "reach", "value")) \
                    and (token.lemma.lower() not in IMPROVING or before_its_noun(words, at)) \
                    and not (at and words[at - 1].text.lower() in _GRADING_WORDS) \
                    and not _after_a_unit_marker(words, at) \
                    and not _describes_the_noun_after(words, at) \
                    and not _participle_negated(words, at, lang) \
                    and not _counts_things_so_described(words, at, lang, lex, in_class) \
                    and not _ongoing_done_well(words, at, in_class):
                return True
        if (token.lemma in AVAILABLE or token.text.lower() in AVAILABLE) and not _after_a_unit_marker(words, at):
            return True
        if lang == "ru" and token.verb_form is FINITE and {"past", "perf"} <= token.tags and token is not words[0]:
            return True  # "Все отделы сформулировали OKR": done, said of the subject
        if lang == "en" and _events_took_place(words, at, in_class):
            return True  # "12 onboarding workshops ran", "3 hackathons took place": held, as "… held" says
    if mentions(analysis, lex.get(lang, "done_phrases")):
        return True
    if lang == "zh" and words:
        last = words[-1]
        # "移动应用频繁发布": released again and again (how often is the number left out), not done once;
        # but 持续 before a verb names a practice ("持续部署", continuous deployment), set up once
        return last.lemma in ZH_COMPLETION_TAIL and len(words) > 1 and words[0] is not last \
            and not (in_class(words[-2], "vague_frequency") and words[-2].text != "持续") \
            and not _zh_quality_then_de(words, len(words) - 2)  # "快速的交付": fast delivery, no thing delivered
    return False


def _opens_the_text(words: list[Token], token: Token) -> bool:
    """`token` is the first word, or comes after adverbs only ("Quickly fix reported bugs")."""
    for word in words:
        if word is token:
            return True
        if word.pos is not ADV:
            return False
    return False


def before_its_noun(words: list[Token], at: int) -> bool:
    """The word at `at` stands right before a noun it describes: "optimized derivatives", "improved onboarding" —
    a thing redone, named; after its noun ("The checkout flow is optimized") it says a change."""
    return at + 1 < len(words) and words[at + 1].pos in (NOUN, PROPN)  # (PROPN: a noun in Title Case)


def _ru_made_thing_named(words: list[Token], at: int, in_class) -> bool:
    """«Переработанный процесс оформления заказа», «Обновлённый сайт компании»: a Russian heading that opens with
    a perfective passive participle before its noun names the thing made or redone, as "Redesigned checkout
    flow" does — a deliverable, done. (Later in a text such a participle only describes: «… на обновлённом сайте».)"""
    token = words[at]  # («Оптимизированные компоненты»: a vague change named, no thing done)
    return at == 0 and len(words) > 1 and {"PRTF", "pssv", "perf"} <= token.tags and words[1].pos is NOUN \
        and not any(t.pos is VERB for t in words[1:]) and not in_class(token, "vague")


# Word classes of a verb of one's own work made, shipped or finished ("build", «завершить», 搭建, 上线): with
# a budget phrase, a project bounded by it; before a coverage, the deliverable's scope.
_OWN_WORK_DONE = frozenset({"complete", "delivers", "creates"})
# Verbs of making better with no end: their participle says a change, no thing done ("… is improved").
IMPROVING = frozenset({"improve", "enhance", "optimize", "optimise", "улучшить", "улучшать", "оптимизировать"})
# Nouns of a level, and the words that bring a measure to one ("to the 2023 level", «до уровня десктопа», "到…水平").
_LEVEL_NOUNS = frozenset({"level", "уровень", "水平"})
_TO_A_LEVEL = frozenset({"to", "до", "к", "到", "至"})
# Words that make a level vague, not named: "a higher level", "the next level", «новый уровень», "更高水平".
_VAGUE_LEVEL_WORDS = frozenset({"high", "higher", "new", "next", "better", "другой", "высокий", "новый", "следующий",
                                "качественно", "高", "更高", "新", "较高", "更好", "新的"})


def _grades_a_level(token: Token) -> bool:
    """A word that makes a level vague: "higher", «новый», "更高", a comparative or a vague adverb."""
    return token.lemma.lower() in _VAGUE_LEVEL_WORDS or token.text.lower() in _VAGUE_LEVEL_WORDS or comparative(token) \
        or "vague_adverbs" in token.classes


# Words right before an adjective that make it a comparative: "more stable", «более стабильные», "更稳定".
_COMPARATIVES_BEFORE = frozenset({"more", "less", "более", "менее", "更", "更加", "越来越"})
# Words that grade a state by comparison ("more structured", «более вовлечены»): no state done, a direction.
_GRADING_WORDS = frozenset({"more", "less", "better", "более", "менее", "больше", "меньше", "лучше"})


def _ongoing_done_well(words: list[Token], i: int, in_class) -> bool:
    """"Our data platform is successfully supported", «Портал активно поддерживается»: work that goes on, said to
    go well (an adverb of manner before it) — no deliverable done, and no target for "well"."""
    token = words[i]
    return i > 0 and words[i - 1].pos is ADV and (in_class(token, "ongoing") or in_class(token, "upkeep"))


def _counts_things_so_described(words: list[Token], i: int, lang: str, lex: Lexicon, in_class) -> bool:
    """An English -ing or -ed form after the things a measure counts: "number of invoices paid", "% of
    tickets resolved in a day", "Number of teams using the design system", "Percentage of trials
    converting to paid" — which things are counted (a reduced relative clause, as a Russian participle
    or a Chinese clause before 的 is), neither an order nor a deliverable done."""
    if lang != "en":
        return False
    for j in range(i - 1, max(-1, i - 8), -1):
        word = words[j]
        if word.text.lower() == "of":
            # ("# of searches using the new filters": the sign before "of" is no word, and counts as "Number" does)
            return j == 0 or _is_metric(words[j - 1], lang, lex, in_class) or words[j - 1].text == "%"
        if not (word.pos in (NOUN, PROPN, ADJ, DET, NUM, ADP) or (word.pos is VERB and word.verb_form in (GERUND, PARTICIPLE))):
            return False
    return False


def _participle_negated(words: list[Token], i: int, lang: str) -> bool:
    """An English participle said not to hold: "WGs aren't blocked", "developers are no longer affected by
    gx" — a problem gone, for people (an outcome), not a deliverable done."""
    if lang != "en":
        return False
    before = [t.text.lower() for t in words[max(0, i - 3):i]]
    return any(word == "longer" or _negation_word(word) for word in before)


def _employment_time(words: list[Token], i: int) -> bool:
    """"full time", "part time": a kind of job ("Add 1 full time developer"), not a time measured."""
    return i > 0 and words[i].text.lower() == "time" and words[i - 1].text.lower() in ("full", "part")


def _is_metric(token: Token, lang: str, lex: Lexicon, in_class) -> bool:
    if (token.lang or lang) == "en" and token.pos is VERB and (
            token.verb_form is PARTICIPLE or (token.verb_form is IMPERATIVE and token.start > 0)):
        # "a BD-led opportunity", "… (View all proposals)": the verb, not the measure "leads" or "views" (a
        # text's first word may be a measure's name the tagger took for an order: "Churn −2%")
        return False
    if in_class(token, "metric"):
        return True
    if (token.lang or lang) == "zh":  # 转化率, 客单价, 人数: the ending makes the metric
        if lex.has("zh", "not_metric", token.lemma):
            return False
        return lex.has_suffix("zh", "metric_suffixes", token.text)
    if (token.lang or lang) == "en" and token.text.isupper() and 2 <= len(token.text) <= 5:
        return lex.has("en", "metric", token.text.lower())
    return False


def _base_of_people(words: list[Token], at: int, lang: str, lex: Lexicon) -> bool:
    """An English base of people, as "customer base" is: "rider base", "seller base" — how many of them the
    business has, a measure of its own («базу продавцов» already reads so: the people counted after it)."""
    token = words[at]
    return lang == "en" and at > 0 and token.lemma.lower() == "base" and _is_person(words[at - 1], lang, lex, _in_class)


def _purpose(analysis: TextAnalysis, words: list[Token], lang: str, lead_token: Token | None, lex: Lexicon,
             in_class) -> bool:
    """A purpose clause: "…, чтобы …", "… so that / so staff …", "为了…，…", "…，以便…", "…，让患者少跑腿"."""
    if mentions(analysis, lex.get(lang, "purpose_phrases")):
        return True
    if mentions(analysis, lex.get(lang, "question_words")):
        return True  # "判定创作者渠道值不值得投入", "Find out whether…": the answer is what it is for
    for i, token in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if i > 0 and token.text.lower() == "so" and nxt is not None and nxt.lemma not in ("far", "much", "many", "on"):
            return True  # "Cut empty miles so each truck earns more"
        if _result_clause(words, i, lang, in_class):
            return True
        if token is lead_token:
            if lang == "zh" and i >= 3 and words[i - 1].text in (",", "，") and in_class(token, "causative"):
                return True  # "用看板统一进度，让每个项目可追踪": jieba finds no verb before the comma, 让 is still its aim
            continue
        if in_class(token, "purpose") and not (i == 0 and len(token.text) == 1):  # a leading 以 means "with"
            return True
        after_comma = i > 0 and words[i - 1].text in (",", "，")
        if after_comma and in_class(token, "causative"):
            return True
        if after_comma and lang == "zh" and token.text in _ZH_AIMS_AFTER_A_COMMA and i + 1 < len(words):
            return True  # "搭建数据中台，赋能业务快速决策", "沉淀数据资产，为管理层决策提供依据", "…，保障门店不断货": what it is for
        if lang == "zh" and in_class(token, "causative") and lead_token in words[:i] and nxt is not None \
                and _is_person(nxt, lang, lex, in_class):
            return True  # "打造让学生爱上编程的课程", "搭建平台让用户自助查询": what the thing made lets people do
    if _effect_clause(words) or (lang == "zh" and _zh_used_by_people(words)):
        return True
    if _serves_an_aim(words, lang, in_class):
        return True
    after_lead = words[words.index(lead_token) + 1:] if lead_token in words else []
    return lang == "en" and any(t.verb_form is INFINITIVE and t.pos is VERB and not _infinitive_complement(words, t, lead_token, in_class)
                                and not _end_of_a_range(words, t) for t in after_lead)


# Chinese words that open a clause of aim after a comma, as 让 does: the work is for serving, empowering or
# securing what follows ("…，赋能一线销售", "…，为客户提供…", "…，保障门店不断货").
_ZH_AIMS_AFTER_A_COMMA = frozenset({"赋能", "服务", "服务于", "保障", "确保", "为"})


def _end_of_a_range(words: list[Token], token: Token) -> bool:
    """"from idea to release", "from signup to purchase": the word after "to" ends a range that "from"
    opened; it is a noun there, not an infinitive of purpose."""
    at = words.index(token)
    if at < 2 or words[at - 1].text.lower() != "to":
        return False
    before = words[max(0, at - 5):at - 1]
    return any(t.text.lower() == "from" for t in before) and not any(t.pos is VERB for t in before)


# Nouns whose "to" + verb says what the noun is, not what the work is for: "efforts to build",
# "the ability to deploy daily", "a plan to migrate".
_COMPLEMENT_NOUNS = frozenset({"effort", "attempt", "plan", "initiative", "ability", "capacity", "capability",
                               "commitment", "readiness", "willingness", "intent", "intention", "push", "way"})


def _infinitive_complement(words: list[Token], verb: Token, lead_token: Token | None, in_class) -> bool:
    """An English infinitive that completes a word instead of stating a purpose: "Continue to grow",
    "Start to make" (a verb of phase, then the work itself) or "Continue efforts to build" (a noun of
    effort or plan, then what it is)."""
    at = words.index(verb)
    if at < 2 or words[at - 1].text.lower() != "to":
        return False
    before = words[at - 2]
    if before is lead_token and in_class(before, "phase_verbs"):
        return True
    return before.pos is NOUN and before.lemma.lower() in _COMPLEMENT_NOUNS


def _serves_an_aim(words: list[Token], lang: str, in_class) -> bool:
    """What the work is for, named after a preposition of benefit: "prepared for 2020 growth",
    "для роста продаж", "为…达成全年业务目标提供基础". Chinese puts the aim at the end of the 为 phrase,
    so the whole clause counts; English and Russian put it first."""
    for i, token in enumerate(words):
        if not in_class(token, "for_words") or token.text.lower() in _NOT_FOR:
            continue
        rest = list(takewhile(lambda t: t.pos is not PUNCT, words[i + 1:]))
        window = rest if lang == "zh" else rest[:3]
        for at, word in enumerate(window):
            nxt = window[at + 1] if at + 1 < len(window) else None
            # "for growth metrics", "for the growth team": a word of aim that only modifies a noun
            if in_class(word, "aims") and not (lang == "en" and nxt is not None and nxt.pos is NOUN):
                return True
    return False


# "to" and "у" are prepositions of benefit only before people ("to users", "у клиентов").
_NOT_FOR = frozenset({"to", "у"})


_RELATIVE = {"that", "which", "который"}
_DESCRIBING_VERBS = {"be", "быть", "есть", "have", "иметь", "являться"}  # "that are…", "которая есть у…"
_SUBJECT_WORDS = (DET, NUM, ADJ, NOUN, PROPN)
_USERS = frozenset({"beneficiary", "adopters"})


def someone_else(token: Token) -> bool:
    """People or an organisation other than the team ("customers", "partner clinics", 客户, «клиенты»): whose use of
    a thing made is its value, and whose doings counted are an outcome ("the team" also adopts, but it is ours)."""
    return bool(_USERS & token.classes) and "teams" not in token.classes


def _effect_clause(words: list[Token]) -> bool:
    """A relative clause that says what the thing does: "partnerships that grow our presence",
    "Офис, в который хочется приходить". A copula or "have" ("endeavours that are still
    priorities", "CRM, которая есть у конкурентов") only describes it."""
    for i, token in enumerate(words[1:], start=1):
        if token.lemma not in _RELATIVE and token.text.lower() not in _RELATIVE:
            continue
        # the clause's own subject may come first: "an MVP that 3 pilot clinics can use daily", «которым 3 клиники пользуются»
        subject = list(takewhile(lambda t: t.pos in _SUBJECT_WORDS, words[i + 1:i + 5]))
        if subject and not any(someone_else(t) for t in subject):
            subject = []  # "a dashboard that the team reviews weekly": the team's own use of its own work, no value
        verb = next((t for t in words[i + 1 + len(subject):i + 3 + len(subject)] if t.pos is VERB), None)
        if verb is not None and "aux" not in verb.tags and verb.lemma not in _DESCRIBING_VERBS:
            return True
    return False


# Classes of a verb that moves or names a measure: "客户流失的比例" names the churn rate, no use of a thing.
_MEASURE_VERBS = frozenset({"metric", "increase", "decrease", "vague", "maintain", "reach", "rises"})


def _zh_used_by_people(words: list[Token]) -> bool:
    """A Chinese clause before 的 in which people or their organisations use the thing named after it:
    "客户每天都在用的预约功能", "3家诊所都能用的应用" (Chinese puts the relative clause first, as "the feature
    customers use every day"). The team's own use ("团队内部使用的模板") or a measure ("客户流失的比例",
    "用户注册的转化率") is none."""
    for i, token in enumerate(words):
        if token.lang != "zh" or not someone_else(token):
            continue
        for at in range(i + 1, min(i + 5, len(words) - 2)):
            verb, thing = words[at], words[at + 2]
            if verb.pos is VERB and words[at + 1].text == "的" and _MEASURE_VERBS.isdisjoint(verb.classes) \
                    and verb.lemma not in _ZH_DESCRIBING and "metric" not in thing.classes:
                return True
    return False


_ZH_DESCRIBING = frozenset({"是", "有", "为"})


def _result_clause(words: list[Token], i: int, lang: str, in_class) -> bool:
    """After a clause of work, a clause that says what the work achieves: "完成核心系統重構，降低後期
    運維成本", "…，实现营收增长", "Rebuild the supply chain, achieving lower unit costs", «…, добившись
    снижения себестоимости». English and Russian say it with a gerund after the comma."""
    work = any(t.pos is VERB or t.verb_form is ACTION_NOUN for t in words[: i - 1])  # "重构供应链，…" (重构 as a noun)
    if i < 2 or words[i - 1].text not in (",", "，") or not work:
        return False
    if _states_a_metric_target(words[: i - 1], lang, in_class):
        return False  # "营收增长20%，降低获客成本": a first target, then a second; no work and its result
    verb = words[i]
    if lang != "zh" and verb.verb_form is not GERUND:
        return False
    if in_class(verb, "increase") or in_class(verb, "decrease"):
        return any(in_class(t, "metric") or in_class(t, "value") or in_class(t, "harm") or in_class(t, "quality")
                   for t in words[i + 1:])
    if not (in_class(verb, "reach") or in_class(verb, "ensure")):
        return False
    # what is reached must be a result for the business or for people, or a change of one: a quality of
    # the work itself ("完成初稿，达到可发布的质量") is still the work
    clause = takewhile(lambda t: t.pos is not PUNCT, words[i + 1:])
    return any(in_class(t, c) for t in clause for c in ("metric", "business_metrics", "value", "harm", "increase", "decrease"))


_RATE_HEADS = frozenset({"rate", "ratio", "score"})


_CLAUSE_BREAK = lazy_compile(r"[,，;；]")
# The noun "value" itself: it names a value only when someone gets it.
_VALUE_NOUNS = frozenset({"value", "ценность", "价值"})
_SOMEONE = frozenset({"beneficiary", "teams", "staff", "communities"})
_TO_SOMETHING = frozenset({"to", "for", "для"})


def _value_for_a_thing(words: list[Token], i: int, lang: str, lex: Lexicon) -> bool:
    """The value noun at `i` is given to a thing, not to people: "value to the product", «ценность для
    продукта», «ценность продукту» (dative), "为产品增加价值". Its recipient is the head of the noun
    phrase after "to"/"for"/«для» (or a Russian dative right after it; in Chinese, what 为/给 opens
    before it); a recipient that is people, a team or a community ("value for our customers") keeps it."""
    if lang == "zh":
        opener = next((j for j in range(i - 1, -1, -1) if words[j].text in ("为", "给") or words[j].pos is PUNCT), None)
        if opener is None or words[opener].pos is PUNCT:
            return False
        span = list(takewhile(lambda t: t.pos is not VERB, words[opener + 1:i]))
        recipient = next((t for t in reversed(span) if t.pos in (NOUN, PROPN, X)), None)
    elif i + 1 < len(words) and words[i + 1].lemma in _TO_SOMETHING:
        after = list(takewhile(lambda t: t.pos in (DET, PRON, ADJ, NOUN, PROPN, X, NUM), words[i + 2:]))
        recipient = head_noun(after, lang)
    elif lang == "ru" and i + 1 < len(words) and words[i + 1].pos is NOUN and "datv" in words[i + 1].tags:
        recipient = words[i + 1]
    else:
        return False
    return recipient is not None and not recipient.classes & _SOMEONE and not _is_person(recipient, lang, lex, _in_class)


def _names_a_rate(words: list[Token], i: int) -> bool:
    """The word right before a rate's head in an English compound: "success" in "payment success rate"
    (Russian and Chinese name the rate in one word or after it: «доля успешных платежей», 成功率)."""
    return i + 1 < len(words) and words[i + 1].lemma in _RATE_HEADS and words[i + 1].pos is NOUN


def _states_a_metric_target(clause: list[Token], lang: str, in_class) -> bool:
    """A clause that names a measure and a number: "营收增长20%", "Grow revenue 20%", "将成功率提升至99.5%"
    (a zh measure by its ending, 率)."""
    lex = lexicon()
    return any(t.pos is NUM for t in clause) and any(
        _is_metric(t, lang, lex, in_class) or in_class(t, "business_metrics") or in_class(t, "outcome_units") for t in clause)


# Chinese measure words that name what is counted as deals or orders themselves: "成交50单", "放款300笔".
_ZH_DEAL_UNITS = frozenset({"单", "笔"})


def _outcome_count(analysis: TextAnalysis, words: list[Token], in_class, lex: Lexicon) -> bool:
    """A number of customers, users, sales or money: the world changed, not just the team's output.

    The counted thing follows the number ("1000 сделок", "10000 readers") or, in Chinese, is named
    before it with a classifier inside the number ("新客户增加100家").
    """
    starts = [t.start for t in words]
    for quantity in analysis.quantities:
        if quantity.kind is QuantityKind.CURRENCY:
            return True
        if quantity.kind is QuantityKind.DURATION:
            continue  # "让客户在5分钟内完成开户": how long a thing takes counts nothing done
        at = bisect_left(starts, quantity.end)  # words after the number, found without a scan
        following = [t for t in words[at:at + 6] if t.pos is not NUM][:3]
        if analysis.lang == "zh" and quantity.unit in _ZH_DEAL_UNITS and (not following or following[0].text in (",", "，")):
            return True  # "本季度成交50单", "签单20笔": the measure word names the deals themselves, the count ends the clause
        named = any(_outcome_unit(t, analysis.lang, lex, in_class) for t in following)
        if named or analysis.lang == "zh":
            head = _counted_head(words[at:], analysis.lang)
            if named and not ((analysis.lang != "zh" and _own_work(head, in_class)) or _names_a_thing_of_people(head, words[at:at + 6], lex, in_class)):
                return True  # but "5 customer interviews" are interviews held, "1 community site" a site
            if analysis.lang == "zh" and head is not None and _outcome_unit(head, "zh", lex, in_class):
                return True  # "签约2家医疗行业的设计合作伙伴": the phrase ends in what is counted
            if analysis.lang == "zh" and _zh_in_use_counted(words[at:at + 6]):
                return True  # "1000个活跃工作区", "200个付费账号": things others use or pay for, as 'active workspaces'
        first_after = bisect_left(starts, quantity.start)
        before = [t for t in words[max(0, first_after - 6):first_after] if t.end <= quantity.start and t.pos not in (NUM, ADP)][-3:]
        unit = (quantity.unit or "").strip()
        if analysis.lang == "zh" and not (lex.has("zh", "outcome_units", unit) or unit in _ZH_GENERAL_CLASSIFIERS):
            continue  # "新客户增加100家": the classifier must fit the thing counted (个 fits any: "新增用户500个")
        # the counted thing before the number: "Продать бронирований на 10 млн", "客户增加100家";
        # people only in Chinese, where they come first ("新增付费用户100人"), not "Ученики 9-х классов"
        counted = (lambda t: _outcome_unit(t, "zh", lex, in_class)) if analysis.lang == "zh" else (
            lambda t: in_class(t, "outcome_units"))
        if quantity.kind in (QuantityKind.COUNT, QuantityKind.PLAIN) and any(counted(t) for t in before):
            return True
    return False


def _names_a_thing_of_people(head: Token | None, following: list[Token], lex: Lexicon, in_class) -> bool:
    """A compound whose head (last in English and Chinese) is a thing, the people before it only saying
    whose ("1 community site", "3 partner integrations", "3 customer case studies", "2个合作伙伴门户"): the
    thing is counted, not the people."""
    following = [t for t in following if t.pos not in (NUM, CLASSIFIER)]
    if head is None or head.lang not in ("en", "zh") or head.pos is not NOUN or head not in following[1:]:
        return False
    at = following.index(head)
    # the nouns of the compound before it, up to a measure ("… view ratio (ewd)" names a ratio, no thing of people)
    modifiers = list(takewhile(lambda t: t.pos is NOUN and not in_class(t, "metric"), reversed(following[:at])))
    return any(_outcome_unit(m, head.lang, lex, in_class) for m in modifiers) \
        and not _outcome_unit(head, head.lang, lex, in_class)


def group_head(nouns: list[Token], lang: str) -> Token | None:
    """The head of a noun group: its first noun in Russian, its last in English and Chinese compounds
    ("20 customer demos" counts demos, «5 интервью с клиентами» интервью)."""
    return (nouns[0] if lang == "ru" else nouns[-1]) if nouns else None


def _counted_head(after: list[Token], lang: str) -> Token | None:
    """The head of the phrase a number counts, however long its modifiers: "5 customer interviews",
    «5 интервью с клиентами», "2家医疗行业的设计合作伙伴" (Chinese ends the phrase with it, before a
    verb or a stop; English and Russian end it at a preposition too)."""
    stops = (VERB, PUNCT) if lang == "zh" else (VERB, PUNCT, ADP)
    kinds = (NOUN,) if lang == "zh" else (NOUN, PROPN)
    phrase = takewhile(lambda t: t.pos not in stops, (t for t in after if t.pos is not NUM))
    return group_head([t for t in phrase if t.pos in kinds], lang)


def _own_work(head: Token | None, in_class) -> bool:
    """The thing counted is the team's own event or artifact; a word of both kinds ("reviews": held, or
    given by customers) is what customers give."""
    return head is not None and (in_class(head, "events") or in_class(head, "artifacts")) \
        and not in_class(head, "outcome_units")


_ZH_IN_USE = frozenset({"活跃", "付费", "在用"})  # what others do with the things counted (active, paying, in use)


def _zh_in_use_counted(after: list[Token]) -> bool:
    """The words after a number open with what others do with the things counted, then the things: "活跃工作区"."""
    tokens = [t for t in after if t.pos not in (NUM, CLASSIFIER)]
    return len(tokens) >= 2 and tokens[0].text in _ZH_IN_USE and tokens[1].pos is NOUN


# 个 (and 条, 次, 份) count anything; what they count is the noun named before them, which must then be an
# outcome unit
_ZH_GENERAL_CLASSIFIERS = frozenset({"个", "条", "次", "份"})  # 条 items, 次 times, 份 copies: of whatever is named


def _outcome_unit(token: Token, lang: str, lex: Lexicon, in_class) -> bool:
    """Customers, users, sales or money counted: an outcome. The team's own staff hired is its work."""
    return in_class(token, "outcome_units") or (_is_person(token, lang, lex, in_class) and not in_class(token, "staff"))


def _moves_metric_later(analysis: TextAnalysis, words: list[Token], lead_token: Token | None, in_class) -> bool:
    if lead_token is None or not analysis.quantities:
        return False
    later = words[words.index(lead_token) + 1:] if lead_token in words else []
    # the move's own target comes after it ("Launch X to reach 20%", "…，使转化率提升5%"); a number
    # before it counts the task's output ("Create 5 documents aimed at lowering the barrier")
    # a gerund right after the lead is its object ("Run onboarding calls"), not a second predicate
    later_moves = [t for j, t in enumerate(later) if t.pos is VERB and not (j == 0 and t.verb_form is GERUND)
                   and any(in_class(t, c) for c in ("increase", "decrease", "reach"))]
    if any(any(q.start >= t.end for q in analysis.quantities) for t in later_moves):
        return True
    # "…скриптами, экономя 4 часа в неделю", "…, saving 2 hours a week": an outcome in a participle clause
    # (not the gerund right after the lead: "Hold sourcing sessions for 90% of open roles" holds sessions)
    gerunds = [t for j, t in enumerate(later) if t.verb_form is GERUND and j > 0]
    return any(q.kind in LEVEL_KINDS and any(q.start > g.start for g in gerunds) for q in analysis.quantities)


# ("从不", "总是", "始终": what the subject never or always does is its state, as "always finds its peers" is)
_ZH_STATE_MARKERS = ("更", "不再", "能", "可以", "愿意", "感到", "觉得", "都能", "随时", "从不", "从未", "永不", "绝不", "总是", "总能", "始终")


def _zh_result_reached(words: list[Token], lead_token: Token | None, in_class) -> bool:
    """完成/达成/实现 with a result of the business as its object ("完成季度回款3000万"): the verb says
    the result is reached, as "达到" does — not a piece of work finished ("完成系统上线")."""
    if lead_token is None or lead_token.text not in ("完成", "达成", "達成", "实现", "實現", "做到") or lead_token not in words:
        return False  # (做到 "get to": "做到GMV 2亿" reaches it, as 达成 does)
    clause = list(takewhile(lambda t: t.text not in (",", "，"), words[words.index(lead_token) + 1:]))
    # or what customers bring, counted with its measure word: "完成50笔销售", "完成200单订单"
    # (the head of its phrase: "完成10次用户访谈" counts interviews, "完成全部30个城市的门店巡检" inspections: what
    # 的 follows only says whose)
    return any(in_class(t, "business_metrics") or (
        i > 0 and clause[i - 1].pos is CLASSIFIER and in_class(t, "outcome_units")
        and (i + 1 == len(clause) or (clause[i + 1].pos not in (NOUN, VERB) and clause[i + 1].text != "的")))
        for i, t in enumerate(clause))


def _zh_automation_made(words: list[Token], lead_token: Token | None) -> bool:
    """实现 before a process that runs by itself: "实现订单数据自动同步到财务系统", "实现库存实时更新" — a feature
    built, the team's own work (as "Order data syncs automatically to finance" is), not a result reached.
    A number in the clause makes it a level of that process ("实现90%的订单自动分配")."""
    if lead_token is None or lead_token.text not in ("实现", "實現") or lead_token not in words:
        return False
    clause = list(takewhile(lambda t: t.text not in (",", "，"), words[words.index(lead_token) + 1:]))
    return not any(t.pos is NUM for t in clause) and any(
        # (the act after it: jieba tags 同步 after 自动 an adverb)
        t.text in _ZH_BY_ITSELF and i + 1 < len(clause) and clause[i + 1].pos in (VERB, ADV) for i, t in enumerate(clause))


# Words of a process running by itself: automatically, in real time, in one click, self-service.
_ZH_BY_ITSELF = frozenset({"自动", "自动化", "实时", "一键", "自助", "全自动"})


# (开发客户: win clients, as in sales; 拉新 pulls in new users, 沉淀 keeps them in one's own channels, 落地 lands
# customers: "拉新用户50万", "沉淀私域用户10万", "落地20家付费客户"; with no people after them they are work)
_ZH_WINNING_VERBS = frozenset({"发展", "接入", "拓展", "引入", "开发", "拉新", "沉淀", "落地"})


def _zh_people_counted_after(words: list[Token], lead_token: Token | None, lex: Lexicon, in_class) -> bool:
    """发展 (develop) right before a count of people: "发展40名新会员" acquires members, a result (so does
    "发展新会员40名", the count after them, and 开发 before clients, "开发20家新客户"); "发展业务"
    grows a business and "发展3个新功能" is no people. So do 接入, 拓展 and 引入 before partners or dealers
    counted ("新接入20家合作伙伴", as "Onboard 20 new partners"); "接入20个系统" connects systems."""
    if lead_token is None or lead_token.text not in _ZH_WINNING_VERBS or lead_token not in words:
        return False
    after = words[words.index(lead_token) + 1:words.index(lead_token) + 5]
    # people, or those the business counts as its results ("经销商" with its classifier 家)
    won = [i for i, t in enumerate(after) if _is_person(t, "zh", lex, in_class) or (t.pos is NOUN and in_class(t, "outcome_units"))]
    if not won:
        return False
    if after[0].pos is NUM:
        return won[-1] > 0
    # "发展新会员40名", "开发新客户20家": the people named first, their count right after them
    first = won[0]
    return all(t.pos in (ADJ, NOUN) for t in after[:first]) and first + 1 < len(after) and after[first + 1].pos is NUM


def _zh_people_able(words: list[Token], lex: Lexicon, in_class) -> bool:
    """A share of people, told apart by the words before them, who can now do something: "40%的重复购买
    客户能自助完成下单", "80%的付费会员可以自助开票" — the verbs before the people describe them."""
    for i, token in enumerate(words[:5]):
        if _is_person(token, "zh", lex, in_class):
            nxt = words[i + 1] if i + 1 < len(words) else None
            return nxt is not None and (nxt.text in _ZH_STATE_MARKERS or in_class(nxt, "ability")) \
                and all(t.pos in (ADJ, ADV, VERB, NOUN, PART) for t in words[:i])
    return False


# Chinese question words that, with 都/也 after them, mean "any": 什么都 "anything", 谁都 "anyone".
_ZH_ANY_WORDS = frozenset({"什么", "谁", "哪里", "哪儿", "哪个", "怎么", "任何"})


def _zh_whatever_can(words: list[Token], in_class) -> bool:
    """A question word, 都/也, then "can": "查什么都能查到" (whatever one looks up, one can find it), "在哪里都能
    打开" — said of every case, a state that holds or not, as "Search finds anything" is; no order."""
    return any(t.text in _ZH_ANY_WORDS and words[i + 1].text in ("都", "也") and in_class(words[i + 2], "ability")
               for i, t in enumerate(words[:-2]))


def _zh_passive(words: list[Token], token: Token) -> bool:
    """受控, 受限, 受保护 as the predicate: 受 makes the verb passive, as 被 does — what the thing
    undergoes. Before a noun it only describes it ("受限 AK"); 受理 "accept a case" is active."""
    if not (token.pos is VERB and len(token.text) > 1 and token.text.startswith("受") and token.text != "受理"):
        return False
    at = words.index(token)
    return at + 1 == len(words) or words[at + 1].pos not in (NOUN, PROPN, X)


def _zh_bare_modal(words: list[Token], token: Token) -> bool:
    """可 alone before a verb is the modal "can" ("知识可随时查阅"), as 可以 is; so is the 可 of a word of what a
    thing allows when a verb follows it ("知识可持续积累": can keep accumulating, not a sustainable accumulating)."""
    at = words.index(token)
    modal = token.text == "可" or (token.pos is ADJ and _zh_potential(token))
    return modal and at + 1 < len(words) and words[at + 1].pos in (VERB, ADV)


# The characters that start the words `_zh_passive` and the 被/不会 test look for.
_ZH_PASSIVE_CUES = ("被", "不会", "受")


def _names_any(text: str, cues: tuple[str, ...]) -> bool:
    """Whether a cue is in the joined words: a word that is (or starts with) a cue puts it there, so
    a cue missing from the characters is missing from the words, and their walk can be skipped."""
    return any(map(text.__contains__, cues))


_ZH_WISHES = frozenset({"想", "想要", "希望", "打算"})


def _zh_before_de(words: list[Token], i: int) -> bool:
    """The Chinese word at `i` ends a clause that describes what follows 的 ("测试覆盖的发布")."""
    return i + 1 < len(words) and words[i + 1].text == "的"


def _zh_measure_before(words: list[Token], verb: Token, in_class) -> bool:
    """The Chinese word right before `verb` names a measure: what the verb states a level of."""
    at = _index_of(words, verb)
    return at > 0 and in_class(words[at - 1], "metric")


def _declarative(words: list[Token], lang: str, lead_token: Token | None, lex: Lexicon, in_class) -> bool:
    """Subject first, then a finite verb: a state of the world, not an order to do something."""
    if lang == "zh":  # "小微企业贷款审批更快", "平台商家能更快收到货款", "群众办事只跑一次"
        if lead_token is None and _zh_ends_with_measure(words, in_class):
            return False  # "商品页访问到下单转化率": one noun phrase naming a measure, its verbs modify it
        if not _ZH_WISHES.isdisjoint(map(_TEXT, words[1:3])):
            return False  # "我想让我的店铺更好": a wish, not a state of the world
        if zh_able_first(words):
            return True  # "能用自己的话讲清…": able to, said of whom the OKR is about, as "Can explain …" is
        if _zh_people_who_did(words, lex, in_class):
            return True  # "下载的人真的开始用": the people who did one thing do the next, a state of the world
        # a share or count of the subject comes first: "30%用户创建圈子", "平均每用户加入1.5个圈子"
        lead_in = 0
        while lead_in < len(words) and (words[lead_in].pos in (NUM, CLASSIFIER, PART)
                                        or words[lead_in].text in ("每", "平均", "的")):
            lead_in += 1
        # (no number to look for before a first word that is none of those: most texts)
        counted_first = bool(words) and ((lead_in > 0 and any(t.pos is NUM for t in words[:lead_in]))
                                         or words[0].text in ("每", "平均"))
        if counted_first:
            words = words[lead_in:]
            if _zh_people_able(words, lex, in_class):
                return True
        if len(words) > 1 and words[0].pos is ADV and words[1].pos is NOUN:
            words = words[1:]  # "真实数据可用": an adverb never modifies a noun, so jieba's "d" is its adjective
        first = words[0] if words else None
        if any(_zh_behaviour_state(clause) or _zh_runs_normally(clause, in_class) for clause in _clauses(words)):
            return True
        if _zh_whatever_can(words, in_class):
            return True  # "查什么都能查到": whatever one looks up, one finds it — a state of the product
        if first is not None and first.verb_form is ACTION_NOUN and len(words) > 2 and words[1].pos is NOUN:
            # "销售漏斗更加透明": a noun of action naming the kind of thing ("the sales funnel") is in the
            # subject, whose state the marker says changes
            rest = words[2:]
            return _names_any("".join(map(_TEXT, rest)), _ZH_STATE_MARKERS) and any(_zh_state_marker(t) for t in rest)
        if first is None or not (first.pos in (NOUN, PRON, ADJ) or first.lang == "en") or first.verb_form is not None:
            return False
        subject = words[:2]
        verbs = [t for t in words[1:] if t.pos is VERB]
        # "用户反馈收集" (a process named): people before a noun of action only say whose it is (user
        # feedback), and the last verb acts on that phrase
        of_people = len(words) == 3 and words[1].verb_form is ACTION_NOUN and words[2].pos is VERB  # and nothing after
        # the cheap conditions first: no verb or a process named leave the person test unasked
        # a measure right before the verb is the subject, the people only say whose: "面向客户的服务可用性不低于…"
        people_first = bool(verbs) and not of_people and any(_is_person(t, lang, lex, in_class) for t in subject) \
            and not _zh_measure_before(words, verbs[0], in_class) \
            and not any(in_class(t, c) for t in verbs for c in ("increase", "decrease", "reach"))
        # a thing in a state: the passive 被 ("资源被正确清理"), "不会" ("导出时不会卡住页面"); a thing
        # able to do something ("服务能够快速拉取软件包"), as "The service can fetch packages"
        rest = words[1:]
        rest_text = "".join(map(_TEXT, rest))  # its characters rule out most markers before a walk
        passive = _names_any(rest_text, _ZH_PASSIVE_CUES) and any(
            t.text in ("被", "不会") or _zh_passive(words, t) for t in rest)
        state = passive or (
            first.pos is NOUN and not people_first and any(in_class(t, "ability") or _zh_bare_modal(words, t)
                                                           for t in words[1:3]))
        return people_first or state or (_names_any(rest_text, _ZH_STATE_MARKERS)
                                         and any(_zh_state_marker(t) for t in rest))
    if lang == "en" and _copular_state(words):
        return True  # "Our error messages are helpful", "File upload is fast and reliable"
    if lang == "ru" and _ru_short_adjective_state(words):
        return True  # «Финансовые данные точны», «Загрузка файлов быстра и надёжна»: the same, Russian drops the copula
    if lang == "en" and lead_token is None and _en_modal_passive(words, in_class):
        return True  # "A second company can be set up in a day", "Reports can be exported as PDF": a state, passive
    if lang == "ru" and _ru_can_be_done(words):
        return True  # «Новую компанию можно подключить за один день»: the same, said with «можно»
    if lead_token is None or not words:
        return False
    if lead_token is words[0]:
        # "Прогноз найма совпадает с фактом": a noun of action as the subject of a finite verb
        return lead_token.verb_form is ACTION_NOUN and any(
            t.pos is VERB and t.verb_form is FINITE for t in words[1:])
    before = words[: words.index(lead_token)]
    has_subject = any((t.pos in (NOUN, PROPN, PRON) or (t.lang == "en" and t.pos is X)
                       or (t.pos is ADJ and "plur" in t.tags)  # "подопечные получают"
                       or (t.pos is DET and words[i + 1].pos is VERB and words[i + 1].verb_form is FINITE))  # «Любой может …»
                      and not (lang == "ru" and _ru_not_a_subject(before, i))
                      for i, t in enumerate(before))
    right_after_subject = bool(before) and before[-1].pos in (NOUN, PROPN, PRON)  # not "ID & Establish"
    finite = lead_token.verb_form in (FINITE, None) or (
        lang == "en" and lead_token.verb_form is IMPERATIVE and right_after_subject)
    # a modal of ability after the subject makes any verb after it a statement: "IPFS can quickly and
    # efficiently fetch packages" (the tagger reads "fetch" after "and" as an order)
    modal = lang in ("en", "ru") and any(in_class(t, "ability") for t in before[1:]) and lead_token is not words[-1]
    return has_subject and (finite or modal) and lead_token.pos is VERB


def _en_modal_passive(words: list[Token], in_class) -> bool:
    """A subject, a modal of ability, "be", then a participle: "A second company can be set up in a day"."""
    for i in range(1, len(words) - 2):
        if in_class(words[i], "ability") and words[i + 1].text.lower() == "be" and words[i + 2].verb_form is PARTICIPLE:
            return any(t.pos in (NOUN, PROPN, PRON) for t in words[:i])
    return False


def _ru_can_be_done(words: list[Token]) -> bool:
    """What it is about, then «можно» and an infinitive: «Отчёты можно выгрузить в PDF» (can be exported)."""
    for i in range(1, len(words) - 1):
        if words[i].text.lower() == "можно" and words[i + 1].verb_form is INFINITIVE:
            return any(t.pos in (NOUN, PROPN) for t in words[:i])
    return False


# Cases a Russian subject is never in; nominative and accusative share forms too often to tell apart.
_RU_OBLIQUE_CASES = frozenset({"datv", "ablt", "loct", "loc2"})
# Periods a routine repeats in, by lemma: "every week", «каждый квартал» (a word for every before them counts periods).
PERIODS = frozenset({"day", "week", "month", "quarter", "year", "sprint",
                     "день", "неделя", "месяц", "квартал", "год", "спринт", "полугодие"})


def _ru_not_a_subject(before: list[Token], at: int) -> bool:
    """A Russian noun before the verb that is no subject: in a prepositional phrase («По каждому проекту
    проводится ретро»), in a case a subject never takes, or a time said in the accusative («Каждую неделю
    проводится демо»)."""
    token = before[at]
    if not token.tags.isdisjoint(_RU_OBLIQUE_CASES) or (token.lemma in PERIODS and "accs" in token.tags):
        return True
    for t in reversed(before[:at]):  # the words of its phrase before it: «по каждому завершённому проекту»
        if t.pos is ADP:
            return True
        if t.pos in (NOUN, PROPN) and "gent" in token.tags:
            return True  # «итогам каждого проекта», «количество клиентов»: of the noun before, whose case counts
        if t.pos not in (ADJ, DET, NUM) and not (t.pos is VERB and "PRTF" in t.tags):
            return False
    return False


_ZH_ABLE_FIRST = frozenset({"能", "能够", "可以"})
# Verbs that show knowing by telling it: "能讲清…" (can explain clearly) is knowledge, as 理解 is.
_ZH_TELLING = frozenset({"描述", "讲清", "讲清楚", "说清", "说清楚", "解释", "讲解", "说明", "复述", "阐述"})


def zh_able_first(words: Sequence[Token]) -> bool:
    """A Chinese text that opens with "can", no subject, then knowing or telling what one knows: "能清晰描述…的
    原因" — the knowledge of whom the OKR is about, as "Can describe …" is (not "能够按模板拼接视频", a feature)."""
    return len(words) > 2 and words[0].text in _ZH_ABLE_FIRST and words[1].pos in (VERB, ADV, ADP, ADJ) \
        and any(t.text in _ZH_TELLING or "know" in t.classes for t in words[1:5])


def zh_people_who_did(words: Sequence[Token]) -> bool:
    """`_zh_people_who_did` with the lexicon's classes as the tokens carry them."""
    return _zh_people_who_did(list(words), lexicon(), lambda t, cls: cls in t.classes)


def _zh_people_who_did(words: list[Token], lex: Lexicon, in_class) -> bool:
    """A Chinese text that opens with people named by what they did, then a verb of theirs: "下载的人真的开始用",
    "用的人会付钱" (those who use it pay) — the subject is the people, as "People who download it use it"."""
    de = next((i for i, t in enumerate(words[:4]) if t.text == "的"), None)
    if not de or de + 1 >= len(words) or not any(t.pos is VERB for t in words[:de]) \
            or any(t.pos not in (VERB, ADV, NOUN) for t in words[:de]):
        return False
    person = words[de + 1]
    return (_is_person(person, "zh", lex, in_class) or person.text == "人") \
        and any(t.pos is VERB for t in words[de + 2:])


def _sales_counted(words: list[Token], token: Token) -> bool:
    """A word for a team that is a business measure too, right after a number: "Make 40 sales in new regions"
    counts sales, no Sales team is grown."""
    at = words.index(token) if token in words else 0
    return at > 0 and words[at - 1].pos is NUM and "business_metrics" in token.classes


_BEST_EN = frozenset({"best", "finest", "greatest"})
_SIZE_SUPERLATIVES = frozenset({"крупный", "большой", "малый", "маленький", "多", "少", "大", "小"})
# Words made with 最 that place a thing in an order, not above others: final, last, first, latest, highest.
_ZH_ORDER_SUPERLATIVES = frozenset({"最终", "最后", "最初", "最近", "最新", "最早", "最晚", "最高", "最低"})


def _best(words: list[Token], lang: str) -> bool:
    for i, token in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        token_lang = token.lang or lang
        if token_lang == "en" and (token.text.lower() in _BEST_EN or (
                token.text.lower() == "most" and nxt is not None and nxt.pos is ADJ)):
            return True
        if token_lang == "ru" and (("Supr" in token.tags and token.lemma not in _SIZE_SUPERLATIVES) or (
                token.lemma == "самый" and nxt is not None and nxt.pos is ADJ)):
            return True
        if token_lang == "zh" and token.text == "最" and nxt is not None and nxt.pos in (ADJ, VERB) \
                and nxt.text not in _SIZE_SUPERLATIVES:
            return True
        if token_lang == "zh" and token.text in ("最好", "最佳", "最优", "一流", "顶尖"):
            return True
        if token_lang == "zh" and len(token.text) in (2, 3) and token.text[0] == "最" and token.text[1:] not in _SIZE_SUPERLATIVES \
                and token.text not in _ZH_ORDER_SUPERLATIVES and token.pos in (ADJ, ADV) and nxt is not None and nxt.text == "的":
            return True  # jieba keeps "最快", "最简单" whole: "最快的方式" (not "约束最强", a predicate)
    return False


def _zh_runs_normally(clause: list[Token], in_class) -> bool:
    """A thing, then how it runs, ending the clause: "支付系统运行正常", "各系统正常" — a state of the
    world. jieba tags the first word of a compound subject a verb (支付系统), so a first verb counts as
    part of the subject unless it is an order of a known kind ("确保系统运行正常")."""
    if len(clause) < 2 or not in_class(clause[-1], "normal_state"):
        return False
    before = clause[-2]
    if not (before.pos in (NOUN, PROPN) or (before.pos is VERB and in_class(before, "state"))):
        return False
    subject = clause[:-2] if before.pos is VERB else clause[:-1]
    if subject and subject[0].pos is VERB:
        if _classify(subject[0], in_class) is not Leads.TASK:
            return False  # "确保系统运行正常": an order to keep it so
        subject = subject[1:]
    # nothing but the subject before how it runs: "修复bug使系统运行正常" is a fix with its result
    return bool(subject) and all(t.pos in (NOUN, PROPN, PRON, ADJ, X) or t.text == "的" for t in subject)


_COMMAS = frozenset({",", "，"})


def _clauses(words: list[Token]) -> list[list[Token]]:
    """The words between commas."""
    if _COMMAS.isdisjoint(map(_TEXT, words)):
        return [list(words)] if words else []  # one clause (most texts): told in C, no walk in Python
    clauses: list[list[Token]] = [[]]
    for token in words:
        if token.text in _COMMAS:
            clauses.append([])
        else:
            clauses[-1].append(token)
    return [c for c in clauses if c]


_ZH_DEGREE = frozenset({"很", "非常", "十分", "比较", "更", "更加", "特别", "足够"})


def _zh_adjective_predicate(clause: list[Token]) -> bool:
    """Nouns, then an adjective that ends the clause: "门店库存状况健康", "团队氛围好", "文档清晰".
    A Chinese adjective after its noun is the predicate (a noun's modifier comes before it: "好身材")."""
    if len(clause) < 2 or clause[-1].pos is not ADJ or clause[0].pos not in (NOUN, PROPN, VERB, PRON):
        return False  # (a pronoun says whose: "我们的数据管道稳定")
    if "artifacts" in clause[-1].classes or "events" in clause[-1].classes:
        return False  # jieba's dictionary tags some made things as adjectives ("清单")
    subject = clause[:-1]
    # (adjectives joined in the predicate, "文档清晰易懂", "数据准确且完整", are all said of the subject)
    while len(subject) > 1 and (subject[-1].pos in (ADV, ADJ) or subject[-1].text in _ZH_DEGREE  # jieba: 很/X
                                or subject[-1].text in _ZH_ADJECTIVES_JOINED):
        subject = subject[:-1]
    if not all(t.pos in (NOUN, PROPN) or t.text in ("的", "与", "和") or _zh_work_named(subject, i)
               or (i == 0 and t.pos is PRON) for i, t in enumerate(subject)) or subject[-1].pos is PART:
        return False
    # with work named in the subject, the adjective must be one the lexicon knows (稳定, 顺畅): jieba
    # splits words ("响应时长" as 时/长) and tags some nouns adjectives ("导入成效", the effect of …)
    return all(t.pos is not VERB for t in subject) or (len(clause[-1].text) > 1 and bool(clause[-1].classes))


_ZH_ADJECTIVES_JOINED = frozenset({"且", "又", "、", "而且", "并且"})

# Verbs whose complement can be the adjective after them ("保持稳定", "提升稳定"): an order, not a subject.
_ZH_VERBS_OF_A_STATE = frozenset({"maintain", "increase", "decrease", "reach", "ensure", "rework", "vague"})


def _zh_work_named(subject: list[Token], at: int) -> bool:
    """A verb that names a kind of work inside the subject, beside a noun: "夜间构建稳定" (the nightly
    build), "交付流程稳定" (the delivery process). jieba tags these words verbs; before an adjective
    that ends the clause they are part of what the adjective is said of."""
    token = subject[at]
    if token.pos is not VERB or not _ZH_VERBS_OF_A_STATE.isdisjoint(token.classes):
        return False
    if at > 0:
        return subject[at - 1].pos in (NOUN, PROPN)
    # first, it could as well be an order with its object ("打通 X 和 Y 重建"): only verb, noun, adjective
    return len(subject) == 2 and subject[1].pos in (NOUN, PROPN)


def _zh_potential(token: Token) -> bool:
    """可控, 可用, 可追溯 ("can be controlled, used, traced"): a word of what a thing allows, not the
    modal 可以/可能, nor a noun made with 可 (可视化 "visualisation", 可行性 "feasibility")."""
    text = token.text
    return text.startswith("可") and text not in ("可以", "可能", "可是") and not text.endswith(("化", "性", "度"))


def _zh_potential_state(clause: list[Token]) -> bool:
    """Things, then what they allow or how they are: "审批与权限可控", "流水线可靠、可追溯、可回滚",
    "一键回滚功能可用" — a product's state, which holds or not."""
    if "可" not in "".join(map(_TEXT, clause)):
        return False  # no word starts with 可, so none is a potential (most clauses): told in C
    at = next((i for i, t in enumerate(clause) if _zh_potential(t) or t.pos is ADJ), None)
    if not at or not any(_zh_potential(t) for t in clause[at:]):
        return False
    subject, rest = clause[:at], clause[at:]
    joined = {i for i, t in enumerate(subject[1:]) if t.text in ("与", "和")}  # "审批与权限": a verb joined to a noun names a thing
    if not all(t.pos in (NOUN, PROPN, NUM, CLASSIFIER) or t.text in ("的", "与", "和") or i in joined
               for i, t in enumerate(subject)) or subject[-1].pos not in (NOUN, PROPN):
        return False
    i = 0
    while i < len(rest):  # only qualities and potentials follow, a bare 可 with the one word it takes
        token = rest[i]
        if token.text == "可" and i + 1 < len(rest):
            i += 2
        elif token.pos is ADJ or _zh_potential(token):
            i += 1
        else:
            return False
    return True


# Words that make a Chinese clause about a thing a statement of how it behaves, not an order.
_ZH_BEHAVIOUR = frozenset({"不", "不会", "只能", "无需", "是"})


def _zh_behaviour_state(clause: list[Token]) -> bool:
    """A thing, then how it behaves: "SQLite 操作不阻塞事件循环", "TTL timer 不泄漏", "错误都是
    `EngineError` 实例", "同一 Session 只能有一个活跃的 query". It holds or not: a state, not an order.
    A number makes the negation a bound ("投诉不超过5起"), which other facts read."""
    if _zh_adjective_predicate(clause) or _zh_potential_state(clause):
        return True  # "门店库存状况健康", "代码质量高", "审批与权限可控": a thing and its quality, a state
    if _ZH_BEHAVIOUR.isdisjoint(map(_TEXT, clause)):
        return False  # no word of behaviour (most clauses): what follows needs one
    when = next((i for i, t in enumerate(clause) if t.text in ("时", "时候")), None)
    if when is not None and when + 1 < len(clause) and clause[when + 1].text in _ZH_BEHAVIOUR:
        return True  # "导出大型报表时不会卡住页面": what happens whenever X is done
    if len(clause) < 3 or not (clause[0].pos in (NOUN, PROPN, PRON, ADJ) or clause[0].lang == "en"):
        return False
    if any(t.pos is NUM and t.text not in ("一个", "一", "一种", "一套") for t in clause):
        return False
    for i, token in enumerate(clause[1:-1], start=1):
        if token.text not in _ZH_BEHAVIOUR:
            continue
        # the subject before it: nouns, with verbs only inside a relative clause ("抛出的错误") or
        # last, used as a noun ("日志 写入")
        subject = clause[:i]
        while len(subject) > 1 and subject[-1].pos is VERB:
            subject = subject[:-1]
        bare_verbs = [j for j, t in enumerate(subject) if t.pos is VERB
                      and not (j + 1 < len(subject) and subject[j + 1].text == "的")]
        return not bare_verbs and any(t.pos in (NOUN, PROPN) or t.lang == "en" for t in subject)
    return False


def _copular_state(words: list[Token]) -> bool:
    """A subject, "is"/"are", then a quality, a state or what it is ("X is an inviting project"):
    a state of the world, not an order."""
    for i, token in enumerate(words[1:], start=1):
        if token.text.lower() not in ("is", "are"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.pos is ADV and i + 2 < len(words):
            nxt = words[i + 2]  # "are well protected", "is fully automated": the state after its adverb
        if any(t.pos is VERB for t in words[:i]):
            return False  # "Maintain plans that are responsive": the copula is in a relative clause
        subject = any(t.pos in (NOUN, PROPN, PRON, X) for t in words[:i])
        state = nxt is not None and (nxt.pos in (ADJ, VERB, DET, NOUN) or nxt.verb_form in (PARTICIPLE, GERUND))
        return subject and state
    return False


def _ru_short_adjective_state(words: list[Token]) -> bool:
    """A Russian subject in the nominative, then a short adjective as its predicate, before any verb:
    «Документация актуальна», «Данные точны и полны» — "X is …" with the copula left out."""
    for i, token in enumerate(words):
        if token.pos is VERB:
            return False  # «Сделать так, чтобы данные были точны»: an order first
        if "ADJS" in token.tags or (i and words[i - 1].text.lower() in _RU_ALWAYS and "ADJF" in token.tags
                                    and "nomn" in token.tags):
            # (a full adjective is the predicate too after "always": «Ночная сборка всегда зелёная»)
            return any(t.pos is NOUN and "nomn" in t.tags for t in words[:i])
    return False


_RU_ALWAYS = frozenset({"всегда", "постоянно", "неизменно", "никогда"})


# Words that deny the verb after them ("did not increase", "не выросло", "没有增加", "不增加").
# Words right before a predicate that deny it.
_DENIALS = frozenset({"never", "not", "не", "никогда", "从不", "不", "绝不"})
_NEGATIONS = frozenset({"not", "n't", "never", "не", "ни", "没有", "没", "不", "未", "無", "无"})

# Words before 任务 that make it a quota to fulfil ("销售任务", "年度任务"); alone it is a task ("完成24个任务").
_ZH_QUOTA_BEFORE = frozenset({"销售", "銷售", "经营", "經營", "年度", "全年", "季度", "考核"})  # 考核指标: the review's quota


def _zh_business_quota_word(before: Token, in_class) -> bool:
    """The word before a Chinese plan word that makes it the business's quota: a measure ("利润指标") or whose
    quota it is ("考核指标", the review's; "年度指标"), not a plan of work ("培训计划")."""
    return before.text in _ZH_QUOTA_BEFORE or in_class(before, "business_metrics")


def _zh_quota(words: list[Token], i: int, in_class) -> bool:
    """"完成年度销售任务", "业绩任务完成率": 任务 as a quota of the business, not a piece of work."""
    if words[i].text not in ("任务", "任務") or i == 0:
        return False
    return _zh_business_quota_word(words[i - 1], in_class)


_IN_PLACE_OF = frozenset({"—", "–", "-", ":", "："})


def _settled_later(tokens: list[Token], in_class) -> bool:
    """A measure, a dash or a colon, then only an order to settle it: "Уровень активации — уточнить",
    "Activation target: confirm". The order stands where the target belongs."""
    end = _before_full_stop(tokens)
    return end >= 3 and tokens[end - 2].text in _IN_PLACE_OF and in_class(tokens[end - 1], "settle_later") \
        and tokens[end - 1].pos is VERB and tokens[0].pos is not VERB


def _before_full_stop(tokens: list[Token]) -> int:
    """Where the text ends before its closing full stops (the rest of the text is not walked)."""
    end = len(tokens)
    while end and tokens[end - 1].text in (".", "。"):
        end -= 1
    return end


# Words that name the target itself: what a closing note may leave to be set.
_TARGET_WORDS = frozenset({"метрика", "показатель", "цель", "metric", "target", "kpi", "指标", "目标"})
_CLOSING_BRACKETS = frozenset({")", "）"})


def _target_left_to_a_note(tokens: list[Token], in_class) -> bool:
    """A closing note in brackets that leaves the target to be set: «(метрику уточнить)», "(target: confirm)",
    "（需指出具体指标）", "（具体指标待补充）" — the number is still to be written."""
    end = _before_full_stop(tokens)
    if not end or tokens[end - 1].text not in _CLOSING_BRACKETS:
        return False  # no closing note (most texts)
    opening = next((i for i in range(end - 2, -1, -1) if tokens[i].text in ("(", "（")), None)
    note = tokens[opening + 1:end - 1] if opening is not None else []
    return any(t.lemma.lower() in _TARGET_WORDS for t in note) \
        and any(in_class(t, "settle_later") or in_class(t, "undefined") for t in note)


# Words of a level, said of a plan: «плановый уровень», "计划水平".
_LEVEL_WORDS = frozenset({"уровень", "level", "水平"})


def _measure_named_by_its_plan(words: list[Token], i: int, in_class) -> bool:
    """A measure named by its plan: «плановый» or "planned" before a metric or a level («выйти на
    плановую выручку», "reaches the planned level"), or Chinese 计划 before 水平 ("毛利达到计划水平") or 预算/计划
    right before a business measure ("实现预算收入500万", budgeted revenue) — the plan's number is the target, met
    or not. ("forecasted" is no plan: a cost model forecast.)"""
    plan = words[i]
    after = words[i + 1:i + 3]
    if plan.lemma == "плановый" or plan.text.lower() == "planned":  # not a base: «… от плановой оценки»
        return (i == 0 or words[i - 1].lemma != "от") and any(in_class(t, "metric") or t.lemma in _LEVEL_WORDS for t in after)
    return bool(after) and (after[0].lemma == "水平" or (plan.lang == "zh" and in_class(after[0], "business_metrics")))


_THINGS_MADE = frozenset({"artifacts", "events"})


def _plan_of_work(words: list[Token], i: int) -> bool:
    """An English plan followed by what it is to do: "a plan to migrate billing", "plan to have sales
    quote services" — a document of the team's work, made, not a business plan met. Or a plan word
    that only says which thing the noun after it is: "the project plan document", "计划文档" (en and zh
    end a noun phrase with its head; "sales plan targets" is still the plan's)."""
    if i + 1 < len(words) and words[i + 1].pos in (NOUN, PROPN) and "plan" not in words[i + 1].classes \
            and not _THINGS_MADE.isdisjoint(words[i + 1].classes) and words[i + 1].lang in ("en", "zh"):
        return True  # (but "budgeted revenue" is a measure named by its plan)
    # "remediation plans", "the migration plan", «план миграции», "整改计划": what the plan is for is the team's own
    # work (a document made or carried out), as "the sales plan", «план продаж», "销售计划" is the business's
    said_of = (words[i + 1] if i + 1 < len(words) else None) if words[i].lang == "ru" else (words[i - 1] if i > 0 else None)
    return (said_of is not None and "work_plans" in said_of.classes and (words[i].lang != "ru" or "gent" in said_of.tags)
            and "plan" in words[i].classes and words[i].lemma.lower() in _PLAN_DOCUMENTS) or (
        i + 2 < len(words) and words[i + 1].text.lower() == "to" and words[i + 2].pos is VERB)


_PLAN_DOCUMENTS = frozenset({"plan", "план", "计划", "計畫", "計劃"})  # not a target, budget or quota, whatever it is for


# The words that may stand between a plan phrase's preposition and its plan: "on financial plan",
# «в рамках годового бюджета», "按财务计划" are "on plan", «в рамках бюджета», "按计划" said of one plan
_PLAN_MODIFIERS = (ADJ, DET, NOUN, NUM)


_BACK_ON = frozenset({"back", "stay", "stays", "remain", "remains", "kept"})


def _plan_phrase_around_modifiers(words: list[Token], at: int, phrases: frozenset[str], lang: str) -> bool:
    """The plan word at `at` closes a listed plan phrase once the one to three words that say which plan
    it is are left out: "within the annual budget" is "within budget", «в рамках годового бюджета»
    «в рамках бюджета» (a phrase may end in a noun itself: «рамках»)."""
    if lang == "en" and at + 1 < len(words) and words[at + 1].pos in (NOUN, PROPN):
        return False  # "within the budget review": the plan word names the review, English ends a noun phrase with its head
    glue = "" if lang == "zh" else " "
    plan = words[at].text.lower()
    for gap in range(1, min(3, at) + 1):
        if words[at - gap].pos not in _PLAN_MODIFIERS:
            return False
        opening = at - gap  # the phrase's own words end here
        if opening == 0:
            return False
        if words[opening - 1].text.lower() == "on" and not (opening >= 2 and words[opening - 2].text.lower() in _BACK_ON):
            # "customers on the Premium plan": a plan named after "on" is a subscription as often as a target
            # (but "Bookings back on the yearly plan", "Stay on the annual plan": a result brought to its plan)
            continue
        if any(glue.join([*(t.text.lower() for t in words[opening - size:opening]), plan]) in phrases
               for size in range(1, min(3, opening) + 1)):
            return True
    return False


def _plan_fulfilment(analysis: TextAnalysis, words: list[Token], in_class, classes: frozenset[str]) -> bool:
    """"Выполнение плана 92%", "% of plan achieved", "плана на 95%", "目标的100%", "计划完成率" (`classes`: the words' classes)."""
    if _names_no_plan(words, classes):
        # most texts: every test below needs a plan word (or a zh quota), so only the phrases are left
        return mentions(analysis, lexicon().get(analysis.lang, "plan_phrases"))
    if any(in_class(t, "progress") for t in words):
        return False  # "建置完成新人培訓計畫80%進度": progress on one's own plan is a task's state, not a plan met
    plans = [t for i, t in enumerate(words) if (in_class(t, "plan") and t.pos is not VERB and not _plan_of_work(words, i))
             or _zh_quota(words, i, in_class)]
    if not _business_target(analysis, words, in_class):
        # "达成关键性能目标", "Meet the target objective": any goal met is no plan of the business
        plans = [t for t in plans if not in_class(t, "goal_words") or _qualified_as_the_business(words, words.index(t))]
    if any(_measure_named_by_its_plan(words, i, in_class) for i, t in enumerate(words) if in_class(t, "plan")):
        return True  # «Выйти на плановую выручку», "毛利达到计划水平"
    fulfils = [t for t in words if in_class(t, "fulfilment")]
    reach = 3 if analysis.lang == "zh" else 1
    # distances in words other than numbers: "完成年度5000万销售目标" names the plan's size in between
    place = {id(t): i for i, t in enumerate(t for t in words if t.pos is not NUM)}
    if any(abs(place[id(p)] - place[id(f)]) <= reach for p in plans for f in fulfils):
        return True
    # "Support achieves the renewals plan", "Exceed hiring plan for field engineers": the plan is the object
    # of the predicate (near the start: "…, for achieving those goals" fulfils nothing of its own)
    if any(place[id(f)] < 3 and 0 < place[id(p)] - place[id(f)] <= 4 for p in plans for f in fulfils):
        return True
    breaks = _clause_breaks(analysis)
    # "完成公司下达的利润指标": Chinese ends the object with its head, however long what says whose plan it
    # is; a business measure names it (not "…的年度培训计划", the team's own plan of work)
    if analysis.lang == "zh" and any(place[id(f)] < 3 and f.start < p.start and _zh_heads_the_clause(words, p, breaks)
                                     and _zh_business_quota_word(words[words.index(p) - 1], in_class)
                                     and not _across_clauses(breaks, f.start, p.start) for p in plans for f in fulfils):
        return True
    # "Annual sales target of 50 million achieved", «План продаж на год в 50 млн выполнен»: the plan named
    # first, its fulfilment said last
    if fulfils and words[-1] is fulfils[-1] and any(
            words.index(p) < 4 and not _across_clauses(breaks, p.start, words[-1].start) for p in plans):
        return True
    # "Grow partner revenue according to plan", "ahead of plan", "по плану", "按计划"
    phrases = lexicon().get(analysis.lang, "plan_phrases")
    if mentions(analysis, phrases) or any(_plan_phrase_around_modifiers(words, i, phrases, analysis.lang)
                                          for i, t in enumerate(words) if in_class(t, "plan")):
        return True
    # "Achieve 125% of APAC channel plan", "плана на 95%": a percent a few words from a plan word
    percents = [q for q in analysis.quantities if q.kind is QuantityKind.PERCENT]
    starts = [t.start for t in words]
    for q in percents:
        at = bisect_left(starts, q.end)
        after, before = words[at:at + 5], words[max(0, at - 5):at]
        if any(in_class(t, "plan") for t in after) and after and after[0].pos is ADP:
            return True  # "% of … plan"
        # the plan and its fulfilment in the percent's own clause: in "首页性能指标波动小于5%，月度巡检按时完成"
        # 指标 is an indicator whose swing is bounded, and 完成 (done) belongs to the next clause
        if any(not _across_clauses(breaks, f.start, q.start) for f in fulfils) and any(
                in_class(t, "plan") and not _across_clauses(breaks, t.start, q.start) for t in before + after):
            return True
    return False


_CLAUSE_MARKS = frozenset({",", "，", ";", "；", "。"})


def _zh_heads_the_clause(words: list[Token], token: Token, breaks: list[int]) -> bool:
    """The word ends its clause: the last word of the text, or the last before a clause mark."""
    at = words.index(token)
    return at == len(words) - 1 or any(token.end <= b < words[at + 1].start + 1 for b in breaks)


def _clause_breaks(analysis: TextAnalysis) -> list[int]:
    return [t.start for t in analysis.tokens if t.text in _CLAUSE_MARKS]


def _across_clauses(breaks: list[int], first: int, second: int) -> bool:
    """A clause mark (its offset in `breaks`) stands between two offsets of the text."""
    low, high = min(first, second), max(first, second)
    return any(low < mark < high for mark in breaks)


def _names_no_plan(words: list[Token], classes: frozenset[str]) -> bool:
    """No word of the text is a plan, a zh quota (任务) or progress (`classes`: its words' classes, gathered once):
    `_plan_fulfilment` can only find its phrases."""
    return _PLAN_CLASSES.isdisjoint(classes) and _QUOTA_WORDS.isdisjoint(map(_TEXT, words))  # through map and attrgetter, in C


def _all_at(text: str, phrase: str) -> list[int]:
    """Every place `phrase` starts in `text`."""
    places, at = [], text.find(phrase)
    while at >= 0:
        places.append(at)
        at = text.find(phrase, at + 1)
    return places


# Race distances written as numbers: "5K", "10k" (the quantity, not a word of the lexicon)
_RACE_DISTANCES = frozenset({"5k", "10k", "15k", "21k", "42k"})

_PLAN_CLASSES = frozenset({"plan", "progress"})
_BUDGET_WORDS = frozenset({"budget", "бюджет", "预算", "預算"})
_MEASURE_CLASSES = frozenset({"metric", "business_metrics", "outcome_units"})
_QUOTA_WORDS = frozenset({"任务", "任務"})


def _qualified_as_the_business(words: list[Token], i: int) -> bool:
    """"年度目标", "经营目标": a goal named as the year's or the business's own."""
    return i > 0 and words[i - 1].text in _ZH_QUOTA_BEFORE


def _business_target(analysis: TextAnalysis, words: list[Token], in_class) -> bool:
    """A goal that is the business's number: a money or market metric, a quota, hiring, or a percent
    of it ("完成销售目标", "Hit 110% of target", «Выполнить цель по выручке», "Meet hiring targets")."""
    return any(in_class(t, "business_metrics") or in_class(t, "staff") or t.text in ("%", "％") for t in analysis.tokens) or any(
        q.kind is QuantityKind.PERCENT for q in analysis.quantities) or any(
        _zh_quota(words, i, in_class) for i in range(len(words)))


CONTENT_POS = (NOUN, PROPN, VERB, ADJ, X, NUM)


def content_words(reading: Reading) -> set[str]:
    """The lemmas that carry a text's meaning, metric synonyms folded into one name."""
    return {word for _, word in content_lemmas(reading)}


def content_lemmas(reading: Reading) -> Iterator[tuple[Token, str]]:
    """Each token that carries meaning, with its lemma as `content_words` names it."""
    lang = reading.analysis.lang
    for token in reading.analysis.tokens:
        if token.pos in CONTENT_POS and len(token.lemma) > 1:
            yield token, canonical(token.lemma, token.lang or lang)


def metric_tokens(reading: Reading) -> list[Token]:
    """Tokens that name something measured ("Revenue", "конверсию", "转化率", zh words ending in 率/度)."""
    lex = lexicon()
    suffixes = endings_of(lex.get("zh", "metric_suffixes"))
    text_lang = reading.analysis.lang
    own = lex.get(text_lang, "metric")  # the text's language's list, read once (~14,000 texts a 1,000-file run)
    found = []
    for token in reading.analysis.tokens:
        token_lang = token.lang or text_lang
        if token.lemma in (own if token_lang == text_lang else lex.get(token_lang, "metric")) or (token_lang == "zh" and (
                (suffixes and token.lemma.endswith(suffixes)) or "metric" in token.classes)):
            found.append(token)  # 用户满意度: a compound headed by a metric (满意度) is one (word_classes)
    return found


def share_of(part: Reading, whole: Reading) -> float:
    """How much of `part`'s content is also in `whole` (1.0: it says nothing of its own)."""
    words = content_words(part)
    return len(words & content_words(whole)) / len(words) if words else 0.0


def canonical(lemma: str, lang: str) -> str:
    """One name for metric synonyms: 市场占有率 / 市场份额, revenue / sales, выручка / доход."""
    return _synonym_heads(lexicon(), lang).get(lemma, lemma)


_SYNONYM_HEADS: dict[str, tuple[Lexicon, dict[str, str]]] = {}


def _synonym_heads(lex: Lexicon, lang: str) -> dict[str, str]:
    """Each synonym → its group's first name (the first group wins), built once per lexicon and language."""
    kept = _SYNONYM_HEADS.get(lang)
    if kept is not None and kept[0] is lex:
        return kept[1]
    heads: dict[str, str] = {}
    for group in lex.groups(lang, "metric_synonyms"):
        for word in group:
            heads.setdefault(word, group[0])
    _SYNONYM_HEADS[lang] = (lex, heads)
    return heads
