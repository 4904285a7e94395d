"""Engine KPIs as text rows for the overview cards and the report's KPI table."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..engine.analysis import Analysis
from ..engine.kpis import Kpi, compute_kpis
from . import formatting as fmt


def tr(text: str) -> str:
    return QCoreApplication.translate("kpis", text)


LABELS = {
    "customers": lambda: tr("Customers"),
    "active_customers": lambda: tr("Active customers"),
    "retention_rate": lambda: tr("Retention rate (last full period)"),
    "churn_rate": lambda: tr("Churn rate (last full period)"),
    "repeat_purchase_rate": lambda: tr("Repeat purchase rate"),
    "average_order_value": lambda: tr("Average order value"),
    "revenue": lambda: tr("Revenue"),
    "average_lifespan_days": lambda: tr("Average customer lifespan"),
}
ASSESSMENTS = {"strength": lambda: tr("Strength"), "weakness": lambda: tr("Weakness"),
               "on par": lambda: tr("On par"), "": lambda: ""}


@dataclass(frozen=True)
class KpiRow:
    kpi: Kpi
    label: str
    value_text: str
    reference_text: str
    assessment: str
    currency: str | None = None     # the data's, so a reading can name a money benchmark


def format_value(kpi: Kpi, value, currency) -> str:
    if kpi.kind == "rate":
        return fmt.percent(value, 1)
    if kpi.kind == "money":
        return fmt.money(value, currency)
    if kpi.kind == "days":
        return fmt.days(value)
    return fmt.number(value)


def kpi_rows(analysis: Analysis) -> list[KpiRow]:
    defs = analysis.defs
    kpis = compute_kpis(analysis.summary, analysis.retention, dict(defs.benchmarks), dict(defs.targets))
    rows = []
    for kpi in kpis:
        refs = []
        if kpi.benchmark is not None:
            refs.append(tr("benchmark %1").replace("%1", format_value(kpi, kpi.benchmark, defs.currency)))
        if kpi.target is not None:
            refs.append(tr("target %1").replace("%1", format_value(kpi, kpi.target, defs.currency)))
        rows.append(KpiRow(kpi, LABELS[kpi.key](), format_value(kpi, kpi.value, defs.currency),
                           " · ".join(refs) or fmt.DASH, ASSESSMENTS[kpi.assessment](),
                           defs.currency))
    return rows


PERIOD_NOUN = {"week": lambda: tr("week"), "month": lambda: tr("month"),
               "quarter": lambda: tr("quarter"), "half-year": lambda: tr("half-year"),
               "year": lambda: tr("year")}


def reading(row: KpiRow, period: str) -> str:
    """One plain-language line per KPI, e.g. "You keep 62 % of customers from one month to
    the next — below your 70 % target"."""
    kpi = row.kpi
    if kpi.value is None:
        return tr("Not enough data yet.")
    noun = PERIOD_NOUN[period]()
    texts = {
        "retention_rate": tr("You keep %1 of customers from one %2 to the next"),
        "churn_rate": tr("%1 of customers active at the start of the last %2 stopped buying"),
        "repeat_purchase_rate": tr("%1 of your customers have bought more than once"),
        "active_customers": tr("%1 customers bought recently enough to count as active"),
        "customers": tr("%1 customers bought from you in the data"),
        "average_order_value": tr("A purchase is worth %1 on average"),
        "revenue": tr("Net revenue after refunds is %1"),
        "average_lifespan_days": tr("Customers stay %1 on average (churned ones up to their churn date)"),
    }
    text = texts[kpi.key].replace("%1", row.value_text).replace("%2", noun)
    reference = kpi.target if kpi.target is not None else kpi.benchmark
    if reference is not None and kpi.assessment in ("strength", "weakness", "on par"):
        ref_text = format_value(kpi, reference, row.currency)
        which = tr("target") if kpi.target is not None else tr("benchmark")
        words = {"strength": tr("better than your %1 %2"), "weakness": tr("worse than your %1 %2"),
                 "on par": tr("equal to your %1 %2")}[kpi.assessment]
        text += " — " + words.replace("%1", ref_text).replace("%2", which)
    return text + "."
