"""Column-header synonyms in en/sv/da/nl/ru, used to guess a mapping for generic files (SPEC §2.1).

Each field lists normalised header names (see :func:`normalise_header`). Exact matches win over
the looser ``CONTAINS`` fragments, so "Order date" maps to ``date`` and not to ``order_id``.
Order inside a tuple does not matter; a header is claimed by the first field (in ``FIELD_ORDER``)
that lists it, which is why the more specific fields come first.
"""
from __future__ import annotations

import re
import unicodedata

#: Fields in the order they claim headers; specific before general.
FIELD_ORDER = (
    "order_id", "customer_id", "email", "phone", "signup_date", "time", "date", "unit_price",
    "refunded", "amount", "quantity", "currency", "product", "channel", "store", "first_name",
    "last_name", "name", "status",
    "score", "satisfaction", "comment", "reason", "wave",
)

SYNONYMS: dict[str, tuple[str, ...]] = {
    "order_id": (
        "order id", "order", "order no", "order number", "ordernumber", "orderid", "invoice",
        "invoice no", "invoiceno", "invoice number", "receipt", "receipt number", "receipt no",
        "transaction id", "payment id",
        "ordernummer", "ordernr", "order nr", "kvittonummer", "kvitto", "kvittonr", "fakturanummer",
        "bestillingsnummer", "ordrenummer", "ordre nr", "ordre", "kvitteringsnummer", "bonnummer",
        "bestelnummer", "bestelling", "factuurnummer", "номер заказа", "заказ", "номер чека", "чек",
        "номер документа",
    ),
    "customer_id": (
        "customer id", "customerid", "customer no", "customer number", "customer", "client id",
        "client", "member id", "member number", "loyalty id", "account id", "kundnummer",
        "kundnr", "kund id", "kund", "kundid", "medlemsnummer", "kundenummer", "kundenr", "kunde",
        "kunde id", "klantnummer", "klantnr", "klant id", "klant", "lidnummer", "номер клиента",
        "клиент", "id клиента", "код клиента", "покупатель", "номер карты",
    ),
    "email": (
        "email", "e mail", "email address", "e mail address", "mail", "customer email",
        "e post", "epost", "e postadress", "epostadress", "mailadress", "e mailadresse",
        "emailadresse", "e mailadres", "emailadres", "электронная почта", "почта", "эл почта",
        "billing email",
    ),
    "phone": (
        "phone", "phone number", "mobile", "mobile number", "telephone", "tel", "telefon",
        "telefonnummer", "mobil", "mobilnummer", "telefoonnummer", "telefoon", "mobiel",
        "телефон", "мобильный", "номер телефона",
    ),
    "signup_date": (
        "signup date", "sign up date", "registered", "registration date",
        "member since", "customer since", "first order date", "registreringsdatum", "medlem sedan",
        "kund sedan", "oprettet", "medlem siden", "aangemaakt", "lid sinds", "дата регистрации",
    ),
    "date": (
        "date", "order date", "invoice date", "invoicedate", "purchase date", "transaction date",
        "sale date", "created", "created at", "paid at", "date time", "datetime", "timestamp",
        "datum", "köpdatum", "orderdatum", "försäljningsdatum", "dato", "købsdato",
        "ordredato", "aankoopdatum", "besteldatum", "datum tijd", "дата",
        "дата покупки", "дата заказа", "дата продажи", "дата и время",
        "submitted at", "start date", "end date", "response date",
    ),
    "time": ("time", "tid", "tidspunkt", "klockslag", "klokkeslæt", "tijd", "tijdstip", "время"),
    "refunded": ("refunded amount", "amount refunded", "refunded", "refund", "återbetalt",
                 "refunderet", "terugbetaald", "возврат", "сумма возврата"),
    "first_name": ("first name", "firstname", "given name", "förnamn", "fornavn", "voornaam"),
    "last_name": ("last name", "lastname", "surname", "family name", "efternamn", "efternavn",
                  "achternaam", "фамилия"),
    "unit_price": (
        "unit price", "unitprice", "price", "price per unit", "item price", "lineitem price",
        "styckpris", "pris", "á pris", "a pris", "enhetspris", "stykpris", "enhedspris",
        "stuksprijs", "prijs", "цена", "цена за единицу",
    ),
    "amount": (
        "amount", "total", "total amount", "sum", "net", "net amount", "net sales", "gross sales",
        "revenue", "sales", "value", "order total", "total price", "subtotal", "dollar value",
        "belopp", "summa", "totalt", "totalbelopp", "försäljning", "beløb", "total beløb", "sum",
        "i alt", "omsætning", "bedrag", "totaal", "totaalbedrag", "omzet", "сумма", "итого",
        "стоимость", "выручка", "сумма заказа",
    ),
    "quantity": (
        "quantity", "qty", "units", "number of items", "items", "count", "lineitem quantity",
        "antal", "kvantitet", "styck", "antall", "aantal", "stuks", "количество", "кол во",
    ),
    "currency": ("currency", "valuta", "valuta kod", "valutakode", "валюта"),
    "product": (
        "product", "product name", "item", "item name", "description", "article", "lineitem name",
        "produkt", "artikel", "vara", "produktnamn",
        "beskrivning", "varenavn", "vare", "beskrivelse", "artikelnaam", "omschrijving",
        "товар", "наименование", "продукт", "описание",
    ),
    "channel": ("channel", "source", "sales channel", "kanal", "försäljningskanal", "salgskanal",
                "verkoopkanaal", "канал"),
    "store": ("store", "shop", "location", "branch", "butik", "butikk", "winkel", "vestiging",
              "filial", "магазин", "точка продаж"),
    "name": (
        "customer name", "full name", "client name", "buyer", "billing name", "kundnamn",
        "namn", "navn", "kundenavn", "naam", "klantnaam", "имя", "фио", "имя клиента",
    ),
    "status": ("status", "payment status", "financial status", "state", "статус"),
    "score": (
        "nps", "nps score", "score", "recommend", "likelihood to recommend", "rekommendera",
        "anbefale", "aanbevelen", "nps_score", "оценка nps",
    ),
    "satisfaction": ("satisfaction", "csat", "nöjdhet", "tilfredshed", "tevredenheid",
                     "удовлетворенность"),
    "comment": ("comment", "comments", "feedback", "text", "verbatim", "remarks", "why",
                "kommentar", "kommentarer", "opmerking", "opmerkingen", "toelichting",
                "комментарий", "отзыв"),
    "reason": ("reason", "exit reason", "reason for leaving", "orsak", "anledning", "årsag",
               "grund", "reden", "причина"),
    "wave": ("wave", "survey wave", "omgång", "runde", "ronde", "волна"),
}

