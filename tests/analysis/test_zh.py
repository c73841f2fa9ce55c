"""The Chinese analyzer against real jieba: segmentation, POS mapping, offsets, side effects."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from okrlint.analysis.facts import Pos, Token, VerbForm
from okrlint.analysis.zh import SMALL_DICT, USER_DICT, tokenize

ROOT = Path(__file__).resolve().parents[2]


def brief(text: str) -> list[tuple[str, Pos]]:
    return [(t.text, t.pos) for t in tokenize(text)]


def by_text(text: str, word: str) -> Token:
    return next(t for t in tokenize(text) if t.text == word)


@pytest.mark.parametrize(
    "text",
    ["完成CRM系统上线", "举办3场培训", "客户留存率从80%提升到90%", "电梯 assisted delivery", "提升NPS到50分",
     "新增  100  家门店，到6月底", "Снизить café 提升"],
)
def test_offsets_point_into_the_text(text: str) -> None:
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert "".join(t.text for t in tokens) == "".join(text.split())  # only whitespace is dropped


def test_system_launch_keeps_shangxian_whole() -> None:
    assert brief("完成CRM系统上线") == [("完成", Pos.VERB), ("CRM", Pos.X), ("系统", Pos.NOUN), ("上线", Pos.VERB)]
    crm = by_text("完成CRM系统上线", "CRM")
    assert (crm.lang, crm.lemma, crm.start, crm.end) == ("en", "crm", 2, 5)
    launch = by_text("完成CRM系统上线", "上线")
    assert (launch.lemma, launch.verb_family, launch.start, launch.end) == ("上线", "上线", 7, 9)
    assert launch.tags == frozenset({"v"})


def test_number_classifier_and_verbal_noun() -> None:
    assert brief("举办3场培训") == [("举办", Pos.VERB), ("3", Pos.NUM), ("场", Pos.CLASSIFIER), ("培训", Pos.NOUN)]
    three = by_text("举办3场培训", "3")
    assert three.lang == "" and (three.start, three.end) == (2, 3)
    training = by_text("举办3场培训", "培训")
    assert training.verb_form is VerbForm.ACTION_NOUN and training.verb_family == "培训"
    assert (training.start, training.end, training.lang) == (4, 6, "zh")


def test_change_from_to_keeps_metric_whole() -> None:
    text = "客户留存率从80%提升到90%"
    assert brief(text) == [
        ("客户", Pos.NOUN), ("留存率", Pos.NOUN), ("从", Pos.ADP), ("80", Pos.NUM), ("%", Pos.SYM),
        ("提升", Pos.VERB), ("到", Pos.ADP), ("90", Pos.NUM), ("%", Pos.SYM),
    ]
    assert [(t.start, t.end) for t in tokenize(text)][1] == (2, 5)


def test_adverb_verb_noun() -> None:
    assert brief("大幅提升用户体验") == [("大幅", Pos.ADV), ("提升", Pos.VERB), ("用户体验", Pos.NOUN)]
    assert by_text("大幅提升用户体验", "提升").verb_family == "提升"
    assert by_text("大幅提升用户体验", "大幅").verb_family is None


def test_collaboration_is_an_action_noun() -> None:
    assert brief("加强团队协作") == [("加强", Pos.VERB), ("团队", Pos.NOUN), ("协作", Pos.NOUN)]
    assert by_text("加强团队协作", "加强").verb_form is None  # Chinese verbs do not inflect
    assert by_text("加强团队协作", "协作").verb_form is VerbForm.ACTION_NOUN


def test_satisfaction_metric_is_one_noun() -> None:
    assert brief("保持客户满意度") == [("保持", Pos.VERB), ("客户满意度", Pos.NOUN)]
    assert brief("用户满意度与复购率") == [("用户满意度", Pos.NOUN), ("与", Pos.ADP), ("复购率", Pos.NOUN)]


def test_amount_with_chinese_numeral_unit() -> None:
    tokens = tokenize("销售额达到1000万")
    assert [(t.text, t.pos, t.lang) for t in tokens] == [
        ("销售额", Pos.NOUN, "zh"), ("达到", Pos.VERB, "zh"), ("1000", Pos.NUM, ""), ("万", Pos.NUM, "zh"),
    ]


def test_launch_as_predicate() -> None:
    assert brief("上线新系统") == [("上线", Pos.VERB), ("新", Pos.ADJ), ("系统", Pos.NOUN)]


def test_latin_acronym_and_score() -> None:
    assert brief("提升NPS到50分") == [
        ("提升", Pos.VERB), ("NPS", Pos.X), ("到", Pos.ADP), ("50", Pos.NUM), ("分", Pos.CLASSIFIER),
    ]
    nps = by_text("提升NPS到50分", "NPS")
    assert (nps.lang, nps.lemma, nps.tags) == ("en", "nps", frozenset({"eng"}))


def test_mixed_script_phrase_drops_spaces() -> None:
    tokens = tokenize("电梯 assisted delivery")
    assert [(t.text, t.lang, t.start, t.end) for t in tokens] == [
        ("电梯", "zh", 0, 2), ("assisted", "en", 3, 11), ("delivery", "en", 12, 20),
    ]
    assert tokens[0].pos is Pos.NOUN and tokens[1].pos is Pos.X


def test_deadline_and_spaced_count() -> None:
    assert brief("到6月底") == [("到", Pos.ADP), ("6", Pos.NUM), ("月底", Pos.NOUN)]
    assert by_text("新增 100 家门店", "家").pos is Pos.CLASSIFIER


def test_okr_vocabulary_from_user_dictionary() -> None:
    assert brief("降低获客成本，提高毛利率") == [
        ("降低", Pos.VERB), ("获客成本", Pos.NOUN), ("，", Pos.PUNCT), ("提高", Pos.VERB), ("毛利率", Pos.NOUN),
    ]
    assert brief("持续优化，确保按时交付")[:2] == [("持续", Pos.ADV), ("优化", Pos.VERB)]
    assert brief("实现线上签约") == [("实现", Pos.VERB), ("线上", Pos.NOUN), ("签约", Pos.VERB)]
    assert brief("季度末复购率不低于35%")[1:3] == [("复购率", Pos.NOUN), ("不低于", Pos.VERB)]


# Platforms newer than jieba's dictionary were cut into verbs: 淘/宝, 拼/多多 (a number), 钉/钉, 知乎. ("B站"
# stays out: the dictionary keeps no word with an ASCII letter, see zh_segment.)
@pytest.mark.parametrize("text,platform", [
    ("淘宝店铺销售额提升20%", "淘宝"), ("拼多多和美团渠道上线", "拼多多"), ("钉钉审批流程上线", "钉钉"),
    ("哔哩哔哩视频播放量达到10万", "哔哩哔哩"), ("扩展到小红书和抖音", "抖音"), ("知乎回答获得1000赞", "知乎"),
])
def test_chinese_internet_platforms_are_one_noun(text: str, platform: str) -> None:
    assert (platform, Pos.NOUN) in brief(text)


# Nouns jieba's dictionary lacks or tags a verb (门禁/v): quality gates, hit products, monthly visits, a tech stack.
@pytest.mark.parametrize("text,noun", [
    ("版本通过质量门禁", "门禁"), ("打造3个爆款产品", "爆款"), ("月访达到5万", "月访"), ("技术栈收敛到5种", "技术栈"),
])
def test_okr_nouns_jieba_tags_otherwise(text: str, noun: str) -> None:
    assert (noun, Pos.NOUN) in brief(text)


def test_contribute_is_a_verb() -> None:
    assert ("贡献", Pos.VERB) in brief("给开源项目贡献2个补丁")  # jieba's dictionary has it a noun only


def test_a_verb_and_its_object_stored_as_one_noun_are_split() -> None:
    """jieba's dictionary keeps a few verb-object phrases as nouns (保持稳定/n); the user dictionary
    gives them frequency 0, so the verb a rule reads stays a verb."""
    assert brief("保持稳定运行") == [("保持", Pos.VERB), ("稳定", Pos.ADJ), ("运行", Pos.VERB)]
    assert brief("降低成本") == [("降低", Pos.VERB), ("成本", Pos.NOUN)]
    assert brief("提供数据看板")[:2] == [("提供", Pos.VERB), ("数据", Pos.NOUN)]


def test_other_scripts_stay_whole_words() -> None:
    tokens = tokenize("Снизить café 提升")
    assert [(t.text, t.pos, t.lang) for t in tokens[:2]] == [("Снизить", Pos.X, ""), ("café", Pos.X, "")]


def test_empty_text_and_list_copies() -> None:
    assert tokenize("") == [] and tokenize("   ") == []
    first = tokenize("上线新系统")
    first.clear()
    assert len(tokenize("上线新系统")) == 3  # callers may mutate their list, not the memo


def test_small_dictionary_carries_the_user_dictionary() -> None:
    """zh_dict_small.txt must be rebuilt (build_zh_dict.py) whenever zh_okr_dict.txt changes."""
    small = {}
    for line in SMALL_DICT.read_text(encoding="utf-8").splitlines():
        word, freq, flag = line.split()
        small[word] = (int(freq), flag)
    for line in USER_DICT.read_text(encoding="utf-8").splitlines():
        word, freq, flag = line.split()
        assert small.get(word) == (int(freq), flag), word


def _run_isolated(code: str, cwd: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env_extra}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def test_import_is_lazy_and_first_use_is_silent_and_leaves_cwd_clean(tmp_path: Path) -> None:
    cwd, cache = tmp_path / "cwd", tmp_path / "cache"
    cwd.mkdir()
    code = (
        "import sys\n"
        "import okrlint.analysis.zh as zh\n"
        "assert 'jieba' not in sys.modules, 'importing zh must not import jieba'\n"
        "print(len(zh.tokenize('客户留存率从80%提升到90%')))\n"
    )
    result = _run_isolated(code, cwd, {"XDG_CACHE_HOME": str(cache)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "9" and result.stderr == ""
    assert list(cwd.iterdir()) == []
    assert any((cache / "okrlint").iterdir())  # jieba's prefix-dict cache went here


@pytest.mark.parametrize("choice", ["full", "path"])
def test_dictionary_is_swappable(tmp_path: Path, choice: str) -> None:
    value = str(SMALL_DICT) if choice == "path" else choice
    code = (
        "from okrlint.analysis.zh import tokenize\n"
        "print(' '.join(f'{t.text}/{t.pos.value}' for t in tokenize('完成CRM系统上线')))\n"
    )
    result = _run_isolated(code, tmp_path, {"OKRLINT_ZH_DICT": value, "XDG_CACHE_HOME": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["完成/VERB", "CRM/X", "系统/NOUN", "上线/VERB"]
    assert result.stderr == ""


@pytest.mark.parametrize("text,metric", [("用户采用率", "采用率"), ("次日留存率提升到40%", "留存率"), ("转化率提升", "转化率")])
def test_a_rate_suffix_makes_one_metric_noun(text: str, metric: str) -> None:
    tokens = tokenize(text)
    found = [t for t in tokens if t.text == metric]
    assert found and found[0].pos is Pos.NOUN
    assert "率" not in [t.text for t in tokens]


def test_a_lone_rate_character_is_not_glued_to_an_adverb() -> None:
    assert [t.text for t in tokenize("领先率先")] == ["领先", "率先"]


def test_a_page_suffix_makes_one_noun() -> None:
    """jieba splits "落地页" into a verb and a page count; 页 glued back names the landing page."""
    assert brief("落地页访问量") == [("落地页", Pos.NOUN), ("访问量", Pos.NOUN)]
    assert brief("注册页转化率")[0] == ("注册页", Pos.NOUN)
    assert [t.pos for t in tokenize("每天看30页")][-1] is Pos.CLASSIFIER  # pages counted stay a measure word
