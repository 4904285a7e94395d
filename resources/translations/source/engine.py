"""Sentences the engine writes (Catalogue dicts in customers, clv/predict, nps, retention,
risk, value). {fields} are filled in after translation; keep their format specs ({p:.0%})."""
MESSAGES = {
    "{title} and Gamma-Gamma fitted on {customers:,} customers ({repeat:,} bought more than once); {horizon} months ahead, in {unit}": (
        "{title} och Gamma-Gamma anpassade på {customers:,} kunder ({repeat:,} handlade mer än en gång); {horizon} månader framåt, räknat i {unit}",
        "{title} og Gamma-Gamma tilpasset på {customers:,} kunder ({repeat:,} købte mere end én gang); {horizon} måneder frem, regnet i {unit}",
        "{title} en Gamma-Gamma geschat op {customers:,} klanten ({repeat:,} kochten meer dan eens); {horizon} maanden vooruit, gerekend in {unit}",
        "{title} и Gamma-Gamma оценены по {customers:,} клиентам ({repeat:,} покупали больше одного раза); на {horizon} мес. вперёд, время считается в {unit}"),
    "only {repeat} of {customers:,} customers bought more than once (the prediction needs at least {minimum}), so the simple CLV is used": (
        "bara {repeat} av {customers:,} kunder handlade mer än en gång (prognosen behöver minst {minimum}), så det enkla kundvärdet används",
        "kun {repeat} af {customers:,} kunder købte mere end én gang (prognosen kræver mindst {minimum}), så den simple kundeværdi bruges",
        "slechts {repeat} van {customers:,} klanten kochten meer dan eens (de voorspelling heeft er minstens {minimum} nodig), dus de eenvoudige klantwaarde wordt gebruikt",
        "больше одного раза покупали только {repeat} из {customers:,} (для прогноза нужно не меньше {minimum}), поэтому используется простая формула CLV"),
    "the {title} model could not be fitted, so the simple CLV is used: {why}": (
        "modellen {title} kunde inte anpassas, så det enkla kundvärdet används: {why}",
        "modellen {title} kunne ikke tilpasses, så den simple kundeværdi bruges: {why}",
        "het {title}-model kon niet worden geschat, dus de eenvoudige klantwaarde wordt gebruikt: {why}",
        "модель {title} не удалось оценить, поэтому используется простая формула CLV: {why}"),
    "spend per purchase could not be modelled, so the simple CLV is used: {why}": (
        "beloppet per köp kunde inte modelleras, så det enkla kundvärdet används: {why}",
        "beløbet pr. køb kunne ikke modelleres, så den simple kundeværdi bruges: {why}",
        "het bedrag per aankoop kon niet worden gemodelleerd, dus de eenvoudige klantwaarde wordt gebruikt: {why}",
        "сумму покупки не удалось смоделировать, поэтому используется простая формула CLV: {why}"),
    "the prediction was not a finite number for some customers, so the simple CLV is used": (
        "prognosen blev inte ett ändligt tal för vissa kunder, så det enkla kundvärdet används",
        "prognosen blev ikke et endeligt tal for nogle kunder, så den simple kundeværdi bruges",
        "de voorspelling was voor sommige klanten geen eindig getal, dus de eenvoudige klantwaarde wordt gebruikt",
        "для некоторых клиентов прогноз не дал конечного числа, поэтому используется простая формула CLV"),
    "; annual retention has not been measured, so only the coming year's value is counted": (
        "; den årliga kvarhållningen har inte kunnat mätas, så bara det kommande årets värde räknas",
        "; den årlige fastholdelse er ikke målt, så kun det kommende års værdi tælles med",
        "; het klantbehoud per jaar is niet gemeten, dus alleen de waarde van het komende jaar telt",
        "; годовое удержание не измерено, поэтому учитывается только ценность за ближайший год"),
    "; measured annual retention {retention:.0%}": (
        "; uppmätt årlig kvarhållning {retention:.0%}", "; målt årlig fastholdelse {retention:.0%}",
        "; gemeten klantbehoud per jaar {retention:.0%}", "; измеренное годовое удержание {retention:.0%}"),
    "; with 100 % retention and no discount rate the value has no limit, so only the coming year is counted (set a discount rate)": (
        "; med 100 % kvarhållning och ingen diskonteringsränta har värdet ingen gräns, så bara det kommande året räknas (ange en diskonteringsränta)",
        "; med 100 % fastholdelse og ingen diskonteringsrente har værdien ingen grænse, så kun det kommende år tælles med (angiv en diskonteringsrente)",
        "; met 100 % klantbehoud en geen disconteringsvoet is de waarde onbegrensd, dus alleen het komende jaar telt (stel een disconteringsvoet in)",
        "; при удержании 100 % и нулевой ставке дисконтирования ценность не ограничена, поэтому учитывается только ближайший год (задайте ставку дисконтирования)"),
    "there are no purchases to value": ("det finns inga köp att värdera", "der er ingen køb at værdisætte",
                                        "er zijn geen aankopen om te waarderen", "нет покупок для оценки"),
    "Summarising purchases": ("Sammanställer köpen", "Opsummerer købene", "Aankopen samenvatten",
                              "Сводим покупки"),
    "Fitting the {title} purchase model": ("Anpassar köpmodellen {title}", "Tilpasser købsmodellen {title}",
                                           "Aankoopmodel {title} schatten", "Оцениваем модель покупок {title}"),
    "Fitting spend per purchase": ("Anpassar belopp per köp", "Tilpasser beløb pr. køb",
                                   "Bedrag per aankoop schatten", "Оцениваем сумму покупки"),
    "Predicting purchases": ("Förutsäger köp", "Forudsiger køb", "Aankopen voorspellen",
                             "Прогнозируем покупки"),
    "Done": ("Klart", "Færdig", "Klaar", "Готово"),
    "suggested from your data: 80 % of repeat purchases come within {p80:.0f} days (rounded up to {days} days)": (
        "förslag från dina data: 80 % av återköpen sker inom {p80:.0f} dagar (avrundat uppåt till {days} dagar)",
        "forslag ud fra dine data: 80 % af genkøbene sker inden for {p80:.0f} dage (rundet op til {days} dage)",
        "voorstel uit je gegevens: 80 % van de herhaalaankopen valt binnen {p80:.0f} dagen (naar boven afgerond op {days} dagen)",
        "рассчитано по вашим данным: 80 % повторных покупок совершаются в течение {p80:.0f} дн. (округлено вверх до {days} дн.)"),
    "suggested from your data: 80 % of repeat purchases come within {p80:.0f} days; limited to {days} days": (
        "förslag från dina data: 80 % av återköpen sker inom {p80:.0f} dagar; begränsat till {days} dagar",
        "forslag ud fra dine data: 80 % af genkøbene sker inden for {p80:.0f} dage; begrænset til {days} dage",
        "voorstel uit je gegevens: 80 % van de herhaalaankopen valt binnen {p80:.0f} dagen; begrensd tot {days} dagen",
        "рассчитано по вашим данным: 80 % повторных покупок совершаются в течение {p80:.0f} дн.; ограничено {days} дн."),
    "a default of {days} days: only {n} customers bought more than once, too few to suggest a window from your data": (
        "standardvärdet {days} dagar: bara {n} kunder handlade mer än en gång, för få för att föreslå ett fönster från dina data",
        "standardværdien {days} dage: kun {n} kunder købte mere end én gang, for få til at foreslå en periode ud fra dine data",
        "standaardwaarde van {days} dagen: slechts {n} klanten kochten meer dan eens, te weinig om een periode uit je gegevens voor te stellen",
        "значение по умолчанию {days} дн.: клиентов, покупавших больше одного раза, всего {n} — слишком мало, чтобы рассчитать окно по вашим данным"),
    "chosen by you": ("valt av dig", "valgt af dig", "door jou gekozen", "выбрано вами"),
    "only {n} answers (fewer than {min}); treat the score as a rough indication": (
        "bara {n} svar (färre än {min}); se värdet som en grov fingervisning",
        "kun {n} svar (færre end {min}); betragt scoren som en grov indikation",
        "slechts {n} antwoorden (minder dan {min}); zie de score als een ruwe indicatie",
        "ответов всего {n} (меньше {min}); считайте значение приблизительным"),
    "only one answer; treat the score as a rough indication": (
        "bara ett svar; se värdet som en grov fingervisning", "kun ét svar; betragt scoren som en grov indikation",
        "slechts één antwoord; zie de score als een ruwe indicatie", "всего один ответ; считайте значение приблизительным"),
    "the 95 % interval is ±{half:.1f} points wide (more than ±{max:.0f})": (
        "95 %-intervallet är ±{half:.1f} poäng brett (mer än ±{max:.0f})",
        "95 %-intervallet er ±{half:.1f} point bredt (mere end ±{max:.0f})",
        "het 95 %-interval is ±{half:.1f} punten breed (meer dan ±{max:.0f})",
        "ширина 95 % интервала ±{half:.1f} пункта (больше ±{max:.0f})"),
    "no answers": ("inga svar", "ingen svar", "geen antwoorden", "нет ответов"),
    "The rise from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.": (
        "Ökningen från {a:.0f} till {b:.0f} kan vara slumpen: p = {p:.2f}.",
        "Stigningen fra {a:.0f} til {b:.0f} kan være tilfældig: p = {p:.2f}.",
        "De stijging van {a:.0f} naar {b:.0f} kan toeval zijn: p = {p:.2f}.",
        "Рост с {a:.0f} до {b:.0f} может быть случайным: p = {p:.2f}."),
    "The fall from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.": (
        "Minskningen från {a:.0f} till {b:.0f} kan vara slumpen: p = {p:.2f}.",
        "Faldet fra {a:.0f} til {b:.0f} kan være tilfældigt: p = {p:.2f}.",
        "De daling van {a:.0f} naar {b:.0f} kan toeval zijn: p = {p:.2f}.",
        "Снижение с {a:.0f} до {b:.0f} может быть случайным: p = {p:.2f}."),
    "The rise from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.": (
        "Ökningen från {a:.0f} till {b:.0f} är knappast slumpen: p {p_text}.",
        "Stigningen fra {a:.0f} til {b:.0f} er næppe tilfældig: p {p_text}.",
        "De stijging van {a:.0f} naar {b:.0f} is waarschijnlijk geen toeval: p {p_text}.",
        "Рост с {a:.0f} до {b:.0f} вряд ли случаен: p {p_text}."),
    "The fall from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.": (
        "Minskningen från {a:.0f} till {b:.0f} är knappast slumpen: p {p_text}.",
        "Faldet fra {a:.0f} til {b:.0f} er næppe tilfældigt: p {p_text}.",
        "De daling van {a:.0f} naar {b:.0f} is waarschijnlijk geen toeval: p {p_text}.",
        "Снижение с {a:.0f} до {b:.0f} вряд ли случайно: p {p_text}."),
    "{a_label} and {b_label} have the same score ({a:.0f}); there is no difference to explain.": (
        "{a_label} och {b_label} har samma värde ({a:.0f}); det finns ingen skillnad att förklara.",
        "{a_label} og {b_label} har samme score ({a:.0f}); der er ingen forskel at forklare.",
        "{a_label} en {b_label} hebben dezelfde score ({a:.0f}); er is geen verschil te verklaren.",
        "У «{a_label}» и «{b_label}» одинаковое значение ({a:.0f}); объяснять нечего."),
    "{a_label} and {b_label} cannot be compared: one of them has no answers.": (
        "{a_label} och {b_label} kan inte jämföras: en av dem saknar svar.",
        "{a_label} og {b_label} kan ikke sammenlignes: en af dem har ingen svar.",
        "{a_label} en {b_label} zijn niet te vergelijken: een van beide heeft geen antwoorden.",
        "«{a_label}» и «{b_label}» нельзя сравнить: у одной из групп нет ответов."),
    "no date": ("inget datum", "ingen dato", "geen datum", "без даты"),
    "The answers have no wave column, so waves are half-years of the answer date instead.": (
        "Svaren har ingen kolumn för omgång, så omgångarna är i stället halvår efter svarsdatum.",
        "Svarene har ingen kolonne for runde, så runderne er i stedet halvår efter svardato.",
        "De antwoorden hebben geen kolom voor de ronde, dus de rondes zijn halfjaren van de antwoorddatum.",
        "В ответах нет столбца волны, поэтому волнами считаются полугодия по дате ответа."),
    "Loyal": ("Lojala", "Loyale", "Loyaal", "Лояльные"),
    "Rest": ("Övriga", "Øvrige", "Overige", "Остальные"),
    "no active customers at the start of this period, so there is nothing to retain": (
        "inga aktiva kunder i början av perioden, så det finns inget att behålla",
        "ingen aktive kunder i starten af perioden, så der er intet at fastholde",
        "geen actieve klanten aan het begin van deze periode, dus er valt niets te behouden",
        "в начале периода не было активных клиентов, удерживать некого"),
    "period still running: end counts are as of {as_of}": (
        "perioden pågår fortfarande: slutsiffrorna gäller per {as_of}",
        "perioden er stadig i gang: sluttallene er opgjort pr. {as_of}",
        "periode loopt nog: de eindcijfers gelden per {as_of}",
        "период ещё идёт: итоговые числа — на {as_of}"),
    "last bought {days} days ago; usually every {gap}": (
        "handlade senast för {days} dagar sedan; brukar handla var {gap}",
        "købte sidst for {days} dage siden; plejer at købe hver {gap}",
        "kocht {days} dagen geleden voor het laatst; meestal om de {gap}",
        "последняя покупка {days} дн. назад; обычно раз в {gap}"),
    "bought {last} times in the last {period} days, {previous} in the {period} before": (
        "handlade {last} gånger de senaste {period} dagarna, {previous} de {period} dagarna innan",
        "købte {last} gange de seneste {period} dage, {previous} de {period} dage før",
        "kocht {last} keer in de laatste {period} dagen, {previous} keer in de {period} dagen daarvoor",
        "покупок за последние {period} дн.: {last}, за {period} дн. до этого: {previous}"),
    "bought once in the last {period} days, {previous} times in the {period} before": (
        "handlade en gång de senaste {period} dagarna, {previous} gånger de {period} dagarna innan",
        "købte én gang de seneste {period} dage, {previous} gange de {period} dage før",
        "kocht één keer in de laatste {period} dagen, {previous} keer in de {period} dagen daarvoor",
        "одна покупка за последние {period} дн., за {period} дн. до этого: {previous}"),
    "no purchase in the last {period} days, {previous} in the {period} before": (
        "inget köp de senaste {period} dagarna, {previous} de {period} dagarna innan",
        "intet køb de seneste {period} dage, {previous} de {period} dage før",
        "geen aankoop in de laatste {period} dagen, {previous} in de {period} dagen daarvoor",
        "нет покупок за последние {period} дн., за {period} дн. до этого: {previous}"),
    "gave a score of {score} out of 10": ("gav betyget {score} av 10", "gav scoren {score} ud af 10",
                                          "gaf een score van {score} uit 10", "поставил(а) {score} из 10"),
    "rated satisfaction {value} out of 5": ("angav nöjdhet {value} av 5", "angav tilfredshed {value} ud af 5",
                                            "gaf tevredenheid {value} uit 5",
                                            "оценил(а) удовлетворённость на {value} из 5"),
    "returned an order in the last {period} days": (
        "returnerade en order de senaste {period} dagarna", "returnerede en ordre de seneste {period} dage",
        "stuurde een order terug in de laatste {period} dagen", "вернул(а) заказ за последние {period} дн."),
    "returned {n} orders in the last {period} days": (
        "returnerade {n} ordrar de senaste {period} dagarna", "returnerede {n} ordrer de seneste {period} dage",
        "stuurde {n} orders terug in de laatste {period} dagen", "возвратов за последние {period} дн.: {n}"),
    "probably no longer buying: {p:.0%} chance they are still a customer": (
        "handlar troligen inte längre: {p:.0%} chans att hen fortfarande är kund",
        "køber sandsynligvis ikke længere: {p:.0%} chance for, at kunden stadig er kunde",
        "koopt waarschijnlijk niet meer: {p:.0%} kans dat dit nog een klant is",
        "вероятно, больше не покупает: вероятность, что это ещё ваш клиент, {p:.0%}"),
    "value at risk = (1 − chance still a customer) × predicted value": (
        "värde i riskzonen = (1 − chans att fortfarande vara kund) × förväntat värde",
        "værdi i risikozonen = (1 − chance for stadig at være kunde) × forventet værdi",
        "waarde op het spel = (1 − kans dat iemand nog klant is) × voorspelde waarde",
        "ценность под угрозой = (1 − вероятность, что клиент ещё с вами) × прогноз ценности"),
    "value at risk = the whole predicted value of customers with a warning sign (the chance that a customer is still buying could not be estimated)": (
        "värde i riskzonen = hela det förväntade värdet för kunder med en varningssignal (chansen att en kund fortfarande handlar kunde inte uppskattas)",
        "værdi i risikozonen = hele den forventede værdi af kunder med et advarselstegn (chancen for, at en kunde stadig køber, kunne ikke anslås)",
        "waarde op het spel = de hele voorspelde waarde van klanten met een waarschuwingssignaal (de kans dat een klant nog koopt, kon niet worden geschat)",
        "ценность под угрозой = вся прогнозная ценность клиентов с тревожными признаками (вероятность, что клиент ещё покупает, оценить не удалось)"),
    "no customer has made a purchase yet": ("ingen kund har handlat än", "ingen kunde har købt endnu",
                                            "nog geen enkele klant heeft iets gekocht",
                                            "ни один клиент ещё ничего не купил"),
    "no customer is active at the end of the data": (
        "ingen kund är aktiv i slutet av datan", "ingen kunde er aktiv ved slutningen af dataene",
        "geen enkele klant is actief aan het eind van de gegevens", "на конец данных нет активных клиентов"),
    "annual retention could not be measured (no complete period had customers at its start); set an expected lifetime in the definitions": (
        "den årliga kvarhållningen kunde inte mätas (ingen hel period hade kunder i början); ange en förväntad livslängd i definitionerna",
        "den årlige fastholdelse kunne ikke måles (ingen hel periode havde kunder ved starten); angiv en forventet levetid i definitionerne",
        "het klantbehoud per jaar kon niet worden gemeten (geen volledige periode had klanten aan het begin); stel een verwachte klantduur in bij de definities",
        "годовое удержание измерить не удалось (ни в одном полном периоде не было клиентов на начало); задайте ожидаемый срок жизни в определениях"),
    "every customer was retained, so the expected lifetime is unlimited; set an expected lifetime in the definitions": (
        "alla kunder behölls, så den förväntade livslängden är obegränsad; ange en förväntad livslängd i definitionerna",
        "alle kunder blev fastholdt, så den forventede levetid er ubegrænset; angiv en forventet levetid i definitionerne",
        "alle klanten zijn behouden, dus de verwachte klantduur is onbegrensd; stel een verwachte klantduur in bij de definities",
        "удержаны все клиенты, поэтому ожидаемый срок жизни не ограничен; задайте его в определениях"),
    "expected lifetime {years:.1f} years, set by you": (
        "förväntad livslängd {years:.1f} år, angiven av dig", "forventet levetid {years:.1f} år, angivet af dig",
        "verwachte klantduur {years:.1f} jaar, door jou ingesteld", "ожидаемый срок жизни {years:.1f} года, задан вами"),
    "expected lifetime {years:.1f} years = 1 / (1 − {retention:.0f} % measured annual retention)": (
        "förväntad livslängd {years:.1f} år = 1 / (1 − {retention:.0f} % uppmätt årlig kvarhållning)",
        "forventet levetid {years:.1f} år = 1 / (1 − {retention:.0f} % målt årlig fastholdelse)",
        "verwachte klantduur {years:.1f} jaar = 1 / (1 − {retention:.0f} % gemeten klantbehoud per jaar)",
        "ожидаемый срок жизни {years:.1f} года = 1 / (1 − {retention:.0f} % измеренного годового удержания)"),
    "no customer churned between {start} and {end}": (
        "ingen kund slutade handla mellan {start} och {end}", "ingen kunde stoppede mellem {start} og {end}",
        "geen enkele klant vertrok tussen {start} en {end}", "между {start} и {end} ни один клиент не ушёл"),
    "your data span fewer than {min_days} days, too few to estimate purchases per year": (
        "dina data omfattar färre än {min_days} dagar, för få för att uppskatta köp per år",
        "dine data dækker færre end {min_days} dage, for få til at anslå køb pr. år",
        "je gegevens beslaan minder dan {min_days} dagen, te weinig om aankopen per jaar te schatten",
        "ваши данные охватывают меньше {min_days} дн. — слишком мало, чтобы оценить покупки за год"),
    "your data cover {days} days, less than a year, so the yearly figure is scaled up from them": (
        "dina data omfattar {days} dagar, mindre än ett år, så årssiffran är uppräknad från dem",
        "dine data dækker {days} dage, mindre end et år, så årstallet er skaleret op ud fra dem",
        "je gegevens beslaan {days} dagen, minder dan een jaar, dus het jaarcijfer is daaruit opgeschaald",
        "ваши данные охватывают {days} дн., меньше года, поэтому годовое значение пересчитано из них"),
}
