"""Write examples/en/roadmap.okr.xlsx: a two-sheet OKR workbook as an OKR tool would export it.

Run `python examples/make_xlsx.py` after changing the rows; the .xlsx is committed so that
`okrlint check examples/` needs nothing but okrlint.
"""

from pathlib import Path

import openpyxl

SHEETS = {
    "Q1": [
        ["Team OKRs, Q1 2026"],
        ["Objective", "Key result", "Owner", "Target", "Progress"],
        ["Customers can rely on checkout during peak sales", "Raise checkout availability from 99.5% to 99.95%", "Sam", "99.95%", 0.5],
        [None, "Migrate the website to the new CMS", "Lee", None, "=0.2+0.1"],
        [None, "Significantly improve SEO", "Ann", None, None],
    ],
    "Q2 plan": [
        ["Objective", "Key result", "Owner"],
        ["Increase MAU", "Monthly active users at 50k", "Ann"],
        [None, "Hire two marketing managers", "Ann"],
    ],
}


def main() -> None:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in SHEETS.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    sheet = workbook["Q1"]
    sheet.merge_cells("A3:A5")  # one objective over its three key results, as teams lay them out
    workbook.save(Path(__file__).parent / "en" / "roadmap.okr.xlsx")


if __name__ == "__main__":
    main()
