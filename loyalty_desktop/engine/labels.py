"""Names the app gives things, shown in the chosen language while the stored key stays English.

The RFM segments (``rfm.py``), the segment templates (``rule_templates.py``) and the default
comment keyword groups (``vocabulary/keywords.py``) are stored, compared and exported to JSON
under their English key ("At risk", "price"), so a project opened in another language keeps
working. Everything a person reads — window, charts, PDF, Excel — shows them through
:func:`segment_label` / :func:`keyword_group_label`. A name the owner typed is not a key here
and is shown exactly as typed.
"""
from __future__ import annotations

from typing import Any

from .i18n import Catalogue

#: RFM segment names (rfm.py RFM_GRID) and the names of the ready-made rules.
SEGMENT_NAMES = Catalogue("segment names", {  # translated on lookup (engine/i18n.py)
    "Champions": "Champions",
    "Loyal customers": "Loyal customers",
    "Potential loyalists": "Potential loyalists",
    "New customers": "New customers",
    "Promising": "Promising",
    "Need attention": "Need attention",
    "About to sleep": "About to sleep",
    "At risk": "At risk",
    "Can't lose them": "Can't lose them",
    "Hibernating": "Hibernating",
    "Lost": "Lost",
    # templates (rule_templates.py)
    "Loyal": "Loyal",
    "Regulars": "Regulars",
    "At-risk big spenders": "At-risk big spenders",
    "Promoters": "Promoters",
    "Detractors": "Detractors",
    "New this quarter": "New this quarter",
    "Lapsed": "Lapsed",
})

#: The default cause groups of comments (vocabulary/keywords.py CAUSE_GROUPS keys).
KEYWORD_GROUPS = Catalogue("keyword groups", {
    "quality": "quality",
    "price": "price",
    "service": "service",
    "delivery": "delivery",
    "staff": "staff",
    "waiting": "waiting",
    "communication": "communication",
    "ease": "ease of use",
    "range": "range",
})


def segment_label(name: Any) -> str:
    """A built-in segment or template name in the chosen language; any other name as typed."""
    text = "" if name is None else str(name)
    return str(SEGMENT_NAMES[text]) if text in SEGMENT_NAMES else text


def keyword_group_label(name: Any) -> str:
    """A default keyword group in the chosen language; a group the owner named, as named."""
    text = "" if name is None else str(name)
    return str(KEYWORD_GROUPS[text]) if text in KEYWORD_GROUPS else text


def segment_key(label: str) -> str:
    """The stored key of a name shown by :func:`segment_label` (an edited name: itself)."""
    for key in SEGMENT_NAMES:
        if label == SEGMENT_NAMES[key]:
            return key
    return label


def keyword_group_key(label: str) -> str:
    """The stored key of a group name shown by :func:`keyword_group_label`."""
    for key in KEYWORD_GROUPS:
        if label == KEYWORD_GROUPS[key]:
            return key
    return label


#: Coded values of the built-in category fields, as the rule forms and sentences show them.
VALUES = Catalogue("rule values", {
    "active": "active", "churned": "churned",
    "promoter": "promoter", "passive": "passive", "detractor": "detractor",
    "True": "yes", "False": "no",
})


def value_label(field: str, value: Any) -> str:
    """A stored category value in words: "churned" → "förlorad", "At risk" → "I riskzonen";
    any other value (the owner's own data) as it is."""
    text = "" if value is None else str(value)
    if field == "rfm_segment":
        return segment_label(text)
    return str(VALUES[text]) if text in VALUES else text


#: Progress messages written as plain literals by the engine, io and report (``report(progress,
#: 0.5, "Applying the filter")``); the window's job runner shows them through
#: :func:`progress_label`. Messages built with values come translated from their own catalogue.
PROGRESS = Catalogue("progress", {
    "Applying the filter": "Applying the filter",
    "Building the customer table": "Building the customer table",
    "Checking the rows": "Checking the rows",
    "Cohorts, lifespan and value": "Cohorts, lifespan and value",
    "Demo ready": "Demo ready",
    "Done": "Done",
    "Finding customers at risk": "Finding customers at risk",
    "Opening the demo project": "Opening the demo project",
    "Preparing orders": "Preparing orders",
    "Reading the file": "Reading the file",
    "Reading the first rows": "Reading the first rows",
    "Retention per period": "Retention per period",
    "Saving the demo project": "Saving the demo project",
    "Segments": "Segments",
    "Survey answers": "Survey answers",
    "Writing the demo export files": "Writing the demo export files",
    "Writing the list": "Writing the list",
    "saved": "Saved",
})


def progress_label(message: str) -> str:
    """A literal progress message in the chosen language (others are already translated)."""
    return str(PROGRESS[message]) if message in PROGRESS else message
