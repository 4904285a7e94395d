"""Benchmark: BG/NBD + Gamma-Gamma fit on CDNOW and on 100,000 synthetic customers (issue 6),
and the longest time ``rfm_summary`` holds the GIL on a million orders (the window cannot
repaint meanwhile), against a plain pandas groupby on the string ids.

Each fit is also given as a ratio to one plain evaluation of the BG/NBD + Gamma-Gamma
log-likelihood over the same customers (one row per customer, no deduplication), measured
in the same run, so the figure can be compared across machines. Run:
``.venv/bin/python -m benchmarks.bench_clv`` (or ``make bench``).

On a busy 2-core machine OpenBLAS worker threads (woken by the optimiser's tiny BLAS calls)
spin on the second core and slowed these fits 3–10×; ``OPENBLAS_NUM_THREADS=1`` removes
that. The app should set it before numpy is imported; this file leaves the choice to the
caller so it does not change the conditions of the other benchmarks in ``make bench``.
"""
from __future__ import annotations

import os
import statistics
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import betaln, gammaln

from loyalty_desktop.engine.clv import BgNbd, GammaGamma, rfm_summary

DATA = Path(os.environ.get("LOYALTY_REFERENCE_DATA",
                           Path(__file__).resolve().parents[2] / "shared" / "data"))
CDNOW_PARAMS = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426,
                "p": 6.25, "q": 3.74, "gamma": 15.44}


def cdnow_summary() -> pd.DataFrame:
    """The CDNOW calibration summary (weeks, to 1997-09-30) built from the transactions."""
    frame = pd.read_csv(DATA / "cdnow_sample.csv", dtype={"customer_id": str, "date": str})
    frame["date"] = pd.to_datetime(frame["date"], format="%Y%m%d")
    return rfm_summary(frame, "1997-09-30", "week", refunds_are_activity=True)


def synthetic_summary(customers: int = 100_000, seed: int = 6) -> pd.DataFrame:
    """Customers simulated from BG/NBD + Gamma-Gamma with CDNOW's parameters: first purchases
    spread over 12 weeks, 52 weeks observed, purchase times rounded to whole days."""
    rng = np.random.default_rng(seed)
    p = CDNOW_PARAMS
    first = rng.integers(0, 84, customers)
    end = 364
    rate = rng.gamma(p["r"], 1.0 / p["alpha"], customers) / 7.0          # per day
    drop = rng.beta(p["a"], p["b"], customers)
    x = np.zeros(customers)
    last = first.astype(float)
    now = first.astype(float)
    alive = np.ones(customers, dtype=bool)
    while alive.any():
        idx = np.flatnonzero(alive)
        now[idx] += rng.exponential(1.0 / np.maximum(rate[idx], 1e-12))
        bought = now[idx] <= end
        got = idx[bought]
        new_day = np.floor(now[got])
        repeat = new_day > last[got]                 # same-day purchases are one occasion
        x[got[repeat]] += 1
        last[got] = np.maximum(last[got], new_day)
        alive[idx[~bought]] = False
        alive[got[rng.random(got.size) < drop[got]]] = False
    nu = rng.gamma(p["q"], 1.0 / p["gamma"], customers)
    with np.errstate(divide="ignore", invalid="ignore"):
        zbar = np.where(x > 0, rng.gamma(p["p"] * np.maximum(x, 1), 1.0) / (np.maximum(x, 1) * nu), 0.0)
    summary = pd.DataFrame({"x": x, "t_x": (last - first) / 7.0, "T": (end - first) / 7.0,
                            "monetary": np.round(zbar, 2)})
    summary.attrs["time_unit"] = "week"
    return summary


def plain_log_likelihood(summary: pd.DataFrame, params: dict[str, float]) -> float:
    """BG/NBD + Gamma-Gamma log-likelihood written straight from the papers, one row per customer."""
    r, alpha, a, b = (params[k] for k in ("r", "alpha", "a", "b"))
    x, t_x, T = (summary[c].to_numpy() for c in ("x", "t_x", "T"))
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = betaln(a, b + x) - betaln(a, b)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300))
                      - (r + x) * np.log(alpha + t_x), -np.inf)
    bg = np.sum(a1 + a2 + np.logaddexp(a3, a4))
    p, q, g = params["p"], params["q"], params["gamma"]
    rep = (x > 0) & (summary["monetary"].to_numpy() > 0)
    xr, m = x[rep], summary["monetary"].to_numpy()[rep]
    gg = np.sum(gammaln(p * xr + q) - gammaln(p * xr) - gammaln(q) + q * np.log(g)
                + (p * xr - 1) * np.log(m) + p * xr * np.log(xr) - (p * xr + q) * np.log(g + xr * m))
    return float(bg + gg)


