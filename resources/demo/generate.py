"""Write the demo business "Kafé Linnea" as the export files a Swedish owner really has.

    python -m loyalty_desktop.resources.demo.generate OUT_DIR [--seed 2024]   (installed)
    python -m resources.demo.generate OUT_DIR                                (repository root)

Four files, in the formats Swedish software writes (so importing them exercises the real
import path, not a shortcut): the till/web-shop export ``kassa_transaktioner.csv`` (line
items, ``;``, decimal comma, no-break-space thousands, UTF-8 with BOM, CRLF), the customer
register ``kundregister.xlsx`` (title row above the header, real Excel dates), the NPS
survey ``nps_enkat.csv`` and the exit survey ``utgangsenkat.csv``.

Output is byte-identical for the same seed: one ``numpy.random.default_rng(seed)`` drives
everything in a fixed order, and the .xlsx is re-zipped with fixed timestamps because
openpyxl stamps the current time into the archive and its properties.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Font

from .people import Customer, make_customers
from .purchases import Receipt, customer_receipts, guest_receipts
from .surveys import ExitAnswer, NpsAnswer, exit_answers, nps_answers
from .timeline import EXPORT_DAY, day_weights

FILE_NAMES = {
    "transactions": "kassa_transaktioner.csv",
    "customers": "kundregister.xlsx",
    "responses": "nps_enkat.csv",
    "exit_survey": "utgangsenkat.csv",
}
TRANSACTION_HEADER = ("Kvittonummer", "Datum", "Kundnummer", "E-post", "Artikel", "Antal",
                      "Belopp (kr)", "Kanal", "Butik")
CUSTOMER_HEADER = ("Kundnummer", "Namn", "E-post", "Stad", "Kanal", "Medlem sedan")
CUSTOMER_TITLE = f"Kundregister Kafé Linnea – export {EXPORT_DAY.isoformat()}"
NPS_HEADER = ("Datum", "Kundnummer", "E-post",
              "Hur sannolikt är det att du skulle rekommendera oss till en vän? (0-10)",
              "Hur nöjd är du med ditt senaste besök? (1-5)", "Kommentar")
EXIT_HEADER = ("Kundnummer", "Datum", "Varför slutade du handla hos oss?", "Kommentar")
FIRST_RECEIPT_NUMBER = 100001
NBSP = "\u00a0"
#: every file's timestamp inside the .xlsx archive (zip dates start in 1980)
ZIP_TIME = (2025, 11, 1, 6, 0, 0)
FIXED_MODIFIED = datetime(2025, 11, 1, 6, 0, 0)


def kronor(amount: float) -> str:
    """Swedish till format: ``1 234,50`` (no-break space between thousands), ``-45,00``."""
    text = f"{abs(amount):,.2f}".replace(",", NBSP).replace(".", ",")
    return f"-{text}" if amount < 0 else text


def _write_csv(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    # utf-8-sig writes the BOM Excel needs to show å, ä, ö; CRLF as Windows software does
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def _transaction_rows(receipts: list[Receipt]) -> list[list[str]]:
    rows = []
    ordered = sorted(receipts, key=lambda r: (r.when, r.customer_id or 0, r.store))
    for number, receipt in enumerate(ordered, start=FIRST_RECEIPT_NUMBER):
        customer = "" if receipt.customer_id is None else str(receipt.customer_id)
        when = receipt.when.strftime("%Y-%m-%d %H:%M")
        for article, quantity, amount in receipt.lines:
            rows.append([str(number), when, customer, receipt.email, article, str(quantity),
                         kronor(amount), receipt.channel, receipt.store])
    return rows


def _nps_rows(answers: list[NpsAnswer]) -> list[list[str]]:
    return [[a.when.strftime("%Y-%m-%d %H:%M"), "" if a.customer_id is None else str(a.customer_id),
             a.email, str(a.score), "" if a.satisfaction is None else str(a.satisfaction), a.comment]
            for a in answers]


def _exit_rows(answers: list[ExitAnswer]) -> list[list[str]]:
    return [[str(a.customer_id), a.when.isoformat(), a.reason, a.comment] for a in answers]


def _register_bytes(customers: list[Customer]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Kunder"
    sheet.append([CUSTOMER_TITLE])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(list(CUSTOMER_HEADER))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row, c in enumerate(customers, start=4):
        sheet.append([c.customer_id, c.name, c.email or None, c.city, c.channel, c.signup])
        sheet.cell(row=row, column=6).number_format = "yyyy-mm-dd"
    for column, width in zip("ABCDEF", (12, 34, 34, 14, 8, 14)):
        sheet.column_dimensions[column].width = width
    book.properties.creator = "Kafé Linnea kassasystem"
    book.properties.created = FIXED_MODIFIED
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed entry times and modification date, so bytes repeat."""
    out = io.BytesIO()
    stamp = FIXED_MODIFIED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()


def write_demo_files(out_dir: Path, seed: int = 2024) -> dict[str, Path]:
    """Generate Kafé Linnea from ``seed`` and write its four export files into ``out_dir``.

    Returns the path of each file by kind: "transactions", "customers", "responses",
    "exit_survey". The same seed always gives the same bytes.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    weights = day_weights()
    customers = make_customers(rng)
    receipts, days_by_customer = customer_receipts(rng, customers, weights)
    receipts += guest_receipts(rng, weights)
    answers = nps_answers(rng, customers, days_by_customer)
    exits = exit_answers(rng, customers, days_by_customer)

    paths = {kind: out_dir / name for kind, name in FILE_NAMES.items()}
    _write_csv(paths["transactions"], TRANSACTION_HEADER, _transaction_rows(receipts))
    paths["customers"].write_bytes(_register_bytes(customers))
    _write_csv(paths["responses"], NPS_HEADER, _nps_rows(answers))
    _write_csv(paths["exit_survey"], EXIT_HEADER, _exit_rows(exits))
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the Kafé Linnea demo export files.")
    parser.add_argument("out_dir", type=Path, help="directory to write the files into")
    parser.add_argument("--seed", type=int, default=2024, help="random seed (default 2024)")
    args = parser.parse_args(argv)
    for kind, path in write_demo_files(args.out_dir, args.seed).items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
