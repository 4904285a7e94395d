"""The win-back list: who is at risk, how to reach them, why, and the value at risk."""
from __future__ import annotations

import openpyxl
import pytest

from loyalty_desktop.report.winback import winback_table, write_winback

from .export_frames import overdue_analysis


def test_winback_lists_the_overdue_customer_with_contact_and_reason_in_words():
    table = winback_table(overdue_analysis())
    assert list(table["customer_id"]) == ["X"]          # Y bought on as_of: no sign
    row = table.iloc[0]
    assert row["phone"] == "+46 70 123"
    # 40 days since Jan 21, usual gap 10 days (1.5 × 10 = 15 < 40)
    assert "last bought 40 days ago; usually every 10" in row["reasons"]
    assert list(table.columns[:4]) == ["customer_id", "name", "phone", "value_at_risk"]


def test_winback_xlsx_has_headers_in_words_money_format_and_real_dates(tmp_path):
    path = write_winback(overdue_analysis(), tmp_path / "winback.xlsx")
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Customer", "Name", "Phone", "Value at risk", "Why"]
    last = sheet.cell(2, header.index("Last purchase") + 1)
    assert last.is_date and last.value.date().isoformat() == "2024-01-21"
    value = sheet.cell(2, header.index("Value at risk") + 1)
    assert isinstance(value.value, (int, float)) and value.number_format == '"SEK\u00a0"#,##0.00'
    assert value.value == pytest.approx(float(winback_table(overdue_analysis())["value_at_risk"][0]))
