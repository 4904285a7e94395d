"""Excel workbook sheet titles and column headers (report/excel.py, context "excel").
Sheet titles must stay within Excel's 31 characters."""
_X = "excel"
IN_CONTEXT = {
    (_X, "At risk"): ("I riskzonen", "I risikozonen", "Risico", "В зоне риска"),
    (_X, "NPS waves"): ("NPS-omgångar", "NPS-runder", "NPS-rondes", "Волны NPS"),
    (_X, "Satisfaction"): ("Nöjdhet", "Tilfredshed", "Tevredenheid", "Удовлетворённость"),
    (_X, "Imports"): ("Importer", "Importer", "Imports", "Импорт"),
    (_X, "Rejected rows"): ("Avvisade rader", "Afviste rækker", "Geweigerde rijen", "Отклонённые строки"),
    (_X, "Customers in cohort"): ("Kunder i kohorten", "Kunder i kohorten", "Klanten in cohort",
                                  "Клиентов в когорте"),
    (_X, "Period {k}"): ("Period {k}", "Periode {k}", "Periode {k}", "Период {k}"),
    (_X, "Chart"): ("Diagram", "Diagram", "Grafiek", "Диаграмма"),
    (_X, "Definitions used"): ("Använda definitioner", "Anvendte definitioner", "Gebruikte definities",
                               "Использованные определения"),
    (_X, "Setting"): ("Inställning", "Indstilling", "Instelling", "Настройка"),
    (_X, "NPS score"): ("NPS-betyg", "NPS-score", "NPS-score", "Оценка NPS"),
    (_X, "NPS category"): ("NPS-grupp", "NPS-gruppe", "NPS-categorie", "Категория NPS"),
    (_X, "Chance still a customer"): ("Chans att fortfarande vara kund", "Chance for stadig at være kunde",
                                      "Kans dat iemand nog klant is", "Вероятность, что ещё клиент"),
    (_X, "95 % CI low"): ("95 % KI nedre", "95 % KI nedre", "95 %-BI onder", "95 % ДИ нижн."),
    (_X, "95 % CI high"): ("95 % KI övre", "95 % KI øvre", "95 %-BI boven", "95 % ДИ верхн."),
    (_X, "95 % CI low (adjusted Wald)"): ("95 % KI nedre (justerad Wald)", "95 % KI nedre (justeret Wald)",
                                          "95 %-BI onder (aangepaste Wald)", "95 % ДИ нижн. (скоррект. Вальд)"),
    (_X, "95 % CI high (adjusted Wald)"): ("95 % KI övre (justerad Wald)", "95 % KI øvre (justeret Wald)",
                                           "95 %-BI boven (aangepaste Wald)", "95 % ДИ верхн. (скоррект. Вальд)"),
    (_X, "Chart or setting"): ("Diagram eller inställning", "Diagram eller indstilling",
                               "Grafiek of instelling", "Диаграмма или настройка"),
    (_X, "Definition"): ("Definition", "Definition", "Definitie", "Определение"),
}
MESSAGES: dict = {}
