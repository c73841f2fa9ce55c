"""The text rules: what an OKR says, judged the way an OKR coach would.

Each check combines facts of a Reading (okrlint.checks.reading); none parses strings. The
definitions follow the labelling guideline of the corpus okrlint is measured on:

- task-not-outcome: a KR that does or delivers something instead of changing a measurable state;
- unmeasurable: a KR with no target that could be checked at the end of the period;
- kpi-in-disguise: keeping a level, plan fulfilment, 100% hygiene, a KPI restated, or an
  objective that is itself a business metric target;
- so-what: an objective that names no value for anyone ("Чтобы что?").
"""

from __future__ import annotations

from itertools import dropwhile, takewhile
from typing import Iterable, Iterator

from okrlint.analysis import Quantity, QuantityKind, Token
# Members as module constants: reading `Pos.NOUN` on an enum class costs ~20x a module constant in CPython 3.11
# (see analysis/facts.py), and these facts read them for every word of every text.
from okrlint.analysis.facts import (
    VERB, NOUN, PROPN, ADJ, ADV, NUM, PRON, DET, PUNCT, ADP, PART, SYM, CLASSIFIER, CONJ, X,
    INFINITIVE, IMPERATIVE, FINITE, PARTICIPLE, ACTION_NOUN, GERUND,
)
from okrlint.analysis.normalize import without_trailing_mentions
from okrlint.analysis.lazyre import lazy_compile
from okrlint.analysis.phrases import has_lemmas, mentions
from okrlint.analysis.quality_adjectives import adjectives_of_adverb, names_a_quality
from okrlint.checks.base import CheckContext, Clue, Hit
# `Lead` here is reading.Leads, the same members read without the enum's slow attribute hook (this module only reads them)
from okrlint.checks.reading import (INDIRECT_QUESTION_WORDS, LEVEL_KINDS, METRIC_MOVES, PARITY, ZH_COMPLETION_TAIL, Leads as Lead, Reading,
                                    PERIODS, analytic_comparative, comparative, first_lemmas_of, group_head, head_noun, is_quality,
                                    before_its_noun, en_measure_before_infinitive, last_noun_before, moves_a_level_or_betters,
                                    in_deadline, lexicon, listed_quality, metric_tokens, phrases_of, read, share_of, someone_else, WITH_WORDS, zh_able_first,
                                    zh_names_the_measure_after, zh_people_who_did)
from okrlint.memo import kept_on_argument
from okrlint.models import KeyResult, Objective, Text

def _reading(text: Text, ctx: CheckContext) -> Reading:
    return read(text.value, ctx.okr_set.lang)


# -- task-not-outcome ------------------------------------------------------------------------
def is_task(r: Reading) -> bool:
    """Doing or delivering something, rather than changing a state of customers or the business."""
    return task_reason(r) is not None


@kept_on_argument  # one decision per Reading, however many rules ask (okrlint/memo.py)
def task_reason(r: Reading) -> str | None:
    """Why a KR is a task (a reason code of the rule's rationale), or None when it is an outcome."""
    # "Hiring managers have interview guides", "There is a prototype of X"; a made thing had is one
    # even beside a metric word or "each" ("ProtoSchool has a file sharing tutorial")
    if r.undefined or _metric_in_note(r):
        return None  # "Team to fill in", "TBD", "Стабильность платформы (Uptime)": nothing written yet to call a task
    if r.set_described:
        return None  # "Approved drafts that reach the platform": which things to count, their number left out
    if r.judged_state and not r.has_number:
        return None  # "Документация понятна", "文档清晰易懂": a state judged, no work named to call a task
    if r.direction_only:
        return None  # «Положительная динамика NPS», "营收趋势向好": where a measure goes, no work named
    if _own_ability(r):
        return None  # "Can explain each stage in my own words", «Умею читать профили памяти»: a skill reached
    if _skill_named(r):
        return None  # "Familiarity with the coding standards", «Знание стандартов»: a skill grown, not a deliverable
    if _standing_rule(r):
        return None  # "Every non-trivial pull request is reviewed by a second engineer": each item, every time — kept, not delivered
    if _bound_outcome_after(r):
        return None  # "Launch contributor badges …; at least 10 contributors earn one": the work, then its outcome
    if _outcome_in_parentheses(r):
        return None  # "Ship the calendar sync (40% of teams turn it on)": the work, with its outcome as the measure
    if _beats_a_record(r):
        return None  # "Break the monthly bookings record", 刷新季度销售纪录: a metric past its best, an outcome
    if _reaches_a_business_state(r):
        return None  # "Reach profitability by December", «Выйти на безубыточность», "EBITDA在三季度转正": the business, not work
    if r.named_level and r.metric and r.lead in (Lead.TASK, Lead.REACH, Lead.INCREASE, Lead.DECREASE):
        return None  # "Bring cloud costs back to the 2023 level", "客流恢复到疫情前水平": a measure brought to a known level
    if r.race_result or r.grade_reached:
        return None  # "Run a 24:59 5K", «Пробежать 10 км за 49:59», "Get an A in the exam": one's own performance, a level reached
    if r.capacity:
        return None  # "单节点支持2万并发用户", "Support 10k concurrent users on one node": a capacity reached
    if r.made_thing_covers:
        return "feature-state"  # "Unit tests cover login and search", «Автотесты покрывают оплату», "单元测试覆盖…"
    if _arrivals_now_and_then(r):
        return None  # "There are regular requests for coaching": what others send in, how often unsaid
    if _counted_from_others(r):
        return None  # "12 integration requests from partner clinics", "100 tools registered by 5 partner orgs": others' doing, counted
    if (r.possess or r.exists) and not (r.has_number or r.value or r.zero_target or _has_more_or_fewer(r)) \
            and (r.object_is_artifact or r.artifact_said_to_exist or not (r.metric or r.universal) or _each_has_one(r)):
        return "deliverables-in-place"
    if _time_put_in(r):
        return "own-output-count"  # "Spend 30 hours pairing with juniors", «Уделить 20% времени ревью», "投入40小时辅导同事"
    if _own_effort_per_period(r):
        return "own-output-count"  # "60 mins guitar practice per week", "Бегать 3 раза в неделю", "每周冥想2小时"
    if r.lead is not Lead.TASK and _work_pieces_counted(r):
        return "own-output-count"  # "标准课包5套", "日更 10 篇", "每月至少一本书": pieces of one's own work
    if _hires_counted(r):
        return "own-output-count"  # "2 new platform hires", «3 новых инженера в отдел продаж»: hiring
    if _events_had_counted(r):
        return "own-output-count"  # "Have 4 community meetups", "有4场技术分享会": events the team holds
    if (detail := _task_detail(r)) is not None:
        return task_reason(detail)  # "Improve the review page: show who owns each file"
    if _own_people_each_done(r):
        return "completion-state"  # "100% of team members trained on …", «100% сотрудников прошли обучение»: the team's rollout
    if r.lead is Lead.STATE and _order_to_know(r):
        return "task-verb"  # "Understand how our billing works", "了解计费流程": learning, as "Learn …" is
    if _had_done(r):
        return "completion-state"  # "Have 3 pull requests merged upstream": one's own work got done
    if r.built_then_covers is not None:
        return "completion-state" if r.completion else "task-verb"  # "Build the alerting system, covering 100% of core APIs"
    if r.lead in (Lead.STATE, Lead.TASK) and r.analysis.lang != "zh" and _made_thing_subject(r) and not _in_normal_state(r) \
            and _feature_state(r):
        # "The API returns valid JSON": what a thing built does, as "The CLI accepts a path"; a verb of work said of
        # it is its behaviour too ("The scheduler retries failed jobs", «Солвер принимает список кандидатов»)
        return "feature-state"
    if r.lead in (Lead.MAINTAIN, Lead.BECOME, Lead.STATE, Lead.VAGUE) and _done_word(r) is None:
        return None  # but "Improved onboarding launched for all sellers" is a deliverable stated as done
    if r.analysis.change is not None or r.plan_fulfilment or is_hygiene(r) or keeps_level(r):
        return None  # a move between levels is an outcome; plans, hygiene and kept levels are KPIs
    if r.people_adopt:
        return None  # "80% of teams use the new pipeline", "使用我們平臺的學校": others adopting is an outcome
    if r.lead in METRIC_MOVES:
        return _moves_nothing(r)
    if r.completion and (_work_done_in_part(r) or _events_held_with_people(r)):
        return "completion-state"  # "Migration 40% complete", "Negotiations held with 6 suppliers": own work, its progress
    if _share_of_arriving_items(r):
        return None  # "Block 99.9% of bot uploads", «Обрабатывать 95% запросов»: a rate the process keeps, not work done once
    if _own_pieces_from_none_in_a_table(r):
        return "deliverable-named"  # "Integration tests | 0 | 40+ | Q3": things one makes, from none to 40 (no zero to reach)
    if r.moves_metric_later or r.sla or r.zero_target or r.top or (
            r.level_quantity and (r.metric or (r.threshold and not (_effort_bounded(r) or _one_piece_done_within(r)
                                                                     or _bound_selects_items(r)))
                                  or _names_business_metric(r))):
        # "Launch X to reach 20% activation", "0 投诉", "Согласование — не дольше 2 дней", "Rank top 3",
        # "首月留存75%" (jieba tags 留存 a verb: the business's own metric at a level)
        return None
    if _measure_bound_by_sign(r):
        return None  # "首页加载 ≤ 2 s", "视频播放量 ≥ 80000": the words before the sign name what is measured
    if r.threshold and r.analysis.quantities and not _bound_selects_items(r) \
            and (r.metric or r.aggregate or (r.lead is not Lead.TASK and not _own_pieces_done(r))):
        # (but "At least 2 prototypes delivered" is a floor on pieces of one's own work, done: see r.completion below)
        return None  # "Efficiency ratio > 1.8", "Read amp p99 < 2", "Allow fewer than 300 yards per game": a bound on a measure
    if r.level_quantity and r.lead_token is not None and r.lead_token.verb_form is ACTION_NOUN and not _zh_order_first(r):
        return None  # "Сборка на CI — до 10 минут": a process measured, not a task
    if r.team_subject and r.lead in (Lead.TASK, Lead.ONGOING) and not (r.level_quantity or r.big_amount or _counted_results_after_lead(r)):
        return "task-verb"  # "Команда продаж проводит 20 демо": the team's own work counted ("продаж" names the team)
    if _named_member_makes(r) and not (r.level_quantity or r.big_amount or _counted_results_after_lead(r)):
        return "task-verb"  # «Мария проводит четыре воркшопа», "张伟举办四场客户工作坊": one of the team at its own work
    if r.completion and _rate_named(r):
        return None  # "Meals saved per week": how many a week is the measure, its number left out
    if r.completion:
        # "5 leads per month attributed…", "Страницы просмотрены 2000 раз в месяц": how often it happens is an outcome
        level = r.level_quantity and not _whole_set_done_once(r) and not all(
            _horizon(r, q) for q in r.analysis.quantities if q.kind in LEVEL_KINDS)  # "defined for the next 6 months"
        return None if level or r.outcome_count or _times_per_period(r) else "completion-state"
    if _reached_thing_stated(r):
        return "completion-state"  # "SOC 2 certification achieved", «Договор с поставщиком подписан»: as "Sign …" is
    if _money_gathered_or_repaid(r):
        return None  # "Collect $50,000 in pledges", «Погасить кредит 300 000 рублей», "募集善款300万元": the sum is the result
    if _filled_to_a_share(r):
        return None  # "Fill the concert hall to 85%", «Заполнить зал на 85%»: the occupancy reached, a level
    if _people_enrolled(r):
        return None  # "Recruit 140 evening-school learners", «Записать 300 студентов на курс», "夜校招收140名新学员": who joins, counted
    if _counted_people_helped_to_a_result(r):
        return None  # "Help 200 students find jobs", «Помочь 200 студентам найти работу», "帮助200名学员找到工作": people reach it, counted
    if r.customers_act or _thing_yields_outcomes(r):
        return None  # "3,000 家訂閱", "1,000 sign-ups": customers did it, an outcome counted
    if _builds_quality(r, listed=True) and not r.has_number:
        return None  # "建立专业影响力", "Build a deep understanding of X": a quality grown, not a deliverable
    if _reworks_a_measure(r):
        return None  # "Optimize cloud costs", "优化图表模块绘制效率": a measure made better, no target named
    if r.lead in (Lead.TASK, Lead.ONGOING, Lead.REWORK, Lead.ENSURE, Lead.CAUSATIVE):
        # a state of the world is an outcome, unless the subject is the team doing its own work,
        # or a thing the team builds that either does something or not ("CLI принимает путь")
        if not r.declarative or (r.team_subject and not _counted_results_after_lead(r)) or _zh_made_thing_counted(r):
            return "task-verb"  # but "Отдел продаж закрывает 40 сделок": the team's work counted in business results
        return "feature-state" if _feature_state(r) else None
    if r.lead is Lead.NONE and _compared_with_a_reference(r):
        return None  # "Checkout success rate above target", "支付成功率高于目标": a measure against its target, no thing named
    if r.heading_compares and not r.has_number:
        return None  # "Better onboarding docs", «Более понятные инструкции»: the thing made better, as "Improved onboarding docs" is
    if r.noun_phrase and _held_with_people_counted(r):
        return "deliverable-named"  # "Usability tests with 8 users", «Интервью с 10 клиентами»: the people are its other side
    if r.artifact_phrase and not (r.metric or r.outcome_count or r.level_quantity or _quality_named(r)):
        return "deliverable-named"  # "Dark mode", "Ранбуки для топ-20 алертов": a deliverable named, nothing measured
    if r.event_phrase and not (r.metric or r.level_quantity or _head_is_metric(r)):  # ("Review minutes per pull request")
        return "deliverable-named"  # "QBRs with all Tier-1 accounts", "季度复盘会": events the team holds
    if r.recurring_activity and not r.has_number:
        return "deliverable-named"  # "Regular dialogue with customers", «Регулярная работа над ошибками»: one's own habit
    if r.work_item and not (r.outcome_count or r.level_quantity or r.declarative or _heads_with_a_measure(r)):
        # (a PR beside "Среднее время ответа", "MTTR", "账号健康度" is work on a measure, which stays named)
        return "deliverable-named"  # "Фаза 2: User Profile (PR #24)", "`cli.py` — REPL-цикл": a piece of work
    if _bare_name(r) and not r.vague_object:  # ("Something fun" names no thing to build)
        return "deliverable-named"  # "Unit-тесты", "Customer Portal (Stripe)", "库存管理系统简易版": a thing to build
    if _deliverable_list(r):
        return "deliverable-named"  # "SSO, вебхуки, экспорт отчётов, мобильная версия": a scope of work listed
    return None


def _each_has_one(r: Reading) -> bool:
    """Every one of a set has a thing of its own, in English named with "a": "All services have a catalog entry",
    "Every team has an on-call rotation" — each one's thing is set up, work delivered, whatever the thing is
    called; so is a thing had whose "all" is in what it covers ("The protocol has a design doc that covers all
    cases"). What is measured or a quality ("All teams have a high deploy rate") is no thing set up."""
    words, lead = r.analysis.words, r.lead_token
    if r.analysis.lang != "en" or not (r.universal and r.possess) or lead is None or lead not in words:
        return False
    at = words.index(lead)
    article = words[at + 1] if at + 1 < len(words) else None
    head = r.object_head
    return article is not None and article.text.lower() in ("a", "an") and head is not None \
        and not (r.metric or "metric" in head.classes or is_quality(head, "en"))


@kept_on_argument  # asked by task_reason, is_measurable_without_number and the clue: kept per Reading
def _arrivals_now_and_then(r: Reading) -> bool:
    """Things that come in from others, had or said to be there now and then: "There are regular requests for
    coaching", «Есть регулярные запросы на менторство», "有稳定的咨询需求" — how often is left unsaid, nothing the
    team delivers."""
    if not (r.possess or r.exists):
        return False
    words = r.analysis.words
    return any(("vague_frequency" in t.classes or "maintain" in t.classes)
               and any(not {"recurring_items", "customer_actions", "requirements"}.isdisjoint(n.classes) for n in words[i + 1:i + 3])
               for i, t in enumerate(words))


# Who the things counted come from, or are done by: "from partner clinics", "by 5 partner orgs", «от клиентов», 来自伙伴.
_FROM_WORDS = frozenset({"from", "by", "от", "来自"})
# Chinese verbs of what people send in, before 的 and the things sent: "客户提出的需求", "用户提交的反馈".
_ZH_SENT_IN = frozenset({"提出", "提交", "反馈", "推荐", "发起", "贡献"})


def _counted_from_others(r: Reading) -> bool:
    """A count of what others send in or do: "12 integration requests from partner clinics", "100 tools registered by 5
    partner orgs", «10 запросов от клиентов», "收到客户提出的10个功能需求", "来自合作伙伴的20个推荐" — inbound, an
    outcome, not the team's work. Received ("Receive 12 requests from partner clinics") it is still theirs; made by the
    team for them ("Ship 3 features requested by customers") it is the team's work."""
    lead = r.lead_token
    if not r.has_number or (r.lead not in (Lead.NONE, Lead.STATE)
                            and not (lead is not None and ("receive" in lead.classes or lead.text in _FROM_WORDS))):
        # an order to work on them ("Amplify 20 announcements from partner projects") is the team's work
        # (jieba's 来自 is a verb: "来自合作伙伴的…" is still where they come from)
        return False
    words = r.analysis.words
    for i, token in enumerate(words):
        if token.text.lower() in _FROM_WORDS:
            if any(map(someone_else, takewhile(lambda t: t.pos in (DET, NUM, ADJ, NOUN, PROPN), words[i + 1:i + 5]))):
                return True
        elif token.text in _ZH_SENT_IN and i + 1 < len(words) and words[i + 1].text == "的" \
                and any(map(someone_else, words[max(0, i - 2):i])):
            return True
    return False


def _rate_named(r: Reading) -> bool:
    """Things counted with no number, per period: "Meals saved per week", "Tickets closed per day" — a rate named, as
    "Weekly meals saved" is; how many a week is left out. The team's own events or things made so counted
    ("Workshops delivered per month") are still its output."""
    head = r.counted_head
    return head is not None and r.per_period and not ({"artifacts", "events"} & head.classes)


def _heads_with_a_measure(r: Reading) -> bool:
    """The text names a measure as its head ("Average response time", «Доля простоев», "账号健康度"), not a thing
    that may also be counted («Единая кодовая база»: a base is a measure and a made thing)."""
    return _head_is_metric(r) and "artifacts" not in r.head.classes  # type: ignore[union-attr]


_OWN_WORK_CLASSES = frozenset({"complete", "fulfilment", "creates", "delivers"})


def _order_to_know(r: Reading) -> bool:
    """An order to come to know something: a verb of knowing opens the text, with no subject before it
    ("Understand how our billing works", «Понять, как устроен биллинг», "了解计费流程"). People who know
    ("Customers understand our pricing") are a state, an outcome."""
    words, lead = r.analysis.words, r.lead_token
    return bool(words) and lead is words[0] and "know" in lead.classes and not r.declarative and not r.has_number


def _thing_yields_outcomes(r: Reading) -> bool:
    """A thing or channel as the subject, then what others do, counted: "博客每周带来50个新注册" (the blog
    brings sign-ups), as "The blog brings 50 sign-ups a week" says of its subject. Not the team's own
    work ("销售团队每月进行40次演示"), nor a count of the team's own output ("博客每周发布3篇文章")."""
    words = r.analysis.words
    if r.analysis.lang != "zh" or not r.outcome_count or r.team_subject or r.lead_token not in words[1:4] \
            or not _OWN_WORK_CLASSES.isdisjoint(r.lead_token.classes):  # "月底前完成…": a deadline, then the work
        return False
    subject, between = words[0], words[1:words.index(r.lead_token)]
    # a thing named first (not a time, "季度末", nor a noun of action, "总结"), then at most how often
    return subject.pos is NOUN and subject.verb_form is None and "t" not in subject.tags \
        and all("per_period" in t.classes or t.pos is ADV for t in between)


_BOUND_SIGNS = frozenset({"<", ">", "≤", "≥", "<=", ">=", "=", "＜", "＞"})
_CLAUSE_MARKS = frozenset({",", "，", ";", "；", ":", "："})


def _measure_bound_by_sign(r: Reading) -> bool:
    """A short heading, then a sign and the number it bounds: "首页加载 ≤ 2 s", "Deploy time < 10 min",
    "体重控制在60公斤以内".
    What stands before the sign names the measure, even a verb ("加载", "完成"), as a metric's name
    does; an order ("Провести ≥4 эксперимента", "Ship 3 features, each < 2 days") is no such heading."""
    tokens = r.analysis.tokens
    at = next((i for i, t in enumerate(tokens) if t.text in _BOUND_SIGNS), None)
    width = 1
    if at is None and r.analysis.lang == "zh":  # "体重控制在60公斤以内": 控制在 bounds the number as ≤ does
        at = next((i for i, t in enumerate(tokens[:-1]) if t.text == "控制" and tokens[i + 1].text == "在"), None)
        width = 2
    if at is None or at == 0:
        return False
    number_at = at + width
    if number_at < len(tokens) and "per_period" in tokens[number_at].classes:
        number_at += 1  # "发布频率 ≥ 每周 2 次": the period may come before its number
    if number_at >= len(tokens) or tokens[number_at].pos is not NUM:
        return False
    before = tokens[:at]
    # (jieba tags some nouns as numerals: "首页", the home page)
    if at > 4 or any(t.pos is PUNCT and t.text in _CLAUSE_MARKS for t in before) \
            or any(t.pos is NUM and any(c.isdigit() for c in t.text) for t in before):
        return False  # a long order, a clause before the sign, or a number of its own
    if _counted_after(tokens[number_at + 1:]):
        return False  # the number counts things: "Провести ≥4 эксперимента", "举办≥2 次技术分享" are orders
    return r.lead_token is None or r.lead_token in before or (width == 2 and r.lead_token is tokens[at])


def _counted_after(tokens: list[Token]) -> bool:
    """A noun after a number, up to the next break, that is not a short unit ("s", "KB", "ms")."""
    for token in tokens:
        if token.pos is PUNCT or token.text in ("/", "|"):
            return False
        if token.pos in (NOUN, PROPN, X) and not (len(token.text) <= 3 and token.text.isascii() and token.text.isalpha()) \
                and "measure_units" not in token.classes:  # "600大卡": a unit of measure, not things counted
            return True
    return False


def _effort_bounded(r: Reading) -> bool:
    """An order to spend time on the team's own work, with a floor: "run at least 48 hours of skills
    training", «провести не менее 48 часов обучения», "进行不少于40小时的技能培训" — hours of an
    activity put in (an input), not a bound on how fast something happens ("under 2 hours")."""
    if r.lead is not Lead.TASK:
        return False
    for quantity in r.analysis.quantities:
        if quantity.kind is not QuantityKind.DURATION:
            continue
        after = [t for t in r.analysis.words if t.start >= quantity.end][:4]
        for token in after:  # skipping "of", "的" and what kind of activity it is ("skills")
            if token.verb_form is ACTION_NOUN or "events" in token.classes:
                return True
            if token.pos not in (ADP, PART, NOUN):
                break
    return False


def _one_piece_done_within(r: Reading) -> bool:
    """One piece of one's own work bound by a span is a deadline, a task: "Complete the payment system migration
    within 2 weeks", «Завершить миграцию в течение 2 недель», "2周内完成支付系统迁移". Items that keep coming in
    ("Respond to tickets within 4 hours") or the work of every period ("Complete the month-end close within 3
    days", "3天内完成月结") bound by a span are a service level."""
    if r.lead is not Lead.TASK or r.universal or r.per_period or r.lead_token is None or r.lead_token.lang != r.analysis.lang:
        return False  # (a Latin word opening a Russian or Chinese text is read out of context, without its sentence)
    words = r.analysis.words
    spans = [q for q in r.analysis.quantities if q.kind is QuantityKind.DURATION]
    if not spans:
        return False
    head = _zh_last_word_of_the_clause(r.analysis.tokens, spans[0].end) if r.analysis.lang == "zh" else r.object_head
    if head is None or "recurring_items" in head.classes or {"plural", "plur"} & head.tags:
        return False
    if any(t.lemma.lower() in _PERIODIC_MODIFIERS for t in words):
        return False
    # the span bounds the piece itself, no clause of its own after it ("Ship a dashboard where the team can
    # approve corrections in < 1 minute": how fast the dashboard lets them work)
    if head.lang != "zh" and any(t.pos is VERB and head.end <= t.start < q.start for q in spans for t in words):
        return False
    # (a Chinese verb at the end names the piece of work after its object: "…完成支付系统迁移", not "半马跑进")
    return head.verb_form is ACTION_NOUN or "artifacts" in head.classes \
        or (head.lang == "zh" and head.pos is VERB and head is not r.lead_token and len(head.text) > 1)


def _zh_last_word_of_the_clause(tokens: tuple[Token, ...], after: int) -> Token | None:
    """The last word of the Chinese clause that goes on past `after` (a span's end): the piece of work the span
    bounds ("2周内完成支付系统迁移": 迁移), not a clause added after a comma ("…，Q3结束前完成")."""
    last = None
    for token in tokens:
        if token.start >= after and (token.text in _CLAUSE_MARKS or token.text == "。"):
            break
        if token.pos not in (PUNCT, SYM):
            last = token
    return last


# Words that make the thing done the work of every period: "the month-end close", "the weekly report".
_PERIODIC_MODIFIERS = frozenset({"month-end", "quarter-end", "year-end", "monthly", "weekly", "daily", "quarterly",
                                 "ежемесячный", "еженедельный", "ежедневный", "ежеквартальный"})  # lemmas


_TIME_WORDS = frozenset({"time", "время", "时间", "精力"})
_OF_WORDS = frozenset({"of", "in", "on", "for"})


def _time_put_in(r: Reading) -> bool:
    """Hours (or a share of one's time) put into an activity: "Spend 30 hours pairing with juniors", "Spend 20%
    of my time on code review", «Уделить 20% времени ревью», "投入40小时辅导同事", or the hours named first,
    then what they go into: "20 hours of volunteering", «20 часов волонтёрства». Time spent is an input,
    however much of it; a bound on how fast something happens ("within 2 hours") is not this."""
    quantities = r.analysis.quantities
    if not quantities or r.analysis.change is not None or r.lead in METRIC_MOVES or (r.threshold and not r.lower_bound):
        return False
    words = r.analysis.words
    durations = [q for q in quantities if q.kind is QuantityKind.DURATION]
    share_of_time = any(q.kind is QuantityKind.PERCENT and any(t.lemma in _TIME_WORDS for t in words if q.end <= t.start)
                        for q in quantities)
    if r.lead_token is not None and "spend" in r.lead_token.classes:
        return bool(durations) or share_of_time
    if r.lead is not Lead.NONE or not durations or durations[0].start > 0 or r.analysis.lang == "zh":
        return False
    after = [t for t in words if t.start >= durations[0].end][:3]
    if "-" in r.analysis.normalized[durations[0].start:durations[0].end]:
        # "2-week release cycle", "24-hour support coverage": the length of a kind of thing, not hours
        # put in — unless the thing is an event the team holds ("15-min research talk")
        head = next((t for i, t in enumerate(after) if t.pos is NOUN and (i + 1 == len(after) or after[i + 1].pos is not NOUN)), None)
        return head is not None and "events" in head.classes
    after = list(dropwhile(lambda t: t.text.lower() in _OF_WORDS, after))  # "20 hours of volunteering"
    # the activity: a noun of action or an -ing word ("mentoring"), in Russian in the genitive («волонтёрства»)
    return bool(after) and (after[0].verb_form in (ACTION_NOUN, GERUND) or "events" in after[0].classes)


# Units of effort or of times a thing is done: counted per period, they are the owner's own routine.
# Times something is done, and the parts of a day it is done on ("5 evenings a week", «5 вечеров в неделю»).
_TIMES_UNITS = frozenset({"x", "times", "time", "раз", "次", "回", "遍", "evening", "evenings", "night", "nights",
                          "morning", "mornings", "вечер", "вечера", "вечеров", "утро", "утра", "утром", "晚", "个晚上"})


_DISTRIBUTIVE = frozenset({"every", "each", "每个", "每一个", "每项", "每次", "每位", "每名", "每家", "每笔", "每条"})
_NEW = frozenset({"new", "新", "新增"})  # "every new hire", "每位新员工": items that keep arriving
_ZH_OBLIGATION = frozenset({"要", "必须", "需要", "应", "应该"})


