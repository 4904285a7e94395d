"""Feedback: NPS per wave, the 0–10 answers, satisfaction vs buying again, comment themes
(with example comments on click), exit reasons and a searchable table of every comment.

The page draws the analysis' "nps", "satisfaction", "comments" and "responses_join"
sections; each part says plainly when its section is missing instead of drawing empty axes.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Optional

import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ...engine.analysis import Analysis
from ...engine.chart_members import cause_members, level_members, reason_members, wave_members
from ...engine.labels import keyword_group_label
from ...engine.nps import nps_category, wave_labels
from ...engine.text import theme_examples
from ...report import charts_feedback as cf
from ...report.charts_theme_trend import has_trend, theme_trend_caption, theme_trend_chart
from ...report import formatting as fmt
from ...report.captions import chart_caption
from ..feedback_controls import NpsCompareBox, SurveySettingsBar
from ..feedback_representativeness import RepresentativenessBox
from ..column_widths import fit_columns
from ..models import DataFrameModel
from ..survey_keywords import KeywordGroupsDialog
from ..survey_sample import SurveySampleDialog
from ..widgets import ChartPanel, note_label, scrolling_page

COMMENT_COLUMNS = ("date", "score", "category", "language", "wave", "comment")
PANEL_HEIGHT = 330


class CommentFilter(QSortFilterProxyModel):
    """Case-insensitive search in the comment text (and language/category columns)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(DataFrameModel.SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort every comment in the source model (one pandas sort); the
        proxy's own sort asked ``data()`` n·log n times on every refill."""
        self.sourceModel().sort(column, order)


class FeedbackPage(QWidget):
    """``import_requested`` asks the window to open the import dialog (no survey yet)."""

    import_requested = Signal()
    #: a bar or point was clicked (score, wave, satisfaction level, exit reason):
    #: (customer ids, description) of the customers behind it
    customers_requested = Signal(object, str)
    #: the owner changed a survey definition here (waves, repurchase window, keyword groups)
    definitions_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = scrolling_page(self, self.tr("Feedback"))
        self.headline = note_label()
        self._layout.addWidget(self.headline)
        self.settings_bar = SurveySettingsBar()
        self.settings_bar.definitions_changed.connect(self.definitions_changed)
        self.settings_bar.keywords_requested.connect(self.edit_keyword_groups)
        self.settings_bar.sample_requested.connect(self.open_sample)
        self._layout.addWidget(self.settings_bar)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = note_label(self.tr(
            "No survey answers yet. Import the export of your NPS or satisfaction survey "
            "(Google Forms, SurveyMonkey, Typeform or any spreadsheet with a 0–10 or 1–5 "
            "answer column) to see what customers say and whether the satisfied ones buy again."))
        self.import_button = QPushButton(self.tr("Import survey answers…"))
        self.import_button.clicked.connect(self.import_requested)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.empty)
        self.charts = QWidget()
        self._charts_layout = QVBoxLayout(self.charts)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self._charts_layout.setSpacing(12)
        self._layout.addWidget(self.charts)
        self._build_comment_table()
        self.panels: dict[str, ChartPanel] = {}
        self.satisfaction_text = note_label()
        self.examples_title = note_label(object_name="caption")
        self.examples = note_label()
        # beside the quoted comments: every customer whose comment mentions the cause
        self.theme_customers = QPushButton(self.charts)
        self.theme_customers.setVisible(False)
        self.theme_customers.clicked.connect(self.show_theme_customers)
        self._theme: Optional[str] = None
        self.compare_box = NpsCompareBox()
        self.representation = RepresentativenessBox()
        self.representation.customers_requested.connect(self.customers_requested)
        self.keyword_dialog: Optional[KeywordGroupsDialog] = None
        self.sample_dialog: Optional[SurveySampleDialog] = None
        self._analysis: Optional[Analysis] = None

    def _build_comment_table(self) -> None:
        self.comments_box = QWidget()
        layout = QVBoxLayout(self.comments_box)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Comments"))
        heading.setObjectName("kpiLabel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the comments"))
        self.search.setClearButtonEnabled(True)
        self.comment_count = QLabel()
        bar.addWidget(heading)
        bar.addWidget(self.search, 2)
        bar.addStretch(1)
        bar.addWidget(self.comment_count)
        layout.addLayout(bar)
        self.comment_model = DataFrameModel()
        self.comment_proxy = CommentFilter(self)
        self.comment_proxy.setSourceModel(self.comment_model)
        self.comment_table = QTableView()
        self.comment_table.setModel(self.comment_proxy)
        self.comment_table.setSortingEnabled(True)
        self.comment_table.setAlternatingRowColors(True)
        self.comment_table.setWordWrap(True)
        self.comment_table.verticalHeader().setVisible(False)
        self.comment_table.setMinimumHeight(320)
        self.comment_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.comment_table)
        self._layout.addWidget(self.comments_box)
        self.search.textChanged.connect(self._search)

    # -- drawing -------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis) -> None:
        for _ in self.analysis_steps(analysis):
            pass

    def analysis_steps(self, analysis: Analysis) -> Iterator[None]:
        """Draw ``analysis`` one chart per step (the window runs one step per event-loop
        turn: the page's seven charts took 0.45 s in one go on the demo)."""
        self._analysis = analysis
        self._clear()
        sections = analysis.sections
        join = sections.get("responses_join")
        responses = getattr(join, "responses", None)
        has_answers = responses is not None and len(responses) > 0
        self.empty.setVisible(not has_answers)
        self.charts.setVisible(has_answers)
        self.comments_box.setVisible(has_answers)
        self.headline.setText(self._headline(analysis) if has_answers else "")
        self.headline.setVisible(has_answers)
        self.settings_bar.setVisible(has_answers)
        self.settings_bar.set_definitions(analysis.defs)
        if not has_answers:
            self.comment_model.set_frame(pd.DataFrame())
            return
        yield from self._draw_nps(analysis, responses)
        self._draw_satisfaction(analysis)
        yield
        yield from self._draw_comments(analysis)
        self.representation.set_report(sections.get("representativeness"),
                                       chart_caption(analysis, "general"))
        self._charts_layout.addWidget(self.representation)
        yield
        self._fill_comment_table(analysis, responses)

    def _clear(self) -> None:
        for panel in self.panels.values():
            self._charts_layout.removeWidget(panel)
            panel.deleteLater()
        self.panels = {}
        for label in (self.satisfaction_text, self.examples_title, self.examples):
            self._charts_layout.removeWidget(label)
            label.setText("")
        for box in (self.compare_box, self.representation, self.theme_customers):
            self._charts_layout.removeWidget(box)
        self.theme_customers.setVisible(False)
        self._theme = None

    def _add(self, chart) -> ChartPanel:
        panel = ChartPanel(chart)
        panel.setMinimumHeight(PANEL_HEIGHT)
        self._charts_layout.addWidget(panel)
        self.panels[chart.key] = panel
        return panel

    def _headline(self, analysis: Analysis) -> str:
        parts = []
        report = analysis.sections.get("nps")
        if report is not None and report.overall.score is not None:
            overall = report.overall
            low, high = overall.ci95_adjusted_wald
            parts.append(self.tr("Your NPS is %1 from %2 answers (95 % interval %3 to %4).")
                         .replace("%1", fmt.number(overall.score)).replace("%2", fmt.number(overall.n))
                         .replace("%3", fmt.number(low)).replace("%4", fmt.number(high)))
            if overall.uncertain:
                parts.append(self.tr("Treat it as uncertain: %1.").replace("%1", overall.uncertain_reason))
            if report.changes:
                parts.append(report.changes[-1].sentence)
        join = analysis.sections.get("responses_join")
        if join is not None:
            parts.append(join.sentence)
        return " ".join(parts)

    def _draw_nps(self, analysis: Analysis, responses: pd.DataFrame) -> Iterator[None]:
        report = analysis.sections.get("nps")
        if report is None:
            return
        caption = chart_caption(analysis, "nps")
        if report.waves:
            panel = self._add(cf.nps_wave_chart(report, caption))
            panel.chart.widget.hover.clicked.connect(self.open_wave)
            yield
        self.compare_box.set_groups(analysis.sections.get("nps_groups"))
        self._charts_layout.addWidget(self.compare_box)
        scores = cf.optional_score(responses)
        if scores is not None:
            panel = self._add(cf.score_distribution_chart(scores, caption))
            panel.chart.widget.hover.clicked.connect(self.open_score)
            yield

    def _draw_satisfaction(self, analysis: Analysis) -> None:
        report = analysis.sections.get("satisfaction")
        if report is None:
            return
        table, _ = cf.satisfaction_table(report)
        if len(table) and int(table["n"].sum()):
            panel = self._add(cf.satisfaction_chart(report, chart_caption(analysis, "satisfaction")))
            panel.chart.widget.hover.clicked.connect(self.open_level)
        lines = list(report.sentences)
        if report.csat is not None and report.csat.n:
            lines.insert(0, self.tr("%1 of answers are “very satisfied” (5) and %2 are satisfied "
                                    "or very satisfied (4–5), from %3 answers.")
                         .replace("%1", fmt.percent(report.csat.top_box))
                         .replace("%2", fmt.percent(report.csat.top2_box))
                         .replace("%3", fmt.number(report.csat.n)))
        self.satisfaction_text.setText("\n".join(lines))
        self._charts_layout.addWidget(self.satisfaction_text)

    def _draw_comments(self, analysis: Analysis) -> Iterator[None]:
        comments = analysis.sections.get("comments")
        if comments is None:
            return
        general = chart_caption(analysis, "general")
        if len(comments.themes) and int(comments.themes["comments"].sum()):
            panel = self._add(cf.themes_chart(comments.themes, cf.comments_caption(general)))
            panel.chart.widget.hover.clicked.connect(self.show_theme_examples)
            self.examples_title.setText(self.tr("Click a bar to read the comments behind it."))
            self._charts_layout.addWidget(self.examples_title)
            self._charts_layout.addWidget(self.examples)
            self._charts_layout.addWidget(self.theme_customers, 0, Qt.AlignmentFlag.AlignLeft)
            yield
            if has_trend(comments.trend):
                panel = self._add(theme_trend_chart(comments.trend, theme_trend_caption(general)))
                panel.chart.widget.hover.clicked.connect(self.open_wave_causes)
                yield
        if comments.reasons is not None and len(comments.reasons):
            panel = self._add(cf.exit_reasons_chart(comments.reasons, cf.exit_caption(general)))
            panel.chart.widget.hover.clicked.connect(self.open_reason)

    def show_theme_examples(self, group: str) -> None:
        """Up to five comments that mention ``group`` (what a click on its bar shows)."""
        comments = self._analysis.sections.get("comments") if self._analysis else None
        join = self._analysis.sections.get("responses_join") if self._analysis else None
        if comments is None or join is None or group not in comments.matches:
            return
        texts = theme_examples(comments.matches, join.responses["comment"], group, limit=5)
        self.examples_title.setText(self.tr("Comments about “%1”:").replace("%1", keyword_group_label(group)))
        self.examples.setText("\n".join(f"“{t}”" for t in texts) if len(texts)
                              else self.tr("No comment long enough to quote."))
        self._theme = group
        self.theme_customers.setText(self.tr("Show the customers who mention “%1”")
                                     .replace("%1", keyword_group_label(group)))
        self.theme_customers.setVisible(True)

    def show_theme_customers(self) -> None:
        """Every customer whose comment mentions the cause last clicked in the themes chart."""
        if self._theme is not None:
            self._open_causes([self._theme], None, self.tr("Comments that mention %1")
                              .replace("%1", keyword_group_label(self._theme)))

    def open_wave_causes(self, key) -> None:
        """A point of the causes-per-wave chart (one cause) or its wave (every cause drawn):
        the customers whose comment in that wave mentions it."""
        wave, cause = key
        chart = self.panels["comment_theme_trend"].chart
        causes = [cause] if cause is not None else list(chart.data["groups"])
        text = (self.tr("Comments in %1 that mention %2") if cause is not None
                else self.tr("Comments in %1 that mention any of: %2"))
        self._open_causes(causes, wave, text.replace("%1", str(wave))
                          .replace("%2", ", ".join(keyword_group_label(c) for c in causes)))

    def _open_causes(self, causes: list[str], wave: Optional[str], description: str) -> None:
        comments = self._analysis.sections.get("comments") if self._analysis else None
        answers = self._answers()
        if comments is None or answers is None:
            return
        waves = wave_labels(answers, self._analysis.defs.nps_wave) if wave is not None else None
        ids, unmatched = cause_members(answers, comments.matches, causes, waves=waves, wave=wave)
        if unmatched:
            description = self.tr("%1; %Ln of these answers could not be matched to a customer",
                                  "", unmatched).replace("%1", description)
        self.customers_requested.emit(ids, description)

    def edit_keyword_groups(self) -> KeywordGroupsDialog:
        """The keyword-group editor; OK stores the groups in the definitions (→ recompute)."""
        defs = self._analysis.defs if self._analysis else None
        self.keyword_dialog = KeywordGroupsDialog(defs.keyword_groups if defs else None, self)
        self.keyword_dialog.accepted.connect(self._keyword_groups_accepted)
        self.keyword_dialog.open()
        return self.keyword_dialog

    def _keyword_groups_accepted(self) -> None:
        if self._analysis is not None and self.keyword_dialog is not None:
            self.definitions_changed.emit(
                self._analysis.defs.replace(keyword_groups=self.keyword_dialog.groups()))

    def open_sample(self) -> Optional[SurveySampleDialog]:
        """The survey-sample dialog for the next wave (needs an analysed customer base)."""
        if self._analysis is None or self._analysis.is_empty:
            return None
        self.sample_dialog = SurveySampleDialog(self._analysis, self)
        self.sample_dialog.open()
        return self.sample_dialog

    def open_score(self, score: int) -> None:
        """The matched customers who answered ``score`` (a click on its bar)."""
        join = self._analysis.sections.get("responses_join") if self._analysis else None
        if join is None or "customer_id" not in join.responses:
            return
        answers = join.responses
        hit = (pd.to_numeric(answers["score"], errors="coerce") == int(score)).fillna(False)
        ids = answers.loc[hit.astype(bool), "customer_id"].dropna().astype(str).unique().tolist()
        self.customers_requested.emit(ids, self.tr("Customers who answered %1").replace(
            "%1", str(score)))

    def _answers(self) -> Optional[pd.DataFrame]:
        join = self._analysis.sections.get("responses_join") if self._analysis else None
        return None if join is None else join.responses

    def open_wave(self, wave: str) -> None:
        """The matched customers with a scored answer in ``wave`` (a click on its point)."""
        report = self._analysis.sections.get("nps") if self._analysis else None
        answers = self._answers()
        if report is None or answers is None:
            return
        ids = wave_members(answers, report.wave_definition, wave)
        self.customers_requested.emit(ids, self.tr("Answered the survey in %1").replace(
            "%1", str(wave)))

    def open_level(self, key) -> None:
        """The customers counted in a bar of the repurchase chart: answered at that level
        with the whole repurchase window observed."""
        report = self._analysis.sections.get("satisfaction") if self._analysis else None
        answers = self._answers()
        if report is None or answers is None:
            return
        basis, level, label = key
        ids = level_members(answers, report.flags, basis=basis, level=level)
        self.customers_requested.emit(ids, self.tr("Answered “%1”, %2 days or more ago")
                                      .replace("%1", str(label))
                                      .replace("%2", str(report.window_days)))

    def open_reason(self, reason: str) -> None:
        """The customers who gave ``reason`` for leaving (a click on its bar)."""
        answers = self._answers()
        if answers is None:
            return
        self.customers_requested.emit(reason_members(answers, reason), self.tr(
            "Said they left because: %1").replace("%1", str(reason)))

    def _fill_comment_table(self, analysis: Analysis, responses: pd.DataFrame) -> None:
        comments = analysis.sections.get("comments")
        if "comment" not in responses:
            self.comments_box.setVisible(False)
            return
        text = responses["comment"].astype("string").str.strip()
        frame = pd.DataFrame({"comment": text}, index=responses.index)
        frame = frame[frame["comment"].notna() & (frame["comment"] != "")]
        if "date" in responses:
            frame["date"] = pd.to_datetime(responses["date"], errors="coerce").reindex(frame.index)
        if "score" in responses:
            frame["score"] = responses["score"].reindex(frame.index)
            frame["category"] = nps_category(responses["score"]).reindex(frame.index)
        tokens = getattr(comments, "tokens", None)
        if tokens is not None and "language" in tokens:
            frame["language"] = tokens["language"].reindex(frame.index)
        if "wave" in responses:
            frame["wave"] = responses["wave"].reindex(frame.index)
        headers = {"date": self.tr("Date"), "score": self.tr("Score"),
                   "category": self.tr("Category"), "language": self.tr("Language"),
                   "wave": self.tr("Wave"), "comment": self.tr("Comment")}
        names = {"promoter": self.tr("promoter"), "passive": self.tr("passive"),
                 "detractor": self.tr("detractor")}
        formatters = {"category": lambda v: names.get(v, "—") if isinstance(v, str) else "—",
                      "date": lambda v: fmt.date_text(v) if not pd.isna(v) else "—",
                      "score": lambda v: "—" if pd.isna(v) else str(int(v))}
        shown = {k: v for k, v in headers.items() if k in frame.columns}
        self.comment_model.set_frame(frame[list(shown)].reset_index(drop=True), shown, formatters)
        header = self.comment_table.horizontalHeader()   # new rows keep the order the arrow shows
        self.comment_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.comment_table)
        self.comment_table.horizontalHeader().setStretchLastSection(True)
        self._update_count()

    def _search(self, text: str) -> None:
        self.comment_proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.comment_model.frame())
        self.comment_count.setText(self.tr("%1 of %2 comments").replace(
            "%1", fmt.number(self.comment_proxy.rowCount())).replace("%2", fmt.number(total)))
