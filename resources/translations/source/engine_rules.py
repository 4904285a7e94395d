"""Engine messages about loyalty/segment rules, comment keyword groups, survey matching and
model checks. Field names and operators in "…" stay as written (they are what the user typed)."""
_U, _T, _P = "rules", "comments", "responses"
IN_CONTEXT = {
    (_U, '{where}: expected {{"name", "match", "conditions"}}, not {value}.'): (
        '{where}: förväntade {{"name", "match", "conditions"}}, inte {value}.',
        '{where}: forventede {{"name", "match", "conditions"}}, ikke {value}.',
        '{where}: verwacht {{"name", "match", "conditions"}}, niet {value}.',
        '{where}: ожидалось {{"name", "match", "conditions"}}, а не {value}.'),
    (_U, "{where}: the rule needs a name."): ("{where}: regeln behöver ett namn.", "{where}: reglen skal have et navn.",
                                              "{where}: de regel heeft een naam nodig.", "{where}: у правила должно быть название."),
    (_U, '{where}: "match" must be "all" or "any", not {value}.'): (
        '{where}: "match" måste vara "all" eller "any", inte {value}.',
        '{where}: "match" skal være "all" eller "any", ikke {value}.',
        '{where}: "match" moet "all" of "any" zijn, niet {value}.',
        '{where}: "match" должно быть "all" или "any", а не {value}.'),
    (_U, "{where}: there are no conditions; add at least one."): (
        "{where}: det finns inga villkor; lägg till minst ett.", "{where}: der er ingen betingelser; tilføj mindst én.",
        "{where}: er zijn geen voorwaarden; voeg er minstens één toe.", "{where}: нет условий; добавьте хотя бы одно."),
    (_U, '{where}: "conditions" must be a list, not {value}.'): (
        '{where}: "conditions" måste vara en lista, inte {value}.', '{where}: "conditions" skal være en liste, ikke {value}.',
        '{where}: "conditions" moet een lijst zijn, niet {value}.', '{where}: "conditions" должно быть списком, а не {value}.'),
    (_U, "{where}: groups can only be nested one level deep."): (
        "{where}: grupper kan bara ligga en nivå djupt.", "{where}: grupper kan kun indlejres ét niveau.",
        "{where}: groepen kunnen maar één niveau diep genest worden.", "{where}: группы можно вкладывать только на один уровень."),
    (_U, '{where}: expected a condition {{"field", "op", "value"}} or a group {{"match", "conditions"}}, not {value}.'): (
        '{where}: förväntade ett villkor {{"field", "op", "value"}} eller en grupp {{"match", "conditions"}}, inte {value}.',
        '{where}: forventede en betingelse {{"field", "op", "value"}} eller en gruppe {{"match", "conditions"}}, ikke {value}.',
        '{where}: verwacht een voorwaarde {{"field", "op", "value"}} of een groep {{"match", "conditions"}}, niet {value}.',
        '{where}: ожидалось условие {{"field", "op", "value"}} или группа {{"match", "conditions"}}, а не {value}.'),
    (_U, "{where}: unknown operator {value}; use one of {choices}."): (
        "{where}: okänd operator {value}; använd en av {choices}.", "{where}: ukendt operator {value}; brug en af {choices}.",
        "{where}: onbekende operator {value}; gebruik een van {choices}.", "{where}: неизвестный оператор {value}; используйте один из: {choices}."),
    (_U, "{where}: the condition names no field."): (
        "{where}: villkoret anger inget fält.", "{where}: betingelsen angiver intet felt.",
        "{where}: de voorwaarde noemt geen veld.", "{where}: в условии не указано поле."),
    (_U, '{where}: unknown field "{field}".{hint}'): (
        '{where}: okänt fält "{field}".{hint}', '{where}: ukendt felt "{field}".{hint}',
        '{where}: onbekend veld "{field}".{hint}', '{where}: неизвестное поле "{field}".{hint}'),
    (_U, '{where}: "{op}" cannot be used with "{field}" ({kind}); use one of {choices}.'): (
        '{where}: "{op}" kan inte användas med "{field}" ({kind}); använd en av {choices}.',
        '{where}: "{op}" kan ikke bruges med "{field}" ({kind}); brug en af {choices}.',
        '{where}: "{op}" kan niet met "{field}" ({kind}) worden gebruikt; gebruik een van {choices}.',
        '{where}: "{op}" нельзя использовать с "{field}" ({kind}); используйте один из: {choices}.'),
    (_U, '{where}: "{field}" needs a number, not {value}.'): (
        '{where}: "{field}" behöver ett tal, inte {value}.', '{where}: "{field}" skal have et tal, ikke {value}.',
        '{where}: "{field}" heeft een getal nodig, niet {value}.', '{where}: для "{field}" нужно число, а не {value}.'),
    (_U, '{where}: "{field}" needs a date written as YYYY-MM-DD, not {value}.'): (
        '{where}: "{field}" behöver ett datum skrivet som ÅÅÅÅ-MM-DD, inte {value}.',
        '{where}: "{field}" skal have en dato skrevet som ÅÅÅÅ-MM-DD, ikke {value}.',
        '{where}: "{field}" heeft een datum nodig in de vorm JJJJ-MM-DD, niet {value}.',
        '{where}: для "{field}" нужна дата в виде ГГГГ-ММ-ДД, а не {value}.'),
    (_U, '{where}: "{field}" needs a text value, not {value}.'): (
        '{where}: "{field}" behöver en text, inte {value}.', '{where}: "{field}" skal have en tekst, ikke {value}.',
        '{where}: "{field}" heeft een tekst nodig, niet {value}.', '{where}: для "{field}" нужен текст, а не {value}.'),
    (_U, '{where}: "between" needs two values [from, to], not {value}.'): (
        '{where}: "between" behöver två värden [från, till], inte {value}.',
        '{where}: "between" skal have to værdier [fra, til], ikke {value}.',
        '{where}: "between" heeft twee waarden nodig [van, tot], niet {value}.',
        '{where}: для "between" нужны два значения [от, до], а не {value}.'),
    (_U, '{where}: "between" goes from {low} to {high}; the first must not be larger.'): (
        '{where}: "between" går från {low} till {high}; det första får inte vara större.',
        '{where}: "between" går fra {low} til {high}; det første må ikke være større.',
        '{where}: "between" loopt van {low} tot {high}; de eerste mag niet groter zijn.',
        '{where}: "between" — от {low} до {high}; первое значение не должно быть больше второго.'),
    (_U, '{where}: "{op}" needs a list of at least one value, not {value}.'): (
        '{where}: "{op}" behöver en lista med minst ett värde, inte {value}.',
        '{where}: "{op}" skal have en liste med mindst én værdi, ikke {value}.',
        '{where}: "{op}" heeft een lijst met minstens één waarde nodig, niet {value}.',
        '{where}: для "{op}" нужен список хотя бы из одного значения, а не {value}.'),
    (_U, '{where}: "{op}" takes no value, but got {value}.'): (
        '{where}: "{op}" tar inget värde, men fick {value}.', '{where}: "{op}" tager ingen værdi, men fik {value}.',
        '{where}: "{op}" neemt geen waarde, maar kreeg {value}.', '{where}: "{op}" не принимает значения, но получено {value}.'),
    (_U, '{where}: "{op}" needs a value.'): ('{where}: "{op}" behöver ett värde.', '{where}: "{op}" skal have en værdi.',
                                            '{where}: "{op}" heeft een waarde nodig.', '{where}: для "{op}" нужно значение.'),
    (_U, ' Did you mean "{match}"?'): (' Menade du "{match}"?', ' Mente du "{match}"?', ' Bedoelde je "{match}"?',
                                       ' Возможно, вы имели в виду "{match}"?'),
    (_U, 'Rule "{name}"'): ('Regeln "{name}"', 'Reglen "{name}"', 'Regel "{name}"', 'Правило "{name}"'),
    (_U, "Unnamed rule"): ("Namnlös regel", "Unavngivet regel", "Naamloze regel", "Правило без названия"),
    (_U, "condition {path}"): ("villkor {path}", "betingelse {path}", "voorwaarde {path}", "условие {path}"),
    (_U, 'Two segments are called "{name}"; give each segment its own name.'): (
        'Två segment heter "{name}"; ge varje segment ett eget namn.',
        'To segmenter hedder "{name}"; giv hvert segment sit eget navn.',
        'Twee segmenten heten "{name}"; geef elk segment een eigen naam.',
        'Два сегмента называются "{name}"; дайте каждому своё название.'),
    (_T, "(no answer)"): ("(inget svar)", "(intet svar)", "(geen antwoord)", "(нет ответа)"),
    (_T, "The keyword groups could not be read; the standard groups are used."): (
        "Nyckelordsgrupperna kunde inte läsas; standardgrupperna används.",
        "Nøgleordsgrupperne kunne ikke læses; standardgrupperne bruges.",
        "De trefwoordgroepen konden niet worden gelezen; de standaardgroepen worden gebruikt.",
        "Не удалось прочитать группы ключевых слов; используются стандартные группы."),
    (_T, "Keyword group “{group}” could not be read and was left out."): (
        "Nyckelordsgruppen ”{group}” kunde inte läsas och utelämnades.",
        "Nøgleordsgruppen »{group}« kunne ikke læses og blev udeladt.",
        "Trefwoordgroep ‘{group}’ kon niet worden gelezen en is weggelaten.",
        "Группу ключевых слов «{group}» не удалось прочитать, она пропущена."),
    (_T, "Keyword group “{group}”: language “{lang}” is not one of en, sv, da, nl, ru and was left out."): (
        "Nyckelordsgruppen ”{group}”: språket ”{lang}” är inte ett av en, sv, da, nl, ru och utelämnades.",
        "Nøgleordsgruppen »{group}«: sproget »{lang}« er ikke et af en, sv, da, nl, ru og blev udeladt.",
        "Trefwoordgroep ‘{group}’: taal ‘{lang}’ is niet een van en, sv, da, nl, ru en is weggelaten.",
        "Группа ключевых слов «{group}»: язык «{lang}» не входит в en, sv, da, nl, ru и пропущен."),
    (_P, "{matched:,} of {n:,} answers ({rate:.0%}) matched a customer: {by_id:,} by customer id, {by_email:,} by e-mail. Unmatched answers still count for NPS."): (
        "{matched:,} av {n:,} svar ({rate:.0%}) kopplades till en kund: {by_id:,} via kundnummer, {by_email:,} via e-post. Svar utan kund räknas ändå i NPS.",
        "{matched:,} af {n:,} svar ({rate:.0%}) blev koblet til en kunde: {by_id:,} via kundenummer, {by_email:,} via e-mail. Svar uden kunde tæller stadig med i NPS.",
        "{matched:,} van {n:,} antwoorden ({rate:.0%}) zijn aan een klant gekoppeld: {by_id:,} via klantnummer, {by_email:,} via e-mail. Niet-gekoppelde antwoorden tellen wel mee voor de NPS.",
        "{matched:,} из {n:,} ответов ({rate:.0%}) связаны с клиентом: {by_id:,} по номеру клиента, {by_email:,} по e-mail. Несвязанные ответы всё равно учитываются в NPS."),
    (_P, "There are no survey answers to match."): ("Det finns inga enkätsvar att koppla.",
                                                    "Der er ingen svar fra undersøgelser at koble.",
                                                    "Er zijn geen enquêteantwoorden om te koppelen.",
                                                    "Нет ответов опроса для сопоставления."),
    (_P, "“{value}” is not a score from {low} to {high}"): (
        "”{value}” är inget betyg från {low} till {high}", "»{value}« er ikke en score fra {low} til {high}",
        "‘{value}’ is geen score van {low} tot {high}", "«{value}» — не оценка от {low} до {high}"),
    (_P, "“{value}” is not a date and time"): ("”{value}” är inget datum och klockslag",
                                               "»{value}« er ikke en dato og et tidspunkt",
                                               "‘{value}’ is geen datum en tijd", "«{value}» — не дата и время"),
    ("loyal_history", "Loyal customers in {period}"): ("Lojala kunder under {period}", "Loyale kunder i {period}",
                                                      "Loyale klanten in {period}", "Лояльные клиенты за {period}"),
    ("loyal_history", "Survey answers and model estimates use today's values for every period."): (
        "Enkätsvar och modellberäkningar använder dagens värden för alla perioder.",
        "Svar fra undersøgelser og modelberegninger bruger dagens værdier for alle perioder.",
        "Enquêteantwoorden en modelschattingen gebruiken voor elke periode de huidige waarden.",
        "Ответы опросов и оценки модели берутся на сегодня для каждого периода."),
    ("segment_retention", "In {period}: {sentence}"): ("Under {period}: {sentence}", "I {period}: {sentence}",
                                                       "In {period}: {sentence}", "За {period}: {sentence}"),
    ("segment_retention", "There is no complete period yet, so retention cannot be compared."): (
        "Det finns ingen hel period än, så kvarhållningen kan inte jämföras.",
        "Der er ingen hel periode endnu, så fastholdelsen kan ikke sammenlignes.",
        "Er is nog geen volledige periode, dus het klantbehoud is niet te vergelijken.",
        "Полного периода пока нет, поэтому удержание сравнить нельзя."),
    ("rule_fields", "Imported from your customer list (column “{name}”)."): (
        "Importerat från din kundlista (kolumnen ”{name}”).", "Importeret fra din kundeliste (kolonnen »{name}«).",
        "Geïmporteerd uit je klantenlijst (kolom ‘{name}’).", "Импортировано из вашего списка клиентов (столбец «{name}»)."),
    ("clv", "the holdout end must come after the calibration end"): (
        "slutet på testperioden måste komma efter slutet på anpassningsperioden",
        "slutningen af testperioden skal ligge efter slutningen af tilpasningsperioden",
        "het einde van de testperiode moet na het einde van de kalibratieperiode liggen",
        "конец проверочного периода должен быть позже конца калибровочного"),
    ("clv", "only {repeat} customers bought more than once before {end}; the check needs at least {minimum}"): (
        "bara {repeat} kunder handlade mer än en gång före {end}; kontrollen behöver minst {minimum}",
        "kun {repeat} kunder købte mere end én gang før {end}; kontrollen kræver mindst {minimum}",
        "slechts {repeat} klanten kochten meer dan eens vóór {end}; de controle heeft er minstens {minimum} nodig",
        "клиентов, покупавших больше одного раза до {end}, всего {repeat}; для проверки нужно не меньше {minimum}"),
    ("clv", "the {title} model could not be fitted on the calibration period ({why})"): (
        "modellen {title} kunde inte anpassas på anpassningsperioden ({why})",
        "modellen {title} kunne ikke tilpasses på tilpasningsperioden ({why})",
        "het {title}-model kon niet worden geschat op de kalibratieperiode ({why})",
        "модель {title} не удалось оценить на калибровочном периоде ({why})"),
    ("clv", "{title} fitted on {customers:,} customers up to {end}; checked against {weeks:.0f} holdout weeks"): (
        "{title} anpassad på {customers:,} kunder fram till {end}; kontrollerad mot {weeks:.0f} testveckor",
        "{title} tilpasset på {customers:,} kunder frem til {end}; kontrolleret mod {weeks:.0f} testuger",
        "{title} geschat op {customers:,} klanten tot {end}; gecontroleerd met {weeks:.0f} testweken",
        "{title} оценена по {customers:,} клиентам до {end}; проверена на {weeks:.0f} проверочных неделях"),
    ("clv", "there are no customers"): ("det finns inga kunder", "der er ingen kunder", "er zijn geen klanten",
                                        "клиентов нет"),
    ("clv", "the data do not look like repeat buying by customers who differ: {meaning} ({name} = {value:.3g})"): (
        "datan ser inte ut som återkommande köp från olika kunder: {meaning} ({name} = {value:.3g})",
        "dataene ligner ikke genkøb fra forskellige kunder: {meaning} ({name} = {value:.3g})",
        "de gegevens lijken niet op herhaalaankopen door verschillende klanten: {meaning} ({name} = {value:.3g})",
        "данные не похожи на повторные покупки разных клиентов: {meaning} ({name} = {value:.3g})"),
    ("clv", "everybody seems to buy at the same rate"): ("alla verkar handla lika ofta", "alle ser ud til at købe lige tit",
                                                         "iedereen lijkt even vaak te kopen", "похоже, все покупают с одинаковой частотой"),
    ("clv", "almost nobody seems to stop buying"): ("nästan ingen verkar sluta handla", "næsten ingen ser ud til at stoppe med at købe",
                                                    "bijna niemand lijkt te stoppen met kopen", "похоже, почти никто не перестаёт покупать"),
}
MESSAGES: dict = {}
