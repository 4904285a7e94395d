"""Hostile inputs not covered by test_hostile_files.py: lying encodings and extensions,
stray quotes, a .loyalty that is really a zip, and hostile ``--config`` JSON (issue 14).

Each one gets a clear one-line message naming the file (exit code 3 from the command line)
or an import whose row accounting is exact — never a traceback, never a hang. The CLI is
driven in-process through ``cli.main`` (no Qt is needed without ``--pdf``) to keep this fast.
"""
from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest

from loyalty_desktop.cli import main as cli_main
from loyalty_desktop.io.errors import ImportFailed
from loyalty_desktop.io.importer import import_file

SALES = "Kund;Datum;Belopp\nK1;01.02.2024;10,00\nK2;02.02.2024;5,50\n"
TIME_LIMIT_S = 10.0


def _cli(capsys, *args: str) -> tuple[int, str]:
    started = time.perf_counter()
    code = cli_main(list(args))
    assert time.perf_counter() - started < TIME_LIMIT_S
    return code, capsys.readouterr().err


def _sales(tmp_path: Path) -> Path:
    path = tmp_path / "sales.csv"
    path.write_text(SALES, encoding="utf-8")
    return path


def _accounted(result) -> None:
    log = result.log
    assert log.rows_read == log.rows_accepted + log.rows_rejected
    for reject in log.to_json()["rejects"]:
        assert reject["row"] >= 2 and reject["reason"]


# --- files whose declared encoding or extension lies --------------------------------------
def test_utf16_without_a_bom_is_detected_and_imported(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes(SALES.encode("utf-16-le"))
    result = import_file(path, "transactions")
    assert result.log.to_json()["encoding"].startswith("utf-16")
    assert sorted(result.table["customer_id"]) == ["K1", "K2"]
    assert result.table["amount"].sum() == pytest.approx(15.5)     # 10,00 + 5,50


def test_utf8_bom_in_front_of_cp1251_text_imports_as_cp1251(tmp_path):
    # A BOM that lies: the body is Russian Windows-1251, so the bytes after it are not UTF-8.
    path = tmp_path / "russian.csv"
    body = "Клиент;Дата;Сумма\nК1;01.02.2024;10,00\nИванов Пётр;02.02.2024;1 500,50\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("cp1251"))
    start = time.perf_counter()
    result = import_file(path, "transactions")
    assert time.perf_counter() - start < TIME_LIMIT_S
    _accounted(result)
    assert result.log.encoding == "cp1251"
    assert result.log.columns == ["Клиент", "Дата", "Сумма"]
    assert result.table["customer_id"].tolist() == ["К1", "Иванов Пётр"]
    assert result.table["amount"].tolist() == [10.0, 1500.5]
    # The owner picking the encoding by hand gets the same, BOM skipped.
    from loyalty_desktop.io.importer import ImportOptions

    chosen = import_file(path, "transactions", options=ImportOptions(encoding="cp1251"))
    assert chosen.log.columns == ["Клиент", "Дата", "Сумма"]


def test_utf8_bom_in_front_of_cp1252_text_imports_as_cp1252(tmp_path):
    path = tmp_path / "swedish.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "Kund;Datum;Belopp\nÅsa Öberg;01.02.2024;10,00\n"
                     .encode("cp1252"))
    result = import_file(path, "transactions")
    assert result.log.encoding == "cp1252" and result.log.columns == ["Kund", "Datum", "Belopp"]
    assert result.table["customer_id"].tolist() == ["Åsa Öberg"]


def test_a_zip_archive_named_csv_is_refused_clearly(tmp_path):
    path = tmp_path / "sales.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert str(caught.value).startswith("sales.csv")
    assert "damaged or not a real spreadsheet" in str(caught.value)


def test_plain_text_named_xlsx_is_read_as_the_text_it_is(tmp_path):
    path = tmp_path / "sales.xlsx"
    path.write_text(SALES, encoding="utf-8")
    result = import_file(path, "transactions")
    assert result.log.rows_accepted == 2 and result.log.rows_rejected == 0


