"""Joining survey answers to customers and the per-customer feedback fields (issue 7 point 1)."""
from __future__ import annotations

import pandas as pd
import pytest

from loyalty_desktop.engine.nps import nps
from loyalty_desktop.engine.responses import (customer_feedback_columns, detect_survey_columns,
                                              join_responses, normalise_customer_id,
                                              normalise_email, parse_scale, survey_to_responses,
                                              year_first_timestamps)


def _customers() -> pd.DataFrame:
    return pd.DataFrame({"email": ["anna@shop.se", "bo@mail.dk", None]},
                        index=pd.Index(["C1", "C2", "C3"], name="customer_id"))


def test_email_is_trimmed_lower_cased_and_must_have_one_at():
    emails = normalise_email(pd.Series([" Anna@Shop.SE ", "mailto:Bo@Mail.dk", "no-at", "a@b@c", None]))
    assert emails.tolist()[:2] == ["anna@shop.se", "bo@mail.dk"]
    assert emails.iloc[2:].isna().all()


def test_float_written_ids_match_their_integer_form():
    assert normalise_customer_id(pd.Series(["17850.0", " 0042 ", ""])).tolist()[:2] == ["17850", "0042"]


def test_answers_join_by_id_first_then_by_email_and_report_the_rate():
    responses = pd.DataFrame({
        "score": pd.array([10, 3, 8, 9], dtype="Int64"),
        "customer_id": ["C3", None, "X9", None],
        "email": [None, " ANNA@shop.se", "bo@mail.dk", "stranger@web.nl"],
    })
    join = join_responses(responses, _customers())
    # row 0 by id; row 1 by e-mail; row 2: unknown id but known e-mail; row 3: no match → 3 of 4
    assert join.responses["customer_id"].tolist()[:3] == ["C3", "C1", "C2"]
    assert pd.isna(join.responses["customer_id"].iloc[3])
    assert join.responses["matched_by"].tolist()[:3] == ["customer_id", "email", "email"]
    assert (join.by_id, join.by_email, join.match_rate) == (1, 2, 0.75)
    assert join.sentence == ("3 of 4 answers (75%) matched a customer: 1 by customer id, 2 by "
                             "e-mail. Unmatched answers still count for NPS.")
    assert join.responses["respondent_id"].tolist()[2] == "X9"


def test_emails_from_orders_and_email_identities_also_match():
    transactions = pd.DataFrame({"customer_id": ["T1", "eva@cafe.nl"],
                                 "date": pd.to_datetime(["2024-01-01", "2024-01-02"]),
                                 "amount": [10.0, 20.0], "email": ["t1@x.se", None]})
    responses = pd.DataFrame({"score": pd.array([9, 9], dtype="Int64"),
                              "email": ["T1@x.se", "Eva@Cafe.nl"]})
    join = join_responses(responses, None, transactions)
    assert join.responses["customer_id"].tolist() == ["T1", "eva@cafe.nl"]


def test_no_answers_has_no_rate():
    join = join_responses(pd.DataFrame({"score": pd.array([], dtype="Int64")}), _customers())
    assert join.match_rate is None and join.sentence == "There are no survey answers to match."


def test_feedback_columns_take_the_latest_answer_per_customer():
    responses = pd.DataFrame({
        "customer_id": ["C1", "C1", "C2", None],
        "date": pd.to_datetime(["2024-05-01", "2024-01-01", "2024-02-01", "2024-02-01"]),
        "score": pd.array([4, 10, 9, 0], dtype="Int64"),
        "satisfaction": pd.array([None, 5, 4, 1], dtype="Int64"),
    })
    out = customer_feedback_columns(responses, pd.Index(["C1", "C2", "C3"]))
    # C1: the May answer (4) is newer than January's 10; its satisfaction is only in January
    assert out.loc["C1", "nps_score"] == 4 and out.loc["C1", "nps_category"] == "detractor"
    assert out.loc["C1", "satisfaction"] == 5
    assert out.loc["C2", "nps_category"] == "promoter"
    assert out.loc["C3"].isna().all()
    assert list(out.columns) == ["nps_score", "nps_category", "satisfaction"]
    assert str(out["nps_score"].dtype) == "Int64"


