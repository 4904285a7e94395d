"""``loyalty-desktop selftest``: reproduce the published reference results of SPEC §3.

Each check recomputes a number from the real public data in the reference folder
(``LOYALTY_REFERENCE_DATA``, default ``<repo>/../shared/data``; see its SOURCES.md) with the
same engine code the app uses, and compares it with the published value. One line per
check: PASS/FAIL, name, expected, got, tolerance. Exit code 0 when every check passes.

To add a check, write a function returning ``list[Check]`` and append it to
:data:`CHECK_GROUPS`; a group that raises becomes one failing check with the error, so one
broken module never hides the others.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd

from .engine.clv import BgNbd, GammaGamma, rfm_summary
from .engine.definitions import Definitions

REL_TOL = 0.01      # 1 % relative (issue 6)
LL_TOL = 0.5        # log-likelihood, absolute

TEXTS = {
    "missing": ("Reference data not found at {path}. Set LOYALTY_REFERENCE_DATA to the folder "
                "that holds SOURCES.md and the reference files, then run the self-test again."),
    "missing_file": "the reference file {name} is not in {path}",
    "error": "could not be computed: {error}",
    "summary": "{passed} of {total} checks passed",
}


@dataclass(frozen=True)
class Check:
    """One reproduced reference number."""

    name: str
    expected: float
    got: float | None
    tolerance: str
    passed: bool
    detail: str = ""

    def line(self) -> str:
        got = "—" if self.got is None else f"{self.got:.6g}"
        status = "PASS" if self.passed else "FAIL"
        extra = f"  ({self.detail})" if self.detail else ""
        return f"{status}  {self.name}: expected {self.expected:.6g}, got {got} [{self.tolerance}]{extra}"


def relative(name: str, expected: float, got: float, tol: float = REL_TOL) -> Check:
    ok = got is not None and abs(got - expected) <= tol * abs(expected)
    return Check(name, expected, got, f"within {tol:.0%}", bool(ok))


def absolute(name: str, expected: float, got: float, tol: float) -> Check:
    ok = got is not None and abs(got - expected) <= tol
    return Check(name, expected, got, f"within ±{tol:g}", bool(ok))


def default_data_dir() -> Path:
    env = os.environ.get("LOYALTY_REFERENCE_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _need(data_dir: Path, name: str) -> Path:
    path = data_dir / name
    if not path.exists():
        raise FileNotFoundError(TEXTS["missing_file"].format(name=name, path=data_dir))
    return path


# --------------------------------------------------------------------------- CDNOW (issue 6)
def cdnow_transactions(data_dir: Path) -> pd.DataFrame:
    """cdnow_sample.csv in the engine's transaction layout (ids keep their leading zeros)."""
    frame = pd.read_csv(_need(data_dir, "cdnow_sample.csv"),
                        dtype={"customer_id": str, "date": str})
    frame["date"] = pd.to_datetime(frame["date"], format="%Y%m%d")
    return frame


def cdnow_checks(data_dir: Path) -> list[Check]:
    """BG/NBD (Fader, Hardie & Lee 2005) and Gamma-Gamma (Fader & Hardie 2013) on CDNOW,
    weekly, calibration to 1997-09-30. The 8 customers whose only order was a free CD count
    as customers in the paper, i.e. every order is a purchase occasion."""
    summary = rfm_summary(cdnow_transactions(data_dir), "1997-09-30", "week",
                          refunds_are_activity=True)
    bg = BgNbd().fit(summary)
    gg = GammaGamma().fit(summary)
    checks = [relative(f"CDNOW BG/NBD {name}", expected, bg.params_.get(name))
              for name, expected in (("r", 0.243), ("alpha", 4.414), ("a", 0.793), ("b", 2.426))]
    checks.append(absolute("CDNOW BG/NBD log-likelihood", -9582.4, bg.log_likelihood_, LL_TOL))
    checks.append(absolute("CDNOW Gamma-Gamma repeat buyers", 946, gg.customers_, 0))
    checks += [relative(f"CDNOW Gamma-Gamma {name}", expected, gg.params_.get(name))
               for name, expected in (("p", 6.25), ("q", 3.74), ("gamma", 15.44))]
    first = summary.loc[["0001"]]
    checks.append(relative("CDNOW customer 1 expected purchases in 39 weeks", 1.226,
                           float(bg.expected_purchases(39.0, first).iloc[0])))
    checks.append(relative("CDNOW customer 1 P(alive)", 0.7266, float(bg.p_alive(first).iloc[0])))
    checks.append(relative("CDNOW customer 1 expected spend per purchase", 24.66,
                           float(gg.expected_spend(first).iloc[0])))
    checks.append(relative("CDNOW population mean spend per purchase", 35.17,
                           gg.population_mean_spend))
    return checks