def test_a_stray_quote_inside_a_field_keeps_the_row_accounting_exact(tmp_path):
    # Row 2 opens a quote that only closes inside row 3; row 4 has text after a closing quote.
    path = tmp_path / "quotes.csv"
    path.write_text('Kund;Datum;Belopp\n"K1;01.02.2024;10,00\nK2";"02.02.2024;"5,00\n'
                    '"K3"x;03.02.2024;7,00\nK4;04.02.2024;1,00\n', encoding="utf-8")
    result = import_file(path, "transactions")
    _accounted(result)
    assert "K4" in set(result.table["customer_id"])   # a clean row after the damage survives


# --- project files ------------------------------------------------------------------------
def test_a_zip_named_loyalty_is_not_a_project_and_is_left_unchanged(tmp_path, capsys):
    project = tmp_path / "shop.loyalty"
    with zipfile.ZipFile(project, "w") as archive:
        archive.writestr("data.xml", "<project/>")
    before = project.read_bytes()
    code, err = _cli(capsys, "report", "--project", str(project), "--json", str(tmp_path / "o.json"))
    assert code == 3 and "shop.loyalty: this is not a Loyalty Desktop project file" in err
    code, err = _cli(capsys, "import", str(project), "--transactions", str(_sales(tmp_path)))
    assert code == 3 and "not a Loyalty Desktop project file" in err
    assert project.read_bytes() == before          # appending never overwrote the user's zip


# --- hostile --config JSON for `loyalty-desktop report` ----------------------------------
def _deep_rule(levels: int) -> dict:
    group: dict = {"field": "revenue", "op": ">=", "value": 1}
    for _ in range(levels):
        group = {"match": "any", "conditions": [group]}
    return {"segments": [{"name": "deep", "match": "all", "conditions": [group]}]}


HOSTILE_CONFIGS = {
    "nested_arrays": "[" * 100_000 + "]" * 100_000,
    "nested_objects": '{"a": ' * 50_000 + "1" + "}" * 50_000,
    "integer_of_5000_digits": '{"churn_window_days": ' + "9" * 5000 + "}",
    "infinite_window": '{"churn_window_days": 1e999}',
    "nan_margin": '{"margin": NaN}',
    "wrong_types": '{"period": 7, "churn_window_days": "ninety"}',
    "top_level_array": "[1, 2, 3]",
    "not_json": "churn_window_days = 90",
    "rule_on_a_python_attribute": json.dumps({"segments": [{"name": "x", "match": "all", "conditions": [
        {"field": "__class__", "op": "==", "value": 1}]}]}),
    "rule_groups_nested_300_deep": json.dumps(_deep_rule(300)),
    "between_with_one_value": json.dumps({"criteria": {"name": "L", "match": "all", "conditions": [
        {"field": "tenure_months", "op": "between", "value": ["a", None]}]}}),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_CONFIGS))
def test_hostile_config_json_exits_3_with_one_line_naming_the_path(tmp_path, capsys, case):
    config = tmp_path / f"{case}.json"
    config.write_text(HOSTILE_CONFIGS[case], encoding="utf-8")
    code, err = _cli(capsys, "report", "--transactions", str(_sales(tmp_path)), "--config", str(config),
                     "--json", str(tmp_path / "out.json"))
    assert code == 3, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"loyalty-desktop: {config}"), err
    assert "Traceback" not in err and not (tmp_path / "out.json").exists()


def test_invalid_utf8_in_the_config_names_the_file(tmp_path, capsys):
    config = tmp_path / "bytes.json"
    config.write_bytes(b'{"currency": "\xff\xfe"}')
    code, err = _cli(capsys, "report", "--transactions", str(_sales(tmp_path)), "--config", str(config))
    assert code == 3 and "bytes.json: the config file cannot be read" in err