# --- survey exports found by their question text ------------------------------------------


def test_google_forms_export_in_swedish():
    raw = pd.DataFrame({
        "Tidstämpel": ["2024/03/05 10:12:13 fm. GMT+1", "2024/03/06 18:00:00", ""],
        "E-postadress": ["anna@shop.se", "bo@mail.dk", "eva@cafe.nl"],
        "Hur troligt är det att du skulle rekommendera oss till en vän?": ["10", "6", "9"],
        "Vad är den främsta anledningen till ditt betyg?": ["Bra kaffe", "", "Trevlig personal"],
        "Hur nöjd är du med servicen?": ["Mycket nöjd", "Missnöjd", "5"],
    })
    table = survey_to_responses(raw)
    assert table.mapping["score"] == ["Hur troligt är det att du skulle rekommendera oss till en vän?"]
    assert table.mapping["comment"] == ["Vad är den främsta anledningen till ditt betyg?"]
    assert table.responses["score"].tolist() == [10, 6, 9]
    assert table.responses["satisfaction"].tolist() == [5, 2, 5]
    assert pd.isna(table.responses["comment"].iloc[1])
    # "fm." is not a time-of-day marker pandas knows: row 2 is reported, not guessed
    assert table.problems.to_dict("records") == [{
        "row": 2, "column": "Tidstämpel", "value": "2024/03/05 10:12:13 fm. GMT+1",
        "reason": "“2024/03/05 10:12:13 fm. GMT+1” is not a date and time"}]
    assert table.responses["date"].iloc[1] == pd.Timestamp("2024-03-06 18:00")


def test_surveymonkey_export_with_worded_scores_and_a_bad_cell():
    raw = pd.DataFrame({
        "Respondent ID": ["114", "115", "116", "117"],
        "End Date": ["2024-05-01 09:00:00", "2024-05-02 10:00:00", "2024-05-02 11:00:00",
                     "2024-05-03 12:00:00"],
        "Email Address": ["a@x.se", "b@x.se", "c@x.se", "d@x.se"],
        "How likely is it that you would recommend Kafé Linnea to a friend or colleague? - Response":
            ["10 - Extremely likely", "0 - Not at all likely", "8", "eleven"],
        "What is the primary reason for your score? - Open-Ended Response":
            ["Great coffee", "Rude staff", "", "Fine"],
    })
    table = survey_to_responses(raw)
    assert table.responses["score"].tolist()[:3] == [10, 0, 8]
    assert pd.isna(table.responses["score"].iloc[3])
    assert table.problems["row"].tolist() == [5] and table.problems["reason"].iloc[0] == (
        "“eleven” is not a score from 0 to 10")
    assert table.responses["respondent_id"].tolist()[0] == "114"
    assert nps(table.responses["score"]).n == 3


def test_typeform_exports_in_dutch_danish_and_russian():
    headers = {
        "nl": ("Hoe waarschijnlijk is het dat u ons zou aanbevelen?", "Waarom?"),
        "da": ("Hvor sandsynligt er det, at du vil anbefale os til en ven?",
               "Hvad er hovedårsagen til din vurdering?"),
        "ru": ("Насколько вероятно, что вы порекомендуете нас другу?",
               "Какова основная причина вашей оценки?"),
    }
    for score_q, comment_q in headers.values():
        raw = pd.DataFrame({"#": ["abc"], score_q: ["9"], comment_q: ["tekst"],
                            "Submitted At": ["2024-02-01 10:00:00"], "Network ID": ["n1"]})
        mapping = detect_survey_columns(raw)
        assert mapping["score"] == [score_q] and mapping["comment"] == [comment_q]
        assert mapping["date"] == ["Submitted At"]


