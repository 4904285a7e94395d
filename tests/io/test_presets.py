"""Known exports are recognised from their headers and imported with no questions (SPEC §2.1).

Fixtures: tests/fixtures/exports.py (invented data in the vendors' documented layouts)."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.io.importer import import_file
from loyalty_desktop.io.presets import PRESETS
from tests.fixtures import exports


def imported(tmp_path, writer, *args):
    result = import_file(writer(tmp_path, *args))
    log = result.log
    assert log.rows_read == log.rows_accepted + log.rows_rejected
    return result, log


def test_every_preset_has_a_fixture():
    assert {p.name for p in PRESETS} == set(exports.WRITERS)


def test_shopify_orders_continuation_rows_refunds_and_voided_orders(tmp_path):
    result, log = imported(tmp_path, exports.shopify_orders)
    table = result.table.set_index("order_id")
    assert log.preset == "shopify_orders" and log.currency == "SEK"
    # #1001: Total 499.00 once for its two line items (not summed); quantities 1 + 2.
    assert table.loc["#1001", "amount"] == 499.0 and table.loc["#1001", "quantity"] == 3.0
    assert table.loc["#1002", "amount"] == 0.0            # 200.00 − 200.00 refunded: a return
    assert table.loc["#1003", "amount"] == 200.0          # 300.00 − 100.00 partial refund
    assert table.loc["#1002", "customer_id"] == "bo@example.se"
    assert table.loc["#1001", "date"] == pd.Timestamp("2025-12-07 19:08:25")
    assert "#1004" not in table.index and "#1005" not in table.index
    assert (log.rows_read, log.rows_accepted, log.rows_rejected, log.guest_rows) == (6, 4, 2, 1)
    reasons = {p.row: p.reason for p in log.rejects}
    assert reasons[6].startswith('the payment has status "voided"')
    assert "guest" in reasons[7]


def test_shopify_customers_join_names_and_clean_apostrophe_phones(tmp_path):
    result, log = imported(tmp_path, exports.shopify_customers)
    table = result.table
    assert log.preset == "shopify_customers" and log.kind == "customers"
    assert table["customer_id"].tolist() == ["7001", "7002", "7003"]
    assert table["name"].tolist() == ["Anna Berg", "Bo Ek", "Cia"]
    assert table["phone"].iloc[0] == "+46701234567"
    assert table["total_spent"].tolist() == ["799.00", "0.00", "45.00"]


def test_woocommerce_failed_and_cancelled_orders_are_not_purchases(tmp_path):
    result, log = imported(tmp_path, exports.woocommerce_orders)
    assert log.preset == "woocommerce_orders"
    assert result.table["order_id"].tolist() == ["311", "318", "321"]
    assert result.table["amount"].tolist() == [45.0, 12.5, 19.99]
    assert result.table["customer_id"].tolist() == ["Eva de Vries", "Eva de Vries", "Jan Jansen"]
    assert result.table["product"].iloc[0] == "Koffie, bonen 1 kg, Filter"
    assert sorted(p.row for p in log.rejects) == [4, 5]


def test_square_item_sales_are_summed_per_transaction_with_month_first_dates(tmp_path):
    result, log = imported(tmp_path, exports.square_items)
    table = result.table.set_index("order_id")
    assert log.preset == "square_items" and log.currency == "USD"
    assert table.loc["T1", "amount"] == 12.5               # $9.00 + $3.50
    assert table.loc["T3", "amount"] == -7.0               # refund event
    assert table.loc["T1", "date"] == pd.Timestamp("2024-01-05 08:01:12")
    assert log.guest_rows == 1 and log.orders == 2


@pytest.mark.parametrize("columns", [33, 35])
def test_square_transactions_both_layouts(tmp_path, columns):
    path = exports.square_transactions(tmp_path, columns)
    result = import_file(path)
    assert len(result.log.columns) == columns
    assert result.log.preset == "square_transactions"
    assert result.table["amount"].tolist() == [1250.0, 20.0, -20.0]
    assert result.table["date"].iloc[1] == pd.Timestamp("2024-02-13 17:45:10")


def test_stripe_lower_case_currency_failed_payments_and_refunds(tmp_path):
    result, log = imported(tmp_path, exports.stripe_payments)
    table = result.table.set_index("order_id")
    assert log.preset == "stripe_payments" and log.currency == "SEK"
    assert table["amount"].to_dict() == {"ch_3Pa1": 1200.0, "ch_3Pa2": 0.0, "ch_3Pa4": 400.0}
    assert [p.row for p in log.rejects] == [4]
    assert log.rejects[0].reason.startswith('the payment has status "Failed"')


def test_zettle_report_with_preamble_kr_amounts_and_totals_row(tmp_path):
    result, log = imported(tmp_path, exports.zettle_sales)
    assert log.preset == "zettle_sales" and log.header_row == 4
    assert log.footer_rows == 1 and log.currency == "DKK" and log.decimal == ","
    assert result.table["amount"].tolist() == [1234.5, 60.0]
    assert result.table["date"].tolist() == [pd.Timestamp("2024-03-01 10:12"),
                                              pd.Timestamp("2024-03-20 09:05")]
    assert (log.rows_read, log.guest_rows) == (3, 1)


def test_mobilepay_phone_identity_and_day_first_dashes(tmp_path):
    result, log = imported(tmp_path, exports.mobilepay)
    assert log.preset == "mobilepay" and log.currency == "DKK"
    # SPEC §2: phone comes before name; "+45 87 65 43 21" and "+4587654321" are one customer.
    assert result.table["customer_id"].tolist() == ["+4512345678", "+4587654321", "+4587654321"]
    assert result.table["amount"].tolist() == [125.0, 1050.0, -50.0]
    assert result.table["date"].dt.day.tolist() == [3, 5, 9]


def test_google_forms_questions_found_by_their_wording(tmp_path):
    result, log = imported(tmp_path, exports.google_forms)
    assert log.preset == "google_forms" and log.kind == "responses"
    assert result.table["score"].tolist() == [9, 3]
    assert result.table["satisfaction"].tolist() == [5, 2]
    assert result.table["comment"].tolist() == ["Trevlig personal", "För dyrt"]
    assert [p.row for p in log.rejects] == [4]


def test_surveymonkey_two_row_header_and_labelled_scores(tmp_path):
    result, log = imported(tmp_path, exports.surveymonkey)
    table = result.table
    assert log.preset == "surveymonkey" and log.header_row == 2
    assert table["score"].tolist() == [10, 6, 0]
    assert table["satisfaction"].tolist() == [5, 3, 1]
    assert table["customer_id"].tolist() == ["7001", "7002", "7003"]
    assert table["date"].iloc[0] == pd.Timestamp("2024-01-15 14:07:01")
    assert log.rejects == []


def test_typeform_answers_and_empty_started_response(tmp_path):
    result, log = imported(tmp_path, exports.typeform)
    assert log.preset == "typeform"
    assert result.table["score"].tolist() == [8, 10]
    assert result.table["comment"].iloc[0] == "More seats"
    assert result.table["email"].iloc[0] == "lisa@example.nl"
    assert [p.row for p in log.rejects] == [4]
