"""Traditional Chinese is read as its Simplified copy, one character for one, through the real
analyzer and CLI: the same findings as the Simplified text, with what is quoted (numbers, evidence,
the verb in a message) as written."""

from __future__ import annotations

import json

import pytest

from okrlint.analysis import analyze
from tests.helpers import check_json, write
from tests.test_reading_kinds import kr_findings

TASK = [("task-not-outcome", 4, 9)]
UNMEASURABLE = [("unmeasurable", 4, 9)]
KPI = [("kpi-in-disguise", 4, 9)]


# The same KR in both scripts gets the same findings: words compared by the rules (無, 內, 與, 足夠),
# phrases of the lexicon (不低於, 按計畫) and moves (從…到…) are all named in Simplified.
@pytest.mark.parametrize("simplified,traditional,rule,expected", [
    ("工单全部在3个工作日内关闭", "工單全部在3個工作日內關閉", "kpi-in-disguise", KPI),
    ("团队满意度不低于4分", "團隊滿意度不低於4分", "kpi-in-disguise", KPI),
    ("年度差旅预算维持在80万以内", "年度差旅預算維持在80萬以內", "kpi-in-disguise", KPI),
    ("按计划完成季度培训", "按計畫完成季度培訓", "kpi-in-disguise", KPI),
    ("全年无数据泄露事故", "全年無數據洩露事故", "task-not-outcome", []),
    ("与渠道伙伴的顺畅协作", "與渠道夥伴的順暢協作", "unmeasurable", UNMEASURABLE),
    ("与渠道伙伴的顺畅协作", "與渠道夥伴的順暢協作", "task-not-outcome", []),
    ("为夏令营找到足够的志愿者", "為夏令營找到足夠的志願者", "unmeasurable", UNMEASURABLE),
])
def test_traditional_text_gets_the_findings_of_its_simplified_copy(tmp_path, simplified, traditional, rule, expected):
    assert kr_findings(tmp_path, "zh", simplified, rule) == expected
    assert kr_findings(tmp_path, "zh", traditional, rule) == expected


def test_a_move_in_traditional_text_is_found_and_quoted_as_written():
    analysis = analyze("會員數從5千提升到2萬", "zh")
    assert analysis.change is not None
    assert [q.raw for q in analysis.quantities] == ["5千", "2萬"]
    assert analysis.lowered == "会员数从5千提升到2万"


def test_taiwanese_plan_is_a_plan_not_a_drawing():
    assert analyze("達成計畫", "zh").lowered == "达成计划"
    assert analyze("規畫路線", "zh").lowered == "规划路线"


def test_evidence_and_message_quote_the_traditional_text(tmp_path):
    write(tmp_path, "t.okr.yaml", "lang: zh\nobjectives:\n  - title: 讓會員更滿意\n    key_results:\n"
                                  f"      - {json.dumps('持續優化會員續費流程', ensure_ascii=False)}\n"
                                  "      - 會員續費率從60%提升到75%\n")
    findings = check_json(tmp_path / "t.okr.yaml", "--select", "task-not-outcome,unmeasurable").findings
    by_rule = {f["rule"]: f for f in findings if f["line"] == 5}
    assert [s["text"] for s in by_rule["task-not-outcome"]["evidence"]["spans"]] == ["優化"]
    assert [s["text"] for s in by_rule["unmeasurable"]["evidence"]["spans"]] == ["持續", "優化"]
    assert "優化" in by_rule["task-not-outcome"]["message"]
