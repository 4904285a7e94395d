"""The demo's survey answers: NPS waves every six months and an exit survey of lapsed members.

Scores follow each customer's hidden ``happiness``, so promoters are the ones who buy more,
and customers who stop buying within six months of a wave answer about a point lower.
The 2024-11 wave comes two months after an 8 % price increase: lower scores, more price
comments. Respondents are identified the way survey tools do it — by the e-mail they typed
(sometimes in capitals or with stray spaces), the member number only when they followed the
member link, and a few addresses match no customer at all.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from . import comments
from .people import DOMAINS, EN_FIRST, SV_FIRST, Customer
from .timeline import DAYS, date_to_day, day_to_date, stamp

WAVES = (date(2023, 5, 5), date(2023, 11, 5), date(2024, 5, 5), date(2024, 11, 5), date(2025, 5, 5))
WAVE_SHIFT = {date(2024, 11, 5): -0.5, date(2024, 5, 5): 0.2}
WAVE_THEME = {date(2024, 11, 5): "price"}
RESPONSE_RATE = 0.28
RECENT_DAYS = 365          # invited: members with an e-mail who bought in the last year
STRANGERS_PER_WAVE = 6     # answers from addresses that are in no customer list
ANONYMOUS_PER_WAVE = 2
EXIT_AFTER_DAYS = 180      # the exit survey goes out six months after the last purchase
EXIT_RESPONSE_RATE = 0.35


@dataclass
class NpsAnswer:
    when: datetime
    customer_id: int | None
    email: str
    score: int
    satisfaction: int | None
    comment: str


@dataclass
class ExitAnswer:
    customer_id: int
    when: date
    reason: str
    comment: str


def _messy(rng: np.random.Generator, email: str) -> str:
    """The address as a respondent typed it: sometimes capitalised or padded with spaces."""
    roll = rng.random()
    if roll < 0.08:
        return email.upper()
    if roll < 0.16:
        local, domain = email.split("@")
        return ".".join(part.capitalize() for part in local.split(".")) + "@" + domain
    if roll < 0.24:
        return f" {email} " if rng.random() < 0.5 else f"{email} "
    return email


def _answer_time(rng: np.random.Generator, wave: date) -> datetime:
    day = date_to_day(wave) + min(int(rng.exponential(3)), 20)
    return stamp(day, int(rng.integers(7 * 60, 23 * 60)))


def _scores(rng: np.random.Generator, happiness: float, shift: float,
            satisfaction_shift: float) -> tuple[int, int | None]:
    """NPS 0–10 and satisfaction 1–5 (5 % skip it): a liked café, NPS about +30 in a normal wave."""
    score = int(np.clip(round(8.4 + 1.4 * happiness + shift + rng.normal(0, 1.1)), 0, 10))
    satisfaction = int(np.clip(round(3.9 + 1.0 * happiness + satisfaction_shift + rng.normal(0, 0.85)), 1, 5))
    return score, None if rng.random() < 0.05 else satisfaction


def _member_answer(rng: np.random.Generator, customer: Customer, wave: date, days: list[int]) -> NpsAnswer:
    when = _answer_time(rng, wave)
    answered = date_to_day(when.date())
    # the hidden link the app should find: who stays away afterwards answered lower
    leaves_soon = not any(answered < d <= answered + 180 for d in days) and answered + 180 < DAYS
    stays_away = not any(answered < d <= answered + 90 for d in days) and answered + 90 < DAYS
    wave_shift = WAVE_SHIFT.get(wave, 0.0)
    score, satisfaction = _scores(rng, customer.happiness, wave_shift - (1.0 if leaves_soon else 0.0),
                                  0.4 * wave_shift - (1.1 if stays_away else 0.0))
    text = ""
    if rng.random() < (0.7 if score <= 6 else 0.5):
        text = comments.comment(rng, customer.lang, score, customer.issue, customer.channel == "Webb",
                                WAVE_THEME.get(wave))
    member_id = customer.customer_id if rng.random() < 0.55 else None
    return NpsAnswer(when, member_id, _messy(rng, customer.email), score, satisfaction, text)


def _stranger(rng: np.random.Generator, wave: date, anonymous: bool) -> NpsAnswer:
    first = (SV_FIRST + EN_FIRST)[int(rng.integers(len(SV_FIRST) + len(EN_FIRST)))]
    domain = DOMAINS[int(rng.integers(len(DOMAINS)))]
    email = "" if anonymous else f"{first.lower()}{int(rng.integers(10, 99))}@{domain}"
    happiness = float(rng.normal())
    score, satisfaction = _scores(rng, happiness, WAVE_SHIFT.get(wave, 0.0), 0.4 * WAVE_SHIFT.get(wave, 0.0))
    text = comments.comment(rng, "sv", score, None, False) if rng.random() < 0.4 else ""
    return NpsAnswer(_answer_time(rng, wave), None, email, score, satisfaction, text)


def nps_answers(rng: np.random.Generator, customers: list[Customer],
                days_by_customer: dict[int, list[int]]) -> list[NpsAnswer]:
    """Every wave's answers, in the order the survey tool received them."""
    answers = []
    for wave in WAVES:
        start = date_to_day(wave)
        for customer in customers:
            days = days_by_customer[customer.customer_id]
            invited = customer.email and any(start - RECENT_DAYS <= d < start for d in days)
            if invited and rng.random() < RESPONSE_RATE:
                answers.append(_member_answer(rng, customer, wave, days))
        answers += [_stranger(rng, wave, False) for _ in range(STRANGERS_PER_WAVE)]
        answers += [_stranger(rng, wave, True) for _ in range(ANONYMOUS_PER_WAVE)]
    return sorted(answers, key=lambda a: (a.when, a.email))


def _exit_reason(rng: np.random.Generator, customer: Customer) -> str:
    if rng.random() < 0.18:
        return "moved"
    if customer.happiness < -0.3 and rng.random() < 0.75:
        return comments.ISSUE_TO_EXIT[customer.issue]
    options = ("other_place", "hours", "price", "moved", "quality", "service")
    return options[int(rng.choice(len(options), p=(0.35, 0.2, 0.2, 0.1, 0.08, 0.07)))]


def exit_answers(rng: np.random.Generator, customers: list[Customer],
                 days_by_customer: dict[int, list[int]]) -> list[ExitAnswer]:
    """Members who bought at least twice and then nothing for six months, asked why."""
    answers = []
    for customer in customers:
        days = days_by_customer[customer.customer_id]
        for index, last in enumerate(days):
            following = days[index + 1] if index + 1 < len(days) else None
            lapsed = following is None or following - last >= EXIT_AFTER_DAYS
            asked = last + EXIT_AFTER_DAYS + int(rng.exponential(4))
            too_late = asked >= DAYS or (following is not None and asked >= following)
            if index == 0 or not lapsed or too_late or rng.random() >= EXIT_RESPONSE_RATE:
                continue
            reason = _exit_reason(rng, customer)
            text = comments.exit_comment(rng, customer.lang, reason) if rng.random() < 0.5 else ""
            answers.append(ExitAnswer(customer.customer_id, day_to_date(asked),
                                      comments.EXIT_REASONS[reason], text))
    return sorted(answers, key=lambda a: (a.when, a.customer_id))