def _standing_rule(r: Reading) -> bool:
    """What happens to each item, every time: "Every non-trivial pull request is reviewed by a
    second engineer", "每个PR都经过第二人评审" — a rule of the process, as «Каждый PR проходит ревью» reads, not
    a piece of work done once ("All services are migrated"). Items that keep arriving ("Every new
    hire completes onboarding in week one", "每位新员工第一周完成入职培训") are the same. Periods do not
    count ("Every week…"), nor an order to each ("每个团队都要完成培训")."""
    words = r.analysis.words
    if _plural_items_each_time(r):
        return True
    if len(words) < 3 or words[0].text.lower() not in _DISTRIBUTIVE or words[1].lemma.lower() in PERIODS or r.has_number:
        return False
    arriving = words[1].text.lower() in _NEW  # "Every new hire completes onboarding in week one"
    if r.analysis.lang == "zh":
        # ("每个团队都有运维手册": each of a fixed set has a thing, a state reached once, as "Every team has a runbook")
        each_time = any(t.text == "都" for t in words) and not r.possess
        return (arriving or each_time) and not any(t.text in _ZH_OBLIGATION for t in words)
    if r.analysis.lang != "en":
        return False
    passive = r.completion and any(t.text.lower() in ("is", "are", "gets", "get") for t in words)
    return passive or (arriving and _habitual(r))


def _plural_items_each_time(r: Reading) -> bool:
    """Items that keep coming in, named in the plural, and what happens to them now: "Invoices are paid
    without reminders", «Счета оплачиваются без напоминаний» — the plural of such items says "each one,
    each time" as "every" does. A past or perfect form ("Invoices were sent", «Счета оплачены») is a
    batch done once; Chinese marks no plural."""
    words = r.analysis.words
    if len(words) < 3 or r.has_number or r.analysis.lang == "zh" or not _items_recur(r):
        return False
    at = next((i for i, t in enumerate(words) if t.pos not in (NOUN, PROPN, ADJ)), len(words))
    if at == 0 or r.head not in words[:at] or at + 1 >= len(words):
        return False  # the items must be the whole subject, the verb right after them
    if r.analysis.lang == "en":
        return words[at].text.lower() in ("are", "get") and words[at + 1].pos is VERB and words[at + 1].verb_form is PARTICIPLE
    verb = words[at]
    return verb.pos is VERB and verb.verb_form is FINITE and not {"past", "perf"} & verb.tags


def _whole_set_done_once(r: Reading) -> bool:
    """"100% of existing suppliers have been audited", "100% процессов описаны", "100%的服务完成梳理": all
    of a set worked through once — the 100% says the work is finished, it measures no outcome. Not a
    routine ("100% of releases ship on time"), a time bound or items that keep coming in."""
    # all of a harm dealt with ("100% of critical vulnerabilities remediated") is a zero target, an outcome
    harm = any("harm" in t.classes for t in r.analysis.words)
    return r.hundred_percent and not (r.routine or harm or _items_recur(r) or any(
        q.kind is QuantityKind.DURATION for q in r.analysis.quantities))


def _work_done_in_part(r: Reading) -> bool:
    """The share of one's own work that is done: "Migration 40% complete by March", «Миграция выполнена
    на 40%» — progress on a task, no outcome (the subject names the work itself, nothing measured)."""
    head, words = r.head, r.analysis.words
    return head is not None and bool(words) and head is words[0] and head.verb_form is ACTION_NOUN \
        and _CHANGE_CLASSES.isdisjoint(head.classes) and not (r.metric or r.outcome_count or r.beneficiary) \
        and [q.kind for q in r.analysis.quantities] == [QuantityKind.PERCENT]


def _events_held_with_people(r: Reading) -> bool:
    """Events the team held, with people counted as the other side: "Contract negotiations held with 6
    suppliers", «Проведены переговоры с 6 поставщиками» — the team's own work, as "Hold negotiations with…" is."""
    head = r.head
    # (reviews with a verdict are what customers give: "20 five-star reviews collected")
    return head is not None and "events" in head.classes and not (r.level_quantity or r.metric or r.reviews_given)


def _held_with_people_counted(r: Reading) -> bool:
    """A thing made or held, then "with" and the people it is held with counted: "Usability tests with
    8 users", «Юзабилити-тесты с 8 пользователями» — the count is of its other side, not of an outcome."""
    head, words = r.head, r.analysis.words
    if head is None or r.metric or r.level_quantity:
        return False
    if not ({"events", "artifacts"} & head.classes or head.verb_form is ACTION_NOUN):
        return False
    at = words.index(head)
    # Chinese names the other side first ("与8名用户的可用性测试"), and its 和 after a noun is "and"
    return r.analysis.lang != "zh" and at + 1 < len(words) and words[at + 1].text.lower() in WITH_WORDS \
        and bool(r.analysis.quantities)


def _times_per_period(r: Reading) -> bool:
    """A number of times per period: "2000 раз в месяц", "3 times a week", "每周3次"."""
    return r.per_period and any(q.unit in _TIMES_UNITS for q in r.analysis.quantities)


def _own_effort_per_period(r: Reading) -> bool:
    """Time or sessions of one's own per period, with nothing else measured and nobody served:
    "2hr reading at least twice a week", "3x guitar practice sessions per week", "Бегать 3 раза в
    неделю", "每周冥想2小时". Effort put in is an input; a pace of delivery ("2 releases per week")
    or a bound ("respond within 2 hours") is not this."""
    if not (r.per_period or _training_counted(r)) or r.analysis.change is not None or r.lead in METRIC_MOVES \
            or r.lead in (Lead.VAGUE, Lead.MAINTAIN, Lead.ENSURE):
        return False
    if _people_served(r) or r.value or r.people_adopt or r.object_is_person or (r.threshold and not r.lower_bound):
        return False  # "within 2 hours" bounds a service; "at least once a week" is still effort
    if any(q.kind is QuantityKind.PERCENT for q in r.analysis.quantities):
        # "99.5% monthly success rate (rolling 30d)", «99,5% успешных генераций в месяц»: a share at its level, over a
        # window; a share of one's own time put in is `_time_put_in`'s
        return False
    if r.aggregate or (r.metric and _measure_bound_by_sign(r)):
        # "300+ visits per day on average": an average is a measure, not effort put in; so is a measure
        # bound by a sign ("发布频率 ≥ 每周 2 次", "Deploy frequency >= 2 per week")
        return False
    words = r.analysis.words
    if any(t is not r.lead_token and t.pos is VERB and t.verb_form in (PARTICIPLE, FINITE) for t in words):
        return False  # "Wiki pages viewed 2,000 times per month": others did it, or a state holds
    if any(t is not words[0] and t.verb_form is FINITE and "adopt" in t.classes for t in words):
        return False  # «Функцией отчётов пользуются 300 раз в неделю»: something used by others, counted
    if any("recurring_items" in t.classes or "business_metrics" in t.classes for t in words):
        return False  # "2 releases per week", "10 deals a month": a pace of delivery or a business result
    units = {q.unit for q in r.analysis.quantities}
    effort = any(q.kind is QuantityKind.DURATION for q in r.analysis.quantities) or bool(units & _TIMES_UNITS)
    # "25 pushups every morning", "每周跑步20公里", "40,000 words each month": reps, distance or words of one's own;
    # not the means after "through" ("900 clicks a month through co-branded events" counts the clicks)
    counted = takewhile(lambda t: "means" not in t.classes, words)
    # events by the thousand are others' ("Monthly visits 50K", "月访 5万": traffic), never one's own sessions
    held = not any(q.value is not None and q.value >= _EVENTS_ONE_HOLDS for q in r.analysis.quantities)
    return effort or any(("events" in t.classes and held) or "exercise_units" in t.classes for t in counted)


_EVENTS_ONE_HOLDS = 1_000  # more visits, calls or sessions a period than a team holds itself


def _people_served(r: Reading) -> bool:
    """People the KR is about, not a word that says which event ("Family dinner 5 evenings a week",
    "customer calls": the person word describes the noun after it)."""
    if not r.beneficiary:
        return False
    words = r.analysis.words
    return any("beneficiary" in t.classes and not (i + 1 < len(words) and words[i + 1].pos is NOUN) for i, t in enumerate(words))


def _training_counted(r: Reading) -> bool:
    """Reps or distance of one's own counted for the whole period, not per week: "Bike 3,000 km in 2025",
    "全年跑步500公里", «Пробежать 500 км за год» — effort put in, as "20 km a week" is."""
    quantities = [q for q in r.analysis.quantities if q.kind in (QuantityKind.COUNT, QuantityKind.PLAIN)]
    # the unit right after its number ("3,000 km", "500km", "50 reps"): "Reps collaborate…", "100% of Reps" are people
    return bool(quantities) and any("exercise_units" in t.classes and any(q.start <= t.start <= q.end + 1 for q in quantities)
                                    for t in r.analysis.words)


def _work_pieces_counted(r: Reading) -> bool:
    """Chinese counts its nouns with classifiers, and some count only pieces of work or study (篇
    articles, 首 songs, 套 sets, 期 runs, 节 lessons): with every number such a count, and nobody
    served, nothing moved and no measure named, the KR counts the owner's own output."""
    quantities = r.analysis.quantities
    if r.analysis.lang != "zh" or not quantities or r.analysis.change is not None:
        return False
    lex = lexicon()
    if not all(q.kind is QuantityKind.COUNT and lex.has("zh", "work_classifiers", q.unit) for q in quantities):
        return False
    return not (r.beneficiary or r.customers_act or r.outcome_count or r.metric or r.value or r.people_adopt)


def _events_had_counted(r: Reading) -> bool:
    """Events had, with their count: "Have 4 community meetups this quarter", «Иметь 4 встречи с
    клиентами», "有4场技术分享会" — events the team holds, as "Hold 4 meetups" is ("Have 40 customers
    on the new plan" counts people, an outcome)."""
    return r.possess and not r.value and _head_after_count(r, "events")


def _head_after_count(r: Reading, cls: str) -> bool:
    """The noun the first count counts is in word class `cls` (its describing words before it)."""
    run = list(takewhile(lambda t: t.pos in (ADJ, NOUN, PROPN), _words_after_the_first_count(r)))
    return bool(run) and cls in run[-1].classes


def _words_after_the_first_count(r: Reading) -> list[Token]:
    """The words after the first count of the text (none without a count): what it counts comes first."""
    first = next((q for q in r.analysis.quantities if q.kind is QuantityKind.COUNT), None)
    return [] if first is None else [t for t in r.analysis.words if t.start >= first.end]


def _hires_counted(r: Reading) -> bool:
    """A verbless count of the team's own new people: "2 new data engineering hires by June", «2 новых
    разработчика в команду» — hiring, the team's work, as "Hire 3 engineers" is. Russian and English only:
    a Chinese count of staff comes with its verb (招聘, 到岗)."""
    if r.analysis.lang == "zh" or r.analysis.change is not None:
        return False
    if not r.analysis.quantities or any(q.kind is not QuantityKind.COUNT for q in r.analysis.quantities):
        return False
    after = _words_after_the_first_count(r)
    # the people counted: the first word of the staff after the number, with only describing words
    # before it ("new platform hires": the tagger may read "hires" as a verb)
    at = next((i for i, t in enumerate(after) if "staff" in t.classes), None)
    if at is None or any(t.pos not in (ADJ, NOUN, PROPN) for t in after[:at]):
        return False
    counted = after[at]
    # new people are hired ones: "3 engineers on call" or "1 developer using X" count no hiring
    hired = counted.lemma == "hire" or any(t.lemma in ("new", "новый") for t in after[:at])
    return hired and not any(t.pos in (VERB, PART) for t in r.analysis.words if t is not counted) \
        and not (r.value or r.customers_act)


def _capability_stated(r: Reading) -> bool:
    """A subject, a modal of ability, then the verb: "客户端总能找到最近的服务器", "The client can always
    find the nearest server" — what a system is able to do, stated; not an order to reach something."""
    words, lead = r.analysis.words, r.lead_token
    if lead is None or lead not in words:
        return False
    before = words[:words.index(lead)]
    modal = next((i for i, t in enumerate(before) if "ability" in t.classes), None)
    return modal is not None and any(t.pos in (NOUN, PROPN, PRON) for t in before[:modal])  # a subject before the modal


def _own_ability(r: Reading) -> bool:
    """The text opens with a modal of ability and no subject before it: "Can explain …", "Be able to
    read a flame graph", «Могу объяснить …», «Умею …» — the owner's own skill at the end of the period,
    checkable as knowing is ("Understand X" is a state too). With a subject ("Users can export …") it is
    a capability built for them: a feature stated as a state. Not in Chinese, which drops the subject of
    what a system can do as readily as its owner's."""
    words = r.analysis.words
    if len(words) < 2 or not r.ability or r.analysis.lang == "zh":
        return False  # Chinese leaves out the subject of a system's capability too ("能够…运行自动评估"): no skill told
    first, rest = words[0], words[1:]
    if first.text.lower() == "be" and rest[0].text.lower() == "able":
        first, rest = rest[0], rest[1:]
    return "ability" in first.classes and any(t.pos is VERB for t in rest[:3])


# Nouns of knowing a subject, besides the lexicon's skills: "familiarity with", «знание», "fluency in".
_KNOWING_NOUNS = frozenset({"familiarity", "fluency", "knowledge", "understanding", "mastery", "literacy",
                            "знание", "понимание"})


# Words of a level with no number: "a high ratio", «высокий уровень», "较高的完成率".
_LEVEL_ADJECTIVES = frozenset({"high", "low", "good", "strong", "высокий", "низкий", "хороший", "高", "较高", "低", "较低",
                               "良好", "很高", "较好"})
# Orders that reach, keep or ensure a level: with a vague one the KR has no target.
_LEVEL_ORDERS = (Lead.REACH, Lead.ENSURE, Lead.MAINTAIN, Lead.NONE, Lead.STATE)


@kept_on_argument  # asked twice of a text with no number by unmeasurable (is it measurable; which words): kept per Reading
def _steady_habit(r: Reading) -> tuple[str, ...]:
    """A habit or routine to build that is only said to be steady, with no number and no frequency: "Build a
    stable morning routine", «Сформировать устойчивые привычки», "养成稳定的作息", or named so with no verb
    («Стабильный сон», "A consistent evening routine") — how often is left out, so nothing checks that it
    holds. The steady word and the habit; empty when none."""
    if r.has_number or r.per_period or r.vague_frequency:
        return ()
    if r.lead is Lead.NONE and r.noun_phrase:
        after = r.analysis.words[:5]  # «Стабильный сон», "A consistent evening routine": the habit named, no verb
    elif r.lead is Lead.TASK:
        after = r.words_after_lead[:5]
    else:
        return ()
    steady = next((t for t in after if "maintain" in t.classes or t.lemma.lower() in _STEADY_WORDS), None)
    habit = next((t for t in after if t.lemma.lower() in _HABITS_KEPT), None)
    return (steady.text, habit.text) if steady is not None and habit is not None else ()


@kept_on_argument  # asked twice by unmeasurable, as _steady_habit is
def _habit_with_no_cadence(r: Reading) -> tuple[str, ...]:
    """An order to build a habit that never says how often it is kept: "Build a reading habit", «Выработать привычку
    читать», "养成阅读习惯" — a habit is a thing done again and again, so with no number and no cadence ("daily",
    «каждый вечер», "每天", «по утрам») nothing checks it has formed, unlike a thing made once. The order and the
    habit; empty when none."""
    if r.has_number or r.per_period or r.vague_frequency or r.lead is not Lead.TASK:
        return ()
    if r.names_class("cadences") or _RECURRING_TIME.search(r.analysis.text):
        return ()
    habit = next((t for t in r.words_after_lead[:4] if t.lemma.lower() in _HABITS), None)
    return (r.lead_token.text, habit.text) if habit is not None else ()


# A habit proper: what is done again and again (a routine or a rhythm may be a schedule written down once).
_HABITS = frozenset({"habit", "привычка", "习惯"})
# A cadence said by the time it recurs: "every morning", «по утрам», "每晚", "每周".
_RECURRING_TIME = lazy_compile(r"(?i)\b(?:every|each)\s+(?:morning|evening|night|day|week|weekday|weekend)\b"
                               r"|\bпо\s+(?:утрам|вечерам|ночам|выходным|будням"
                               r"|понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)\b"
                               r"|每[天日晚周月早]")


# Words that call a habit steady, and the habits a person builds.
_STEADY_WORDS = frozenset({"sustainable", "consistent", "устойчивый", "последовательный", "可持续", "持续"})
_HABIT_NOUNS = _HABITS | {"routine", "rhythm", "рутина", "ритм", "作息", "节奏"}
# Sleep is kept as a habit is: «Стабильный сон 7–8 часов» is a way of living to hold to, not a service level.
_HABITS_KEPT = _HABIT_NOUNS | {"sleep", "сон", "睡眠"}


@kept_on_argument  # asked twice by unmeasurable, as _steady_habit is
def _steadiness_with_no_level(r: Reading) -> tuple[str, ...]:
    """A thing only called steady, with no number, where steadiness keeps no level (`_steadiness_keeps_no_level`):
    «Стабильное качество швов», «Отношения с поставщиками стабильны», "焊接质量稳定" — steady at what level is left
    out. Not a thing to have («Стабильная позиция в команде») or to make ("A stable API"). The steady word and the
    noun it is said of; empty when none."""
    if not _steadiness_keeps_no_level(r) or _steady_thing_to_gain(r) or _steady_amount_to_reach(r) \
            or not ((r.lead is Lead.NONE and r.noun_phrase) or (r.declarative and r.lead in (Lead.NONE, Lead.STATE, Lead.TASK))):
        return ()  # (jieba tags the first word of "焊接质量稳定" a verb: the sentence still only says it is steady)
    words = r.analysis.words
    steady = next((t for t in words if t.pos in (ADJ, ADV) and "maintain" in t.classes), None)
    head = head_noun(words, r.analysis.lang)
    if steady is None or head is None or head is steady or "artifacts" in head.classes:
        return ()  # "A stable API", «Стабильная версия»: which kind of thing is made, shipped or not
    return steady.text, head.text


def _steady_habit_named(r: Reading) -> bool:
    """A habit the text is about, only called steady: «Стабильный сон 7–8 часов», «Сон — стабильно 8 часов»,
    "Consistent sleep of 8 hours", "稳定的作息" — a habit held to, which a person builds (with its hours, checkable;
    without, vague), not a level a service keeps. A verb of keeping («Сохранить режим сна») still keeps it."""
    words = r.analysis.words
    head = head_noun(words, r.analysis.lang)
    if head is None or head.lemma.lower() not in _HABITS_KEPT:
        return False
    return not any("maintain" in t.classes and t.pos is VERB for t in words)


def _vague_level(r: Reading) -> tuple[str, ...]:
    """A measure's level named by a word, not a number, as what is to be reached or kept: "Achieve a
    high sprint completion ratio", «Обеспечить высокий уровень удовлетворённости», "达到较高的完成率" —
    how high is not said. A thing built with such a quality ("Ship a low-latency API") is a deliverable."""
    if r.has_number or r.lead not in _LEVEL_ORDERS:
        return ()
    words = r.analysis.words
    levels = [i for i, t in enumerate(words) if t.lemma.lower() in _LEVEL_ADJECTIVES]
    if not levels:
        return ()  # (most texts)
    measures = {id(t) for t in metric_tokens(r)}  # 完成率: a zh measure by its ending
    for i in levels:
        after = list(takewhile(lambda t: t.pos is not PUNCT, words[i + 1:i + 5]))
        if after and after[0].text == "的":
            after = after[1:]
        if any(id(t) in measures for t in after):
            return (words[i].text,)
    return ()


@kept_on_argument  # asked twice of most texts (task-not-outcome, unmeasurable): kept per Reading
def _skill_named(r: Reading) -> bool:
    """A KR that only names a skill or knowledge, with no number: "Familiarity with the coding standards",
    "Fluency in Go", "Deep understanding of the billing system", «Знание стандартов фронтенда», «Умение
    читать профили памяти». A skill grown is confirmed by a judgement or a test the KR does not name: no
    deliverable and no target. A compound where the word only describes ("Knowledge base for agents")
    names a thing to build."""
    if r.has_number or r.analysis.lang == "zh":
        return False  # Chinese says it with the verb (熟悉…, 掌握…): an order to learn, read elsewhere
    words = r.analysis.words
    head = head_noun(words, r.analysis.lang)
    if head is None or any(t.pos is VERB and t.verb_form in (FINITE, IMPERATIVE) for t in words[:words.index(head)]):
        return False
    opening = all(t.pos in (ADJ, ADV, DET) for t in words[:words.index(head)])  # "Deep understanding of …"
    # an English word in a Russian text is a name ("Skill проекта": an agent's skill file), not the language's noun
    own_script = r.analysis.lang == "en" or not head.text.isascii()
    return opening and own_script and (head.lemma in _KNOWING_NOUNS or "skills" in head.classes)


def _people_know(r: Reading) -> bool:
    """People said to know or understand something, with no number: "Users understand how the editor
    works", «Новые сотрудники понимают процесс деплоя», "新员工了解部署流程" — a state only asking them
    confirms; with a share ("80% of new hires understand …") it is a measured outcome."""
    lead = r.lead_token
    return lead is not None and r.declarative and not r.has_number and "know" in lead.classes \
        and (r.head_is_person or r.beneficiary or r.object_is_person or r.team_subject)


def _people_feel(r: Reading) -> bool:
    """People said to feel something about a thing, with no number: "Pilot customers are happy with the new
    dashboard", «Пилотные клиенты довольны новым дашбордом», "试点客户对新看板满意", "Customers love the new
    editor" — a state only asking them confirms; with a share or a score ("90% of customers are satisfied",
    "满意度≥4.5") it is measured."""
    if r.has_number or not r.names_class("feels"):
        return False
    lead = r.lead_token  # (jieba leaves 喜欢 an order: said of people before it, it is how they feel)
    feeling = r.lead in (Lead.NONE, Lead.STATE) or (lead is not None and "feels" in lead.classes and r.declarative)
    if not (feeling and (r.head_is_person or r.beneficiary or r.object_is_person or r.head_is_team or r.team_subject)):
        return False
    # said of the people, not describing them: "Customers are happy", not «Довольные клиенты рекомендуют нас»
    words = r.analysis.words
    first_feeling = next((i for i, t in enumerate(words) if "feels" in t.classes), None)
    if first_feeling is None:
        return False  # (the word of feeling inside a deadline the reading set aside)
    if first_feeling + 1 < len(words) and words[first_feeling + 1].text == "的":
        return False  # "满意的客户…": satisfied customers, described
    return words[first_feeling] is lead or any("beneficiary" in t.classes or t is r.head for t in words[:first_feeling])


def _made_thing_subject(r: Reading) -> bool:
    """The subject right before a verb of state is a thing the team makes ("The API returns …", «API возвращает …»),
    not people, whose returning or choosing is their behaviour ("Customers return …")."""
    words, lead = r.analysis.words, r.lead_token
    if not r.declarative or lead is None or lead not in words:
        return False
    subject = last_noun_before(words, words.index(lead))
    return subject is not None and "artifacts" in subject.classes and not (r.head_is_person or r.beneficiary)


def _feature_state(r: Reading) -> bool:
    """A statement about a thing the team builds, with nothing measured and nobody it serves:
    "The CLI accepts a path", "Export module implementation exists", "页面能展示失败原因", or a
    capability given to people ("users can create branches"). It is true once the work is done —
    a deliverable stated as a state. A quality as the predicate ("生产环境稳定"), people doing
    something ("Клиенты получают ответ в день обращения"), a number, a metric, a value, a routine
    or a bound make it an outcome."""
    of_people = r.head_is_person or r.beneficiary
    given = of_people and r.ability  # "users can create branches": a capability given
    people = of_people and not r.ability
    if r.analysis.lang == "zh" and (zh_able_first(r.analysis.words) or zh_people_who_did(r.analysis.words)):
        # "能清晰描述…的原因": no thing named, the owner's own knowledge ("Can describe …"); "下载的人开始用":
        # people who did one thing doing the next
        return False
    # "all" is every item each time ("All filings submitted"), but the scope of a thing named in code
    # ("`make up` поднимает все сервисы")
    # what people are given to do is a feature whatever it names: "segment their audience" (no measure
    # moved), "opt out of providing every node" (not every item each time), "publish under this profile"
    return not (people or r.has_number or (r.metric and not given) or r.value or r.routine or r.quality_predicate
                or (r.universal and not (r.code_subject or given)) or (r.threshold and not given) or r.vague_adverb
                or r.vague_frequency or r.zero_target)


# Readiness is a state reached once (a completion), not a quality kept at a level.
_READINESS = frozenset({"readiness", "готовность", "就绪", "准备度"})


def _quality_head(r: Reading) -> Token | None:
    """The word a verbless name is about: the last in Chinese (a deadline after it is none: "…成熟度（Q3结束前）"),
    the head noun elsewhere."""
    words = r.content_words
    return (words[-1] if words else None) if r.analysis.lang == "zh" else r.head


def _quality_named(r: Reading) -> bool:
    """A verbless name of a quality with no level: "Code quality", "Зрелость модели взаимодействия",
    "研发流程成熟度" — what should get better is named, how good it must be is not."""
    if r.has_number or not r.noun_phrase:
        return False
    head = _quality_head(r)
    if head is None or "metric" in head.classes or head.lemma.lower() in _READINESS:
        return False  # "Стоимость привлечения" is a measure (cost), not a quality
    return is_quality(head, r.analysis.lang) and not (r.threshold or r.floor or _compared_with_a_reference(r))


def _progress_named(r: Reading) -> bool:
    """A verbless name of progress, with no number: "Visible progress in my fitness", «Видимый прогресс в учёбе» —
    a change with no target, and nothing made. Not Chinese, where 进展 names the status of a project as readily
    ("项目进展看板") and a change takes its verb ("取得进步")."""
    if r.has_number or not r.noun_phrase or r.lead is not Lead.NONE or r.analysis.lang == "zh":
        return False
    head, words = r.head, r.analysis.words
    if head is None or head.pos is not NOUN or "progress" not in head.classes:
        return False
    at = words.index(head)
    after = words[at + 1] if at + 1 < len(words) else None
    # (but "Progress report for the board" names a report: progress only says which)
    return (after is None or after.pos not in (NOUN, PROPN)) and all(t.pos in (ADJ, ADV, DET) for t in words[:at])


def _bare_name(r: Reading) -> bool:
    """A KR that only names a thing: no predicate, nothing counted or measured, no state or value of
    anyone's, no vague frequency. What is left is the name of something to deliver."""
    if not r.noun_phrase or r.lead is not Lead.NONE or r.has_number or r.count_missing or _head_is_metric(r) or r.head_is_person \
            or _measure_named(r) or _quality_named(r) or _progress_named(r):
        return False  # "Средняя оценка", "Weekly average order lines", "New customers from the regions": a metric or people
    return not ((r.value and not _value_only_says_what_about(r)) or r.vague_adverb or r.vague_frequency or r.undefined
                or r.zero_target or r.top or r.keeps_somewhere or r.plan_fulfilment or r.universal
                or r.vague_object or r.declarative)  # «Ночная сборка всегда зелёная»: a state said of the thing, not its name


def _value_only_says_what_about(r: Reading) -> bool:
    """"Security audit", "Customer satisfaction survey": a value named by a noun before a noun of action only
    says what the action is about; the audit is the thing to do, no value is wished for."""
    head = r.head
    if head is None or head.verb_form is not ACTION_NOUN or "value" in head.classes:
        return False
    return not any("value" in t.classes and (t.pos is not NOUN or t is head) for t in r.analysis.words)


_LIST_SEPARATORS = lazy_compile(r"[,，、;；]")


def _deliverable_list(r: Reading) -> bool:
    """Three or more short items and no verb that acts: "Импорт, тесты ≥70%, установщик,
    документация", "Готов мастер настройки, экспорт в PDF, история запусков" — the scope of a release listed.
    Russian and English only: their verbs show their form; a list opened by a measure ("MAU | 2 000+
    (1 мес), 8 000+ (3 мес)") is targets, not work."""
    if r.analysis.lang not in ("ru", "en") or _head_is_metric(r) or r.plan_fulfilment:
        return False
    items = [part for part in _LIST_SEPARATORS.split(r.analysis.normalized) if part.strip()]
    if len(items) < 3 or any(len(part.split()) > 6 for part in items):
        return False
    acting = (FINITE, INFINITIVE, IMPERATIVE)
    return r.lead in (Lead.NONE, Lead.TASK, Lead.REWORK) and not any(
        t.pos is VERB and t.verb_form in acting for t in r.analysis.words)


def _reaches_a_business_state(r: Reading) -> bool:
    """The predicate reaches, keeps or states a state of the business ("Become profitable", «Выйти на
    безубыточность», "实现盈亏平衡", "Break even", "Cash flow turns positive", "EBITDA转正"); not a
    change of degree ("提升盈利能力": how much?) nor a thing made that is to earn ("Launch a profitable plan")."""
    if not r.business_state:
        return False
    lead = r.lead_token
    if r.lead in (Lead.REACH, Lead.BECOME, Lead.STATE, Lead.NONE, Lead.MAINTAIN) or lead is None:
        return True  # "Keep cash flow positive": kept or not at the end (a kept level: kpi-in-disguise)
    firsts = first_lemmas_of(lexicon().get(r.analysis.lang, "business_state_lemmas"))  # "Break even": "break" leads it
    return bool(lead.classes & _STATE_AS_PREDICATE) or (firsts is not None and lead.lemma in firsts)


