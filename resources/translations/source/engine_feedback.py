"""Engine sentences about satisfaction, group comparison, RFM help, lifespan, retention cost
and survey representativeness. {fields} are filled in after translation."""
_S, _C, _R = "satisfaction", "compare", "representativeness"
IN_CONTEXT = {
    (_S, "very dissatisfied"): ("mycket missnöjd", "meget utilfreds", "zeer ontevreden", "очень недоволен"),
    (_S, "dissatisfied"): ("missnöjd", "utilfreds", "ontevreden", "недоволен"),
    (_S, "neutral"): ("neutral", "neutral", "neutraal", "нейтрально"),
    (_S, "satisfied"): ("nöjd", "tilfreds", "tevreden", "доволен"),
    (_S, "very satisfied"): ("mycket nöjd", "meget tilfreds", "zeer tevreden", "очень доволен"),
    (_S, "promoters"): ("ambassadörer", "ambassadører", "promotors", "промоутеры"),
    (_S, "passives"): ("passiva", "passive", "passieven", "нейтральные"),
    (_S, "detractors"): ("kritiker", "kritikere", "criticasters", "критики"),
    (_S, "very satisfied customers"): ("mycket nöjda kunder", "meget tilfredse kunder",
                                       "zeer tevreden klanten", "очень довольные клиенты"),
    (_S, "satisfied customers"): ("nöjda kunder", "tilfredse kunder", "tevreden klanten", "довольные клиенты"),
    (_S, "not enough data: {n} answers with a full {days}-day window (need {min})"): (
        "för lite data: {n} svar med ett helt fönster på {days} dagar (behöver {min})",
        "for få data: {n} svar med en hel periode på {days} dage (kræver {min})",
        "te weinig gegevens: {n} antwoorden met een volledige periode van {days} dagen (nodig: {min})",
        "недостаточно данных: ответов с полным окном {days} дн. — {n} (нужно {min})"),
    (_S, "{hi_label} bought again within {days} days {ratio:.1f} times as often as {lo_label} ({hi_rate:.0%} of {hi_n} vs {lo_rate:.0%} of {lo_n}); {chance}"): (
        "{hi_label} handlade igen inom {days} dagar {ratio:.1f} gånger så ofta som {lo_label} ({hi_rate:.0%} av {hi_n} mot {lo_rate:.0%} av {lo_n}); {chance}",
        "{hi_label} købte igen inden for {days} dage {ratio:.1f} gange så ofte som {lo_label} ({hi_rate:.0%} af {hi_n} mod {lo_rate:.0%} af {lo_n}); {chance}",
        "{hi_label} kochten binnen {days} dagen {ratio:.1f} keer zo vaak opnieuw als {lo_label} ({hi_rate:.0%} van {hi_n} tegen {lo_rate:.0%} van {lo_n}); {chance}",
        "{hi_label} покупали снова в течение {days} дн. в {ratio:.1f} раза чаще, чем {lo_label} ({hi_rate:.0%} из {hi_n} против {lo_rate:.0%} из {lo_n}); {chance}"),
    (_S, "{hi_label}: {hi_rate:.0%} of {hi_n} bought again within {days} days, {lo_label}: none of {lo_n}; {chance}"): (
        "{hi_label}: {hi_rate:.0%} av {hi_n} handlade igen inom {days} dagar, {lo_label}: ingen av {lo_n}; {chance}",
        "{hi_label}: {hi_rate:.0%} af {hi_n} købte igen inden for {days} dage, {lo_label}: ingen af {lo_n}; {chance}",
        "{hi_label}: {hi_rate:.0%} van {hi_n} kocht binnen {days} dagen opnieuw, {lo_label}: niemand van {lo_n}; {chance}",
        "{hi_label}: {hi_rate:.0%} из {hi_n} купили снова в течение {days} дн., {lo_label}: никто из {lo_n}; {chance}"),
    (_S, "this difference could be chance (p = {p:.2f})."): (
        "skillnaden kan vara slumpen (p = {p:.2f}).", "forskellen kan være tilfældig (p = {p:.2f}).",
        "dit verschil kan toeval zijn (p = {p:.2f}).", "эта разница может быть случайной (p = {p:.2f})."),
    (_S, "this difference is unlikely to be chance (p {p_text})."): (
        "skillnaden är knappast slumpen (p {p_text}).", "forskellen er næppe tilfældig (p {p_text}).",
        "dit verschil is waarschijnlijk geen toeval (p {p_text}).", "эта разница вряд ли случайна (p {p_text})."),
    (_S, "Not enough data yet to compare {hi_label} with {lo_label}."): (
        "För lite data än för att jämföra {hi_label} med {lo_label}.",
        "For få data endnu til at sammenligne {hi_label} med {lo_label}.",
        "Nog te weinig gegevens om {hi_label} met {lo_label} te vergelijken.",
        "Пока недостаточно данных, чтобы сравнить «{hi_label}» и «{lo_label}»."),
    (_C, "{a} keep {pa} and {b} {pb}; {verdict} ({p})."): (
        "{a} behåller {pa} och {b} {pb}; {verdict} ({p}).", "{a} fastholder {pa} og {b} {pb}; {verdict} ({p}).",
        "{a} behoudt {pa} en {b} {pb}; {verdict} ({p}).", "«{a}» удерживает {pa}, «{b}» — {pb}; {verdict} ({p})."),
    (_C, "a difference this large is very unlikely to be chance"): (
        "en så stor skillnad är mycket osannolik som slump", "en så stor forskel er meget usandsynlig som tilfældighed",
        "een verschil van deze omvang is zeer onwaarschijnlijk toeval", "такая большая разница почти наверняка не случайна"),
    (_C, "a difference this large is unlikely to be chance"): (
        "en så stor skillnad är knappast slumpen", "en så stor forskel er næppe tilfældig",
        "een verschil van deze omvang is waarschijnlijk geen toeval", "такая большая разница вряд ли случайна"),
    (_C, "a difference this large could well be chance"): (
        "en så stor skillnad kan mycket väl vara slumpen", "en så stor forskel kan sagtens være tilfældig",
        "een verschil van deze omvang kan best toeval zijn", "такая разница вполне может быть случайной"),
    (_C, "{a} and {b} both keep {pa}; there is no difference."): (
        "{a} och {b} behåller båda {pa}; det finns ingen skillnad.",
        "{a} og {b} fastholder begge {pa}; der er ingen forskel.",
        "{a} en {b} behouden allebei {pa}; er is geen verschil.",
        "«{a}» и «{b}» удерживают по {pa}; разницы нет."),
    (_C, "There are no customers in {name} who could have churned yet, so there is nothing to compare."): (
        "Det finns inga kunder i {name} som hade hunnit försvinna än, så det finns inget att jämföra.",
        "Der er ingen kunder i {name}, som kunne være faldet fra endnu, så der er intet at sammenligne.",
        "Er zijn in {name} nog geen klanten die al vertrokken konden zijn, dus er valt niets te vergelijken.",
        "В группе «{name}» нет клиентов, которые уже могли бы уйти, сравнивать нечего."),
    (_C, "{a} and {b} both keep {pa} of their customers; there is no difference to test."): (
        "{a} och {b} behåller båda {pa} av sina kunder; det finns ingen skillnad att testa.",
        "{a} og {b} fastholder begge {pa} af deres kunder; der er ingen forskel at teste.",
        "{a} en {b} behouden allebei {pa} van hun klanten; er is geen verschil om te toetsen.",
        "«{a}» и «{b}» удерживают по {pa} клиентов; проверять нечего."),
    (_C, " The groups are small, so treat this only as a rough guide."): (
        " Grupperna är små, så se detta bara som en grov fingervisning.",
        " Grupperne er små, så betragt det kun som en grov rettesnor.",
        " De groepen zijn klein, dus zie dit alleen als een ruwe indicatie.",
        " Группы маленькие, поэтому считайте это лишь грубой оценкой."),
    (_C, "this group"): ("den här gruppen", "denne gruppe", "deze groep", "эта группа"),
    (_C, "the rest"): ("övriga", "de øvrige", "de rest", "остальные"),
    ("rfm", "Bought recently and buy often."): ("Har handlat nyligen och handlar ofta.",
                                               "Har købt for nylig og køber tit.",
                                               "Kochten kort geleden en kopen vaak.",
                                               "Покупали недавно и покупают часто."),
    ("rfm", "Buy often and still come back."): ("Handlar ofta och kommer fortfarande tillbaka.",
                                               "Køber tit og kommer stadig igen.",
                                               "Kopen vaak en komen nog steeds terug.",
                                               "Покупают часто и продолжают возвращаться."),
    ("rfm", "Recent customers who have bought more than once."): (
        "Nya kunder som har handlat mer än en gång.", "Nye kunder, der har købt mere end én gang.",
        "Recente klanten die meer dan eens hebben gekocht.", "Недавние клиенты, купившие больше одного раза."),
    ("rfm", "Bought recently, for the first time or rarely."): (
        "Har handlat nyligen, för första gången eller sällan.", "Har købt for nylig, for første gang eller sjældent.",
        "Kochten kort geleden, voor het eerst of zelden.", "Покупали недавно — впервые или редко."),
    ("rfm", "Fairly recent, but do not buy often yet."): (
        "Ganska nyligen, men handlar inte ofta än.", "Ret for nylig, men køber ikke tit endnu.",
        "Vrij recent, maar kopen nog niet vaak.", "Довольно недавно, но пока покупают нечасто."),
    ("rfm", "Average recency and frequency: could go either way."): (
        "Medelhög aktualitet och frekvens: kan gå åt båda hållen.", "Middel aktualitet og frekvens: kan gå begge veje.",
        "Gemiddelde recentheid en frequentie: kan alle kanten op.", "Средние давность и частота: может пойти в любую сторону."),
    ("rfm", "Not seen for a while and rarely bought."): (
        "Har inte synts på ett tag och handlade sällan.", "Ikke set i et stykke tid og købte sjældent.",
        "Al een tijd niet gezien en kochten zelden.", "Давно не появлялись и покупали редко."),
    ("rfm", "Used to buy regularly but have not come back for a long time."): (
        "Handlade regelbundet men har inte kommit tillbaka på länge.",
        "Købte jævnligt, men er ikke kommet igen i lang tid.",
        "Kochten vroeger regelmatig, maar zijn al lang niet teruggekomen.",
        "Раньше покупали регулярно, но давно не возвращались."),
    ("rfm", "Bought most often, but not for a long time."): (
        "Handlade oftast, men inte på länge.", "Købte oftest, men ikke i lang tid.",
        "Kochten het vaakst, maar al lang niet meer.", "Покупали чаще всех, но уже давно не покупают."),
    ("rfm", "Long ago and rarely."): ("För länge sedan och sällan.", "For længe siden og sjældent.",
                                     "Lang geleden en zelden.", "Давно и редко."),
    ("rfm", "Longest ago and least often."): ("Längst sedan och mest sällan.", "Længst siden og sjældnest.",
                                             "Het langst geleden en het minst vaak.", "Дольше всех и реже всех."),
    ("lifespan", "no customers yet"): ("inga kunder än", "ingen kunder endnu", "nog geen klanten", "клиентов пока нет"),
    ("lifespan", "more than half of your customers are still active after {days} days, the longest time observed, so the median lifetime is longer than that"): (
        "mer än hälften av dina kunder är fortfarande aktiva efter {days} dagar, den längsta tid som observerats, så medianlivslängden är längre än så",
        "mere end halvdelen af dine kunder er stadig aktive efter {days} dage, den længste observerede tid, så medianlevetiden er længere end det",
        "meer dan de helft van je klanten is na {days} dagen, de langste waargenomen tijd, nog actief, dus de mediane klantduur is langer",
        "больше половины ваших клиентов всё ещё активны через {days} дн. — самый долгий наблюдаемый срок, поэтому медиана срока жизни больше"),
    ("lifespan", "no customer has churned yet, so there is no lifecycle to show"): (
        "ingen kund har slutat handla än, så det finns ingen livscykel att visa",
        "ingen kunde er faldet fra endnu, så der er ingen livscyklus at vise",
        "nog geen enkele klant is vertrokken, dus er is geen levenscyclus te tonen",
        "ни один клиент ещё не ушёл, показывать жизненный цикл пока нечего"),
    ("costs", "enter your retention spend per period to see what keeping customers costs"): (
        "ange din kostnad för att behålla kunder per period för att se vad det kostar",
        "angiv dine udgifter til fastholdelse pr. periode for at se, hvad det koster at beholde kunder",
        "vul je uitgaven aan klantbehoud per periode in om te zien wat het behouden van klanten kost",
        "введите расходы на удержание по периодам, чтобы увидеть, сколько стоит сохранять клиентов"),
    ("costs", "no sales data for this period"): ("inga försäljningsdata för perioden", "ingen salgsdata for perioden",
                                                "geen verkoopgegevens voor deze periode", "нет данных о продажах за этот период"),
    ("costs", "no spend entered for this period, so there is no ratio"): (
        "ingen kostnad angiven för perioden, så det finns ingen kvot",
        "ingen udgifter angivet for perioden, så der er intet forhold",
        "geen uitgaven ingevuld voor deze periode, dus er is geen verhouding",
        "за этот период расходы не введены, поэтому соотношения нет"),
    ("costs", "period still running: revenue so far"): ("perioden pågår fortfarande: intäkter hittills",
                                                       "perioden er stadig i gang: omsætning indtil nu",
                                                       "periode loopt nog: omzet tot nu toe",
                                                       "период ещё идёт: выручка на сегодня"),
    ("costs", "revenue from retained customers came with the spend; it does not prove the spend caused it"): (
        "intäkterna från kvarhållna kunder kom samtidigt med kostnaden; det bevisar inte att kostnaden orsakade dem",
        "omsætningen fra fastholdte kunder kom samtidig med udgifterne; det beviser ikke, at udgifterne skabte den",
        "de omzet van behouden klanten kwam samen met de uitgaven; dat bewijst niet dat de uitgaven die veroorzaakten",
        "выручка от удержанных клиентов пришла одновременно с расходами, но это не доказывает, что её принесли расходы"),
    (_R, "spend band"): ("beloppsgrupp", "beløbsgruppe", "bestedingsklasse", "группа по сумме покупок"),
    (_R, "{lo:,.0f}–{hi:,.0f}"): ("{lo:,.0f}–{hi:,.0f}", "{lo:,.0f}–{hi:,.0f}", "{lo:,.0f}–{hi:,.0f}",
                                  "{lo:,.0f}–{hi:,.0f}"),
    (_R, "Your {n:,} respondents look like your customers by {dimension} (chi-square p = {p:.2f}): no group is clearly over- or under-represented."): (
        "Dina {n:,} svarande liknar dina kunder när det gäller {dimension} (chi-två p = {p:.2f}): ingen grupp är tydligt över- eller underrepresenterad.",
        "Dine {n:,} besvarelser ligner dine kunder med hensyn til {dimension} (chi-i-anden p = {p:.2f}): ingen gruppe er tydeligt over- eller underrepræsenteret.",
        "Je {n:,} respondenten lijken op je klanten wat betreft {dimension} (chikwadraat p = {p:.2f}): geen groep is duidelijk over- of ondervertegenwoordigd.",
        "Ваши респонденты ({n:,}) похожи на ваших клиентов по признаку «{dimension}» (хи-квадрат p = {p:.2f}): ни одна группа явно не перепредставлена и не недопредставлена."),
    (_R, "Your respondents differ from your customers by {dimension} (chi-square p {p_text}): {over} is over-represented ({over_resp:.0%} of answers vs {over_cust:.0%} of customers) and {under} under-represented ({under_resp:.0%} vs {under_cust:.0%}). Keep that in mind when reading the survey results."): (
        "De svarande skiljer sig från dina kunder när det gäller {dimension} (chi-två p {p_text}): {over} är överrepresenterad ({over_resp:.0%} av svaren mot {over_cust:.0%} av kunderna) och {under} underrepresenterad ({under_resp:.0%} mot {under_cust:.0%}). Tänk på det när du läser enkätresultaten.",
        "Besvarelserne adskiller sig fra dine kunder med hensyn til {dimension} (chi-i-anden p {p_text}): {over} er overrepræsenteret ({over_resp:.0%} af svarene mod {over_cust:.0%} af kunderne) og {under} underrepræsenteret ({under_resp:.0%} mod {under_cust:.0%}). Husk det, når du læser resultaterne.",
        "Je respondenten verschillen van je klanten wat betreft {dimension} (chikwadraat p {p_text}): {over} is oververtegenwoordigd ({over_resp:.0%} van de antwoorden tegen {over_cust:.0%} van de klanten) en {under} ondervertegenwoordigd ({under_resp:.0%} tegen {under_cust:.0%}). Houd daar rekening mee bij het lezen van de resultaten.",
        "Респонденты отличаются от ваших клиентов по признаку «{dimension}» (хи-квадрат p {p_text}): «{over}» перепредставлена ({over_resp:.0%} ответов против {over_cust:.0%} клиентов), а «{under}» недопредставлена ({under_resp:.0%} против {under_cust:.0%}). Учитывайте это, читая результаты опроса."),
    (_R, " Some groups are small, so the test is only a rough guide."): (
        " Vissa grupper är små, så testet är bara en grov fingervisning.",
        " Nogle grupper er små, så testen er kun en grov rettesnor.",
        " Sommige groepen zijn klein, dus de toets is alleen een ruwe indicatie.",
        " Некоторые группы маленькие, поэтому проверка даёт лишь грубую оценку."),
    (_R, "All customers are in one {dimension} group; there is nothing to compare."): (
        "Alla kunder är i samma grupp för {dimension}; det finns inget att jämföra.",
        "Alle kunder er i samme gruppe for {dimension}; der er intet at sammenligne.",
        "Alle klanten zitten in één groep voor {dimension}; er valt niets te vergelijken.",
        "Все клиенты в одной группе по признаку «{dimension}»; сравнивать нечего."),
    (_R, "None of your customers answered the survey (or answers could not be matched to customers), so representativeness cannot be judged."): (
        "Ingen av dina kunder svarade på enkäten (eller svaren kunde inte kopplas till kunder), så representativiteten kan inte bedömas.",
        "Ingen af dine kunder svarede på undersøgelsen (eller svarene kunne ikke kobles til kunder), så repræsentativiteten kan ikke vurderes.",
        "Geen van je klanten heeft de enquête beantwoord (of de antwoorden konden niet aan klanten worden gekoppeld), dus de representativiteit is niet te beoordelen.",
        "Никто из ваших клиентов не ответил на опрос (или ответы не удалось связать с клиентами), поэтому оценить репрезентативность нельзя."),
    (_R, "(none)"): ("(ingen)", "(ingen)", "(geen)", "(нет)"),
    (_R, "Every one of these customers answered, so the respondents are the customers."): (
        "Alla dessa kunder svarade, så de svarande är kunderna.",
        "Alle disse kunder svarede, så besvarerne er kunderne.",
        "Al deze klanten hebben geantwoord, dus de respondenten zijn de klanten.",
        "Ответили все эти клиенты, так что участники опроса и есть клиенты."),
    ("voice_groups", "RFM segment"): ("RFM-segment", "RFM-segment", "RFM-segment", "RFM-сегмент"),
    ("voice_groups", "loyal or not"): ("lojal eller inte", "loyal eller ej", "loyaal of niet",
                                       "лояльный или нет"),
    ("voice_groups", "Loyal"): ("Lojala", "Loyale", "Loyaal", "Лояльные"),
    ("voice_groups", "Everyone else"): ("Alla andra", "Alle andre", "Alle anderen", "Все остальные"),
    ("voice_groups", "spend band"): ("beloppsgrupp", "beløbsgruppe", "bestedingsklasse",
                                     "группа по сумме покупок"),
}
MESSAGES: dict = {}
