"""The loader and schema: locations of nested values, short forms, documents, schema mistakes."""

from pydantic import BaseModel

from okrlint.loader import compose_text
from okrlint.schema import build_sets


def build(text: str):
    loaded = compose_text(text, "t.okr.yaml")
    assert not loaded.problems, loaded.problems
    return build_sets(loaded.documents, "t.okr.yaml")


FULL = """\
period: 2026-Q1
team: Sales
lang: ru
kpis:
  - {name: Выполнение плана продаж, target: "100%"}
objectives:
  - id: enterprise-lead
    title: Стать лидером в enterprise-сегменте
    why: Крупные клиенты уходят к конкурентам
    parent: company#grow
    type: aspirational
    key_results:
      - Увеличить долю enterprise-продаж с 20% до 35% к 31 марта
      - title: Сократить цикл сделки с 90 до 60 дней
        baseline: 90
        target: 60
        due: 2026-03-31
        score: 0.7
        initiatives: [Запустить пилот с двумя банками]
"""


def test_every_text_keeps_its_line_and_column():
    result = build(FULL)
    assert result.problems == []
    (okr_set,) = result.sets
    objective = okr_set.objectives[0]
    assert (objective.title.loc.line, objective.title.loc.column) == (8, 12)
    assert (objective.why.loc.line, objective.why.loc.column) == (9, 10)
    plain, mapped = objective.key_results
    assert plain.title.value.startswith("Увеличить долю")
    assert (plain.title.loc.line, plain.title.loc.column) == (13, 9)
    assert plain.path == "objectives[0].key_results[0]"
    assert (mapped.title.loc.line, mapped.title.loc.column) == (14, 16)
    assert mapped.target.value == "60" and mapped.has_structured_target
    assert mapped.due.value == "2026-03-31" and mapped.score == 0.7
    assert (mapped.initiatives[0].loc.line, mapped.initiatives[0].loc.column) == (19, 23)
    assert okr_set.kpis[0].name.value == "Выполнение плана продаж"
    assert okr_set.lang == "ru" and okr_set.period.value == "2026-Q1"


def test_several_documents_are_several_sets():
    text = "objectives:\n  - title: A\n---\nobjectives:\n  - title: B\n    key_results: [x, y]\n"
    result = build(text)
    assert [s.document for s in result.sets] == [0, 1]
    assert result.sets[1].objectives[0].title.loc.line == 5
    assert result.sets[1].key_result_count == 2


def kinds(text: str) -> list[tuple[str, int, int]]:
    return [(p.kind, p.line, p.column) for p in build(text).problems]


def test_unknown_key_gets_a_did_you_mean_hint():
    result = build("objectives:\n  - title: A\n    key_result: [x]\n")
    (problem,) = result.problems
    assert (problem.kind, problem.line, problem.column) == ("unknown-key-hint", 3, 5)
    assert problem.params["suggestion"] == "key_results"


def test_unknown_key_without_a_close_match_lists_the_known_keys():
    (problem,) = build("objectives:\n  - title: A\nzzz: 1\n").problems
    assert problem.kind == "unknown-key" and "objectives" in problem.params["allowed"]


def test_wrong_types_are_located_at_the_offending_node():
    assert kinds("objectives:\n  - title: A\n    key_results: just a string\n") == [("wrong-type", 3, 18)]
    assert kinds("objectives: nope\n") == [("wrong-type", 1, 13)]


def test_non_string_titles_and_nulls():
    assert kinds("objectives:\n  - title: 2026\n") == [("non-string-text", 2, 12)]
    assert kinds("objectives:\n  - title: yes\n") == [("non-string-text", 2, 12)]
    assert kinds("objectives:\n  - title:\n") == [("null-text", 2, 11)]


def test_duplicate_keys_and_ids():
    text = "objectives:\n  - id: a\n    title: A\n    title: B\n  - id: a\n    title: C\n"
    assert kinds(text) == [("duplicate-key", 4, 5), ("duplicate-id", 5, 9)]


def test_bad_choices_and_scores():
    text = "lang: fr\nobjectives:\n  - title: A\n    type: stretch\n    key_results:\n      - {title: x, score: high}\n"
    assert kinds(text) == [("bad-choice", 1, 7), ("bad-choice", 4, 11), ("bad-score", 6, 27)]
    # a score out of range is the score-out-of-range rule's to judge (score-scale may be 100)
    assert kinds("objectives:\n  - title: A\n    key_results:\n      - {title: x, score: 7, weight: -1}\n") == [("bad-weight", 4, 38)]


def test_missing_title_and_missing_objectives():
    assert kinds("objectives:\n  - key_results: [x]\n") == [("missing-field", 2, 5)]
    assert kinds("team: A\n") == [("missing-field", 1, 1)]


def test_an_empty_objectives_list_is_a_warning():
    (problem,) = build("team: Sales\nobjectives: []\n").problems
    assert (problem.kind, problem.line, problem.column, problem.severity) == ("no-objectives", 2, 13, "warning")
    assert build("objectives: nope\n").problems[0].kind == "wrong-type"  # one problem, not two


def test_an_objective_may_list_its_own_initiatives():
    text = ("objectives:\n  - title: Отдел продаж получает ответ юриста за один день\n    key_results:\n"
            "      - Снизить срок согласования договоров с 5 до 1 дня\n    initiatives:\n"
            "      - Подготовить 5 шаблонов договоров\n      - 上线合同模板库\n")
    result = build(text)
    assert result.problems == []
    objective = result.sets[0].objectives[0]
    assert [(t.value, t.loc.line, t.loc.column) for t in objective.initiatives] == [
        ("Подготовить 5 шаблонов договоров", 6, 9), ("上线合同模板库", 7, 9)]
    wrong = build("objectives:\n  - title: Make onboarding effortless\n    initiatives: Write the guide\n")
    assert [(p.kind, p.line, p.column) for p in wrong.problems] == [("wrong-type", 3, 18)]


def validated(model):
    """The same model as pydantic builds it from its own fields, validating every value."""
    fields = {name: getattr(model, name) for name in model.model_fields_set}
    for name, value in fields.items():
        if isinstance(value, BaseModel):
            fields[name] = validated(value)
        elif isinstance(value, list):
            fields[name] = [validated(item) if isinstance(item, BaseModel) else item for item in value]
    return type(model)(**fields)


def test_models_built_without_validation_are_the_ones_pydantic_validates():
    (okr_set,) = build(FULL + "    bonus: true\n    score: 0.5\n    initiatives: [Run a pilot]\n").sets
    models = [okr_set, *okr_set.kpis, *okr_set.objectives, *[kr for o in okr_set.objectives for kr in o.key_results]]
    for model in models + [m.loc for m in models] + [okr_set.team, okr_set.kpis[0].name]:
        again = validated(model)
        assert model == again and repr(model) == repr(again) and model.__dict__ == again.__dict__
        assert list(model.__dict__) == list(type(model).model_fields)  # every field, in order
        assert model.model_fields_set == again.model_fields_set
        assert (model.__pydantic_extra__, model.__pydantic_private__) == (again.__pydantic_extra__, again.__pydantic_private__)
        assert model.model_dump() == again.model_dump()
    assert hash(okr_set.team) == hash(validated(okr_set.team)) and hash(okr_set.loc) == hash(validated(okr_set.loc))
