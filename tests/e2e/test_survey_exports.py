"""Survey exports end to end (issue 7 point 6): a Google Forms, SurveyMonkey or Typeform
file goes through the real importer (question columns found by their wording) into the
analysis, and the NPS on the Feedback page is the one the answers give."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.analysis import analyse, analysis_to_json
from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.io.importer import import_file
from tests.fixtures import exports


def _orders() -> pd.DataFrame:
    ids = pd.array(["7001", "7002", "7003", "C1"], dtype="string")
    return pd.DataFrame({"customer_id": ids, "date": pd.to_datetime(["2023-12-01"] * 4),
                         "amount": [100.0] * 4})


@pytest.mark.parametrize("writer, scores", [
    (exports.google_forms, [9, 3]),          # Swedish questions
    (exports.surveymonkey, [10, 6, 0]),      # two-row header, "10 - Extremely likely"
    (exports.typeform, [8, 10]),             # a started-but-empty response is rejected
])
def test_survey_export_to_nps(tmp_path, writer, scores):
    result = import_file(writer(tmp_path))
    assert result.log.kind == "responses"
    analysis = analyse(Dataset(transactions=_orders(), responses=result.table), Definitions())
    overall = analysis.sections["nps"].overall
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    assert overall.n == len(scores)
    assert overall.score == pytest.approx(100 * (promoters - detractors) / len(scores))
    # unmatched answers still count for NPS; the JSON block says how many matched
    doc = analysis_to_json(analysis)
    assert doc["nps"]["n"] == len(scores)
    assert doc["responses_join"]["answers"] == len(scores)
