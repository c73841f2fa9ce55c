"""The files `okrlint init` writes: a commented config and a starter OKR set, per language.

The starter OKRs are meant to be copied, so they follow every rule: objectives name who
benefits and what changes, key results move a metric from X to Y with a unit by a date, and
tasks sit under `initiatives:`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The last day of each quarter, as each language writes a deadline.
QUARTER_ENDS = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
EN_MONTHS = {3: "March", 6: "June", 9: "September", 12: "December"}
RU_MONTHS = {3: "марта", 6: "июня", 9: "сентября", 12: "декабря"}


@dataclass(frozen=True, slots=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def of(cls, day: date) -> "Quarter":
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def period(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def end(self) -> date:
        month, day = QUARTER_ENDS[self.number]
        return date(self.year, month, day)

    def deadline(self, lang: str) -> str:
        end = self.end
        if lang == "ru":
            return f"{end.day} {RU_MONTHS[end.month]}"
        if lang == "zh":
            return f"{end.month}月{end.day}日"
        return f"{EN_MONTHS[end.month]} {end.day}"


CONFIG = {
    "en": """\
# okrlint settings. `okrlint rules` lists every rule; `okrlint rule NAME` explains one.
# Command-line options override what is set here.

# Which rules run: codes (OKR101), names (too-many-krs), code prefixes (OKR1) or ALL.
select: [ALL]
# Rules to skip, e.g. [too-few-krs].
ignore: []
# Language of the messages: auto answers in the language of each OKR; or ru, en, zh.
lang: auto
# The lowest severity that fails the run (exit code 1): error, warning or info.
fail-on: warning
# Besides *.okr.yaml and YAML files under okrs/, lint these globs (relative to this file).
include: []
exclude: []
# Change the severity of a rule:
# severity:
#   too-many-objectives: error
# Options of a rule, by its name:
# too-many-krs: {max: 4}
""",
    "ru": """\
# Настройки okrlint. `okrlint rules` перечисляет все правила; `okrlint rule ИМЯ` объясняет одно.
# Параметры командной строки важнее того, что задано здесь.

# Какие правила включены: коды (OKR101), имена (too-many-krs), префиксы кодов (OKR1) или ALL.
select: [ALL]
# Какие правила пропустить, например [too-few-krs].
ignore: []
# Язык сообщений: auto — на языке каждой OKR; или ru, en, zh.
lang: auto
# С какой важности проверка считается проваленной (код выхода 1): error, warning или info.
fail-on: warning
# Кроме *.okr.yaml и YAML-файлов в папке okrs/, проверять файлы по этим шаблонам (от этой папки).
include: []
exclude: []
# Изменить важность правила:
# severity:
#   too-many-objectives: error
# Параметры правила, по его имени:
# too-many-krs: {max: 4}
""",
    "zh": """\
# okrlint 配置。`okrlint rules` 列出所有规则；`okrlint rule 名称` 解释某条规则。
# 命令行参数优先于这里的设置。

# 启用哪些规则：代码（OKR101）、名称（too-many-krs）、代码前缀（OKR1）或 ALL。
select: [ALL]
# 跳过的规则，例如 [too-few-krs]。
ignore: []
# 提示信息的语言：auto 表示跟随每条 OKR 的语言；也可以是 ru、en、zh。
lang: auto
# 达到哪个严重程度就判定检查失败（退出码 1）：error、warning 或 info。
fail-on: warning
# 除了 *.okr.yaml 和 okrs/ 目录下的 YAML 文件，还检查这些通配路径（相对于本文件）。
include: []
exclude: []
# 修改某条规则的严重程度：
# severity:
#   too-many-objectives: error
# 规则选项，按规则名称设置：
# too-many-krs: {max: 4}
""",
}

OKRS = {
    "en": """\
# The OKRs of one team for one quarter. `okrlint check` lints them;
# `okrlint rule NAME` explains a finding. Replace this example with your own.
period: {period}
team: Customer Support
lang: en
kpis:  # health metrics to keep steady, tracked beside the OKRs
  - {{name: Share of first replies within 4 hours, target: "95%"}}
