"""Command-line messages (cli.py, context "cli") and the import/project problems they print
(io/*.py, context "importing"; the import window shows the same sentences). {placeholders}
stay exactly, also their format ({limit:,}) and conversion ({sheet!r}). Field names such as
"date_order" and "dmy" are what the user types in the config file: never translated."""
MESSAGES = {
    # cli.py
    "{path}: the config file does not exist.": (
        "{path}: konfigurationsfilen finns inte.", "{path}: konfigurationsfilen findes ikke.",
        "{path}: het configuratiebestand bestaat niet.", "{path}: файл настроек не существует."),
    "{path}: the config file cannot be read ({detail}).": (
        "{path}: konfigurationsfilen kan inte läsas ({detail}).",
        "{path}: konfigurationsfilen kan ikke læses ({detail}).",
        "{path}: het configuratiebestand kan niet worden gelezen ({detail}).",
        "{path}: не удаётся прочитать файл настроек ({detail})."),
    "{path}, line {line}, column {column}: not valid JSON ({detail}).": (
        "{path}, rad {line}, kolumn {column}: ogiltig JSON ({detail}).",
        "{path}, linje {line}, kolonne {column}: ugyldig JSON ({detail}).",
        "{path}, regel {line}, kolom {column}: geen geldige JSON ({detail}).",
        "{path}, строка {line}, столбец {column}: недопустимый JSON ({detail})."),
    "{path}: the JSON is nested too deeply to be a config file.": (
        "{path}: JSON-datan är för djupt nästlad för att vara en konfigurationsfil.",
        "{path}: JSON-dataene er for dybt indlejret til at være en konfigurationsfil.",
        "{path}: de JSON is te diep genest voor een configuratiebestand.",
        "{path}: слишком глубокая вложенность JSON для файла настроек."),
    "{path}: not a usable config file ({detail}).": (
        "{path}: ingen användbar konfigurationsfil ({detail}).",
        "{path}: ikke en brugbar konfigurationsfil ({detail}).",
        "{path}: geen bruikbaar configuratiebestand ({detail}).",
        "{path}: этот файл настроек нельзя использовать ({detail})."),
    "{path}: the config must be a JSON object {{...}}.": (
        "{path}: konfigurationen måste vara ett JSON-objekt {{...}}.",
        "{path}: konfigurationen skal være et JSON-objekt {{...}}.",
        "{path}: de configuratie moet een JSON-object {{...}} zijn.",
        "{path}: настройки должны быть JSON-объектом {{...}}."),
    "settings": ("inställningar", "indstillinger", "instellingen", "настройки"),
    "{path}: the file does not exist.": (
        "{path}: filen finns inte.", "{path}: filen findes ikke.",
        "{path}: het bestand bestaat niet.", "{path}: файл не существует."),
    "No transactions to analyse: give --transactions FILE or --project P.loyalty.": (
        "Inga transaktioner att analysera: ange --transactions FIL eller --project P.loyalty.",
        "Ingen transaktioner at analysere: angiv --transactions FIL eller --project P.loyalty.",
        "Geen transacties om te analyseren: geef --transactions BESTAND of --project P.loyalty.",
        "Нет транзакций для анализа: укажите --transactions ФАЙЛ или --project P.loyalty."),
    "Missing: {fields}.": ("Saknas: {fields}.", "Mangler: {fields}.", "Ontbreekt: {fields}.",
                           "Не хватает: {fields}."),
    "Columns found: {columns}.": ("Hittade kolumner: {columns}.", "Fundne kolonner: {columns}.",
                                  "Gevonden kolommen: {columns}.", "Найденные столбцы: {columns}."),
    # io/errors.py: where a problem is
    "Row {row}": ("Rad {row}", "Række {row}", "Rij {row}", "Строка {row}"),
    'column "{column}"': ('kolumn "{column}"', 'kolonne "{column}"', 'kolom "{column}"',
                          'столбец "{column}"'),
    "{file}, row {row}": ("{file}, rad {row}", "{file}, række {row}", "{file}, rij {row}",
                          "{file}, строка {row}"),
    '{where}, column "{column}"': ('{where}, kolumn "{column}"', '{where}, kolonne "{column}"',
                                   '{where}, kolom "{column}"', '{where}, столбец "{column}"'),
    # io/delimited.py
    "this row has {got} values but the header has {want} columns": (
        "raden har {got} värden men rubrikraden har {want} kolumner",
        "rækken har {got} værdier, men overskriften har {want} kolonner",
        "deze rij heeft {got} waarden, maar de kopregel heeft {want} kolommen",
        "в строке {got} значений, а в заголовке {want} столбцов"),
    "The file could not be read as a table ({detail}). Check for an unclosed quote (\") or a line that is far too long.": (
        "Filen kunde inte läsas som en tabell ({detail}). Leta efter ett citattecken (\") som inte stängs eller en rad som är alldeles för lång.",
        "Filen kunne ikke læses som en tabel ({detail}). Se efter et anførselstegn (\"), der ikke lukkes, eller en linje, der er alt for lang.",
        "Het bestand kon niet als tabel worden gelezen ({detail}). Controleer op een aanhalingsteken (\") dat niet wordt gesloten of een regel die veel te lang is.",
        "Не удалось прочитать файл как таблицу ({detail}). Проверьте, нет ли незакрытой кавычки (\") или слишком длинной строки."),
    "The file has a header but no data rows.": (
        "Filen har en rubrikrad men inga datarader.",
        "Filen har en overskrift, men ingen datarækker.",
        "Het bestand heeft een kopregel maar geen gegevensrijen.",
        "В файле есть заголовок, но нет строк с данными."),
    "a value here is longer than {limit:,} characters; this does not look like a table export. Check for an unclosed quote (\") or choose the right file.": (
        "ett värde här är längre än {limit:,} tecken; det ser inte ut som en tabellexport. Leta efter ett citattecken (\") som inte stängs eller välj rätt fil.",
        "en værdi her er længere end {limit:,} tegn; det ligner ikke en tabeleksport. Se efter et anførselstegn (\"), der ikke lukkes, eller vælg den rigtige fil.",
        "een waarde hier is langer dan {limit:,} tekens; dit lijkt geen tabelexport. Controleer op een aanhalingsteken (\") dat niet wordt gesloten of kies het juiste bestand.",
        "значение здесь длиннее {limit:,} символов — это не похоже на выгрузку таблицы. Проверьте, нет ли незакрытой кавычки (\"), или выберите нужный файл."),
    "The file is not in the chosen text encoding {encoding!r}.": (
        "Filen har inte den valda teckenkodningen {encoding!r}.",
        "Filen har ikke den valgte tegnkodning {encoding!r}.",
        "Het bestand heeft niet de gekozen tekstcodering {encoding!r}.",
        "Файл не в выбранной кодировке {encoding!r}."),
    # io/importer.py, io/mapping.py
    "Could not find a column for: {fields}. Map the columns by hand.": (
        "Hittade ingen kolumn för: {fields}. Koppla kolumnerna för hand.",
        "Fandt ingen kolonne til: {fields}. Tilknyt kolonnerne manuelt.",
        "Geen kolom gevonden voor: {fields}. Koppel de kolommen zelf.",
        "Не найден столбец для: {fields}. Сопоставьте столбцы вручную."),
    "The file could not be imported because of an unexpected problem ({detail}). Details are in the log file.": (
        "Filen kunde inte importeras på grund av ett oväntat problem ({detail}). Detaljer finns i loggfilen.",
        "Filen kunne ikke importeres på grund af et uventet problem ({detail}). Detaljerne står i logfilen.",
        "Het bestand kon niet worden geïmporteerd door een onverwacht probleem ({detail}). Details staan in het logbestand.",
        "Файл не удалось импортировать из-за непредвиденной ошибки ({detail}). Подробности — в файле журнала."),
    "Could not tell whether this file holds sales, customers or survey answers. Choose the kind of data and map its columns.": (
        "Det gick inte att avgöra om filen innehåller försäljning, kunder eller enkätsvar. Välj typ av data och koppla kolumnerna.",
        "Det kunne ikke afgøres, om filen indeholder salg, kunder eller svar fra undersøgelser. Vælg datatypen, og tilknyt kolonnerne.",
        "Niet duidelijk of dit bestand verkopen, klanten of enquêteantwoorden bevat. Kies het soort gegevens en koppel de kolommen.",
        "Не удалось понять, что в файле: продажи, клиенты или ответы опроса. Выберите тип данных и сопоставьте столбцы."),
    # io/project.py
    "{file}: new {noun}: {new}; already in the project: {duplicate}; changed and updated: {updated}; rows rejected: {rejected}.": (
        "{file}: nya {noun}: {new}; fanns redan i projektet: {duplicate}; ändrade och uppdaterade: {updated}; avvisade rader: {rejected}.",
        "{file}: nye {noun}: {new}; allerede i projektet: {duplicate}; ændret og opdateret: {updated}; afviste rækker: {rejected}.",
        "{file}: nieuwe {noun}: {new}; al in het project: {duplicate}; gewijzigd en bijgewerkt: {updated}; afgewezen rijen: {rejected}.",
        "{file}: новых записей ({noun}): {new}; уже в проекте: {duplicate}; изменено и обновлено: {updated}; отклонено строк: {rejected}."),
    "{file}: cannot add {kind!r} data to a project (expected {expected}).": (
        "{file}: kan inte lägga till data av typen {kind!r} i ett projekt (väntade {expected}).",
        "{file}: kan ikke tilføje data af typen {kind!r} til et projekt (forventede {expected}).",
        "{file}: gegevens van het soort {kind!r} kunnen niet aan een project worden toegevoegd (verwacht: {expected}).",
        "{file}: данные типа {kind!r} нельзя добавить в проект (ожидалось: {expected})."),
    "There is no import to undo.": ("Det finns ingen import att ångra.",
                                    "Der er ingen import at fortryde.",
                                    "Er is geen import om ongedaan te maken.",
                                    "Нет импорта, который можно отменить."),
    "The import of {file} cannot be undone because the {table} were changed after it ({detail}).": (
        "Importen av {file} kan inte ångras eftersom {table} har ändrats efteråt ({detail}).",
        "Importen af {file} kan ikke fortrydes, fordi {table} er ændret bagefter ({detail}).",
        "De import van {file} kan niet ongedaan worden gemaakt, omdat de {table} daarna zijn gewijzigd ({detail}).",
        "Импорт {file} нельзя отменить: после него изменились данные ({table}) ({detail})."),
    "Choose a file name to save the project to.": (
        "Välj ett filnamn att spara projektet som.", "Vælg et filnavn at gemme projektet som.",
        "Kies een bestandsnaam om het project op te slaan.",
        "Выберите имя файла для сохранения проекта."),
    "{file}: the saved definitions cannot be used ({detail}).": (
        "{file}: de sparade definitionerna kan inte användas ({detail}).",
        "{file}: de gemte definitioner kan ikke bruges ({detail}).",
        "{file}: de opgeslagen definities zijn niet bruikbaar ({detail}).",
        "{file}: сохранённые определения нельзя использовать ({detail})."),
    "{file}: the settings file cannot be used ({detail}).": (
        "{file}: inställningsfilen kan inte användas ({detail}).",
        "{file}: indstillingsfilen kan ikke bruges ({detail}).",
        "{file}: het instellingenbestand is niet bruikbaar ({detail}).",
        "{file}: файл настроек нельзя использовать ({detail})."),
    # io/project_store.py
    "{file}: the project file does not exist. Check the name and folder and try again.": (
        "{file}: projektfilen finns inte. Kontrollera namnet och mappen och försök igen.",
        "{file}: projektfilen findes ikke. Kontrollér navnet og mappen, og prøv igen.",
        "{file}: het projectbestand bestaat niet. Controleer de naam en de map en probeer het opnieuw.",
        "{file}: файл проекта не существует. Проверьте имя и папку и попробуйте снова."),
    "{file}: this is a folder, not a project file.": (
        "{file}: det här är en mapp, inte en projektfil.", "{file}: dette er en mappe, ikke en projektfil.",
        "{file}: dit is een map, geen projectbestand.", "{file}: это папка, а не файл проекта."),
    "{file}: the file is empty, so it is not a Loyalty Desktop project.": (
        "{file}: filen är tom och är alltså inget Loyalty Desktop-projekt.",
        "{file}: filen er tom og er derfor ikke et Loyalty Desktop-projekt.",
        "{file}: het bestand is leeg en dus geen Loyalty Desktop-project.",
        "{file}: файл пуст, значит, это не проект Loyalty Desktop."),
    "{file}: this is not a Loyalty Desktop project file. Open a .loyalty file, or import spreadsheets with File ▸ Import.": (
        "{file}: det här är ingen projektfil för Loyalty Desktop. Öppna en .loyalty-fil, eller importera kalkylblad med Arkiv ▸ Importera.",
        "{file}: dette er ikke en projektfil til Loyalty Desktop. Åbn en .loyalty-fil, eller importér regneark med Filer ▸ Importér.",
        "{file}: dit is geen projectbestand van Loyalty Desktop. Open een .loyalty-bestand, of importeer spreadsheets met Bestand ▸ Importeren.",
        "{file}: это не файл проекта Loyalty Desktop. Откройте файл .loyalty или импортируйте таблицы через Файл ▸ Импорт."),
    "{file}: this is a database from another program, not a Loyalty Desktop project. Nothing was changed.": (
        "{file}: det här är en databas från ett annat program, inget Loyalty Desktop-projekt. Inget har ändrats.",
        "{file}: dette er en database fra et andet program, ikke et Loyalty Desktop-projekt. Intet er ændret.",
        "{file}: dit is een database van een ander programma, geen Loyalty Desktop-project. Er is niets gewijzigd.",
        "{file}: это база данных другой программы, а не проект Loyalty Desktop. Ничего не изменено."),
    "{file} was saved by a newer version of Loyalty Desktop (project format {found}; this version reads up to {supported}). Please update the app to open it. Nothing was changed.": (
        "{file} sparades av en nyare version av Loyalty Desktop (projektformat {found}; den här versionen läser upp till {supported}). Uppdatera appen för att öppna filen. Inget har ändrats.",
        "{file} er gemt af en nyere version af Loyalty Desktop (projektformat {found}; denne version læser op til {supported}). Opdatér programmet for at åbne filen. Intet er ændret.",
        "{file} is opgeslagen door een nieuwere versie van Loyalty Desktop (projectformaat {found}; deze versie leest tot en met {supported}). Werk de app bij om het te openen. Er is niets gewijzigd.",
        "{file} сохранён более новой версией Loyalty Desktop (формат проекта {found}; эта версия читает до {supported}). Обновите приложение, чтобы открыть его. Ничего не изменено."),
    "{file}: the project file is damaged and cannot be opened ({detail}). Nothing was changed. If you have an autosave or backup copy, open that instead.": (
        "{file}: projektfilen är skadad och kan inte öppnas ({detail}). Inget har ändrats. Om du har en autosparad kopia eller en säkerhetskopia kan du öppna den i stället.",
        "{file}: projektfilen er beskadiget og kan ikke åbnes ({detail}). Intet er ændret. Har du en automatisk gemt kopi eller en sikkerhedskopi, så åbn den i stedet.",
        "{file}: het projectbestand is beschadigd en kan niet worden geopend ({detail}). Er is niets gewijzigd. Heb je een automatisch opgeslagen kopie of een back-up, open die dan.",
        "{file}: файл проекта повреждён и не открывается ({detail}). Ничего не изменено. Если есть автосохранённая или резервная копия, откройте её."),
    "{file}: the file cannot be read ({detail}).": (
        "{file}: filen kan inte läsas ({detail}).", "{file}: filen kan ikke læses ({detail}).",
        "{file}: het bestand kan niet worden gelezen ({detail}).",
        "{file}: не удаётся прочитать файл ({detail})."),
    "Could not save {file}: {detail}. The previous version of the file is unchanged.": (
        "Kunde inte spara {file}: {detail}. Den tidigare versionen av filen är oförändrad.",
        "Kunne ikke gemme {file}: {detail}. Den tidligere version af filen er uændret.",
        "Kon {file} niet opslaan: {detail}. De vorige versie van het bestand is ongewijzigd.",
        "Не удалось сохранить {file}: {detail}. Предыдущая версия файла не изменилась."),
    "Could not save {file}: the setting {key!r} cannot be stored ({detail}).": (
        "Kunde inte spara {file}: inställningen {key!r} kan inte lagras ({detail}).",
        "Kunne ikke gemme {file}: indstillingen {key!r} kan ikke gemmes ({detail}).",
        "Kon {file} niet opslaan: de instelling {key!r} kan niet worden bewaard ({detail}).",
        "Не удалось сохранить {file}: настройку {key!r} нельзя записать ({detail})."),
    "Could not save {file}: the {table} table has two columns named {column!r}.": (
        "Kunde inte spara {file}: tabellen {table} har två kolumner med namnet {column!r}.",
        "Kunne ikke gemme {file}: tabellen {table} har to kolonner med navnet {column!r}.",
        "Kon {file} niet opslaan: de tabel {table} heeft twee kolommen met de naam {column!r}.",
        "Не удалось сохранить {file}: в таблице {table} два столбца с именем {column!r}."),
    # io/reader.py
    "The file does not exist. Check the name and try again.": (
        "Filen finns inte. Kontrollera namnet och försök igen.",
        "Filen findes ikke. Kontrollér navnet, og prøv igen.",
        "Het bestand bestaat niet. Controleer de naam en probeer het opnieuw.",
        "Файл не существует. Проверьте имя и попробуйте снова."),
    "This is a folder, not a file.": ("Det här är en mapp, inte en fil.",
                                      "Dette er en mappe, ikke en fil.",
                                      "Dit is een map, geen bestand.", "Это папка, а не файл."),
    "The compressed file expands to more than {limit} GB; it was not opened (a 'zip bomb'?).": (
        "Den komprimerade filen packas upp till mer än {limit} GB; den öppnades inte (en ”zip-bomb”?).",
        "Den komprimerede fil fylder mere end {limit} GB udpakket; den blev ikke åbnet (en »zip-bombe«?).",
        "Het gecomprimeerde bestand wordt uitgepakt groter dan {limit} GB; het is niet geopend (een ‘zipbom’?).",
        "Сжатый файл распаковывается более чем в {limit} ГБ; он не открыт («zip-бомба»?)."),
    "The compressed file is damaged ({detail}).": (
        "Den komprimerade filen är skadad ({detail}).", "Den komprimerede fil er beskadiget ({detail}).",
        "Het gecomprimeerde bestand is beschadigd ({detail}).", "Сжатый файл повреждён ({detail})."),
    # io/sheet_guard.py, io/spreadsheet.py
    "The sheet \"{sheet}\" spans {rows:,} rows × {cols:,} columns, more than the {limit:,} cells this app can open. Often there is formatting far below or to the right of the data: delete those rows and columns in Excel, or save the sheet as CSV.": (
        "Bladet \"{sheet}\" omfattar {rows:,} rader × {cols:,} kolumner, fler än de {limit:,} celler appen kan öppna. Ofta finns det formatering långt under eller till höger om tabellen: ta bort de raderna och kolumnerna i Excel, eller spara bladet som CSV.",
        "Arket \"{sheet}\" fylder {rows:,} rækker × {cols:,} kolonner, flere end de {limit:,} celler, programmet kan åbne. Ofte er der formatering langt under eller til højre for dataene: slet de rækker og kolonner i Excel, eller gem arket som CSV.",
        "Het blad \"{sheet}\" beslaat {rows:,} rijen × {cols:,} kolommen, meer dan de {limit:,} cellen die deze app kan openen. Vaak staat er opmaak ver onder of rechts van de gegevens: verwijder die rijen en kolommen in Excel, of sla het blad op als CSV.",
        "Лист «{sheet}» размером {rows:,} × {cols:,} (строки × столбцы) — больше, чем может открыть приложение (предел — {limit:,} ячеек). Часто далеко под данными или справа от них есть форматирование: удалите эти строки и столбцы в Excel или сохраните лист как CSV."),
    "The file is damaged or not a real spreadsheet ({detail}).": (
        "Filen är skadad eller inget riktigt kalkylblad ({detail}).",
        "Filen er beskadiget eller ikke et rigtigt regneark ({detail}).",
        "Het bestand is beschadigd of geen echte spreadsheet ({detail}).",
        "Файл повреждён или не является настоящей таблицей ({detail})."),
    "The workbook has no sheet named {sheet!r}. Sheets: {names}.": (
        "Arbetsboken har inget blad som heter {sheet!r}. Blad: {names}.",
        "Projektmappen har intet ark med navnet {sheet!r}. Ark: {names}.",
        "De werkmap heeft geen blad met de naam {sheet!r}. Bladen: {names}.",
        "В книге нет листа {sheet!r}. Листы: {names}."),
    "The workbook has no sheet with data.": (
        "Arbetsboken har inget blad med data.", "Projektmappen har intet ark med data.",
        "De werkmap heeft geen blad met gegevens.", "В книге нет листа с данными."),
    # io/sniff.py
    "The file is empty. Export the data again and choose this new file.": (
        "Filen är tom. Exportera datan igen och välj den nya filen.",
        "Filen er tom. Eksportér dataene igen, og vælg den nye fil.",
        "Het bestand is leeg. Exporteer de gegevens opnieuw en kies dat nieuwe bestand.",
        "Файл пуст. Выгрузите данные ещё раз и выберите новый файл."),
    "This does not look like a table: it contains binary data. Export the data as CSV or Excel (.xlsx) and try again.": (
        "Det här ser inte ut som en tabell: filen innehåller binärdata. Exportera datan som CSV eller Excel (.xlsx) och försök igen.",
        "Dette ligner ikke en tabel: filen indeholder binære data. Eksportér dataene som CSV eller Excel (.xlsx), og prøv igen.",
        "Dit lijkt geen tabel: het bevat binaire gegevens. Exporteer de gegevens als CSV of Excel (.xlsx) en probeer het opnieuw.",
        "Это не похоже на таблицу: в файле двоичные данные. Выгрузите данные в CSV или Excel (.xlsx) и попробуйте снова."),
    "The first line is longer than {limit:,} bytes; this does not look like a table export. Check that you chose the right file.": (
        "Första raden är längre än {limit:,} byte; det ser inte ut som en tabellexport. Kontrollera att du valde rätt fil.",
        "Første linje er længere end {limit:,} byte; det ligner ikke en tabeleksport. Kontrollér, at du har valgt den rigtige fil.",
        "De eerste regel is langer dan {limit:,} bytes; dit lijkt geen tabelexport. Controleer of je het juiste bestand hebt gekozen.",
        "Первая строка длиннее {limit:,} байт — это не похоже на выгрузку таблицы. Проверьте, тот ли файл выбран."),
    "The file has {count:,} or more columns; at most {limit:,} are supported. Check that you chose the right file and delimiter.": (
        "Filen har {count:,} kolumner eller fler; högst {limit:,} stöds. Kontrollera att du valde rätt fil och avgränsare.",
        "Filen har {count:,} kolonner eller flere; højst {limit:,} understøttes. Kontrollér, at du har valgt den rigtige fil og det rigtige skilletegn.",
        "Het bestand heeft {count:,} kolommen of meer; hoogstens {limit:,} worden ondersteund. Controleer of je het juiste bestand en scheidingsteken hebt gekozen.",
        "В файле {count:,} столбцов или больше; поддерживается не более {limit:,}. Проверьте, тот ли файл и разделитель выбраны."),
    # io/transactions.py
    'The dates in column "{column}" could be day/month or month/day (for example "{example}"). Choose the date order in the import window, or set "date_order": "dmy" or "mdy" in the config file.': (
        'Datumen i kolumnen "{column}" kan vara dag/månad eller månad/dag (till exempel "{example}"). Välj datumordning i importfönstret, eller ange "date_order": "dmy" eller "mdy" i konfigurationsfilen.',
        'Datoerne i kolonnen "{column}" kan være dag/måned eller måned/dag (for eksempel "{example}"). Vælg datorækkefølgen i importvinduet, eller angiv "date_order": "dmy" eller "mdy" i konfigurationsfilen.',
        'De datums in kolom "{column}" kunnen dag/maand of maand/dag zijn (bijvoorbeeld "{example}"). Kies de datumvolgorde in het importvenster, of zet "date_order": "dmy" of "mdy" in het configuratiebestand.',
        'Даты в столбце "{column}" могут быть в порядке день/месяц или месяц/день (например, "{example}"). Выберите порядок дат в окне импорта или укажите "date_order": "dmy" или "mdy" в файле настроек.'),
    "The file mixes currencies ({listing}). Import each currency as its own file, or remove the rows in the other currency.": (
        "Filen blandar valutor ({listing}). Importera varje valuta som en egen fil, eller ta bort raderna i den andra valutan.",
        "Filen blander valutaer ({listing}). Importér hver valuta som sin egen fil, eller fjern rækkerne i den anden valuta.",
        "Het bestand bevat meerdere valuta's ({listing}). Importeer elke valuta als een eigen bestand, of verwijder de rijen in de andere valuta.",
        "В файле разные валюты ({listing}). Импортируйте каждую валюту отдельным файлом или удалите строки в другой валюте."),
    # io/rows.py: why a row was rejected
    'the payment has status "{value}": it was never completed, so it is not a purchase': (
        'betalningen har status "{value}": den slutfördes aldrig och är alltså inget köp',
        'betalingen har status "{value}": den blev aldrig gennemført og er derfor ikke et køb',
        'de betaling heeft de status "{value}": die is nooit voltooid en is dus geen aankoop',
        'у платежа статус "{value}": он не был завершён, значит, это не покупка'),
    "the date is empty": ("datumet saknas", "datoen mangler", "de datum ontbreekt", "дата не указана"),
    "this is not a date the app can read": (
        "det här är inget datum som appen kan läsa", "dette er ikke en dato, programmet kan læse",
        "dit is geen datum die de app kan lezen", "это не дата, которую может прочитать приложение"),
    "the amount is empty": ("beloppet saknas", "beløbet mangler", "het bedrag ontbreekt",
                            "сумма не указана"),
    "this is not a number": ("det här är inget tal", "dette er ikke et tal", "dit is geen getal",
                             "это не число"),
    "no customer id, e-mail, phone or name: a guest purchase that cannot be linked to a customer": (
        "inget kund-id, ingen e-post, inget telefonnummer eller namn: ett gästköp som inte kan kopplas till en kund",
        "intet kunde-id, ingen e-mail, intet telefonnummer eller navn: et gæstekøb, der ikke kan knyttes til en kunde",
        "geen klant-id, e-mail, telefoonnummer of naam: een gastaankoop die niet aan een klant te koppelen is",
        "нет ID клиента, e-mail, телефона или имени: гостевая покупка, которую нельзя связать с клиентом"),
    "no customer id, e-mail, phone or name": (
        "inget kund-id, ingen e-post, inget telefonnummer eller namn",
        "intet kunde-id, ingen e-mail, intet telefonnummer eller navn",
        "geen klant-id, e-mail, telefoonnummer of naam", "нет ID клиента, e-mail, телефона или имени"),
    "the same customer as row {row}": ("samma kund som rad {row}", "samme kunde som række {row}",
                                       "dezelfde klant als rij {row}", "тот же клиент, что в строке {row}"),
    "no score, satisfaction, comment or reason in this answer": (
        "svaret saknar poäng, nöjdhet, kommentar och orsak",
        "svaret har hverken score, tilfredshed, kommentar eller årsag",
        "dit antwoord heeft geen score, tevredenheid, opmerking of reden",
        "в ответе нет ни оценки, ни удовлетворённости, ни комментария, ни причины"),
    "an NPS score must be a whole number from 0 to 10": (
        "ett NPS-svar måste vara ett heltal från 0 till 10",
        "en NPS-score skal være et helt tal fra 0 til 10",
        "een NPS-score moet een geheel getal van 0 tot en met 10 zijn",
        "оценка NPS должна быть целым числом от 0 до 10"),
    "a satisfaction answer must be a whole number from 1 to 5": (
        "ett nöjdhetssvar måste vara ett heltal från 1 till 5",
        "et svar om tilfredshed skal være et helt tal fra 1 til 5",
        "een tevredenheidsantwoord moet een geheel getal van 1 tot en met 5 zijn",
        "ответ об удовлетворённости должен быть целым числом от 1 до 5"),
}
