"""The at-risk list: one column per warning sign, reasons in words, ranked by value at risk."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.clv import ClvResult
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.risk import (REASON_SEPARATOR, SIGNS, at_risk, at_risk_json,
                                         for_segment, recent_activity, value_at_risk_basis)

AS_OF = pd.Timestamp("2024-06-30")


def customer_table(rows: dict[str, dict]) -> pd.DataFrame:
    """A hand-made customer table with the ARCHITECTURE.md columns the signs read."""
    base = {"purchases": 3, "revenue": 300.0, "returns": 0, "days_since_last_purchase": 10,
            "typical_gap_days": 30.0, "status": "active", "rfm_segment": "Loyal"}
    frame = pd.DataFrame([{**base, **values} for values in rows.values()],
                         index=pd.Index(list(rows), name="customer_id"))
    return frame


def clv(p_alive: dict[str, float], value: dict[str, float], model: str = "bgnbd") -> ClvResult:
    ids = list(value)
    customers = pd.DataFrame({"p_alive": [p_alive.get(i, np.nan) for i in ids],
                              "expected_purchases": 1.0, "expected_spend": 10.0,
                              "predicted_clv": [value[i] for i in ids]},
                             index=pd.Index(ids, name="customer_id"))
    return ClvResult(model, "", {}, None, 12, customers)


TABLE = customer_table({
    "A": {"days_since_last_purchase": 96, "typical_gap_days": 30.0, "email": "a@shop.se"},
    "B": {"days_since_last_purchase": 40, "typical_gap_days": 30.0},      # 40 ≤ 1.5 × 30 = 45
    "C": {"days_since_last_purchase": 200, "typical_gap_days": np.nan, "purchases": 1},
    "D": {"rfm_segment": "At risk"},
    "E": {},
    "F": {"rfm_segment": "At risk"},
})
CLV = clv({"A": 0.6, "B": 0.9, "C": 0.7, "D": 0.9, "E": 0.95, "F": 0.2},
          {"A": 100.0, "B": 80.0, "C": 20.0, "D": 300.0, "E": 40.0, "F": 50.0})
FEEDBACK = pd.DataFrame({"nps_score": pd.array([3, pd.NA], dtype="Int64"),
                         "satisfaction": pd.array([pd.NA, 2], dtype="Int64")},
                        index=pd.Index(["D", "E"], name="customer_id"))


def test_overdue_means_more_than_one_and_a_half_usual_gaps_with_the_reason_in_words():
    risk = at_risk(TABLE, CLV)
    assert bool(risk.loc["A", "overdue"])
    assert risk.loc["A", "reasons"] == "last bought 96 days ago; usually every 30"
    assert "B" not in risk.index                 # 40 days is within 1.5 × 30
    assert "C" not in risk.index                 # a one-time buyer has no usual gap


def test_detractor_and_low_satisfaction_are_warning_signs():
    risk = at_risk(TABLE, CLV, FEEDBACK)
    assert bool(risk.loc["D", "unhappy"]) and bool(risk.loc["E", "unhappy"])
    assert risk.loc["D", "reasons"] == "gave a score of 3 out of 10"
    assert risk.loc["E", "reasons"] == "rated satisfaction 2 out of 5"


def test_low_p_alive_is_a_warning_sign():
    risk = at_risk(TABLE, CLV)
    assert bool(risk.loc["F", "likely_lost"])
    assert risk.loc["F", "reasons"] == "probably no longer buying: 20% chance they are still a customer"
    assert not risk.loc["A", "likely_lost"]      # 0.6 ≥ 0.5


def test_list_is_ranked_by_value_at_risk():
    risk = at_risk(TABLE, CLV, FEEDBACK)
    # value at risk = (1 − P(alive)) × CLV:
    # A 0.4 × 100 = 40, F 0.8 × 50 = 40, D 0.1 × 300 = 30, E 0.05 × 40 = 2
    assert risk["value_at_risk"].to_dict() == pytest.approx({"A": 40.0, "F": 40.0, "D": 30.0, "E": 2.0})
    assert list(risk.index[2:]) == ["D", "E"]
    assert risk["value_at_risk"].is_monotonic_decreasing


def test_every_sign_has_its_own_boolean_column_and_a_count():
    risk = at_risk(TABLE, CLV, FEEDBACK, only_at_risk=False)
    assert len(risk) == 6
    for sign in SIGNS:
        assert risk[sign].dtype == bool, sign
    assert risk["warning_signs"].to_dict() == {"A": 1, "F": 1, "D": 1, "E": 1, "B": 0, "C": 0}


def shop_orders() -> pd.DataFrame:
    rows = [
        # G: 3 purchases 31–59 days before as_of, 1 in the last 30 days, and a refund 5 days ago
        ("G", "2024-05-05", 20.0), ("G", "2024-05-12", 25.0), ("G", "2024-05-20", 30.0),
        ("G", "2024-06-10", 15.0), ("G", "2024-06-25", -15.0),
        # H: 2 before, none since → buying less; I: 1 before, none since → too little to say
        ("H", "2024-05-10", 10.0), ("H", "2024-05-25", 10.0),
        ("I", "2024-05-10", 10.0),
    ]
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["email"] = frame["customer_id"].str.lower() + "@example.com"
    frame.loc[frame["customer_id"] == "H", "email"] = [None, "h.new@example.com"]
    return frame


def test_recent_activity_counts_the_last_period_and_the_one_before():
    counts = recent_activity(shop_orders(), AS_OF, 30)
    # last period = 2024-06-01 … 06-30, previous = 2024-05-02 … 05-31
    assert counts.loc["G"].to_dict() == {"purchases_last_period": 1, "purchases_previous_period": 3,
                                         "returns_last_period": 1}
    assert counts.loc["H"].to_dict() == {"purchases_last_period": 0, "purchases_previous_period": 2,
                                         "returns_last_period": 0}


def test_buying_less_often_and_recent_returns_come_from_the_orders():
    table = customer_table({"G": {}, "H": {}, "I": {}})
    result = clv({}, {"G": 100.0, "H": 50.0, "I": 10.0})
    risk = at_risk(table, result, defs=Definitions(period="month"), transactions=shop_orders(),
                   as_of=AS_OF)
    assert risk.loc["G", "reasons"] == REASON_SEPARATOR.join([
        "bought once in the last 30 days, 3 times in the 30 before",
        "returned an order in the last 30 days"])
    assert risk.loc["H", "reasons"] == "no purchase in the last 30 days, 2 in the 30 before"
    assert "I" not in risk.index


def test_contact_details_pass_through_for_the_win_back_export():
    table = customer_table({"G": {}, "H": {}})
    risk = at_risk(table, clv({}, {"G": 1.0, "H": 1.0}), transactions=shop_orders(), as_of=AS_OF)
    assert risk.loc["G", "email"] == "g@example.com"
    assert risk.loc["H", "email"] == "h.new@example.com"      # the latest known address
    assert list(risk.columns[:2]) == ["email", "value_at_risk"]
    assert at_risk(TABLE, CLV).loc["A", "email"] == "a@shop.se"   # from the customer list


def test_without_a_fitted_model_a_listed_customers_whole_clv_is_at_risk():
    simple = clv({}, {k: 100.0 for k in TABLE.index}, model="simple")
    risk = at_risk(TABLE, simple, FEEDBACK)
    assert set(risk.index) == {"A", "D", "E"}
    assert (risk["value_at_risk"] == 100.0).all()
    assert not risk["likely_lost"].any()
    assert value_at_risk_basis(simple).startswith("value at risk = the whole predicted value")
    assert value_at_risk_basis(CLV) == "value at risk = (1 − chance still a customer) × predicted value"


def test_at_risk_json_lists_reasons_separately_even_when_one_contains_a_semicolon():
    risk = at_risk(TABLE, CLV, FEEDBACK)
    block = at_risk_json(risk, top=2)
    assert block["customers"] == 4
    assert block["total_value_at_risk"] == pytest.approx(112.0)
    assert block["top"][0] == {"customer_id": "A", "reasons": ["last bought 96 days ago; usually every 30"],
                               "signs": ["overdue"], "value_at_risk": pytest.approx(40.0)}
    assert len(block["top"]) == 2


def test_filter_by_segment_keeps_the_ranking():
    risk = at_risk(TABLE, CLV, FEEDBACK)
    members = TABLE.index[TABLE["rfm_segment"] == "At risk"]
    assert list(for_segment(risk, members).index) == ["F", "D"]


def test_at_risk_list_section_carries_its_caption_into_the_json():
    from loyalty_desktop.engine.risk import at_risk_list

    section = at_risk_list(TABLE, CLV, FEEDBACK)
    block = section.to_json(top=1)
    assert block["customers"] == 4 and [row["customer_id"] for row in block["top"]] == ["A"]
    assert block["basis"] == "value at risk = (1 − chance still a customer) × predicted value"


def test_at_risk_list_reads_p_alive_already_joined_to_the_customer_table():
    from loyalty_desktop.engine.risk import at_risk_list

    joined = TABLE.join(CLV.customers[["p_alive", "predicted_clv"]])
    section = at_risk_list(joined, None, FEEDBACK)
    assert section.table["value_at_risk"].to_dict() == pytest.approx(
        {"A": 40.0, "F": 40.0, "D": 30.0, "E": 2.0})
    assert section.basis == "value at risk = (1 − chance still a customer) × predicted value"


def test_each_sign_has_its_reason_in_words_in_its_own_column():
    from loyalty_desktop.engine.risk import REASON_COLUMNS

    risk = at_risk(TABLE, CLV, FEEDBACK)
    assert REASON_COLUMNS == ("overdue_reason", "buying_less_reason", "unhappy_reason",
                              "recent_returns_reason", "likely_lost_reason")
    reasons = risk[list(REASON_COLUMNS)].astype(str)
    assert reasons.loc["A"].tolist() == ["last bought 96 days ago; usually every 30", "", "", "", ""]
    assert reasons.loc["D", "unhappy_reason"] == "gave a score of 3 out of 10"
    assert reasons.loc["E", "unhappy_reason"] == "rated satisfaction 2 out of 5"
    assert reasons.loc["F", "likely_lost_reason"] == (
        "probably no longer buying: 20% chance they are still a customer")
    # a reason is written exactly where its sign fires, and "reasons" joins them
    for sign, column in zip(SIGNS, REASON_COLUMNS):
        assert ((reasons[column] != "") == risk[sign]).all()
    assert risk.loc["F", "reasons"] == risk.loc["F", "likely_lost_reason"]


def test_for_group_adds_the_rfm_segment_and_limits_to_the_members():
    from loyalty_desktop.engine.risk import for_group

    risk = at_risk(TABLE.drop(columns=["rfm_segment"]), CLV, FEEDBACK)
    everybody = for_group(risk, TABLE)
    assert list(everybody.index) == list(risk.index) == ["A", "F", "D", "E"]
    assert everybody["rfm_segment"].to_dict() == {"A": "Loyal", "F": "At risk", "D": "At risk",
                                                  "E": "Loyal"}
    assert list(for_group(risk, TABLE, ["E", "D", "Z"]).index) == ["D", "E"]
