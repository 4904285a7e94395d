"""The owner's project: imported data, import log, definitions and settings in one file (SPEC §6).

:class:`Project` is the in-memory project the window and the command line work on;
``project_store`` reads and writes the ``.loyalty`` SQLite file (atomic save), and
``project_merge`` merges a newer export into the stored tables without counting anything
twice. :func:`import_into_project` is what ``loyalty-desktop import P.loyalty …`` runs.
"""
from __future__ import annotations

import copy
import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping, Protocol

import pandas as pd

from . import PROJECT_SUFFIX
from ..engine.i18n import Catalogue
from ..engine.data import Dataset
from ..engine.definitions import Definitions
from ..engine.progress import Progress
from .project_merge import POSITION, UndoMismatch, UndoRecord, merge_table, undo_merge
from .project_store import (SCHEMA_VERSION, ProjectContents, ProjectError, read_project,
                            write_project)

__all__ = ["Project", "ProjectError", "MergeReport", "import_into_project", "SCHEMA_VERSION",
           "PROJECT_SUFFIX"]

TABLES = ("transactions", "customers", "responses")
_UNDO_PREFIX = "undo:"

#: English templates for what the owner reads after an import or undo; the UI translates them.
MESSAGES = Catalogue("importing", {  # translated on lookup (engine/i18n.py)
    "merged": ("{file}: new {noun}: {new}; already in the project: {duplicate}; changed and "
               "updated: {updated}; rows rejected: {rejected}."),
    "unknown_kind": "{file}: cannot add {kind!r} data to a project (expected {expected}).",
    "nothing_to_undo": "There is no import to undo.",
    "undo_changed": ("The import of {file} cannot be undone because the {table} were changed "
                     "after it ({detail})."),
    "no_path": "Choose a file name to save the project to.",
    "bad_definitions": "{file}: the saved definitions cannot be used ({detail}).",
    "bad_config": "{file}: the settings file cannot be used ({detail}).",
})
NOUNS = {"transactions": "orders", "customers": "customers", "responses": "answers"}


class _ImportLog(Protocol):
    file: str
    kind: str

    def to_json(self) -> dict: ...


class _ImportResult(Protocol):
    """What ``io.importer.import_file`` returns: the tidy table and its import log."""

    table: pd.DataFrame
    log: _ImportLog


@dataclass
class MergeReport:
    """How one imported file was merged into the project (printed by ``loyalty-desktop import``)."""

    file: str
    kind: str
    new: int
    duplicate: int
    updated: int
    rejected: int

    def to_json(self) -> dict:
        return asdict(self)

    def message(self) -> str:
        return MESSAGES["merged"].format(noun=NOUNS.get(self.kind, "rows"), **asdict(self))


