"""too-many-krs, too-few-krs, too-many-objectives in ru, en and zh through the real CLI."""

import pytest

from tests.helpers import check_json, write

STRUCTURE = "too-many-krs,too-few-krs,too-many-objectives"

SIX_KRS = {
    "ru": ("Клиенты получают ответ юриста за один день", [
        "Сократить срок согласования договоров с 5 до 1 дня", "Довести долю типовых договоров с 40% до 70%",
        "Снизить число возвратов договоров с 30% до 10%", "Поднять оценку юристов отделом продаж с 3,2 до 4,5",
        "Сократить очередь заявок старше 3 дней с 25 до 5", "Довести долю заявок через единую форму с 20% до 90%"]),
    "en": ("Make onboarding effortless for new developers", [
        "Cut time to first deploy from 5 days to 1 day", "Raise onboarding satisfaction from 6 to 8",
        "Reduce onboarding tickets from 40 to 10 a month", "Grow weekly active new developers from 30 to 60",
        "Cut setup errors from 12% to 2%", "Raise docs search success from 55% to 80%"]),
    "zh": ("让新客户在第一周就感受到产品价值", [
        "新客户7日激活率从35%提升到60%", "首周工单数从每客户3.2张降到1张", "首月续约意向评分从6分提升到8分",
        "新客户首周登录天数从2天提升到4天", "引导完成率从40%提升到75%", "首周退款率从5%降到2%"]),
}

EXPECTED_WORDS = {"ru": "ключевых результатов", "en": "key results", "zh": "关键结果"}


def okr_file(title: str, krs: list[str]) -> str:
    lines = ["objectives:", f"  - title: {title}", "    key_results:"] + [f"      - {kr}" for kr in krs]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_too_many_krs_fires_on_six_and_speaks_the_okr_language(tmp_path, lang):
    title, krs = SIX_KRS[lang]
    path = write(tmp_path, f"{lang}.okr.yaml", okr_file(title, krs))
    run = check_json(path, "--select", STRUCTURE)
    assert run.code == 1
    assert run.brief() == [("too-many-krs", 2, 12)]
    (finding,) = run.findings
    assert finding["lang"] == lang and finding["code"] == "OKR101"
    assert EXPECTED_WORDS[lang] in finding["message"] and "6" in finding["message"]
    assert finding["target"] == "objectives[0]"


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_five_krs_is_fine(tmp_path, lang):
    title, krs = SIX_KRS[lang]
    path = write(tmp_path, f"{lang}.okr.yaml", okr_file(title, krs[:5]))
    run = check_json(path, "--select", STRUCTURE)
    assert (run.code, run.findings) == (0, [])


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_too_few_krs_fires_on_one_and_on_none(tmp_path, lang):
    title, krs = SIX_KRS[lang]
    text = okr_file(title, krs[:1]) + f"  - title: {title}\n"
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", STRUCTURE)
    assert run.brief() == [("too-few-krs", 2, 12), ("too-few-krs", 5, 12)]
    assert {f["lang"] for f in run.findings} == {lang}


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_too_many_objectives_points_at_the_first_objective_past_the_limit(tmp_path, lang):
    title, krs = SIX_KRS[lang]
    objectives = "".join(f"  - title: {title} {i}\n    key_results: [{krs[0]}, {krs[1]}]\n" for i in range(6))
    run = check_json(write(tmp_path, "t.okr.yaml", "objectives:\n" + objectives), "--select", STRUCTURE)
    assert run.brief() == [("too-many-objectives", 12, 12)]
    assert run.findings[0]["target"] == "objectives[5]" and run.findings[0]["lang"] == lang


def test_limits_are_configurable(tmp_path):
    title, krs = SIX_KRS["en"]
    write(tmp_path, ".okrlint.yaml", "too-many-krs: {max: 3}\ntoo-few-krs: {min: 1}\n")
    path = write(tmp_path, "t.okr.yaml", okr_file(title, krs[:4]))
    run = check_json(path, "--select", STRUCTURE, cwd=tmp_path)
    assert run.brief() == [("too-many-krs", 2, 12)]
    assert "at most 3" in run.findings[0]["message"]