_STATE_AS_PREDICATE = frozenset({"sign_levels", "business_states"})  # "EBITDA在三季度转正": the state is the predicate


def _moves_nothing(r: Reading) -> str | None:
    """A metric verb with nothing measured: "Expand the app to 2 new OSs", "Получить сертификат", "满足通用需求"."""
    if r.object_is_team and r.analysis.quantities and not r.level_quantity and not _counted_results_after_lead(r):
        return "own-output-count"  # "Grow the team by 5", "Расширить отдел продаж до 12": hiring is the team's work
    if r.lead is Lead.REACH and _capability_stated(r) and r.object_is_artifact and not r.has_number:
        return "feature-state"  # "The assistant is able to generate a product spec": what the thing built can make
    if r.metric or r.level_quantity or r.outcome_count or r.ratio_word or r.big_amount:
        return None
    counts = [q for q in r.analysis.quantities if q.kind is QuantityKind.COUNT and not _unit_of_measure(r, q.unit)
              and not _selects_what_changes(r, q)]  # "Reduce noise for the 3 core services": which services, no output
    if counts and r.lead is Lead.DECREASE and (r.threshold or any(_brought_to(r, q) for q in counts)):
        return None  # "延期项目降至 1 个以内", "Cut open escalations to 3": a count brought down to a level
    if counts:  # not "Lose 5 kg", «Сбросить 5 кг»: a measure moved, not pieces counted
        if r.lead_token is not None and "receive" in r.lead_token.classes and not r.object_is_artifact:
            return None  # "Get 500 sign ups", "Получить 5 приглашений", "获得10个合作邀请": what others give, counted
        return "own-output-count"  # a count of the team's own output: "Deliver 12 sessions", "Набрать 25 кладовщиков"
    if r.lead is Lead.INCREASE and not r.has_number and _widened_to_places(r):
        return "nothing-measured"  # "Expand to Germany and France", "扩展到小红书和抖音": a rollout there, done or not
    if r.lead is Lead.REACH and not r.has_number and not r.object_is_person and not r.wins and not _capability_stated(r) \
            and not r.lead_denied \
            and not (r.vague_object and not r.names_class("requirements")):  # "Earn the trust of buyers": a regard, vague
        return "nothing-measured"  # "Sign a vendor contract"; but a prize won is decided by others: "Выиграть чемпионат"
    return None


def _unit_of_measure(r: Reading, unit: str | None) -> bool:
    """A quantity's unit is one of mass, distance or energy ("kg", "kilograms", «килограммов», 公斤): by its
    word as written or by its lemma, as the lexicon lists lemmas."""
    if not unit:
        return False
    lex, lang, unit = lexicon(), r.analysis.lang, unit.lower()
    return lex.has(lang, "measure_units", unit) or any(
        t.text.lower() == unit and lex.has(lang, "measure_units", t.lemma.lower()) for t in r.analysis.words)


def _money_gathered_or_repaid(r: Reading) -> bool:
    """A verb of gathering, saving or paying off money, with a sum of money: donations raised, savings
    put aside and debt repaid are results for the owner, as "Raise $2M" is, not work done."""
    lead = r.lead_token
    money = any(q.kind is QuantityKind.CURRENCY for q in r.analysis.quantities) \
        or (r.analysis.lang == "zh" and r.big_amount)  # "还清20万房贷": Chinese leaves 元 out of a sum in 万
    if lead is None or not money:
        return False  # "Collect 1,000,000 data points" counts own work
    if "money_moves" in lead.classes:
        return True
    words = r.analysis.words  # "Pay off $15,000 of debt", "Pay down the loan ($3,000)"
    at = words.index(lead) if lead in words else -1
    return lead.lemma == "pay" and 0 <= at < len(words) - 1 and words[at + 1].text.lower() in ("off", "down")


def _reached_thing_stated(r: Reading) -> bool:
    """A verbless KR that states a thing reached as done: "SOC 2 certification achieved", «Сертификат
    ISO 27001 получен», "Vendor contract signed" — the order to reach it ("Get certified", «Получить
    сертификат») is the team's own yes/no milestone, and so is its done form. A measure, a count, people
    or a prize reached stays an outcome ("10,000 readers reached", "Championship won"); a supplier the
    agreement is with is no one reached («Договор с подрядчиком подписан»)."""
    people = (r.object_is_person or r.beneficiary) and not r.only_suppliers_named  # a supplier signed with is no customer won
    if r.lead is not Lead.NONE or r.has_number or r.metric or r.outcome_count or people or r.wins or r.ratio_word or r.negated:
        return False
    if _rate_named(r):
        return False  # "Meals saved per week": a rate named, its number left out
    return any(t.verb_form is PARTICIPLE and "reach" in t.classes and "win" not in t.classes
               and ("PRTS" in t.tags or r.analysis.lang != "ru") for t in r.analysis.words)


def _named_member_makes(r: Reading) -> bool:
    """A person named as the subject, making or holding something: «Мария проводит четыре воркшопа для
    клиентов», "张伟举办四场客户工作坊". The analysers tag given names (pymorphy3's Name/Surn, jieba's
    nr); English has no such tag, and a capitalised word there may as well be a customer. What she
    frees up or improves («Анна освобождает вечера для семьи») is no piece of work."""
    lead = r.lead_token
    words = r.analysis.words
    if r.lead not in (Lead.TASK, Lead.ONGOING) or lead is None or lead not in words:
        return False
    if not any(not _PERSON_NAME_TAGS.isdisjoint(t.tags) for t in words[:words.index(lead)]):
        return False
    return any(not {"artifacts", "events"}.isdisjoint(t.classes) for t in r.words_after_lead)


_PERSON_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "nr"})


_HEAD_COUNTS = frozenset({"人", "名", "位", "человек", "people"})


def _counted_results_after_lead(r: Reading) -> bool:
    """The predicate's object is a count of business results: "Отдел продаж закрывает 40 сделок",
    "销售团队签下40个新订单" — what the team's work yields, counted (deals, customers, orders), not its
    own pieces of work ("开设3家门店") nor a scope ("pilot … in 2 communities")."""
    rest = r.words_after_lead[:5]
    for i, token in enumerate(rest):
        if token.pos is NUM:
            nouns = list(takewhile(lambda t: t.pos in (NOUN, PROPN),
                                   dropwhile(lambda t: t.pos not in (NOUN, PROPN), rest[i + 1:])))
            head = group_head(nouns, r.analysis.lang)  # "20 customer demos" counts demos, not customers
            # a bare head count ("客服人员新增20人") after the team's own people is hiring
            if head is None or "outcome_units" not in head.classes or head.text in _HEAD_COUNTS:
                return False
            # an event the team holds ("120 code reviews") is its own work, unless people's name it
            # ("20 customer reviews": theirs)
            return "events" not in head.classes or any("beneficiary" in t.classes for t in nouns if t is not head)
        if token.pos not in (ADJ, DET, CLASSIFIER):
            return False
    return False


_TO_A_LEVEL = ("to", "до", "至", "到")


def _text_before(r: Reading, quantity) -> str:
    """The text up to a number, without the space before it, in lower case (Traditional Chinese in
    Simplified, where the words are looked for)."""
    return r.analysis.lowered[:quantity.start].rstrip()


def _brought_to(r: Reading, quantity) -> bool:
    """The number is where a change ends ("to 3", «до 1», "降至1"), not how many things are removed."""
    return _text_before(r, quantity).lower().endswith(_TO_A_LEVEL)


@kept_on_argument  # one decision per Reading, however many rules ask (okrlint/memo.py)
def _one_piece_of_work(r: Reading) -> bool:
    """What is completed to 100% is one piece of work, not items that keep coming: "Complete 100% of the
    migration", «Завершить миграцию на 100%», «100% работ по миграции», "完成100%的迁移工作" — done once. Plural
    items ("100% of performance reviews") are each done, a routine."""
    if r.analysis.lang == "zh":  # Chinese puts the head last: "计费迁移工作"
        if any(_PEOPLE_OR_TEAMS & t.classes for t in r.analysis.words):
            return False  # "100%客服团队完成培训": people who complete a duty, each of them
        if _zh_items_before_the_verb(r):
            return False  # "100%门店完成消防检查": each store completes its inspection, as "100% of stores complete …"
        last = next((t for t in reversed(r.analysis.words) if t.pos in (NOUN, VERB)), None)
        return last is not None and last.verb_form is ACTION_NOUN
    head = r.head
    if head is None or _PEOPLE_OR_TEAMS & head.classes:
        return False  # «100% персонала прошли обучение»: a collective of people is each of them, not one piece
    return not ({"plural", "plur"} & head.tags) or head.lemma in _WORK_WORDS


def _zh_items_before_the_verb(r: Reading) -> bool:
    """A Chinese share of items named before the verb: "100%门店完成消防检查", "100%的门店完成…" — the share
    counts those items, each doing the work, not a share of one piece of work ("完成100%的迁移工作")."""
    lead, words = r.lead_token, r.analysis.words
    if lead is None or lead not in words or not r.analysis.quantities:
        return False
    before = words[:words.index(lead)]
    return bool(before) and before[-1].pos is NOUN and r.analysis.quantities[0].end <= before[-1].start \
        and all(t.pos in (NUM, NOUN, ADJ, PART) for t in before)


def _work_stated_done(r: Reading) -> bool:
    """"Migration 100% complete", «Миграция завершена на 100%», "Playbook 100% complete": a piece of work
    named by its noun of action or the thing made, said to be done to 100% — its progress, once; not items
    done on time each period."""
    head = r.head
    return r.completion and head is not None and (head.verb_form is ACTION_NOUN or _head_is_artifact(r)) \
        and _one_piece_of_work(r) and not (r.routine or r.per_period)


_WORK_WORDS = frozenset({"работа", "work"})  # «100% работ»: the work, a mass, though written in the plural


def _zh_order_first(r: Reading) -> bool:
    """jieba tags an order that opens a Chinese text a noun of action (培训/vn): "培训100%的团队成员" trains
    the team, as "Train 100% of team members" does — an order, not a process named and measured."""
    words = r.analysis.words
    # (a Latin word first is a name or a heading: "Reasoning 160 分" is the score of a reasoning test)
    return r.analysis.lang == "zh" and r.lead is Lead.TASK and bool(words) and r.lead_token is words[0] \
        and r.lead_token.lang != "en"


@kept_on_argument  # asked by task_reason and by the hygiene rule: kept per Reading
def is_hygiene(r: Reading) -> bool:
    """Routine done to 100%: "100% карточек товара оформлено", "培训覆盖率100%", "All filings submitted on time".

    A one-off order to 100% ("Обучить 100% операторов", "Roll out to 100% of traffic") stays a task.
    """
    if r.analysis.change is not None or r.lead in (Lead.INCREASE, Lead.DECREASE):
        return False
    if _each_item_in_time(r):
        return True  # "Patch every new sev-1 defect within one release", «Отвечать на каждое обращение в течение суток»
    if _each_incoming_item_handled(r):
        return True  # "Every support ticket gets triaged", «Каждая новая заявка проходит сортировку»
    if _state_at_every_event(r):
        return True  # "Tests pass on every commit", «Тесты проходят на каждом коммите», "每次提交测试都通过"
    if _check_passes_each_period(r):
        return True  # "Monthly failover test passing", «Ежеквартальный тест DR проходит успешно», "每季度容灾演练通过"
    if _checks_cover_everything_each_period(r):
        return True  # "Monthly inspections cover 100% of stores", «Ежемесячные проверки охватывают все склады», "每月巡检覆盖100%门店"
    if (r.hundred_percent or r.universal) and r.completes and r.names_class("obligatory") and not r.analysis.unfinished:
        # "Complete 100% of mandatory training", "All staff complete the mandatory security training", "100%完成必修培训":
        # a duty everyone owes, all of it done (in time or not: "within the first month" is its deadline)
        return True
    if any(q.kind is QuantityKind.DURATION and not _rolling_window(r, q) for q in r.analysis.quantities):
        return False  # "All testing is complete within 2 days": a service level, an outcome
    # "100% проектов можно открыть" is a capability; a Chinese verb that only names the measure after it
    # ("巡检覆盖率100%", the inspection coverage) is no verb of the text
    # (nor is a verb of the deadline: "完成率100%（Q3结束前）")
    deadline = r.analysis.deadline
    verbless = not any(t.pos is VERB and not _zh_verb_names_next_measure(r, i) and not in_deadline(t, deadline)
                       for i, t in enumerate(r.analysis.tokens))
    nominal = (r.lead is Lead.NONE and (verbless or r.routine)) or (
        r.lead_token is not None and r.lead_token.verb_form is ACTION_NOUN and not _zh_order_first(r))  # "100% of releases ship on time"
    # A done-participle alone ("100% of SDRs enabled on Drift", "100% of pages enabled with chat")
    # is a one-off rollout as often as a routine: it needs a routine word to count as hygiene.
    # Chinese puts the items first and the verb last with no participle ("报表100%按时提交"): that
    # clause states what happens to every item, as "100% of reports submitted on time" does.
    words = r.analysis.words
    # the items first, perhaps after their share ("100%的发票按时发送"), or "all" ("所有报表按时提交")
    zh_done = False
    if r.analysis.lang == "zh":  # the items are looked for only where they can count (no lambda a word elsewhere)
        # (an adverb or a period before the items says which they are: "日常运维工单100%按时处理", "每月报表…")
        items = list(dropwhile(lambda t: t.pos in (NUM, SYM, ADV) or t.text == "的" or "per_period" in t.classes, words))
        zh_done = bool(items) and words[-1].pos is VERB and (items[0].pos is NOUN or "universal" in items[0].classes)
    # having something is a routine ("100% of vendors have a signed DPA"), unless what they have is a
    # value or an understanding ("100% of entities have visibility into their cyber risk": an outcome)
    has_a_duty = r.possess and not (r.value or _class_words(r, "vague_objects"))
    if r.hundred_percent and (((r.completion or zh_done) and r.routine) or has_a_duty or nominal or r.completes):
        # "100% of team members trained on …": people trained by the team is a one-off rollout (a
        # task); people who complete a duty ("100% of employees complete …") or have something
        # ("100% of vendors have a signed DPA") is routine
        # "门店巡检SOP完成100%", "Playbook 100% complete": one deliverable finished, not every item each time
        made_once = (r.completes and (_head_is_artifact(r) or _percent_set_apart(r) or _one_piece_of_work(r))
                     or _work_stated_done(r)) and not _items_recur(r)
        return not (_people_trained_once(r) or made_once)
    if (r.hundred_percent or (r.universal and r.routine)) and not r.analysis.unfinished and _items_recur(r) \
            and (r.completion or (r.lead is Lead.NONE and _habitual(r))):
        # "100% релизов проходят smoke-тесты", "100% входящих обращений зарегистрированы": every item
        # that comes in is handled, each time
        return True
    if r.big_amount:
        return False  # "at least 10000 daily active members": a count to reach, not a routine
    finite = r.lead_token is not None and r.lead_token.verb_form is FINITE
    if _on_time_every_period(r) and (r.completion or finite or zh_done or r.hundred_percent) and not _people_trained_once(r):
        # "Payroll is paid on time every month", «Отчёты сдаются в срок каждую неделю»: the usual work, done as usual;
        # so is an order to do all of it so ("Pay 100% of salaries on time every month", "每月100%按时发放工资")
        return True
    # "All filings submitted on time", "Postmortem for every Sev1", «Все обращения регистрируются в срок»: every
    # item, every time; "all … in total" without a routine is a count; an order ("For each client, review the plan monthly")
    # is work the team does for each, unless the items keep coming in (tickets, releases)
    lead = r.lead_token
    # (a Chinese verb has no form, and jieba tags many a noun of action: 检查/vn)
    # (not the items first and the verb last: "所有报表按时提交" says what happens to each, as "All filings
    # submitted on time" does; "按时提交所有报表" orders it)
    ordered = r.lead is Lead.TASK and lead is not None and not r.declarative and not zh_done and (
        (lead.pos is VERB and lead.verb_form in (IMPERATIVE, INFINITIVE, None))
        or (r.analysis.lang == "zh" and lead.verb_form is ACTION_NOUN))
    return r.universal and _every_item(r) and r.routine and (r.completion or nominal or finite or zh_done) \
        and not _people_trained_once(r) and not (ordered and not _items_recur(r)) \
        and not r.aggregate  # "每位销售每月平均签约3单": an average per person is a measure, no duty done for each


def _numbers_only_select(r: Reading) -> bool:
    """Every number of a change says which things change, none how much: "Improve onboarding for teams of 5+",
    "Improve the experience of our top 20 accounts", «Улучшить работу с ключевыми клиентами (ТОП-20)»,
    "提升50人以上团队的上手体验" — the change still has no target."""
    quantities = r.analysis.quantities
    return bool(quantities) and r.lead in (Lead.VAGUE, Lead.INCREASE, Lead.DECREASE) and r.analysis.change is None \
        and all(_selects_what_changes(r, q) for q in quantities)


# Words before a number that make it part of the things' name: "for the 3 core services", "teams of 5+",
# «среди 20 клиентов»; "top 20", «ТОП-20» and "前20" are in the number itself.
_SELECTING_BEFORE = frozenset({"for", "in", "across", "among", "для", "среди", "у"})
_TOP_WORDS = ("top", "топ", "前")
_ZH_SIZE_BOUNDS = frozenset({"以上", "以下", "及以上", "以内"})


def _selects_what_changes(r: Reading, q: Quantity) -> bool:
    """The number `q` names which things the change is about, after the predicate: after a word of scope ("for
    the 3 core services", "for teams of 5+", «для 3 клиентов»), as a rank ("top 20"), or (zh) as a size bound
    inside a phrase closed by 的 ("50人以上团队的…")."""
    lead = r.lead_token
    if q.kind not in (QuantityKind.COUNT, QuantityKind.PLAIN) or lead is None or lead.end > q.start:
        return False
    if q.raw.lower().startswith(_TOP_WORDS):
        return True
    tokens = r.analysis.tokens
    before = [t for t in tokens if t.end <= q.start and t.start >= lead.end and t.pos not in (DET, PUNCT)]
    if r.analysis.lang == "zh":  # a size bound inside the phrase closed by 的: "50人以上团队的…" (teams of 50+)
        after = [t for t in tokens if t.start >= q.end][:4]
        de = next((i for i, t in enumerate(after) if t.text == "的"), None)
        return de is not None and any(t.text in _ZH_SIZE_BOUNDS for t in after[:de]) \
            and all(t.pos in (NOUN, ADP, CLASSIFIER, NUM) for t in after[:de])
    # back from the number over the things' words and "of" ("for teams of 5+"): a word of scope says the number
    # is theirs; an object counted has none ("Grow the build farm to a pool of 40 runners")
    for token in reversed(before):
        text = token.text.lower()
        if text in _SELECTING_BEFORE:
            return True
        if not (token.pos in (NOUN, ADJ) or text == "of"):
            return False
    return False


def _ensures_work_shipped(r: Reading) -> bool:
    """The object of "ensure" is a noun of shipping work: "Ensure CRM rollout", «Обеспечить внедрение CRM»,
    «Обеспечить запуск сайта» — the work done or not, as "Roll out the CRM" is (not «Обеспечить надёжность»)."""
    for token in r.words_after_lead[:3]:
        if token.verb_form is ACTION_NOUN:
            return "delivers" in token.classes
        if token.pos not in (DET, ADJ, NOUN, PROPN) or not _HOW_WELL.isdisjoint(token.classes):
            return False  # "Ensure stable deployment of …": how well it goes on, with no target
    return False


# Word classes of a word that says how well work goes: steady, valued, judged ("stable", "smooth", "clear").
_HOW_WELL = frozenset({"maintain", "value", "judged", "vague_adverbs"})


def _bound_selects_items(r: Reading) -> bool:
    """Every bound says which of all the items the work is for, by their size in money: "a review call with all
    accounts over $1m", «со всеми клиентами с оборотом более $1 млн» — the sum selects them, no level to reach."""
    if any(q.kind is not QuantityKind.CURRENCY for q in r.analysis.quantities):
        return False  # a time or a share after the items is the level they are brought to: "all builds under 10 minutes"
    words = r.analysis.words
    bounds = [i for i, t in enumerate(words) if "threshold" in t.classes]
    return bool(bounds) and all(
        i > 0 and words[i - 1].pos is NOUN and any("universal" in t.classes for t in words[max(0, i - 4):i - 1])
        for i in bounds)


def _filled_to_a_share(r: Reading) -> bool:
    """A place filled to a share of it: its occupancy, a level reached ("Fill 5 vacancies" fills no share)."""
    lead = r.lead_token
    return lead is not None and "fills" in lead.classes and any(
        q.kind is QuantityKind.PERCENT and q.start > lead.start for q in r.analysis.quantities)


def _people_enrolled(r: Reading) -> bool:
    """A count of students, members or customers taken in: they chose to join, an outcome, as "Attract 100
    students" is; the team's own staff taken in are hiring, its work ("Recruit 3 engineers")."""
    lead = r.lead_token
    if lead is None or "enrols" not in lead.classes or not any(q.kind is QuantityKind.COUNT for q in r.analysis.quantities):
        return False
    after = r.analysis.words[r.analysis.words.index(lead) + 1:] if lead in r.analysis.words else []
    return any("outcome_units" in t.classes for t in after) and not any("staff" in t.classes for t in after)


def _retains_people_counted(r: Reading) -> bool:
    """An order to keep people, counted: «Удержать 95% клиентов», "Keep 90% of our customers" — retention."""
    # (not Chinese, where 留住 retains and 保持 keeps: "保持95%的客户留存" keeps the retention measure)
    head = r.object_head
    return r.analysis.lang != "zh" and r.has_number and not r.metric and head is not None \
        and ("beneficiary" in head.classes or "outcome_units" in head.classes)


def _zh_verb_names_next_measure(r: Reading, at: int) -> bool:
    """The Chinese verb at token `at`, not the text's predicate, right before a measure: 巡检 in "巡检覆盖率"."""
    if r.analysis.lang != "zh" or r.lead_token is not None:
        return False
    return zh_names_the_measure_after(r.analysis.tokens, at)


def _each_item_in_time(r: Reading) -> bool:
    """Every item that keeps coming in, handled within a time of its own: "Patch every new sev-1 defect within
    one release", "Respond to every support ticket within 24 hours", «Отвечать на каждое обращение в течение
    24 часов», "每张工单24小时内响应" — a service level kept for each item, every period (business as
    usual), not a change. The whole set done once by a date ("Migrate all services within 2 weeks")
    has no items that recur."""
    if not r.names_class("recurring_items") or not _every_recurring_item(r):
        return False  # (most texts name no recurring item: one set test before any walk)
    if mentions(r.analysis, _WITHIN_ONE_CYCLE):
        return True  # "within one release", «в течение спринта», "一个版本内"
    lang, text = r.analysis.lang, r.analysis.lowered
    for quantity in r.analysis.quantities:
        if quantity.kind is not QuantityKind.DURATION:
            continue
        before = _text_before(r, quantity).lower()
        if lang == "zh" and text[quantity.end:].lstrip().startswith(("内", "之内", "以内")):
            return True  # "24小时内"
        if lang != "zh" and before.endswith(_WITHIN_BEFORE):
            return True  # "within 24 hours", «в течение 24 часов»
    return False


# Words before a span of time that bound how long each item may take.
_WITHIN_BEFORE = ("within", "in under", "in less than", "в течение", "в пределах", "не дольше", "не более чем за")
# A cycle of work named as the bound, with no number: "within one release", «в течение спринта».
_WITHIN_ONE_CYCLE = frozenset({"within one release", "within a release", "within the same release", "within one sprint",
                               "within a sprint", "within the same sprint", "в течение спринта", "в течение релиза",
                               "в течение одного релиза", "一个版本内", "一个迭代内", "当个迭代内"})


def _each_incoming_item_handled(r: Reading) -> bool:
    """Each item that keeps coming in, said to be handled: "Every support ticket gets triaged", "All new bugs are
    triaged", «Каждая новая заявка проходит сортировку» — the duty done for each item as it comes, business as
    usual. "every"/"each" (or "all" with "new") says each time; "All bugs fixed" is one cleanup of the bugs there
    are. Not in Chinese, whose verb has no tense to tell the habit from one piece of work ("每个版本在上线前完成评审"
    sets up a process as often as it states a routine): a state each item is in, 都/均 and a verb of having or
    being ("每笔退款均附带审批记录"), is `_state_at_every_event`'s there."""
    if r.analysis.lang == "zh" or r.has_number or not r.names_class("recurring_items") or not _every_recurring_item(r):
        return False
    words = r.analysis.words
    verb_at = next((i for i, t in enumerate(words) if t.pos is VERB), len(words))
    # the items are the subject, before the verb ("The SDK has tests to run for each release" handles no release)
    subject = words[:verb_at]
    each = any(t.text.lower() in _EACH_ITEM or t.lemma.lower() in _INCOMING for t in subject)
    return each and any("recurring_items" in t.classes for t in subject) and (r.completion or _habitual(r))


# Words for each item in turn, and for items new since (the ones that keep coming in).
_EACH_ITEM = frozenset({"every", "each", "каждый", "каждая", "каждое", "каждую", "каждого", "каждой"})
_INCOMING = frozenset({"new", "incoming", "новый", "входящий"})
# Chinese "all of them" before the verb, and verbs of a state each item is in: having or coming with something,
# passing, being, staying.
_ZH_ALL_OF_THEM = frozenset({"都", "均"})
_ZH_EACH_STATE = frozenset({"有", "附带", "带有", "附有", "包含", "配有", "具备", "通过", "是", "为", "保持"})


def _check_run_each_period(r: Reading) -> bool:
    """A recurring check (test, audit, 巡检) with a period word: "Monthly failover test", «Ежеквартальный тест DR»."""
    return r.names_class("recurring_checks") and (r.names_class("cadences") or r.per_period or r.routine)


def _check_passes_each_period(r: Reading) -> bool:
    """A check run again each period, said to pass: "Monthly failover test passing", «Ежеквартальный тест DR проходит
    успешно», "每季度容灾演练通过" — the standing check, business as usual. An order to pass one ("Pass the SOC 2
    audit") is work done once, and a period word is needed: "DR test passed" is one test."""
    if r.has_number or r.analysis.change is not None or not r.names_class("passes") or not _check_run_each_period(r):
        return False
    # the pass said of the check: a verb not ordering it, or the last word whatever its tag ("… test passing" reads
    # as a noun to the tagger, 通过 at the end is no preposition)
    words = r.analysis.words
    return any("passes" in t.classes and ((t.pos is VERB and t.verb_form not in (IMPERATIVE, INFINITIVE)) or t is words[-1])
               for t in words)


def _checks_cover_everything_each_period(r: Reading) -> bool:
    """A check run again each period, said to cover all of its items: "Daily inspections cover 100% of sites",
    «Ежемесячные проверки охватывают все склады», "日常巡检100%覆盖" — the standing routine done to its full scope,
    as "100% of sites inspected every month" is. An order to cover them ("Cover all sites with inspections") is work."""
    if r.analysis.change is not None or not (r.hundred_percent or r.universal):
        return False
    if not (r.names_class("covers") and _check_run_each_period(r)):
        return False
    return any("covers" in t.classes and (t.verb_form not in (IMPERATIVE, INFINITIVE) or t.lang == "zh")
               for t in r.analysis.words)


def _state_at_every_event(r: Reading) -> bool:
    """A state that holds at each event that keeps coming: "Tests pass on every commit", "Pipeline green on every
    merge", «Тесты проходят на каждом коммите», "每次提交测试都通过"; in Chinese also a state of each item,
    "每笔退款均附带审批记录" — the standing check, business as usual. An order to set it up ("Run tests on every
    commit") is work, and in English and Russian a state of the items themselves is `_each_incoming_item_handled`'s."""
    if r.has_number or not r.names_class("recurring_items") or not _every_recurring_item(r):
        return False
    words = r.analysis.words
    if r.analysis.lang == "zh":
        return any(t.text in _ZH_ALL_OF_THEM and nxt.text in _ZH_EACH_STATE for t, nxt in zip(words, words[1:]))
    # (after an infinitive the phrase says when that is done: "The SDK has tests to run for each release")
    at_each = any(t.pos is ADP and (nxt.text.lower() in _EACH_ITEM or nxt.lemma.lower() in _EACH_ITEM)
                  and any("recurring_items" in w.classes for w in words[i + 2:i + 5])
                  and not any(w.verb_form is INFINITIVE for w in words[:i])
                  for i, (t, nxt) in enumerate(zip(words, words[1:])))
    return at_each and (r.lead is Lead.NONE or (r.declarative and _habitual(r)))


