"""The .loyalty file: everything round-trips; newer, damaged and foreign files get a clear message
and are never changed; a failed or cancelled save leaves the previous file as it was."""
from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from loyalty_desktop.engine.data import Dataset
from loyalty_desktop.engine.definitions import Definitions
from loyalty_desktop.engine.progress import Cancelled
from loyalty_desktop.io import project_store
from loyalty_desktop.io.project import Project, ProjectError
from loyalty_desktop.io.project_store import APPLICATION_ID, SCHEMA_VERSION, migrate


def full_dataset() -> Dataset:
    """Every dtype the importer produces, with missing values in each nullable column."""
    transactions = pd.DataFrame({
        "customer_id": pd.array(["C1", "C2", "C1"], dtype="string"),
        "date": pd.to_datetime(["2024-01-05 10:30:00", "2024-02-29 00:00:00", "2024-03-01 23:59:59"]
                               ).astype("datetime64[ns]"),
        "amount": [120.5, -30.25, 1e-2],
        "order_id": pd.array(["A-1", "A-2", None], dtype="string"),
        "quantity": pd.array([1, None, 3], dtype="Int64"),
        "product": ["Kaffe", "Блины", None],          # pandas 3 default str dtype
        "paid_online": [True, False, True],
        "channel": pd.Categorical(["shop", "web", "shop"]),
    })
    customers = pd.DataFrame({
        "customer_id": pd.array(["C1", "C2"], dtype="string"),
        "email": ["a@example.se", None],
        "signup_date": pd.to_datetime(["2023-12-01", None]),
        "city": ["Malmö", "København"],
        "visits": pd.array([4, None], dtype="Int64"),
        "signed_up_utc": pd.to_datetime(["2023-12-01 08:00", "2024-01-01 09:00"], utc=True),
        # Parquet has no seconds unit; the catalog restores it.
        "first_visit": pd.to_datetime(["2023-11-30 17:45:00", None]).astype("datetime64[s]"),
    })
    responses = pd.DataFrame({
        "score": pd.array([10, 3, None], dtype="Int64"),
        "satisfaction": pd.array([5, None, 2], dtype="Int64"),
        "customer_id": ["C1", "C2", None],
        "comment": ["Trevlig personal", "Очень дорого", ""],
        "wave": ["2024-H1", "2024-H1", "2024-H2"],
        "would_recommend_to_a_colleague": [1.0, np.nan, 0.5],
    })
    return Dataset(transactions, customers, responses)


def full_definitions() -> Definitions:
    return Definitions(
        period="quarter", as_of=date(2024, 6, 30), churn_window_days=120, margin=0.35,
        criteria={"name": "Loyal", "match": "all",
                  "conditions": [{"field": "tenure_months", "op": ">=", "value": 12}]},
        segments=({"name": "Malmö", "match": "all",
                   "conditions": [{"field": "city", "op": "==", "value": "Malmö"}]},),
        benchmarks={"retention_rate": 0.6}, targets={"nps": 40.0}, currency="SEK")


def saved_project(tmp_path: Path) -> Path:
    project = Project(full_dataset(), full_definitions(),
                      imports=[{"file": "kassa.csv", "kind": "transactions", "rows_read": 4,
                                "rows_accepted": 3, "rows_rejected": 1,
                                "rejects": [{"row": 3, "column": "Belopp", "reason": "not a number"}]}],
                      settings={"page": "retention", "filters": {"segment": "Malmö"}})
    path = tmp_path / "Café.loyalty"
    project.save(path)
    return path


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def open_error(path: Path) -> str:
    before = snapshot(path) if path.is_file() else None
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    if before is not None:
        assert snapshot(path) == before, "opening a bad file must not change it"
    return str(caught.value)


# -- round trip ----------------------------------------------------------------------------
def test_every_table_and_dtype_round_trips(tmp_path):
    expected = full_dataset()
    opened = Project.open(saved_project(tmp_path))
    pd.testing.assert_frame_equal(opened.dataset.transactions, expected.transactions)
    pd.testing.assert_frame_equal(opened.dataset.customers, expected.customers)
    pd.testing.assert_frame_equal(opened.dataset.responses, expected.responses)


