"""Re-importing a newer, overlapping export: only new rows are added, changed rows are updated,
everything is counted, and the import can be undone (also after saving and reopening)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pytest

from loyalty_desktop.io.project import MergeReport, Project, ProjectError


@dataclass
class Log:
    """Stands in for io.importer.ImportLog: only what the project reads from it."""

    file: str
    kind: str
    rows_rejected: int = 0
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"file": self.file, "kind": self.kind, "rows_rejected": self.rows_rejected,
                **self.extra}


@dataclass
class Result:
    table: pd.DataFrame
    log: Log


def orders(rows, source):
    """rows: (order_id, customer_id, 'YYYY-MM-DD', amount)."""
    return pd.DataFrame({
        "order_id": pd.array([r[0] for r in rows], dtype="string"),
        "customer_id": pd.array([r[1] for r in rows], dtype="string"),
        "date": pd.to_datetime([r[2] for r in rows], format="ISO8601"),
        "amount": [float(r[3]) for r in rows],
        "source": source,
    })


JANUARY = [("1001", "anna", "2024-01-03", 250), ("1002", "bo", "2024-01-10", 99),
           ("1003", "anna", "2024-01-28", 400)]
# The February export repeats the whole history: 1001 unchanged, 1002 unchanged, 1003 was
# refunded (400 → 0), plus two new orders 1004 and 1005.
FEBRUARY = [("1001", "anna", "2024-01-03", 250), ("1002", "bo", "2024-01-10", 99),
            ("1003", "anna", "2024-01-28", 0), ("1004", "cia", "2024-02-02", 75),
            ("1005", "bo", "2024-02-14", 120)]


def imported_january() -> Project:
    project = Project.new()
    project.add_import(Result(orders(JANUARY, "jan.csv"), Log("jan.csv", "transactions")))
    return project


def test_overlapping_newer_export_adds_only_new_orders_and_updates_the_refund():
    project = imported_january()
    report = project.add_import(Result(orders(FEBRUARY, "feb.csv"),
                                       Log("feb.csv", "transactions", rows_rejected=2)))
    # 5 rows in February: 1004 and 1005 new (2); 1001 and 1002 identical (2); 1003 changed (1)
    assert report == MergeReport(file="feb.csv", kind="transactions", new=2, duplicate=2,
                                 updated=1, rejected=2)
    stored = project.dataset.transactions
    assert stored["order_id"].tolist() == ["1001", "1002", "1003", "1004", "1005"]
    assert stored["amount"].tolist() == [250.0, 99.0, 0.0, 75.0, 120.0]
    assert stored["source"].tolist() == ["jan.csv", "jan.csv", "feb.csv", "feb.csv", "feb.csv"]
    assert report.message() == ("feb.csv: new orders: 2; already in the project: 2; changed and "
                                "updated: 1; rows rejected: 2.")


def test_importing_the_same_export_twice_adds_nothing():
    project = imported_january()
    report = project.add_import(Result(orders(JANUARY, "jan (1).csv"),
                                       Log("jan (1).csv", "transactions")))
    assert (report.new, report.duplicate, report.updated) == (0, 3, 0)
    assert len(project.dataset.transactions) == 3


def test_import_log_records_each_merge_with_its_counts():
    project = imported_january()
    project.add_import(Result(orders(FEBRUARY, "feb.csv"), Log("feb.csv", "transactions",
                                                               extra={"rows_read": 7})))
    assert [e["file"] for e in project.imports] == ["jan.csv", "feb.csv"]
    merge = project.imports[1]["merge"]
    assert (merge["import_id"], merge["new"], merge["duplicate"], merge["updated"]) == (2, 2, 2, 1)
    assert project.imports[1]["rows_read"] == 7


def test_undo_restores_the_table_and_the_log_exactly():
    project = imported_january()
    before = project.dataset.transactions.copy()
    project.add_import(Result(orders(FEBRUARY, "feb.csv"), Log("feb.csv", "transactions")))
    undone = project.undo_last_import()
    assert (undone.file, undone.new, undone.updated) == ("feb.csv", 2, 1)
    pd.testing.assert_frame_equal(project.dataset.transactions, before)
    assert [e["file"] for e in project.imports] == ["jan.csv"]
    project.undo_last_import()
    assert len(project.dataset.transactions) == 0 and project.imports == []
    assert not project.can_undo_import


def test_undo_still_works_after_saving_and_reopening(tmp_path):
    project = imported_january()
    before = project.dataset.transactions.copy()
    project.add_import(Result(orders(FEBRUARY, "feb.csv"), Log("feb.csv", "transactions")))
    project.save(tmp_path / "shop.loyalty")
    reopened = Project.open(tmp_path / "shop.loyalty")
    assert reopened.can_undo_import
    reopened.undo_last_import()
    pd.testing.assert_frame_equal(reopened.dataset.transactions, before)
    assert reopened.dirty


def test_undo_with_no_import_says_so():
    with pytest.raises(ProjectError, match="^There is no import to undo.$"):
        Project.new().undo_last_import()


def test_undo_refuses_when_the_table_was_changed_after_the_import():
    project = imported_january()
    project.add_import(Result(orders(FEBRUARY, "feb.csv"), Log("feb.csv", "transactions")))
    shorter = project.dataset.transactions.iloc[:4]
    project.dataset = type(project.dataset)(transactions=shorter)
    with pytest.raises(ProjectError) as caught:
        project.undo_last_import()
    assert str(caught.value) == ("The import of feb.csv cannot be undone because the orders were "
                                 "changed after it (the transactions table has 4 rows, expected 5).")
    assert project.can_undo_import


def test_rows_without_order_id_are_recognised_by_their_content():
    # Two identical coffees in one export are two orders (#0, #1), not a duplicate.
    coffees = [(None, "dag", "2024-03-01 08:15", 35), (None, "dag", "2024-03-01 08:15", 35),
               (None, "eva", "2024-03-02", 60)]
    project = Project.new()
    first = project.add_import(Result(orders(coffees, "till-mar.csv"), Log("a", "transactions")))
    assert (first.new, first.duplicate) == (3, 0)
    again = project.add_import(Result(orders(coffees, "till-mar-2.csv"), Log("b", "transactions")))
    assert (again.new, again.duplicate, again.updated) == (0, 3, 0)
    # A later export with a third identical coffee adds exactly that one.
    later = project.add_import(Result(orders(coffees + [coffees[0]], "x"), Log("c", "transactions")))
    assert (later.new, later.duplicate) == (1, 3)
    assert len(project.dataset.transactions) == 4


def test_float_noise_in_a_recomputed_amount_is_not_a_change():
    project = Project.new()
    project.add_import(Result(orders([("7", "a", "2024-01-01", 0.3)], "x"), Log("x", "transactions")))
    noisy = orders([("7", "a", "2024-01-01", 0.1 + 0.2)], "y")   # 0.30000000000000004
    report = project.add_import(Result(noisy, Log("y", "transactions")))
    assert (report.duplicate, report.updated) == (1, 0)


def test_repeated_order_id_inside_one_file_counts_as_duplicate():
    rows = [("9", "a", "2024-01-01", 10), ("9", "a", "2024-01-01", 10), ("10", "b", "2024-01-02", 5)]
    report = Project.new().add_import(Result(orders(rows, "x"), Log("x", "transactions")))
    assert (report.new, report.duplicate) == (2, 1)


def test_newer_customer_list_updates_attributes_and_adds_new_columns():
    project = Project.new()
    march = pd.DataFrame({"customer_id": ["anna", "bo"], "city": ["Malmö", "Lund"]})
    project.add_import(Result(march, Log("customers-mar.csv", "customers")))
    april = pd.DataFrame({"customer_id": ["bo", "anna", "cia"], "city": ["Malmö", "Malmö", "Ystad"],
                          "gender": ["m", None, "f"]})
    report = project.add_import(Result(april, Log("customers-apr.csv", "customers")))
    # cia new; bo moved Lund → Malmö and got a gender (updated); anna identical, gender empty
    assert (report.new, report.duplicate, report.updated) == (1, 1, 1)
    stored = project.dataset.customers.set_index("customer_id")
    assert stored.loc["bo", "city"] == "Malmö" and stored.loc["bo", "gender"] == "m"
    assert pd.isna(stored.loc["anna", "gender"])
    project.undo_last_import()
    assert project.dataset.customers.to_dict("list") == {"customer_id": ["anna", "bo"],
                                                         "city": ["Malmö", "Lund"]}


def test_survey_answers_without_an_id_are_deduplicated_by_content():
    wave1 = pd.DataFrame({"score": pd.array([9, 3], dtype="Int64"),
                          "comment": ["Bra service", "För dyrt"], "email": ["a@x.se", None]})
    both = pd.DataFrame({"score": pd.array([9, 3, 10], dtype="Int64"),
                         "comment": ["Bra service", "För dyrt", "Toppen"],
                         "email": ["a@x.se", None, "c@x.se"]})
    project = Project.new()
    project.add_import(Result(wave1, Log("nps-1.csv", "responses")))
    report = project.add_import(Result(both, Log("nps-2.csv", "responses")))
    assert (report.new, report.duplicate) == (1, 2)
    assert project.dataset.responses["score"].tolist() == [9, 3, 10]


def test_unknown_kind_is_refused_with_the_file_name():
    with pytest.raises(ProjectError, match=r"^menu\.csv: cannot add 'products' data"):
        Project.new().add_import(Result(pd.DataFrame({"a": [1]}), Log("menu.csv", "products")))


def test_adding_an_import_marks_the_project_dirty():
    project = Project.new()
    assert not project.dirty
    project.add_import(Result(orders(JANUARY, "jan.csv"), Log("jan.csv", "transactions")))
    assert project.dirty
