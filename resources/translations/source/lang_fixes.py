"""Names the app gives (engine/labels.py): RFM segments, segment templates and their tips,
default comment keyword groups; the CLV time unit. Keyed by context: "Lost" or "price" read
differently as a segment or group name than elsewhere.

RFM names follow the usual Russian marketing terms (Чемпионы, Спящие, Нельзя потерять …);
in sv/da/nl they are written as a shop owner would name the group, not word for word
("Champions" → "Toppkunder", "Can't lose them" → "Måste behållas").
"""
_S = "segment names"
_K = "keyword groups"
_T = "segment templates"

MESSAGES: dict = {}

IN_CONTEXT = {
    # RFM segments, best first (engine/rfm.py)
    (_S, "Champions"): ("Toppkunder", "Topkunder", "Topklanten", "Чемпионы"),
    (_S, "Loyal customers"): ("Lojala kunder", "Loyale kunder", "Trouwe klanten",
                              "Лояльные клиенты"),
    (_S, "Potential loyalists"): ("Blivande lojala", "Potentielt loyale", "Potentieel trouw",
                                  "Потенциально лояльные"),
    (_S, "New customers"): ("Nya kunder", "Nye kunder", "Nieuwe klanten", "Новые клиенты"),
    (_S, "Promising"): ("Lovande", "Lovende", "Veelbelovend", "Перспективные"),
    (_S, "Need attention"): ("Behöver uppmärksamhet", "Kræver opmærksomhed", "Aandacht nodig",
                             "Требуют внимания"),
    (_S, "About to sleep"): ("Börjar svalna", "Ved at falde fra", "Bijna inactief",
                             "Засыпающие"),
    (_S, "At risk"): ("I riskzonen", "I risikozonen", "Lopen risico", "В зоне риска"),
    (_S, "Can't lose them"): ("Måste behållas", "Må ikke mistes", "Mag je niet kwijtraken",
                              "Нельзя потерять"),
    (_S, "Hibernating"): ("Vilande", "Sovende", "Slapend", "Спящие"),
    (_S, "Lost"): ("Förlorade", "Tabte", "Verloren", "Потерянные"),
    # templates (engine/rule_templates.py)
    (_S, "Loyal"): ("Lojala", "Loyale", "Loyaal", "Лояльные"),
    (_S, "Regulars"): ("Stamkunder", "Stamkunder", "Vaste klanten", "Постоянные клиенты"),
    (_S, "At-risk big spenders"): ("Storkunder i riskzonen", "Storkunder i risikozonen",
                                   "Grote klanten die risico lopen",
                                   "Крупные клиенты в зоне риска"),
    (_S, "Promoters"): ("Ambassadörer", "Ambassadører", "Promotors", "Промоутеры"),
    (_S, "Detractors"): ("Kritiker", "Kritikere", "Criticasters", "Критики"),
    (_S, "New this quarter"): ("Nya detta kvartal", "Nye i dette kvartal", "Nieuw dit kwartaal",
                               "Новые в этом квартале"),
    (_S, "Lapsed"): ("Har slutat handla", "Holdt op med at handle", "Afgehaakt", "Ушедшие"),
    # what each template means (tip in the template menu)
    (_T, "Customer for at least a year, 4 or more purchases in the last year, still active, and not a detractor."): (
        "Kund i minst ett år, minst 4 köp det senaste året, fortfarande aktiv och inte kritiker.",
        "Kunde i mindst et år, mindst 4 køb det seneste år, stadig aktiv og ikke kritiker.",
        "Minstens een jaar klant, 4 of meer aankopen in het afgelopen jaar, nog actief en geen criticaster.",
        "Клиент не меньше года, 4 и больше покупок за последний год, всё ещё активен и не критик."),
    (_T, "Active customers who bought 4 or more times in the last year."): (
        "Aktiva kunder som har handlat minst 4 gånger det senaste året.",
        "Aktive kunder, der har købt mindst 4 gange det seneste år.",
        "Actieve klanten die het afgelopen jaar 4 keer of vaker kochten.",
        "Активные клиенты, купившие 4 раза и больше за последний год."),
    (_T, "Top two fifths by spend (spend score 4–5) who have not bought for a long time (recency score 1–2)."): (
        "De två femtedelar som handlar för mest (beloppspoäng 4–5) men inte har handlat på länge (senast-poäng 1–2).",
        "De to femtedele, der køber for mest (beløbsscore 4–5), men ikke har købt i lang tid (seneste-køb-score 1–2).",
        "De twee vijfde die het meest besteden (bestedingsscore 4–5) maar al lang niets kochten (recentheidsscore 1–2).",
        "Две пятых клиентов с самыми крупными покупками (оценка суммы 4–5), давно ничего не покупавшие (оценка давности 1–2)."),
    (_T, "Answered 9 or 10 to 'How likely are you to recommend us?'."): (
        "Svarade 9 eller 10 på ”Hur troligt är det att du skulle rekommendera oss?”.",
        "Svarede 9 eller 10 på »Hvor sandsynligt er det, at du vil anbefale os?«.",
        "Gaf een 9 of 10 op ‘Hoe waarschijnlijk is het dat je ons aanbeveelt?’.",
        "Ответили 9 или 10 на вопрос «Насколько вероятно, что вы порекомендуете нас?»."),
    (_T, "Answered 0 to 6 to 'How likely are you to recommend us?'."): (
        "Svarade 0–6 på ”Hur troligt är det att du skulle rekommendera oss?”.",
        "Svarede 0–6 på »Hvor sandsynligt er det, at du vil anbefale os?«.",
        "Gaf een 0 t/m 6 op ‘Hoe waarschijnlijk is het dat je ons aanbeveelt?’.",
        "Ответили от 0 до 6 на вопрос «Насколько вероятно, что вы порекомендуете нас?»."),
    (_T, "First purchase within the last 3 months."): (
        "Första köpet inom de senaste 3 månaderna.", "Første køb inden for de seneste 3 måneder.",
        "Eerste aankoop in de afgelopen 3 maanden.", "Первая покупка — за последние 3 месяца."),
    (_T, "No purchase within the inactivity window: counted as churned."): (
        "Inget köp inom inaktivitetsfönstret: räknas som förlorad.",
        "Intet køb inden for inaktivitetsperioden: regnes som tabt.",
        "Geen aankoop binnen de inactiviteitsperiode: telt als verloren.",
        "Ни одной покупки за период неактивности: считается ушедшим."),
    # default comment keyword groups (engine/vocabulary/keywords.py)
    (_K, "quality"): ("kvalitet", "kvalitet", "kwaliteit", "качество"),
    (_K, "price"): ("pris", "pris", "prijs", "цена"),
    (_K, "service"): ("service", "service", "service", "обслуживание"),
    (_K, "delivery"): ("leverans", "levering", "levering", "доставка"),
    (_K, "staff"): ("personal", "personale", "personeel", "персонал"),
    (_K, "waiting"): ("väntetid", "ventetid", "wachttijd", "ожидание"),
    (_K, "communication"): ("kommunikation", "kommunikation", "communicatie", "общение"),
    (_K, "ease of use"): ("enkelhet", "brugervenlighed", "gebruiksgemak", "удобство"),
    (_K, "range"): ("sortiment", "sortiment", "assortiment", "ассортимент"),
    # the CLV model's time unit in "… 12 months ahead, in weeks" (engine/clv/predict.py)
    ("clv", "days"): ("dagar", "dage", "dagen", "днях"),
    ("clv", "weeks"): ("veckor", "uger", "weken", "неделях"),
    ("clv", "months"): ("månader", "måneder", "maanden", "месяцах"),
}
