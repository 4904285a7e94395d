"""The demo project's PDF report read back as a partner would (issue 10 items 1, 2 and 4):
pages and their titles, the KPI table against ``report --json``, embedded fonts, and a
Russian report whose Cyrillic is real, searchable text."""
from __future__ import annotations

import json
import re
import subprocess

import pytest

from .test_cli import run_cli

#: every section of the demo, one page each (the window's pages + the appendix)
EN_TITLES = ["Customer loyalty report", "Summary", "Retention", "Cohorts", "Customer value",
             "How long customers stay", "Feedback", "What customers write", "Causes over time",
             "Who answered the survey", "Loyalty and segments", "Appendix: customers at risk", "Appendix: imported files"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from loyalty_desktop.io.demo import build_demo_project
    return build_demo_project(tmp_path_factory.mktemp("demo")).path


@pytest.fixture(scope="module")
def english(demo_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("en")
    result = run_cli("report", "--project", str(demo_file), "--pdf", str(out / "report.pdf"),
                     "--json", str(out / "out.json"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    return out / "report.pdf", json.loads((out / "out.json").read_text(encoding="utf-8"))


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(info.split("Pages:")[1].split()[0])


def _page_text(path, page: int, layout: bool = False) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page)] + (["-layout"] if layout else [])
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_demo_report_has_one_titled_page_per_section_and_numbered_pages(english):
    path, _ = english
    assert _pages(path) == len(EN_TITLES)
    for number, title in enumerate(EN_TITLES, start=1):
        text = _page_text(path, number)
        assert text.lstrip().startswith(title), (number, text[:80])
        assert f"Page {number} of {len(EN_TITLES)}" in text


def test_kpi_table_shows_the_values_of_the_json_output(english):
    from loyalty_desktop.report import formatting as fmt

    path, doc = english
    fmt.set_language("en")
    summary = doc["summary"]
    last_full = [r for r in doc["retention"] if not r["partial"]][-1]
    expected = {
        "Customers": fmt.number(summary["customers"]),
        "Active customers": fmt.number(summary["active_customers"]),
        "Retention rate (last full period)": fmt.percent(last_full["retention_rate"], 1),
        "Churn rate (last full period)": fmt.percent(last_full["churn_rate"], 1),
        "Repeat purchase rate": fmt.percent(summary["repeat_purchase_rate"], 1),
        "Average order value": fmt.money(summary["average_order_value"], doc["currency"]),
        "Revenue": fmt.money(summary["revenue"], doc["currency"]),
        "Average customer lifespan": fmt.days(summary["average_lifespan_days"]),
    }
    lines = _page_text(path, 2, layout=True).splitlines()
    for label, value in expected.items():
        row = next(line for line in lines if line.strip().startswith(label + "  "))
        cells = re.split(r"\s{2,}", row.strip())
        assert cells[1] == value.replace("\u00a0", " "), (label, row)   # pdftotext: plain spaces
    # benchmark and target written out in full (wrapped if need be), never cut off with "…"
    text = " ".join(_page_text(path, 2).split())
    benches = doc["definitions"]["benchmarks"]
    assert f"benchmark {fmt.percent(benches['retention_rate'], 1)}" in text
    if doc["definitions"].get("targets", {}).get("retention_rate") is not None:
        assert f"target {fmt.percent(doc['definitions']['targets']['retention_rate'], 1)}" in text
    assert "…" not in _page_text(path, 2)


def test_every_font_is_embedded(english):
    path, _ = english
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    assert any("DejaVuSans" in line for line in fonts)


def test_report_charts_are_vectors_with_real_axis_text(english):
    path, _ = english
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert images == []                              # no chart was turned into pixels
    assert "Customers gained and lost per period" in _page_text(path, 3)


def test_russian_report_is_readable_cyrillic_text(demo_file, tmp_path):
    out = tmp_path / "ru.pdf"
    result = run_cli("report", "--project", str(demo_file), "--pdf", str(out), "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert _pages(out) == len(EN_TITLES)
    cover, summary = _page_text(out, 1), _page_text(out, 2)
    assert "Customer loyalty report" not in cover
    assert re.search(r"[А-Яа-яЁё]{4,}", cover.splitlines()[0])          # the title is Russian
    assert "Страница 1 из" in cover or re.search(r"\b1\b.*\b11\b", cover.splitlines()[-1])
    assert len(re.findall(r"[А-Яа-яЁё]+", summary)) > 20
    assert "1 484" in summary.replace("\u00a0", " ")       # Russian digit grouping
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert all(line.split()[-5] == "yes" for line in fonts)


def test_survey_pages_show_causes_per_wave_and_every_respondent_comparison(english, demo_file):
    """The Feedback page's causes-per-wave chart and representativeness panel are in the
    report too: one chart per dimension, each with the engine's verdict above it."""
    from loyalty_desktop.engine.analysis import analyse
    from loyalty_desktop.io.project import Project

    path, _ = english
    causes = _page_text(path, EN_TITLES.index("Causes over time") + 1)
    assert "Causes mentioned per survey wave" in causes
    assert "2023-H1" in causes            # the demo's first half-yearly wave on the axis
    answered = " ".join(_page_text(path, EN_TITLES.index("Who answered the survey") + 1).split())
    project = Project.open(demo_file)
    results = analyse(project.dataset, project.definitions).sections["representativeness"].results
    assert [r.dimension for r in results] == ["spend band", "RFM segment", "loyal or not"]
    for result in results:
        assert f"Who answered, compared with all customers, by {result.dimension}" in answered
        # pdftotext joins a line broken after a hyphen ("under-" / "represented" →
        # "underrepresented"): compare without spaces and hyphens
        def bare(text: str) -> str:
            return "".join(text.split()).replace("-", "")
        assert bare(result.verdict) in bare(answered)
    assert answered.count("Chi-square test of") == 1   # one shared caption, under the last chart
    assert f"{results[0].table['respondents'].sum():,} answers were matched" in answered
