"""The owner's other inputs of SPEC §3, next to the criteria (issue 8 point 6).

Inactivity window (with the data's suggestion and its reason), margin, discount rate,
expected lifetime, retention spend per period, and an industry benchmark and a goal per
KPI. Each field says what it means in one line and checks itself as you type; the
problem is shown under the field and :meth:`SettingsForms.is_valid` stays False until it
is corrected, so nothing invalid reaches ``Definitions``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from ..engine.definitions import WINDOW_MAX_DAYS, Definitions
from ..engine.kpis import KPI_CATALOGUE
from .rule_editor import parse_number

PROBLEM_STYLE = "color: #D55E00;"


class NumberField(QWidget):
    """A number box with unit, one-line help and an inline problem.

    ``scale`` converts what the owner types to the stored value (percent → fraction: 0.01).
    """

    changed = Signal()

    def __init__(self, unit: str, help_text: str, *, minimum: float | None = None,
                 maximum: float | None = None, blank_ok: bool = False, integer: bool = False,
                 scale: float = 1.0, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self.blank_ok = minimum, maximum, blank_ok
        self.integer, self.scale = integer, scale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        line.addWidget(self.edit, 1)
        line.addWidget(QLabel(unit))
        layout.addLayout(line)
        self.help = QLabel(help_text)
        self.help.setObjectName("caption")
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.edit.textChanged.connect(self._check)

    def set_value(self, value: float | None) -> None:
        if value is None:
            self.edit.setText("")
        else:
            shown = float(value) / self.scale
            self.edit.setText(f"{shown:g}" if not self.integer else str(int(round(shown))))

    def value(self) -> tuple[float | None, str]:
        """(stored value or None when blank, problem text or "")."""
        text = self.edit.text().strip()
        if not text:
            return None, "" if self.blank_ok else self.tr("Enter a number.")
        number = parse_number(text)
        if number is None:
            return None, self.tr("“%1” is not a number.").replace("%1", text)
        if self.integer and not number.is_integer():
            return None, self.tr("Enter a whole number.")
        if self.minimum is not None and number < self.minimum:
            return None, self.tr("Enter at least %1.").replace("%1", f"{self.minimum:g}")
        if self.maximum is not None and number > self.maximum:
            return None, self.tr("Enter at most %1.").replace("%1", f"{self.maximum:g}")
        return number * self.scale, ""

    def _check(self) -> None:
        _, problem = self.value()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()

    def is_valid(self) -> bool:
        return not self.value()[1]


class SpendField(QWidget):
    """Retention spend per period, one "period amount" per line (e.g. "2024-01 5000")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText("2024-01 5000\n2024-02 4500")
        self.edit.setFixedHeight(90)
        layout.addWidget(self.edit)
        self.help = QLabel(self.tr("What you spent on keeping customers (discounts, loyalty cards, "
                                   "mailings) per period, one period per line."))
        self.help.setObjectName("caption")
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.edit.textChanged.connect(self._check)

    def set_value(self, spend: dict[str, float]) -> None:
        self.edit.setPlainText("\n".join(f"{k} {v:g}" for k, v in spend.items()))

    def value(self) -> tuple[dict[str, float], str]:
        spend: dict[str, float] = {}
        for number, line in enumerate(self.edit.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.replace(":", " ").split(None, 1)
            amount = parse_number(parts[1]) if len(parts) == 2 else None
            if amount is None or amount < 0:
                return {}, self.tr("Line %1: write a period and an amount, e.g. “2024-01 5000”.") \
                    .replace("%1", str(number))
            spend[parts[0]] = amount
        return spend, ""

    def _check(self) -> None:
        _, problem = self.value()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()

    def is_valid(self) -> bool:
        return not self.value()[1]


class SettingsForms(QWidget):
    """All the forms; ``definitions(base)`` returns base with the entered values, or None."""

    validity_changed = Signal(bool)

    def __init__(self, defs: Definitions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_money())
        layout.addWidget(self._build_goals())
        layout.addStretch(1)
        self.set_definitions(defs or Definitions())

    def _build_money(self) -> QGroupBox:
        box = QGroupBox(self.tr("Definitions"))
        form = QFormLayout(box)
        self.window = NumberField(self.tr("days"), "", minimum=1, maximum=WINDOW_MAX_DAYS * 5,
                                  blank_ok=True, integer=True)
        self.margin = NumberField("%", self.tr("Share of revenue you keep after the cost of goods; "
                                               "100 % counts revenue as value."),
                                  minimum=0, maximum=100, scale=0.01)
        self.discount = NumberField(self.tr("% a year"), self.tr(
            "How much less money next year is worth to you than money today."),
            minimum=0, maximum=99, scale=0.01)
        self.lifetime = NumberField(self.tr("years"), self.tr(
            "How long a customer stays; leave empty to derive it from your retention."),
            minimum=0.1, maximum=100, blank_ok=True, placeholder=self.tr("from your data"))
        self.spend = SpendField()
        form.addRow(self.tr("Inactivity window"), self.window)
        form.addRow(self.tr("Margin"), self.margin)
        form.addRow(self.tr("Discount rate"), self.discount)
        form.addRow(self.tr("Expected lifetime"), self.lifetime)
        form.addRow(self.tr("Retention spend"), self.spend)
        for field in (self.window, self.margin, self.discount, self.lifetime, self.spend):
            field.changed.connect(self._emit_validity)
        return box

    def _build_goals(self) -> QGroupBox:
        box = QGroupBox(self.tr("Benchmarks and goals"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Key figure")), 0, 0)
        grid.addWidget(QLabel(self.tr("Industry benchmark")), 0, 1)
        grid.addWidget(QLabel(self.tr("Your goal")), 0, 2)
        self.benchmarks: dict[str, NumberField] = {}
        self.targets: dict[str, NumberField] = {}
        units = {"rate": "%", "money": self.tr("money"), "count": self.tr("customers"),
                 "days": self.tr("days")}
        for row, (key, (label, kind, higher)) in enumerate(KPI_CATALOGUE.items(), start=1):
            grid.addWidget(QLabel(self.tr(label)), row, 0)
            hint = self.tr("Higher is better.") if higher else self.tr("Lower is better.")
            scale = 0.01 if kind == "rate" else 1.0
            maximum = 100 if kind == "rate" else None
            for column, store in ((1, self.benchmarks), (2, self.targets)):
                field = NumberField(units[kind], hint, minimum=0, maximum=maximum,
                                    blank_ok=True, scale=scale)
                field.changed.connect(self._emit_validity)
                store[key] = field
                grid.addWidget(field, row, column)
        return box

    def set_definitions(self, defs: Definitions, suggestion: Any = None) -> None:
        """Fill the forms; ``suggestion`` is the engine's WindowSuggestion (days, reason)."""
        self.window.set_value(defs.churn_window_days)
        if suggestion is not None:
            self.window.help.setText(self.tr("A customer who has not bought for this many days "
                                             "counts as lost. Suggested: %1 days, %2.")
                                     .replace("%1", str(suggestion.days))
                                     .replace("%2", str(suggestion.reason)))
            self.window.edit.setPlaceholderText(str(suggestion.days))
        else:
            self.window.help.setText(self.tr("A customer who has not bought for this many days "
                                             "counts as lost; leave empty to use the suggestion "
                                             "from your data."))
        self.margin.set_value(defs.margin)
        self.discount.set_value(defs.discount_rate)
        self.lifetime.set_value(defs.expected_lifetime_years)
        self.spend.set_value(dict(defs.retention_spend))
        for key, field in self.benchmarks.items():
            field.set_value(defs.benchmarks.get(key))
        for key, field in self.targets.items():
            field.set_value(defs.targets.get(key))

    def _fields(self) -> list[Any]:
        return [self.window, self.margin, self.discount, self.lifetime, self.spend,
                *self.benchmarks.values(), *self.targets.values()]

    def is_valid(self) -> bool:
        return all(field.is_valid() for field in self._fields())

    def _emit_validity(self) -> None:
        self.validity_changed.emit(self.is_valid())

    def definitions(self, base: Definitions) -> Definitions | None:
        if not self.is_valid():
            return None
        window = self.window.value()[0]
        return base.replace(
            churn_window_days=int(window) if window is not None else None,
            margin=self.margin.value()[0], discount_rate=self.discount.value()[0],
            expected_lifetime_years=self.lifetime.value()[0],
            retention_spend=self.spend.value()[0],
            benchmarks={k: f.value()[0] for k, f in self.benchmarks.items() if f.value()[0] is not None},
            targets={k: f.value()[0] for k, f in self.targets.items() if f.value()[0] is not None})
