"""Ready-made rules the owner starts from (issue 8): loyalty criteria and common segments.

Plain SPEC §4 JSON, parsed and validated by ``rules.py`` at import (a broken template
fails every test run). Thresholds are deliberately moderate starting points for a shop or
café; the form shows them so the owner adjusts them to their own rhythm. Names and
descriptions are English templates, translated later.
"""
from __future__ import annotations

from .i18n import Catalogue

#: What each template means, shown as the tip of its menu entry. The rule stores the English
#: text; the form shows it through ``HELP`` (the names through ``labels.segment_label``).
HELP = Catalogue("segment templates", {  # translated on lookup (engine/i18n.py)
    "Loyal": ("Customer for at least a year, 4 or more purchases in the last year, "
              "still active, and not a detractor."),
    "Regulars": "Active customers who bought 4 or more times in the last year.",
    "At-risk big spenders": ("Top two fifths by spend (spend score 4–5) who have not bought for a "
                             "long time (recency score 1–2)."),
    "Promoters": "Answered 9 or 10 to 'How likely are you to recommend us?'.",
    "Detractors": "Answered 0 to 6 to 'How likely are you to recommend us?'.",
    "New this quarter": "First purchase within the last 3 months.",
    "Lapsed": "No purchase within the inactivity window: counted as churned.",
})
_HELP = HELP.english()

#: The default loyalty criteria: a year or more with us, buys about quarterly or more often,
#: still active, and has not told us they would warn friends off (no survey answer is fine:
#: most customers never answer one).
LOYAL = {
    "name": "Loyal",
    "description": _HELP["Loyal"],
    "match": "all",
    "conditions": [
        {"field": "tenure_months", "op": ">=", "value": 12},
        {"field": "purchases_last_365d", "op": ">=", "value": 4},
        {"field": "status", "op": "==", "value": "active"},
        {"match": "any", "conditions": [
            {"field": "nps_category", "op": "!=", "value": "detractor"},
            {"field": "nps_score", "op": "is empty"},
        ]},
    ],
}

TEMPLATE_JSON = (
    LOYAL,
    {"name": "Regulars",
     "description": _HELP["Regulars"],
     "match": "all",
     "conditions": [{"field": "purchases_last_365d", "op": ">=", "value": 4},
                    {"field": "status", "op": "==", "value": "active"}]},
    {"name": "At-risk big spenders",
     "description": _HELP["At-risk big spenders"],
     "match": "all",
     "conditions": [{"field": "m_score", "op": ">=", "value": 4},
                    {"field": "r_score", "op": "<=", "value": 2}]},
    {"name": "Promoters",
     "description": _HELP["Promoters"],
     "match": "all",
     "conditions": [{"field": "nps_score", "op": ">=", "value": 9}]},
    {"name": "Detractors",
     "description": _HELP["Detractors"],
     "match": "all",
     "conditions": [{"field": "nps_score", "op": "between", "value": [0, 6]}]},
    {"name": "New this quarter",
     "description": _HELP["New this quarter"],
     "match": "all",
     "conditions": [{"field": "tenure_months", "op": "<", "value": 3}]},
    {"name": "Lapsed",
     "description": _HELP["Lapsed"],
     "match": "all",
     "conditions": [{"field": "status", "op": "==", "value": "churned"}]},
)