def _median_time(func, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _fit(summary: pd.DataFrame) -> None:
    bg = BgNbd().fit(summary)
    gg = GammaGamma().fit(summary)
    if not (bg.converged_ and gg.converged_):
        raise RuntimeError(f"fit did not converge: {bg.message_} {gg.message_}")


def _row(name: str, summary: pd.DataFrame, goal: float, repeats: int) -> dict:
    fit = _median_time(lambda: _fit(summary), repeats)
    baseline = _median_time(lambda: plain_log_likelihood(summary, CDNOW_PARAMS), max(repeats, 5))
    return {"name": name, "value": fit, "unit": "s", "baseline": baseline,
            "ratio": fit / baseline, "goal": goal, "met": fit < goal}


def synthetic_orders(orders: int = 1_000_000, customers: int = 100_000, seed: int = 7) -> pd.DataFrame:
    """Orders as the importer hands them over: string ids ("K000123"), timestamps, amounts."""
    rng = np.random.default_rng(seed)
    ids = pd.array([f"K{i:06d}" for i in rng.integers(0, customers, orders)], dtype="string")
    dates = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 3 * 365, orders), unit="D")
    return pd.DataFrame({"customer_id": ids, "date": dates,
                         "amount": np.round(rng.gamma(2.0, 300.0, orders), 2)})


def _longest_gil_hold(func, repeats: int = 3) -> float:
    """Median over runs of the longest gap a 2 ms ticker thread saw while ``func`` ran in
    this thread: how long the window could not repaint while a worker did the same."""
    holds = []
    for _ in range(repeats):
        gaps: list[float] = []
        stop = threading.Event()

        def tick() -> None:
            last = time.perf_counter()
            while not stop.is_set():
                time.sleep(0.002)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now
        ticker = threading.Thread(target=tick)
        ticker.start()
        func()
        stop.set()
        ticker.join()
        holds.append(max(gaps))
    return statistics.median(holds)


def _groupby_summary(orders: pd.DataFrame) -> pd.DataFrame:
    """The plain pandas way (what rfm_summary did before): groupby on the string ids."""
    frame = orders.assign(day=orders["date"].dt.normalize(),
                          customer_id=orders["customer_id"].astype("string").to_numpy())
    days = frame.groupby(["customer_id", "day"], sort=True, observed=True)["amount"].sum()
    grouped = days.reset_index().groupby("customer_id", sort=True)
    return pd.DataFrame({"first": grouped["day"].min(), "last": grouped["day"].max(),
                         "n": grouped.size(), "total": grouped["amount"].sum()})


def _gil_row() -> dict:
    orders = synthetic_orders()
    as_of = orders["date"].max()
    ours = _longest_gil_hold(lambda: rfm_summary(orders, as_of, "week"))
    plain = _longest_gil_hold(lambda: _groupby_summary(orders))
    return {"name": "rfm_summary of 1,000,000 orders: longest GIL hold (window frozen)",
            "value": ours, "unit": "s", "baseline": plain, "ratio": ours / plain,
            "goal": 0.05, "met": ours < 0.05}


def run() -> list[dict]:
    """Benchmark rows: {"name", "value", "unit", "baseline", "ratio", "goal", "met"}."""
    return [_row("BG/NBD + Gamma-Gamma fit, CDNOW (2,357 customers)", cdnow_summary(), 0.1, 7),
            _row("BG/NBD + Gamma-Gamma fit, 100,000 synthetic customers", synthetic_summary(), 0.6, 5),
            _gil_row()]


def main() -> None:
    for row in run():
        baseline = ("plain pandas groupby" if row["name"].startswith("rfm_summary")
                    else "one log-likelihood evaluation")
        print(f"{row['name']}: {row['value']:.4f} {row['unit']} "
              f"(goal < {row['goal']} s: {'met' if row['met'] else 'NOT met'}); "
              f"{baseline} {row['baseline'] * 1000:.2f} ms, ratio {row['ratio']:.2f}")


if __name__ == "__main__":
    main()