#: Looser fragments tried only when no exact synonym matched (e.g. survey questions).
CONTAINS: dict[str, tuple[str, ...]] = {
    "score": ("how likely", "recommend", "rekommendera", "anbefale", "aanbevelen",
              "порекомендуете", "рекомендовать", "nps"),
    "satisfaction": ("how satisfied", "satisf", "nöjd", "tilfreds", "tevreden", "доволь",
                     "удовлетвор"),
    "comment": ("comment", "why did you", "anything else", "tell us", "improve", "varför",
                "förbättra", "hvorfor", "forbedre", "waarom", "verbeteren", "почему", "улучш",
                "kommentar", "opmerking", "комментар"),
    "reason": ("reason", "why did you leave", "orsak", "årsag", "reden", "причин"),
    "email": ("email", "e-mail", "e mail", "e-post", "почт"),
    "customer_id": ("customer id", "customerid", "kundnummer", "kundenummer", "klantnummer",
                    "номер клиента"),
    "date": ("date", "datum", "dato", "дата", "timestamp", "tidsstämpel", "tidsstempel",
             "tijdstempel", "отметка времени"),
}

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATORS = re.compile(r"[\s_\-./:#]+")


def normalise_header(text: object) -> str:
    """Lower-case, without bracketed notes ("Amount (SEK)"), punctuation or repeated spaces."""
    value = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    value = _PAREN.sub(" ", value)
    value = _SEPARATORS.sub(" ", value).strip()
    return value.replace("ё", "е")


def field_for_header(header: str, fields: tuple[str, ...] = FIELD_ORDER) -> str | None:
    """The field a header names exactly (by synonym), or None."""
    key = normalise_header(header)
    if not key:
        return None
    for field in fields:
        if key in SYNONYMS.get(field, ()) or key == field.replace("_", " "):
            return field
    return None


def field_containing(header: str, fields: tuple[str, ...]) -> str | None:
    """The field whose looser fragment occurs in a header (long survey questions), or None."""
    key = normalise_header(header)
    for field in fields:
        if any(fragment in key for fragment in CONTAINS.get(field, ())):
            return field
    return None