def test_definitions_criteria_segments_benchmarks_settings_and_log_round_trip(tmp_path):
    opened = Project.open(saved_project(tmp_path))
    assert opened.definitions == full_definitions()
    assert opened.settings == {"page": "retention", "filters": {"segment": "Malmö"}}
    assert opened.imports[0]["rejects"] == [{"row": 3, "column": "Belopp", "reason": "not a number"}]
    assert opened.imports[0]["rows_read"] == 4
    assert opened.path == tmp_path / "Café.loyalty"
    assert opened.dirty is False


def test_file_is_sqlite_with_our_application_id_schema_version_and_typed_tables(tmp_path):
    path = saved_project(tmp_path)
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        meta = dict(con.execute("SELECT key, value FROM meta"))
        columns = con.execute("SELECT column_name, dtype FROM data_columns "
                              "WHERE table_name = 'customers' ORDER BY position").fetchall()
        accounting = con.execute("SELECT rows_read, rows_accepted, rows_rejected FROM imports"
                                 ).fetchall()
        parts = {n for n, in con.execute("SELECT name FROM definitions")}
    finally:
        con.close()
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["format"] == "loyalty-desktop/project"
    assert {"app_version", "created", "modified"} <= set(meta)
    assert columns[0] == ("customer_id", "string") and ("visits", "Int64") in columns
    assert accounting == [(4, 3, 1)]
    assert parts == {"core", "criteria", "segments", "benchmarks", "targets"}


def test_object_column_mixing_numbers_and_text_is_stored_as_text(tmp_path):
    customers = pd.DataFrame({"customer_id": ["C1", "C2"], "member_no": [1017, "A-22"]})
    Project(Dataset(customers=customers)).save(tmp_path / "mixed.loyalty")
    opened = Project.open(tmp_path / "mixed.loyalty").dataset.customers
    assert opened["member_no"].tolist() == ["1017", "A-22"]


def test_new_project_is_empty_clean_and_saves_and_opens(tmp_path):
    project = Project.new()
    assert (project.dirty, project.path, project.name) == (False, None, "Untitled")
    project.save(tmp_path / "empty.loyalty")
    opened = Project.open(tmp_path / "empty.loyalty")
    assert len(opened.dataset.transactions) == 0
    assert list(opened.dataset.transactions.columns) == ["customer_id", "date", "amount"]
    assert opened.definitions == Definitions()


def test_changing_definitions_or_settings_marks_dirty_and_saving_clears_it(tmp_path):
    project = Project.new()
    project.definitions = project.definitions.replace(margin=0.5)
    assert project.dirty
    project.save(tmp_path / "p.loyalty")
    assert not project.dirty
    project.settings = {"page": "nps"}
    assert project.dirty


def test_save_without_a_path_asks_for_a_file_name():
    with pytest.raises(ProjectError, match="Choose a file name"):
        Project.new().save()


