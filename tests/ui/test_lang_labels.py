"""Names the app gives (RFM segments, templates, keyword groups) in the chosen language, and the
demo report in Russian without English words (issue 13)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from loyalty_desktop import i18n
from loyalty_desktop.engine import labels

#: English words that reached the Russian demo PDF before they went through the catalogue.
LEAKED = ("Champions", "Loyal customers", "Potential loyalists", "New customers", "Promising",
          "Need attention", "About to sleep", "At risk", "Can't lose them", "Hibernating",
          "Lost", "Regulars", "At-risk big spenders", "Promoters", "Detractors", "price",
          "waiting", "staff", "quality", "delivery", "range", "week", "(kr)", "p < 0.001")


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.set_language("en")


def test_built_in_names_are_translated_and_typed_names_stay_as_typed(english_afterwards):
    assert labels.segment_label("At risk") == "At risk"
    i18n.set_language("sv")
    assert labels.segment_label("Regulars") == "Stamkunder"
    assert labels.segment_label("Can't lose them") == "Måste behållas"
    assert labels.segment_label("Mina favoriter") == "Mina favoriter"
    assert labels.keyword_group_label("price") == "pris"
    assert labels.keyword_group_label("parkering") == "parkering"
    # what the editor reads back is the stored key unless the owner renamed it
    assert labels.keyword_group_key("pris") == "price"
    assert labels.segment_key("Stamkunder") == "Regulars"
    i18n.set_language("ru")
    assert labels.segment_label("Hibernating") == "Спящие"
    assert labels.keyword_group_label("waiting") == "ожидание"


def test_rule_editor_shows_a_template_name_translated_and_keeps_its_key(qtbot, english_afterwards):
    from loyalty_desktop.engine.rule_fields import FIELDS
    from loyalty_desktop.ui.rule_editor import RuleEditor
    i18n.set_language("da")
    editor = RuleEditor(FIELDS)
    qtbot.addWidget(editor)
    editor.set_rule({"name": "Regulars", "match": "all",
                     "conditions": [{"field": "purchases", "op": ">=", "value": 4}]})
    assert editor.name_edit.text() == "Stamkunder"
    assert editor.rule_json()[0]["name"] == "Regulars"
    editor.name_edit.setText("Mine stamkunder")
    assert editor.rule_json()[0]["name"] == "Mine stamkunder"


def test_keyword_dialog_shows_standard_groups_in_the_language_and_stores_keys(
        qtbot, english_afterwards):
    from loyalty_desktop.ui.survey_keywords import KeywordGroupsDialog
    i18n.set_language("nl")
    dialog = KeywordGroupsDialog(None)
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "prijs" in shown and "price" not in shown
    assert "price" in dialog.groups()


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Проанализировано 1\u00a0484 клиента."), ("sv", "1\u00a0484 kunder analyserade."),
    ("da", "1.484 kunder analyseret."), ("nl", "1.484 klanten geanalyseerd."),
    ("en", "1,484 customers analysed."),
])
def test_status_bar_count_is_grouped_as_the_locale_writes_it(english_afterwards, lang, expected):
    from PySide6.QtCore import QCoreApplication
    i18n.set_language(lang)
    assert QCoreApplication.translate("MainWindow", "%Ln customers analysed.", "", 1484) == expected


@pytest.mark.slow
def test_russian_demo_report_has_no_english_names_left(tmp_path):
    from loyalty_desktop.io.demo import build_demo_project, demo_project_path
    build_demo_project(tmp_path)
    pdf, xlsx = tmp_path / "ru.pdf", tmp_path / "ru.xlsx"
    run = subprocess.run([sys.executable, "-m", "loyalty_desktop", "report", "--project",
                          str(demo_project_path(tmp_path)), "--lang", "ru", "--pdf", str(pdf),
                          "--xlsx", str(xlsx)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    text = " ".join(text.split())
    # whole words only: the Swedish demo data says "Dålig service", customers are "Lars Lost…"
    english = [w for w in LEAKED if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    assert english == []
    for russian in ("Чемпионы", "Постоянные клиенты", "Спящие", "цена", "ожидание",
                    "время считается в неделях", "p < 0,001"):
        assert russian in text
    from openpyxl import load_workbook
    book = load_workbook(xlsx, read_only=True)
    headers = {ws.title: next(ws.iter_rows(max_row=1, values_only=True)) for ws in book.worksheets}
    # every header the app writes is Russian; the demo files' own columns (Stad, Kanal) stay
    ascii_headers = {t: [h for h in row if isinstance(h, str) and not re.search("[а-яА-Я]", h)
                         and h not in ("E-mail", "NPS", "Stad", "Kanal")]
                     for t, row in headers.items()}
    assert {t: h for t, h in ascii_headers.items() if h} == {}


#: Words of the demo's own files that the window shows as they are (column names, file names).
DEMO_DATA_WORDS = {"Stad", "Kanal", "Kundnummer"}


@pytest.mark.slow
def test_russian_window_with_the_demo_has_no_english_in_its_own_text(qtbot, demo_project):
    """Every label, button, tab, box title, table header and choice the window writes itself
    is Russian; data (names, comments, file and column names) stays as imported."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox,
                                   QLabel, QTabWidget)
    from PySide6.QtCore import Qt
    from loyalty_desktop.ui.main_window import MainWindow
    i18n.set_language("ru")
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analysis_ready, timeout=120_000):
        window.set_project(demo_project)
    assert english_texts(window) == []