# --------------------------------------------------------------------------- cohorts (issue 3)
def online_retail_transactions(data_dir: Path) -> pd.DataFrame:
    """online_retail.csv.gz aggregated to one order per invoice, customers only (SOURCES.md)."""
    frame = pd.read_csv(_need(data_dir, "online_retail.csv.gz"),
                        usecols=["InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
                        dtype={"InvoiceNo": str, "CustomerID": str})
    frame = frame[frame["CustomerID"].notna()]
    frame["amount"] = frame["Quantity"] * frame["UnitPrice"]
    orders = frame.groupby("InvoiceNo", sort=False).agg(
        customer_id=("CustomerID", "first"), date=("InvoiceDate", "first"), amount=("amount", "sum"))
    orders["customer_id"] = orders["customer_id"].str.replace(r"\.0$", "", regex=True)
    orders["date"] = pd.to_datetime(orders["date"], format="%Y-%m-%d %H:%M:%S")
    return orders.reset_index(drop=True)


def cohort_checks(data_dir: Path) -> list[Check]:
    """ecommercetools' published Online Retail cohort table (refunds as activity) and the
    SPEC default (refunds are not activity)."""
    from .engine.cohorts import cohort_matrix

    orders = online_retail_transactions(data_dir)
    published = cohort_matrix(orders, Definitions(period="month", refunds_are_activity=True))
    default = cohort_matrix(orders, Definitions(period="month"))
    row = published.row("2010-12")
    checks = [absolute("Online Retail cohort 2010-12 size (cancellations as activity)", 948,
                       float(published.sizes.loc["2010-12"]), 0)]
    for k, expected in ((1, 0.381857), (6, 0.379747), (12, 0.274262)):
        checks.append(absolute(f"Online Retail cohort 2010-12 month {k} retention", expected,
                               row[k] if len(row) > k else None, 1e-6))
    checks.append(absolute("Online Retail cohort 2010-12 size (SPEC default)", 885,
                           float(default.sizes.loc["2010-12"]), 0))
    return checks


# --------------------------------------------------------------------------- NPS (issue 7)
def nps_checks(data_dir: Path) -> list[Check]:
    """The SPEC §3 worked example and the real survey in nps_responses.csv."""
    from .engine.nps import nps, nps_from_counts

    example = nps_from_counts(50, 30, 20)
    checks = [absolute("NPS of 50/30/20 answers", 30.0, example.score, 0.005),
              absolute("NPS 50/30/20 Wald CI low", 14.69, example.ci95_wald[0], 0.005),
              absolute("NPS 50/30/20 Wald CI high", 45.31, example.ci95_wald[1], 0.005),
              absolute("NPS 50/30/20 adjusted Wald CI low", 14.05, example.ci95_adjusted_wald[0], 0.005),
              absolute("NPS 50/30/20 adjusted Wald CI high", 44.20, example.ci95_adjusted_wald[1], 0.005)]
    answers = pd.read_csv(_need(data_dir, "nps_responses.csv"), usecols=["NPS_SCORE"])
    result = nps(answers["NPS_SCORE"])
    checks += [absolute("NPS survey scored answers", 2353, result.n, 0),
               absolute("NPS survey score", -24.69, result.score, 0.005),
               absolute("NPS survey Wald CI low", -28.24, result.ci95_wald[0], 0.005),
               absolute("NPS survey Wald CI high", -21.14, result.ci95_wald[1], 0.005)]
    return checks


#: (group name, function) in the order they run; add new reference checks here.
CHECK_GROUPS: list[tuple[str, Callable[[Path], list[Check]]]] = [
    ("CDNOW BG/NBD and Gamma-Gamma", cdnow_checks),
    ("Online Retail cohorts", cohort_checks),
    ("NPS", nps_checks),
]


def run(data_dir: Path | str | None = None) -> list[Check]:
    """Every reference check; raises FileNotFoundError when the reference folder is missing."""
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    if not (folder / "SOURCES.md").exists():
        raise FileNotFoundError(TEXTS["missing"].format(path=folder))
    checks: list[Check] = []
    for name, group in CHECK_GROUPS:
        try:
            checks += group(folder)
        except Exception as error:  # noqa: BLE001 - one broken group must not hide the others
            checks.append(Check(name, float("nan"), None, "-", False,
                                TEXTS["error"].format(error=error)))
    return checks


def main(data_dir: Path | str | None = None) -> int:
    """Print one line per check and a summary; 0 when all pass, 1 otherwise."""
    try:
        checks = run(data_dir)
    except FileNotFoundError as error:
        print(str(error), file=sys.stderr)
        return 1
    for check in checks:
        print(check.line())
    passed = sum(check.passed for check in checks)
    print(TEXTS["summary"].format(passed=passed, total=len(checks)))
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
