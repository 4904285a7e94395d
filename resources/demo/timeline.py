"""When Kafé Linnea is busy: the demo's calendar, seasons, weekdays and opening hours.

Everything is counted in whole days from ``START`` (day 0) to ``END`` (the last day of the
export). A day's *weight* multiplies every customer's purchase rate: summer and December
peaks, a February semla bump, busy weekends and a business that grows a little each year.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np

START = date(2022, 11, 1)
END = date(2025, 10, 31)
EXPORT_DAY = date(2025, 11, 1)
DAYS = (END - START).days + 1
#: prices went up 8 % this day (the 2024-11 NPS wave complains about it)
PRICE_INCREASE = date(2024, 9, 1)

# Jan … Dec: quiet after Christmas, semlor in February, summer terrace, Christmas shopping
MONTH_FACTOR = np.array([0.80, 0.95, 0.90, 0.95, 1.05, 1.20, 1.30, 1.20, 0.95, 0.90, 0.95, 1.45])
# Mon … Sun
WEEKDAY_FACTOR = np.array([0.80, 0.85, 0.90, 0.95, 1.15, 1.50, 1.25])
ANNUAL_GROWTH = 0.12

# opening hours (minutes after midnight): weekdays, Saturday, Sunday
OPENING = {0: (450, 1080), 5: (540, 1020), 6: (600, 960)}


def day_to_date(day: int) -> date:
    return START + timedelta(days=int(day))


def date_to_day(when: date) -> int:
    return (when - START).days


def day_weights() -> np.ndarray:
    """Relative busyness of every day 0 … DAYS-1 (mean close to 1)."""
    days = np.arange(DAYS)
    dates = [day_to_date(d) for d in days]
    month = np.array([d.month for d in dates]) - 1
    weekday = np.array([d.weekday() for d in dates])
    weights = MONTH_FACTOR[month] * WEEKDAY_FACTOR[weekday] * (1 + ANNUAL_GROWTH * days / 365.25)
    return weights / weights.mean()


def _hours(weekday: int) -> tuple[int, int]:
    return OPENING[weekday] if weekday >= 5 else OPENING[0]


def shop_minute(rng: np.random.Generator, weekday: int) -> int:
    """A till time: morning coffee, lunch or afternoon fika peaks, inside opening hours."""
    opens, closes = _hours(weekday)
    roll = rng.random()
    peak = 495 if roll < 0.35 else 735 if roll < 0.70 else 900
    minute = int(rng.normal(peak, 45))
    return min(max(minute, opens), closes - 5)


def web_minute(rng: np.random.Generator) -> int:
    """Web-shop orders come any time between early morning and late evening."""
    return int(rng.integers(6 * 60, 23 * 60 + 45))


def stamp(day: int, minute: int) -> datetime:
    return datetime.combine(day_to_date(day), datetime.min.time()) + timedelta(minutes=minute)