objectives:
  - id: first-contact
    title: Customers get their problem solved on their first contact with us
    why: Repeat contacts take a third of support time and are the top reason customers leave
    type: committed
    key_results:
      - Raise the first-contact resolution rate from 62% to 80% by {deadline}
      - Cut repeat support tickets from 1400 to 700 a month by {deadline}
      - title: Raise customer satisfaction with support from 4.1 to 4.6 out of 5 by {deadline}
        metric: support CSAT, points out of 5
        baseline: 4.1
        target: 4.6
        due: {due}
        initiatives:  # the work we bet on; tasks belong here, not in key results
          - Publish answers to the 20 most common questions in the help center
  - id: self-service
    title: Customers answer routine questions without waiting for an agent
    why: Every routine question we answer by hand delays the customers who really need a person
    type: aspirational
    key_results:
      - Raise the share of questions solved in the help center from 20% to 40% by {deadline}
      - Cut the median time to find an answer in the help center from 6 to 2 minutes by {deadline}
""",
    "ru": """\
# OKR одной команды на один квартал. `okrlint check` проверяет их;
# `okrlint rule ИМЯ` объясняет замечание. Замените этот пример своими OKR.
period: {period}
team: Поддержка клиентов
lang: ru
kpis:  # показатели здоровья, которые держим на уровне; ведутся рядом с OKR
  - {{name: Доля первых ответов быстрее 4 часов, target: "95%"}}
objectives:
  - id: first-contact
    title: Клиенты решают свой вопрос с первого обращения в поддержку
    why: Повторные обращения отнимают треть времени поддержки и чаще всего предшествуют уходу клиента
    type: committed
    key_results:
      - Увеличить долю вопросов, решённых с первого обращения, с 62% до 80% к {deadline}
      - Сократить число повторных обращений с 1400 до 700 в месяц к {deadline}
      - title: Повысить оценку поддержки клиентами с 4,1 до 4,6 балла из 5 к {deadline}
        metric: CSAT поддержки, баллы из 5
        baseline: 4.1
        target: 4.6
        due: {due}
        initiatives:  # работа, на которую мы ставим; задачам место здесь, а не в ключевых результатах
          - Опубликовать в базе знаний ответы на 20 самых частых вопросов
  - id: self-service
    title: Клиенты сами находят ответы на типовые вопросы, не дожидаясь оператора
    why: Каждый типовой вопрос, на который мы отвечаем вручную, задерживает клиентов, которым действительно нужен человек
    type: aspirational
    key_results:
      - Увеличить долю вопросов, решённых через базу знаний, с 20% до 40% к {deadline}
      - Сократить медианное время поиска ответа в базе знаний с 6 до 2 минут к {deadline}
""",
    "zh": """\
# 一个团队一个季度的 OKR。`okrlint check` 检查它们；
# `okrlint rule 名称` 解释某条提示。请把这个示例换成你们自己的 OKR。
period: {period}
team: 客户支持
lang: zh
kpis:  # 需要保持稳定的健康指标，与 OKR 一起跟踪
  - {{name: 4小时内首次回复的比例, target: "95%"}}
objectives:
  - id: first-contact
    title: 让客户第一次联系我们就解决问题
    why: 重复咨询占用了三分之一的客服时间，也是客户流失的首要原因
    type: committed
    key_results:
      - "{deadline}前将首次联系解决率从62%提升到80%"
      - "{deadline}前将每月重复工单从1400张降到700张"
      - title: "{deadline}前将客户对客服的满意度从4.1分提升到4.6分（满分5分）"
        metric: 客服满意度，满分5分
        baseline: 4.1
        target: 4.6
        due: {due}
        initiatives:  # 我们押注的工作；任务放在这里，而不是关键结果里
          - 在帮助中心发布20个最常见问题的解答
  - id: self-service
    title: 让客户不必等待客服，自己解决常见问题
    why: 每个靠人工回答的常见问题，都在耽误真正需要人工帮助的客户
    type: aspirational
    key_results:
      - "{deadline}前将通过帮助中心自助解决的问题占比从20%提升到40%"
      - "{deadline}前将在帮助中心找到答案的中位时间从6分钟缩短到2分钟"
""",
}


def starter_okrs(lang: str, quarter: Quarter) -> str:
    """The starter OKR file for a quarter, in `lang`."""
    return OKRS[lang].format(period=quarter.period, deadline=quarter.deadline(lang), due=quarter.end.isoformat())
