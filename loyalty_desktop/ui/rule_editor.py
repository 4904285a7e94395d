"""The condition editor: a rule built from rows of field · operator · value (SPEC §4).

The value widget fits the field: a number box with its unit, a date picker, a choice of the
known categories, two boxes for a range, a comma-separated list for "in". Nothing is parsed
or evaluated here beyond reading the widgets: the JSON goes to ``engine.rules`` for
validation, and every problem is shown inline next to the row it concerns.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..engine.labels import segment_label, value_label
from ..engine.rule_fields import FieldInfo
from ..engine.rules import NO_VALUE_OPS, Rule, RuleError
from ..report import formatting as fmt

OP_ORDER = (">=", ">", "<=", "<", "==", "!=", "between", "in", "not in", "contains",
            "is empty", "is not empty")


def parse_number(text: str) -> float | None:
    """'12', '12.5', '12,5', '1 234,5' → float; anything else (letters, blank) → None."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _json_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


class ValueEditor(QWidget):
    """The value part of a condition, rebuilt whenever the field or operator changes."""

    changed = Signal(str)          # which part changed ("a", "b", "list", "choice", "date")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._info: FieldInfo | None = None
        self._op = ""
        self.inputs: list[QWidget] = []

    def rebuild(self, info: FieldInfo, op: str, value: Any = None) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._info, self._op, self.inputs = info, op, []
        if op in NO_VALUE_OPS:
            return
        if op == "between":
            low, high = (list(value) + [None, None])[:2] if isinstance(value, (list, tuple)) else (None, None)
            self._add(self._single(info, low, "a"))
            self._layout.addWidget(QLabel(self.tr("and")))
            self._add(self._single(info, high, "b"))
        elif op in ("in", "not in"):
            box = QLineEdit(", ".join(str(v) for v in value) if isinstance(value, (list, tuple)) else "")
            box.setPlaceholderText(self._list_hint(info))
            box.textEdited.connect(lambda _t: self.changed.emit("list"))
            self._add(box)
        else:
            self._add(self._single(info, value, "a", free_text=(op == "contains")))
        if info.kind == "number" and info.unit:
            self._layout.addWidget(QLabel(self.tr(info.unit)))

    def _add(self, widget: QWidget) -> None:
        self.inputs.append(widget)
        self._layout.addWidget(widget, 1)

    def _list_hint(self, info: FieldInfo) -> str:
        if info.choices:
            return self.tr("e.g. %1").replace("%1", ", ".join(info.choices[:3]))
        return self.tr("values separated by commas")

    def _single(self, info: FieldInfo, value: Any, part: str, free_text: bool = False) -> QWidget:
        if info.kind == "date":
            box = QDateEdit()
            box.setCalendarPopup(True)
            box.setLocale(fmt.locale())
            box.setDisplayFormat(fmt.date_format())
            date = QDate.fromString(str(value)[:10], "yyyy-MM-dd") if value else QDate.currentDate()
            box.setDate(date if date.isValid() else QDate.currentDate())
            box.dateChanged.connect(lambda _d: self.changed.emit(part))
            return box
        if info.kind == "category" and not free_text:
            box = QComboBox()
            box.setEditable(True)
            for choice in info.choices:       # shown in words, stored as coded
                box.addItem(value_label(info.name, choice), choice)
            box.setCurrentText("" if value is None else value_label(info.name, value))
            box.currentTextChanged.connect(lambda _t: self.changed.emit(part))
            return box
        box = QLineEdit("" if value is None else QLocale().toString(float(value), "g", 12)
                        if info.kind == "number" and isinstance(value, (int, float)) else str(value))
        if info.kind == "number":
            box.setPlaceholderText(self.tr("number"))
        box.textEdited.connect(lambda _t: self.changed.emit(part))
        return box

    # -- reading ---------------------------------------------------------------------------
    def value(self) -> tuple[Any, str | None]:
        """(JSON value, inline problem or None)."""
        if self._info is None or self._op in NO_VALUE_OPS:
            return None, None
        if self._op in ("in", "not in"):
            parts = [p.strip() for p in self.inputs[0].text().split(",") if p.strip()]
            if not parts:
                return None, self.tr("Enter at least one value.")
            if self._info.kind == "number":
                numbers = [parse_number(p) for p in parts]
                if any(n is None for n in numbers):
                    return None, self.tr("Enter numbers separated by commas.")
                return [_json_number(n) for n in numbers], None
            return parts, None
        values = []
        for widget in self.inputs:
            value, problem = self._read(widget)
            if problem:
                return None, problem
            values.append(value)
        return (values if self._op == "between" else values[0]), None

    def _read(self, widget: QWidget) -> tuple[Any, str | None]:
        if isinstance(widget, QDateEdit):
            return widget.date().toString("yyyy-MM-dd"), None
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        if isinstance(widget, QComboBox):
            index = widget.findText(text.strip())
            if index >= 0 and widget.itemData(index) is not None:
                return str(widget.itemData(index)), None
        if not text.strip():
            return None, self.tr("Enter a value.")
        if self._info is not None and self._info.kind == "number":
            number = parse_number(text)
            if number is None:
                return None, self.tr("“%1” is not a number; enter digits, e.g. 12 or 12.5.").replace("%1", text.strip())
            return _json_number(number), None
        return text.strip(), None


