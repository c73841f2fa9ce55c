"""OKRs where they already live: Markdown documents and CSV/TSV exports give the same findings as
the same OKRs in YAML, at the lines and cells where each text was written."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from okrlint.loader import Limits, load_bytes
from tests.helpers import check_json, cli, write
from tests.test_formats import SARIF_SCHEMA

# (objective, [key results]) per language: tasks, vague KRs, bare metrics and good ones.
OKRS = {
    "en": [("Revenue $10M", ["Launch the new onboarding flow", "Hold 10 customer workshops", "Improve customer experience"]),
           ("Make onboarding effortless for new developers",
            ["Cut time to first deploy from 5 days to 1 day by end of Q2", "Write a getting-started guide"])],
    "ru": [("Развивать наш бизнес", ["Запустить новый продукт", "Улучшить долгосрочные отношения с клиентами"]),
           ("Клиенты получают ответ юриста в течение одного рабочего дня",
            ["Сократить срок согласования договоров с 5 до 1 дня к 31 марта", "Провести обучение для 20 менеджеров"])],
    "zh": [("销售额达到1000万", ["完成CRM系统上线", "举办3场培训", "大幅提升用户体验"]),
           ("让新客户在第一周就感受到产品价值", ["新客户7日激活率从35%提升到60%", "编写5篇产品文档"])],
}


def as_yaml(okrs) -> str:
    lines = ["objectives:"]
    for objective, krs in okrs:
        lines += [f"  - title: {objective}", "    key_results:"] + [f"      - {kr}" for kr in krs]
    return "\n".join(lines) + "\n"


def md_headings(okrs) -> str:
    lines = ["# Team OKRs", "", "Intro prose that is not an OKR.", ""]
    for i, (objective, krs) in enumerate(okrs, 1):
        lines += [f"## O{i}: {objective}", ""] + [f"- KR{j}: {kr} — @owner" for j, kr in enumerate(krs, 1)] + [""]
    return "\n".join(lines)


def md_nested_bullets(okrs) -> str:
    lines = []
    for objective, krs in okrs:
        lines += [f"- **{objective}**"] + [f"  - {kr}" for kr in krs]
    return "\n".join(lines) + "\n"


def md_bold_numbered(okrs) -> str:
    lines = []
    for i, (objective, krs) in enumerate(okrs, 1):
        lines += [f"**Objective {i}: {objective}**", "", "Key results:", ""] + [f"{j}. {kr}" for j, kr in enumerate(krs, 1)] + [""]
    return "\n".join(lines)


def md_table(okrs) -> str:
    lines = []
    for i, (objective, krs) in enumerate(okrs, 1):
        lines += [f"### Цель {i}: {objective}", "", "| Ключевой результат | Ответственный |", "| --- | --- |"]
        lines += [f"| {kr} | Анна |" for kr in krs] + [""]
    return "\n".join(lines)


def as_csv(okrs, delimiter: str = ",") -> str:
    rows = [delimiter.join(["Objective", "Key result", "Owner"])]
    for objective, krs in okrs:
        rows += [delimiter.join([objective if j == 0 else "", kr, "anna"]) for j, kr in enumerate(krs)]
    return "\n".join(rows) + "\n"


def findings_by_text(tmp_path: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    """(rule, target, text) of every finding, after checking each one points at its text in the file."""
    path = write(tmp_path, name, text)
    run = check_json(path, "--lang", "en")
    assert run.code in (0, 1), run.stdout
    lines = text.splitlines()
    for f in run.findings:
        assert f["rule"] != "invalid-okr", f
        if f["text"] and "cell" not in f:  # the finding starts where its text was written
            assert lines[f["line"] - 1][f["column"] - 1:].startswith(f["text"]), (f, lines[f["line"] - 1])
        if "cell" in f:  # the row and column of a cell hold its text
            row = lines[f["line"] - 1].split("," if name.endswith(".csv") else "\t")
            assert row[f["column"] - 1] == f["text"] and f["cell"] == "AB"[f["column"] - 1] + str(f["line"])
    return sorted((f["rule"], f["target"], f["text"]) for f in run.findings)


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
@pytest.mark.parametrize("layout", [md_headings, md_nested_bullets, md_bold_numbered, md_table])
def test_markdown_layouts_give_the_yaml_findings_at_their_lines(tmp_path: Path, lang: str, layout) -> None:
    expected = findings_by_text(tmp_path, "okrs.okr.yaml", as_yaml(OKRS[lang]))
    assert expected, "the OKRs were chosen to have findings"
    assert findings_by_text(tmp_path, "team.okr.md", layout(OKRS[lang])) == expected


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
@pytest.mark.parametrize(("name", "delimiter"), [("team.okr.csv", ","), ("team.okr.tsv", "\t")])
def test_csv_and_tsv_give_the_yaml_findings_at_their_cells(tmp_path: Path, lang: str, name: str, delimiter: str) -> None:
    expected = findings_by_text(tmp_path, "okrs.okr.yaml", as_yaml(OKRS[lang]))
    assert findings_by_text(tmp_path, name, as_csv(OKRS[lang], delimiter)) == expected


def test_exact_markdown_findings_in_three_languages(tmp_path: Path) -> None:
    doc = ("---\nteam: Growth\n---\n# OKRs\n\n## O1: Клиенты получают ответ в тот же день\n\n"
           "- KR1: Запустить чат-бот — @anna\n- KR2: Сократить время ответа с 8 до 2 часов\n\n"
           "## 目标二：让新客户在第一周就感受到产品价值\n\n1. 完成CRM系统上线\n2. 新客户7日激活率从35%提升到60%\n")
    run = check_json(write(tmp_path, "OKR.md", doc), "--select", "task-not-outcome")
    assert run.brief() == [("task-not-outcome", 8, 8), ("task-not-outcome", 13, 4)]
    assert [f["text"] for f in run.findings] == ["Запустить чат-бот", "完成CRM系统上线"]


def test_cp1251_semicolon_csv_and_the_cell_in_every_report(tmp_path: Path) -> None:
    text = "OKR Q1 2026;;\nЦель;Ключевой результат;Прогресс\nРазвивать наш бизнес;Запустить новый продукт;70%\n;Сократить отток с 8% до 5%;0,4\n"
    path = tmp_path / "продажи.okr.csv"
    path.write_bytes(text.encode("cp1251"))
    run = check_json(path, "--select", "task-not-outcome,too-few-krs")
    assert [(f["rule"], f["line"], f["column"], f["cell"]) for f in run.findings] == [("task-not-outcome", 3, 2, "B3")]
    text_report = cli("check", str(path), "--select", "task-not-outcome", "--format", "text", "--no-color").stdout
    assert "продажи.okr.csv:3:2: B3 warning OKR201 [task-not-outcome]" in text_report
    sarif = json.loads(cli("check", str(path), "--select", "task-not-outcome", "--format", "sarif").stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 2, "endLine": 3, "endColumn": 3, "properties": {"cell": "B3"}}
    for fmt in ("concise", "github", "junit", "gitlab"):
        out = cli("check", str(path), "--select", "task-not-outcome", "--format", fmt).stdout
        assert "OKR201" in out, fmt
    assert "OKR201 task-not-outcome at B3" in cli("check", str(path), "--select", "task-not-outcome", "--format", "junit").stdout


def test_config_columns_name_the_headers(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "columns: {objective: Цель квартала, key-result: [Что сделаем]}\n")
    write(tmp_path, "q.okr.csv", "Цель квартала,Что сделаем\nКлиенты довольны,Запустить новый продукт\n")
    run = check_json(Path("q.okr.csv"), "--select", "task-not-outcome", cwd=tmp_path)
    assert [(f["rule"], f["cell"]) for f in run.findings] == [("task-not-outcome", "B2")]
    write(tmp_path, ".okrlint.yaml", "columns: {objectiv: Цель}\n")
    bad = cli("check", "q.okr.csv", cwd=tmp_path)
    assert bad.code == 2 and "did you mean `objective`" in bad.stderr


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("a.okr.md", "- KR1: Cut churn from 8% to 5%\n\n## O1: Customers stay\n\n- Raise NPS from 20 to 40\n",
     ("md-kr-outside-objective", 1, 8, "Key results before any objective")),
    ("b.okr.md", "- **O1: Customers stay**\n  - Raise NPS from 20 to 40\n- Buy cake\n",
     ("md-loose-item", 3, 3, "A list item beside objectives")),
    ("c.okr.md", "# Just a README\n\nNothing here.\n", ("md-no-objectives", 1, 1, "No objectives found")),
    ("d.okr.csv", "Owner,Notes\nanna,x\n", ("table-no-header", 1, 1, "No header row")),
    ("e.okr.csv", "Objective,Owner\nGrow,anna\n", ("table-no-kr-column", 1, 1, "A column `Objective` for objectives")),
    ("f.okr.csv", "Objective,KR\n,Cut churn from 8% to 5%\nGrow,Raise NPS from 20 to 40\n",
     ("table-kr-without-objective", 2, 2, "Key results in rows before any objective")),
])
def test_ambiguous_structure_is_one_located_message(tmp_path: Path, name: str, text: str, expected: tuple) -> None:
    run = check_json(write(tmp_path, name, text), "--select", "invalid-okr", "--lang", "en")
    problems = [f for f in run.findings if f["rule"] == "invalid-okr"]
    assert len(problems) == 1, problems
    kind, line, column, start = expected
    assert (problems[0]["line"], problems[0]["column"]) == (line, column) and problems[0]["message"].startswith(start), problems


def test_discovery_finds_markdown_and_spreadsheets_by_name(tmp_path: Path) -> None:
    good = "## O1: Customers stay\n\n- Raise NPS from 20 to 40\n- Cut churn from 8% to 5%\n"
    for name in ("OKR.md", "team.okr.md", "okrs/sales.md", "q.okr.csv", "q.okr.tsv", "README.md", "docs/notes.md", "data.csv"):
        table = "Objective,KR\nCustomers stay,Raise NPS from 20 to 40\n"
        write(tmp_path, name, good if name.endswith(".md") else table.replace(",", "\t") if name.endswith(".tsv") else table)
    run = cli("check", ".", "--format", "json", "--select", "invalid-okr", cwd=tmp_path)
    paths = {f["path"] for f in json.loads(run.stdout)}
    assert paths == set()  # all read cleanly
    concise = cli("check", ".", "--format", "junit", cwd=tmp_path).stdout
    for name in ("OKR.md", "team.okr.md", "okrs/sales.md", "q.okr.csv", "q.okr.tsv"):
        assert f'name="{name}"' in concise
    for name in ("README.md", "docs/notes.md", "data.csv"):
        assert f'name="{name}"' not in concise


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("deep.okr.md", "".join("  " * i + "- x\n" for i in range(2_000)).encode(), None),
    ("pipes.okr.md", ("| a | b |\n|---|---|\n" + "| x | y |\n" * 30).encode(), "too-many-parts"),
    ("binary.okr.md", b"## O1\x00\x01\x02", "binary"),
    ("binary.okr.csv", b"Objective,KR\nA\x00,B\n", "binary"),
    ("huge-field.okr.csv", b"Objective,KR\nA,\"" + b"x" * 200_000 + b"\"\n", "csv-syntax"),
    ("cells.okr.csv", b"Objective,KR\n" + b"A,B\n" * 40, "too-many-parts"),
])
def test_hostile_input_is_one_located_problem(name: str, data: bytes, kind: str | None) -> None:
    loaded = load_bytes(data, name, Limits(max_nodes=50) if kind else Limits())
    if kind is None:  # deep lists stop at markdown-it's nesting bound and read as text: no crash, no hang
        assert all(p.kind == "md-no-objectives" for p in loaded.problems)
        return
    assert [p.kind for p in loaded.problems] == [kind] and loaded.documents == []
    assert loaded.problems[0].line >= 1 and loaded.problems[0].column >= 1


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_xlsx_gives_the_yaml_findings_at_its_cells(tmp_path: Path, lang: str) -> None:
    expected = findings_by_text(tmp_path, "okrs.okr.yaml", as_yaml(OKRS[lang]))
    rows = [["OKR 2026"], ["Objective", "Key result", "Owner"]]
    for objective, krs in OKRS[lang]:
        rows += [[objective if j == 0 else None, kr, "anna"] for j, kr in enumerate(krs)]
    run = check_json(_workbook(tmp_path / "q.okr.xlsx", {"Q1 plan": rows}), "--lang", "en")
    assert sorted((f["rule"], f["target"], f["text"]) for f in run.findings) == expected
    for f in run.findings:  # row 3 on is data; the cell names the sheet, quoted as Excel does
        assert rows[f["line"] - 1][f["column"] - 1] == f["text"]
        assert f["cell"] == f"'Q1 plan'!{'AB'[f['column'] - 1]}{f['line']}"


def test_every_sheet_with_an_okr_header_is_a_set_and_other_sheets_are_skipped(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "w.okr.xlsx", {
        "Read me": [["How to fill this workbook"]],
        "Q1": [["Objective", "KR"], ["Customers stay", "Launch the new onboarding flow"], [None, "Cut churn from 8% to 5%"]],
        "Q2": [["Цель", "КР"], ["Клиенты довольны", "Запустить новый продукт"], [None, "Поднять NPS с 20 до 40"]],
    })
    run = check_json(path, "--select", "task-not-outcome")
    assert [(f["cell"], f["line"], f["column"]) for f in run.findings] == [("Q1!B2", 2, 2), ("Q2!B2", 2, 2)]


@pytest.mark.parametrize(("data", "kind"), [
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "xlsx-legacy"),
    (b"not a zip at all", "xlsx-unreadable"),
])
def test_broken_workbooks_are_one_problem(data: bytes, kind: str) -> None:
    assert [p.kind for p in load_bytes(data, "w.okr.xlsx").problems] == [kind]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * 60_000_000)
    loaded = load_bytes(buffer.getvalue(), "bomb.okr.xlsx")
    assert [p.kind for p in loaded.problems] == ["xlsx-bomb"] and loaded.documents == []


def test_a_workbook_over_the_cell_budget_is_one_located_problem(tmp_path: Path) -> None:
    rows = [["Objective", "KR"]] + [["Grow", f"Raise NPS from {i} to {i + 1}"] for i in range(40)]
    loaded = load_bytes(_workbook(tmp_path / "big.okr.xlsx", {"S": rows}).read_bytes(), "big.okr.xlsx", Limits(max_nodes=60))
    assert [(p.kind, p.cell) for p in loaded.problems] == [("too-many-parts", "S!A4")]  # 60 // 10 = 6 cells fit


def _with_sheet_xml(path: Path, edit) -> bytes:
    """The workbook's bytes with the first sheet's XML rewritten by `edit`."""
    import io
    import zipfile

    source = zipfile.ZipFile(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            target.writestr(entry, edit(data) if entry.filename == "xl/worksheets/sheet1.xml" else data)
    return buffer.getvalue()


def test_formula_cells_give_their_cached_value_and_are_never_evaluated(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "f.okr.xlsx", {"S": [["Objective", "KR"], ["Customers stay", "PLACEHOLDER"],
                                                     [None, "Raise NPS from 20 to 40"]]})
    cached = b'<c r="B2" t="str"><f>CONCATENATE("Launch ","the new onboarding flow")</f><v>Launch the new onboarding flow</v></c>'
    data = _with_sheet_xml(path, lambda xml: xml.replace(b'<c r="B2" t="inlineStr"><is><t>PLACEHOLDER</t></is></c>', cached))
    (tmp_path / "g.okr.xlsx").write_bytes(data)
    run = check_json(tmp_path / "g.okr.xlsx", "--select", "task-not-outcome")
    assert [(f["cell"], f["text"]) for f in run.findings] == [("S!B2", "Launch the new onboarding flow")]


def test_an_xml_entity_bomb_in_a_sheet_is_one_problem(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "e.okr.xlsx", {"S": [["Objective", "KR"], ["Grow", "Raise NPS from 20 to 40"]]})
    entities = "".join(f'<!ENTITY e{i} "{"&e%d;" % (i - 1) * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e0 "lol">{entities}]>'.encode()
    data = _with_sheet_xml(path, lambda xml: bomb + xml.replace(b"Grow", b"&e9;", 1))  # openpyxl writes no XML declaration
    loaded = load_bytes(data, "e.okr.xlsx")
    assert [p.kind for p in loaded.problems] == ["xlsx-unreadable"] and loaded.documents == []


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_markdown_and_spreadsheet_objectives_join_the_okr_graph(tmp_path: Path, lang: str) -> None:
    from tests.test_cascade import CASCADED, CHILD_KRS, parent_file

    write(tmp_path, "okrs/company.okr.yaml", parent_file(lang))
    write(tmp_path, "okrs/team.md", f"## O1: {CASCADED[lang]}\n\nParent: company#top\n\n"
          + "".join(f"- {kr}\n" for kr in CHILD_KRS[lang]))
    rows = ["Objective,Parent,Key result"] + [f"{CASCADED[lang] if i == 0 else ''},{'company#top' if i == 0 else ''},{kr}"
                                              for i, kr in enumerate(CHILD_KRS[lang])]
    write(tmp_path, "sales.okr.csv", "\n".join(rows) + "\n")
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    assert [(f["path"].rsplit("/", 1)[-1], f["line"], f["column"], f.get("cell")) for f in run.findings] == [
        ("team.md", 1, 8, None), ("sales.okr.csv", 2, 1, "A2")]


def test_stdin_is_read_by_the_format_its_name_gives_and_crlf_keeps_columns(tmp_path: Path) -> None:
    doc = "## O1: Customers stay\r\n\r\n- KR1: Launch the new onboarding flow\r\n- Cut churn from 8% to 5%\r\n"
    run = cli("check", "-", "--stdin-filename", "OKR.md", "--format", "json", "--select", "task-not-outcome", stdin=doc)
    assert [(f["path"], f["line"], f["column"], f["text"]) for f in json.loads(run.stdout)] == [
        ("OKR.md", 3, 8, "Launch the new onboarding flow")]
    run = cli("check", "-", "--stdin-filename", "q.okr.csv", "--format", "json", "--select", "task-not-outcome",
              stdin="Objective;KR\r\nCustomers stay;Launch the new onboarding flow\r\n")
    assert [(f["cell"], f["text"]) for f in json.loads(run.stdout)] == [("B2", "Launch the new onboarding flow")]


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-16", "\t"), ("gb18030", ","), ("utf-8-sig", ";")])
def test_spreadsheet_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    """Excel's "Unicode text" (UTF-16 with BOM, tabs), a Chinese Windows CSV (GB18030), UTF-8 with BOM and `;`."""
    rows = [["目标", "关键结果"], ["让新客户在第一周就感受到产品价值", "完成CRM系统上线"], ["", "新客户7日激活率从35%提升到60%"]]
    path = tmp_path / "q.okr.csv"
    path.write_bytes("\r\n".join(delimiter.join(r) for r in rows).encode(encoding))
    run = check_json(path, "--select", "task-not-outcome")
    assert [(f["cell"], f["text"]) for f in run.findings] == [("B2", "完成CRM系统上线")]


def test_messages_about_a_workbook_speak_its_language(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "ru.okr.xlsx", {"Лист1": [["Цель", "Ответственный"], ["Клиенты получают ответ в день обращения", "Анна"]]})
    (problem,) = check_json(path).findings
    assert (problem["cell"], problem["lang"]) == ("Лист1!A1", "ru") and problem["message"].startswith("Есть столбец целей `Цель`")
