"""The "definitions used" sentence under every chart (engine/describe.py, context "describe").

The {fields} are filled in after translation. {Periods} is the adjective below and {period}
a period noun; the sentences are phrased so the noun's gender does not matter.
"""
_D = "describe"
IN_CONTEXT = {
    (_D, "Weekly"): ("Veckovisa", "Ugentlige", "Wekelijkse", "Еженедельные"),
    (_D, "Monthly"): ("Månadsvisa", "Månedlige", "Maandelijkse", "Ежемесячные"),
    (_D, "Quarterly"): ("Kvartalsvisa", "Kvartalsvise", "Driemaandelijkse", "Ежеквартальные"),
    (_D, "Half-yearly"): ("Halvårsvisa", "Halvårlige", "Halfjaarlijkse", "Полугодовые"),
    (_D, "Yearly"): ("Årsvisa", "Årlige", "Jaarlijkse", "Годовые"),
    (_D, "a customer counts as churned after {days} days without a purchase"): (
        "en kund räknas som förlorad efter {days} dagar utan köp",
        "en kunde regnes som tabt efter {days} dage uden køb",
        "een klant telt als verloren na {days} dagen zonder aankoop",
        "клиент считается ушедшим после {days} дн. без покупок"),
    (_D, " ({reason})"): (" ({reason})", " ({reason})", " ({reason})", " ({reason})"),
    (_D, "refunds are not counted as purchases"): (
        "returer räknas inte som köp", "returneringer tæller ikke som køb",
        "terugbetalingen tellen niet als aankoop", "возвраты не считаются покупками"),
    (_D, "refunds count as activity"): (
        "returer räknas som aktivitet", "returneringer tæller som aktivitet",
        "terugbetalingen tellen als activiteit", "возвраты считаются активностью"),
    (_D, "data up to {as_of}"): ("data till och med {as_of}", "data til og med {as_of}",
                                 "gegevens tot en met {as_of}", "данные по {as_of}"),
    (_D, "no data yet"): ("ingen data än", "ingen data endnu", "nog geen gegevens", "данных пока нет"),
    (_D, "{Periods} periods; {window}; {refunds}; {data}."): (
        "{Periods} perioder; {window}; {refunds}; {data}.",
        "{Periods} perioder; {window}; {refunds}; {data}.",
        "{Periods} perioden; {window}; {refunds}; {data}.",
        "{Periods} периоды; {window}; {refunds}; {data}."),
    (_D, "{Periods} cohorts by the {period} of the first purchase; each cell is the share of the cohort that bought in that {period} (no inactivity window); {refunds}; {data}."): (
        "{Periods} kohorter efter perioden för första köpet ({period}); varje cell är andelen av kohorten som handlade under den perioden (inget inaktivitetsfönster); {refunds}; {data}.",
        "{Periods} kohorter efter perioden for første køb ({period}); hver celle er den andel af kohorten, der købte i den periode (ingen inaktivitetsperiode); {refunds}; {data}.",
        "{Periods} cohorten naar de periode van de eerste aankoop ({period}); elke cel is het aandeel van het cohort dat in die periode kocht (geen inactiviteitsperiode); {refunds}; {data}.",
        "{Periods} когорты по периоду первой покупки ({period}); каждая ячейка — доля когорты, купившей в этом периоде (без окна неактивности); {refunds}; {data}."),
    (_D, "Lifespan from the first purchase to the churn date, or to {as_of} for active customers (the Kaplan–Meier median counts them as still running); {window}; {refunds}; {data}."): (
        "Livslängd från första köpet till tappdatumet, eller till {as_of} för aktiva kunder (Kaplan–Meier-medianen räknar dem som pågående); {window}; {refunds}; {data}.",
        "Levetid fra første køb til frafaldsdatoen, eller til {as_of} for aktive kunder (Kaplan–Meier-medianen regner dem som igangværende); {window}; {refunds}; {data}.",
        "Klantduur van de eerste aankoop tot de vertrekdatum, of tot {as_of} voor actieve klanten (de Kaplan–Meier-mediaan telt ze als nog lopend); {window}; {refunds}; {data}.",
        "Срок жизни — от первой покупки до даты ухода, для активных клиентов до {as_of} (медиана Каплана–Мейера считает их ещё не ушедшими); {window}; {refunds}; {data}."),
    (_D, "Months from the first purchase to the churn date, churned customers only; {window}; {refunds}; {data}."): (
        "Månader från första köpet till tappdatumet, endast förlorade kunder; {window}; {refunds}; {data}.",
        "Måneder fra første køb til frafaldsdatoen, kun tabte kunder; {window}; {refunds}; {data}.",
        "Maanden van de eerste aankoop tot de vertrekdatum, alleen verloren klanten; {window}; {refunds}; {data}.",
        "Месяцы от первой покупки до даты ухода, только ушедшие клиенты; {window}; {refunds}; {data}."),
    (_D, "Value = net revenue after refunds × {margin} margin; a purchase is an order with a positive amount; {refunds}; {data}."): (
        "Värde = nettointäkter efter returer × {margin} marginal; ett köp är en order med positivt belopp; {refunds}; {data}.",
        "Værdi = nettoomsætning efter returneringer × {margin} avance; et køb er en ordre med et positivt beløb; {refunds}; {data}.",
        "Waarde = netto-omzet na terugbetalingen × {margin} marge; een aankoop is een order met een positief bedrag; {refunds}; {data}.",
        "Ценность = чистая выручка за вычетом возвратов × маржа {margin}; покупка — заказ с положительной суммой; {refunds}; {data}."),
    (_D, "Customers whose churn date is between {start} and {end}; annual net revenue × {margin} margin × {lifetime}, discounted at {discount} a year; {window}; {data}."): (
        "Kunder vars tappdatum ligger mellan {start} och {end}; årliga nettointäkter × {margin} marginal × {lifetime}, diskonterat med {discount} per år; {window}; {data}.",
        "Kunder, hvis frafaldsdato ligger mellem {start} og {end}; årlig nettoomsætning × {margin} avance × {lifetime}, diskonteret med {discount} om året; {window}; {data}.",
        "Klanten met een vertrekdatum tussen {start} en {end}; netto-omzet per jaar × {margin} marge × {lifetime}, verdisconteerd tegen {discount} per jaar; {window}; {data}.",
        "Клиенты с датой ухода между {start} и {end}; годовая чистая выручка × маржа {margin} × {lifetime}, дисконтирование {discount} в год; {window}; {data}."),
    (_D, "an expected lifetime of {years} years (set by you)"): (
        "en förväntad livslängd på {years} år (angiven av dig)",
        "en forventet levetid på {years} år (angivet af dig)",
        "een verwachte klantduur van {years} jaar (door jou ingesteld)",
        "ожидаемый срок жизни в годах: {years} (задан вами)"),
    (_D, "an expected lifetime of 1 / (1 − annual retention) years"): (
        "en förväntad livslängd på 1 / (1 − årlig kvarhållning) år",
        "en forventet levetid på 1 / (1 − årlig fastholdelse) år",
        "een verwachte klantduur van 1 / (1 − klantbehoud per jaar) jaar",
        "ожидаемый срок жизни в годах = 1 / (1 − годовое удержание)"),
    (_D, "Retention spend you entered minus the revenue from customers retained in each {period} (active at its start and at its end); {window}; {data}."): (
        "Kostnaden för att behålla kunder som du angett minus intäkterna från kvarhållna kunder i varje period ({period}; aktiva vid periodens början och slut); {window}; {data}.",
        "De udgifter til fastholdelse, du har angivet, minus omsætningen fra fastholdte kunder i hver periode ({period}; aktive ved periodens start og slutning); {window}; {data}.",
        "De uitgaven aan klantbehoud die je hebt ingevuld, min de omzet van behouden klanten in elke periode ({period}; actief aan het begin en aan het eind); {window}; {data}.",
        "Введённые вами расходы на удержание минус выручка от удержанных клиентов за каждый период ({period}; активны в его начале и в конце); {window}; {data}."),
    (_D, "Return rate = orders with a net amount of zero or less ÷ all orders; returned share = refunded money ÷ revenue before refunds; {refunds}; {data}."): (
        "Returandel = ordrar med nettobelopp noll eller mindre ÷ alla ordrar; returnerad andel = återbetalda pengar ÷ intäkter före returer; {refunds}; {data}.",
        "Returandel = ordrer med et nettobeløb på nul eller mindre ÷ alle ordrer; returneret andel = tilbagebetalte penge ÷ omsætning før returneringer; {refunds}; {data}.",
        "Retourpercentage = orders met een nettobedrag van nul of minder ÷ alle orders; terugbetaald aandeel = terugbetaald geld ÷ omzet vóór terugbetalingen; {refunds}; {data}.",
        "Доля возвратов = заказы с чистой суммой ноль или меньше ÷ все заказы; доля возвращённых денег = возвращённые деньги ÷ выручка до возвратов; {refunds}; {data}."),
    (_D, "NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % confidence interval; {waves}; {data}."): (
        "NPS = % ambassadörer (9–10) − % kritiker (0–6), från −100 till 100, med ett 95 %-konfidensintervall; {waves}; {data}.",
        "NPS = % ambassadører (9–10) − % kritikere (0–6), fra −100 til 100, med et 95 %-konfidensinterval; {waves}; {data}.",
        "NPS = % promotors (9–10) − % criticasters (0–6), van −100 tot 100, met een 95 %-betrouwbaarheidsinterval; {waves}; {data}.",
        "NPS = % промоутеров (9–10) − % критиков (0–6), от −100 до 100, с 95 % доверительным интервалом; {waves}; {data}."),
    (_D, "waves as given in your survey file"): (
        "omgångar enligt din enkätfil", "runder som angivet i din undersøgelsesfil",
        "rondes zoals in je enquêtebestand", "волны — как в вашем файле опроса"),
    (_D, "{waves} waves by answer date"): (
        "{waves} omgångar efter svarsdatum", "{waves} runder efter svardato",
        "{waves} rondes naar antwoorddatum", "{waves} волны по дате ответа"),
    (_D, "Satisfaction 1–5: top box = 5, top two boxes = 4–5; repurchase = bought again within {repurchase} days after answering; {refunds}; {data}."): (
        "Nöjdhet 1–5: högsta betyget = 5, två högsta betygen = 4–5; återköp = handlade igen inom {repurchase} dagar efter svaret; {refunds}; {data}.",
        "Tilfredshed 1–5: topkarakter = 5, de to øverste = 4–5; genkøb = købte igen inden for {repurchase} dage efter svaret; {refunds}; {data}.",
        "Tevredenheid 1–5: hoogste score = 5, twee hoogste scores = 4–5; herhaalaankoop = opnieuw gekocht binnen {repurchase} dagen na het antwoord; {refunds}; {data}.",
        "Удовлетворённость 1–5: высшая оценка = 5, две высшие = 4–5; повторная покупка — в течение {repurchase} дн. после ответа; {refunds}; {data}."),
    (_D, "Predicted value over the next {horizon} months × {margin} margin, discounted at {discount} a year (BG/NBD and Gamma-Gamma models, or 1 / (1 − annual retention) years when there are too few repeat customers); {refunds}; {data}."): (
        "Förväntat värde under de kommande {horizon} månaderna × {margin} marginal, diskonterat med {discount} per år (modellerna BG/NBD och Gamma-Gamma, eller 1 / (1 − årlig kvarhållning) år när det finns för få återkommande kunder); {refunds}; {data}.",
        "Forventet værdi over de næste {horizon} måneder × {margin} avance, diskonteret med {discount} om året (modellerne BG/NBD og Gamma-Gamma, eller 1 / (1 − årlig fastholdelse) år, når der er for få genkøbende kunder); {refunds}; {data}.",
        "Voorspelde waarde over de komende {horizon} maanden × {margin} marge, verdisconteerd tegen {discount} per jaar (BG/NBD- en Gamma-Gamma-modellen, of 1 / (1 − klantbehoud per jaar) jaar als er te weinig terugkerende klanten zijn); {refunds}; {data}.",
        "Прогноз ценности на следующие {horizon} мес. × маржа {margin}, дисконтирование {discount} в год (модели BG/NBD и Gamma-Gamma, а если повторных покупателей слишком мало — срок жизни в годах 1 / (1 − годовое удержание)); {refunds}; {data}."),
    (_D, "Segments follow your rules over each customer's figures; {window}; {refunds}; {data}."): (
        "Segmenten följer dina regler för varje kunds siffror; {window}; {refunds}; {data}.",
        "Segmenterne følger dine regler for hver kundes tal; {window}; {refunds}; {data}.",
        "Segmenten volgen jouw regels voor de cijfers van elke klant; {window}; {refunds}; {data}.",
        "Сегменты строятся по вашим правилам на основе показателей каждого клиента; {window}; {refunds}; {data}."),
    (_D, "RFM scores 1–5 by fifths of recency, frequency and money spent; {refunds}; {data}."): (
        "RFM-poäng 1–5 efter femtedelar av senaste köp, köpfrekvens och köpbelopp; {refunds}; {data}.",
        "RFM-score 1–5 efter femtedele af seneste køb, købsfrekvens og købsbeløb; {refunds}; {data}.",
        "RFM-scores 1–5 per vijfde deel van recentheid, frequentie en bestede bedrag; {refunds}; {data}.",
        "Баллы RFM 1–5 по квинтилям давности, частоты и суммы покупок; {refunds}; {data}."),
    (_D, "At risk: overdue (more than 1.5 × their usual gap since the last purchase), buying less often, a low score, recent returns or a low chance of still being a customer; {window}; {data}."): (
        "I riskzonen: försenade (mer än 1,5 × sitt vanliga uppehåll sedan senaste köpet), handlar mer sällan, lågt betyg, nyliga returer eller liten chans att fortfarande vara kund; {window}; {data}.",
        "I risikozonen: forsinkede (mere end 1,5 × deres normale mellemrum siden seneste køb), køber sjældnere, lav score, nylige returneringer eller lille chance for stadig at være kunde; {window}; {data}.",
        "Risico: te laat (meer dan 1,5 × hun gebruikelijke tussenpoos sinds de laatste aankoop), kopen minder vaak, een lage score, recente retouren of een kleine kans dat ze nog klant zijn; {window}; {data}.",
        "В зоне риска: просрочка (больше 1,5 × обычного интервала с последней покупки), покупают реже, низкая оценка, недавние возвраты или низкая вероятность, что клиент ещё с вами; {window}; {data}."),
    (_D, "{Window}; {refunds}; {data}."): ("{Window}; {refunds}; {data}.", "{Window}; {refunds}; {data}.",
                                          "{Window}; {refunds}; {data}.", "{Window}; {refunds}; {data}."),
    (_D, "Share of customers still active, counting only customers who first bought more than {days} days before {as_of}; two-proportion z-test; {window}; {data}."): (
        "Andel kunder som fortfarande är aktiva, bara kunder som handlade första gången mer än {days} dagar före {as_of}; z-test för två andelar; {window}; {data}.",
        "Andel kunder, der stadig er aktive, kun kunder, der købte første gang mere end {days} dage før {as_of}; z-test for to andele; {window}; {data}.",
        "Aandeel klanten dat nog actief is, alleen klanten die voor het eerst kochten meer dan {days} dagen vóór {as_of}; z-toets voor twee proporties; {window}; {data}.",
        "Доля всё ещё активных клиентов, только впервые купившие более чем за {days} дн. до {as_of}; z-критерий для двух долей; {window}; {data}."),
}
MESSAGES: dict = {}
