"""The demo's customers: who they are (name, e-mail, city, channel) and how they behave.

Each customer carries hidden traits the export files never show but every file reflects:
``happiness`` (standard normal) raises the purchase rate and lifetime and the survey scores,
so customers who later churn answer lower and promoters buy more; ``issue`` is the theme
they complain about; ``rate`` is purchases per week while active; ``lifetime`` is days from
first purchase until they stop (the demo's churn), ``one_timer`` customers buy once.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from .comments import THEMES
from .timeline import DAYS, MONTH_FACTOR, START, date_to_day, day_to_date

SV_FIRST = ("Anna Eva Maria Karin Sara Lena Emma Kerstin Malin Ingrid Linnea Elin Johanna Sofia Ida "
            "Hanna Frida Maja Ebba Klara Agnes Alva Astrid Lars Erik Anders Johan Per Karl Peter "
            "Mikael Jan Hans Lennart Fredrik Daniel Oskar Gustav Axel Viktor Emil Hugo Olle Nils "
            "Björn Göran Åsa Märta Sven Jöns").split()
SV_LAST = ("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
           "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström "
           "Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson "
           "Berglund Fredriksson Sandberg Henriksson Sjöberg Forsberg Wallin Engström Åberg Öberg "
           "Holm Ek Nyström Dahlberg Hedlund").split()
EN_FIRST = ("James Emily Oliver Sophie Daniel Laura Thomas Hannah Ahmed Maria Lucas Chloe Ravi Priya "
            "Mateo Julia Chen Yuki Omar Fatima David Sarah Ben Grace").split()
EN_LAST = ("Smith Brown Wilson Taylor Clarke Walker Patel Khan Garcia Rossi Müller Nguyen Kim "
           "Murphy O'Brien Silva Novak Haddad").split()
DOMAINS = ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com",
           "live.se", "yahoo.se", "bredband.net", "student.uu.se")
COMPANIES = ("Bergström Arkitekter AB", "Fyrisvägens Tandvård AB", "Uppsala Kodhus AB",
             "Ekonomibyrån Linné KB", "Svartbäckens Fastighetsförvaltning AB", "Nordic Biolab AB",
             "Advokatfirman Sjöberg & Ek", "Studentkåren Norrland", "Gränby Bil AB",
             "Kvarngärdets Förskola", "Upsala Konsult AB", "Hemtjänst Centrum AB")

CITIES = {  # city: (share, distance class)
    "Uppsala": (0.50, "local"), "Knivsta": (0.05, "local"), "Stockholm": (0.16, "near"),
    "Enköping": (0.04, "near"), "Sigtuna": (0.03, "near"), "Västerås": (0.04, "near"),
    "Gävle": (0.04, "near"), "Göteborg": (0.06, "far"), "Malmö": (0.05, "far"), "Örebro": (0.03, "far"),
}
CHANNELS = ("Butik", "App", "Webb")
CHANNEL_SHARE = {"local": (0.62, 0.25, 0.13), "near": (0.35, 0.10, 0.55), "far": (0.08, 0.0, 0.92)}
#: purchase rate per week relative to a shop regular: web customers buy beans now and then
CHANNEL_RATE = {"Butik": 1.0, "App": 1.4, "Webb": 0.22}
ISSUE_WEIGHT = {"price": 0.18, "quality": 0.15, "service": 0.10, "staff": 0.08, "waiting": 0.12,
                "delivery": 0.10, "cleanliness": 0.05, "hours": 0.08, "selection": 0.05, "atmosphere": 0.02}

EXISTING_MEMBERS = 380       # members from before the export starts
MONTHLY_NEW = 25             # mean new members a month before season and growth
BIG_PRIVATE_COUNT = 8


@dataclass
class Customer:
    customer_id: int
    name: str
    email: str
    city: str
    channel: str
    signup: date
    first_day: int          # day of the first purchase in the export; -1 = never bought
    lang: str
    happiness: float
    rate: float             # purchases per week while active
    lifetime: float         # days from first purchase until they stop
    one_timer: bool
    kind: str               # "private" | "big" | "company"
    issue: str


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("'", ""))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-"))


def _email(rng: np.random.Generator, first: str, last: str, taken: set[str]) -> str:
    style = int(rng.integers(3))
    local = [f"{first}.{last}", f"{first}{last[0]}", f"{first[0]}{last}"][style]
    base = _ascii(local)
    address = f"{base}@{DOMAINS[int(rng.integers(len(DOMAINS)))]}"
    while address in taken:
        address = f"{base}{int(rng.integers(2, 99))}@{DOMAINS[int(rng.integers(len(DOMAINS)))]}"
    taken.add(address)
    return address


def _signups(rng: np.random.Generator) -> list[tuple[date, int]]:
    """(signup date, first purchase day) for every private member, oldest first."""
    out = []
    old = sorted(int(d) for d in rng.integers(0, (START - date(2018, 1, 1)).days, EXISTING_MEMBERS))
    for offset in old:  # already members: first purchase in the export early on
        out.append((date(2018, 1, 1) + timedelta(days=offset), int(rng.integers(0, 60))))
    month_start = 0
    while month_start < DAYS:
        first = day_to_date(month_start)
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        length = min(date_to_day(nxt), DAYS) - month_start
        growth = 1 + 0.12 * month_start / 365.25
        count = rng.poisson(MONTHLY_NEW * MONTH_FACTOR[first.month - 1] * growth)
        for day in sorted(int(d) for d in rng.integers(month_start, month_start + length, count)):
            out.append((day_to_date(day), _first_purchase_day(rng, day)))
        month_start += length
    return out


def _first_purchase_day(rng: np.random.Generator, signup_day: int) -> int:
    roll = rng.random()
    if roll < 0.03:
        return -1                       # registered in the app but never bought
    if roll < 0.11:
        return min(signup_day + int(rng.integers(1, 21)), DAYS - 1)
    return signup_day


def _issue(rng: np.random.Generator, channel: str) -> str:
    themes = [t for t in THEMES if channel == "Webb" or t != "delivery"]
    weights = np.array([ISSUE_WEIGHT[t] for t in themes])
    return themes[int(rng.choice(len(themes), p=weights / weights.sum()))]


def _private(rng: np.random.Generator, signup: date, first_day: int, taken: set[str]) -> Customer:
    lang = "en" if rng.random() < 0.25 else "sv"   # Uppsala: many international students
    firsts, lasts = (EN_FIRST, EN_LAST) if lang == "en" else (SV_FIRST, SV_LAST)
    first, last = firsts[int(rng.integers(len(firsts)))], lasts[int(rng.integers(len(lasts)))]
    names = list(CITIES)
    shares = np.array([CITIES[c][0] for c in names])
    city = names[int(rng.choice(len(names), p=shares / shares.sum()))]
    distance = CITIES[city][1]
    channel = CHANNELS[int(rng.choice(3, p=CHANNEL_SHARE[distance]))]
    # members from before the export are the ones who stayed: happier, more frequent buyers
    veteran = signup < START
    happiness = float(rng.normal(0.4 if veteran else 0.0))
    rate = float(rng.gamma(0.8, 0.31)) * CHANNEL_RATE[channel] * np.exp(0.3 * happiness)
    rate *= 1.3 if veteran else 1.0
    if distance != "local" and channel != "Webb":
        rate *= 0.35                    # visitors from out of town come less often
    one_timer = not veteran and rng.random() < (0.45 if distance == "far" and channel == "Butik" else 0.30)
    lifetime = float(rng.exponential(540 * np.exp(0.45 * happiness)))
    has_email = channel != "Butik" or rng.random() < 0.88
    email = _email(rng, first, last, taken) if has_email else ""
    return Customer(0, f"{first} {last}", email, city, channel, signup, first_day, lang,
                    happiness, rate, lifetime, bool(one_timer), "private", _issue(rng, channel))


def _company(rng: np.random.Generator, name: str, taken: set[str]) -> Customer:
    signup_day = int(rng.integers(0, DAYS - 240))
    words = [w for w in name.replace("&", " ").split() if w not in ("AB", "KB")]
    email = f"info@{_ascii(''.join(words))}.se"
    taken.add(email)
    channel = "Webb" if rng.random() < 0.6 else "Butik"
    happiness = float(rng.normal(0.5, 0.6))
    return Customer(0, name, email, "Uppsala", channel, day_to_date(signup_day), signup_day,
                    "sv", happiness, float(rng.uniform(0.2, 0.45)),
                    float(rng.exponential(900)), False, "company", _issue(rng, channel))


def make_customers(rng: np.random.Generator) -> list[Customer]:
    """Every member in the register, numbered 10001… in signup order (customer_id 0 until then)."""
    taken: set[str] = set()
    people = [_private(rng, signup, first_day, taken) for signup, first_day in _signups(rng)]
    people += [_company(rng, name, taken) for name in COMPANIES]
    regulars = [i for i, c in enumerate(people)
                if c.kind == "private" and c.channel != "Webb" and c.first_day >= 0 and c.rate >= 0.3]
    for i in rng.choice(regulars, BIG_PRIVATE_COUNT, replace=False):
        people[int(i)].kind = "big"
        people[int(i)].one_timer = False
    people.sort(key=lambda c: (c.signup, c.name))
    for number, person in enumerate(people, start=10001):
        person.customer_id = number
    return people