def _every_recurring_item(r: Reading) -> bool:
    """"every new sev-1 defect", "every support ticket", «каждое обращение», "100% of invoices", "所有客户投诉",
    "每张工单": a word for every item right before the items that keep coming in (a few describing words
    between). "any" only names a condition ("in under 3 days after any release is cut")."""
    tokens = [t for t in r.analysis.tokens if t.pos is not PUNCT]
    for i, token in enumerate(tokens):
        if not _quantifies_every_item(token, tokens, i):
            continue
        if r.analysis.lang == "zh" and i > 0 and "recurring_items" in tokens[i - 1].classes:
            return True  # "客户投诉全部…处理完毕": Chinese may put "all" right after the items
        for word in tokens[i + 1:i + 5]:
            if "recurring_items" in word.classes:
                return True
            describing = word.pos in (ADJ, NOUN, PROPN, NUM, DET, CLASSIFIER, X, SYM) or word.text.lower() in ("of", "的")
            if not (describing or (word.pos is VERB and word.lang == "zh")):  # "每张支持工单": 支持 names the kind
                break
    return False


_NOT_EVERY_ITEM = frozenset({"any", "entire", "whole", "fully", "любой", "полностью", "целиком", "全面"})


def _quantifies_every_item(token: Token, tokens: list[Token], i: int) -> bool:
    """"all", "every", «каждый», "所有", "100%", or a Chinese 每 with its measure word ("每张", "每 条")."""
    if "universal" in token.classes:
        return token.lemma.lower() not in _NOT_EVERY_ITEM and token.text.lower() not in _NOT_EVERY_ITEM
    if token.text in ("100%", "100 %") or (token.text == "%" and i > 0 and tokens[i - 1].text == "100"):
        return True
    return token.text in _ZH_EVERY_ONE or (
        token.text == "每" and i + 1 < len(tokens) and tokens[i + 1].pos is CLASSIFIER)


# Chinese 每 joined to its measure word by jieba: every ticket (每张), every time or incident (每次), every case (每例).
_ZH_EVERY_ONE = frozenset({"每张", "每笔", "每条", "每单", "每项", "每份", "每次", "每例", "每件"})


# Two cues of a routine together: done on time, and done every period.
_ON_TIME = frozenset({"on time", "on schedule", "в срок", "вовремя", "по графику", "按时", "准时", "按期"})
_EVERY_PERIOD = frozenset({"every day", "every week", "every month", "every quarter", "every sprint", "each week",
                           "each month", "each quarter", "daily", "weekly", "monthly", "ежедневно", "еженедельно",
                           "ежемесячно", "каждый день", "каждую неделю", "каждый месяц", "каждый квартал", "每天",
                           "每日", "每周", "每月", "每季度"})


# Adjectives of a period's recurrence, by lemma: «ежемесячное закрытие», "quarterly filing", "月度结账".
_PERIODIC = frozenset({"ежедневный", "еженедельный", "ежемесячный", "ежеквартальный", "quarterly", "月度", "周度"})


def _on_time_every_period(r: Reading) -> bool:
    """A duty done on time every period: business as usual, whatever the share of items."""
    return mentions(r.analysis, _ON_TIME) and (mentions(r.analysis, _EVERY_PERIOD) or has_lemmas(r.analysis, _PERIODIC))


def _percent_set_apart(r: Reading) -> bool:
    """Every percent stands apart, in brackets or its own table cell, quantifying no noun: "完成官方教程
    (100%)", "Finish the migration | 100%" — how far the work has got, not a share of items."""
    percents = [q for q in r.analysis.quantities if q.kind is QuantityKind.PERCENT]
    return bool(percents) and all(_text_before(r, q).endswith(("(", "（", "|", "｜")) for q in percents)


def _share_of_arriving_items(r: Reading) -> bool:
    """A share short of all of the items that keep arriving, handled by the work: "Block 99.9% of bot
    uploads", "Detect 95% of fraud attempts", «Обрабатывать 95% входящих запросов», "拦截99.9%的机器人上传" —
    the rate at which the process handles them, an outcome level. All of them ("Triage 100% of tickets")
    is routine (kpi-in-disguise's to judge), and a share of a fixed set ("Migrate 60% of services") is work."""
    if r.lead not in (Lead.TASK, Lead.ONGOING) or not r.names_class("recurring_items"):
        return False  # (most texts: one set test)
    words = r.analysis.words
    for quantity in r.analysis.quantities:
        if quantity.kind is not QuantityKind.PERCENT or not 0 < (quantity.value or 0) < 100:
            continue
        after = [t for t in words if t.start >= quantity.end][:5]
        if after and after[0].text.lower() in ("of", "的"):
            after = after[1:]
        # (jieba tags some of the items verbs: 上传, 请求)
        group = list(takewhile(lambda t: t.pos in (ADJ, NOUN, PROPN) or t.verb_form is PARTICIPLE
                               or (t.lang == "zh" and "recurring_items" in t.classes), after))
        nouns = [t for t in group if t.pos in (NOUN, PROPN) or "recurring_items" in t.classes]
        if not nouns:
            continue
        head = nouns[0] if r.analysis.lang == "ru" else nouns[-1]  # «загрузок ботов»: Russian puts the head first
        if "recurring_items" in head.classes and _in_the_plural(head, r.analysis.lang):
            return True  # (in the plural where the language has one: "of the release" is one release)
    return False


def _zh_made_thing_counted(r: Reading) -> bool:
    """A Chinese made or held thing named first, then the verb of the work and its count: "客户案例撰写5篇",
    "新人培训完成3期", "用户访谈完成10场" — the thing is the work's object, put first (as in "博客文章发布
    10篇"); the people before it only say which thing (customer case studies), they do nothing."""
    if r.analysis.lang != "zh" or r.lead is not Lead.TASK or r.lead_token not in r.analysis.words:
        return False
    words = r.analysis.words
    at = words.index(r.lead_token)
    if not any(q.kind is QuantityKind.COUNT and q.start >= r.lead_token.end for q in r.analysis.quantities):
        return False
    made = {"artifacts", "events"}
    if at and words[at - 1].pos is NOUN and not made.isdisjoint(words[at - 1].classes):
        return True  # "客户案例撰写5篇"
    # "用户访谈完成10场": jieba tags 访谈 a verb; the event is named, then the verb that completes it
    after = words[at + 1] if at + 1 < len(words) else None
    return not made.isdisjoint(r.lead_token.classes) and after is not None and after.pos is VERB \
        and not {"complete", "delivers"}.isdisjoint(after.classes)


def _own_people_each_done(r: Reading) -> bool:
    """All of the team's own people trained, through a course, or given a plan: "100% of team members
    trained on …", "100% of employees complete security training", "Every engineer has a career plan",
    «100% сотрудников прошли обучение», "100%的员工完成安全培训" — work the team does once for each of
    its people, a task, whatever a KPI reading of the 100% adds. Not customers (their share is an
    outcome), not a duty that recurs ("… submit timesheets every week"), not a plan kept current
    («актуальный план»: kept up, not made)."""
    if not (r.hundred_percent or r.universal) or not (r.completion or r.completes or r.possess):
        return False
    if r.routine or any(q.kind is QuantityKind.DURATION for q in r.analysis.quantities) \
            or any(t.lemma.lower() in _KEPT_CURRENT for t in r.analysis.words):
        return False
    words = r.analysis.words
    at = next((i for i, t in enumerate(words) if t.pos in (NOUN, PROPN)), None)
    if at is None or (at and words[at - 1].lemma.lower() in _ARRIVING):
        return False  # "Каждый новый сотрудник проходит онбординг": people who keep arriving meet a standing rule
    return _is_own_people(words, at)


_ARRIVING = _NEW | {"новый"}  # "new hires", «новые сотрудники»: people who keep arriving
# Words that say a thing is kept up to date: it is maintained, not made once.
_KEPT_CURRENT = frozenset({"current", "up-to-date", "актуальный", "最新"})
# The team's own members named by a pair of nouns: "team members", «члены команды», "团队成员".
_TEAM_MEMBERS = (("team", "member"), ("член", "команда"), ("团队", "成员"))


def _is_own_people(words: list, at: int) -> bool:
    """The team's own people: staff ("employees", «сотрудники», "员工"), or its members."""
    if "staff" in words[at].classes:
        return True
    pair = (words[at].lemma.lower(), words[at + 1].lemma.lower() if at + 1 < len(words) else "")
    return pair in _TEAM_MEMBERS


def _people_trained_once(r: Reading) -> bool:
    """People the team trained or enabled ("100% of team members trained on …", "All leaders have been
    trained on OKRs"): a one-off rollout (a task), unlike people who complete a duty or have something."""
    return (r.head_is_person or r.head_is_team) and r.completion and not (r.possess or r.completes)


def _head_is_artifact(r: Reading) -> bool:
    """The thing the KR is about is something a team makes (its head noun: "SOP", "playbook", "手册")."""
    head = r.head
    return head is not None and "artifacts" in head.classes


def _every_item(r: Reading) -> bool:
    """A word like "all"/"every" that quantifies the items, not only the periods of a routine, nor the
    audience ("Weekly demo to the whole company": the demo is one item, held for everyone)."""
    words = r.analysis.words
    return any("universal" in t.classes and not _quantifies_periods(words, i, r.analysis.lang)
               and not _quantifies_an_audience(words, i, r.analysis.lang) for i, t in enumerate(words))


def _quantifies_periods(words: list[Token], i: int, lang: str) -> bool:
    """"every week", "at the end of each strategy week": the word for every counts periods, by the head of
    its group, not items."""
    if i + 1 < len(words) and words[i + 1].lemma.lower() in PERIODS:
        return True
    nouns = [t for t in takewhile(lambda t: t.pos in (NOUN, PROPN, ADJ), words[i + 1:i + 4]) if t.pos in (NOUN, PROPN)]
    head = group_head(nouns, lang)
    return head is not None and head.lemma.lower() in PERIODS


_AUDIENCE = frozenset({"beneficiary", "teams", "adopters"})


def _quantifies_an_audience(words: list[Token], i: int, lang: str) -> bool:
    """"to the whole company", "for all customers", «для всей компании»: after a preposition, the word
    for every names who the work is for, not the items it handles."""
    before = [t for t in words[max(0, i - 2):i] if t.pos is not DET]
    # the head of the group quantified ("every vendor invoice" counts invoices)
    group = list(takewhile(lambda t: t.pos in (NOUN, PROPN, ADJ, DET), words[i + 1:i + 5]))
    nouns = [t for t in group if t.pos in (NOUN, PROPN)]
    head = group_head(nouns, lang)
    return bool(before) and before[-1].pos is ADP and head is not None and not _AUDIENCE.isdisjoint(head.classes)


_WINDOW_BACK = frozenset({"last", "past", "последние", "последних", "прошедшие", "прошедших", "过去", "近"})


# Words before a span of time that make it the span a plan covers: "for the next 2 quarters",
# «на ближайшие 2 квартала», "未来两个季度".
_AHEAD = frozenset({"next", "coming", "upcoming", "ближайшие", "ближайших", "следующие", "следующих", "未来", "今后"})


def _horizon(r: Reading, quantity) -> bool:
    """A span of time ahead that a plan or roadmap covers ("defined for the next 6 months"): how far it
    reaches, no level of anything."""
    if quantity.kind is not QuantityKind.DURATION:
        return False
    before = [t for t in r.analysis.tokens if t.end <= quantity.start and t.pos is not PUNCT]
    return bool(before) and before[-1].text.lower() in _AHEAD


def _rolling_window(r: Reading, quantity) -> bool:
    """"within the last 12 months", "за последние 12 месяцев", "过去12个月": a window looking back,
    renewed each period (a routine), not a time to finish in."""
    before = [t for t in r.analysis.tokens if t.end <= quantity.start and t.pos is not PUNCT]
    return bool(before) and before[-1].text.lower() in _WINDOW_BACK


def _items_recur(r: Reading) -> bool:
    """The KR counts items that keep coming in: tickets, releases, обращения, 工单 — in the plural
    where the language has one ("the 2.0 release shipped to all customers" is one release)."""
    head = r.head
    return head is not None and "recurring_items" in head.classes and _in_the_plural(head, head.lang or r.analysis.lang)


def _in_the_plural(token: Token, lang: str) -> bool:
    """A noun in the plural, where the language marks one (Chinese does not: any 工单 may be many)."""
    return lang == "zh" or ("plur" in token.tags if lang == "ru" else token.text.lower() != token.lemma)


def _habitual(r: Reading) -> bool:
    """A present-tense verb of things, not a past or a participle: "проходят", "pass", "通过" after
    the items says what happens to each of them every time."""
    return any(t.pos is VERB and t.verb_form is FINITE and "past" not in t.tags
               for t in r.analysis.words)


def _names_normal_state(r: Reading) -> bool:
    """A word of a usual working state: healthy, штатно, 正常. An English one before its noun only
    names a kind ("Operational excellence", "a healthy community"), unless the noun is a state
    ("in a healthy state")."""
    if r.normal_state_phrase:
        return True  # «Показатели в норме»
    if not r.names_class("normal_state"):
        return False
    words = r.analysis.words
    if _steadiness_keeps_no_level(r) and all("maintain" in t.classes for t in words if "normal_state" in t.classes):
        return False  # «Качество швов стабильно»: steady, said of a quality, is no usual state known
    if r.analysis.lang != "en":
        return True
    return any("normal_state" in t.classes and not (
        t.pos is ADJ and i + 1 < len(words) and words[i + 1].pos is NOUN and words[i + 1].lemma not in _STATE_NOUNS)
        for i, t in enumerate(words))


_STATE_NOUNS = frozenset({"state", "condition", "shape", "status", "mode", "range", "level", "order"})


@kept_on_argument  # asked by keeps_level and by unmeasurable of most texts: kept per Reading
def _in_normal_state(r: Reading) -> bool:
    """A thing said to be, or kept, in its usual working state: "Системы работают в штатном режиме",
    "系统运行正常", "支付服务在旺季保持正常运行"; or work said to go on as usual ("日常运营正常开展")."""
    if r.completion or r.has_number or _software_made_to_run(r):
        return False
    return _zh_ends_in_the_normal_state(r) or _names_normal_state(r) \
        and (r.declarative or r.lead in (Lead.NONE, Lead.STATE, Lead.ENSURE, Lead.MAINTAIN) or _done_as_usual(r))


# Where a piece of software is made to run: words for a platform after a preposition of place.
_ON_A_PLATFORM = frozenset({"在", "on", "under", "in", "в", "на", "под"})
_ZH_PLATFORM_TAIL = frozenset({"环境", "平台", "系统"})  # "在 macOS 环境下", "在 Windows 平台上"
_RU_ENVIRONMENT = frozenset({"среда", "окружение"})  # «в среде Linux»


@kept_on_argument  # asked by kpi-in-disguise and unmeasurable of the same text: kept per Reading
def _software_made_to_run(r: Reading) -> bool:
    """A piece of software said to run where it was made to run, or said able to run: "桌面应用在 macOS 环境下正常运行",
    "The CLI works normally under Windows", «Приложение нормально работает в среде Linux», "插件可正常运行" — the thing
    works there or not, as a feature does; not the usual state of a service the business keeps up ("支付系统运行正常").
    The platform is a name in Latin letters after a preposition of place (a Chinese or Russian word for the
    environment may stand between). "Checkout works normally on Black Friday" names a time, and checkout is a
    service of the business, not a piece of software (lexicon class `artifacts`): its usual state, kept."""
    words = r.analysis.words
    if not any(_says_running(t) and t.pos is VERB for t in words) \
            or not any("artifacts" in t.classes and "running" not in t.classes for t in words):
        return False  # (said of running software only)
    for i, token in enumerate(words):
        if token.lemma.lower() in ("可", "can", "мочь") and i + 1 < len(words) and any(map(_says_running, words[i + 1:i + 3])):
            return True  # "插件可运行", "The plugin can run", «Плагин может работать»
        if token.lemma.lower() not in _ON_A_PLATFORM:
            continue
        after = [t for t in words[i + 1:i + 3] if t.lemma.lower() not in _RU_ENVIRONMENT]
        if after and after[0].text[:1].isascii() and after[0].text[:1].isupper() \
                and (token.lang != "zh" or any(t.text in _ZH_PLATFORM_TAIL or t.text == "下" for t in words[i + 2:i + 6])):
            return True
    return False


def _says_running(token: Token) -> bool:
    """A word of running ("run", «работать», "运行"), or English "work" in its sense of running."""
    return "running" in token.classes or token.lemma.lower() == "work"


# What may follow the zh word of the usual state and still leave it the predicate: "处于正常水平".
_ZH_STATE_NOUNS = frozenset({"水平", "范围", "状态", "区间", "值"})
# Steady as the last word is the usual state kept ("配送时效稳定"), as "stays stable", «стабильны» are.
_ZH_STEADY = frozenset({"稳定", "平稳"})


def _zh_ends_in_the_normal_state(r: Reading) -> bool:
    """A zh text that ends in the usual state says its subject is in it, whatever verbs jieba finds
    in the subject: "监控告警正常", "客服响应时长保持正常", "服务器负载处于正常水平", "配送时效稳定" —
    as "系统运行正常" does."""
    if r.analysis.lang != "zh" or r.names_class("causative"):
        return False  # "修复bug使系统运行正常": the state is what the work brings about
    words = [t for t in r.analysis.words if t.pos is not PUNCT]
    while len(words) > 1 and words[-1].text in _ZH_STATE_NOUNS:
        words.pop()
    if len(words) < 2:
        return False
    # steady is the usual state only of a system or its running ("支付网关运行稳定"); a quality or a tie said to be
    # steady ("焊接质量稳定", "关系稳定") names no level, as «Стабильное качество» does not
    return "normal_state" in words[-1].classes or (words[-1].text in _ZH_STEADY and not _steadiness_keeps_no_level(r))


def _zh_runs_steadily(r: Reading) -> bool:
    """A zh thing said to run steadily: "核心业务系统全年稳定运行", as "Core systems run stably all year" and
    «Системы стабильно работают» say — 稳定 right before a verb of a state (运行, 运转) is its manner, the
    usual state kept. Not what work brings about ("修复bug使系统稳定运行")."""
    lead = r.lead_token
    if r.analysis.lang != "zh" or lead is None or r.lead is not Lead.STATE or r.has_number or r.names_class("causative"):
        return False
    words = r.analysis.words
    at = words.index(lead) if lead in words else 0
    return at > 0 and words[at - 1].text in _ZH_STEADY


def _done_as_usual(r: Reading) -> bool:
    """The word of the usual state stands right before the predicate as its manner: "日常运营正常开展",
    "报表平稳运行" — the work goes on as it always does."""
    words, lead = r.analysis.words, r.lead_token
    if lead is None or lead not in words:
        return False
    at = words.index(lead)
    # (a one-off move done smoothly has its goal after it: "平稳迁移到新系统" migrates, a task)
    goes_on = lead is words[-1] or r.lead in (Lead.STATE, Lead.ONGOING, Lead.MAINTAIN)
    return at > 0 and "normal_state" in words[at - 1].classes and goes_on


@kept_on_argument  # one decision per Reading, however many rules ask (okrlint/memo.py)
def keeps_level(r: Reading) -> bool:
    """Business as usual: keep a level where it is ("Сохранить NPS 9", "回款率不低于95%", "确保…稳定在…")."""
    if r.analysis.change is not None or _breaks_off_at_the_result(r) or r.capacity:
        # "确保线上稳定运行，使得：": what is kept is the means, the target follows in lines not seen;
        # «API поддерживает 10 тысяч запросов в секунду»: a capacity (поддерживать both keeps and supports)
        return False
    if r.lead is not Lead.MAINTAIN and _NOTED_CURRENT_LEVEL.search(r.analysis.text):
        return False  # "99.95% API availability (currently 99.7%)": a level to reach from the one noted, none kept
    if _held_at_the_current_level(r) or r.health_floor or r.level_not_moved or r.up_share_of_time:
        return True  # "Uptime ≥ 99.9%", "Open bugs did not increase": a level the service keeps every period
    if r.kept_and_improved or _upkeep_done_better(r):
        return False  # "Maintain and improve the docs site", "… more efficiently": a change named beside the upkeep
    if r.lead_token is not None and "upkeep" in r.lead_token.classes and not (r.object_is_person or r.object_is_artifact):
        return True  # "Maintain critical infrastructure", "维护核心基础设施": keeping a system running (not "… plans")
    if r.lead is Lead.MAINTAIN and (_keeps_no_level(r) or r.prevents or _retains_people_counted(r)):
        # "Keep fraud out of checkout" keeps a harm away, no level; «Удержать 95% клиентов» retains customers,
        # as "Retain 95% of customers" does (a share of them kept, not a level of the service)
        return False
    if r.lead is Lead.MAINTAIN:
        # what is kept must be a level: a number, a metric, a floor, a stable state or a value
        # ("Сохранить NPS 9", "Maintain our market position"); "отчёты сохраняются на диск" saves files
        return bool(r.has_number or r.metric or r.floor or r.bau or r.keeps_somewhere or r.value or r.metric_object
                    or r.business_state  # "Keep cash flow positive", «Сохранить безубыточность»
                    or r.top  # "保持行业第一", «Удерживать первое место»: a rank held is a level
                    or _kept_change(r) or _names_normal_state(r)  # "Удержать рост клиентов…", "Payments stay healthy"
                    or _kept_in_a_state(r))  # "We keep the docs updated"
    if r.lead in (Lead.NONE, Lead.STATE, Lead.ENSURE) and r.level_quantity and r.health_metric:
        # "There is a 99.95% uptime of our services", "Ensure 99.9% availability", "保证服务可用性99.9%":
        # a level the service keeps every period
        return True
    if r.always_up and r.analysis.change is None and (r.lead in (Lead.NONE, Lead.STATE, Lead.ENSURE) or r.declarative):
        return True  # "Core services always available", «Сервисы всегда доступны», "核心服务始终可用": kept up
    if _bound_held_throughout(r):
        return True  # "Error rate below 1% throughout the year", «… на протяжении всего года», "全年…始终低于1%": a bound kept
    if _table_row(r) and _table_row_keeps_its_level(r):
        return True  # "Test coverage | 85% | 85% | Q3": the target column repeats the level now
    if r.lead in (Lead.NONE, Lead.STATE, Lead.ENSURE) and _measure_kept_in_a_band(r):
        return True  # "18.5 < BMI < 25", «ИМТ в пределах 18,5–25», "血压在90到120之间": a band to stay in
    if r.floor and (r.floor_predicate or r.lead in (Lead.NONE, Lead.ENSURE, Lead.STATE, Lead.REACH)):
        return True  # "回款率不低于95%"; but "Провести 40 демо при конверсии не ниже 20%" is a task with a bar
    if _in_normal_state(r):
        return True  # "Системы работают в штатном режиме", "系统运行正常": the usual state, kept
    if r.lead in (Lead.ENSURE, Lead.NONE, Lead.STATE) and r.keeps_somewhere and not r.completion \
            and not _stability_among_qualities(r) and not _steady_thing_to_gain(r) and not _steady_amount_to_reach(r) \
            and not _steady_habit_named(r) and not _steadiness_keeps_no_level(r):
        return True  # "Стабильная работа контакт-центра", "确保身体各项指标稳定在正常值", "系统稳定运行"; not "stable 1.0 released"
    return r.lead is Lead.ENSURE and r.negated and not r.has_number  # "确保脱贫人口不返贫"


_MOVES = frozenset({"increase", "decrease"})

# A bound held for the whole period, not reached by its end: "throughout the year", «на протяжении всего
# года», «в течение всего квартала», "始终" (always).
_THROUGHOUT_THE_PERIOD = lazy_compile(r"(?i)\bthroughout\b|на протяжении всего|в течение всего|始终|一直")


def _bound_held_throughout(r: Reading) -> bool:
    """A measure under or over a bound for the whole period: "Error rate below 1% throughout the year", «Доля
    ошибок ниже 1% на протяжении всего года», "全年错误率始终低于1%" — kept every day, as a floor under uptime
    is, not reached once by the period's end."""
    if not _THROUGHOUT_THE_PERIOD.search(r.analysis.text) or r.analysis.change is not None or not r.metric:
        return False
    lead = r.lead_token
    comparing = lead is not None and "compares" in lead.classes  # jieba reads 低于 as the verb
    bound = r.threshold or (r.has_number and r.names_class("compares"))
    return bound and (r.lead in (Lead.NONE, Lead.STATE, Lead.ENSURE) or comparing)


# A note of the level now, with its number: "(currently 99.7%)", «(сейчас 99,7%)», "（目前99.7%）". The
# normaliser drops it as a status note; it still says the target is a move from there.
_NOTED_CURRENT_LEVEL = lazy_compile(
    r"[(（]\s*(?:[Cc]urrently|[Cc]urrent|[Nn]ow|[Tt]oday|[Bb]aseline|[Сс]ейчас|[Тт]екущ[а-яё]*|[Бб]ыло|当前|目前|现在|基线)"
    r"[^()（）]{0,20}?\d")


# A measure between two bounds: "18.5 < BMI < 25", "between 18.5 and 25", «в пределах 18,5–25»,
# «между 18,5 и 25», "在18.5到24之间", "18.5~24范围内" (a move is "from … to …", «с … до …», "从…到…").
_NUMBER_AT = r"\d[\d.,]*\s*%?"
_BAND = lazy_compile(
    rf"(?i){_NUMBER_AT}\s*[<≤＜]=?\s*[^\d<≤＜]{{1,30}}?\s*[<≤＜]=?\s*{_NUMBER_AT}"
    rf"|\b(?:between|между)\s+{_NUMBER_AT}\s*\S{{0,8}}\s+(?:and|и)\s+{_NUMBER_AT}"
    rf"|в\s+(?:пределах|диапазоне|коридоре)\s+(?:от\s+)?{_NUMBER_AT}\s*(?:[–—-]|до)\s*{_NUMBER_AT}"
    rf"|(?<!从){_NUMBER_AT}\s*(?:到|至|~|～|-|–)\s*{_NUMBER_AT}\S{{0,4}}?(?:之间|范围内|区间内?)")


def _measure_kept_in_a_band(r: Reading) -> bool:
    """A measure (not a count of results: "between 20 and 30 new customers" is a target range) kept
    between two bounds, with no move from one level to another."""
    if r.analysis.change is not None or r.outcome_count or not (r.metric or r.health_metric or r.names_class("body_measures")):
        return False
    return _BAND.search(r.analysis.normalized) is not None


def _kept_change(r: Reading) -> bool:
    """A change named as what is kept: "Удержать рост клиентов", "维持业务稳定增长" — its pace is a level.
    A second order joined on («Удержать ключевых партнёров и увеличить выручку») is no part of what is kept."""
    words = r.analysis.words
    for i, token in enumerate(words):
        if token is r.lead_token or _MOVES.isdisjoint(token.classes):
            continue
        if r.analysis.lang == "zh":
            ordered = token.pos is VERB and i > 0 and words[i - 1].pos in (CONJ, PUNCT)
        else:  # "Keep growing revenue" keeps the growing
            ordered = token.pos is VERB and token.verb_form not in (GERUND, PARTICIPLE)
        if not ordered:
            return True
    return False


@kept_on_argument  # asked by keeps_level, the usual-state tests and unmeasurable of the same text: kept per Reading
def _steadiness_keeps_no_level(r: Reading) -> bool:
    """Steadiness with no number said of what has no usual level to keep: a tie between people («Отношения с
    поставщиками стабильны», "关系稳定"), a quality of what is made («Стабильное качество швов», "焊接质量稳定"; not of
    a system, "稳定的系统性能"), one's own keeping up with a routine («Стабильное исполнение вечерних ритуалов»), or a
    level only called high («Стабильно высокая выручка»: how high?). Nothing says which level holds now, so nothing
    is kept: how steady is left out."""
    if r.has_number:
        return False
    words = r.analysis.words
    if any(t.lemma.lower() in _LEVEL_ADJECTIVES for t in words):
        return True
    if any(t.classes & _RUNNING for t in words):
        return False  # "Системы работают стабильно", "稳定的系统性能": a system's usual state is known
    measured = any("metric" in t.classes for t in words)  # "Delivery times are stable": a measure's level
    return any(t.classes & _NO_LEVEL_KEPT or ("fulfilment" in t.classes and t.pos is NOUN and not measured) for t in words)


# A system or its running: its usual state is known, so steadiness said of it keeps that state.
_RUNNING = frozenset({"running", "health_metrics"})
# What steadiness said of keeps no level: ties between people and the quality of what is made.
_NO_LEVEL_KEPT = frozenset({"vague_objects", "quality"})


def _stability_among_qualities(r: Reading) -> bool:
    """"Stable and fast search", «Стабильный и быстрый поиск», "稳定快速的搜索": stability named beside
    another quality describes the thing wanted, as "fast" alone does; it keeps no level of running."""
    words = r.analysis.words
    for i, token in enumerate(words):
        if token.pos is not ADJ or "maintain" not in token.classes:
            continue
        after = words[i + 1:i + 3]
        if after and after[0].pos is CONJ and len(after) > 1 and after[1].pos is ADJ:
            return True
        if after and r.analysis.lang == "zh" and "maintain" not in after[0].classes and (
                after[0].pos is ADJ or "vague_adverbs" in after[0].classes) and "threshold" not in after[0].classes:
            return True  # "稳定快速": two qualities side by side
    return False


