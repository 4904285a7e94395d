"""``loyalty-desktop import P.loyalty --transactions F``: real export files, through the real
importer, into a project file that is created, appended to, and left alone when a file fails."""
from __future__ import annotations

import json

import pytest

from loyalty_desktop.io.errors import ImportFailed
from loyalty_desktop.io.project import Project, ProjectError, import_into_project

JANUARY = ("Order ID,Customer ID,Date,Amount\n"
           "1001,anna,2024-01-03,250.00\n"
           "1002,bo,2024-01-10,99.00\n"
           "1003,anna,2024-01-28,400.00\n")
# The newer export repeats January, refunds 1003 (400 → 0), adds 1004 and 1005, and has a
# guest row (no customer) that the importer rejects.
FEBRUARY = ("Order ID,Customer ID,Date,Amount\n"
            "1001,anna,2024-01-03,250.00\n"
            "1002,bo,2024-01-10,99.00\n"
            "1003,anna,2024-01-28,0.00\n"
            "1004,cia,2024-02-02,75.00\n"
            "1005,bo,2024-02-14,120.00\n"
            "1006,,2024-02-15,10.00\n")


@pytest.fixture
def exports(tmp_path):
    (tmp_path / "jan.csv").write_text(JANUARY, encoding="utf-8")
    (tmp_path / "feb.csv").write_text(FEBRUARY, encoding="utf-8")
    return tmp_path


def test_first_import_creates_the_project_and_reports_counts(exports):
    result = import_into_project(exports / "shop.loyalty", transactions=[exports / "jan.csv"])
    assert result == {"project": str(exports / "shop.loyalty"), "created": True,
                      "imports": [{"file": "jan.csv", "kind": "transactions", "new": 3,
                                   "duplicate": 0, "updated": 0, "rejected": 0}],
                      "totals": {"transactions": 3, "customers": 0, "responses": 0}}
    json.dumps(result)  # what the CLI prints must be JSON
    assert Project.open(exports / "shop.loyalty").dataset.transactions["order_id"].tolist() == [
        "1001", "1002", "1003"]


def test_newer_export_appends_only_new_orders_and_updates_the_refund(exports):
    import_into_project(exports / "shop.loyalty", transactions=[exports / "jan.csv"])
    result = import_into_project(exports / "shop.loyalty", transactions=[exports / "feb.csv"])
    # 6 rows read: 1 guest rejected; of 5 orders 1004, 1005 new, 1001, 1002 known, 1003 changed
    assert result["created"] is False
    assert result["imports"] == [{"file": "feb.csv", "kind": "transactions", "new": 2,
                                  "duplicate": 2, "updated": 1, "rejected": 1}]
    assert result["totals"]["transactions"] == 5
    project = Project.open(exports / "shop.loyalty")
    assert project.dataset.transactions["amount"].tolist() == [250.0, 99.0, 0.0, 75.0, 120.0]
    log = project.imports[1]
    assert (log["rows_read"], log["rows_accepted"], log["rows_rejected"]) == (6, 5, 1)
    assert log["rejects"][0]["row"] == 7


def test_config_updates_only_the_definitions_it_names(exports):
    import_into_project(exports / "shop.loyalty", transactions=[exports / "jan.csv"],
                        config={"margin": 0.3, "period": "quarter"})
    import_into_project(exports / "shop.loyalty", transactions=[exports / "feb.csv"],
                        config={"margin": 0.4})
    definitions = Project.open(exports / "shop.loyalty").definitions
    assert (definitions.margin, definitions.period) == (0.4, "quarter")


def test_a_file_that_cannot_be_imported_leaves_the_project_file_unchanged(exports):
    import_into_project(exports / "shop.loyalty", transactions=[exports / "jan.csv"])
    before = (exports / "shop.loyalty").read_bytes()
    (exports / "broken.csv").write_bytes(b"\x00\x01\x02 not a spreadsheet \xff\xfe" * 50)
    with pytest.raises(ImportFailed):
        import_into_project(exports / "shop.loyalty",
                            transactions=[exports / "feb.csv", exports / "broken.csv"])
    assert (exports / "shop.loyalty").read_bytes() == before


def test_importing_into_a_file_that_is_not_a_project_refuses_and_changes_nothing(exports):
    (exports / "notes.loyalty").write_text("my shopping list", encoding="utf-8")
    with pytest.raises(ProjectError, match="not a Loyalty Desktop project file"):
        import_into_project(exports / "notes.loyalty", transactions=[exports / "jan.csv"])
    assert (exports / "notes.loyalty").read_text(encoding="utf-8") == "my shopping list"
