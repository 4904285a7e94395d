"""Known exports, recognised by their headers and mapped without questions (SPEC §2.1).

Each preset lists the headers that identify it (``"A|B"`` = either spelling, for the
localised exports) and where each field comes from. Quirks are data, not code:
``order_level`` fields appear only on the first row of a multi-line order (Shopify's
continuation rows), ``failed_status`` values are payments that never happened (Stripe
"Failed"), and ``date_order``/``decimal`` fix what the vendor always writes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.vocabulary.headers import normalise_header
from .mapping import guess_mapping


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    kind: str
    signature: tuple[str, ...]
    mapping: dict[str, str] = field(default_factory=dict)
    date_order: str | None = None
    decimal: str | None = None
    failed_status: tuple[str, ...] = ()
    order_level: tuple[str, ...] = ()
    guess_rest: bool = False          # survey tools: questions are found by their wording
    currency: str | None = None       # the vendor's only currency (MobilePay: DKK)


PRESETS: tuple[Preset, ...] = (
    Preset("shopify_orders", "Shopify orders", "transactions",
           ("Name", "Email", "Financial Status", "Lineitem quantity", "Lineitem name", "Created at"),
           {"order_id": "Name", "email": "Email", "date": "Created at", "amount": "Total",
            "refunded": "Refunded Amount", "quantity": "Lineitem quantity",
            "product": "Lineitem name", "currency": "Currency", "name": "Billing Name",
            "phone": "Phone|Billing Phone", "status": "Financial Status", "channel": "Source",
            "store": "Location"},
           failed_status=("voided", "pending", "expired"),
           order_level=("amount", "refunded", "currency", "status", "date", "email", "name",
                        "phone", "channel", "store")),
    Preset("shopify_customers", "Shopify customers", "customers",
           ("First Name", "Last Name", "Email", "Total Spent", "Total Orders"),
           {"customer_id": "Customer ID", "first_name": "First Name", "last_name": "Last Name",
            "email": "Email", "phone": "Phone|Default Address Phone"}),
    Preset("woocommerce_orders", "WooCommerce orders", "transactions",
           ("Date", "Order #", "Status", "Customer", "Net Sales"),
           {"date": "Date", "order_id": "Order #", "status": "Status", "name": "Customer",
            "product": "Product(s)", "quantity": "Items sold", "amount": "Net Sales"},
           failed_status=("failed", "cancelled", "pending payment", "draft")),
    Preset("square_items", "Square item sales", "transactions",
           ("Date", "Time", "Time Zone", "Item", "Qty", "Net Sales", "Transaction ID"),
           {"date": "Date", "time": "Time", "product": "Item", "quantity": "Qty",
            "amount": "Net Sales", "order_id": "Transaction ID", "customer_id": "Customer ID",
            "name": "Customer Name", "store": "Location", "channel": "Channel"},
           date_order="mdy", decimal="."),
    Preset("square_transactions", "Square transactions", "transactions",
           ("Date", "Time", "Time Zone", "Gross Sales", "Net Sales", "Total Collected",
            "Transaction ID"),
           {"date": "Date", "time": "Time", "amount": "Net Sales", "order_id": "Transaction ID",
            "customer_id": "Customer ID", "name": "Customer Name", "store": "Location",
            "channel": "Source"},
           date_order="mdy", decimal="."),
    Preset("stripe_payments", "Stripe payments", "transactions",
           ("id", "Created (UTC)", "Amount", "Amount Refunded", "Currency", "Status"),
           {"order_id": "id", "date": "Created (UTC)", "amount": "Amount",
            "refunded": "Amount Refunded", "currency": "Currency", "status": "Status",
            "customer_id": "Customer ID", "email": "Customer Email",
            "name": "Customer Description|Shipping Name"},
           date_order="ymd", decimal=".", failed_status=("failed", "canceled", "cancelled",
                                                         "requires_payment_method")),
    Preset("zettle_sales", "Zettle sales report", "transactions",
           ("Kvittonummer|Receipt number|Kvitteringsnummer|Bonnummer",
            "Betalningsmetod|Payment method|Betalingsmetode|Betaalmethode"),
           {"date": "Datum|Date|Dato", "time": "Tid|Time|Tidspunkt|Tijd",
            "order_id": "Kvittonummer|Receipt number|Kvitteringsnummer|Bonnummer",
            "amount": "Summa|Total|Beløb|Totaal|Amount", "customer_id": "Kundnummer|Customer number",
            "name": "Kund|Customer|Kunde|Klant", "email": "Kundens e-post|Customer email|E-mail",
            "product": "Beskrivning|Description|Beskrivelse|Omschrijving", "store": "Enhet|Device"},
           date_order="dmy"),
    Preset("mobilepay", "MobilePay", "transactions",
           ("Mobilnummer|Telefonnummer", "Transaktions-ID|Transaktions ID", "Besked"),
           {"date": "Dato", "time": "Tidspunkt", "name": "Navn",
            "phone": "Mobilnummer|Telefonnummer", "amount": "Beløb",
            "order_id": "Transaktions-ID|Transaktions ID", "store": "Betalingssted|Salgssted"},
           date_order="dmy", decimal=",", currency="DKK"),
    Preset("surveymonkey", "SurveyMonkey", "responses",
           ("Respondent ID", "Collector ID", "Start Date", "End Date"),
           {"date": "End Date", "email": "Email Address", "customer_id": "Custom Data 1"},
           date_order="mdy", guess_rest=True),
    Preset("typeform", "Typeform", "responses",
           ("Submit Date (UTC)", "Network ID"),
           {"date": "Submit Date (UTC)"}, date_order="ymd", guess_rest=True),
    Preset("google_forms", "Google Forms", "responses",
           ("Timestamp|Tidsstämpel|Tidsstempel|Tijdstempel|Отметка времени",),
           {"date": "Timestamp|Tidsstämpel|Tidsstempel|Tijdstempel|Отметка времени",
            "email": "Email Address|Email address|E-postadress|E-mailadresse|E-mailadres|"
                     "Адрес электронной почты"},
           guess_rest=True),
)


def _lookup(names: list[str]) -> dict[str, str]:
    return {name.strip().lower(): name for name in names}


def _find(spec: str, lookup: dict[str, str]) -> str | None:
    for option in spec.split("|"):
        if option.strip().lower() in lookup:
            return lookup[option.strip().lower()]
    return None


def match_preset(names: list[str]) -> Preset | None:
    """The preset whose identifying headers are all present (the most specific one wins)."""
    lookup = _lookup(names)
    best: Preset | None = None
    for preset in PRESETS:
        if all(_find(spec, lookup) for spec in preset.signature):
            if preset.name == "google_forms" and not _answers(names):
                continue
            if best is None or len(preset.signature) > len(best.signature):
                best = preset
    return best


def _answers(names: list[str]) -> bool:
    guessed = guess_mapping(names, "responses")
    return any(f in guessed for f in ("score", "satisfaction", "comment", "reason"))


def preset_mapping(preset: Preset, names: list[str]) -> dict[str, str]:
    """field → the file's own column for a recognised export (plus guessed survey questions)."""
    lookup = _lookup(names)
    mapping = {f: col for f, spec in preset.mapping.items() if (col := _find(spec, lookup))}
    if preset.guess_rest:
        taken = set(mapping.values())
        rest = [n for n in names if n not in taken and normalise_header(n)]
        for field_name, column in guess_mapping(rest, preset.kind).items():
            mapping.setdefault(field_name, column)
    return mapping
