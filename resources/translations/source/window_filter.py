"""The window's date range and segment filter, chart drill-down and hover texts (issue 9)."""
MESSAGES = {
    # filter bar (ui/filter_bar.py)
    "Period": ("Period", "Periode", "Periode", "Период"),
    "from": ("från", "fra", "van", "с"),
    "to": ("till", "til", "tot", "по"),
    "All time": ("Hela tiden", "Hele perioden", "Alles", "За всё время"),
    "Last 12 months": ("Senaste 12 månaderna", "Seneste 12 måneder", "Afgelopen 12 maanden",
                       "Последние 12 месяцев"),
    "This year": ("I år", "I år", "Dit jaar", "Этот год"),
    "Last year": ("I fjol", "Sidste år", "Vorig jaar", "Прошлый год"),
    "Custom range": ("Egen period", "Egen periode", "Eigen periode", "Свой период"),
    "RFM: %1": ("RFM: %1", "RFM: %1", "RFM: %1", "RFM: %1"),
    "All customers, all dates": ("Alla kunder, alla datum", "Alle kunder, alle datoer",
                                 "Alle klanten, alle datums", "Все клиенты, все даты"),
    "Show everything": ("Visa allt", "Vis alt", "Alles tonen", "Показать всё"),
    "Applying the filter…": ("Filtret tillämpas…", "Filteret anvendes…", "Filter toepassen…",
                             "Применяется фильтр…"),
    # engine/view_filter.py
    "Segment: {name}": ("Segment: {name}", "Segment: {name}", "Segment: {name}", "Сегмент: {name}"),
    "{start} – {end}": ("{start} – {end}", "{start} – {end}", "{start} – {end}", "{start} – {end}"),
    "from {start}": ("från {start}", "fra {start}", "vanaf {start}", "с {start}"),
    "until {end}": ("till och med {end}", "til og med {end}", "tot en met {end}", "по {end}"),
    "Only the {count} customers of the segment {name} (members as of {as_of}) with their orders and answers.": (
        "Bara de {count} kunderna i segmentet {name} (medlemmar per {as_of}) med deras köp och svar.",
        "Kun de {count} kunder i segmentet {name} (medlemmer pr. {as_of}) med deres køb og svar.",
        "Alleen de {count} klanten van het segment {name} (leden op {as_of}) met hun bestellingen en antwoorden.",
        "Только клиенты сегмента {name} ({count}, состав на {as_of}) с их заказами и ответами."),
    "Reported from {start} to {end}; purchases before {start} still decide who is an existing customer.": (
        "Redovisat från {start} till {end}; köp före {start} avgör fortfarande vem som redan är kund.",
        "Vist fra {start} til {end}; køb før {start} afgør stadig, hvem der allerede er kunde.",
        "Getoond van {start} tot {end}; aankopen vóór {start} bepalen nog steeds wie al klant is.",
        "Показано с {start} по {end}; покупки до {start} по-прежнему решают, кто уже клиент."),
    "Data after {end} left out.": ("Data efter {end} är inte med.", "Data efter {end} er udeladt.",
                                   "Gegevens na {end} zijn weggelaten.",
                                   "Данные после {end} не учитываются."),
    # PDF cover (report/pdf.py)
    "Shown: %1": ("Visas: %1", "Vist: %1", "Getoond: %1", "Показано: %1"),
    # Customers page drill-down (ui/pages/customers.py)
    "Show all customers": ("Visa alla kunder", "Vis alle kunder", "Alle klanten tonen",
                           "Показать всех клиентов"),
    "Showing the %Ln customers behind “%1” in the chart you clicked.": (
        ("Visar %Ln kund bakom ”%1” i diagrammet du klickade på.",
         "Visar de %Ln kunderna bakom ”%1” i diagrammet du klickade på."),
        ("Viser %Ln kunde bag »%1« i diagrammet, du klikkede på.",
         "Viser de %Ln kunder bag »%1« i diagrammet, du klikkede på."),
        ("De %Ln klant achter ‘%1’ in de grafiek waarop je klikte.",
         "De %Ln klanten achter ‘%1’ in de grafiek waarop je klikte."),
        ("Показан %Ln клиент за «%1» на диаграмме, которую вы нажали.",
         "Показаны %Ln клиента за «%1» на диаграмме, которую вы нажали.",
         "Показаны %Ln клиентов за «%1» на диаграмме, которую вы нажали.")),
    "the part": ("delen", "delen", "het deel", "выбранной частью"),
    # Retention page drill-down (ui/pages/retention.py)
    "New customers in %1": ("Nya kunder %1", "Nye kunder i %1", "Nieuwe klanten in %1",
                            "Новые клиенты за %1"),
    "Came back in %1": ("Kom tillbaka %1", "Kom tilbage i %1", "Teruggekomen in %1",
                        "Вернулись за %1"),
    "Churned in %1": ("Slutade handla %1", "Stoppede med at handle i %1", "Afgehaakt in %1",
                      "Ушли за %1"),
    "Kept in %1": ("Stannade kvar %1", "Fastholdt i %1", "Behouden in %1", "Удержаны за %1"),
    # retention chart tooltips (report/charts.py)
    "%1 · new customers: %2": ("%1 · nya kunder: %2", "%1 · nye kunder: %2", "%1 · nieuwe klanten: %2",
                               "%1 · новые клиенты: %2"),
    "%1 · came back: %2": ("%1 · kom tillbaka: %2", "%1 · kom tilbage: %2", "%1 · teruggekomen: %2",
                           "%1 · вернулись: %2"),
    "%1 · churned: %2": ("%1 · tappade: %2", "%1 · mistet: %2", "%1 · verloren: %2", "%1 · ушли: %2"),
    "%1 · retention rate %2: %3 of %4 customers kept": (
        "%1 · kundlojalitet %2: %3 av %4 kunder kvar",
        "%1 · fastholdelse %2: %3 af %4 kunder fastholdt",
        "%1 · klantbehoud %2: %3 van %4 klanten behouden",
        "%1 · удержание %2: удержано %3 из %4 клиентов"),
    "%1 · retention incl. returning %2": (
        "%1 · kvar inkl. återkommande %2", "%1 · fastholdelse inkl. tilbagevendte %2",
        "%1 · behoud incl. teruggekeerde %2", "%1 · удержание с вернувшимися %2"),
    "%1 · churn rate %2: %3 of %4 customers lost": (
        "%1 · kundtapp %2: %3 av %4 kunder förlorade",
        "%1 · kundeafgang %2: %3 af %4 kunder mistet",
        "%1 · klantverloop %2: %3 van %4 klanten verloren",
        "%1 · отток %2: потеряно %3 из %4 клиентов"),
    # engine/representativeness.py (a segment of respondents only)
    "Every one of these customers answered, so the respondents are the customers.": (
        "Alla dessa kunder svarade, så de svarande är kunderna.",
        "Alle disse kunder svarede, så de svarende er kunderne.",
        "Al deze klanten hebben geantwoord, dus de respondenten zijn de klanten.",
        "Ответили все эти клиенты, так что респонденты и есть клиенты."),
    # Data page (ui/pages/data.py)
    "%1 files imported: %2 rows read, %3 accepted, %4 rejected. Select a file to see why its rows were rejected.": (
        "%1 filer importerade: %2 rader lästa, %3 godkända, %4 avvisade. Välj en fil för att se varför rader avvisades.",
        "%1 filer importeret: %2 rækker læst, %3 godkendt, %4 afvist. Vælg en fil for at se, hvorfor rækker blev afvist.",
        "%1 bestanden geïmporteerd: %2 rijen gelezen, %3 geaccepteerd, %4 afgewezen. Kies een bestand om te zien waarom rijen zijn afgewezen.",
        "Импортировано файлов: %1; прочитано строк: %2, принято: %3, отклонено: %4. Выберите файл, чтобы увидеть причины отклонения."),
    "No rows of %1 were rejected.": ("Inga rader i %1 avvisades.", "Ingen rækker i %1 blev afvist.",
                                     "Er zijn geen rijen van %1 afgewezen.",
                                     "В %1 нет отклонённых строк."),
    "Rejected rows of %1: %2 shown of %3": ("Avvisade rader i %1: %2 visas av %3",
                                            "Afviste rækker i %1: %2 vist af %3",
                                            "Afgewezen rijen van %1: %2 getoond van %3",
                                            "Отклонённые строки %1: показано %2 из %3"),
    # point tooltips of the loyalty charts (report/loyalty_charts.py)
    "%1 · %2: %3": ("%1 · %2: %3", "%1 · %2: %3", "%1 · %2: %3", "%1 · %2: %3"),
}
