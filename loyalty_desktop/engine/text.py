"""Comment analysis in en/sv/da/nl/ru, fully offline (SPEC §3 Comments, issue 7 point 5).

Pipeline: language per comment (py3langid's bundled model, restricted to our five languages;
nothing is downloaded) → words (letters only, lower case) → stop words removed (stopwords-iso,
minus the opinion words of ``vocabulary.keywords.KEEP_WORDS`` and every cause keyword) →
Snowball stems. On that:

* distinctive words of detractors vs promoters by weighted log-odds with an informative
  Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22), with z-scores;
* the owner's keyword groups (causes: quality, price, service, …) counted per comment, per
  NPS category and per wave, with example comments;
* exit reasons (a "why did you leave" column) counted.

Short comments ("Cost", "10", "Stop") carry too little text for a language guess; a guess
below ``MIN_CONFIDENCE`` falls back to the language most comments of the file are in.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping, Optional

import numpy as np
import pandas as pd

from .vocabulary.keywords import CAUSE_GROUPS, KEEP_WORDS
from .i18n import Catalogue

LANGUAGES = ("en", "sv", "da", "nl", "ru")
STEMMERS = {"en": "english", "sv": "swedish", "da": "danish", "nl": "dutch", "ru": "russian"}
MIN_CONFIDENCE = 0.7
#: a word must appear in this many comments of a language to be called distinctive
MIN_TERM_COMMENTS = 5
#: weight of the pooled-comments prior relative to the data (α_0 = PRIOR_WEIGHT · N). A tenth
#: keeps words seen a handful of times off the top while clear contrasts reach |z| > 1.96;
#: with the full pooled counts (tidylo's default) z rarely passes 4 even for obvious words.
PRIOR_WEIGHT = 0.1
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")

TEXTS = Catalogue("comments", {  # translated on lookup (engine/i18n.py)
    "no_reason": "(no answer)",
    "groups_not_mapping": "The keyword groups could not be read; the standard groups are used.",
    "group_not_mapping": "Keyword group “{group}” could not be read and was left out.",
    "unknown_language": ("Keyword group “{group}”: language “{lang}” is not one of en, sv, da, "
                         "nl, ru and was left out."),
})

KeywordGroups = Mapping[str, Mapping[str, tuple[str, ...] | list[str]]]


# --- language, words, stems ---------------------------------------------------------------
@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's own identifier instance (the model file ships inside the wheel), limited to
    our languages. Not the module-level global, so other users of py3langid are unaffected."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def _classify(text: str) -> tuple[str, float]:
    if _CYRILLIC.search(text):
        return "ru", 1.0
    if not text.strip():
        return "en", 0.0
    lang, confidence = _identifier().classify(text)
    return lang, float(confidence)


def detect_languages(comments: pd.Series, min_confidence: float = MIN_CONFIDENCE) -> pd.DataFrame:
    """``language``, ``confidence`` and ``language_guessed`` per comment (index kept).

    Cyrillic text is Russian (the only Cyrillic language of the five). Below
    ``min_confidence`` the comment gets the file's dominant language and ``guessed=True``."""
    found = [_classify(text) for text in comments.fillna("").astype(str)]
    out = pd.DataFrame(found, columns=["language", "confidence"], index=comments.index)
    sure = out["confidence"] >= min_confidence
    dominant = out.loc[sure, "language"].mode()
    fallback = dominant.iloc[0] if len(dominant) else "en"
    out["language_guessed"] = ~sure
    out.loc[~sure, "language"] = fallback
    return out


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    import stopwordsiso
    keep = set(KEEP_WORDS.get(lang, ()))
    for group in CAUSE_GROUPS.values():
        keep.update(w.rstrip("*") for w in group.get(lang, ()))
    return frozenset(stopwordsiso.stopwords(lang)) - keep


@lru_cache(maxsize=None)
def _stemmer(lang: str) -> Any:
    import snowballstemmer
    return snowballstemmer.stemmer(STEMMERS[lang])