class Project:
    """One owner's project. Change it through its methods/attributes; ``dirty`` says "unsaved"."""

    def __init__(self, dataset: Dataset | None = None, definitions: Definitions | None = None,
                 *, imports: list[dict] | None = None, settings: dict | None = None,
                 path: Path | None = None) -> None:
        self.path: Path | None = Path(path) if path is not None else None
        self._dataset = dataset or Dataset()
        self._definitions = definitions or Definitions()
        self.imports: list[dict] = list(imports or [])
        self._settings: dict = dict(settings or {})
        self._undo: list[UndoRecord] = []
        self._created: str | None = None
        self._revision = 0
        self._dirty = False

    # -- unsaved changes ------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """True when there are changes not yet saved to ``path``."""
        return self._dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        if value:
            self._revision += 1
        self._dirty = bool(value)

    @property
    def revision(self) -> int:
        """Grows with every change; lets a background save tell whether it saved the latest."""
        return self._revision

    # -- attributes that mark the project as changed when replaced ------------------------
    @property
    def dataset(self) -> Dataset:
        return self._dataset

    @dataset.setter
    def dataset(self, value: Dataset) -> None:
        self._dataset, self.dirty = value, True

    @property
    def definitions(self) -> Definitions:
        return self._definitions

    @definitions.setter
    def definitions(self, value: Definitions) -> None:
        self._definitions, self.dirty = value, True

    @property
    def settings(self) -> dict:
        """UI settings saved with the project; after changing it in place call ``mark_dirty``."""
        return self._settings

    @settings.setter
    def settings(self, value: dict) -> None:
        self._settings, self.dirty = dict(value), True

    def mark_dirty(self) -> None:
        self.dirty = True

    @property
    def name(self) -> str:
        return self.path.stem if self.path else "Untitled"

    @property
    def can_undo_import(self) -> bool:
        return bool(self._undo)

    # -- files ------------------------------------------------------------------------------
    @classmethod
    def new(cls) -> "Project":
        return cls()

    @classmethod
    def open(cls, path: str | os.PathLike, progress: Progress | None = None) -> "Project":
        """Read a ``.loyalty`` file; :class:`ProjectError` for newer, damaged or foreign files."""
        path = Path(path)
        contents = read_project(path, progress)
        try:
            definitions = Definitions.from_dict(contents.definitions)
        except (ValueError, TypeError) as error:
            raise ProjectError(MESSAGES["bad_definitions"].format(file=path.name, detail=error),
                               file=path.name) from error
        tables = {name: contents.tables.get(name) for name in TABLES}
        defaults = Dataset()
        dataset = Dataset(**{name: frame if frame is not None else getattr(defaults, name)
                             for name, frame in tables.items()})
        project = cls(dataset, definitions, imports=contents.imports,
                      settings=contents.settings, path=path)
        project._created = contents.created
        project._undo = [_undo_from_json(r, contents.tables) for r in contents.undo]
        return project

    def save(self, path: str | os.PathLike | None = None,
             progress: Progress | None = None) -> None:
        """Write the project atomically (previous file intact on any failure), then not dirty."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ProjectError(MESSAGES["no_path"])
        revision = self._revision
        write_project(target, self.snapshot(), progress)
        self.mark_saved(target, revision)

    def snapshot(self) -> ProjectContents:
        """What :func:`write_project` writes. Cheap (no copies): tables are replaced, never
        changed in place, so a worker thread can write a snapshot while the owner goes on."""
        if self._created is None:
            self._created = datetime.now(timezone.utc).isoformat(timespec="seconds")
        contents = ProjectContents(
            tables={name: getattr(self._dataset, name) for name in TABLES},
            definitions=self._definitions.to_dict(), settings=copy.deepcopy(self._settings),
            imports=copy.deepcopy(self.imports), undo=[r.to_json() for r in self._undo],
            created=self._created)
        for record in self._undo:
            contents.tables[f"{_UNDO_PREFIX}{record.import_id}"] = record.old_rows
        return contents

    def mark_saved(self, path: str | os.PathLike, revision: int) -> None:
        """A snapshot taken at ``revision`` is now in ``path``; clean unless changed since."""
        self.path = Path(path)
        if revision == self._revision:
            self._dirty = False

    # -- imports ----------------------------------------------------------------------------
    def add_import(self, result: _ImportResult) -> MergeReport:
        """Merge one imported file: append new rows, update changed ones, log it (undoable)."""
        log = result.log.to_json()
        file, kind = str(getattr(result.log, "file", log.get("file", ""))), result.log.kind
        if kind not in TABLES:
            raise ProjectError(MESSAGES["unknown_kind"].format(
                file=file, kind=kind, expected=", ".join(TABLES)), file=file)
        import_id = max((r.import_id for r in self._undo), default=0) + 1
        import_id = max(import_id, 1 + max((int((e.get("merge") or {}).get("import_id") or 0)
                                            for e in self.imports), default=0))
        outcome = merge_table(getattr(self._dataset, kind), result.table, kind, import_id)
        report = MergeReport(file=file, kind=kind, new=outcome.new, duplicate=outcome.duplicate,
                             updated=outcome.updated, rejected=int(log.get("rows_rejected") or 0))
        entry = dict(log)
        entry["merge"] = {"import_id": import_id, "new": report.new,
                          "duplicate": report.duplicate, "updated": report.updated,
                          "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        self.imports.append(entry)
        self._undo.append(outcome.undo)
        self.dataset = _replace_table(self._dataset, kind, outcome.table)
        return report

    def undo_last_import(self) -> MergeReport:
        """Take back the most recent import: its new rows go, updated rows get their old values."""
        if not self._undo:
            raise ProjectError(MESSAGES["nothing_to_undo"])
        record = self._undo[-1]
        entry = next((e for e in reversed(self.imports)
                      if (e.get("merge") or {}).get("import_id") == record.import_id), {})
        try:
            restored = undo_merge(getattr(self._dataset, record.table_name), record)
        except UndoMismatch as error:
            raise ProjectError(MESSAGES["undo_changed"].format(
                file=entry.get("file", "?"), table=NOUNS.get(record.table_name, "rows"),
                detail=error)) from error
        self._undo.pop()
        if entry:
            self.imports.remove(entry)
        self.dataset = _replace_table(self._dataset, record.table_name, restored)
        merge = entry.get("merge") or {}
        return MergeReport(file=str(entry.get("file", "")), kind=record.table_name,
                           new=int(merge.get("new") or 0),
                           duplicate=int(merge.get("duplicate") or 0),
                           updated=int(merge.get("updated") or 0),
                           rejected=int(entry.get("rows_rejected") or 0))


def _replace_table(dataset: Dataset, kind: str, frame: pd.DataFrame) -> Dataset:
    tables = {name: getattr(dataset, name) for name in TABLES}
    tables[kind] = frame
    return Dataset(**tables)


def _undo_from_json(record: Mapping[str, Any], tables: Mapping[str, pd.DataFrame]) -> UndoRecord:
    old_rows = tables.get(f"{_UNDO_PREFIX}{record['import_id']}")
    if old_rows is None:
        old_rows = pd.DataFrame({POSITION: pd.Series([], dtype="int64")})
    return UndoRecord(int(record["import_id"]), str(record["table_name"]),
                      int(record["rows_before"]), int(record["rows_after"]),
                      list(record["columns_before"]), dict(record["dtypes_before"]), old_rows)


# -- command line -----------------------------------------------------------------------------
def _config_dict(config: Definitions | Mapping[str, Any] | str | os.PathLike) -> dict:
    if isinstance(config, Definitions):
        return config.to_dict()
    if isinstance(config, Mapping):
        return dict(config)
    path = Path(config)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise ProjectError(MESSAGES["bad_config"].format(file=path.name, detail=error),
                           file=path.name) from error
    if not isinstance(data, dict):
        raise ProjectError(MESSAGES["bad_config"].format(
            file=path.name, detail="expected a JSON object {...}"), file=path.name)
    return data


def _with_config(definitions: Definitions, config: Any) -> Definitions:
    """The project's definitions with the keys ``config`` sets replaced (others kept)."""
    changes = _config_dict(config)
    if not changes:
        return definitions
    try:
        return Definitions.from_dict({**definitions.to_dict(), **changes})
    except (TypeError, ValueError) as error:
        raise ProjectError(MESSAGES["bad_config"].format(file="--config", detail=error)) from error