def test_exit_survey_reason_column_is_not_a_comment():
    raw = pd.DataFrame({"Varför slutade du handla hos oss?": ["För dyrt", "Flyttade"],
                        "Why did you stop shopping with us?": ["Too expensive", "Moved"]})
    mapping = detect_survey_columns(raw)
    assert mapping == {"reason": ["Varför slutade du handla hos oss?",
                                  "Why did you stop shopping with us?"]}


def test_a_satisfaction_question_answered_in_words_is_a_comment():
    raw = pd.DataFrame({"What would make you more satisfied?": ["Cheaper cake", "More seats",
                                                                "Nothing"]})
    assert detect_survey_columns(raw) == {"comment": ["What would make you more satisfied?"]}


def test_scale_parsing_rejects_fractions_and_out_of_range():
    answers, bad = parse_scale(pd.Series(["7.0", "8.5", "11", "", None]), 0, 10)
    assert answers.iloc[0] == 7 and answers.iloc[1:].isna().all()
    assert bad.tolist() == [False, True, True, False, False]


def test_day_first_text_is_left_to_io_and_reported():
    stamps, bad = year_first_timestamps(pd.Series(["2024-03-05T10:12:13Z", "05/03/2024"]))
    assert stamps.iloc[0] == pd.Timestamp("2024-03-05 10:12:13") and pd.isna(stamps.iloc[1])
    assert bad.tolist() == [False, True]


def test_every_survey_section_serialises_to_strict_json():
    """The wiring the lead adds to analysis.py, run on a small hand-made shop."""
    import json

    from loyalty_desktop.engine.definitions import Definitions
    from loyalty_desktop.engine.nps import nps_report, wave_labels
    from loyalty_desktop.engine.representativeness import representativeness
    from loyalty_desktop.engine.satisfaction import satisfaction_report
    from loyalty_desktop.engine.text import comment_report

    customers = pd.DataFrame({"email": ["anna@shop.se", "bo@mail.dk", None],
                              "revenue": [100.0, 50.0, 10.0]},
                             index=pd.Index(["C1", "C2", "C3"], name="customer_id"))
    orders = pd.DataFrame({"customer_id": ["C1", "C1", "C2", "C3"],
                           "date": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-01-05",
                                                   "2024-06-30"]),
                           "amount": [60.0, 40.0, 50.0, 10.0]})
    responses = pd.DataFrame({
        "email": ["Anna@shop.se", None, "x@y.z"], "customer_id": [None, "C2", None],
        "date": pd.to_datetime(["2024-01-10", "2024-01-06", "2024-01-07"]),
        "score": pd.array([10, 3, 8], dtype="Int64"),
        "satisfaction": pd.array([5, 2, None], dtype="Int64"),
        "comment": ["Fast delivery, friendly staff", "Too expensive", None],
    })
    defs = Definitions()
    join = join_responses(responses, customers, orders)
    answers = join.responses
    sections = {
        "responses_join": join,
        "nps": nps_report(answers, defs),
        "satisfaction": satisfaction_report(answers, orders, defs.repurchase_window_days),
        "comments": comment_report(answers, wave_labels(answers, defs.nps_wave)),
        "representativeness": representativeness(customers, answers["customer_id"]),
    }
    doc = json.loads(json.dumps({k: v.to_json() for k, v in sections.items()}, allow_nan=False))
    assert doc["responses_join"]["match_rate"] == pytest.approx(2 / 3)
    assert doc["nps"]["n"] == 3 and doc["nps"]["waves"][0]["wave"] == "2024-H1"
    # Anna (C1) answered on 10 Jan and bought again on 1 Feb; too few answers for a rate
    assert doc["satisfaction"]["levels"][4]["n"] == 1
    assert doc["satisfaction"]["levels"][4]["repurchase_rate"] is None
    # "Fast delivery, friendly staff" → delivery, staff; "Too expensive" → price
    assert {t["group"] for t in doc["comments"]["themes"] if t["comments"]} == {
        "delivery", "staff", "price"}
    assert doc["representativeness"]["respondents"] == 2
