"""What Kafé Linnea sells and what goes into one receipt (a till's line items).

Baskets follow the season (semlor from mid-January to mid-March, lussekatter in December,
ice cream in summer, gift baskets before Christmas), the hour (lunch dishes at lunchtime)
and the channel (the web shop sells beans, tea and gifts plus shipping; companies order
catering for 10–40 people, which is where the four-digit amounts come from).
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date
from functools import lru_cache
from itertools import accumulate

import numpy as np

from .timeline import PRICE_INCREASE

Line = tuple[str, int, float]   # article, quantity, line amount (kr)

DRINKS = (("Bryggkaffe", 32, 30), ("Cappuccino", 42, 22), ("Caffè latte", 45, 20), ("Te", 30, 10),
          ("Chai latte", 46, 8), ("Varm choklad", 40, 5), ("Färskpressad juice", 49, 5))
PASTRIES = (("Kanelbulle", 35, 25), ("Kardemummabulle", 38, 20), ("Chokladboll", 25, 12),
            ("Kladdkaka", 45, 10), ("Croissant", 32, 10), ("Morotskaka", 52, 8),
            ("Prinsesstårta, bit", 62, 7), ("Dammsugare", 30, 8))
FOOD = (("Dagens lunch", 115, 30), ("Vegetarisk lunch", 109, 15), ("Smörgås ost & skinka", 69, 20),
        ("Räksmörgås", 125, 8), ("Soppa med bröd", 95, 12), ("Avokadomacka", 85, 15))
SHOP = (("Kaffebönor Linnea 500 g", 139, 30), ("Kaffebönor Mörkrost 500 g", 149, 20),
        ("Kaffebönor 1 kg", 259, 12), ("Te lösvikt 100 g", 89, 12), ("Kopp Kafé Linnea", 195, 6),
        ("Termosmugg", 249, 5), ("Chokladkartong", 149, 8), ("Presentkort 250 kr", 250, 4),
        ("Presentkort 500 kr", 500, 2), ("Kaffefilter 100 st", 39, 6))
CHRISTMAS_SHOP = (("Julklappskorg", 595, 20), ("Glögg, flaska", 79, 25), ("Pepparkakor, burk", 69, 25))
SEASONAL = {"semla": ("Semla", 55), "lussekatt": ("Lussekatt", 32), "glass": ("Glass, två kulor", 45)}
STAMP_CARD = "Stämpelkort – gratis kaffe"
SHIPPING = ("Frakt", 59)
FREE_SHIPPING_FROM = 500
CATERING = (("Catering fikabuffé (per person)", 85), ("Catering lunchbuffé (per person)", 145))
CATERING_EXTRAS = (("Kaffe i termos (10 koppar)", 250), ("Hel tårta (12 bitar)", 650))
APP_DRINK_DISCOUNT = 0.10


def _price(base: int, day: date) -> int:
    return round(base * 1.08) if day >= PRICE_INCREASE else base


@lru_cache(maxsize=None)
def _cumulative(items: tuple) -> list[float]:
    total = sum(item[2] for item in items)
    return list(accumulate(item[2] / total for item in items))


def _pick(rng: np.random.Generator, items: tuple) -> tuple:
    """One item, chance proportional to its weight (the third field)."""
    return items[min(bisect_right(_cumulative(items), rng.random()), len(items) - 1)]


def _line(name: str, base: int, quantity: int, day: date, discount: float = 0.0) -> Line:
    return name, quantity, round(quantity * _price(base, day) * (1 - discount), 2)


def _pastry(rng: np.random.Generator, day: date) -> tuple[str, int]:
    semla_season = (day.month == 1 and day.day >= 15) or day.month == 2 or (day.month == 3 and day.day <= 15)
    if semla_season and rng.random() < 0.4:
        return SEASONAL["semla"]
    if day.month == 12 and rng.random() < 0.45:
        return SEASONAL["lussekatt"]
    name, price, _ = _pick(rng, PASTRIES)
    return name, price


def cafe_basket(rng: np.random.Generator, day: date, minute: int, app: bool) -> list[Line]:
    """A till receipt at the counter (or ordered ahead in the app, with 10 % off drinks)."""
    lines: list[Line] = []
    two = 2 if rng.random() < 0.12 else 1
    if rng.random() < 0.85:
        name, price, _ = _pick(rng, DRINKS)
        lines.append(_line(name, price, two, day, APP_DRINK_DISCOUNT if app else 0.0))
    if rng.random() < 0.6:
        lines.append(_line(*_pastry(rng, day), two, day))
    if rng.random() < (0.30 if 660 <= minute <= 840 else 0.05):
        name, price, _ = _pick(rng, FOOD)
        lines.append(_line(name, price, 1, day))
    if day.month in (6, 7, 8) and rng.random() < 0.2:
        lines.append(_line(*SEASONAL["glass"], 1, day))
    if rng.random() < (0.12 if day.month == 12 else 0.04):
        name, price, _ = _pick(rng, CHRISTMAS_SHOP if day.month == 12 else SHOP)
        lines.append(_line(name, price, 1, day))
    if not lines:
        lines.append(_line(DRINKS[0][0], DRINKS[0][1], 1, day))
    return lines


def stamp_card_line(lines: list[Line]) -> Line | None:
    """Every tenth visit a drink is free: a negative line inside a still positive receipt.

    Only given with something else bought, so the receipt stays a purchase (net > 0)."""
    drink_names = {name for name, _, _ in DRINKS}
    drinks = [line for line in lines if line[0] in drink_names]
    if not drinks or len(lines) < 2:
        return None
    name, quantity, amount = drinks[0]
    return STAMP_CARD, 1, -round(amount / quantity, 2)


def web_basket(rng: np.random.Generator, day: date) -> list[Line]:
    """A web-shop order: 1–3 shop items, shipping below the free-shipping limit."""
    quantities: dict[tuple[str, int], int] = {}   # a web shop puts one article on one line
    for _ in range(1 + int(rng.random() < 0.35) + int(rng.random() < 0.1)):
        items = CHRISTMAS_SHOP + SHOP if day.month == 12 and rng.random() < 0.5 else SHOP
        name, price, _ = _pick(rng, items)
        quantities[(name, price)] = quantities.get((name, price), 0) + (2 if rng.random() < 0.2 else 1)
    lines = [_line(name, price, quantity, day) for (name, price), quantity in quantities.items()]
    if sum(amount for _, _, amount in lines) < FREE_SHIPPING_FROM:
        lines.append(_line(*SHIPPING, 1, day))
    return lines


def big_spender_extra(rng: np.random.Generator, day: date) -> list[Line]:
    """The few private big spenders also take beans, gifts and gift cards home, several at a time."""
    lines = []
    for _ in range(1 + int(rng.random() < 0.5)):
        name, price, _ = _pick(rng, SHOP[2:] if day.month != 12 else CHRISTMAS_SHOP)
        lines.append(_line(name, price, int(rng.integers(1, 4)), day))
    return lines


def catering_basket(rng: np.random.Generator, day: date) -> list[Line]:
    """A company's catering order for a meeting: the four-digit receipts."""
    name, price = CATERING[1] if rng.random() < 0.3 else CATERING[0]
    lines = [_line(name, price, int(rng.integers(10, 41)), day)]
    if rng.random() < 0.4:
        lines.append(_line(*CATERING_EXTRAS[0], int(rng.integers(1, 4)), day))
    if rng.random() < 0.2:
        lines.append(_line(*CATERING_EXTRAS[1], 1, day))
    return lines
