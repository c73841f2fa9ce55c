"""Inline `# okrlint:` comments silence findings on a line, the next line, or the whole file."""

from tests.helpers import check_json, write

BASE = "objectives:\n  - title: Make onboarding effortless{same}\n    key_results: [Cut time to first deploy from 5 days to 1 day]\n"


def run(tmp_path, text):
    return check_json(write(tmp_path, "t.okr.yaml", text), "--select", "OKR1")


def test_disable_on_the_line_by_name_or_code(tmp_path):
    assert run(tmp_path, BASE.format(same="  # okrlint: disable=too-few-krs")).findings == []
    assert run(tmp_path, BASE.format(same="  # okrlint: disable=OKR102")).findings == []
    assert run(tmp_path, BASE.format(same="  # okrlint: disable")).findings == []


def test_disable_of_another_rule_keeps_the_finding(tmp_path):
    assert run(tmp_path, BASE.format(same="  # okrlint: disable=too-many-krs")).brief() == [("too-few-krs", 2, 12)]


def test_disable_next_line(tmp_path):
    text = "objectives:\n  # okrlint: disable-next-line=too-few-krs\n  - title: Make onboarding effortless\n    key_results: [x]\n"
    assert run(tmp_path, text).findings == []
    text_far = "# okrlint: disable-next-line=too-few-krs\nobjectives:\n  - title: Make onboarding effortless\n"
    assert run(tmp_path, text_far).brief() == [("too-few-krs", 3, 12)]


def test_disable_file(tmp_path):
    assert run(tmp_path, "# okrlint: disable-file\n" + BASE.format(same="")).findings == []
    assert run(tmp_path, "# okrlint: disable-file=too-few-krs\n" + BASE.format(same="")).findings == []
    assert run(tmp_path, "# okrlint: disable-file=too-many-krs\n" + BASE.format(same="")).brief() == [("too-few-krs", 3, 12)]
