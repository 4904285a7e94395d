"""Project file speed and size against baselines measured in the same run (issue 11, goal 5).

Data: 1,000,000 orders of 100,000 customers (order_id, customer_id, date with time, amount),
sorted by date as a till exports them. The *source CSV* is that table as a plain export
(``Order ID,Customer ID,Date,Amount``, ISO dates, decimal point), written under
``benchmarks/data/`` (git-ignored).

1. save a project with the 1M orders vs ``DataFrame.to_parquet`` of the same frame. Goal < 2 s.
2. open it vs ``pandas.read_parquet`` of the same data. Goal < 1.5 s.
3. file size vs the source CSV. Goal: under 40 % of the CSV.
4. re-import an overlapping newer export (the last 950,000 orders + 50,000 new) into the
   1M-order project vs a plain ``merge(indicator=True)`` on order_id, the floor for the dedup
   work. The issue sets no goal; ours is under 2 s, so a regression shows.

Times are the best of 3. Run: ``python -m benchmarks.bench_project``.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

DATA = Path(__file__).resolve().parent / "data"
ORDERS = 1_000_000
CUSTOMERS = 100_000


def orders_frame(orders: int = ORDERS, first_order: int = 0, seed: int = 1) -> pd.DataFrame:
    """The tidy transactions table the importer would produce from the source CSV."""
    rng = np.random.default_rng(seed)
    seconds = np.sort(rng.integers(0, 4 * 365 * 86400, orders))
    dates = (np.datetime64("2021-01-01T00:00:00") + seconds.astype("timedelta64[s]"))
    return pd.DataFrame({
        "order_id": pd.array([f"{first_order + i:08d}" for i in range(orders)], dtype="string"),
        "customer_id": pd.array([f"K{c:06d}" for c in rng.integers(0, CUSTOMERS, orders)],
                                dtype="string"),
        "date": dates.astype("datetime64[ns]"),
        "amount": np.round(rng.gamma(2.0, 200.0, orders), 2),
    })


def source_csv(frame: pd.DataFrame) -> Path:
    path = DATA / f"orders_{len(frame)}.csv"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        frame.rename(columns={"order_id": "Order ID", "customer_id": "Customer ID",
                              "date": "Date", "amount": "Amount"}).to_csv(path, index=False)
    return path


def _best(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


class _Log:
    file, kind = "orders-newer.csv", "transactions"

    def to_json(self) -> dict:
        return {"file": self.file, "kind": self.kind, "rows_rejected": 0}


class _Result:
    def __init__(self, table: pd.DataFrame) -> None:
        self.table, self.log = table, _Log()


def _reimport(stored: pd.DataFrame, incoming: pd.DataFrame) -> float:
    from loyalty_desktop.engine.data import Dataset
    from loyalty_desktop.io.project import Project

    def once() -> None:
        report = Project(Dataset(transactions=stored)).add_import(_Result(incoming))
        assert (report.new, report.duplicate) == (50_000, 950_000), report

    return _best(once)


def _row(name, value, unit, baseline, ratio, goal, met) -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 3),
            "ratio": round(ratio, 2), "goal": goal, "met": met}


def run() -> list[dict]:
    """Result rows {"name","value","unit","baseline","ratio","goal","met"}."""
    from loyalty_desktop.engine.data import Dataset
    from loyalty_desktop.io.project import Project

    frame = orders_frame()
    csv_mb = source_csv(frame).stat().st_size / 1e6
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        parquet = Path(folder) / "orders.parquet"
        project_path = Path(folder) / "orders.loyalty"
        write_baseline = _best(lambda: frame.to_parquet(parquet))
        read_baseline = _best(lambda: pd.read_parquet(parquet))
        project = Project(Dataset(transactions=frame))
        save = _best(lambda: project.save(project_path))
        opened: list[Project] = []
        open_time = _best(lambda: opened.append(Project.open(project_path)))
        pd.testing.assert_frame_equal(opened[-1].dataset.transactions, frame)
        size_mb = project_path.stat().st_size / 1e6
    rows.append(_row("save project, 1M orders (baseline: DataFrame.to_parquet)", save, "s",
                     write_baseline, save / write_baseline, "< 2 s", save < 2.0))
    rows.append(_row("open project, 1M orders (baseline: pandas.read_parquet)", open_time, "s",
                     read_baseline, open_time / read_baseline, "< 1.5 s", open_time < 1.5))
    rows.append(_row("project file size, 1M orders (baseline: source CSV)", size_mb, "MB",
                     csv_mb, size_mb / csv_mb, "< 40 % of the CSV", size_mb / csv_mb < 0.40))
    newer = pd.concat([frame.iloc[50_000:], orders_frame(50_000, first_order=ORDERS, seed=2)],
                      ignore_index=True)
    merge_baseline = _best(lambda: newer.merge(frame[["order_id"]], on="order_id", how="left",
                                               indicator=True))
    reimport = _reimport(frame, newer)
    rows.append(_row("re-import overlapping 1M-order export into 1M orders "
                     "(baseline: merge on order_id)", reimport, "s", merge_baseline,
                     reimport / merge_baseline, "< 2 s (our own target; the issue sets none)",
                     reimport < 2.0))
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    for result in run():
        print(json.dumps(result, ensure_ascii=False))