def import_into_project(project_path: str | os.PathLike,
                        transactions: Iterable[str | os.PathLike] = (),
                        customers: Iterable[str | os.PathLike] = (),
                        responses: Iterable[str | os.PathLike] = (),
                        config: Definitions | Mapping[str, Any] | str | os.PathLike | None = None,
                        progress: Progress | None = None) -> dict:
    """Create or open ``project_path``, merge the files, save once; the JSON the CLI prints.

    All or nothing: if any file cannot be imported (``ImportFailed``) the project file is
    left exactly as it was. ``config`` (``--config`` JSON as a dict or file, or Definitions)
    updates the keys it names in the project's definitions, which are saved with it; its
    ``mappings`` (by file name), ``date_order`` and ``currency`` steer the import.
    """
    from .importer import ImportOptions, import_file  # imported late: heavy, and io-internal

    path = Path(project_path)
    created = not path.exists()
    project = Project.new() if created else Project.open(path)
    if config is not None:
        definitions = _with_config(project.definitions, config)
        if definitions != project.definitions:
            project.definitions = definitions
    defs = project.definitions
    reports = []
    for kind, files in (("transactions", transactions), ("customers", customers),
                        ("responses", responses)):
        for file in files:
            file = Path(file)
            mapping = defs.mappings.get(file.name) or defs.mappings.get(str(file))
            options = ImportOptions(date_order=defs.date_order, currency=defs.currency,
                                    mapping=dict(mapping) if mapping else None)
            reports.append(project.add_import(import_file(file, kind, options=options)))
    project.save(path, progress)
    return {"project": str(path), "created": created,
            "imports": [r.to_json() for r in reports],
            "totals": {name: int(len(getattr(project.dataset, name))) for name in TABLES}}
