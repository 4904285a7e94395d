<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name />
    <message>
        <source>Customers gained and lost per period</source>
        <translation>Vunna och förlorade kunder per period</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Kom tillbaka</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Retention and churn rate</source>
        <translation>Kvarhållning och kundtapp</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Kvarhållning</translation>
    </message>
    <message>
        <source>Retention incl. returning</source>
        <translation>Kvarhållning inkl. återkomna</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Kundtapp</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Branschvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>% of customers at period start</source>
        <translation>% av kunderna vid periodens början</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <extracomment>NPS category → colour (Okabe–Ito; the passive grey reads as "neither"). Longest category name on a horizontal bar chart's axis before it is shortened with "…".</extracomment>
        <translation>Kritiker (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passiva (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Ambassadörer (9–10)</translation>
    </message>
    <message>
        <source>Net Promoter Score per survey wave</source>
        <translation>Net Promoter Score per enkätomgång</translation>
    </message>
    <message>
        <source>%1: NPS %2 (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: NPS %2 (95 %-intervall %3 till %4), %5 svar</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Osäkert: %1</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (−100 till 100)</translation>
    </message>
    <message>
        <source>Answers to “How likely are you to recommend us?”</source>
        <translation>Svar på ”Hur troligt är det att du rekommenderar oss?”</translation>
    </message>
    <message>
        <source>Score %1: %2 answers (%3)</source>
        <translation>Betyg %1: %2 svar (%3)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Bought again after answering, by satisfaction</source>
        <translation>Handlade igen efter svaret, efter nöjdhet</translation>
    </message>
    <message>
        <source>Bought again after answering, by NPS category</source>
        <translation>Handlade igen efter svaret, efter NPS-grupp</translation>
    </message>
    <message>
        <source>%1: %2 bought again (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: %2 handlade igen (95 %-intervall %3 till %4), %5 svar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>% who bought again</source>
        <translation>% som handlade igen</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>What the comments talk about</source>
        <translation>Vad kommentarerna handlar om</translation>
    </message>
    <message>
        <source>%1: %2 comments — %3 from detractors, %4 from promoters (click for examples)</source>
        <translation>%1: %2 kommentarer — %3 från kritiker, %4 från ambassadörer (klicka för exempel)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Why customers say they left</source>
        <translation>Varför kunderna säger att de slutade</translation>
    </message>
    <message>
        <source>%1: %2 answers (%3)</source>
        <translation>%1: %2 svar (%3)</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of that cause's keywords in its own language (en, sv, da, nl, ru; the keyword lists can be edited); colours show the answer's NPS category. </source>
        <translation>En kommentar räknas till en orsak när den innehåller ett av orsakens nyckelord på sitt eget språk (en, sv, da, nl, ru; listorna går att ändra); färgerna visar svarets NPS-grupp. </translation>
    </message>
    <message>
        <source>Answers to the “why did you leave” question, grouped ignoring case and spacing. </source>
        <translation>Svar på frågan ”varför slutade du handla”, grupperade utan hänsyn till versaler och mellanslag. </translation>
    </message>
    <message>
        <source>No lifetime-value prediction yet, so each customer's value so far is shown (net revenue × margin).</source>
        <extracomment>Histogram bins of the value distribution; the top 5 % is gathered in the last bin so a few very large customers do not squeeze everyone else into the first bar.</extracomment>
        <translation>Ingen prognos för kundvärdet än, så varje kunds värde hittills visas (nettointäkter × marginal).</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value</source>
        <translation>Förväntat kundlivstidsvärde</translation>
    </message>
    <message>
        <source>Customer value so far</source>
        <translation>Kundvärde hittills</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller mer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>%1: %2 customers</source>
        <translation>%1: %2 kunder</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>Value per customer (%1)</source>
        <translation>Värde per kund (%1)</translation>
    </message>
    <message>
        <source>What churned customers cost you</source>
        <translation>Vad förlorade kunder kostar dig</translation>
    </message>
    <message>
        <source>Revenue lost this year</source>
        <translation>Förlorade intäkter i år</translation>
    </message>
    <message>
        <source>Lifetime value lost</source>
        <translation>Förlorat kundlivstidsvärde</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>%1: %2 (%3 customers)</source>
        <translation>%1: %2 (%3 kunder)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>%1 customers churned between %2 and %3. Their purchases in a year came to %4; over the time they would have stayed, they were worth %5 to you.</source>
        <translation>%1 kunder slutade handla mellan %2 och %3. Deras köp under ett år uppgick till %4; under den tid de hade stannat var de värda %5 för dig.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>ett okänt belopp</translation>
    </message>
    <message>
        <source>How long churned customers stayed</source>
        <translation>Hur länge förlorade kunder stannade</translation>
    </message>
    <message>
        <source>%1–%2 months: %3 customers (%4)</source>
        <translation>%1–%2 månader: %3 kunder (%4)</translation>
    </message>
    <message>
        <source>Months from first purchase to churn</source>
        <translation>Månader från första köpet till kundtapp</translation>
    </message>
    <message>
        <source>Share of customers still active, by months since their first purchase</source>
        <translation>Andel kunder som fortfarande är aktiva, efter månader sedan första köpet</translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>median %1 månader</translation>
    </message>
    <message>
        <source>% still active</source>
        <translation>% fortfarande aktiva</translation>
    </message>
    <message>
        <source>Months since first purchase</source>
        <translation>Månader sedan första köpet</translation>
    </message>
    <message>
        <source>%1 months after the first purchase: %2 still active</source>
        <translation>%1 månader efter första köpet: %2 fortfarande aktiva</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktiva kunder</translation>
    </message>
    <message>
        <source>Retention rate (last full period)</source>
        <translation>Kvarhållning (senaste hela period)</translation>
    </message>
    <message>
        <source>Churn rate (last full period)</source>
        <translation>Kundtapp (senaste hela period)</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Andel återkommande köpare</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Genomsnittligt ordervärde</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Average customer lifespan</source>
        <translation>Genomsnittlig kundlivslängd</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Svaghet</translation>
    </message>
    <message>
        <source>On par</source>
        <translation>I nivå</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>branschvärde %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>week</source>
        <translation>vecka</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>halvår</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Inte tillräckligt med data än.</translation>
    </message>
    <message>
        <source>You keep %1 of customers from one %2 to the next</source>
        <translation>Du behåller %1 av kunderna från period till period (%2)</translation>
    </message>
    <message>
        <source>%1 of customers active at the start of the last %2 stopped buying</source>
        <translation>%1 av kunderna som var aktiva i början av den senaste perioden (%2) slutade handla</translation>
    </message>
    <message>
        <source>%1 of your customers have bought more than once</source>
        <translation>%1 av dina kunder har handlat mer än en gång</translation>
    </message>
    <message>
        <source>%1 customers bought recently enough to count as active</source>
        <translation>%1 kunder har handlat nyligen nog för att räknas som aktiva</translation>
    </message>
    <message>
        <source>%1 customers bought from you in the data</source>
        <translation>%1 kunder har handlat hos dig enligt datan</translation>
    </message>
    <message>
        <source>A purchase is worth %1 on average</source>
        <translation>Ett köp är i snitt värt %1</translation>
    </message>
    <message>
        <source>Net revenue after refunds is %1</source>
        <translation>Nettointäkterna efter returer är %1</translation>
    </message>
    <message>
        <source>Customers stay %1 on average (churned ones up to their churn date)</source>
        <translation>Kunderna stannar i snitt %1 (förlorade kunder fram till tappdatumet)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>branschvärde</translation>
    </message>
    <message>
        <source>better than your %1 %2</source>
        <translation>bättre än ditt %1 %2</translation>
    </message>
    <message>
        <source>worse than your %1 %2</source>
        <translation>sämre än ditt %1 %2</translation>
    </message>
    <message>
        <source>equal to your %1 %2</source>
        <translation>lika med ditt %1 %2</translation>
    </message>
    <message>
        <source>Loyal customers over time</source>
        <extracomment>Colour-blind-safe line colours (Okabe–Ito) for up to six compared groups.</extracomment>
        <translation>Lojala kunder över tid</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Andel av kunderna</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Andel av intäkterna</translation>
    </message>
    <message>
        <source>% loyal</source>
        <translation>% lojala</translation>
    </message>
    <message>
        <source>Retention rate by group</source>
        <translation>Kvarhållning per grupp</translation>
    </message>
    <message>
        <source>Customer loyalty report</source>
        <extracomment>Page size by locale: US English readers print on Letter, everyone else on A4.</extracomment>
        <translation>Rapport om kundlojalitet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Data från %1 till %2</translation>
    </message>
    <message>
        <source>Analysis date (as of): %1</source>
        <translation>Analysdatum: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>Made with Loyalty Desktop. Computed on this computer; no data left it.</source>
        <translation>Gjord med Loyalty Desktop. Beräknad på den här datorn; ingen data lämnade den.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Benchmark / target</source>
        <translation>Branschvärde / mål</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kvarhållning</translation>
    </message>
    <message>
        <source>Loyalty and segments</source>
        <translation>Lojalitet och segment</translation>
    </message>
    <message>
        <source>Loyal customers: %1 (%2 of customers), bringing %3 of revenue.</source>
        <translation>Lojala kunder: %1 (%2 av kunderna), som står för %3 av intäkterna.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer loyalty analytics for small businesses. Everything is computed on this computer; nothing is uploaded.</source>
        <translation>Analys av kundlojalitet för små företag. Allt beräknas på den här datorn; inget laddas upp.</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Medföljande komponenter</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Saknas: %1</translation>
    </message>
    <message>
        <source>Columns found in the file: %1</source>
        <translation>Kolumner i filen: %1</translation>
    </message>
    <message>
        <source>Choose the matching columns in the import wizard, or check that this is the right export.</source>
        <translation>Välj rätt kolumner i importguiden, eller kontrollera att det är rätt export.</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Filen kunde inte importeras</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Projektet kunde inte öppnas</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>En fil kunde inte läsas eller sparas</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>An unexpected error stopped this task. Details were written to %1.</source>
        <translation>Ett oväntat fel stoppade uppgiften. Detaljerna finns i %1.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importera data</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Kontrollera hur filen läses</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Typ av data</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Teckenkodning</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Decimaltecken</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumordning</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Largest table</source>
        <translation>Största tabellen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Detected: %1 · %2 · encoding %3 · delimiter %4 · decimal %5 · header row %6 · date order %7</source>
        <translation>Identifierat: %1 · %2 · kodning %3 · avgränsare %4 · decimaltecken %5 · rubrikrad %6 · datumordning %7</translation>
    </message>
    <message>
        <source>generic file</source>
        <translation>vanlig fil</translation>
    </message>
    <message>
        <source>The dates could be day/month or month/day. Choose the date order.</source>
        <translation>Datumen kan vara dag/månad eller månad/dag. Välj datumordning.</translation>
    </message>
    <message>
        <source>Choose the kind of data this file holds.</source>
        <translation>Välj vilken typ av data filen innehåller.</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Vilken kolumn innehåller vad?</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Behövs fortfarande: %1</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Kontrollerar varje rad</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Exportera avvisade rader…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 rejected (%5 guest rows); %6 blank and %7 total rows skipped.</source>
        <translation>%1: %2 rader lästa, %3 importerade, %4 avvisade (%5 gästrader); %6 tomma rader och %7 summarader hoppades över.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Exportera avvisade rader</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2.</source>
        <translation>%1 avvisade rader sparade i %2.</translation>
    </message>
    <message>
        <source>Imported %1 new rows.</source>
        <translation>%1 nya rader importerade.</translation>
    </message>
    <message>
        <source>Opening the demo project…</source>
        <translation>Öppnar demoprojektet…</translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>With more cohorts than this the cells are too small for their numbers; hover still works. Smallest top of the colour scale, so a shop where almost nobody returns is not all yellow.</extracomment>
        <translation>vecka %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>månad %1</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>kvartal %1</translation>
    </message>
    <message>
        <source>half-year %1</source>
        <translation>halvår %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>år %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <source>Share of each cohort buying again, period by period</source>
        <translation>Andel av varje kohort som handlar igen, period för period</translation>
    </message>
    <message>
        <source>Cohort %1, %2: %3 (%4 of %5 customers)</source>
        <translation>Kohort %1, %2: %3 (%4 av %5 kunder)</translation>
    </message>
    <message>
        <source>First column: customers in the cohort. Colours run from dark blue (0 %) to yellow (%1 or more).</source>
        <translation>Första kolumnen: kunder i kohorten. Färgerna går från mörkblått (0 %) till gult (%1 eller mer).</translation>
    </message>
    <message>
        <source>Weeks after the first purchase</source>
        <translation>Veckor efter första köpet</translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Månader efter första köpet</translation>
    </message>
    <message>
        <source>Quarters after the first purchase</source>
        <translation>Kvartal efter första köpet</translation>
    </message>
    <message>
        <source>Half-years after the first purchase</source>
        <translation>Halvår efter första köpet</translation>
    </message>
    <message>
        <source>Years after the first purchase</source>
        <translation>År efter första köpet</translation>
    </message>
    <message>
        <source>Hollow grey points are uncertain: fewer than 30 answers or an interval wider than ±10 points (point at one for the reason).</source>
        <translation>Ihåliga grå punkter är osäkra: färre än 30 svar eller ett intervall bredare än ±10 poäng (peka på en punkt för att se varför).</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>för få svar</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Inget betyg</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Kundvärde</translation>
    </message>
    <message>
        <source>Lost lifetime value</source>
        <translation>Förlorat kundlivstidsvärde</translation>
    </message>
    <message>
        <source>How long customers stay</source>
        <translation>Hur länge kunderna stannar</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Kundåsikter</translation>
    </message>
    <message>
        <source>What customers write</source>
        <translation>Vad kunderna skriver</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Med deras egna ord</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>kritiker</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>ambassadör</translation>
    </message>
    <message>
        <source>Appendix: customers at risk</source>
        <translation>Bilaga: kunder i riskzonen</translation>
    </message>
    <message>
        <source>The %1 customers with the most value at risk, of %2 with a warning sign (%3 at risk in all). The full list is in the win-back export.</source>
        <translation>De %1 kunder med mest värde i riskzonen, av %2 med en varningssignal (%3 i riskzonen totalt). Hela listan finns i exporten för att vinna tillbaka kunder.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Värde i riskzonen</translation>
    </message>
    <message>
        <source>Appendix: imported files</source>
        <translation>Bilaga: importerade filer</translation>
    </message>
    <message>
        <source>No import log is stored with this data.</source>
        <translation>Ingen importlogg finns sparad med dessa data.</translation>
    </message>
    <message>
        <source>Every row of every file is accounted for: rows read = rows accepted + rows rejected. Row numbers are as Excel shows them (the header is row 1).</source>
        <translation>Varje rad i varje fil är redovisad: lästa rader = godkända rader + avvisade rader. Radnumren är som i Excel (rubrikraden är rad 1).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lästa rader</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>First rejected rows of each file</source>
        <translation>De första avvisade raderna i varje fil</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportera diagram som PNG</translation>
    </message>
    <message>
        <source>%1 dpi…</source>
        <translation>%1 dpi…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Exportera diagram som SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Search by customer number, name or e-mail</source>
        <translation>Sök på kundnummer, namn eller e-post</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Första köp</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Senaste köp</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Snittorder</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dagar sedan senaste</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Vanligt uppehåll (dagar)</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>P(still a customer)</source>
        <translation>P(fortfarande kund)</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Förväntat värde</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Varningssignaler</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 av %2 kunder</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Imported data</source>
        <translation>Importerad data</translation>
    </message>
    <message>
        <source>Rejected rows (first 100 per file)</source>
        <translation>Avvisade rader (de första 100 per fil)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lästa rader</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No data yet</source>
        <translation>Ingen data än</translation>
    </message>
    <message>
        <source>Import the sales export of your till or web shop (Excel or CSV) to see how many customers come back. Customer lists and survey answers can be added too. You can also drop the files onto this window.</source>
        <translation>Importera försäljningsexporten från ditt kassasystem eller din webbutik (Excel eller CSV) för att se hur många kunder som kommer tillbaka. Du kan också lägga till kundlistor och enkätsvar. Det går även att dra filerna till det här fönstret.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importera filer…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Öppna demoprojektet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Vad ska exporteras</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>Excel workbook with every table</source>
        <translation>Excel-arbetsbok med alla tabeller</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (Excel)</source>
        <translation>Lista för att vinna tillbaka kunder i riskzonen (Excel)</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (CSV)</source>
        <translation>Lista för att vinna tillbaka kunder i riskzonen (CSV)</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Rapportens delar</translation>
    </message>
    <message>
        <source>Summary of key figures</source>
        <translation>Sammanfattning av nyckeltal</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kvarhållning</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>Customer value and lost value</source>
        <translation>Kundvärde och förlorat värde</translation>
    </message>
    <message>
        <source>Feedback: NPS, satisfaction and comments</source>
        <translation>Kundåsikter: NPS, nöjdhet och kommentarer</translation>
    </message>
    <message>
        <source>Appendix: customers at risk and imported files</source>
        <translation>Bilaga: kunder i riskzonen och importerade filer</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersformat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, öppnas i Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Välj var filen ska sparas.</translation>
    </message>
    <message>
        <source>Choose at least one section for the report.</source>
        <translation>Välj minst en del till rapporten.</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>Skriver Excel-arbetsboken…</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Skriver listan…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat i %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <extracomment>a score bar was clicked: (customer ids, description) of the customers who gave it</extracomment>
        <translation>Kundåsikter</translation>
    </message>
    <message>
        <source>No survey answers yet. Import the export of your NPS or satisfaction survey (Google Forms, SurveyMonkey, Typeform or any spreadsheet with a 0–10 or 1–5 answer column) to see what customers say and whether the satisfied ones buy again.</source>
        <translation>Inga enkätsvar än. Importera exporten från din NPS- eller nöjdhetsenkät (Google Forms, SurveyMonkey, Typeform eller ett kalkylblad med en svarskolumn 0–10 eller 1–5) för att se vad kunderna säger och om de nöjda handlar igen.</translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation>Importera enkätsvar…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>Sök i kommentarerna</translation>
    </message>
    <message>
        <source>Your NPS is %1 from %2 answers (95 % interval %3 to %4).</source>
        <translation>Ditt NPS är %1 från %2 svar (95 %-intervall %3 till %4).</translation>
    </message>
    <message>
        <source>Treat it as uncertain: %1.</source>
        <translation>Se det som osäkert: %1.</translation>
    </message>
    <message>
        <source>%1 of answers are “very satisfied” (5) and %2 are satisfied or very satisfied (4–5), from %3 answers.</source>
        <translation>%1 av svaren är ”mycket nöjd” (5) och %2 är nöjd eller mycket nöjd (4–5), av %3 svar.</translation>
    </message>
    <message>
        <source>Click a bar to read the comments behind it.</source>
        <translation>Klicka på en stapel för att läsa kommentarerna bakom den.</translation>
    </message>
    <message>
        <source>Comments about “%1”:</source>
        <translation>Kommentarer om ”%1”:</translation>
    </message>
    <message>
        <source>No comment long enough to quote.</source>
        <translation>Ingen kommentar är lång nog att citera.</translation>
    </message>
    <message>
        <source>Customers who answered %1</source>
        <translation>Kunder som svarade %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>ambassadör</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passiv</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>kritiker</translation>
    </message>
    <message>
        <source>%1 of %2 comments</source>
        <translation>%1 av %2 kommentarer</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <source>Add condition to group</source>
        <translation>Lägg till villkor i gruppen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Ta bort gruppen</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Cohorts of this group: share still buying k periods after their first purchase</source>
        <translation>Kohorter i gruppen: andel som fortfarande handlar k perioder efter första köpet</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customers.</source>
        <translation><numerusform>%1: %n kund.</numerusform><numerusform>%1: %n kunder.</numerusform></translation>
    </message>
    <message>
        <source>Annual retention: %1.</source>
        <translation>Kvarhållning per år: %1.</translation>
    </message>
    <message>
        <source>NPS %1 from %2 answers</source>
        <translation>NPS %1 från %2 svar</translation>
    </message>
    <message>
        <source> (95 % interval %1 to %2)</source>
        <translation> (95 %-intervall %1 till %2)</translation>
    </message>
    <message numerus="yes">
        <source>Lost in the last year: %n customers, %2 a year in revenue, %3 lifetime value.</source>
        <translation><numerusform>Förlorat senaste året: %n kund, %2 per år i intäkter, %3 i kundlivstidsvärde.</numerusform><numerusform>Förlorat senaste året: %n kunder, %2 per år i intäkter, %3 i kundlivstidsvärde.</numerusform></translation>
    </message>
    <message>
        <source>Predicted value per customer: %1.</source>
        <translation>Förväntat värde per kund: %1.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language: %1. New charts, dialogs and reports use it now; restart Loyalty Desktop to show every page in it.</source>
        <translation>Språk: %1. Nya diagram, dialogrutor och rapporter använder det redan; starta om Loyalty Desktop för att se alla sidor på det.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty Desktop</source>
        <translation>Loyalty Desktop</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kvarhållning</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importera filer…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exportera &amp;PDF-rapport…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Export &amp;Excel workbook…</source>
        <translation>Exportera &amp;Excel-arbetsbok…</translation>
    </message>
    <message>
        <source>Export &amp;win-back list…</source>
        <translation>Exportera lista för att &amp;vinna tillbaka kunder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Loyalty Desktop</source>
        <translation>&amp;Om Loyalty Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message numerus="yes">
        <source>%n customers analysed.</source>
        <translation><numerusform>%n kund analyserad.</numerusform><numerusform>%n kunder analyserade.</numerusform></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (%1)</source>
        <translation>Kalkylblad och textexporter (%1)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exportera PDF-rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Skriver PDF-rapporten…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapporten sparades i %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat i %1</translation>
    </message>
    <message>
        <source>About Loyalty Desktop</source>
        <translation>Om Loyalty Desktop</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Kundvärde</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Kundåsikter</translation>
    </message>
    <message>
        <source>Loyalty &amp; segments</source>
        <translation>Lojalitet och segment</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>”%1” är inget tal.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Ange ett heltal.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Ange minst %1.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Ange högst %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>&amp;New project</source>
        <extracomment>Kept in an autosave copy's settings: which file it belongs to and when it was made.</extracomment>
        <translation>&amp;Nytt projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Spara projekt</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Spara projekt s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>Ån&amp;gra senaste import</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Loyalty Desktop</source>
        <translation>Loyalty Desktop</translation>
    </message>
    <message>
        <source>Took back the import of %1: %2 new rows removed, %3 changed rows restored.</source>
        <translation>Importen av %1 ångrades: %2 nya rader togs bort, %3 ändrade rader återställdes.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>Loyalty Desktop projects (*%1)</source>
        <translation>Loyalty Desktop-projekt (*%1)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Min butik</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Spara projekt som</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Sparar %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat i %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Vill du spara ändringarna i %1?</translation>
    </message>
    <message>
        <source>If you don't save, the changes since the last save are lost.</source>
        <translation>Om du inte sparar försvinner ändringarna sedan du sparade senast.</translation>
    </message>
    <message>
        <source>Autosaving…</source>
        <translation>Sparar automatiskt…</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>ett namnlöst projekt</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Återställa osparat arbete?</translation>
    </message>
    <message>
        <source>Loyalty Desktop did not close normally. Changes to %1 from %2 were kept. Restore them?</source>
        <translation>Loyalty Desktop stängdes inte på vanligt sätt. Ändringar i %1 från %2 har sparats. Vill du återställa dem?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <extracomment>a heat-map cell was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Kvarhållning</translation>
    </message>
    <message>
        <source>Cohort %1, %2</source>
        <translation>Kohort %1, %2</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>e.g. Regulars</source>
        <translation>t.ex. Stamkunder</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Lägg till villkor</translation>
    </message>
    <message>
        <source>Add group (any/all)</source>
        <translation>Lägg till grupp (någon/alla)</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Ge den ett namn.</translation>
    </message>
    <message>
        <source>Another segment is already called “%1”.</source>
        <translation>Ett annat segment heter redan ”%1”.</translation>
    </message>
</context>
<context>
    <name>SegmentMetricsView</name>
    <message>
        <source>Compare retention of</source>
        <translation>Jämför kvarhållningen för</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Andel av kunderna</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Andel av intäkterna</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Kvarhållning</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Retention rate = customers still active at the end of the period ÷ active at its start.</source>
        <translation>Kvarhållning = kunder som fortfarande är aktiva vid periodens slut ÷ aktiva vid dess början.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Loyalty and segments</source>
        <translation>Lojalitet och segment</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Save and recalculate</source>
        <translation>Spara och räkna om</translation>
    </message>
    <message>
        <source>What loyal means</source>
        <translation>Vad lojal betyder</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Goals and settings</source>
        <translation>Mål och inställningar</translation>
    </message>
    <message>
        <source>Say what a loyal customer is for your business. Start from a template and adjust the numbers.</source>
        <translation>Beskriv vad en lojal kund är för ditt företag. Utgå från en mall och justera siffrorna.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Utgå från en mall</translation>
    </message>
    <message>
        <source>Loyal = %1, as of each period's end. Survey answers and model estimates use today's values.</source>
        <translation>Lojal = %1, räknat vid varje periods slut. Enkätsvar och modellberäkningar använder dagens värden.</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nytt segment</translation>
    </message>
    <message>
        <source>Add from a template</source>
        <translation>Lägg till från mall</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Edit loyalty criteria</source>
        <translation>Ändra lojalitetskriterier</translation>
    </message>
    <message>
        <source>Correct the marked fields to see how many customers match.</source>
        <translation>Rätta de markerade fälten för att se hur många kunder som matchar.</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Ändra segment</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>Använd mallen %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Duplicera segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Ta bort segment</translation>
    </message>
    <message>
        <source>Move segment</source>
        <translation>Flytta segment</translation>
    </message>
    <message>
        <source>Import sales data to see how many customers match.</source>
        <translation>Importera försäljningsdata för att se hur många kunder som matchar.</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3).</source>
        <translation>%1 av %2 kunder matchar (%3).</translation>
    </message>
    <message>
        <source>Correct the criteria to see your loyal customers.</source>
        <translation>Rätta kriterierna för att se dina lojala kunder.</translation>
    </message>
    <message>
        <source>%1 loyal customers: %2 of all customers, bringing %3 of revenue. Retention rate %4.</source>
        <translation>%1 lojala kunder: %2 av alla kunder, som står för %3 av intäkterna. Kvarhållning %4.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Rätta först de markerade fälten.</translation>
    </message>
</context>
<context>
    <name>SettingsForms</name>
    <message>
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Share of revenue you keep after the cost of goods; 100 % counts revenue as value.</source>
        <translation>Den andel av intäkterna du behåller efter varukostnaden; 100 % räknar hela intäkten som värde.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% per år</translation>
    </message>
    <message>
        <source>How much less money next year is worth to you than money today.</source>
        <translation>Hur mycket mindre pengar nästa år är värda för dig än pengar i dag.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>How long a customer stays; leave empty to derive it from your retention.</source>
        <translation>Hur länge en kund stannar; lämna tomt för att räkna fram det från din kvarhållning.</translation>
    </message>
    <message>
        <source>from your data</source>
        <translation>från dina data</translation>
    </message>
    <message>
        <source>Inactivity window</source>
        <translation>Inaktivitetsfönster</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskonteringsränta</translation>
    </message>
    <message>
        <source>Expected lifetime</source>
        <translation>Förväntad livslängd</translation>
    </message>
    <message>
        <source>Retention spend</source>
        <translation>Kostnad för att behålla kunder</translation>
    </message>
    <message>
        <source>Benchmarks and goals</source>
        <translation>Branschvärden och mål</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Industry benchmark</source>
        <translation>Branschvärde</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Ditt mål</translation>
    </message>
    <message>
        <source>money</source>
        <translation>belopp</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Högre är bättre.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Lägre är bättre.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost. Suggested: %1 days, %2.</source>
        <translation>En kund som inte har handlat på så här många dagar räknas som förlorad. Förslag: %1 dagar, %2.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost; leave empty to use the suggestion from your data.</source>
        <translation>En kund som inte har handlat på så här många dagar räknas som förlorad; lämna tomt för att använda förslaget från dina data.</translation>
    </message>
</context>
<context>
    <name>SpendField</name>
    <message>
        <source>What you spent on keeping customers (discounts, loyalty cards, mailings) per period, one period per line.</source>
        <translation>Vad du lade på att behålla kunder (rabatter, stamkundskort, utskick) per period, en period per rad.</translation>
    </message>
    <message>
        <source>Line %1: write a period and an amount, e.g. “2024-01 5000”.</source>
        <translation>Rad %1: skriv en period och ett belopp, t.ex. ”2024-01 5000”.</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>and</source>
        <translation>och</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>värden åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Ange minst ett värde.</translation>
    </message>
    <message>
        <source>Enter numbers separated by commas.</source>
        <translation>Ange tal åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Ange ett värde.</translation>
    </message>
    <message>
        <source>“%1” is not a number; enter digits, e.g. 12 or 12.5.</source>
        <translation>”%1” är inget tal; skriv siffror, t.ex. 12 eller 12.5.</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>Value</source>
        <translation>Kundvärde</translation>
    </message>
    <message>
        <source>Import your sales to see what your customers are worth.</source>
        <translation>Importera din försäljning för att se vad dina kunder är värda.</translation>
    </message>
    <message>
        <source>Your %1 customers are expected to bring %2 over the next %3 months (%4 per customer on average, after margin and discounting).</source>
        <translation>Dina %1 kunder väntas ge %2 under de kommande %3 månaderna (i snitt %4 per kund, efter marginal och diskontering).</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Så här: %1.</translation>
    </message>
    <message>
        <source>Your %1 customers have brought %2 so far, after margin.</source>
        <translation>Dina %1 kunder har hittills gett %2, efter marginal.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller mer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>Customers worth %1</source>
        <translation>Kunder värda %1</translation>
    </message>
    <message>
        <source>The value lost with churned customers is not computed for this project yet.</source>
        <translation>Värdet som försvann med förlorade kunder är inte beräknat för det här projektet än.</translation>
    </message>
    <message>
        <source>%1 customers have churned; half of them stayed less than %2 months.</source>
        <translation>%1 kunder har slutat handla; hälften av dem stannade kortare än %2 månader.</translation>
    </message>
    <message>
        <source>Average lifespan so far: %1; Kaplan–Meier median lifetime: %2.</source>
        <translation>Genomsnittlig livslängd hittills: %1; Kaplan–Meier-median: %2.</translation>
    </message>
    <message>
        <source>Churned after %1–%2 months</source>
        <translation>Slutade efter %1–%2 månader</translation>
    </message>
</context>
<context>
    <name>_Units</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagar</numerusform></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>All of these are true</source>
        <translation>Alla dessa gäller</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Någon av dessa gäller</translation>
    </message>
</context>
<context><name>clv</name><message><source>there are no customers</source><translation>det finns inga kunder</translation></message><message><source>the data do not look like repeat buying by customers who differ: {meaning} ({name} = {value:.3g})</source><translation>datan ser inte ut som återkommande köp från olika kunder: {meaning} ({name} = {value:.3g})</translation></message><message><source>everybody seems to buy at the same rate</source><translation>alla verkar handla lika ofta</translation></message><message><source>almost nobody seems to stop buying</source><translation>nästan ingen verkar sluta handla</translation></message><message><source>the holdout end must come after the calibration end</source><translation>slutet på testperioden måste komma efter slutet på anpassningsperioden</translation></message><message><source>only {repeat} customers bought more than once before {end}; the check needs at least {minimum}</source><translation>bara {repeat} kunder handlade mer än en gång före {end}; kontrollen behöver minst {minimum}</translation></message><message><source>the {title} model could not be fitted on the calibration period ({why})</source><translation>modellen {title} kunde inte anpassas på anpassningsperioden ({why})</translation></message><message><source>{title} fitted on {customers:,} customers up to {end}; checked against {weeks:.0f} holdout weeks</source><translation>{title} anpassad på {customers:,} kunder fram till {end}; kontrollerad mot {weeks:.0f} testveckor</translation></message><message><source>{title} and Gamma-Gamma fitted on {customers:,} customers ({repeat:,} bought more than once); {horizon} months ahead, in {unit}s</source><translation>{title} och Gamma-Gamma anpassade på {customers:,} kunder ({repeat:,} handlade mer än en gång); {horizon} månader framåt, tidsenhet {unit}</translation></message><message><source>only {repeat} of {customers:,} customers bought more than once (the prediction needs at least {minimum}), so the simple CLV is used</source><translation>bara {repeat} av {customers:,} kunder handlade mer än en gång (prognosen behöver minst {minimum}), så det enkla kundvärdet används</translation></message><message><source>the {title} model could not be fitted, so the simple CLV is used: {why}</source><translation>modellen {title} kunde inte anpassas, så det enkla kundvärdet används: {why}</translation></message><message><source>spend per purchase could not be modelled, so the simple CLV is used: {why}</source><translation>beloppet per köp kunde inte modelleras, så det enkla kundvärdet används: {why}</translation></message><message><source>the prediction was not a finite number for some customers, so the simple CLV is used</source><translation>prognosen blev inte ett ändligt tal för vissa kunder, så det enkla kundvärdet används</translation></message><message><source>; annual retention has not been measured, so only the coming year's value is counted</source><translation>; den årliga kvarhållningen har inte kunnat mätas, så bara det kommande årets värde räknas</translation></message><message><source>; measured annual retention {retention:.0%}</source><translation>; uppmätt årlig kvarhållning {retention:.0%}</translation></message><message><source>; with 100 % retention and no discount rate the value has no limit, so only the coming year is counted (set a discount rate)</source><translation>; med 100 % kvarhållning och ingen diskonteringsränta har värdet ingen gräns, så bara det kommande året räknas (ange en diskonteringsränta)</translation></message><message><source>there are no purchases to value</source><translation>det finns inga köp att värdera</translation></message><message><source>Summarising purchases</source><translation>Sammanställer köpen</translation></message><message><source>Fitting the {title} purchase model</source><translation>Anpassar köpmodellen {title}</translation></message><message><source>Fitting spend per purchase</source><translation>Anpassar belopp per köp</translation></message><message><source>Predicting purchases</source><translation>Förutsäger köp</translation></message><message><source>Done</source><translation>Klart</translation></message></context><context><name>comments</name><message><source>(no answer)</source><translation>(inget svar)</translation></message><message><source>The keyword groups could not be read; the standard groups are used.</source><translation>Nyckelordsgrupperna kunde inte läsas; standardgrupperna används.</translation></message><message><source>Keyword group “{group}” could not be read and was left out.</source><translation>Nyckelordsgruppen ”{group}” kunde inte läsas och utelämnades.</translation></message><message><source>Keyword group “{group}”: language “{lang}” is not one of en, sv, da, nl, ru and was left out.</source><translation>Nyckelordsgruppen ”{group}”: språket ”{lang}” är inte ett av en, sv, da, nl, ru och utelämnades.</translation></message></context><context><name>compare</name><message><source>{a} keep {pa} and {b} {pb}; {verdict} ({p}).</source><translation>{a} behåller {pa} och {b} {pb}; {verdict} ({p}).</translation></message><message><source>a difference this large is very unlikely to be chance</source><translation>en så stor skillnad är mycket osannolik som slump</translation></message><message><source>a difference this large is unlikely to be chance</source><translation>en så stor skillnad är knappast slumpen</translation></message><message><source>a difference this large could well be chance</source><translation>en så stor skillnad kan mycket väl vara slumpen</translation></message><message><source>{a} and {b} both keep {pa}; there is no difference.</source><translation>{a} och {b} behåller båda {pa}; det finns ingen skillnad.</translation></message><message><source>There are no customers in {name} who could have churned yet, so there is nothing to compare.</source><translation>Det finns inga kunder i {name} som hade hunnit försvinna än, så det finns inget att jämföra.</translation></message><message><source>{a} and {b} both keep {pa} of their customers; there is no difference to test.</source><translation>{a} och {b} behåller båda {pa} av sina kunder; det finns ingen skillnad att testa.</translation></message><message><source> The groups are small, so treat this only as a rough guide.</source><translation> Grupperna är små, så se detta bara som en grov fingervisning.</translation></message><message><source>this group</source><translation>den här gruppen</translation></message><message><source>the rest</source><translation>övriga</translation></message></context><context><name>costs</name><message><source>enter your retention spend per period to see what keeping customers costs</source><translation>ange din kostnad för att behålla kunder per period för att se vad det kostar</translation></message><message><source>no sales data for this period</source><translation>inga försäljningsdata för perioden</translation></message><message><source>no spend entered for this period, so there is no ratio</source><translation>ingen kostnad angiven för perioden, så det finns ingen kvot</translation></message><message><source>period still running: revenue so far</source><translation>perioden pågår fortfarande: intäkter hittills</translation></message><message><source>revenue from retained customers came with the spend; it does not prove the spend caused it</source><translation>intäkterna från kvarhållna kunder kom samtidigt med kostnaden; det bevisar inte att kostnaden orsakade dem</translation></message></context><context><name>customers</name><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days (rounded up to {days} days)</source><translation>förslag från dina data: 80 % av återköpen sker inom {p80:.0f} dagar (avrundat uppåt till {days} dagar)</translation></message><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days; limited to {days} days</source><translation>förslag från dina data: 80 % av återköpen sker inom {p80:.0f} dagar; begränsat till {days} dagar</translation></message><message><source>a default of {days} days: only {n} customers bought more than once, too few to suggest a window from your data</source><translation>standardvärdet {days} dagar: bara {n} kunder handlade mer än en gång, för få för att föreslå ett fönster från dina data</translation></message><message><source>chosen by you</source><translation>valt av dig</translation></message></context><context><name>describe</name><message><source>Weekly</source><translation>Veckovisa</translation></message><message><source>Monthly</source><translation>Månadsvisa</translation></message><message><source>Quarterly</source><translation>Kvartalsvisa</translation></message><message><source>Half-yearly</source><translation>Halvårsvisa</translation></message><message><source>Yearly</source><translation>Årsvisa</translation></message><message><source>week</source><translation>vecka</translation></message><message><source>month</source><translation>månad</translation></message><message><source>quarter</source><translation>kvartal</translation></message><message><source>half-year</source><translation>halvår</translation></message><message><source>year</source><translation>år</translation></message><message><source>a customer counts as churned after {days} days without a purchase</source><translation>en kund räknas som förlorad efter {days} dagar utan köp</translation></message><message><source> ({reason})</source><translation> ({reason})</translation></message><message><source>refunds are not counted as purchases</source><translation>returer räknas inte som köp</translation></message><message><source>refunds count as activity</source><translation>returer räknas som aktivitet</translation></message><message><source>data up to {as_of}</source><translation>data till och med {as_of}</translation></message><message><source>no data yet</source><translation>ingen data än</translation></message><message><source>{Periods} periods; {window}; {refunds}; {data}.</source><translation>{Periods} perioder; {window}; {refunds}; {data}.</translation></message><message><source>{Periods} cohorts by the {period} of the first purchase; each cell is the share of the cohort that bought in that {period} (no inactivity window); {refunds}; {data}.</source><translation>{Periods} kohorter efter perioden för första köpet ({period}); varje cell är andelen av kohorten som handlade under den perioden (inget inaktivitetsfönster); {refunds}; {data}.</translation></message><message><source>Lifespan from the first purchase to the churn date, or to {as_of} for active customers (the Kaplan–Meier median counts them as still running); {window}; {refunds}; {data}.</source><translation>Livslängd från första köpet till tappdatumet, eller till {as_of} för aktiva kunder (Kaplan–Meier-medianen räknar dem som pågående); {window}; {refunds}; {data}.</translation></message><message><source>Months from the first purchase to the churn date, churned customers only; {window}; {refunds}; {data}.</source><translation>Månader från första köpet till tappdatumet, endast förlorade kunder; {window}; {refunds}; {data}.</translation></message><message><source>Value = net revenue after refunds × {margin} margin; a purchase is an order with a positive amount; {refunds}; {data}.</source><translation>Värde = nettointäkter efter returer × {margin} marginal; ett köp är en order med positivt belopp; {refunds}; {data}.</translation></message><message><source>Customers whose churn date is between {start} and {end}; annual net revenue × {margin} margin × {lifetime}, discounted at {discount} a year; {window}; {data}.</source><translation>Kunder vars tappdatum ligger mellan {start} och {end}; årliga nettointäkter × {margin} marginal × {lifetime}, diskonterat med {discount} per år; {window}; {data}.</translation></message><message><source>an expected lifetime of {years} years (set by you)</source><translation>en förväntad livslängd på {years} år (angiven av dig)</translation></message><message><source>an expected lifetime of 1 / (1 − annual retention) years</source><translation>en förväntad livslängd på 1 / (1 − årlig kvarhållning) år</translation></message><message><source>Retention spend you entered minus the revenue from customers retained in each {period} (active at its start and at its end); {window}; {data}.</source><translation>Kostnaden för att behålla kunder som du angett minus intäkterna från kvarhållna kunder i varje period ({period}; aktiva vid periodens början och slut); {window}; {data}.</translation></message><message><source>Return rate = orders with a net amount of zero or less ÷ all orders; returned share = refunded money ÷ revenue before refunds; {refunds}; {data}.</source><translation>Returandel = ordrar med nettobelopp noll eller mindre ÷ alla ordrar; returnerad andel = återbetalda pengar ÷ intäkter före returer; {refunds}; {data}.</translation></message><message><source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % confidence interval; {waves}; {data}.</source><translation>NPS = % ambassadörer (9–10) − % kritiker (0–6), från −100 till 100, med ett 95 %-konfidensintervall; {waves}; {data}.</translation></message><message><source>waves as given in your survey file</source><translation>omgångar enligt din enkätfil</translation></message><message><source>{waves} waves by answer date</source><translation>{waves} omgångar efter svarsdatum</translation></message><message><source>Satisfaction 1–5: top box = 5, top two boxes = 4–5; repurchase = bought again within {repurchase} days after answering; {refunds}; {data}.</source><translation>Nöjdhet 1–5: högsta betyget = 5, två högsta betygen = 4–5; återköp = handlade igen inom {repurchase} dagar efter svaret; {refunds}; {data}.</translation></message><message><source>Predicted value over the next {horizon} months × {margin} margin, discounted at {discount} a year (BG/NBD and Gamma-Gamma models, or 1 / (1 − annual retention) years when there are too few repeat customers); {refunds}; {data}.</source><translation>Förväntat värde under de kommande {horizon} månaderna × {margin} marginal, diskonterat med {discount} per år (modellerna BG/NBD och Gamma-Gamma, eller 1 / (1 − årlig kvarhållning) år när det finns för få återkommande kunder); {refunds}; {data}.</translation></message><message><source>Segments follow your rules over each customer's figures; {window}; {refunds}; {data}.</source><translation>Segmenten följer dina regler för varje kunds siffror; {window}; {refunds}; {data}.</translation></message><message><source>RFM scores 1–5 by fifths of recency, frequency and money spent; {refunds}; {data}.</source><translation>RFM-poäng 1–5 efter femtedelar av senaste köp, köpfrekvens och köpbelopp; {refunds}; {data}.</translation></message><message><source>At risk: overdue (more than 1.5 × their usual gap since the last purchase), buying less often, a low score, recent returns or a low chance of still being a customer; {window}; {data}.</source><translation>I riskzonen: försenade (mer än 1,5 × sitt vanliga uppehåll sedan senaste köpet), handlar mer sällan, lågt betyg, nyliga returer eller liten chans att fortfarande vara kund; {window}; {data}.</translation></message><message><source>{Window}; {refunds}; {data}.</source><translation>{Window}; {refunds}; {data}.</translation></message><message><source>Share of customers still active, counting only customers who first bought more than {days} days before {as_of}; two-proportion z-test; {window}; {data}.</source><translation>Andel kunder som fortfarande är aktiva, bara kunder som handlade första gången mer än {days} dagar före {as_of}; z-test för två andelar; {window}; {data}.</translation></message></context><context><name>excel</name><message><source>Summary</source><translation>Sammanfattning</translation></message><message><source>Retention</source><translation>Kvarhållning</translation></message><message><source>Cohorts</source><translation>Kohorter</translation></message><message><source>Customers</source><translation>Kunder</translation></message><message><source>At risk</source><translation>I riskzonen</translation></message><message><source>NPS waves</source><translation>NPS-omgångar</translation></message><message><source>Satisfaction</source><translation>Nöjdhet</translation></message><message><source>Segments</source><translation>Segment</translation></message><message><source>Imports</source><translation>Importer</translation></message><message><source>Rejected rows</source><translation>Avvisade rader</translation></message><message><source>Definitions</source><translation>Definitioner</translation></message><message><source>Key figure</source><translation>Nyckeltal</translation></message><message><source>Value</source><translation>Värde</translation></message><message><source>Benchmark</source><translation>Branschvärde</translation></message><message><source>Target</source><translation>Mål</translation></message><message><source>Assessment</source><translation>Bedömning</translation></message><message><source>Cohort</source><translation>Kohort</translation></message><message><source>Customers in cohort</source><translation>Kunder i kohorten</translation></message><message><source>Period {k}</source><translation>Period {k}</translation></message><message><source>Chart</source><translation>Diagram</translation></message><message><source>Definitions used</source><translation>Använda definitioner</translation></message><message><source>Setting</source><translation>Inställning</translation></message><message><source>File</source><translation>Fil</translation></message><message><source>Row</source><translation>Rad</translation></message><message><source>Column</source><translation>Kolumn</translation></message><message><source>Reason</source><translation>Orsak</translation></message><message><source>Customer</source><translation>Kund</translation></message><message><source>E-mail</source><translation>E-post</translation></message><message><source>NPS score</source><translation>NPS-betyg</translation></message><message><source>NPS category</source><translation>NPS-grupp</translation></message><message><source>Chance still a customer</source><translation>Chans att fortfarande vara kund</translation></message><message><source>Predicted value</source><translation>Förväntat värde</translation></message><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>Answers</source><translation>Svar</translation></message><message><source>95 % CI low</source><translation>95 % KI nedre</translation></message><message><source>95 % CI high</source><translation>95 % KI övre</translation></message><message><source>95 % CI low (adjusted Wald)</source><translation>95 % KI nedre (justerad Wald)</translation></message><message><source>95 % CI high (adjusted Wald)</source><translation>95 % KI övre (justerad Wald)</translation></message><message><source>Chart or setting</source><translation>Diagram eller inställning</translation></message><message><source>Definition</source><translation>Definition</translation></message><message><source>Value at risk</source><translation>Värde i riskzonen</translation></message><message><source>Why</source><translation>Varför</translation></message></context><context><name>lifespan</name><message><source>no customers yet</source><translation>inga kunder än</translation></message><message><source>more than half of your customers are still active after {days} days, the longest time observed, so the median lifetime is longer than that</source><translation>mer än hälften av dina kunder är fortfarande aktiva efter {days} dagar, den längsta tid som observerats, så medianlivslängden är längre än så</translation></message><message><source>no customer has churned yet, so there is no lifecycle to show</source><translation>ingen kund har slutat handla än, så det finns ingen livscykel att visa</translation></message></context><context><name>loyal_history</name><message><source>Loyal customers in {period}</source><translation>Lojala kunder under {period}</translation></message><message><source>Survey answers and model estimates use today's values for every period.</source><translation>Enkätsvar och modellberäkningar använder dagens värden för alla perioder.</translation></message></context><context><name>nps</name><message><source>only {n} answers (fewer than {min}); treat the score as a rough indication</source><translation>bara {n} svar (färre än {min}); se värdet som en grov fingervisning</translation></message><message><source>only one answer; treat the score as a rough indication</source><translation>bara ett svar; se värdet som en grov fingervisning</translation></message><message><source>the 95 % interval is ±{half:.1f} points wide (more than ±{max:.0f})</source><translation>95 %-intervallet är ±{half:.1f} poäng brett (mer än ±{max:.0f})</translation></message><message><source>no answers</source><translation>inga svar</translation></message><message><source>The rise from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Ökningen från {a:.0f} till {b:.0f} kan vara slumpen: p = {p:.2f}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Minskningen från {a:.0f} till {b:.0f} kan vara slumpen: p = {p:.2f}.</translation></message><message><source>The rise from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Ökningen från {a:.0f} till {b:.0f} är knappast slumpen: p {p_text}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Minskningen från {a:.0f} till {b:.0f} är knappast slumpen: p {p_text}.</translation></message><message><source>{a_label} and {b_label} have the same score ({a:.0f}); there is no difference to explain.</source><translation>{a_label} och {b_label} har samma värde ({a:.0f}); det finns ingen skillnad att förklara.</translation></message><message><source>{a_label} and {b_label} cannot be compared: one of them has no answers.</source><translation>{a_label} och {b_label} kan inte jämföras: en av dem saknar svar.</translation></message><message><source>no date</source><translation>inget datum</translation></message><message><source>The answers have no wave column, so waves are half-years of the answer date instead.</source><translation>Svaren har ingen kolumn för omgång, så omgångarna är i stället halvår efter svarsdatum.</translation></message><message><source>Loyal</source><translation>Lojala</translation></message><message><source>Rest</source><translation>Övriga</translation></message></context><context><name>representativeness</name><message><source>spend band</source><translation>beloppsgrupp</translation></message><message><source>{lo:,.0f}–{hi:,.0f}</source><translation>{lo:,.0f}–{hi:,.0f}</translation></message><message><source>Your {n} respondents look like your customers by {dimension} (chi-square p = {p:.2f}): no group is clearly over- or under-represented.</source><translation>Dina {n} svarande liknar dina kunder när det gäller {dimension} (chi-två p = {p:.2f}): ingen grupp är tydligt över- eller underrepresenterad.</translation></message><message><source>Your respondents differ from your customers by {dimension} (chi-square p {p_text}): {over} is over-represented ({over_resp:.0%} of answers vs {over_cust:.0%} of customers) and {under} under-represented ({under_resp:.0%} vs {under_cust:.0%}). Keep that in mind when reading the survey results.</source><translation>De svarande skiljer sig från dina kunder när det gäller {dimension} (chi-två p {p_text}): {over} är överrepresenterad ({over_resp:.0%} av svaren mot {over_cust:.0%} av kunderna) och {under} underrepresenterad ({under_resp:.0%} mot {under_cust:.0%}). Tänk på det när du läser enkätresultaten.</translation></message><message><source> Some groups are small, so the test is only a rough guide.</source><translation> Vissa grupper är små, så testet är bara en grov fingervisning.</translation></message><message><source>All customers are in one {dimension} group; there is nothing to compare.</source><translation>Alla kunder är i samma grupp för {dimension}; det finns inget att jämföra.</translation></message><message><source>None of your customers answered the survey (or answers could not be matched to customers), so representativeness cannot be judged.</source><translation>Ingen av dina kunder svarade på enkäten (eller svaren kunde inte kopplas till kunder), så representativiteten kan inte bedömas.</translation></message><message><source>(none)</source><translation>(ingen)</translation></message></context><context><name>responses</name><message><source>{matched} of {n} answers ({rate:.0%}) matched a customer: {by_id} by customer id, {by_email} by e-mail. Unmatched answers still count for NPS.</source><translation>{matched} av {n} svar ({rate:.0%}) kopplades till en kund: {by_id} via kundnummer, {by_email} via e-post. Svar utan kund räknas ändå i NPS.</translation></message><message><source>There are no survey answers to match.</source><translation>Det finns inga enkätsvar att koppla.</translation></message><message><source>“{value}” is not a score from {low} to {high}</source><translation>”{value}” är inget betyg från {low} till {high}</translation></message><message><source>“{value}” is not a date and time</source><translation>”{value}” är inget datum och klockslag</translation></message></context><context><name>retention</name><message><source>no active customers at the start of this period, so there is nothing to retain</source><translation>inga aktiva kunder i början av perioden, så det finns inget att behålla</translation></message><message><source>period still running: end counts are as of {as_of}</source><translation>perioden pågår fortfarande: slutsiffrorna gäller per {as_of}</translation></message></context><context><name>rfm</name><message><source>Bought recently and buy often.</source><translation>Har handlat nyligen och handlar ofta.</translation></message><message><source>Buy often and still come back.</source><translation>Handlar ofta och kommer fortfarande tillbaka.</translation></message><message><source>Recent customers who have bought more than once.</source><translation>Nya kunder som har handlat mer än en gång.</translation></message><message><source>Bought recently, for the first time or rarely.</source><translation>Har handlat nyligen, för första gången eller sällan.</translation></message><message><source>Fairly recent, but do not buy often yet.</source><translation>Ganska nyligen, men handlar inte ofta än.</translation></message><message><source>Average recency and frequency: could go either way.</source><translation>Medelhög aktualitet och frekvens: kan gå åt båda hållen.</translation></message><message><source>Not seen for a while and rarely bought.</source><translation>Har inte synts på ett tag och handlade sällan.</translation></message><message><source>Used to buy regularly but have not come back for a long time.</source><translation>Handlade regelbundet men har inte kommit tillbaka på länge.</translation></message><message><source>Bought most often, but not for a long time.</source><translation>Handlade oftast, men inte på länge.</translation></message><message><source>Long ago and rarely.</source><translation>För länge sedan och sällan.</translation></message><message><source>Longest ago and least often.</source><translation>Längst sedan och mest sällan.</translation></message></context><context><name>risk</name><message><source>last bought {days} days ago; usually every {gap}</source><translation>handlade senast för {days} dagar sedan; brukar handla var {gap}</translation></message><message><source>bought {last} times in the last {period} days, {previous} in the {period} before</source><translation>handlade {last} gånger de senaste {period} dagarna, {previous} de {period} dagarna innan</translation></message><message><source>bought once in the last {period} days, {previous} times in the {period} before</source><translation>handlade en gång de senaste {period} dagarna, {previous} gånger de {period} dagarna innan</translation></message><message><source>no purchase in the last {period} days, {previous} in the {period} before</source><translation>inget köp de senaste {period} dagarna, {previous} de {period} dagarna innan</translation></message><message><source>gave a score of {score} out of 10</source><translation>gav betyget {score} av 10</translation></message><message><source>rated satisfaction {value} out of 5</source><translation>angav nöjdhet {value} av 5</translation></message><message><source>returned an order in the last {period} days</source><translation>returnerade en order de senaste {period} dagarna</translation></message><message><source>returned {n} orders in the last {period} days</source><translation>returnerade {n} ordrar de senaste {period} dagarna</translation></message><message><source>probably no longer buying: {p:.0%} chance they are still a customer</source><translation>handlar troligen inte längre: {p:.0%} chans att hen fortfarande är kund</translation></message><message><source>value at risk = (1 − chance still a customer) × predicted value</source><translation>värde i riskzonen = (1 − chans att fortfarande vara kund) × förväntat värde</translation></message><message><source>value at risk = the whole predicted value of customers with a warning sign (the chance that a customer is still buying could not be estimated)</source><translation>värde i riskzonen = hela det förväntade värdet för kunder med en varningssignal (chansen att en kund fortfarande handlar kunde inte uppskattas)</translation></message></context><context><name>rule_fields</name><message><source>Imported from your customer list (column “{name}”).</source><translation>Importerat från din kundlista (kolumnen ”{name}”).</translation></message></context><context><name>rules</name><message><source>{where}: expected {{"name", "match", "conditions"}}, not {value}.</source><translation>{where}: förväntade {{"name", "match", "conditions"}}, inte {value}.</translation></message><message><source>{where}: the rule needs a name.</source><translation>{where}: regeln behöver ett namn.</translation></message><message><source>{where}: "match" must be "all" or "any", not {value}.</source><translation>{where}: "match" måste vara "all" eller "any", inte {value}.</translation></message><message><source>{where}: there are no conditions; add at least one.</source><translation>{where}: det finns inga villkor; lägg till minst ett.</translation></message><message><source>{where}: "conditions" must be a list, not {value}.</source><translation>{where}: "conditions" måste vara en lista, inte {value}.</translation></message><message><source>{where}: groups can only be nested one level deep.</source><translation>{where}: grupper kan bara ligga en nivå djupt.</translation></message><message><source>{where}: expected a condition {{"field", "op", "value"}} or a group {{"match", "conditions"}}, not {value}.</source><translation>{where}: förväntade ett villkor {{"field", "op", "value"}} eller en grupp {{"match", "conditions"}}, inte {value}.</translation></message><message><source>{where}: unknown operator {value}; use one of {choices}.</source><translation>{where}: okänd operator {value}; använd en av {choices}.</translation></message><message><source>{where}: the condition names no field.</source><translation>{where}: villkoret anger inget fält.</translation></message><message><source>{where}: unknown field "{field}".{hint}</source><translation>{where}: okänt fält "{field}".{hint}</translation></message><message><source>{where}: "{op}" cannot be used with "{field}" ({kind}); use one of {choices}.</source><translation>{where}: "{op}" kan inte användas med "{field}" ({kind}); använd en av {choices}.</translation></message><message><source>{where}: "{field}" needs a number, not {value}.</source><translation>{where}: "{field}" behöver ett tal, inte {value}.</translation></message><message><source>{where}: "{field}" needs a date written as YYYY-MM-DD, not {value}.</source><translation>{where}: "{field}" behöver ett datum skrivet som ÅÅÅÅ-MM-DD, inte {value}.</translation></message><message><source>{where}: "{field}" needs a text value, not {value}.</source><translation>{where}: "{field}" behöver en text, inte {value}.</translation></message><message><source>{where}: "between" needs two values [from, to], not {value}.</source><translation>{where}: "between" behöver två värden [från, till], inte {value}.</translation></message><message><source>{where}: "between" goes from {low} to {high}; the first must not be larger.</source><translation>{where}: "between" går från {low} till {high}; det första får inte vara större.</translation></message><message><source>{where}: "{op}" needs a list of at least one value, not {value}.</source><translation>{where}: "{op}" behöver en lista med minst ett värde, inte {value}.</translation></message><message><source>{where}: "{op}" takes no value, but got {value}.</source><translation>{where}: "{op}" tar inget värde, men fick {value}.</translation></message><message><source>{where}: "{op}" needs a value.</source><translation>{where}: "{op}" behöver ett värde.</translation></message><message><source> Did you mean "{match}"?</source><translation> Menade du "{match}"?</translation></message><message><source>Rule "{name}"</source><translation>Regeln "{name}"</translation></message><message><source>Unnamed rule</source><translation>Namnlös regel</translation></message><message><source>condition {path}</source><translation>villkor {path}</translation></message><message><source>Two segments are called "{name}"; give each segment its own name.</source><translation>Två segment heter "{name}"; ge varje segment ett eget namn.</translation></message></context><context><name>satisfaction</name><message><source>very dissatisfied</source><translation>mycket missnöjd</translation></message><message><source>dissatisfied</source><translation>missnöjd</translation></message><message><source>neutral</source><translation>neutral</translation></message><message><source>satisfied</source><translation>nöjd</translation></message><message><source>very satisfied</source><translation>mycket nöjd</translation></message><message><source>promoters</source><translation>ambassadörer</translation></message><message><source>passives</source><translation>passiva</translation></message><message><source>detractors</source><translation>kritiker</translation></message><message><source>very satisfied customers</source><translation>mycket nöjda kunder</translation></message><message><source>satisfied customers</source><translation>nöjda kunder</translation></message><message><source>not enough data: {n} answers with a full {days}-day window (need {min})</source><translation>för lite data: {n} svar med ett helt fönster på {days} dagar (behöver {min})</translation></message><message><source>{hi_label} bought again within {days} days {ratio:.1f} times as often as {lo_label} ({hi_rate:.0%} of {hi_n} vs {lo_rate:.0%} of {lo_n}); {chance}</source><translation>{hi_label} handlade igen inom {days} dagar {ratio:.1f} gånger så ofta som {lo_label} ({hi_rate:.0%} av {hi_n} mot {lo_rate:.0%} av {lo_n}); {chance}</translation></message><message><source>{hi_label}: {hi_rate:.0%} of {hi_n} bought again within {days} days, {lo_label}: none of {lo_n}; {chance}</source><translation>{hi_label}: {hi_rate:.0%} av {hi_n} handlade igen inom {days} dagar, {lo_label}: ingen av {lo_n}; {chance}</translation></message><message><source>this difference could be chance (p = {p:.2f}).</source><translation>skillnaden kan vara slumpen (p = {p:.2f}).</translation></message><message><source>this difference is unlikely to be chance (p {p_text}).</source><translation>skillnaden är knappast slumpen (p {p_text}).</translation></message><message><source>Not enough data yet to compare {hi_label} with {lo_label}.</source><translation>För lite data än för att jämföra {hi_label} med {lo_label}.</translation></message></context><context><name>segment_retention</name><message><source>In {period}: {sentence}</source><translation>Under {period}: {sentence}</translation></message><message><source>There is no complete period yet, so retention cannot be compared.</source><translation>Det finns ingen hel period än, så kvarhållningen kan inte jämföras.</translation></message></context><context><name>value</name><message><source>no customer has made a purchase yet</source><translation>ingen kund har handlat än</translation></message><message><source>no customer is active at the end of the data</source><translation>ingen kund är aktiv i slutet av datan</translation></message><message><source>annual retention could not be measured (no complete period had customers at its start); set an expected lifetime in the definitions</source><translation>den årliga kvarhållningen kunde inte mätas (ingen hel period hade kunder i början); ange en förväntad livslängd i definitionerna</translation></message><message><source>every customer was retained, so the expected lifetime is unlimited; set an expected lifetime in the definitions</source><translation>alla kunder behölls, så den förväntade livslängden är obegränsad; ange en förväntad livslängd i definitionerna</translation></message><message><source>expected lifetime {years:.1f} years, set by you</source><translation>förväntad livslängd {years:.1f} år, angiven av dig</translation></message><message><source>expected lifetime {years:.1f} years = 1 / (1 − {retention:.0f} % measured annual retention)</source><translation>förväntad livslängd {years:.1f} år = 1 / (1 − {retention:.0f} % uppmätt årlig kvarhållning)</translation></message><message><source>no customer churned between {start} and {end}</source><translation>ingen kund slutade handla mellan {start} och {end}</translation></message><message><source>your data span fewer than {min_days} days, too few to estimate purchases per year</source><translation>dina data omfattar färre än {min_days} dagar, för få för att uppskatta köp per år</translation></message><message><source>your data cover {days} days, less than a year, so the yearly figure is scaled up from them</source><translation>dina data omfattar {days} dagar, mindre än ett år, så årssiffran är uppräknad från dem</translation></message></context></TS>