class ConditionRow(QFrame):
    """field · operator · value, a remove button, the field's one-line help and any problem."""

    changed = Signal(str)
    remove_requested = Signal()

    def __init__(self, fields: dict[str, FieldInfo], condition: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        row = QHBoxLayout()
        self.field_box = QComboBox()
        for name, info in fields.items():
            self.field_box.addItem(self.tr(info.label), name)
            self.field_box.setItemData(self.field_box.count() - 1, self.tr(info.help),
                                       Qt.ItemDataRole.ToolTipRole)
        self.op_box = QComboBox()
        self.value_editor = ValueEditor()
        self.remove_button = QPushButton(self.tr("Remove"))
        row.addWidget(self.field_box, 2)
        row.addWidget(self.op_box, 1)
        row.addWidget(self.value_editor, 3)
        row.addWidget(self.remove_button)
        outer.addLayout(row)
        self.help_label = QLabel()
        self.help_label.setObjectName("caption")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet("color: #D55E00;")
        self.problem_label.setWordWrap(True)
        outer.addWidget(self.help_label)
        outer.addWidget(self.problem_label)
        self.problem_label.hide()
        condition = condition or {"field": next(iter(fields)), "op": ">=", "value": None}
        self._set(condition)
        self.field_box.currentIndexChanged.connect(self._on_field)
        self.op_box.currentIndexChanged.connect(self._on_op)
        self.value_editor.changed.connect(lambda part: self.changed.emit(f"value:{part}"))
        self.remove_button.clicked.connect(self.remove_requested.emit)

    @property
    def info(self) -> FieldInfo:
        return self.fields[self.field_box.currentData()]

    def _set(self, condition: dict) -> None:
        name = condition.get("field")
        index = self.field_box.findData(name)
        self.field_box.setCurrentIndex(max(index, 0))
        self._fill_ops(condition.get("op"))
        self.value_editor.rebuild(self.info, self.op_box.currentData(), condition.get("value"))
        self.help_label.setText(self.tr(self.info.help))

    def _fill_ops(self, wanted: str | None) -> None:
        self.op_box.blockSignals(True)
        self.op_box.clear()
        for op in OP_ORDER:
            if op in self.info.ops:
                self.op_box.addItem(self.tr(op), op)
        index = self.op_box.findData(wanted)
        self.op_box.setCurrentIndex(index if index >= 0 else 0)
        self.op_box.blockSignals(False)

    def _on_field(self) -> None:
        self._fill_ops(self.op_box.currentData())
        self.value_editor.rebuild(self.info, self.op_box.currentData())
        self.help_label.setText(self.tr(self.info.help))
        self.changed.emit("")

    def _on_op(self) -> None:
        value, _ = self.value_editor.value()
        self.value_editor.rebuild(self.info, self.op_box.currentData(), value)
        self.changed.emit("")

    def to_json(self) -> tuple[dict, str | None]:
        value, problem = self.value_editor.value()
        data: dict[str, Any] = {"field": self.field_box.currentData(), "op": self.op_box.currentData()}
        if self.op_box.currentData() not in NO_VALUE_OPS:
            data["value"] = value
        return data, problem

    def show_problem(self, text: str | None) -> None:
        self.problem_label.setText(text or "")
        self.problem_label.setVisible(bool(text))


class GroupBox(QFrame):
    """A nested group: "any/all of" and its own condition rows (one level only)."""

    changed = Signal(str)
    remove_requested = Signal()

    def __init__(self, fields: dict[str, FieldInfo], group: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.match_box = _match_box(self)
        top.addWidget(self.match_box)
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("Add condition to group"))
        self.remove_button = QPushButton(self.tr("Remove group"))
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        outer.addLayout(top)
        self.rows_layout = QVBoxLayout()
        outer.addLayout(self.rows_layout)
        self.rows: list[ConditionRow] = []
        group = group or {"match": "any", "conditions": [None]}
        self.match_box.setCurrentIndex(max(self.match_box.findData(group.get("match", "any")), 0))
        for condition in group.get("conditions", []):
            self.add_row(condition, notify=False)
        self.match_box.currentIndexChanged.connect(lambda _i: self.changed.emit(""))
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button.clicked.connect(self.remove_requested.emit)

    def add_row(self, condition: dict | None, notify: bool = True) -> ConditionRow:
        row = ConditionRow(self.fields, condition)
        row.changed.connect(lambda part, r=row: self.changed.emit(
            f"{self.rows.index(r)}:{part}" if part and r in self.rows else ""))
        row.remove_requested.connect(lambda r=row: self._remove(r))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        if notify:
            self.changed.emit("")
        return row

    def _remove(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.changed.emit("")

    def to_json(self) -> tuple[dict, list[tuple[ConditionRow, str]]]:
        conditions, problems = [], []
        for row in self.rows:
            data, problem = row.to_json()
            conditions.append(data)
            if problem:
                problems.append((row, problem))
        return {"match": self.match_box.currentData(), "conditions": conditions}, problems


def _match_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    # translate() with a fixed context: lupdate files parent.tr() under the context "parent"
    box.addItem(QCoreApplication.translate("RuleEditor", "All of these are true"), "all")
    box.addItem(QCoreApplication.translate("RuleEditor", "Any of these is true"), "any")
    return box


class RuleEditor(QWidget):
    """Name, all/any, condition rows and groups; emits ``edited(key)`` on every change.

    ``key`` names the input being typed in ("2:value:a") so consecutive keystrokes in one box
    can be merged into one undo step; it is empty for structural changes.
    """

    edited = Signal(str)

    def __init__(self, fields: dict[str, FieldInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name")))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Regulars"))
        name_row.addWidget(self.name_edit, 1)
        layout.addLayout(name_row)
        self.name_problem = QLabel()
        self.name_problem.setStyleSheet("color: #D55E00;")
        self.name_problem.hide()
        layout.addWidget(self.name_problem)
        self.match_box = _match_box(self)
        layout.addWidget(self.match_box)
        self.items_layout = QVBoxLayout()
        layout.addLayout(self.items_layout)
        buttons = QHBoxLayout()
        self.add_condition_button = QPushButton(self.tr("Add condition"))
        self.add_group_button = QPushButton(self.tr("Add group (any/all)"))
        buttons.addWidget(self.add_condition_button)
        buttons.addWidget(self.add_group_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rule_problem = QLabel()
        self.rule_problem.setStyleSheet("color: #D55E00;")
        self.rule_problem.setWordWrap(True)
        self.rule_problem.hide()
        layout.addWidget(self.rule_problem)
        self.items: list[QWidget] = []
        self.name_edit.textEdited.connect(lambda _t: self.edited.emit("name"))
        self.match_box.currentIndexChanged.connect(lambda _i: self.edited.emit(""))
        self.add_condition_button.clicked.connect(lambda: self._add_item(None))
        self.add_group_button.clicked.connect(lambda: self._add_item({"match": "any", "conditions": [None]}))

    # -- building ---------------------------------------------------------------------------
    def set_rule(self, data: dict) -> None:
        """Show ``data`` (SPEC §4 JSON); rebuilds every row, signals blocked."""
        self.blockSignals(True)
        for item in self.items:
            item.deleteLater()
        self.items = []
        # a built-in name (template, RFM) in the chosen language; kept as stored unless edited
        self._stored_name = str(data.get("name", ""))
        self.name_edit.setText(segment_label(self._stored_name))
        self.match_box.setCurrentIndex(max(self.match_box.findData(data.get("match", "all")), 0))
        for entry in data.get("conditions", []):
            self._add_item(entry, notify=False)
        self.blockSignals(False)

    def _add_item(self, entry: dict | None, notify: bool = True) -> None:
        if entry is not None and "conditions" in entry and "field" not in entry:
            item: QWidget = GroupBox(self.fields, entry)
        else:
            item = ConditionRow(self.fields, entry)
        item.changed.connect(lambda part, it=item: self.edited.emit(
            f"{self.items.index(it)}:{part}" if part and it in self.items else ""))
        item.remove_requested.connect(lambda it=item: self._remove(it))
        self.items.append(item)
        self.items_layout.addWidget(item)
        if notify:
            self.edited.emit("")

    def _remove(self, item: QWidget) -> None:
        self.items.remove(item)
        item.deleteLater()
        self.edited.emit("")

    # -- reading ------------------------------------------------------------------------------
    def rule_json(self) -> tuple[dict, list[tuple[QWidget, str]]]:
        """The rule as JSON and the widget-level problems (unreadable values)."""
        conditions, problems = [], []
        for item in self.items:
            if isinstance(item, GroupBox):
                data, inner = item.to_json()
                problems.extend(inner)
            else:
                data, problem = item.to_json()
                if problem:
                    problems.append((item, problem))
            conditions.append(data)
        name = self.name_edit.text().strip()
        if name == segment_label(getattr(self, "_stored_name", "")):
            name = self._stored_name
        return {"name": name, "match": self.match_box.currentData(),
                "conditions": conditions}, problems

    def validate(self, other_names: list[str]) -> tuple[Rule | None, dict]:
        """Show every problem inline; return the Rule (None if it cannot be saved) and JSON."""
        data, problems = self.rule_json()
        rows = {id(row): text for row, text in problems}
        for row in self._all_rows():
            row.show_problem(rows.get(id(row)))
        name = data["name"]
        name_problem = ""
        if not name:
            name_problem = self.tr("Give it a name.")
        elif name.casefold() in (n.casefold() for n in other_names):
            name_problem = self.tr("Another segment is already called “%1”.").replace("%1", name)
        self.name_problem.setText(name_problem)
        self.name_problem.setVisible(bool(name_problem))
        rule_problems: list[str] = []
        rule = None
        if not problems and not name_problem:
            try:
                rule = Rule.from_json(data, self.fields)
            except RuleError as error:
                rule_problems = list(error.problems)
        self.rule_problem.setText("\n".join(rule_problems))
        self.rule_problem.setVisible(bool(rule_problems))
        return rule, data

    def _all_rows(self) -> list[ConditionRow]:
        rows: list[ConditionRow] = []
        for item in self.items:
            rows.extend(item.rows if isinstance(item, GroupBox) else [item])
        return rows
