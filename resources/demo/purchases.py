"""Customer lifecycles and the till receipts they leave behind.

A customer buys as a Poisson process (their own ``rate`` times the day's busyness) from their
first purchase until their lifetime ends — that is the churn the app must find. Some come
back after a lapse of 5–15 months for a shorter second life (the app's *reactivated*).
Guests (no member card) buy alongside and are written with empty Kundnummer and e-mail.
Returns are separate receipts with negative lines ("Retur: …"), a few days after the sale.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from . import products
from .people import Customer
from .timeline import DAYS, day_to_date, shop_minute, stamp, web_minute

GUESTS_PER_DAY = 4.0
COMEBACK_CHANCE = 0.22
STORES = ("Linnea Svartbäcken", "Linnea Luthagen")
WEB_STORE = "Webbshop"
#: where a customer signed up → the channel of one purchase (Butik, App, Webb)
ORDER_CHANNEL = {"Butik": (0.92, 0.04, 0.04), "App": (0.28, 0.70, 0.02), "Webb": (0.12, 0.0, 0.88)}
RETURN_CHANCE = {"Webb": 0.03, "shop_item": 0.05, "counter": 0.005}


@dataclass
class Receipt:
    when: datetime
    customer_id: int | None
    email: str
    channel: str
    store: str
    lines: list[products.Line] = field(default_factory=list)


def _poisson_days(rng: np.random.Generator, weights: np.ndarray, rate_per_week: float,
                  first: int, last: int) -> list[int]:
    """Purchase days in (first, last] by thinning: busy days keep more candidates."""
    if last <= first:
        return []
    peak = float(weights.max())
    count = rng.poisson(rate_per_week / 7 * peak * (last - first))
    candidates = rng.integers(first + 1, last + 1, count)
    keep = rng.random(count) < weights[candidates] / peak
    return sorted(set(int(d) for d in candidates[keep]))


def visit_days(rng: np.random.Generator, customer: Customer, weights: np.ndarray) -> list[int]:
    """Every purchase day of one customer, across their first life and any comebacks."""
    if customer.first_day < 0:
        return []
    days = [customer.first_day]
    rate = customer.rate
    stop = customer.first_day if customer.one_timer else customer.first_day + int(customer.lifetime)
    days += _poisson_days(rng, weights, rate, customer.first_day, min(stop, DAYS - 1))
    for _ in range(2):
        if stop >= DAYS - 1 or rng.random() > COMEBACK_CHANCE * (0.4 if customer.one_timer else 1.0):
            break
        back = days[-1] + int(rng.integers(150, 450))
        if back >= DAYS:
            break
        rate *= 0.7
        stop = back + int(rng.exponential(300))
        days += [back] + _poisson_days(rng, weights, rate, back, min(stop, DAYS - 1))
    return days


def _channel(rng: np.random.Generator, customer: Customer) -> str:
    if customer.kind == "company":
        return customer.channel
    butik, app, _ = ORDER_CHANNEL[customer.channel]
    roll = rng.random()
    return "Butik" if roll < butik else "App" if roll < butik + app else "Webb"


def _store(rng: np.random.Generator, customer_id: int | None, channel: str) -> str:
    if channel == "Webb":
        return WEB_STORE
    if customer_id is None:
        return STORES[0] if rng.random() < 0.55 else STORES[1]
    home = STORES[0] if customer_id % 5 < 3 else STORES[1]
    other = STORES[1] if home == STORES[0] else STORES[0]
    return home if rng.random() < 0.85 else other


def _receipt(rng: np.random.Generator, customer: Customer, day: int, visit_number: int) -> Receipt:
    channel = _channel(rng, customer)
    minute = web_minute(rng) if channel == "Webb" else shop_minute(rng, day_to_date(day).weekday())
    when, date_ = stamp(day, minute), day_to_date(day)
    if customer.kind == "company":
        lines = products.catering_basket(rng, date_)
    elif channel == "Webb":
        lines = products.web_basket(rng, date_)
    else:
        lines = products.cafe_basket(rng, date_, minute, app=channel == "App")
        if customer.kind == "big":
            lines += products.big_spender_extra(rng, date_)
        stamp_card = products.stamp_card_line(lines) if visit_number % 10 == 9 else None
        if stamp_card is not None:
            lines.append(stamp_card)
    email = customer.email if channel != "Butik" else ""
    return Receipt(when, customer.customer_id, email, channel, _store(rng, customer.customer_id, channel),
                   lines)


def _return(rng: np.random.Generator, sale: Receipt) -> Receipt | None:
    """Maybe a later receipt giving one item of ``sale`` back (negative quantity and amount)."""
    sold = [line for line in sale.lines if line[2] > 0 and line[0] != products.SHIPPING[0]]
    shop_names = {item[0] for item in products.SHOP + products.CHRISTMAS_SHOP}
    shop_items = [line for line in sold if line[0] in shop_names]
    if sale.channel == "Webb":
        chance, delay = RETURN_CHANCE["Webb"], timedelta(days=int(rng.integers(4, 21)))
    elif shop_items:
        chance, delay = RETURN_CHANCE["shop_item"], timedelta(days=int(rng.integers(1, 15)))
    else:  # wrong order at the counter, refunded a few minutes later
        chance, delay = RETURN_CHANCE["counter"], timedelta(minutes=int(rng.integers(2, 20)))
    if not sold or rng.random() >= chance:
        return None
    when = sale.when + delay
    if (when.date() - day_to_date(0)).days >= DAYS:
        return None
    if sale.channel != "Webb" and delay.days:
        when = stamp((when.date() - day_to_date(0)).days, shop_minute(rng, when.weekday()))
    name, quantity, amount = (shop_items or sold)[int(rng.integers(len(shop_items or sold)))]
    return Receipt(when, sale.customer_id, sale.email, sale.channel, sale.store,
                   [(f"Retur: {name}", -quantity, -amount)])


def customer_receipts(rng: np.random.Generator, customers: list[Customer],
                      weights: np.ndarray) -> tuple[list[Receipt], dict[int, list[int]]]:
    """All member receipts (sales and returns) and every member's purchase days."""
    receipts: list[Receipt] = []
    days_by_customer: dict[int, list[int]] = {}
    for customer in customers:
        days = visit_days(rng, customer, weights)
        days_by_customer[customer.customer_id] = days
        for number, day in enumerate(days):
            sale = _receipt(rng, customer, day, number)
            receipts.append(sale)
            refund = _return(rng, sale)
            if refund is not None:
                receipts.append(refund)
    return receipts, days_by_customer


def guest_receipts(rng: np.random.Generator, weights: np.ndarray) -> list[Receipt]:
    """Walk-in customers without a member card: no Kundnummer, no e-mail."""
    receipts = []
    for day, count in enumerate(rng.poisson(GUESTS_PER_DAY * weights)):
        date_ = day_to_date(day)
        for _ in range(int(count)):
            minute = shop_minute(rng, date_.weekday())
            sale = Receipt(stamp(day, minute), None, "", "Butik", _store(rng, None, "Butik"),
                           products.cafe_basket(rng, date_, minute, app=False))
            receipts.append(sale)
            refund = _return(rng, sale)
            if refund is not None:
                receipts.append(refund)
    return receipts