def _steady_thing_to_gain(r: Reading) -> bool:
    """A word of steadiness before a plain thing: «Стабильная позиция в команде», "A stable senior role",
    "稳定的工作岗位" — it says what kind of role or source is to be had, which is had or not; nothing that runs
    or is measured is kept at a level. Only a known noun of running, measuring, making or people («Стабильная
    работа контакт-центра», "Stable uptime", "稳定的系统性能") is evidence of a level kept."""
    words, lang = r.analysis.words, r.analysis.lang
    for i, token in enumerate(words):
        if token.pos is not ADJ or "maintain" not in token.classes:
            continue
        if lang == "zh":  # "稳定的…岗位": 的 makes it describe the noun phrase the text ends with
            head = words[-1] if i + 2 < len(words) and words[i + 1].text == "的" else None
        else:
            nouns = list(takewhile(lambda t: t.pos in (NOUN, PROPN, ADJ), words[i + 1:]))
            nouns = [t for t in nouns if t.pos is not ADJ]  # "a stable senior role"
            if lang == "ru":  # the head first, past a Latin word joined on («CMO-позиция»)
                nouns = [t for t in nouns if not t.text.isascii()] or nouns
            head = (nouns[0] if lang == "ru" else nouns[-1]) if nouns else None
        if head is None or head.pos is not NOUN:
            return False
        return head.verb_form is not ACTION_NOUN and head.classes.isdisjoint(_RUN_OR_MEASURED) and not is_quality(head, lang)
    return False


# A note that the amount is the current one: "(current)", «(текущее)», "（当前）".
_CURRENT_NOTE = lazy_compile(r"[(（]\s*(?:[Cc]urrent(?:ly)?|[Nn]ow|[Тт]екущ[а-яё]*|[Сс]ейчас|当前|目前|现在)\s*[)）]")


def _steady_amount_to_reach(r: Reading) -> bool:
    """Steadiness beside a sum or an amount per period: «Доход от консалтинга — стабильные 400 тыс. ₽ в месяц»,
    "A stable income of $5k a month", "每月稳定收入3万元", «Не менее 3 тренировок в неделю — стабильно» — the
    amount is the target, to be reached and not as a one-off; nothing says it is had now. A service's health kept
    steady ("Stable uptime of 99.9%") and a level named as the current one («стабильно 150 тыс (текущее)») stay
    levels kept."""
    if r.health_metric or r.keeps_current_level or _NOTED_CURRENT_LEVEL.search(r.analysis.text) \
            or _CURRENT_NOTE.search(r.analysis.text):
        return False
    quantities = r.analysis.quantities
    return any(q.kind is QuantityKind.CURRENCY for q in quantities) or (bool(quantities) and r.per_period)


# Classes of nouns whose steadiness is a level kept: what is measured, made or held, the people at work, what
# keeps coming in («работа» is the team's work running).
_RUN_OR_MEASURED = frozenset({"metric", "health_metrics", "business_metrics", "quality", "value", "artifacts", "events",
                              "teams", "beneficiary", "leaders", "staff", "work_plans", "recurring_items", "harm"})


def _held_at_the_current_level(r: Reading) -> bool:
    """The current level (or last year's) named as where a measure stays: «на уровне прошлого года»,
    "no higher than the current level". A verb that moves the measure from it ("Grow revenue 20% above
    last year's level", «Увеличить выручку выше текущего уровня») names the start of a change; one
    denied or kept away («Не допустить снижения ниже текущего уровня») still holds it."""
    if not r.keeps_current_level:
        return False
    # (jieba leaves "收入比去年同期水平增长20%" with no lead: its verb of change is enough)
    # (a denied verb is the ceiling itself: jieba reads "不超过去年同期" as one verb of lowering)
    moving = [t for t in r.analysis.words if t.pos is VERB and not _MOVES.isdisjoint(t.classes) and not t.text.startswith("不")]
    lead = r.lead_token
    moved = bool(moving) or (r.lead in (Lead.INCREASE, Lead.DECREASE) and not (lead is not None and lead.text.startswith("不")))
    return not moved or r.prevents or r.lead_denied


def _keeps_no_level(r: Reading) -> bool:
    """A verb of keeping that keeps no level: people who stay ("Retain customers", "Удержать клиентов",
    "留住用户": an outcome they choose), support given to people («Поддержка 24/7 для клиентов»), or
    upkeep with a change beside it ("Maintain and improve the docs site")."""
    # "Keep the team motivated": a state of people, no measure's level; but their growth kept ("维持业务稳定增长") is a pace
    # a leader kept is the owner's rank, not people kept ("Stay the market leader", «Остаться лидером рынка»)
    people = (r.object_is_person or r.object_is_team) and not (_kept_change(r) or r.top)
    return (people and not r.has_number) or r.supports_people or r.kept_and_improved or _keeps_an_activity(r) \
        or _support_of_a_named_standard(r) or _guards_a_thing(r) or _upkeep_done_better(r)


def _upkeep_done_better(r: Reading) -> bool:
    """Upkeep said to be done better, by a comparative of manner: "Maintain the platform more efficiently",
    «Эксплуатировать платформу эффективнее», "更高效地维护平台" — a change in how the usual work goes, as
    "Maintain and improve the docs site" is; no level kept."""
    lead = r.lead_token
    if lead is None or "upkeep" not in lead.classes:
        return False
    words = r.analysis.words
    for i, token in enumerate(words):
        rest = words[i + 1:]
        if analytic_comparative(token, rest) or ("COMP" in token.tags and token.pos in (ADV, ADJ)):
            return True  # «более эффективно», «эффективнее»
        if token.text.lower() in _MORE and rest and rest[0].pos in (ADV, ADJ):
            return True  # "more efficiently", "更高效地"
    return False


_MORE = frozenset({"more", "更", "更加"})


# Verbs of keeping that guard something from harm: what they keep is safe, not at a level.
_GUARDING = frozenset({"protect", "defend", "safeguard", "secure", "保护", "守护", "捍卫"})


def _guards_a_thing(r: Reading) -> bool:
    """"Protect customer data", "Defend our users' privacy": a thing kept from harm (security's value),
    no level of a measure ("Protect our margins", "Defend market share" keep one)."""
    lead = r.lead_token
    if lead is None or lead.lemma not in _GUARDING:
        return False
    standing = any(t.lemma in _STANDING for t in r.words_after_lead)  # "Defend our market position": a rank held
    return not (standing or r.metric or r.metric_object or r.has_number or r.top or _names_business_metric(r))


_STANDING = frozenset({"position", "rank", "ranking", "leadership", "lead", "share", "standing", "地位", "份额", "排名"})


def _support_of_a_named_standard(r: Reading) -> bool:
    """«Поддержка мирового уровня»: support (the service, a noun) of a standard named as its value — the
    level is the value aimed at, no level of a measure is kept."""
    lead = r.lead_token
    return lead is not None and lead.verb_form is ACTION_NOUN and "support" in lead.classes \
        and r.value_phrase


# What a kept activity may not be for the keeping to stay a level: a change ("Keep growing"), a
# state ("保持稳定"), or a measure.
_LEVEL_CLASSES = frozenset({"increase", "decrease", "maintain", "normal_state", "metric", "business_metrics"})


def _keeps_an_activity(r: Reading) -> bool:
    """A verb of keeping whose object is an activity, not a level: "Keep learning about …",
    «Продолжать изучать …», "保持对新技术的学习" — work carried on, which has no level to hold.
    A number, a measure or a cadence makes it one ("Keep shipping weekly")."""
    rest = r.words_after_lead
    if not rest or r.has_number or r.metric or any("per_period" in t.classes for t in rest):
        return False
    if any("normal_state" in t.classes for t in rest):
        return False  # "Services keep running normally", «продолжают работать штатно»: the usual working state, kept
    head = rest[0]
    if r.analysis.lang == "zh":
        # Chinese puts the head last: "保持对X的学习" keeps 学习, but in "保持支付平台稳定运行" 支付 only
        # names the platform; a lone verb ("保持学习") is the activity itself
        clause = list(takewhile(lambda t: t.pos is not PUNCT, rest))
        after_of = [i for i, t in enumerate(clause) if t.text == "的"]
        if head.pos is ADP and after_of and after_of[-1] == len(clause) - 2:
            head = clause[-1]
        elif len(clause) != 1:
            return False
    acting = head.pos is VERB and (r.analysis.lang == "zh" or head.verb_form in (GERUND, INFINITIVE))
    # «Поддерживать запуски продуктовой команды»: a noun of others' work after «поддерживать» is work
    # supported, as "Support the product team's launches" is — no level held
    supported = r.analysis.lang == "ru" and head.verb_form is ACTION_NOUN and "support" in r.lead_token.classes
    return (acting or supported) and _LEVEL_CLASSES.isdisjoint(head.classes)


def _kept_in_a_state(r: Reading) -> bool:
    """A keeping verb, its object, then the state it is kept in: "keep the docs updated",
    "держать документацию актуальной". An adjective before the object only describes it."""
    rest = r.words_after_lead
    noun = next((i for i, t in enumerate(rest) if t.pos in (NOUN, PROPN)), None)
    return noun is not None and any(t.pos is ADJ or t.verb_form is PARTICIPLE for t in rest[noun + 1:noun + 3])


