"""The segment part of one engine pass: RFM columns on the customer table and the SPEC §5
"loyal" and "segments" blocks in the JSON document."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from loyalty_desktop.engine.analysis import analyse, analysis_to_json
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.segment_sections import add_segment_sections


def _dataset():
    # x: 3 purchases (300), y: 1 (50), z: 2 (150); W = 30, as_of 2024-03-31 (last purchase is
    # 03-01, so as_of is given explicitly)
    tx = pd.DataFrame([("x", "2024-01-10", 100.0), ("x", "2024-02-05", 100.0),
                       ("x", "2024-03-01", 100.0), ("y", "2024-01-15", 50.0),
                       ("z", "2024-01-20", 75.0), ("z", "2024-02-25", 75.0)],
                      columns=["customer_id", "date", "amount"])
    tx["customer_id"] = tx["customer_id"].astype("string")
    tx["date"] = pd.to_datetime(tx["date"])
    return Dataset(transactions=tx)


def test_json_document_gets_loyal_and_segments_blocks():
    repeat = {"name": "Repeat", "conditions": [{"field": "purchases", "op": ">=", "value": 2}]}
    broken = {"name": "Broken", "conditions": [{"field": "purchases", "op": ">=", "value": "x"}]}
    defs = Definitions(churn_window_days=30, as_of=pd.Timestamp("2024-03-31").date(),
                       criteria={"name": "Loyal", "conditions": [
                           {"field": "purchases", "op": ">=", "value": 3}]},
                       segments=(repeat, broken))
    dataset = _dataset()
    analysis = analyse(dataset, defs)
    add_segment_sections(analysis, dataset)
    assert {"r_score", "f_score", "m_score", "rfm_segment"} <= set(analysis.customers.columns)
    doc = json.loads(json.dumps(analysis_to_json(analysis)))
    # loyal = x: 1 of 3 customers, 300 of 500 revenue; Feb 1/1 and Mar 1/1 kept
    assert doc["loyal"] == {"name": "Loyal", "customers": 1, "share": pytest.approx(1 / 3),
                            "revenue_share": pytest.approx(0.6), "retention_rate": 1.0}
    assert doc["segments"][0]["name"] == "Repeat" and doc["segments"][0]["customers"] == 2
    assert [s["name"] for s in doc["segments"]].count("Broken") == 0
    assert analysis.sections["segment_analysis"].problems == (
        'Rule "Broken", condition 1: "purchases" needs a number, not "x". '
        'This segment is left out until it is corrected.',)
    # loyal over time: Jan nobody has 3 purchases, Feb nobody, Mar x
    assert [row["loyal"] for row in doc["loyal_history"]] == [0, 0, 1]
    assert doc["loyal_history"][2]["start"] == "2024-03-01"


def test_without_criteria_loyal_is_null_and_rfm_segments_still_listed():
    dataset = _dataset()
    analysis = analyse(dataset, Definitions(churn_window_days=30))
    add_segment_sections(analysis, dataset)
    doc = analysis_to_json(analysis)
    assert doc["loyal"] is None
    assert [s["kind"] for s in doc["segments"]] == ["rfm"] * 11
    assert sum(s["customers"] for s in doc["segments"]) == 3