# -- files that are not (or no longer) good projects ---------------------------------------------
def test_file_from_a_newer_version_gets_a_clear_message_and_is_unchanged(tmp_path):
    path = saved_project(tmp_path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    message = open_error(path)
    assert message == (
        f"Café.loyalty was saved by a newer version of Loyalty Desktop (project format "
        f"{SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}). Please update the "
        f"app to open it. Nothing was changed.")


def test_newer_schema_in_meta_table_alone_is_also_recognised(tmp_path):
    path = saved_project(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    assert "newer version of Loyalty Desktop (project format 7;" in open_error(path)


def test_random_bytes_are_not_a_project(tmp_path):
    path = tmp_path / "photo.loyalty"
    path.write_bytes(np.random.default_rng(7).bytes(5000))
    assert open_error(path) == ("photo.loyalty: this is not a Loyalty Desktop project file. "
                                "Open a .loyalty file, or import spreadsheets with File ▸ Import.")


def test_truncated_project_is_reported_damaged_and_unchanged(tmp_path):
    path = saved_project(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    message = open_error(path)
    assert message.startswith("Café.loyalty: the project file is damaged and cannot be opened")
    assert "cut short" in message and message.endswith(
        "Nothing was changed. If you have an autosave or backup copy, open that instead.")


def test_foreign_sqlite_database_is_recognised(tmp_path):
    path = tmp_path / "addresses.loyalty"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE people(name TEXT)")
    con.execute("INSERT INTO people VALUES ('Anna')")
    con.commit()
    con.close()
    assert open_error(path) == ("addresses.loyalty: this is a database from another program, "
                                "not a Loyalty Desktop project. Nothing was changed.")


def test_data_damaged_inside_a_valid_database_fails_its_checksum(tmp_path):
    path = saved_project(tmp_path)
    con = sqlite3.connect(path)
    blob = bytearray(con.execute("SELECT data FROM data_chunks WHERE table_name = "
                                 "'transactions'").fetchone()[0])
    blob[len(blob) // 2] ^= 0xFF
    con.execute("UPDATE data_chunks SET data = ? WHERE table_name = 'transactions'", (bytes(blob),))
    con.commit()
    con.close()
    assert "(the transactions data fails its checksum)" in open_error(path)


def test_missing_meta_table_is_damaged_not_a_traceback(tmp_path):
    path = saved_project(tmp_path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE meta")
    con.commit()
    con.close()
    assert "the project file is damaged" in open_error(path)


def test_empty_missing_and_folder_paths_have_their_own_messages(tmp_path):
    (tmp_path / "empty.loyalty").write_bytes(b"")
    assert open_error(tmp_path / "empty.loyalty") == (
        "empty.loyalty: the file is empty, so it is not a Loyalty Desktop project.")
    assert open_error(tmp_path / "gone.loyalty") == (
        "gone.loyalty: the project file does not exist. Check the name and folder and try again.")
    (tmp_path / "folder.loyalty").mkdir()
    assert open_error(tmp_path / "folder.loyalty") == (
        "folder.loyalty: this is a folder, not a project file.")


def test_older_format_without_a_migration_is_refused_and_unchanged(tmp_path):
    path = saved_project(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    assert "(no migration from project format 0)" in open_error(path)


def test_migrations_run_in_order_from_the_files_version():
    applied = []
    con = sqlite3.connect(":memory:")
    steps = {v: (lambda c, v=v: applied.append(v)) for v in range(-2, SCHEMA_VERSION)}
    migrate(con, -2, steps)
    assert applied == list(range(-2, SCHEMA_VERSION))
    with pytest.raises(ValueError, match="no migration from project format -1"):
        migrate(con, -1, {})


# -- saving ------------------------------------------------------------------------------------
def test_cancelled_save_leaves_previous_file_and_no_temporary_file(tmp_path):
    path = saved_project(tmp_path)
    before = path.read_bytes()
    project = Project.open(path)
    project.settings = {"page": "cohorts"}

    def cancel_halfway(fraction, message):
        if fraction >= 0.3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        project.save(progress=cancel_halfway)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Café.loyalty"]
    assert project.dirty


def test_save_into_a_missing_folder_says_so_and_keeps_the_project_dirty(tmp_path):
    project = Project.new()
    project.mark_dirty()
    with pytest.raises(ProjectError) as caught:
        project.save(tmp_path / "no such folder" / "p.loyalty")
    assert str(caught.value) == ("Could not save p.loyalty: No such file or directory. "
                                 "The previous version of the file is unchanged.")
    assert project.dirty and project.path is None


def test_save_replaces_the_file_and_keeps_its_permissions(tmp_path):
    path = saved_project(tmp_path)
    os.chmod(path, 0o640)
    project = Project.open(path)
    project.settings = {"page": "nps"}
    project.save()
    assert (path.stat().st_mode & 0o777) == 0o640
    assert Project.open(path).settings == {"page": "nps"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Café.loyalty"]


def test_save_as_moves_the_project_to_the_new_path(tmp_path):
    path = saved_project(tmp_path)
    project = Project.open(path)
    project.save(tmp_path / "copy.loyalty")
    assert project.path == tmp_path / "copy.loyalty"
    assert project.name == "copy"
    pd.testing.assert_frame_equal(Project.open(tmp_path / "copy.loyalty").dataset.customers,
                                  full_dataset().customers)


def test_large_tables_are_split_into_chunks_and_reassembled_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(project_store, "CHUNK_ROWS", 1000)
    # 2,500 rows / 1,000 per chunk = 3 chunks (1000, 1000, 500)
    transactions = pd.DataFrame({"customer_id": [f"C{i % 97}" for i in range(2500)],
                                 "date": pd.date_range("2020-01-01", periods=2500, freq="h"),
                                 "amount": np.arange(2500) / 4})
    Project(Dataset(transactions=transactions)).save(tmp_path / "big.loyalty")
    con = sqlite3.connect(tmp_path / "big.loyalty")
    counts = [n for n, in con.execute("SELECT row_count FROM data_chunks WHERE table_name = "
                                      "'transactions' ORDER BY chunk")]
    con.close()
    assert counts == [1000, 1000, 500]
    pd.testing.assert_frame_equal(Project.open(tmp_path / "big.loyalty").dataset.transactions,
                                  transactions)


def test_saving_removes_old_half_written_files_left_by_a_killed_save_but_not_fresh_ones(tmp_path):
    path = saved_project(tmp_path)
    stale = tmp_path / ".Café.loyalty.0badf00d.saving"
    fresh = tmp_path / ".Café.loyalty.12345678.saving"
    other = tmp_path / ".notes.txt.0badf00d.saving"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"half a database")
    an_hour_ago = os.stat(path).st_mtime - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    Project.open(path).save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".Café.loyalty.12345678.saving", ".notes.txt.0badf00d.saving", "Café.loyalty"]


def test_changes_made_while_a_snapshot_is_written_keep_the_project_dirty(tmp_path):
    project = Project.new()
    project.mark_dirty()
    revision = project.revision
    snapshot = project.snapshot()
    project.settings = {"page": "nps"}          # the owner goes on working during the save
    project_store.write_project(tmp_path / "p.loyalty", snapshot)
    project.mark_saved(tmp_path / "p.loyalty", revision)
    assert project.dirty and project.path == tmp_path / "p.loyalty"
    assert Project.open(tmp_path / "p.loyalty").settings == {}


def test_bytes_damaged_anywhere_give_a_clear_message_or_the_intact_data(tmp_path):
    path = saved_project(tmp_path)
    good = path.read_bytes()
    expected = full_dataset()
    rng = np.random.default_rng(11)
    outcomes = {"refused": 0, "intact": 0}
    for position in rng.integers(0, len(good), 40):
        damaged = bytearray(good)
        damaged[position] ^= 0x5A
        path.write_bytes(bytes(damaged))
        try:
            opened = Project.open(path)
        except ProjectError as error:
            assert str(error).startswith("Café.loyalty: ")
            outcomes["refused"] += 1
            continue
        # A flipped byte in unused space is harmless; anything else must have been caught.
        pd.testing.assert_frame_equal(opened.dataset.transactions, expected.transactions)
        pd.testing.assert_frame_equal(opened.dataset.customers, expected.customers)
        pd.testing.assert_frame_equal(opened.dataset.responses, expected.responses)
        assert opened.definitions == full_definitions()
        assert opened.settings == {"page": "retention", "filters": {"segment": "Malmö"}}
        assert opened.imports[0]["rejects"][0]["reason"] == "not a number"
        outcomes["intact"] += 1
    assert outcomes["refused"] > 0


def test_a_changed_byte_in_the_saved_settings_is_caught(tmp_path):
    path = saved_project(tmp_path)
    data = bytearray(path.read_bytes())
    where = data.find('"Malmö"'.encode())
    assert where > 0
    data[where + 1] = ord("X")                 # "Malmö" → "Xalmö", SQLite does not notice
    path.write_bytes(bytes(data))
    assert "(the definitions, settings or import log fail their checksum)" in open_error(path)