def task_not_outcome(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    r = _reading(kr.title, ctx)
    reason = task_reason(r)
    if reason is not None:
        r = _task_detail(r) or r  # the evidence is in the part that says the work
        # "Improved onboarding launched": the work is "launched", not "Improved"; "完成监控体系搭建，覆盖…": 搭建, not 覆盖
        done = _done_word(r) or r.built_then_covers
        predicate = done or r.lead_token
        # as written: a Traditional Chinese text is read in Simplified, with the same offsets
        verb = r.analysis.normalized[predicate.start:predicate.end] if predicate is not None \
            else " ".join(r.analysis.normalized[t.start:t.end] for t in r.analysis.words[:2])
        words = (done.text,) if done is not None else _lead_words(r) if reason != "deliverable-named" else _carrier_words(r)
        if reason == "own-output-count":
            words += tuple(q.raw for q in r.analysis.quantities if q.kind is QuantityKind.COUNT)
        yield Hit(kr.title.loc, kr.path, params={"verb": verb}, text=kr.title, clue=_clue(reason, words, r))


def _lead_words(r: Reading) -> tuple[str, ...]:
    """The predicate as written; for a completion state without one, the last verb ("系统上线")."""
    if r.lead_token is not None:
        return (r.lead_token.text,)
    verbs = [t.text for t in r.analysis.tokens if t.pos is VERB]
    return (verbs[-1],) if verbs else ()


def _clue(reason: str, words: tuple[str, ...], r: Reading) -> Clue:
    """The reason with the words that carry it; where no single word is the cue (a slogan, a bare
    name, a state with no keeping verb), the first content words the judgement rests on."""
    return Clue(reason, words or _carrier_words(r))


def _carrier_words(r: Reading) -> tuple[str, ...]:
    content = [t.text for t in r.analysis.words if t.pos in (NOUN, PROPN, ADJ, VERB, NUM)]
    return tuple(content or [t.text for t in r.analysis.words if t.pos is not PUNCT])[:3]


def _numbers(r: Reading) -> tuple[str, ...]:
    return tuple(q.raw for q in r.analysis.quantities)


def _class_words(r: Reading, *classes: str) -> tuple[str, ...]:
    """Words of the text in any of the lexicon's word classes, as written."""
    lex, lang = lexicon(), r.analysis.lang
    return tuple(t.text for t in r.analysis.tokens
                 if any(lex.has(t.lang or lang, cls, t.lemma) or lex.has(t.lang or lang, cls, t.text.lower()) for cls in classes))


def _phrase_words(r: Reading, phrases: Iterable[str]) -> tuple[str, ...]:
    """The phrases found in the text, as written ("on time", "every month")."""
    text, lowered = r.analysis.normalized, r.analysis.lowered
    found = []
    for phrase in phrases:
        at = lowered.find(phrase)
        if at >= 0 and mentions(r.analysis, (phrase,)):
            found.append((at, text[at:at + len(phrase)]))
    return tuple(words for _, words in sorted(found))  # in the text's order, whatever the set's


def _metric_words(r: Reading) -> tuple[str, ...]:
    """Words that name something measured, as written."""
    return tuple(t.text for t in metric_tokens(r))


# -- unmeasurable ----------------------------------------------------------------------------
def unmeasurable(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    if kr.has_structured_target:
        return
    r = _reading(kr.title, ctx)
    if r.has_number and not _numbers_only_select(r):
        if ctx.options.get("ask-reference", True) and _number_without_reference(r):
            quantity = r.analysis.quantities[0].raw
            yield Hit(kr.title.loc, kr.path, "no-reference", {"number": quantity}, kr.title, severity="info",
                      clue=Clue("number-without-reference", (quantity,)))
        return
    if is_measurable_without_number(r):
        return
    found = _unmeasurable_clue(r)
    clue = _clue(found.reason, found.words, r)
    # Precision first: with no vague word, no vague object and no TBD, "no target" rests on an
    # absence alone — a suggestion (info) that never fails CI, not a warning.
    yield Hit(kr.title.loc, kr.path, params={}, text=kr.title, clue=clue,
              severity="info" if clue.reason == "no-target" else None)


def _unmeasurable_clue(r: Reading) -> Clue:
    """What makes the KR uncheckable: a target not written yet, vague work, a vague change, or nothing."""
    if r.undefined:
        return Clue("target-undefined", _class_words(r, "undefined", "settle_later"))  # "TBD", "待定", "— уточнить"
    if r.analysis.question:
        return Clue("target-undefined", tuple(mark for mark in ("?", "？") if mark in r.analysis.normalized)[:1])
    if r.analysis.unfinished:  # the last word before the text breaks off ("…, где клиент взял паузу,")
        return Clue("target-undefined", tuple(t.text for t in r.analysis.words[-1:]))
    if r.count_missing:
        return Clue("target-undefined", (r.analysis.words[0].text,))  # "Сервисов …": the number was left out
    if _count_of(r) or _measure_named(r):
        return Clue("target-undefined", tuple(t.text for t in r.analysis.tokens[:2]))  # "# of …", "Number of …", "Average …"
    if _quality_named(r):
        return Clue("target-undefined", (_quality_head(r).text,))  # "Code quality"
    if _progress_named(r):
        return Clue("vague-change", tuple(t.text for t in r.analysis.words[:r.analysis.words.index(r.head) + 1]))  # "Visible progress"
    if _metric_in_note(r):
        return Clue("target-undefined", tuple(t.text for t in r.analysis.tokens if "metric" in t.classes))  # "… (Uptime)"
    if (r.noun_phrase or r.analysis.lang == "zh") and r.lead is Lead.NONE and _head_is_metric(r):
        return Clue("target-undefined", (r.head.text,))  # "Customer retention rate", "按期关闭率": a measure named, no target
    if timed := _measure_then_what_it_times(r):
        return Clue("target-undefined", timed)  # "Mean time to restore service", "Cost to acquire a customer"
    if judged := r.judged_state or _judged_when_ensured(r):
        return Clue("judged-state", tuple(t.text for t in judged))  # "clear", "понятный", "清晰"
    if r.praised_value:
        return Clue("judged-state", tuple(t.text for t in r.praised_value))  # "a great onboarding experience"
    if graded := _done_how_well(r):
        return Clue("judged-state", tuple(t.text for t in graded))  # "properly documented", «надлежаще описаны»
    if _skill_named(r):
        return Clue("judged-state", (head_noun(r.analysis.words, r.analysis.lang).text,))  # "Familiarity with …"
    if _people_know(r):
        return Clue("judged-state", _lead_words(r))  # "Users understand …"
    if _people_feel(r):
        return Clue("judged-state", _class_words(r, "feels"))  # "Customers are happy …", «довольны», "满意"
    if r.vague_object:
        return Clue("vague-object", _class_words(r, "unnamed_things") or _lead_words(r))  # "Something fun": the thing unnamed
    if level := _vague_level(r):
        return Clue("vague-change", level)
    if steady := _steady_habit(r) or _steadiness_with_no_level(r) or _habit_with_no_cadence(r):
        return Clue("vague-change", steady)  # "Build a stable morning routine": how often? «Стабильное качество»: how good?
    if r.direction_only:
        return Clue("vague-change", tuple(t.text for t in r.direction_only))  # "positive trend", «положительная динамика»
    if _arrivals_now_and_then(r):
        return Clue("vague-change", _class_words(r, "vague_frequency", "maintain"))  # "regular requests": how many?
    if _vague(r):
        words = r.analysis.words
        compared = tuple(t.text for i, t in enumerate(words) if analytic_comparative(t, words[i + 1:]))  # "более"
        return Clue("vague-change", _lead_words(r) + _class_words(r, "vague_adverbs", "vague_frequency") + compared)
    return Clue("no-target", _lead_words(r))


_COUNT_NOUNS = frozenset({"number", "count", "percentage", "share", "percent", "amount", "proportion"})


def _heading_before_a_colon(r: Reading) -> bool:
    """A short heading that ends with a colon and no number ("KR2 (data preparation):", «Подготовка
    данных:», "数据准备："): the work is named, what it must reach is listed under it."""
    ending = r.analysis.text.rstrip().rstrip("*_ ")[-1:]
    if ending not in (":", "：") or r.has_number or len(r.analysis.words) > _HEADING_WORDS or r.completion:
        return False
    # named, not ordered: "Implement key systems, including:" is an order whose scope is listed below.
    # Chinese names an activity with its verb last ("数据准备"), orders with it first ("准备数据")
    lead = r.lead_token
    if lead is None or lead.verb_form is ACTION_NOUN:
        return True
    chinese = [t for t in r.analysis.words if t.lang == "zh"]
    return r.analysis.lang == "zh" and bool(chinese) and lead is not chinese[0]


_HEADING_WORDS = 7


def _count_of(r: Reading) -> bool:
    """An English KR that names a count or share and stops: "# of processes in place", "% of GMV on
    dGrants", "Number of active contributors" — a metric with no target. (The normaliser drops a
    leading "#" as markdown, so a text left starting with "of" had one.)"""
    if r.analysis.lang != "en" or r.has_number:
        return False
    tokens = [t for t in r.analysis.tokens if t.pos is not PUNCT]
    if _opens_with_a_count(tokens):
        return True
    # "deliveries — the number of parcels handed over": a metric's name, a dash, then what it counts
    dash = next((i for i, t in enumerate(r.analysis.tokens[:4]) if t.text in ("—", "–", ":")), None)
    if dash is None or dash == 0:
        return False
    rest = [t for t in r.analysis.tokens[dash + 1:] if t.pos is not PUNCT]
    return _opens_with_a_count(rest[1:] if rest and rest[0].text.lower() == "the" else rest)


def _opens_with_a_count(tokens: list) -> bool:
    if len(tokens) < 2:
        return False
    first, second = tokens[0], tokens[1].text.lower()
    return (first.text.lower() == "of" and second != "course") or (second == "of" and (first.text in ("%", "#") or first.lemma.lower() in _COUNT_NOUNS))


def _measure_named(r: Reading) -> bool:
    """A noun phrase that opens with a word of aggregation or a percent sign and stops: "Monthly
    average product types per project", "% monthly projects with plugins", "Медиана времени
    ответа", "平均响应时间". It names a measure and leaves its target out."""
    if r.has_number or not r.noun_phrase:
        return False
    first = [t for t in r.analysis.tokens if t.pos is not PUNCT or t.text == "%"][:2]
    return any(t.text == "%" or "aggregates" in t.classes for t in first)


@kept_on_argument  # asked twice of every KR by unmeasurable: kept per Reading
def _vague(r: Reading) -> bool:
    """A direction with no target: a vague or moving verb, a vague adverb, an unstated frequency, or a thing said
    to be made better («Процесс оформления улучшен», "Checkout flow optimized for mobile")."""
    return r.lead in (Lead.VAGUE, Lead.INCREASE, Lead.DECREASE, Lead.REWORK) or _vague_adverb_counts(r) or r.vague_frequency \
        or _said_made_better(r) or bool(r.direction_only)


def _said_made_better(r: Reading) -> bool:
    """A participle of making better or of moving a level as the predicate, after its noun: "… optimized for
    mobile", «… улучшен», "Deployment friction reduced", "Onboarding time is reduced" (but "Toil eliminated"
    reaches zero, an end state)."""
    words = r.analysis.words
    return any(t.verb_form is PARTICIPLE and moves_a_level_or_betters(t) and "zero_words" not in t.classes
               and not before_its_noun(words, i) for i, t in enumerate(words) if i)


# Chinese words that stand where the number of things to deliver belongs ("a few", "some").
_VAGUE_COUNTS = frozenset({"几个", "一些", "若干"})

# Words that set a bar without saying where it is: "enough", "sufficient" ("some" only counts vaguely).
_UNSTATED_BOUND = frozenset({"enough", "sufficient", "adequate", "достаточно", "достаточный", "достаточное",
                             "достаточная", "достаточные", "足够", "充足", "充分"})

# Vague words that compare: they set a direction whatever they stand next to ("greater transparency").
_COMPARING = frozenset({"more", "less", "fewer", "better", "further", "больше", "меньше", "лучше", "更", "更加", "更多", "更好"})


def _vague_adverb_counts(r: Reading) -> bool:
    """Whether the KR's vague word makes its target vague.

    An order to do something is done or not, so a vague word there counts only when it says how the
    work itself goes ("quickly update", "Proactively reach out", "高效运用") or compares ("Give greater
    transparency"). Words around the work do not: "provide some swag", "training on best practices",
    "archive only some records", "without significantly slowing…", "完成…的持续集成"."""
    tokens = [t for t in r.analysis.tokens if not t.text.isspace()]
    if r.lead in (Lead.TASK, Lead.REACH) and r.lead_token in tokens and _vague_count_of_the_object(tokens, tokens.index(r.lead_token)):
        return True  # "Launch several integrations", "Sign a few design partners", "上线多个场景": how many is left out
    if r.lead is Lead.NONE and r.noun_phrase and _vague_count_of_the_object(tokens, -1):
        return True  # "Many customer calls", «Много встреч с клиентами»: named with no verb, the same
    if not r.vague_adverb:
        return _reaches_a_comparative(r)
    if r.lead not in (Lead.TASK, Lead.REACH) or (r.declarative and not r.exists) or r.lead_token not in r.analysis.words:
        return True  # but words around a thing said to exist do not: "Awesome … test suite exists"
    if "receive" in r.lead_token.classes:
        return True  # "Get some feedback": what is received is the outcome, and "some" is its count
    if any(t.text in _VAGUE_COUNTS for t in r.analysis.tokens):
        return True  # "收敛几个核心产品": a Chinese count word in place of the number of things to deliver
    words = r.analysis.words
    at = words.index(r.lead_token)
    before, after = words[max(at - 2, 0):at], words[at + 1:at + 2]
    for token in _before_purpose(words, at):
        vague = "vague_adverbs" in token.classes
        if _describes_the_thing_made(words, token):
            continue  # "Replace the cron job with a method better suited for CI": what the new thing is like
        if comparative(token) or (vague and ("COMP" in token.tags or token.text.lower() in _COMPARING)):
            return True  # "Give greater transparency", "лучше", "更好": a direction whatever it stands next to
        if vague and (token in before or (token in after and token.pos is ADV and token.lang != "zh")):
            # ("完成快速备忘链路": a Chinese adverb of manner stands before its verb; one after it names the thing)
            return True  # "quickly update", "高效运用", "deploy quickly"
        if vague and _manner_noun_after(words, token):
            return True  # "Process refund requests in a timely manner": how the work goes, as "promptly"
        if token in after and token.text.lower() in _UNSTATED_BOUND:
            return True  # "Provide enough documentation", «Обеспечить достаточно …»: a bar that is never stated
    return False


def _reaches_a_comparative(r: Reading) -> bool:
    """An order to reach what is only compared: "Reach a broader audience", "Win bigger customers", «Охватить более
    широкую аудиторию» — how much broader is left out, as in "Reach more users". With a number ("… of 10,000
    readers") the comparative only describes the target."""
    words = r.analysis.words
    if r.lead is not Lead.REACH or r.has_number or r.lead_token not in words:
        return False
    at = words.index(r.lead_token)
    scope = _before_purpose(words, at)  # (a comparative in what the work is for says why, not how much)
    return any(comparative(t) or analytic_comparative(t, words[i + 1:]) for i, t in enumerate(scope) if i > at)


# Words that stand for the count of the things an order delivers without giving it.
_VAGUE_OBJECT_COUNTS = frozenset({"several", "multiple", "many", "numerous", "lots", "пару", "много", "множество",
                                  "多个", "多项", "多款", "多场", "多家", "多条", "很多", "许多", "大量"})
# After the things counted, these make them a place the work is done in ("抽离多个项目中的组件").
_ZH_INSIDE = frozenset({"中", "里", "内", "之中", "的"})


def _vague_count_of_the_object(tokens: list, at: int) -> bool:
    """A vague count right after the verb, counting its object: "Ship several integrations", "落地多个
    场景" (not "Provide charts for deploying multiple services", not "抽离多个项目中的组件")."""
    count = tokens[at + 1] if at + 1 < len(tokens) else None
    if count is not None and count.text.lower() == "a" and at + 2 < len(tokens):
        count = tokens[at + 2]  # "Sign a few design partners", "Ship a couple of integrations"
        return count.text.lower() in _A_FEW
    if count is None or not (count.text.lower() in _VAGUE_OBJECT_COUNTS or _zh_how_many(count)):
        return False
    return not any(t.text in _ZH_INSIDE for t in tokens[at + 2:at + 4])


def _zh_how_many(token: Token) -> bool:
    """几 with a classifier, a number jieba reads as one ("几场", "几篇", "几家"): "a few", the count left out."""
    return token.pos is NUM and token.text.startswith("几") and len(token.text) == 2


# After "a", words that count without a number: "a few", "a couple of", "a handful of".
_A_FEW = frozenset({"few", "couple", "handful", "lot"})


def _describes_the_thing_made(words: list, token) -> bool:
    """A comparative between a noun and the participle or adjective it grades says what the thing is
    like ("a method better suited for CI", «механизм, лучше подходящий для CI»; in Chinese, inside the
    means the work uses: "用更适合CI的方式"), not how much better the world gets."""
    i = words.index(token)
    if i == 0 or i + 1 >= len(words):
        return False
    low, nxt = token.text.lower(), words[i + 1]
    if token.lang == "zh":  # "用更适合CI的方式替换…": the comparative grades the means the work uses
        return low in ("更", "更加") and any(t.text in _ZH_MEANS for t in words[max(0, i - 2):i])
    before = [t for t in words[max(0, i - 2):i] if t.pos is not PUNCT]  # «механизм, лучше подходящий»
    graded = nxt.pos in (ADJ, VERB) and (nxt.verb_form in (None, PARTICIPLE) or "PRTF" in nxt.tags)
    return bool(before) and before[-1].pos is NOUN and graded and low in _GRADING_COMPARATIVES


_GRADING_COMPARATIVES = frozenset({"better", "more", "less", "лучше", "более", "менее"})
_ZH_MEANS = frozenset({"用", "以", "通过", "采用"})


# Nouns of manner: "in a timely manner", "in an efficient way" say how the work goes, as an adverb does.
_MANNER_NOUNS = frozenset({"manner", "way", "fashion"})


def _manner_noun_after(words: list, token) -> bool:
    at = words.index(token)
    return at + 1 < len(words) and words[at + 1].text.lower() in _MANNER_NOUNS


def _before_purpose(words: list, lead_at: int) -> list:
    """The words before what the work is for ("… for making it easier to contribute", "… to better
    describe the content", "…，以便更快…"): a vague word there says why, not how much of the work."""
    for i in range(lead_at + 1, len(words)):
        token = words[i]
        if "purpose" in token.classes:
            return words[:i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        # "to make it easier", "for making…", "to better describe" (an infinitive, perhaps after an adverb)
        if token.text.lower() in ("to", "for") and nxt is not None and (
                nxt.pos in (VERB, ADV) or comparative(nxt)):
            return words[:i]
    return words


@kept_on_argument  # one decision per Reading, however many rules ask (okrlint/memo.py)
def is_measurable_without_number(r: Reading) -> bool:
    """A KR with no number can still be checked: a yes/no deliverable, an end state, "all", a bound."""
    if r.undefined or r.count_missing or _count_of(r) or _measure_named(r) or _metric_in_note(r) or _quality_named(r) \
            or _progress_named(r) or (r.vague_object and not r.has_number and not _requirements_written(r)) \
            or (not r.has_number and _only_a_measure_then_what_it_times(r)):  # "Average days to process a claim"
        return False  # "TBD"; "Команд на едином трекере", "# of processes in place" (how many?); "Выстроить отношения"
    if r.analysis.unfinished and (not is_task(r) or _breaks_off_at_the_result(r) or _heading_before_a_colon(r)):
        # "По всем заявкам, где клиент отложил оплату,", "通过…自动化建设，使得：", "KR2 (data prep):": the
        # target is in lines okrlint does not see
        return False
    if r.analysis.question:
        return False  # "What logs are being kept / how long?": a question, not yet a target
    if not r.has_number and _arrivals_now_and_then(r):
        return False  # "There are regular requests for coaching", «Есть регулярные запросы»: how many, how often?
    if r.direction_only and not _table_row(r):
        return False  # «Положительная динамика NPS», "Signups trend in the right direction": which way, not how far
    if r.plan_fulfilment and not _people_meeting_plan_moved(r):
        return True  # "Scale hiring to plan", "Выполнить план продаж": the plan is the target (a KPI, not vague)
    if _beats_a_record(r):
        return True  # "Set a new record for weekly active readers": the record is the number to pass
    if _table_row(r):
        return True  # "官网加载优化 | 进行中 | 完成 | 6月": a row of an OKR table, its target in a column of its own
    if _reaches_a_business_state(r):
        return True  # "Become profitable in Q4", «Стать прибыльными»: the state holds at the end or not
    if _compared_with_a_reference(r) or r.named_level or _cadence_reached(r):
        # "Latency below the industry median", «Цена ниже средней по рынку»: a bound with its reference;
        # "Restore foot traffic to pre-pandemic levels", «до уровня десктопа», "from weekly to daily": a
        # level known at the end
        return True
    if r.judged_state or _done_how_well(r):
        # "Release notes are clear and concise", "文档清晰易懂", "Code is properly documented": only a judgement says it holds
        return False
    if _skill_named(r) or _people_know(r) or _people_feel(r):
        return False  # "Fluency in Go", "Users understand how the editor works", "Customers are happy": the same
    if _vague_level(r):
        return False  # "Achieve a high sprint completion ratio", "达到较高的完成率": how high?
    if _steadiness_with_no_level(r):
        return False  # «Стабильное качество швов», "Delivery times are stable", "焊接质量稳定": steady at what level?
    if r.praised_value and r.lead in (Lead.TASK, Lead.ENSURE, Lead.CAUSATIVE, Lead.NONE):
        return False  # "Deliver a great onboarding experience", "Ensure high quality of every release": the same
    vague = _vague(r)
    if vague and _spelled_out_after(r):
        return True  # "Improve the review page: show who owns each file": the headline is spelled out
    # "Core implementation has improved test coverage": "improved" is no end state, it has no target
    end_state = (r.end_state and (r.lead is not Lead.VAGUE or _done_word(r) is not None)) \
        or _in_normal_state(r) or _software_made_to_run(r)  # "系统运行正常", "应用在 macOS 环境下正常运行" hold or not
    if end_state and _how_often_unsaid(r):
        return False  # "Tasks are regularly brought to done", «Задачи регулярно доводятся до конца»: how often?
    if r.level_not_moved:
        return True  # "The number of open support tickets did not increase": the level it had is the target
    if end_state or r.floor or r.keeps_current_level or r.zero_target or r.top or ((r.universal or r.threshold) and not vague):
        return True
    if r.declarative and not vague:
        return True  # "A js-ipfs daemon always finds its peers in the LAN": a state that holds or not
    if r.lead is Lead.ENSURE and _ensures_a_clause(r) and not (vague or r.vague_adverb or _high_standard(r)
                                                                or _judged_when_ensured(r)):
        return True  # "Ensure smoke tests cover the login page", «Обеспечить, чтобы тесты покрывали …»: the same
    if r.possess and r.object_is_artifact and not vague:
        return True  # "Has a process to rate vendors": the thing is there or not
    if r.lead is Lead.INCREASE and _widened_to_an_end(r):
        return True  # "Expand the protocol to the entire organization", "推广到所有门店": covered or not
    if r.exists and r.lead not in (Lead.INCREASE, Lead.DECREASE, Lead.VAGUE) and not _vague_adverb_counts(r):
        return True  # "A benchmark suite exists comparing …": the thing is there or not
    if r.lead is Lead.REWORK and r.named and not r.vague_adverb:
        return True  # "Upgrade to Postgres 16": a named target, done or not
    if _learn_order(r) and not (r.has_number or r.artifact_after_lead or r.task_in_purpose):
        return False  # "Learn the basics of SQL", «Изучить основы SQL»: knowing has no check of its own, as "学习…" has none
    if r.lead is Lead.BECOME and _becomes_a_quality(r):
        return False  # "Be approachable for new sellers", «Быть доступными»: a quality wished for, no target
    if _steady_habit(r) or _habit_with_no_cadence(r):
        # "Build a stable morning routine", «Выстроить стабильную рутину», "Build a reading habit": how often unsaid
        return False
    if r.lead in (Lead.TASK, Lead.BECOME) and not (_vague_adverb_counts(r) or r.vague_frequency):
        return True  # "Write down the team norms": done or not done
    if is_task(r) and r.lead not in (Lead.ONGOING, Lead.CAUSATIVE, Lead.ENSURE) and not vague:
        return True  # "Close our seed round", "Получить сертификат": done or not done
    if r.lead is Lead.ENSURE and _ensures_work_shipped(r) and not vague:
        return True  # "Ensure CRM rollout in the sales team", «Обеспечить внедрение CRM»: rolled out or not
    if r.lead is Lead.ONGOING and r.per_period and not (vague or r.vague_adverb or r.vague_frequency):
        return True  # "Track my energy level once a week", «Отслеживать … раз в неделю», "每周记录一次…": done each week or not
    if r.lead is Lead.ONGOING and r.lead_token is not None and r.lead_token.verb_form is ACTION_NOUN \
            and r.analysis.lang != "zh" and not r.vague_frequency:  # Chinese verbs used as nouns (研究, 支持) are still the activity
        return True  # "Support for SAML and SCIM": a feature, there or not ("Regular monitoring of …" is how often, unsaid)
    if r.lead is Lead.ONGOING and (r.artifact_after_lead or r.task_in_purpose) and not vague:
        return True  # "Work with the DAO council to build a budget process", "学习…，形成学习报告": made or not
    if r.lead is Lead.REACH and not vague and not _receives_some(r):
        return True  # "Win the Super Bowl", "Get exec sign-off": an outcome that happens or not
    people = (r.object_is_person or r.beneficiary) and not _people_enabled_to_act(r)
    if r.lead is Lead.CAUSATIVE and r.lead_token is r.analysis.words[0] and "helps" not in r.lead_token.classes \
            and not (people or r.value or vague or r.vague_adverb):
        return True  # "Allow filtering search results by date", "Enable SSO for the admin app": a feature, there or not
        # ("Help with onboarding docs" is help given, with no end)
    if r.lead is Lead.NONE and not (_head_is_metric(r) or r.vague_adverb or r.vague_frequency or r.plan_fulfilment
                                    or _said_made_better(r) or vague):  # ("Many customer calls": how many?)
        return True  # a bare name ("Payroll system (Gusto)", "Диалог B2B: RAG → лид"): a deliverable, there or not
    return False


# Adverbs of an unstated frequency: "regularly", «регулярно», "定期" (their adjectives are `vague_frequency`).
_HOW_OFTEN_UNSAID = frozenset({"regularly", "frequently", "often", "periodically", "регулярно", "часто", "периодически",
                               "систематически", "постоянно", "定期", "经常", "时常"})


def _how_often_unsaid(r: Reading) -> bool:
    """A state said to come about now and then, with no number: "Tasks are regularly brought to done", «Задачи
    регулярно доводятся до конца», "任务定期完成" — done or not has no meaning when how often is not said."""
    if r.has_number or r.per_period:
        return False
    words = r.analysis.words
    # (said of the verb: "定期流水线建设完成" builds a periodic pipeline, a made thing)
    return any(t.lemma.lower() in _HOW_OFTEN_UNSAID and (t.lang != "zh" or (i + 1 < len(words) and words[i + 1].pos is VERB))
               for i, t in enumerate(words))


def _done_how_well(r: Reading) -> tuple[Token, ...]:
    """Work stated done, graded by an adverb of how well: "Code is properly documented", "Processes are
    well defined", «Процессы надлежаще описаны», "问题得到妥善处理" — whether it is done well enough is a
    judgement, no check (done or not would be: "Code is documented"). The adverb and the verb it grades."""
    if not r.names_class("done_how_well"):
        return ()  # (most texts: one set test)
    words = r.analysis.words
    for i, token in enumerate(words):
        if "done_how_well" not in token.classes:
            continue
        # the verb it grades: right after it, or right before it in Russian («описаны надлежаще»)
        near = list(words[i + 1:i + 2]) + (list(words[i - 1:i]) if i and token.lang == "ru" else [])
        for verb in near:
            done = verb.verb_form is PARTICIPLE or "PRTS" in verb.tags or "PRTF" in verb.tags \
                or (verb.lang == "zh" and verb.pos is VERB)
            if done and verb.pos in (VERB, ADJ):
                return token, verb
    return ()


def _own_pieces_done(r: Reading) -> bool:
    """Things counted, then a participle of making or shipping right after them: "2 prototypes delivered",
    «10 статей опубликовано» — pieces of the team's own work done; after a thing the team makes, any verb of
    the work ("3 case studies written"), and in Russian the participle may come first («Опубликовано не
    менее 4 статей»). Not people ("customers paid"), a verb of change ("3 dashboards improved") nor a
    participle that only says which things count ("20 items enabled at launch")."""
    if not r.completion:
        return False
    words = r.analysis.words
    for before, token in zip(words, words[1:]):
        if token.pos is not VERB or before.pos not in (NOUN, PROPN) or not _PEOPLE_ACTING.isdisjoint(before.classes):
            continue
        if not _OWN_WORK_CLASSES.isdisjoint(token.classes):
            return True
        if _made_by_the_team(before) and _CHANGE_CLASSES.isdisjoint(token.classes) and "causative" not in token.classes:
            return True  # "3 case studies written", "runbooks documented": any verb of the work, after a thing the team makes
    if r.analysis.lang == "ru" and words and words[0].pos is VERB and _CHANGE_CLASSES.isdisjoint(words[0].classes):
        # «Опубликовано не менее 4 статей»: Russian may open with the participle, the pieces counted after it
        made = next((t for t in words[1:] if t.pos is NOUN), None)
        return made is not None and _made_by_the_team(made)
    return False


def _made_by_the_team(token: Token) -> bool:
    """A thing the team makes ("case studies", "runbooks", «статьи»), not people who act."""
    return not _MADE_BY_THE_TEAM.isdisjoint(token.classes) and _PEOPLE_ACTING.isdisjoint(token.classes)


def _requirements_written(r: Reading) -> bool:
    """"Document the MVP requirements", «Описать требования», "整理需求文档": requirements written down by an
    order to make something are a document, there or not — not requirements to implement or meet, which
    stay vague ("Implement the requirements": which?)."""
    lead = r.lead_token
    return r.lead is Lead.TASK and lead is not None and lead.lemma.lower() not in _MEETING_VERBS \
        and "fulfilment" not in lead.classes and r.names_class("requirements")


_MEETING_VERBS = frozenset({"implement", "реализовать", "реализовывать", "внедрить", "внедрять", "实现", "落实", "满足"})


def _has_more_or_fewer(r: Reading) -> bool:
    """"We have fewer questions from new volunteers", «У нас меньше обращений»: what is had is compared
    with now, a change (vague with no number), not a deliverable in place."""
    words = r.analysis.words
    # (Chinese compares before the verb: "对孩子更有耐心", more patient with the kids)
    return any(t.lemma.lower() in _HAVE and (nxt.text.lower() in _COMPARING or (i and words[i - 1].text in _COMPARING))
               for i, (t, nxt) in enumerate(zip(words, words[1:])))


_HAVE = frozenset({"have", "иметь", "есть", "有", "拥有"})


_PEOPLE_CLASSES = frozenset({"staff", "beneficiary"})
_PEOPLE_OR_TEAMS = _PEOPLE_CLASSES | {"teams"}


def _people_meeting_plan_moved(r: Reading) -> bool:
    """"Rise in reps hitting quota", «Рост числа менеджеров, выполняющих план»: the plan says which people
    are counted, and their number moves by an amount not given — a vague change, not a plan to meet."""
    words = r.analysis.words
    if r.has_number or not (r.lead in (Lead.INCREASE, Lead.DECREASE, Lead.VAGUE) or words[0].text.lower() in _COMPARING):
        return False  # ("More reps hitting quota": the comparison opens the text)
    plan_at = next((i for i, t in enumerate(words) if "plan" in t.classes), None)
    if plan_at is None:
        return False
    if r.analysis.lang == "zh":  # "完成指标的销售人数增长": the clause before 的 says which are counted
        de = next((i for i in range(plan_at + 1, len(words)) if words[i].text == "的"), None)
        return de is not None and any(t.text.endswith(_ZH_COUNT_ENDINGS) or not _PEOPLE_CLASSES.isdisjoint(t.classes)
                                      for t in words[de + 1:])
    # the people, then their meeting it: "reps hitting quota" ("Grow partner revenue to plan" meets the plan)
    person_at = next((i for i, t in enumerate(words[:plan_at]) if not _PEOPLE_CLASSES.isdisjoint(t.classes)), None)
    return person_at is not None and any("fulfilment" in t.classes for t in words[person_at + 1:plan_at])


_ZH_COUNT_ENDINGS = ("人数", "数量", "个数", "家数")


_CHANGE_CLASSES = frozenset({"vague", "increase", "decrease", "maintain", "reach"})


_PEOPLE_ACTING = frozenset({"adopters", "outcome_units", "beneficiary"})
_MADE_BY_THE_TEAM = frozenset({"artifacts", "ongoing"})  # "case studies", "integrations"


def _had_done(r: Reading) -> bool:
    """English causative "have/get" opening the text, then a thing and its past participle: "Have 3 pull
    requests merged upstream", "Get the vendor contract signed" — the owner's work done, a completion.
    People as the object ("Have 80% of customers onboarded") or a measure keep it an outcome."""
    words = r.analysis.words
    if r.analysis.lang != "en" or len(words) < 3 or words[0].lemma not in ("have", "get"):
        return False
    # "Get 3 case studies published": with a count, "get" reads as a count reached; the count is of the thing done
    if not (r.lead is Lead.STATE or (r.lead is Lead.REACH and words[0].lemma == "get")):
        return False
    if r.object_is_person or (r.metric and r.has_number) or r.people_adopt:
        return False  # ("Have tickets automatically opened for new alerts" counts nothing: a process set up to work)
    for i, token in enumerate(words[2:], start=2):
        if token.pos is ADV and i + 1 < len(words) and words[i + 1].verb_form is PARTICIPLE:
            continue  # "Have tickets automatically opened": how it is done, before the participle
        if token.verb_form is PARTICIPLE and token.pos is VERB:
            # "500 schools signed up for the pilot", "Get 5 enterprise clients signed" are others who act: an
            # outcome; "customer case studies" are still the team's own documents (a made thing after the people)
            people = [k for k in range(1, i) if _PEOPLE_ACTING & words[k].classes]
            others = bool(people) and not any(_MADE_BY_THE_TEAM & t.classes for t in words[people[-1] + 1:i])
            thing = words[i - 2] if words[i - 1].pos is ADV else words[i - 1]
            return thing.pos in (NOUN, PROPN) and _CHANGE_CLASSES.isdisjoint(token.classes) and not others
        if token.pos is VERB:
            return False
    return False


def _done_word(r: Reading) -> Token | None:
    """"Improved onboarding launched for all sellers", "改进后的结账流程已上线": the change only names the
    thing (an improved onboarding), and the thing is then said to be done — an end state. The word
    that says it is done, or None."""
    words = r.analysis.words
    if r.lead is not Lead.VAGUE or len(words) < 3 or r.lead_token is not words[0]:
        return None
    if r.analysis.lang == "zh":  # "改进后的…已上线": the change before 的 describes, the last verb is done
        done = "的" in (t.text for t in words[1:3]) and words[-1].lemma in ZH_COMPLETION_TAIL
        return words[-1] if done else None
    return next((t for t in words[2:] if t.verb_form is PARTICIPLE and _CHANGE_CLASSES.isdisjoint(t.classes)), None)


def _compared_with_a_reference(r: Reading) -> bool:
    """A comparison whose other side is named: "CAC рассылки ниже среднего по рынку", "Churn below the
    industry average", "转化率高于行业平均", or the target itself ("Login sessions above target") —
    checkable at the end of the period without a number."""
    if PARITY.search(r.analysis.normalized):
        return True  # "Make cold start as fast as warm start", «таким же быстрым, как …», "和热启动一样快": parity with a named thing
    if not (r.names_class("reference") or r.names_class("goal_words")):
        return False  # no word names a reference (most texts): nothing is compared with one
    words, compares = r.analysis.words, lexicon().get(r.analysis.lang, "compares")
    return any(token.text.lower() in compares and any("reference" in t.classes or "goal_words" in t.classes
                                                      for t in words[i + 1:i + 4])
               for i, token in enumerate(words))


# Chinese verbs of switching that name the new state after them ("由每月改为每周"), as "to" does.
_ZH_SWITCH_TO = frozenset({"改为", "变为", "改成", "变成"})


def _cadence_reached(r: Reading) -> bool:
    """How often, after "to": "Increase deploy frequency from weekly to daily", «Увеличить частоту релизов
    до еженедельной», "发布频率从每月提升到每周" — the new cadence holds at the end of the period or not."""
    if not r.names_class("cadences"):
        return False  # no word says how often (most texts)
    tokens = [t for t in r.analysis.tokens if t.pos is not PUNCT]
    return any("cadences" in t.classes and ("scope_to" in before.classes or before.lemma in _ZH_SWITCH_TO)
               for before, t in zip(tokens, tokens[1:]))


def _people_enabled_to_act(r: Reading) -> bool:
    """"Enable buyers to export their own invoices", «Позволить пользователям создавать отчёты": people,
    then what they can now do — a capability given, there or not (unlike help given to them)."""
    rest = r.words_after_lead
    for i, token in enumerate(rest[:4]):
        if token.pos is VERB:
            # (a modal of ability may stand before the verb: "让用户可以导出报表", let users be able to export)
            return i > 0 and all(t.pos in (NOUN, PRON, ADJ, DET) or t.text.lower() == "to" or "ability" in t.classes for t in rest[:i]) \
                and "vague" not in token.classes and "increase" not in token.classes
    return False


def _counted_people_helped_to_a_result(r: Reading) -> bool:
    """Help given to a number of people served to do something: "Help 200 students find jobs", «Помочь 200
    студентам найти работу», "帮助200名学员找到工作" — how many of them get there is the outcome, as "200
    students find jobs" is. The team's own people helped ("Help 3 engineers write the docs") do its work."""
    lead = r.lead_token
    if lead is None or "helps" not in lead.classes or not r.has_number or r.object_is_team:
        return False
    rest = r.words_after_lead
    first = r.analysis.quantities[0]
    if not rest or first.start < lead.end:
        return False  # the count comes after the verb ("Help 200 …", "帮助200名…")
    for token in rest[:5]:
        if token.pos is VERB:
            return token is not rest[0] and r.object_is_person
        if token.pos not in (NOUN, ADJ, CLASSIFIER, NUM):
            return False
    return False


_CLAUSE_BREAK = lazy_compile(r"[；;]")


def _ensures_a_clause(r: Reading) -> bool:
    """An order to ensure followed by a whole clause, a subject then its finite verb: what is ensured
    is a state of the world ("Ensure smoke tests cover the login page"), not a quality ("Ensure quality")."""
    return bool(_ensured_clause(r))


def _ensured_clause(r: Reading) -> list[Token]:
    """The clause after an order to ensure, when it is whole (a subject, then its finite verb); else none."""
    tokens = r.analysis.tokens
    if r.lead_token not in tokens:
        return []
    after = tokens[tokens.index(r.lead_token) + 1:]
    while after and (after[0].text in (",", "，") or after[0].text.lower() in ("that", "чтобы", "что")):
        after = after[1:]  # «Обеспечить, чтобы тесты покрывали …», "Ensure that …"
    rest = list(takewhile(lambda t: t.pos is not PUNCT, after))  # the clause ensured, not a note after it
    for i, token in enumerate(rest):
        if token.pos is VERB:
            relative = any(t.text.lower() in _RELATIVES for t in rest[:i])  # "… offerings where we have entities"
            finite = token.verb_form is FINITE or (token.lang == "zh" and token.verb_form is None)
            whole = i > 0 and not relative and finite and rest[i - 1].pos in (NOUN, PROPN, PRON)
            return rest if whole else []
    return []


def _judged_when_ensured(r: Reading) -> tuple[Token, ...]:
    """The judged adjectives of a state ensured: "Ensure the docs are clear", «Обеспечить, чтобы документация была
    понятной» — ensuring it leaves it a judgement, as "The docs are clear" is (not "Ensure smoke tests cover …")."""
    if r.lead is not Lead.ENSURE:
        return ()
    clause = _ensured_clause(r)
    if not clause:
        return ()
    text = r.analysis.normalized[clause[0].start:clause[-1].end]
    return read(text, r.analysis.lang).judged_state


_HIGH = frozenset({"high", "высокий", "高"})
_STANDARDS = frozenset({"standard", "bar", "стандарт", "планка", "标准"})


def _high_standard(r: Reading) -> bool:
    """"meets high quality standards", «высоким стандартам качества»: a level only called high, not set."""
    words = r.analysis.words
    return any(t.lemma in _HIGH and any(n.lemma in _STANDARDS or "quality" in n.classes for n in words[i + 1:i + 3])
               for i, t in enumerate(words))


_RELATIVES = frozenset({"where", "when", "which", "who", "whom", "whose", "if", "где", "когда", "который", "которые", "если"})


def _bound_outcome_after(r: Reading) -> bool:
    """A later clause, after a semicolon, that bounds a count or level and is no task itself: the KR
    states the outcome of its work ("…；至少 3 个试点团队完整跑通")."""
    text = r.analysis.normalized
    if not r.analysis.quantities or _CLAUSE_BREAK.search(text) is None:
        return False
    for part in _CLAUSE_BREAK.split(text)[1:]:
        part = part.strip()
        if len(part) < 6:
            continue
        clause = read(part, r.analysis.lang)
        if clause.analysis.quantities and clause.threshold and task_reason(clause) is None:
            return True
    return False


# A note in brackets: "(5,000 installs)", «(40% пользователей …)», "（一个月内40%团队开启）".
_PARENTHESES = lazy_compile(r"[(（]([^()（）]{3,80})[)）]")
_LIST_MARKS = lazy_compile(r"(?<!\d),|,(?!\d)|[，、;；/]")  # not the comma of "5,000"


def _outcome_in_parentheses(r: Reading) -> bool:
    """A note in brackets that measures what the work brings about, as "Launch X to reach 20% activation"
    says it: "Launch the editor plugin (5,000 installs)", «Запустить синхронизацию (40% пользователей
    включают её за месяц)». A note that counts the work itself ("(2 per month)", "(meet 5 candidates)"),
    a task in brackets, or a breakdown of the work's own count ("Interview 20 customers (10 enterprise,
    10 SMB)") is no outcome."""
    if len(r.analysis.quantities) == 0 or "(" not in r.analysis.normalized and "（" not in r.analysis.normalized:
        return False
    for match in _PARENTHESES.finditer(r.analysis.normalized):
        if _LIST_MARKS.search(match.group(1)):
            continue
        note = read(match.group(1), r.analysis.lang)
        # people counted in a note are mostly the work's other side ("(meet 5 candidates)", "(+200
        # attendees)"); a share of them doing something is an outcome
        shared = note.outcome_count and any(q.kind is QuantityKind.PERCENT for q in note.analysis.quantities)
        if note.analysis.quantities and (note.metric or note.people_adopt or shared) and task_reason(note) is None:
            return True
    return False


# A headline, then what it means: "Improve X: show …", "Improve UX. Hire a designer, …", "提升体验：上线…"
# (a full-width colon glued to Latin text too: "扩展：TIMEOUT、…"; not to a date or a number after it).
# Behind a lookahead on the mark it starts with: without it the engine tried each branch (a lookbehind
# first) at every character, ~7 µs a Latin or Cyrillic KR; with it ~1.5 µs, the same matches
# (tests/analysis/test_core_starts.py).
_HEADLINE_END_STARTS = r"[:：.!?。]"
_HEADLINE_END = lazy_compile(rf"(?={_HEADLINE_END_STARTS})(?:"
                             r"[:：]\s+|[:：](?=[\u4e00-\u9fff])|：(?=[A-Za-z])|(?<=[^\W\d_]{3})[.!?]\s+(?=[A-ZА-ЯЁ])|。(?=\S))")


def _spelled_out(r: Reading) -> Reading | None:
    """What follows a headline, read on its own: "Improve X: show …" → "show …"."""
    text = r.analysis.normalized
    match = _HEADLINE_END.search(text)
    lead = r.lead_token
    if match is None or lead is None or lead.end > match.start():
        return None  # the vague word must be in the headline: "P0: Sync - the app can quickly …" is one KR
    rest = text[match.end():].strip()
    if len(rest.split()) < 3 and not (r.analysis.lang == "zh" and len(rest) >= 6):
        return None
    return read(rest, r.analysis.lang)


def _task_detail(r: Reading) -> Reading | None:
    """The spelled-out part of a vague headline, when that part is not vague itself: it is the KR; so
    is the concrete work a vague aim is to be reached by ("Make X easier to evaluate by creating a
    comparison page")."""
    if r.lead in (Lead.VAGUE, Lead.REWORK):
        detail = _spelled_out(r)
        if detail is not None and not _vague(detail):
            return detail
    return _concrete_means(r) if _vague(r) or r.vague_adverb else None


def _spelled_out_after(r: Reading) -> bool:
    """A vague headline followed by the work or the state it stands for, checkable on its own; or a
    vague change whose purpose is a bar every item meets ("Improve the docs so that every page has an
    owner", «…, чтобы у каждой страницы был владелец», "改进文档，使每个页面都有负责人")."""
    detail = _spelled_out(r)
    if detail is not None and (detail.has_number or (not _vague(detail) and is_measurable_without_number(detail))):
        return True
    if detail is not None and _names_listed(detail):
        return True  # "Extend the error codes: TIMEOUT, RATE_LIMIT, NOT_FOUND": each one added or not
    aim = _purpose_clause(r)
    if aim is not None and (aim.has_number or aim.universal) and not _vague(aim) and is_measurable_without_number(aim):
        return True
    return _concrete_means(r) is not None  # "Make X easier to evaluate by creating a comparison page": made or not


# What separates the items of a list: commas, the Chinese enumeration comma, semicolons.
_LIST_SEPARATORS = lazy_compile(r"[,，、;；]")


def _names_listed(detail: Reading) -> bool:
    """Two or more short names, separated as a list and with no verb: what a headline adds or covers, each
    there or not ("TIMEOUT, RATE_LIMIT, NOT_FOUND", «SSO, вебхуки, экспорт», "鉴权错误、限流、网络错误")."""
    parts = [part.strip() for part in _LIST_SEPARATORS.split(detail.analysis.normalized) if part.strip()]
    if len(parts) < 2 or any(len(part.split()) > 4 or len(part) > 40 for part in parts):
        return False
    if _vague(detail) or detail.vague_adverb or any(comparative(t) or _JUDGED_OR_QUALITY & t.classes for t in detail.analysis.words):
        return False  # "Improve onboarding: faster, easier, nicer": directions listed, still no target
    # (jieba tags some short Chinese names verbs: "限流"; short items of a list stay names)
    return not any(t.pos is VERB for t in detail.analysis.words) or (detail.analysis.lang == "zh" and all(len(part) <= 8 for part in parts))


_JUDGED_OR_QUALITY = frozenset({"judged", "praise", "quality", "vague_adverbs"})


@kept_on_argument  # asked by _task_detail and by _spelled_out_after: kept per Reading
def _concrete_means(r: Reading) -> Reading | None:
    """The work after "by" when it makes a thing or counts its pieces, and is not vague itself."""
    means = _means_clause(r)
    if means is None or _vague(means) or means.vague_adverb or not (means.object_is_artifact or means.has_number):
        return None
    if means.routine or means.vague_frequency:
        return None  # "… by running monthly workshops": work that goes on, with no end to check
    return means if task_reason(means) is not None and is_measurable_without_number(means) else None


# English says the work that carries a vague aim after "by" and a gerund: "…, by creating a framework".
# (in a title too: "Reduce User Questions By Delivering More Guides"; a "By …" that opens the text is read by the lead)
_MEANS_OPENER = lazy_compile(r"\b(?:by|(?<=\S )By)\s+(?=[a-z]+ing\b|[A-Z][a-z]+ing\b)")


def _means_clause(r: Reading) -> Reading | None:
    """The work a change is to be reached by, read on its own: after "by" + a gerund in English, after a
    comma and a gerund in Russian («…, создав страницу сравнения»), between 通过 and the comma in Chinese."""
    text, lang = r.analysis.normalized, r.analysis.lang
    if lang == "en":
        match = _MEANS_OPENER.search(text) if "by" in text or "By" in text else None  # (\b is tried at every character)
        rest = text[match.end():].strip() if match is not None else ""
    elif lang == "ru":
        tokens = r.analysis.tokens
        gerund = next((t for i, t in enumerate(tokens) if i > 1 and t.verb_form is GERUND and tokens[i - 1].text == ","), None)
        rest = text[gerund.start:].strip() if gerund is not None else ""
    else:
        comma = min((at for at in (text.find("，"), text.find(",")) if at > 0), default=-1)
        rest = text[2:comma].strip() if text.startswith("通过") and comma > 2 else ""
    return read(rest, lang) if len(rest) >= 4 else None


# What opens a purpose that may state the bar: "so that", «чтобы», "使"/"使得" (a comma before it).
_PURPOSE_OPENERS = lazy_compile(r"\b(?:so that|So That)\b|,\s*чтобы\b|[，,]\s*使得?")


def _purpose_clause(r: Reading) -> Reading | None:
    """What follows "so that" / «чтобы» / "，使", read on its own."""
    text = r.analysis.normalized
    # (what every opener holds, told by `in`: a regex opening with \b is tried at every character, ~1.5 µs a KR)
    match = _PURPOSE_OPENERS.search(text) if "so that" in text or "So That" in text or "," in text or "，" in text else None
    if match is None:
        return None
    rest = text[match.end():].strip()
    return read(rest, r.analysis.lang) if len(rest) >= 4 else None


def _table_row(r: Reading) -> bool:
    """A KR that is a row of a table: its name, then at least two more cells (now, target, date), so
    the target has a column of its own that the name alone does not show."""
    if "|" not in r.analysis.normalized:
        return False  # one cell (most texts): no split, no list, asked twice a KR
    cells = _table_cells(r)
    return len(cells) >= 3 and all(cells[:3])


def _table_cells(r: Reading) -> list[str]:
    """The cells of a table row, in order: name, now, target, date…"""
    return [cell.strip() for cell in r.analysis.normalized.split("|")]


_FIRST_NUMBER = lazy_compile(r"\d+(?:[.,]\d+)?")
_KEEP_CELL = lazy_compile(r"(?i)^\W*(?:maintain|keep|hold|stay|сохран|поддерж|удерж|保持|维持|稳住)")


def _own_pieces_from_none_in_a_table(r: Reading) -> bool:
    """A table row (name | now | target …) whose name alone is a thing one makes or holds, with none of it now:
    "Integration tests | 0 | 40+ | Q3", «Статьи в блоге | 0 | 12», "技术文档 | 0 | 12 | 6月" — the 0 is where the count starts,
    not a zero to reach, and the pieces counted are the team's own work."""
    if not _table_row(r) or not r.zero_target:
        return False
    cells = _table_cells(r)
    if _FIRST_NUMBER.fullmatch(cells[1]) is None or float(cells[1].replace(",", ".")) != 0:
        return False
    name = read(cells[0], r.analysis.lang)
    return (name.artifact_phrase or name.event_phrase) and not (name.metric or _head_is_metric(name))


def _table_row_keeps_its_level(r: Reading) -> bool:
    """A table row of a measure (name | now | target …) whose target is the level it has now ("95%+ |
    >95%", "13/13 | 13/13") or says to keep it ("保持领先", "maintain"): no move, a level kept. A count of
    one's own things at its target ("Guides | 50 | 50") is work done, not a measure kept."""
    cells = _table_cells(r)
    name, now, target = cells[0], cells[1], cells[2]
    if _KEEP_CELL.search(target):
        return True
    if not _names_a_measure(read(name, r.analysis.lang)):
        return False
    now_number, target_number = _FIRST_NUMBER.search(now), _FIRST_NUMBER.search(target)
    return now_number is not None and target_number is not None and \
        float(now_number.group().replace(",", ".")) == float(target_number.group().replace(",", "."))


def _names_a_measure(name: Reading) -> bool:
    """A level measured, not a count: "笔记数", "Guides written", «Число гайдов» count things made."""
    text = name.analysis.normalized.lower()
    if text.endswith(_COUNT_ENDINGS) or text.startswith(_COUNT_OPENINGS):
        return False
    return name.metric or name.health_metric or _head_is_metric(name)


_COUNT_ENDINGS = ("数", "数量", "总数", "个数", "count", "number", "total")
_COUNT_OPENINGS = ("#", "number of", "count of", "total", "число", "количество", "кол-во")


def _learn_order(r: Reading) -> bool:
    """An order to learn or master something, and nothing else: "Learn Rust", «Изучить основы SQL», "掌握Go"
    (not «Изучить и внедрить Kubeflow»: the work joined to it is done or not)."""
    lead = r.lead_token
    if lead is None or lead is not r.analysis.words[0] or "know" not in lead.classes:
        return False
    after = r.words_after_lead
    # what is learnt may be a question: «Понять, почему уходят пользователи», "弄清为什么…" — its verb is
    # inside what is learnt
    question = next((i for i, t in enumerate(after) if t.text.lower() in INDIRECT_QUESTION_WORDS), len(after))
    after = after[:question]
    # a verb of work joined to it by "and" or a comma; not another verb of knowing ("熟悉并掌握"), nor a
    # verb inside what is learnt ("Understand the directions to extend SQL querying")
    return not any(t.pos is VERB and "know" not in t.classes and i > 0 and after[i - 1].pos in (CONJ, PUNCT)
                   for i, t in enumerate(after))


def _becomes_a_quality(r: Reading) -> bool:
    """"Be approachable", «Быть доступными»: becoming an adjective (a quality), not a thing or a role
    ("Be the go-to tool" names what to become)."""
    rest = r.words_after_lead
    return bool(rest) and rest[0].pos is ADJ and "superlative" not in rest[0].tags \
        and (len(rest) == 1 or rest[1].pos not in (NOUN, PROPN))


def _receives_some(r: Reading) -> bool:
    """"Attract strong candidates": what others give, as a bare plural with no number — how many is
    left out ("Get exec sign-off" and "Win the cup" name one thing that happens or not)."""
    lead = r.lead_token
    if lead is None or "receive" not in lead.classes or r.has_number:
        return False
    head = r.head
    return head is not None and "plural" in head.tags and not any(t.pos is DET for t in r.words_after_lead[:2])


def _widened_to_an_end(r: Reading) -> bool:
    """A widening verb with its end named: "to all teams", "to become the protocol of…", "на все
    регионы", "推广到所有门店", "Expand to Germany and France", "扩展到小红书和抖音". How far is not vague
    when it is "everywhere", a new role or places named: there or not at the end."""
    end = _end_widened_to(r)
    return end is not None and (any("universal" in t.classes or "become" in t.classes for t in end)
                                or _places_at_the_end(r, end))


def _end_widened_to(r: Reading) -> tuple[Token, ...] | None:
    """The words after the widening word ("to", «на», 到) that name how far, or None without one."""
    if not r.names_class("scope_to"):
        return None  # no widening word (most texts)
    rest = r.words_after_lead
    at = next((i for i, token in enumerate(rest) if "scope_to" in token.classes), None)
    return None if at is None else rest[at + 1:at + 5]


def _widened_to_places(r: Reading) -> bool:
    """Widened to places or names ("Expand the pilot to Acme and Globex", «Расширить пилот на Казань», "拓展到
    德国市场"), nothing measured before them ("Increase sales to Walmart" is sales, how much unsaid)."""
    return _places_at_the_end(r, _end_widened_to(r))


def _places_at_the_end(r: Reading, end: tuple[Token, ...] | None) -> bool:
    """`_widened_to_places`, given the end the widening word opens (`_end_widened_to`)."""
    if not end or not _places_named(end, r.analysis.lang):
        return False
    return not any(_MEASURES & t.classes for t in r.analysis.words if t.end <= end[0].start)


# Classes of a word that names a measure: what it widens is how much of it, not a place reached.
_MEASURES = frozenset({"metric", "business_metrics", "health_metrics", "quality", "value"})
# jieba's flags of a name: a place (德国), an organisation, another proper name (抖音, 小红书).
_ZH_NAME_FLAGS = frozenset({"ns", "nt", "nz", "nr"})


def _places_named(words: tuple[Token, ...], lang: str) -> bool:
    """The end is named: its first word a proper name ("Germany", «Казахстан», 德国, 抖音; in Chinese a
    capitalised Latin word, "扩展到 Dcard"), not a kind ("new markets", "更多渠道": how many?)."""
    first = next((t for t in words if t.pos is not DET), None)
    if first is None:
        return False
    if lang == "zh" and first.lang == "en":
        return first.text[:1].isupper()
    return first.pos is PROPN or (first.lang == "zh" and not _ZH_NAME_FLAGS.isdisjoint(first.tags))


def _breaks_off_at_the_result(r: Reading) -> bool:
    """The text stops right after a word that opens its result ("…, so that:", "…，使得："): the work
    is written, what it is for is not."""
    end = len(without_trailing_mentions(r.analysis.normalized))  # "…，使得： @张三 @李四": the owners come after
    words = [t for t in r.analysis.tokens if t.pos is not PUNCT and t.end <= end]
    return bool(words) and "result_connectors" in words[-1].classes


_METRIC_ITSELF = {"метрика", "metric", "指标"}


def _measure_then_what_it_times(r: Reading) -> tuple[str, ...]:
    """The words of an English measure named first, with an infinitive after it that says what is timed, priced or
    counted ("Mean time to restore service", "Cost to acquire a customer", "Average number of days to approve a
    refund"): a measure with no target, as «Среднее время восстановления сервиса» is. Empty when not so."""
    if r.analysis.lang != "en" or r.lead is not Lead.NONE:
        return ()
    words = r.analysis.words
    at = en_measure_before_infinitive(words)  # the reading's own test, which keeps the infinitive from leading
    return () if at is None else tuple(t.text for t in words[:at])


def _only_a_measure_then_what_it_times(r: Reading) -> bool:
    """An English measure then what it times, and no verb but that infinitive: "Average days to process a claim"
    names the measure and stops; "Storage needs to support the next release are determined" goes on to say
    something of it."""
    if r.analysis.lang != "en" or r.lead is not Lead.NONE:
        return False  # (as _measure_then_what_it_times asks)
    words = r.analysis.words
    at = en_measure_before_infinitive(words)
    return at is not None and not any(t.pos is VERB or "aux" in t.tags for i, t in enumerate(words) if i != at + 1)


def _head_is_metric(r: Reading) -> bool:
    """A noun phrase headed by a metric ("Средняя оценка", "Average handling time", "平均响应时间"), or by time
    counted per thing ("Minutes per review", «Часы поддержки на закрытый тикет»: a rate, as "Cost per lead" is;
    Chinese names it with a metric word, 耗时)."""
    head = r.head
    if head is None:
        return False
    # "Метрики качества в Langfuse": the word "metrics" itself names a thing to set up, not a measure
    return (head.text in _metric_words(r) and head.lemma not in _METRIC_ITSELF) or _time_per_thing(r, head)


# Units of time a rate counts before "per" («на»), and the word of each language that opens the thing counted.
_TIME_UNITS = {"en": frozenset({"second", "minute", "hour", "day", "week"}), "ru": frozenset({"секунда", "минута", "час", "часы"})}
_PER = {"en": "per", "ru": "на"}


def _time_per_thing(r: Reading, head: Token) -> bool:
    lang, words = r.analysis.lang, r.analysis.words
    if lang not in _TIME_UNITS or head.lemma.lower() not in _TIME_UNITS[lang] or head not in words:
        return False
    at = words.index(head) + 1
    while lang == "ru" and at < len(words) and words[at].pos is NOUN and "gent" in words[at].tags:
        at += 1  # «Часы поддержки на …»: whose hours
    # (per a period, "Hours per week", is time put in, effort's to judge)
    return at + 1 < len(words) and words[at].text.lower() == _PER[lang] and words[at + 1].lemma.lower() not in PERIODS


_OPENING, _CLOSING = frozenset({"(", "（"}), frozenset({")", "）"})


def _metric_in_note(r: Reading) -> bool:
    """A verbless name with the metric that measures it in a closing note: "Стабильность платформы
    (Uptime)", "Использование шаблонов (ROI)", "系统稳定性（可用率）" — a measure named, its target not written."""
    tokens = r.analysis.tokens
    if r.has_number or len(tokens) < 4 or tokens[-1].text not in _CLOSING or any(t.pos is VERB for t in tokens):
        return False
    opening = max((i for i, t in enumerate(tokens) if t.text in _OPENING), default=None)
    if not opening:
        return False
    note = [t for t in tokens[opening + 1:-1] if t.pos is not PUNCT]
    return bool(note) and all("metric" in t.classes for t in note)


def _number_without_reference(r: Reading) -> bool:
    """"Улучшить адаптацию в продукте 7%": a bare percent dangling after a noun — 7% of what, from what?"""
    if r.analysis.change is not None or len(r.analysis.quantities) != 1:
        return False
    quantity = r.analysis.quantities[0]
    if quantity.kind is not QuantityKind.PERCENT or r.lead not in (Lead.VAGUE, Lead.REWORK):
        return False
    before = [t for t in r.analysis.tokens if t.end <= quantity.start]
    after = [t for t in r.analysis.tokens if t.start >= quantity.end and t.pos is not PUNCT]
    if any(t is not r.lead_token and not _MOVES.isdisjoint(t.classes) for t in before):
        return False  # "优化排班方式，减少加班人数30%": a second verb moves a count by that share
    return bool(before) and not after and before[-1].pos is NOUN


# -- kpi-in-disguise -------------------------------------------------------------------------
def kpi_in_disguise(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    reading = _reading(objective.title, ctx)
    reason = objective_kpi_reason(reading)
    if reason is not None:
        metric = _metric_words(reading) if reason in ("metric-target", "bare-metric", "metric-move") else ()
        # Precision first: moving a metric with no number ("Increase MAU") is a KPI only half the
        # time on real OKRs; it is a suggestion (info), the other reasons are warnings.
        yield Hit(objective.title.loc, objective.path, "objective", {}, objective.title,
                  clue=_clue(reason, _lead_words(reading) + metric + _numbers(reading), reading),
                  severity="info" if reason == "metric-move" else None)
    kpi_names = [k.name for k in ctx.okr_set.kpis]
    for kr in objective.key_results:
        r = _reading(kr.title, ctx)
        kind = _kr_kpi_kind(r, kr, kpi_names, ctx)
        if kind is not None:
            reason = {"plan": "plan-fulfilment", "keep-level": "keeps-level", "hygiene": "hundred-percent-hygiene",
                      "routine": "routine-on-schedule"}.get(kind[0], kind[0])
            extra = {"plan-fulfilment": ("plan", "fulfilment"), "keeps-level": ("floor", "current_level"),
                     "hundred-percent-hygiene": ("universal", "routine"), "routine-on-schedule": ("routine",)}.get(reason, ())
            cues = _phrase_words(r, _ON_TIME | _EVERY_PERIOD) if reason == "routine-on-schedule" else ()
            yield Hit(kr.title.loc, kr.path, kind[0], kind[1], kr.title,
                      clue=_clue(reason, _lead_words(r) + _class_words(r, *extra) + cues + _numbers(r), r))


def _objective_is_kpi(r: Reading) -> bool:
    return objective_kpi_reason(r) is not None


def objective_kpi_reason(r: Reading) -> str | None:
    """Why an objective is a KPI (a reason code of the rule's rationale), or None."""
    if _lists_metric_targets(r):
        return "metric-target"  # "营收增长20%、客户满意度达到90分": key results listed as the objective
    if _beats_a_record(r) and not r.purpose:
        return "metric-target"  # "Break the quarterly sales record", «Побить рекорд продаж»: the metric past its best
    if r.lead is Lead.MAINTAIN and not r.declarative and not _keeps_no_level(r) and not r.prevents:
        # ("Keep spam off the marketplace" keeps a harm away, as "Prevent spam" does)
        return "keeps-level"  # "Maintain our market position"; not "Retain customers" (people who stay)
    if r.lead is Lead.MAINTAIN and r.declarative and keeps_level(r) and r.analysis.change is None \
            and not (r.purpose or r.beneficiary or r.has_number):
        # "The payments API stays reliable through peak season", «Касса остаётся надёжной»: a thing kept in the
        # state it is in, as "Keep checkout reliable" and 保持可靠 are ("Customers stay loyal" names people)
        return "keeps-level"
    if r.up_share_of_time and r.analysis.change is None:
        return "keeps-level"  # "Checkout is available 99.95% of the time", "结账服务99.95%的时间可用": uptime kept
    if r.lead is Lead.MAINTAIN and r.health_floor and r.analysis.change is None:
        # said as a sentence: "Checkout uptime stays above 99.9%", «Доступность … остаётся не ниже 99,9%» —
        # a health measure kept above its floor, as its verbless form «Доступность … не ниже 99,9%» is
        return "keeps-level"
    if r.plan_fulfilment:
        return "plan-fulfilment"  # "Выполнение плана продаж", "完成年度经营计划"
    if r.lead is Lead.ENSURE and r.level_quantity and r.analysis.change is None and not r.purpose:
        return "keeps-level"  # "Обеспечить надёжность хранилища 99.9%": a level ensured, not a change
    if r.lead is Lead.NONE and r.level_quantity and r.analysis.change is None and r.health_metric:
        return "keeps-level"  # "Uptime of 99.9% for all customer-facing services": a level the service keeps
    if r.lead is Lead.NONE and _head_is_metric(r) and len(r.content_words) <= 4 and not (r.purpose or r.declarative) \
            and (r.has_number or _names_business_metric(r) or r.outcome_count or r.names_class("beneficiary")
                 or "value" in r.head.classes):
        # "Net new ARR", "Revenue", "Revenue $10M", "用户满意度": the business's metric itself, or its customers',
        # even one of value; a quality or a team's own measure named alone ("效率", "Team velocity") is a
        # slogan (so-what's to judge), not a KPI
        return "metric-target" if r.has_number else "bare-metric"
    if r.lead is Lead.NONE and r.head is not None and "plan" in r.head.classes and len(r.content_words) <= 5 \
            and not (r.purpose or r.declarative) and _names_business_metric(r):
        # "Revenue target", «План по выручке», "年度营收目标": the business's plan for its own metric, named alone
        return "metric-target" if r.has_number else "bare-metric"
    if r.lead is Lead.NONE and not (r.has_number or r.purpose or r.declarative) and len(r.content_words) <= 5 \
            and _change_named(r) and _names_business_metric(r):
        return "metric-move"  # "Revenue growth", «Чистый прирост ARR»: the business's own metric moved, no number
    if _held_at_the_current_level(r) and r.analysis.change is None:
        return "keeps-level"  # "Ensure our crew can sustain today's level of output", "不低于当前水平"
    if r.analysis.change is not None and not (r.purpose or r.declarative) and not _measures_own_code(r) \
            and (r.metric or r.outcome_count or r.health_metric or r.names_class("quality") or r.names_class("value")):
        # "Improve customer satisfaction from X% to Y%", "营收从2亿到3亿": a KR as the objective (a count of spots in
        # one's own code moved, "类型断言从 4 处降至 2 处", names no measure of the business)
        return "metric-target"
    if _metric_stated_at_a_number(r) and not _measures_own_code(r):
        return "metric-target"  # "Revenue reaches $10M", «Выручка достигает 10 млн», as "销售额达到1000万"
    if (_in_normal_state(r) or _zh_runs_steadily(r)) and not (r.purpose or r.value):
        # "Payments run normally through the peak", "支付系统运行正常", "核心系统全年稳定运行": the usual state, kept
        # (a key result that runs steadily keeps it too, but a reader may still ask it for a target: the KR
        # rules read it through `keeps_somewhere`)
        return "keeps-level"
    if r.purpose or r.value or r.declarative or r.for_someone:
        return None
    if r.lead in METRIC_MOVES and not r.has_number and _names_business_metric(r) and (r.metric_object or _business_word_moved(r)) \
            and not _grows_a_team(r) and not _made_able(r):
        # ("Scale the sales team", «Увеличить отдел продаж»: hiring, not the sales; "Build a predictable sales
        # pipeline": a pipeline built to a quality, not the metric grown)
        # "Increase revenue", "提高收银系统市场占有率", "提升用户留存" (the business's own metric, even of its users);
        # moving a product metric with no number ("Reducing churn", "Ускорить активацию", "提高发布频率") is
        # an objective as often as a KPI on real OKRs: no finding. With a number it is a metric target below.
        return "metric-move"
    if r.person_metric or r.reduces_harm:
        return None  # "降低病人滞留时间", "Reduce traffic fatalities": a change people feel, not a business KPI
    if keeps_level(r) or (r.bau and r.lead not in _IMPROVES and not r.object_is_artifact):
        # "Обеспечить стабильную работу ИТ-систем", "Business as usual for the payments platform"; but
        # "Raise audit compliance", "Streamline day-to-day operations" change the usual work, and
        # "Launch the compliance dashboard" makes a thing
        return "keeps-level"
    amount = r.big_amount and r.lead in (*METRIC_MOVES, Lead.NONE)  # "Продать на 50 млн", not "X万搞定装修"
    metric_target = r.metric or r.outcome_count or amount or r.top or _people_grown_by_a_share(r)
    if r.has_number and metric_target and (r.lead is not Lead.TASK or _task_aims_at_the_business(r)) \
            and not _measures_own_code(r) and not _counts_none(r):
        # (a count of none is no level of a metric: "运行时零内存泄漏" counts what never happens)
        # "Продать бронирований на 10 млн", "Revenue $10M", "销售额达到1000万", "ТОП-50 в категории"; an order
        # to do the team's own work with a number ("Collect and process millions of repositories") is an
        # activity (so-what's to judge), not the business's KPI
        return "metric-target"
    return None


_IMPROVES = (Lead.INCREASE, Lead.DECREASE, Lead.VAGUE, Lead.REWORK)


def _grows_a_team(r: Reading) -> bool:
    """The thing moved is a team of the business ("the sales team", «отдел продаж», 销售团队), not its
    metric: "Increase sales" moves sales, whose word also names the team."""
    return r.head is not None and "teams" in r.head.classes and "business_metrics" not in r.head.classes


# A record set or broken: the best level so far, passed ("record" after the verb, not "Record 10 demos").
_RECORD_VERBS = frozenset({"break", "beat", "set", "smash", "surpass", "побить", "установить", "обновить", "превзойти",
                           "打破", "刷新", "创", "创下", "创造"})
_RECORD_NOUNS = frozenset({"record", "рекорд", "纪录", "新高", "新纪录"})


@kept_on_argument  # asked by task-not-outcome and unmeasurable of every text
def _beats_a_record(r: Reading) -> bool:
    """"Break the quarterly sales record", «Побить рекорд продаж», "打破季度销售纪录", "月销售额创历史新高"; or a
    superlative of all time: "our highest rating ever", «лучшая оценка за всю историю», "历史最高评分"."""
    if _best_of_all_time(r):
        return True
    words = r.analysis.words
    verb_at = next((i for i, t in enumerate(words) if t.lemma.lower() in _RECORD_VERBS), None)
    if verb_at is None or words[verb_at + 1:verb_at + 2] and words[verb_at + 1].text.lower() in _PARTICLES:
        return False  # "Set up a record of decisions": a phrasal verb, the record a log
    return any(t.lemma.lower() in _RECORD_NOUNS and (i + 1 == len(words) or words[i + 1].text.lower() != "of")
               for i, t in enumerate(words) if i > verb_at)


_PARTICLES = frozenset({"up", "out", "off", "down", "aside"})


def _best_of_all_time(r: Reading) -> bool:
    """A superlative of a measure beside words of all time ("best … to date", "highest … ever", «лучшая … за всю
    историю», 历史最高): the level past its best so far, a record to beat."""
    text = r.analysis.lowered  # "Our Highest Rating Ever": the words are looked for in any case
    if not ("ever" in text or "date" in text or "time" in text and "all" in text or "history" in text or "истори" in text
            or "когда" in text or "历史" in text or "有史" in text) or _ALL_TIME.search(text) is None:
        return False  # no word of all time (most texts): substring searches in C, before any word is looked at
    # of a measure: "the best docs ever" are a thing made
    return r.metric and any(t.text.lower().startswith(_SUPERLATIVES) for t in r.analysis.words)


# Superlatives as written (lemmas lose them: "best" is "good", «лучшей» is «хороший»), by their start
_SUPERLATIVES = ("best", "highest", "lowest", "fastest", "biggest", "largest", "лучш", "высш", "максимальн",
                 "рекордн", "最高", "最佳", "最好", "最低", "最快", "最大")
# (each match of _ALL_TIME holds one of the words _best_of_all_time looks for first; "all time" both "all" and "time",
# so "response time" alone is no reason to search: ~3.5 µs)
_ALL_TIME = lazy_compile(r"(?i)\b(?:ever|to date|all[- ]time|in our history)\b|за всю историю|в истории|когда-либо|历史|有史以来")


def _people_grown_by_a_share(r: Reading) -> bool:
    """Customers or users moved by a share: "Grow new users by 30%", "Increase paying customers 25%" —
    their number is the metric, as "Grow the number of new users by 30%" says. With no number, the bare
    growth of a count of people, or of their base ("Grow users", "Scale our user base", as «Увеличить число
    пользователей» and "增长用户" say): the number is still all that changes."""
    if r.lead not in METRIC_MOVES:
        return False
    moved = next((t for t in r.words_after_lead if t.pos is not ADJ and t.pos is not DET), None)
    if moved is None or moved.pos is not NOUN or "outcome_units" not in moved.classes:
        return False
    if any(q.kind in (QuantityKind.PERCENT, QuantityKind.RATIO) for q in r.analysis.quantities):
        return "plural" in moved.tags
    if r.has_number or r.value or r.for_someone or r.purpose or r.lead_token is None or "increase" not in r.lead_token.classes:
        return False
    rest = r.words_after_lead[r.words_after_lead.index(moved) + 1:]
    # nothing after the people but their base: "Grow users", "Grow our user base"
    return not rest and "plural" in moved.tags or [t.lemma for t in rest] == ["base"]


# The marks between the targets of a list: "营收增长20%、满意度90分", "Grow ARR 30%; cut churn to 3%".
_TARGET_LIST_MARKS = lazy_compile(r"[，、;；]|,(?!\d)")


def _lists_metric_targets(r: Reading) -> bool:
    """An objective that is two or more metric targets in a row, each a measure and its number: key
    results written as the objective, whatever each moves (a harm cut by 50% among them too)."""
    if r.purpose or not r.has_number or not _TARGET_LIST_MARKS.search(r.analysis.normalized):
        return False
    parts = [part.strip() for part in _TARGET_LIST_MARKS.split(r.analysis.normalized) if part.strip()]
    if len(parts) < 2:
        return False
    readings = [read(part, r.analysis.lang) for part in parts]
    return all(p.has_number and (p.metric or p.outcome_count) for p in readings)


def _counts_none(r: Reading) -> bool:
    """Every number of the text is a zero: "解析器运行时零内存泄漏", "Zero open P0 bugs" (a doubling has a number but no zero)."""
    quantities = r.analysis.quantities
    return bool(quantities) and all(q.value == 0 for q in quantities)


# Words for the team's own code: a measure of it is the team's engineering, not the business's.
_CODE_WORDS = frozenset({"code", "codebase", "код", "кодовый", "代码", "代码库", "源码"})
_OF_WORDS = frozenset({"of", "the", "our", "its"})


@kept_on_argument  # asked by up to three branches of objective_kpi_reason
def _measures_own_code(r: Reading) -> bool:
    """Every measure named is one of the team's own code: "Cut the parser's code size by 30%", «Сократить объём кода
    парсера на 30%», "解析器代码量减少30%" — how much code the team keeps is its engineering, as a count of spots
    in its code is; no KPI of the business ("Cut cloud costs by 30%" names one)."""
    if not r.names_class("metric") or r.outcome_count or r.names_class("business_metrics"):
        return False
    words = r.analysis.words
    measures = [i for i, t in enumerate(words) if "metric" in t.classes]

    def next_to_code(i: int) -> bool:
        before = [t for t in words[max(0, i - 2):i] if t.lemma.lower() not in _OF_WORDS][-1:]
        after = [t for t in words[i + 1:i + 4] if t.lemma.lower() not in _OF_WORDS][:1]
        return any(t.lemma.lower() in _CODE_WORDS for t in before + after)

    return all(next_to_code(i) for i in measures)


def _metric_stated_at_a_number(r: Reading) -> bool:
    """A sentence whose subject is a measure or a count of customers, and whose verb takes it to a number
    right after it: "Revenue reaches $10M", «Выручка достигает 10 млн рублей», "Paying customers reach
    5,000" — the metric target "销售额达到1000万" is, said as a sentence. A span of time is no level
    ("Customers get a lawyer's answer within 1 day" is a change for them), nor is a purpose or a value."""
    lead = r.lead_token
    stated = r.declarative or r.analysis.lang == "zh"  # Chinese states it with no mark: "营收达到五千万"
    if not stated or lead is None or r.lead not in (Lead.REACH, Lead.INCREASE, Lead.DECREASE) or r.purpose or r.value:
        return False
    words = r.analysis.words
    if lead not in words:
        return False
    at = words.index(lead)
    subject = words[:at]
    if not subject or not any({"metric", "business_metrics", "outcome_units"} & t.classes for t in subject):
        return False
    after = [t for t in r.analysis.tokens if t.start >= lead.end][:3]
    levels = [q for q in r.analysis.quantities if q.kind is not QuantityKind.DURATION]
    return any(q.start <= t.start < q.end for q in levels for t in after)


def _change_named(r: Reading) -> bool:
    """A noun of change in a verbless name: "growth", «прирост», "增长"."""
    return any(t.verb_form is ACTION_NOUN and ("increase" in t.classes or "decrease" in t.classes) for t in r.analysis.words)


def _task_aims_at_the_business(r: Reading) -> bool:
    """An order whose number is the business's: a count of customers or deals, a money or market
    metric, or a share ("Start charging … for a $100K increase in ARR", "Fill stands to 90% capacity")."""
    return r.outcome_count or _names_business_metric(r) or any(
        q.kind in (QuantityKind.PERCENT, QuantityKind.CURRENCY, QuantityKind.RATIO) for q in r.analysis.quantities)


def _business_word_moved(r: Reading) -> bool:
    """A business metric right after the moving verb, whatever its tag: jieba tags 留存 a verb; or, in an
    English compound headed by the change ("Revenue growth"), before it."""
    if any("business_metrics" in t.classes for t in r.words_after_lead[:4]):
        return True
    lead, words = r.lead_token, r.analysis.words
    if lead is None or lead.verb_form is not ACTION_NOUN or lead not in words or lead is words[0]:
        return False
    return any("business_metrics" in t.classes for t in words[:words.index(lead)])


def _names_business_metric(r: Reading) -> bool:
    """The business's own money or market metric: "revenue", "долю рынка", "市场占有率" (zh compounds by their end)."""
    lang, lex = r.analysis.lang, lexicon()
    if any("business_metrics" in t.classes or (lang == "zh" and lex.has_suffix("zh", "business_metrics", t.lemma))
           for t in r.analysis.words):
        return True
    return mentions(r.analysis, phrases_of(lex.get(lang, "business_metrics")))  # "market share"


def _kr_kpi_kind(r: Reading, kr: KeyResult, kpi_names: list[Text], ctx: CheckContext) -> tuple[str, dict] | None:
    if r.analysis.change is not None:
        return None  # a move from one level to a better one is an OKR
    if r.plan_fulfilment:
        return "plan", {}
    if keeps_level(r):
        return "keep-level", {}
    if ctx.options.get("hundred-percent-hygiene", True) and is_hygiene(r):
        if not (r.hundred_percent or (r.universal and _every_item(r))) and _on_time_every_period(r):
            return "routine", {}  # "Payroll is paid on time every month": no share, the usual duty itself
        return "hygiene", {}  # "100% карточек товара оформлено", "All filings submitted on time"
    for name in kpi_names:
        if share_of(read(name.value, ctx.okr_set.lang), r) >= 0.6:  # most of the KPI's words are in the KR
            return "repeats-kpi", {"kpi": name.value}
    return None


# -- so-what ---------------------------------------------------------------------------------
def so_what(objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    if objective.why is not None:
        return
    r = _reading(objective.title, ctx)
    kind = so_what_kind(r)
    if kind is not None:
        words = _lead_words(r) + (_metric_words(r) + _numbers(r) if kind == "metric" else ())
        reason = {"metric": "bare-metric", "activity": "bare-activity", "slogan": "slogan"}[kind]
        yield Hit(objective.title.loc, objective.path, kind, {}, objective.title, clue=_clue(reason, words, r))


def _own_team_at_work(r: Reading) -> bool:
    """The owner's own team, or "we", doing its own work: "Our team ships a major release", «Команда выпускает
    релиз», "团队发布新版本" — an activity told as a sentence, as "Ship a major release" is, with no one it serves."""
    if r.lead is not Lead.TASK or r.beneficiary or r.value or r.lead_token not in r.analysis.words:
        return False
    words = r.analysis.words
    at = words.index(r.lead_token)
    # the subject's head: Russian names it first («Каждый релиз команды …»: the release), English and Chinese last
    nouns = [t for t in words[:at] if t.pos in (NOUN, PROPN, PRON)]
    subject = (nouns[0] if r.analysis.lang == "ru" else nouns[-1]) if nouns else None
    if subject is None:
        return False
    if subject.lemma.lower() in _WE:
        return True  # "We migrate …", «Мы запускаем …», "我们上线…"
    if not ({"teams", "leaders"} & subject.classes):
        return False  # "团队经验可持续积累": the team's experience, not the team at work
    # (teams in the plural are most often the ones served: "Platform teams register their tools", unless ours)
    ours = any(t.lemma.lower() in _OURS for t in words[max(0, at - 3):at])
    return ours or not ("plural" in subject.tags or "plur" in r.lead_token.tags)


# The owner speaking of itself as the subject ("we", «мы», 我们) and as the owner of a team ("our", «наш»).
_WE = frozenset({"we", "мы", "我们", "咱们"})
_OURS = frozenset({"our", "наш"})


def _makes(r: Reading) -> bool:
    return r.lead_token is not None and r.lead_token.lemma in lexicon().get(r.analysis.lang, "make")


# What a system can do: building one is making a feature ("建立…导航能力"), not growing a quality.
_CAPABILITY = ("能力", "capability", "capacity", "возможность")


def _builds_quality(r: Reading, listed: bool = False) -> bool:
    """An order whose object is a quality: "建立专业影响力", "Build our technical influence" grow it.
    `listed`: only a quality the lexicon names, not one told by its ending ("responsibilities")."""
    if r.lead is not Lead.TASK or r.lead_token not in r.analysis.words or "assesses" in r.lead_token.classes:
        return False  # "Quantify the accuracy of our geocoding": the quality is examined, not grown
    head = _head_acted_on(r)
    if head is None or head.lemma.endswith(_CAPABILITY):
        return False
    return listed_quality(head, r.analysis.lang) if listed else is_quality(head, r.analysis.lang)


def _head_acted_on(r: Reading) -> Token | None:
    """The head of what the predicate acts on, in its clause: Chinese puts it last ("建立团队在社区的专业
    影响力，…"), English and Russian first. None after a gerund ("Finish removing stale knowledge from
    the cache": what follows is the gerund's object)."""
    tokens = r.analysis.tokens
    if r.lead_token not in tokens:
        return None
    after = list(takewhile(lambda t: t.pos is not PUNCT, tokens[tokens.index(r.lead_token) + 1:]))
    if not after or (after[0].pos is VERB and after[0].verb_form is GERUND):
        return None
    return after[-1] if r.analysis.lang == "zh" else head_noun(after, r.analysis.lang)


def _reworks_a_measure(r: Reading) -> bool:
    """A verb of reworking whose object is a measure or a quality, with no number: "Optimize cloud
    costs", «Оптимизировать затраты на облако», "优化图表模块绘制效率" — a measure to make better with no
    target (unmeasurable's to judge), as "Improve …" is; reworking a thing ("优化面试流程", "Streamline
    the approval process") is a project."""
    if r.lead is not Lead.REWORK or r.has_number:
        return False
    head = _head_acted_on(r)
    return head is not None and ("metric" in head.classes or is_quality(head, r.analysis.lang))


def _value_attribute(r: Reading) -> bool:
    """A value word that describes the head of a noun phrase: an adjective ("Happy customers",
    «Бесшовная оплата»), or in Chinese any value word before the head ("无缝结账", jieba's 无缝/n)."""
    words = r.analysis.words
    if r.analysis.lang == "zh":
        return any("value" in t.classes for t in words[:-1])
    return _value_adjective(words)


def _value_adjective(words: Iterable[Token]) -> bool:
    """An adjective of value among `words`: "happy", «удобное», "delightful"."""
    return any(t.pos is ADJ and "value" in t.classes for t in words)


def _valued_as_made(r: Reading) -> bool:
    """The thing made is described by what it is worth to its users: "Build a delightful mobile app",
    «Создать удобное приложение», "world-class": an adjective of value, not a topic ("happiness polls")."""
    return _value_adjective(r.words_after_lead) or r.value_phrase


def _names_its_quality(r: Reading) -> bool:
    """The objective opens with a verb that names the better quality it brings to what follows it;
    not a metric's move ("Accelerate revenue growth", "加速营收增长": the growth is the point)."""
    words, lead = r.analysis.words, r.lead_token
    if lead is None or lead is not words[0] or len(words) < 2 or "quality_verbs" not in lead.classes:
        return False
    return not any("increase" in w.classes or "business_metrics" in w.classes for w in words[1:])


def _made_a_quality(r: Reading) -> bool:
    """"Make checkout fast and painless", «Сделать онбординг простым и понятным», "让入职流程简单清晰": the
    thing is made to have a quality people feel, said by an adjective — as "Simplify onboarding" says it
    with a verb. Not an adjective of no quality ("Make onboarding mandatory")."""
    words, lead = r.analysis.words, r.lead_token
    if lead is None or lead not in words or not _makes(r) or r.has_number:
        return False
    # jieba tags some Chinese adjectives of manner as adverbs ("让结账变得快速")
    kinds = (ADJ, ADV) if r.analysis.lang == "zh" else (ADJ,)
    return any(t.pos in kinds and ("judged" in t.classes or "value" in t.classes) and "praise" not in t.classes
               for t in words[words.index(lead) + 1:])  # but "Make the demo good" only praises


def _quality_of_something(r: Reading) -> bool:
    """The quality is said of something: three words or more ("Improve the scheduler's scalability"),
    or a Chinese compound that names its owner before the quality ("产品质量", product quality).
    "Повысить эффективность", "提升效率" alone name no owner: a slogan (a deadline names none either)."""
    words = r.content_words
    if len(words) >= 3:
        return True
    lex = lexicon()
    return r.analysis.lang == "zh" and any("quality" in t.classes and not lex.has("zh", "quality", t.lemma) for t in words)


def _headed_by_a_change(r: Reading) -> bool:
    """«Повышение лояльности покупателей», "Customer satisfaction improvement", "Growth of revenue": a heading
    whose noun of action names a change says what «Повысить лояльность покупателей» says, and is judged as
    it is — whose satisfaction, what quality — not as a bare name."""
    token = r.lead_token
    return token is not None and token.verb_form is ACTION_NOUN and r.lead in _CHANGES_A_HEADING_NAMES


_CHANGES_A_HEADING_NAMES = (*METRIC_MOVES, Lead.VAGUE)


# A sentence ends and another follows: a full stop, a space and a capital letter (not the stop in "3.5" or in a
# reference such as «(см. #123)»), or a Chinese full stop with more words after it (not a closing quote or "**").
_NEXT_SENTENCE = lazy_compile(r"[.!?](?=\s+[\"«“(]?[A-ZА-ЯЁ])|[。！？](?=\s*\w)")


def _a_life_described(r: Reading) -> bool:
    """Several sentences that picture one's own life, naming a part of it: «Спокойная семейная жизнь. Выходные — для
    увлечений», "A calm family life. Weekends are for hobbies", "家庭生活和睦。周末留给爱好" — a personal vision, whose
    value is the life it pictures, whatever numbers it holds; a heading alone («Спорт и отдых») is a topic.
    (The lexicon's `life_domains` leave out «брак»: it is also the defects of a production line.)"""
    return r.names_class("life_domains") and _NEXT_SENTENCE.search(r.analysis.text.strip()) is not None


def so_what_kind(r: Reading) -> str | None:
    """Why the objective answers no "so what?": a bare metric, an activity, or a slogan; None if it does."""
    if r.purpose or _zh_later_clause_names_the_change(r) or _becomes_something_after_the_work(r) or _a_life_described(r):
        return None
    if r.plan_fulfilment:
        return "metric"  # "Support achieves the renewals plan", "完成年度经营计划": a plan met is a number, not a change
    if _lists_metric_targets(r):
        return "metric"  # "营收增长20%、客户满意度达到90分": numbers listed, no change for anyone named
    if _metric_stated_at_a_number(r):
        return "metric"  # "Revenue reaches $10M", «Выручка достигает 10 млн»: a number stated as a sentence is still a number
    if _beats_a_record(r):
        return "metric"  # "Break the quarterly sales record", 打破季度销售纪录: a number beyond the best so far
    if _deliverable_stated_done(r):
        return "activity"  # "会员体系上线", "New member center launched": a thing shipped, whoever it is named after
    if (r.declarative and not _own_team_at_work(r)) or r.for_someone:
        return None
    if r.knows and r.lead is Lead.NONE and not r.has_number:
        return None  # "学会西班牙语" (no verb tagged), as "Learn Spanish": a skill grown
    if r.race_result or r.grade_reached:
        return None  # "Run a marathon under 4 hours", "Get an A in the physics exam": one's own performance, its own value
    if len(r.content_words) <= 1:  # "Wellbeing", "Availability", "Рост", "增长": a word is not a direction
        return "metric" if r.metric or r.has_number else "slogan"
    if not r.has_number and _made_able(r):
        # (before the noun phrases: jieba tags 建设 a noun of action, "建设可扩展的客服平台" is still the order)
        return None  # "Build a predictable sales pipeline", «масштабируемую систему», "可持续的客服体系": what it can do is the value
    if _less_harm_named(r) and not r.has_number:
        return None  # "Less burnout after releases", «Меньше выгорания», "更少的加班": a harm lessened is felt by people
    if r.noun_phrase and not _headed_by_a_change(r):  # "Uptime", "Надёжность платёжного сервиса", "Net new ARR"
        if r.value_phrase:
            return None  # "Сервис поддержки мирового уровня", "世界一流的客服": the level of service is the value
        if _value_attribute(r) and not (r.has_number or r.metric):
            return None  # "Happy customers", «Бесшовная оплата», "无缝结账": the state people want ("代码健康度" is a measure)
        if r.metric or r.has_number:
            return "metric"
        if r.lead_token is not None and r.object_is_community:
            return None  # "发展开发者社区" (jieba's 发展/vn): a community grown is people gathered
        return "activity" if r.lead_token is not None else "slogan"
    if r.knows and not r.has_number:
        return None  # "深入理解rust语言", "Master Go", "Освоить Kubernetes": knowledge or a skill grown
    if r.object_is_community and (r.lead in (Lead.TASK, Lead.REWORK)
                                  or (r.lead in (Lead.VAGUE, Lead.INCREASE) and not r.has_number)):
        # ("Grow the maker community to 10,000 members": its size, a number)
        return None  # "建立活跃的设计师社区", "Собрать живое community", "发展开发者社区": people gathered, not a deliverable
    if _builds_a_foundation(r):
        return "activity"  # "Build a reliable event-driven architecture", «надёжную инфраструктуру», "稳定可靠的基础设施"
    # (a value only examined names none: "Measure the value partners bring", «Оценить ценность …», "评估…价值")
    examined = r.lead_token is not None and "assesses" in r.lead_token.classes
    if r.value and not examined and not (r.lead is Lead.TASK and r.object_is_artifact and not _valued_as_made(r)):
        return None  # but "Run monthly team happiness polls" makes polls: an activity
    if (r.person_metric or r.reduces_harm) and (r.lead in METRIC_MOVES or r.prevents) or r.escapes_harm:
        # "降低病人滞留时间", "Reduce traffic fatalities", "减少客户投诉", "Prevent payment fraud", "Get out of debt": a
        # change people feel
        return None
    if r.quality and not r.has_number and _quality_of_something(r) and not r.value_for_a_thing and (
            r.lead in (Lead.INCREASE, Lead.DECREASE, Lead.VAGUE, Lead.ENSURE) or _builds_quality(r)):
        # a quality *of something*, even beside a metric ("提升系统的准确率和稳定性"); "Повысить
        # эффективность" alone is a slogan
        return None  # "Improve the job scheduler's scalability", "提高支付系统的可靠性", "Build our technical influence": a quality is a value
    if (_names_its_quality(r) or _made_a_quality(r)) and not r.has_number:
        return None  # "Stabilize the billing service", "Упростить онбординг", "简化入职流程": made stable, simpler, faster
    if r.best and not r.has_number and (r.lead is not Lead.NONE or any(t.text == "是" for t in r.analysis.words)):
        # "Run the most efficient permit office in the state", "Создать лучший сервис
        # доставки", "打造最优秀的学习小组": to be the best is a position, like "become"
        return None
    if _makes(r) and (r.object_is_person or r.object_is_team) and not r.has_number:
        # "让销售团队把更多时间花在客户身上", "Let the sales team spend more time with customers": people made
        # able to act are who the change is for, whatever measure ("时间") their act names
        return None
    metric_target = (r.metric or r.outcome_count) and (r.has_number or r.lead in METRIC_MOVES or r.lead in (Lead.NONE, Lead.VAGUE)) \
        or _people_grown_by_a_share(r)  # "Grow new users by 30%": their number is the metric
    if metric_target or (_reaches_a_business_state(r) and not r.beneficiary):
        return "metric"  # "Grow revenue"; "Become profitable", «Выйти на безубыточность», "实现盈亏平衡": the business's result only
    helped = r.lead_token is not None and "helps" in r.lead_token.classes and _people_enabled_to_act(r)
    if (r.lead is Lead.CAUSATIVE or _makes(r)) and (r.beneficiary or r.value or helped):
        # "Help hiring managers sign candidates", "让新客户感受到价值", "Make v2.0 the release people upgrade to";
        # whoever is helped to act is the beneficiary, listed or not ("Help small shops sell online"), but
        # what is made to do something need not be ("使系统达到成功")
        return None
    if r.beneficiary and r.lead not in (Lead.TASK, Lead.REWORK) and not r.people_only_say_which:
        return None  # "Solve big data problems for the largest banks" (not "Improve the developer newsletter")
    if r.beneficiary and not r.has_number and r.lead_token is not None and _spends_time(r):
        return None  # "Spend more time with my family", «Проводить больше времени с семьёй»: the time with them is the value
    if not r.has_number and (r.lead is Lead.BECOME or (r.lead is Lead.REACH and (r.named or r.wins) and not r.value_for_a_thing)):
        # (what "Add value to the Acme product" reaches is value for a product, not a prize the name tells)
        return None  # "Стать лидером в enterprise-сегменте", "Выиграть Инди 500", "赢得区域冠军": a position or prize to win
    if _gives_people_something(r):
        return None  # "Give sales reps their time back", «Вернуть продавцам их время», "把时间还给销售人员"
    if _frees_people(r):
        return None  # "Free support agents from manual routing", «Освободить врачей от бумажной работы», "让医生摆脱文书工作"
    if r.lead in (Lead.TASK, Lead.ENSURE) and not r.has_number and any(names_a_quality(t, r.analysis.lang) for t in r.words_after_lead):
        return None  # "Ensure payments are secure", "Build a high-performance lead engine", «точные отчёты», "确保数据准确"
    if r.lead in (Lead.TASK, Lead.REWORK, Lead.ONGOING) and _done_in_a_valued_way(r):
        return None  # "Handle payment failures gracefully", «Выпускать релизы надёжно», "可靠地交付功能": how well it goes
    if r.lead in (Lead.TASK, Lead.REWORK, Lead.ENSURE, Lead.ONGOING) or r.completion:
        return "activity"
    if r.has_number:
        return "metric"
    return "slogan"


# Chinese commas that chain clauses: "做A，提升B" puts the result after the work.
_ZH_CLAUSE_COMMA = lazy_compile(r"[，,；;]")


def _zh_later_clause_names_the_change(r: Reading) -> bool:
    """Chinese chains the work and what it brings with a comma: "建立分享机制，提升团队战斗力" (set up sharing, to
    raise the team's strength) — a later clause that moves a quality or a value for someone answers "so what?"
    for the whole objective, as "…, to …" does in English. A later clause of more work ("上线新系统，完成数据迁移")
    answers nothing."""
    if r.analysis.lang != "zh" or r.lead is not Lead.TASK:
        return False
    later = [read(c.strip(), "zh") for c in _ZH_CLAUSE_COMMA.split(r.analysis.normalized)[1:] if c.strip()]
    return any(clause.lead in (Lead.INCREASE, Lead.DECREASE, Lead.VAGUE) and so_what_kind(clause) is None
               for clause in later)


# Verbs of becoming something (not the copula): "become", «стать», 成为.
_BECOMING = frozenset({"become", "стать", "становиться", "成为"})
# What joins the work to the next clause: a comma, a dash, "and", «и», 并.
_CLAUSE_JOINS = frozenset({",", "，", "—", "–", "-", "and", "и", "并", "并且", "从而"})


def _becomes_something_after_the_work(r: Reading) -> bool:
    """The work, then what the team becomes by it: "Launch the mobile app, becoming the default booking tool for
    clinics", «…, став основным инструментом записи», "上线移动端，成为诊所首选的预约工具" — a position to take,
    as "Become the default tool" is on its own, answers "so what?" for the whole objective."""
    if r.lead_token is None or r.lead_token not in r.analysis.tokens:
        return False
    tokens = r.analysis.tokens
    after = tokens[tokens.index(r.lead_token) + 1:]
    return any(t.lemma.lower() in _BECOMING and after[i - 1].text.lower() in _CLAUSE_JOINS
               and _names_a_position(after[i + 1:i + 6], r.analysis.lang) for i, t in enumerate(after) if i)


def _names_a_position(words: list[Token] | tuple[Token, ...], lang: str) -> bool:
    """What one becomes is a thing named ("the default tool", «основным инструментом», 首选的工具), not a state
    ("become compliant")."""
    if lang == "en":
        return bool(words) and words[0].pos is DET
    if lang == "ru":
        return any(w.pos is NOUN and "ablt" in w.tags for w in words)
    return any(w.pos in (NOUN, PROPN) for w in words)


# Classes of an adjective that names how well a thing is done: reliable, efficient, smooth, stable.
_QUALITY_OF_THE_WORK = frozenset({"judged", "value", "able", "maintain"})


_LESS = frozenset({"less", "fewer", "меньше", "更少", "少"})


def _less_harm_named(r: Reading) -> bool:
    """A verbless objective opened by "less" before a harm: "Less emotional exhaustion after meetings", «Меньше
    выгорания в команде», "更少的加班" — what hurts people, lessened, as "Reduce burnout" is."""
    words = r.analysis.words
    return bool(words) and (words[0].lemma.lower() in _LESS or words[0].text.lower() in _LESS) \
        and any("harm" in t.classes for t in words[1:4])


def _done_in_a_valued_way(r: Reading) -> bool:
    """The work, its object, and an adverb of how well it goes: "Handle payment failures gracefully", "Run the
    platform more efficiently", «Выпускать релизы надёжно», "可靠地交付功能" — a quality of the service people
    get, as "Make search fast" names one. With no object ("Работать эффективнее") it is of nothing named."""
    lead, words = r.lead_token, r.analysis.words
    if lead is None or r.has_number or lead not in words:
        return False
    lead_at = words.index(lead)
    manner = [t for at, t in enumerate(words) if at != lead_at and _adverb_of_manner(words, at, lead_at)]
    if not manner:
        return False
    known = lexicon().classes_of.get(r.analysis.lang, {})
    # (praise alone says nothing of how it goes: "Effectively operate …", "有效参与…")
    valued = any(_QUALITY_OF_THE_WORK & classes and "praise" not in classes
                 for t in manner for classes in (known.get(base, frozenset()) for base in adjectives_of_adverb(t)))
    return valued and any(t.pos in (NOUN, PROPN, X) for t in r.content_words if t is not lead and t not in manner)


def _adverb_of_manner(words: list[Token], at: int, lead_at: int) -> bool:
    """The word at `at` is an adverb (English, Russian), or a Chinese adjective right before the verb at `lead_at`
    or before its 地 (an adjective of 可 and a verb, what a thing can undergo, only before 地: "可验证导航" is
    navigation that can be verified)."""
    token = words[at]
    if token.lang != "zh":
        # (before an adjective it says how much of it: "positively impactful")
        return token.pos is ADV and not (at + 1 < len(words) and words[at + 1].pos is ADJ)
    right_before = at + 1 == lead_at and not token.text.startswith("可")
    return token.pos in (ADJ, ADV) and (right_before or (at + 2 == lead_at and words[at + 1].text == "地"))


def _deliverable_stated_done(r: Reading) -> bool:
    """A thing made, said to be shipped: "会员体系上线" (the membership system goes live), "New member
    center launched" — an activity's end, no value for anyone, even when people name the thing."""
    if not r.completion or r.has_number or task_reason(r) != "completion-state":
        return False
    # shipped (上线, launched) as the predicate, not usable (可用: a capability people get)
    words = r.analysis.words
    if r.vague_adverb:
        return False  # "Ship faster", "更快交付": how the shipping should go, a quality of the work, not a thing shipped
    if r.analysis.lang == "zh":
        return bool(words) and "delivers" in words[-1].classes and not r.names_class("causative")
    return any("delivers" in t.classes and t.verb_form is PARTICIPLE for t in words)


def _spends_time(r: Reading) -> bool:
    """A verb of putting one's own time in: "spend", "投入", or Russian «проводить время» (alone,
    «проводить» conducts meetings)."""
    lead = r.lead_token
    return "spend" in lead.classes or (lead.lemma in ("проводить", "провести") and any(t.lemma == "время" for t in r.analysis.words))


def _gives_people_something(r: Reading) -> bool:
    """People given something that is no thing made: what they get is the value ("Give every customer
    a dedicated manager"); "Give the board a monthly report" hands over a deliverable."""
    if not r.names_class("gives") or r.has_number:
        return False  # (most texts: one set test)
    words = r.analysis.words
    people = r.beneficiary or any("staff" in t.classes for t in words)  # "sales reps", «продавцам»
    return people and not any("artifacts" in t.classes or "events" in t.classes for t in words)


def _frees_people(r: Reading) -> bool:
    """People freed from a burden: the relief is the change for them, as time given back is ("Free doctors from
    paperwork", «Освободить врачей от бумажной работы»); "Free up disk space" frees no one."""
    lead = r.lead_token
    if lead is None or "relieves" not in lead.classes or r.has_number:
        return False
    return r.object_is_person or r.beneficiary or any("staff" in t.classes for t in r.words_after_lead[:4])


# A technical base the team builds under its products: built to a quality ("reliable", "scalable") it is still the
# team's own project, with no value for anyone named (a pipeline, channel or platform people use is one).
_FOUNDATIONS = frozenset({"architecture", "foundation", "infrastructure", "backbone", "архитектура", "инфраструктура",
                          "фундамент", "架构", "技术架构", "基础设施", "底座", "基建"})


def _builds_a_foundation(r: Reading) -> bool:
    """An order to make a technical base, however good ("Build a reliable event-driven architecture", «Построить
    масштабируемую архитектуру», "搭建稳定可靠的基础设施"), with nobody it serves and no number: a project."""
    made = _thing_made(r, 5)
    return made is not None and not (r.has_number or r.beneficiary) and any(t.lemma.lower() in _FOUNDATIONS for t in made)


def _thing_made(r: Reading, reach: int) -> list[Token] | None:
    """The first `reach` words after the order to make, up to a preposition ("… with enforceable rules" is no
    part of the thing); None when nothing is ordered made."""
    order = _order_to_make(r)
    if order is None:
        return None
    after = r.analysis.words[r.analysis.words.index(order) + 1:]
    return list(takewhile(lambda t: t.pos is not ADP, after[:reach]))


def _order_to_make(r: Reading) -> Token | None:
    """The verb that orders a thing made: the predicate of a task, or a verb of making that opens the text
    even where a change after it was read as the predicate ("Build a predictable sales pipeline": building
    a pipeline is growing it; "形成可预测的付费转化周期": jieba's 转化 is a verb)."""
    if r.lead is Lead.TASK and r.lead_token in r.analysis.words:
        return r.lead_token
    first = r.analysis.words[0] if r.analysis.words else None
    if first is not None and first.pos is VERB and "creates" in first.classes and "increase" not in first.classes:
        return first
    return None


def _made_able(r: Reading) -> bool:
    """The thing made is described by what it can do or bear: "predictable", "scalable", "sustainable",
    «предсказуемый», «масштабируемый» (Russian -емый/-имый: the passive present),
    "可预测的", "可扩展的" (Chinese 可 with a verb, one adjective in the dictionary) — the quality a better system brings, as
    "Improve its scalability" names it. Said before the thing, right after the order to make it."""
    words = _thing_made(r, 4)
    if words is None or _builds_a_foundation(r):
        return False
    for i, token in enumerate(words):
        lang = token.lang or r.analysis.lang
        if lang == "en" and token.pos is ADJ and "able" in token.classes:  # the lexicon's list, not every -able word
            return True
        if lang == "ru" and ({"PRTF", "pres", "pssv"} <= token.tags or "able" in token.classes
                             or (token.pos is ADJ and token.lemma.endswith(("емый", "имый")))):
            return True
        if lang == "zh" and "able" in token.classes and (words[i + 1:i + 2] and words[i + 1].text == "的"
                                                          or (i == 0 and words[-1].pos is NOUN)):
            return True  # "可扩展的平台", or right after the order with the thing made at the end: "建立可持续获客渠道"
        if lang == "zh" and token.text == "可" and i + 2 < len(words) and words[i + 1].pos in (VERB, NOUN, ADV) \
                and (words[i + 2].text == "的" or (i == 0 and words[-1].pos is NOUN)):  # 可 with a verb not in the dictionary
            return True
    return False
