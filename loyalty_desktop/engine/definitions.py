"""Every owner-chosen definition of SPEC §3–4, as one frozen, JSON-serialisable dataclass.

The same JSON is what the project file stores and what ``--config C.json`` holds, so a
definition set can be moved between the window and the command line unchanged.
``SCHEMA_VERSION`` is bumped when a field changes meaning; :func:`migrate` upgrades old
JSON on load (napari/Orange-style versioned settings).
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

PERIODS = ("week", "month", "quarter", "half-year", "year")
#: pandas period alias for each reporting period. Half-years are built from quarters.
PERIOD_ALIASES = {"week": "W-SUN", "month": "M", "quarter": "Q", "half-year": "Q", "year": "Y"}

SCHEMA_VERSION = 1

#: Fallback inactivity window when the data cannot suggest one (too few repeat customers).
DEFAULT_WINDOW_DAYS = 90
WINDOW_MIN_DAYS = 30
WINDOW_MAX_DAYS = 730


@dataclass(frozen=True)
class ClvSettings:
    """Predictive CLV options (SPEC §3 Predictive CLV)."""

    model: str = "bgnbd"            # "bgnbd" | "mbgnbd"
    time_unit: str = "week"         # "day" | "week" | "month"
    horizon_months: int = 12
    min_repeat_customers: int = 30  # below this the simple CLV is used, with the reason

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> "ClvSettings":
        data = dict(data or {})
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Definitions:
    """The effective settings behind every number the app shows."""

    period: str = "month"
    as_of: date | None = None                 # None → last transaction date
    churn_window_days: int | None = None      # None → suggested from the data (SPEC §3)
    refunds_are_activity: bool = False
    margin: float = 1.0                       # 1.0 = value is revenue
    discount_rate: float = 0.10               # annual
    expected_lifetime_years: float | None = None   # None → derived from measured retention
    retention_spend: Mapping[str, float] = field(default_factory=dict)  # period label → money
    currency: str | None = None
    nps_wave: str = "half-year"               # a period name, or "column" to use responses.wave
    repurchase_window_days: int = 90          # satisfaction/NPS vs later repurchase
    keyword_groups: Mapping[str, Mapping[str, Any]] | None = None  # comment causes; None → built-in
    clv: ClvSettings = field(default_factory=ClvSettings)
    criteria: Mapping[str, Any] | None = None            # loyalty rule, SPEC §4 JSON
    segments: tuple[Mapping[str, Any], ...] = ()         # segment rules, SPEC §4 JSON
    benchmarks: Mapping[str, float] = field(default_factory=dict)   # KPI → industry value
    targets: Mapping[str, float] = field(default_factory=dict)      # KPI → owner's goal
    date_order: str | None = None             # "dmy" | "mdy" | "ymd" for ambiguous files
    mappings: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # file → field → column
    business_name: str = ""
    lang: str = "en"

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {self.period!r}")
        if self.churn_window_days is not None and int(self.churn_window_days) < 1:
            raise ValueError("churn_window_days must be at least 1 day")
        if not 0.0 <= float(self.margin) <= 1.0:
            raise ValueError("margin must be between 0 and 1 (0 % … 100 %)")
        if not 0.0 <= float(self.discount_rate) < 1.0:
            raise ValueError("discount_rate must be between 0 and 1 (0 % … 100 %)")
        if self.expected_lifetime_years is not None and float(self.expected_lifetime_years) <= 0:
            raise ValueError("expected_lifetime_years must be positive")

    # -- JSON --------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        data["segments"] = list(self.segments)
        data["schema_version"] = SCHEMA_VERSION
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "Definitions":
        data = migrate(dict(data or {}))
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        if kwargs.get("as_of"):
            kwargs["as_of"] = date.fromisoformat(str(kwargs["as_of"])[:10])
        if "clv" in kwargs:
            kwargs["clv"] = ClvSettings.from_json(kwargs["clv"])
        if "segments" in kwargs:
            kwargs["segments"] = tuple(kwargs["segments"] or ())
        for key in ("retention_spend", "benchmarks", "targets"):
            if key in kwargs and kwargs[key] is not None:
                kwargs[key] = {str(k): float(v) for k, v in dict(kwargs[key]).items()}
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> "Definitions":
        return cls.from_dict(json.loads(text))

    def replace(self, **changes: Any) -> "Definitions":
        return dataclasses.replace(self, **changes)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade definitions JSON written by an older version to the current schema."""
    version = int(data.pop("schema_version", SCHEMA_VERSION))
    if version > SCHEMA_VERSION:
        raise ValueError(
            f"These settings were written by a newer Loyalty Desktop (schema {version}); "
            f"this version understands up to {SCHEMA_VERSION}. Please update the app.")
    return data