def words(text: str, lang: str) -> list[str]:
    """Lower-case words of ``text`` without stop words (letters only; 'didn't' is one word)."""
    stop = _stop_words(lang)
    found = _WORD.findall(str(text).lower().replace("’", "'"))
    return [w for w in found if len(w) > 1 and w not in stop]


def stems(tokens: list[str], lang: str) -> list[str]:
    return _stemmer(lang).stemWords(tokens)


def tokenise_comments(comments: pd.Series, languages: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per comment: ``language``, ``language_guessed``, ``words`` and ``stems`` (lists)."""
    langs = languages if languages is not None else detect_languages(comments)
    out = langs[["language", "language_guessed"]].copy()
    texts = comments.fillna("").astype(str)
    out["words"] = [words(t, l) for t, l in zip(texts, out["language"])]
    # Snowball in pure Python is the slow step: stem each distinct word once per language
    lookup: dict[str, dict[str, str]] = {}
    for lang, part in out.groupby("language")["words"]:
        unique = sorted({w for ws in part for w in ws})
        lookup[lang] = dict(zip(unique, stems(unique, lang)))
    out["stems"] = [[lookup[l][w] for w in ws] for ws, l in zip(out["words"], out["language"])]
    return out


# --- distinctive words ----------------------------------------------------------------------
def weighted_log_odds(counts_a: pd.Series, counts_b: pd.Series,
                      prior: pd.Series | None = None) -> pd.DataFrame:
    """Monroe, Colaresi & Quinn (2008) log-odds ratio with an informative Dirichlet prior.

    For word w with counts y_a, y_b (totals n_a, n_b) and prior α_w (α_0 = Σ α_w):
    δ_w = log[(y_a+α_w)/(n_a+α_0−y_a−α_w)] − log[(y_b+α_w)/(n_b+α_0−y_b−α_w)],
    Var(δ_w) ≈ 1/(y_a+α_w) + 1/(y_b+α_w), z = δ_w/√Var. Positive z: typical of group a.
    Default prior: the pooled counts of both groups (the usual empirical-Bayes choice when
    there is no background corpus), which shrinks rare words strongly towards 0."""
    vocab = counts_a.index.union(counts_b.index)
    y_a = counts_a.reindex(vocab, fill_value=0).astype(float)
    y_b = counts_b.reindex(vocab, fill_value=0).astype(float)
    alpha = (prior.reindex(vocab, fill_value=0).astype(float) if prior is not None
             else y_a + y_b)
    alpha = alpha.clip(lower=0.01)
    n_a, n_b, a0 = y_a.sum(), y_b.sum(), alpha.sum()
    delta = (np.log((y_a + alpha) / (n_a + a0 - y_a - alpha))
             - np.log((y_b + alpha) / (n_b + a0 - y_b - alpha)))
    z = delta / np.sqrt(1 / (y_a + alpha) + 1 / (y_b + alpha))
    return pd.DataFrame({"count_a": y_a.astype(int), "count_b": y_b.astype(int),
                         "log_odds": delta, "z": z}, index=vocab).sort_values("z", ascending=False)


def _comment_counts(stem_lists: pd.Series) -> pd.Series:
    """In how many comments each stem occurs (a long rant counts once per word)."""
    counter: Counter[str] = Counter()
    for lst in stem_lists:
        counter.update(set(lst))
    return pd.Series(counter, dtype="int64")


def _display_words(tokens: pd.DataFrame) -> dict[str, str]:
    """The most frequent spelling of each stem, to show 'engineer' rather than 'engin'."""
    counter: Counter[tuple[str, str]] = Counter()
    for ws, ss in zip(tokens["words"], tokens["stems"]):
        counter.update(zip(ss, ws))
    best: dict[str, tuple[int, str]] = {}
    for (stem, word), n in counter.items():
        if n > best.get(stem, (0, ""))[0]:
            best[stem] = (n, word)
    return {stem: word for stem, (_, word) in best.items()}


def distinctive_terms(tokens: pd.DataFrame, categories: pd.Series, top: int = 15,
                      min_comments: int = MIN_TERM_COMMENTS) -> pd.DataFrame:
    """Words typical of detractors vs promoters, per language.

    Columns: language, side ('detractor' | 'promoter'), term (most common spelling), stem,
    detractor_comments, promoter_comments, log_odds, z (positive: detractor side). The
    prior is ``PRIOR_WEIGHT`` × the pooled counts of *all* comments of the language
    (passives included)."""
    rows = []
    frame = tokens.join(categories.rename("category"))
    for lang, part in frame.groupby("language", sort=True):
        det = _comment_counts(part.loc[part["category"] == "detractor", "stems"])
        pro = _comment_counts(part.loc[part["category"] == "promoter", "stems"])
        if det.empty or pro.empty:
            continue
        pooled = _comment_counts(part["stems"])
        result = weighted_log_odds(det, pro, prior=pooled * PRIOR_WEIGHT)
        result = result.loc[(result["count_a"] + result["count_b"]) >= min_comments]
        shown = _display_words(part)
        for side, chosen in (("detractor", result.head(top)),
                             ("promoter", result.iloc[::-1].head(top))):
            for stem, r in chosen.iterrows():
                if (r["z"] > 0) != (side == "detractor"):
                    continue
                rows.append({"language": lang, "side": side, "term": shown.get(stem, stem),
                             "stem": stem, "detractor_comments": int(r["count_a"]),
                             "promoter_comments": int(r["count_b"]),
                             "log_odds": float(r["log_odds"]), "z": float(r["z"])})
    return pd.DataFrame(rows, columns=["language", "side", "term", "stem", "detractor_comments",
                                       "promoter_comments", "log_odds", "z"])


# --- keyword groups -------------------------------------------------------------------------
def default_keyword_groups() -> dict[str, dict[str, list[str]]]:
    """The pre-filled, editable cause groups (a JSON-ready copy)."""
    return {g: {lang: list(ws) for lang, ws in by_lang.items()} for g, by_lang in CAUSE_GROUPS.items()}


def keyword_groups_from_json(data: Any) -> tuple[dict[str, dict[str, list[str]]], list[str]]:
    """The owner's edited groups as stored in the project JSON → (groups, problems).

    Expected shape: {group: {language: [word, …]}}. Unknown languages and non-text words are
    left out with a plain-language problem each; a group left empty is dropped."""
    groups: dict[str, dict[str, list[str]]] = {}
    problems: list[str] = []
    if not isinstance(data, Mapping):
        return default_keyword_groups(), [TEXTS["groups_not_mapping"]]
    for group, by_lang in data.items():
        if not isinstance(by_lang, Mapping):
            problems.append(TEXTS["group_not_mapping"].format(group=group))
            continue
        kept: dict[str, list[str]] = {}
        for lang, keywords in by_lang.items():
            if lang not in STEMMERS:
                problems.append(TEXTS["unknown_language"].format(group=group, lang=lang))
                continue
            words_ = [k.strip() for k in (keywords or []) if isinstance(k, str) and k.strip()]
            if words_:
                kept[lang] = words_
        if kept:
            groups[str(group)] = kept
    return groups, problems


def _compile_groups(groups: KeywordGroups) -> dict[str, dict[str, tuple[set[str], tuple[str, ...]]]]:
    """group → language → (stems to match exactly, prefixes to match on the plain word)."""
    compiled: dict[str, dict[str, tuple[set[str], tuple[str, ...]]]] = {}
    for group, by_lang in groups.items():
        compiled[group] = {}
        for lang, keywords in by_lang.items():
            if lang not in STEMMERS:
                continue
            plain = [k.strip().lower() for k in keywords if k.strip() and not k.strip().endswith("*")]
            prefixes = tuple(k.strip().lower().rstrip("*") for k in keywords if k.strip().endswith("*"))
            compiled[group][lang] = (set(stems(plain, lang)), tuple(p for p in prefixes if p))
    return compiled


def match_keyword_groups(tokens: pd.DataFrame, groups: KeywordGroups | None = None) -> pd.DataFrame:
    """One bool column per group: does the comment mention it? (index = the comments')

    A comment is matched with the keywords of its own language; when its language was only
    guessed (very short text) the keywords of every language are tried."""
    compiled = _compile_groups(groups if groups is not None else CAUSE_GROUPS)
    result = {group: np.zeros(len(tokens), dtype=bool) for group in compiled}
    rows = zip(tokens["language"], tokens["language_guessed"], tokens["words"], tokens["stems"])
    for i, (lang, guessed, ws, ss) in enumerate(rows):
        stem_set = set(ss)
        for group, by_lang in compiled.items():
            langs = by_lang.keys() if guessed else [lang]
            for code in langs:
                if code not in by_lang:
                    continue
                exact, prefixes = by_lang[code]
                if stem_set & exact or (prefixes and any(w.startswith(prefixes) for w in ws)):
                    result[group][i] = True
                    break
    return pd.DataFrame(result, index=tokens.index)


def theme_counts(matches: pd.DataFrame, categories: pd.Series | None = None) -> pd.DataFrame:
    """Per group: comments mentioning it, share of all comments, and the split by NPS category."""
    n = len(matches)
    rows = []
    for group in matches.columns:
        hit = matches[group]
        row = {"group": group, "comments": int(hit.sum()), "share": hit.mean() if n else None}
        if categories is not None:
            cats = categories.reindex(matches.index)
            for cat in ("detractor", "passive", "promoter"):
                row[f"{cat}s"] = int((hit & (cats == cat)).sum())
        rows.append(row)
    return pd.DataFrame(rows).sort_values("comments", ascending=False, kind="stable").reset_index(drop=True)


def theme_trend(matches: pd.DataFrame, waves: pd.Series) -> pd.DataFrame:
    """Long table: wave, group, comments mentioning the group, share of that wave's comments."""
    frame = matches.join(waves.rename("_wave"))
    grouped = frame.groupby("_wave", sort=True)
    counts = grouped[list(matches.columns)].sum()
    totals = grouped.size()
    long = counts.stack().rename("comments").reset_index()
    long.columns = ["wave", "group", "comments"]
    long["wave_comments"] = long["wave"].map(totals).astype(int)
    long["share"] = long["comments"] / long["wave_comments"]
    long["comments"] = long["comments"].astype(int)
    return long


def theme_examples(matches: pd.DataFrame, comments: pd.Series, group: str, limit: int = 5,
                   categories: pd.Series | None = None, category: str | None = None) -> pd.Series:
    """Up to ``limit`` comments mentioning ``group`` (optionally of one NPS category), keeping
    their index so the window can jump to the answer. Shortest informative ones first."""
    hit = matches[group]
    if category is not None and categories is not None:
        hit = hit & (categories.reindex(matches.index) == category)
    texts = comments.reindex(matches.index)[hit].dropna().astype(str)
    texts = texts[texts.str.len() >= 15]
    order = texts.str.len().sort_values(kind="stable").index
    return texts.loc[order].drop_duplicates().head(limit)


def term_examples(tokens: pd.DataFrame, comments: pd.Series, stem: str, limit: int = 5,
                  categories: pd.Series | None = None, category: str | None = None) -> pd.Series:
    """Up to ``limit`` comments containing a distinctive term (by its ``stem`` from
    :func:`distinctive_terms`), index kept, shortest informative ones first."""
    hit = pd.Series([stem in ss for ss in tokens["stems"]], index=tokens.index, dtype=bool)
    return theme_examples(hit.to_frame("term"), comments, "term", limit, categories, category)


# --- exit reasons -------------------------------------------------------------------------
def reason_key(values: pd.Series) -> pd.Series:
    """The grouping key of exit reasons: trimmed, case and runs of spaces ignored (the chart's
    bars and the drill-down behind a bar group the same way)."""
    return values.astype("string").str.strip().str.lower().str.replace(r"\s+", " ", regex=True)


def exit_reasons(reasons: pd.Series, split: str | None = None) -> pd.DataFrame:
    """Counts of a "why did you leave" column: reason (the most common spelling), count, share.

    Case and spacing are ignored when grouping. ``split`` (e.g. ';') splits multi-choice
    answers such as Google Forms check boxes; blanks are counted as ``TEXTS['no_reason']``."""
    values = reasons.astype("string").str.strip()
    values = values.mask(values == "")
    if split:
        values = values.str.split(split).explode().str.strip()
        values = values.mask(values == "")
    values = values.fillna(TEXTS["no_reason"])
    frame = pd.DataFrame({"reason": values, "key": reason_key(values)})
    counts = frame.groupby("key", sort=False).agg(
        count=("reason", "size"), reason=("reason", lambda s: s.value_counts().index[0]))
    counts["share"] = counts["count"] / len(reasons) if len(reasons) else np.nan
    return (counts.sort_values("count", ascending=False, kind="stable")
            .reset_index(drop=True)[["reason", "count", "share"]])


# --- one pass over a survey's comments ------------------------------------------------------
def answer_sides(responses: pd.DataFrame) -> pd.Series:
    """'detractor' / 'passive' / 'promoter' per answer: the NPS category, or for a survey
    with satisfaction only, 1–2 → detractor side, 3 → passive, 4–5 → promoter side."""
    from .nps import nps_category
    if "score" in responses and responses["score"].notna().any():
        return nps_category(responses["score"])
    if "satisfaction" in responses:
        sat = pd.to_numeric(responses["satisfaction"], errors="coerce")
        return sat.map({1: "detractor", 2: "detractor", 3: "passive", 4: "promoter",
                        5: "promoter"}).astype("string")
    return pd.Series(pd.NA, index=responses.index, dtype="string")


@dataclass(frozen=True)
class CommentReport:
    """Everything the Comments page shows; ``tokens`` and ``matches`` stay per comment so the
    window can list the example comments of any group or term."""

    languages: pd.DataFrame
    terms: pd.DataFrame
    themes: pd.DataFrame
    trend: pd.DataFrame
    tokens: pd.DataFrame
    matches: pd.DataFrame
    reasons: Optional[pd.DataFrame]
    reason_themes: Optional[pd.DataFrame] = None

    def to_json(self) -> dict[str, Any]:
        def records(table: Optional[pd.DataFrame]) -> list[dict[str, Any]]:
            return [] if table is None else table.to_dict("records")
        return {"comments": int(len(self.tokens)), "languages": records(self.languages),
                "distinctive_terms": records(self.terms), "themes": records(self.themes),
                "theme_trend": records(self.trend), "exit_reasons": records(self.reasons),
                "exit_reason_themes": records(self.reason_themes)}


def _filled_text(responses: pd.DataFrame, column: str) -> pd.Series:
    if column not in responses:
        return pd.Series([], dtype="string")
    text = responses[column].astype("string").str.strip()
    return text[text.notna() & (text != "")]


def comment_report(responses: pd.DataFrame, waves: pd.Series | None = None,
                   groups: KeywordGroups | None = None) -> Optional[CommentReport]:
    """Languages, distinctive terms, keyword groups (overall and per wave) and exit reasons
    (counted, and matched to the same keyword groups).

    ``responses`` may carry ``comment``, ``score`` and ``reason``; ``waves`` is a wave label
    per answer (``nps.wave_labels``). None when there is neither a comment nor a reason."""
    comments, reason_text = _filled_text(responses, "comment"), _filled_text(responses, "reason")
    if not len(comments) and not len(reason_text):
        return None
    reasons = reason_themes = None
    if len(reason_text):
        reasons = exit_reasons(reason_text)
        reason_themes = theme_counts(match_keyword_groups(tokenise_comments(reason_text), groups))
    empty = pd.DataFrame()
    if not len(comments):
        return CommentReport(empty, empty, empty, empty, empty, empty, reasons, reason_themes)
    tokens = tokenise_comments(comments)
    cats = answer_sides(responses).reindex(comments.index)
    matches = match_keyword_groups(tokens, groups)
    languages = (tokens.groupby("language").agg(comments=("language", "size"),
                                                guessed=("language_guessed", "sum"))
                 .reset_index().sort_values("comments", ascending=False, kind="stable"))
    languages["guessed"] = languages["guessed"].astype(int)
    trend = theme_trend(matches, waves.reindex(comments.index)) if waves is not None else empty
    return CommentReport(languages, distinctive_terms(tokens, cats), theme_counts(matches, cats),
                         trend, tokens, matches, reasons, reason_themes)