@pytest.mark.parametrize(("lang", "close"), [("sv", "Stäng"), ("da", "Luk"), ("nl", "Sluiten"),
                                             ("ru", "Закрыть")])
def test_qts_own_buttons_speak_the_chosen_language(qtbot, english_afterwards, lang, close):
    # Close/Cancel/Next > come from Qt's qtbase_<lang>.qm, loaded next to ours
    from PySide6.QtWidgets import QDialogButtonBox
    i18n.set_language(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == close


@pytest.mark.parametrize(("env_lang", "args", "expected"), [
    ("C", ["report", "--help", "--lang", "ru"], ["использование:", "язык отчёта и сообщений"]),
    ("sv_SE.UTF-8", ["--help"], ["användning:", "Kundlojalitetsanalys för småföretag."]),
    ("C", ["--help"], ["usage:", "compute the metrics and write PDF/JSON/Excel"]),
])
def test_cli_help_follows_lang_or_the_terminal_language(env_lang, args, expected):
    import os
    env = {**os.environ, "LANG": env_lang, "LC_ALL": "", "LANGUAGE": "", "LC_MESSAGES": ""}
    run = subprocess.run([sys.executable, "-m", "loyalty_desktop", *args], capture_output=True,
                         text=True, timeout=60, env=env)
    assert run.returncode == 0, run.stderr
    assert [e for e in expected if e not in " ".join(run.stdout.split())] == []


def test_progress_messages_reach_the_status_bar_translated(qtbot, english_afterwards):
    from loyalty_desktop.ui.jobs import Job

    def work(progress=None):
        progress(0.5, "Building the customer table")
        return 1

    i18n.set_language("sv")
    job = Job("", work)
    seen = []
    job.progressed.connect(lambda _f, message: seen.append(message))
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    assert "Bygger kundtabellen" in seen


def english_texts(widget, extra_allowed=()) -> list[str]:
    """Texts ``widget`` and its children write themselves (labels, buttons, tabs, box titles,
    choices, table headers) with an English word of 4+ letters and no Cyrillic."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox,
                                   QLabel, QTabWidget)
    from PySide6.QtWidgets import QMainWindow
    # a dialog's title is its own; the main window's is the project's name
    texts = [] if isinstance(widget, QMainWindow) else [widget.windowTitle()]
    for child in widget.findChildren(object):
        if not getattr(child, "isVisibleTo", None) or not child.isVisibleTo(widget):
            continue                  # hidden widgets (another wizard page) are checked on it
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QComboBox) and child.objectName() != "languages":
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractItemView) and hasattr(child.model(), "headerData"):
            model = child.model()
            try:
                columns = model.columnCount()
            except TypeError:            # list models: no header
                continue
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(columns)]
    allowed = {"NPS", "RFM", "SEK", "E-mail", "e-mail", "BG/NBD", "Gamma-Gamma",
               *DEMO_DATA_WORDS, *extra_allowed}
    return sorted({t for t in texts if t and not re.search("[а-яА-ЯёЁ]", t)
                   and re.search(r"[A-Za-z]{4,}", t) and t not in allowed
                   and "@" not in t and not t.endswith((".csv", ".xlsx", ".pdf"))})


@pytest.mark.slow
def test_russian_dialogs_have_no_english_in_their_own_text(qtbot, demo_project, tmp_path,
                                                           english_afterwards):
    """The export, keyword-group and survey-sample dialogs and every page of the import
    wizard, in Russian (the window test above does not open them)."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QWizard
    from loyalty_desktop.engine.analysis import analyse
    from loyalty_desktop.ui.export_dialog import ExportDialog
    from loyalty_desktop.ui.import_wizard import ImportWizard
    from loyalty_desktop.ui.survey_keywords import KeywordGroupsDialog
    from loyalty_desktop.ui.survey_sample import SurveySampleDialog
    i18n.set_language("ru")
    analysis = analyse(demo_project.dataset, demo_project.definitions)
    found = {}
    for name, dialog in (("export", ExportDialog(analysis, demo_project.imports, folder=tmp_path)),
                         ("keywords", KeywordGroupsDialog(None)),
                         ("sample", SurveySampleDialog(analysis))):
        qtbot.addWidget(dialog)
        dialog.show()
        found[name] = english_texts(dialog, extra_allowed={"Loyalty Desktop"})
    path = tmp_path / "kassa.csv"
    path.write_text("Kundnummer;Datum;Belopp\n0042;31.01.2024;1 234,50\n;15.02.2024;12,00\n",
                    encoding="utf-8")
    wizard = ImportWizard([str(path)], settings=QSettings(str(tmp_path / "s.ini"),
                                                           QSettings.Format.IniFormat))
    qtbot.addWidget(wizard)
    wizard.show()
    data = {"Kundnummer", "Datum", "Belopp", "kassa.csv"}
    for step in ("settings", "mapping", "validation"):
        if step == "validation":
            qtbot.waitUntil(lambda: wizard.validation_page.finished, timeout=20_000)
        found[f"wizard {step}"] = english_texts(wizard, extra_allowed=data)
        if step != "validation":
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                             Qt.MouseButton.LeftButton)
    assert {name: texts for name, texts in found.items() if texts} == {}
