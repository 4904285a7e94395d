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
        <source>%1 · new customers: %2</source>
        <translation>%1 · nya kunder: %2</translation>
    </message>
    <message>
        <source>%1 · came back: %2</source>
        <translation>%1 · kom tillbaka: %2</translation>
    </message>
    <message>
        <source>%1 · churned: %2</source>
        <translation>%1 · tappade: %2</translation>
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
        <source>%1 · retention rate %2: %3 of %4 customers kept</source>
        <translation>%1 · kundlojalitet %2: %3 av %4 kunder kvar</translation>
    </message>
    <message>
        <source>%1 · retention incl. returning %2</source>
        <translation>%1 · kvar inkl. återkommande %2</translation>
    </message>
    <message>
        <source>%1 · churn rate %2: %3 of %4 customers lost</source>
        <translation>%1 · kundtapp %2: %3 av %4 kunder förlorade</translation>
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
        <source>Hollow grey points are uncertain: fewer than 30 answers or an interval wider than ±10 points.</source>
        <translation>Ihåliga grå punkter är osäkra: färre än 30 svar eller ett intervall bredare än ±10 poäng.</translation>
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
        <source>Predicted customer lifetime value (BG/NBD and Gamma-Gamma)</source>
        <translation>Förväntat kundlivstidsvärde (BG/NBD och Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value (MBG/NBD and Gamma-Gamma)</source>
        <translation>Förväntat kundlivstidsvärde (MBG/NBD och Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer lifetime value, simple estimate</source>
        <translation>Kundlivstidsvärde, enkel uppskattning</translation>
    </message>
    <message>
        <source>Simple CLV = annual value × margin × (1 + d) / (1 + d − r): %1.</source>
        <translation>Enkelt CLV = årsvärde × marginal × (1 + d) / (1 + d − r): %1.</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Modell: %1.</translation>
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
        <source>between</source>
        <extracomment>Operators that make sense for each kind of field (SPEC §4 lists them all). The operators that are words are shown in the forms through ``self.tr(op)``: marked here.</extracomment>
        <translation>mellan</translation>
    </message>
    <message>
        <source>in</source>
        <translation>är en av</translation>
    </message>
    <message>
        <source>not in</source>
        <translation>är ingen av</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>innehåller</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>är inte tomt</translation>
    </message>
    <message>
        <source>Customer for</source>
        <extracomment>RFM segment names, best first (the grid is documented in ``rfm.py``). Attribute columns with at most this many distinct values offer a choice list. The built-in fields (English templates), in the order the form lists them.</extracomment>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>Months since the customer's first purchase.</source>
        <translation>Månader sedan kundens första köp.</translation>
    </message>
    <message>
        <source>Customer for (days)</source>
        <translation>Kund sedan (dagar)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Days since the customer's first purchase.</source>
        <translation>Dagar sedan kundens första köp.</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dagar sedan senaste köp</translation>
    </message>
    <message>
        <source>Days between the customer's last purchase and the analysis date.</source>
        <translation>Dagar mellan kundens senaste köp och analysdagen.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>köp</translation>
    </message>
    <message>
        <source>Number of purchases (orders with a positive amount) ever.</source>
        <translation>Antal köp (order med positivt belopp) totalt.</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Dagar med köp</translation>
    </message>
    <message>
        <source>Number of different days on which the customer bought.</source>
        <translation>Antal olika dagar då kunden handlade.</translation>
    </message>
    <message>
        <source>Purchases in the last year</source>
        <translation>Köp senaste året</translation>
    </message>
    <message>
        <source>Purchases in the 365 days up to the analysis date.</source>
        <translation>Köp under de 365 dagarna fram till analysdagen.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Köpt för</translation>
    </message>
    <message>
        <source>money</source>
        <translation>belopp</translation>
    </message>
    <message>
        <source>Net revenue from the customer ever (refunds subtracted).</source>
        <translation>Nettointäkter från kunden totalt (returer avdragna).</translation>
    </message>
    <message>
        <source>Spend in the last year</source>
        <translation>Köpt för senaste året</translation>
    </message>
    <message>
        <source>Net revenue from the customer in the 365 days up to the analysis date.</source>
        <translation>Nettointäkter från kunden under de 365 dagarna fram till analysdagen.</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Genomsnittligt ordervärde</translation>
    </message>
    <message>
        <source>The customer's spend divided by their number of purchases.</source>
        <translation>Kundens köpbelopp delat med antalet köp.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>returer</translation>
    </message>
    <message>
        <source>Number of refund orders (net amount zero or less).</source>
        <translation>Antal returordrar (nettobelopp noll eller mindre).</translation>
    </message>
    <message>
        <source>Amount returned</source>
        <translation>Returnerat belopp</translation>
    </message>
    <message>
        <source>Money refunded to the customer.</source>
        <translation>Pengar som betalats tillbaka till kunden.</translation>
    </message>
    <message>
        <source>Typical days between purchases</source>
        <translation>Typiskt antal dagar mellan köp</translation>
    </message>
    <message>
        <source>Median days between the customer's purchases (empty for one-time buyers).</source>
        <translation>Median för antalet dagar mellan kundens köp (tomt för engångsköpare).</translation>
    </message>
    <message>
        <source>Lifespan</source>
        <translation>Livslängd</translation>
    </message>
    <message>
        <source>Days from first purchase to churn (or to the analysis date if still active).</source>
        <translation>Dagar från första köpet till att kunden gick förlorad (eller till analysdagen om kunden är aktiv).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active, or churned: no purchase within the inactivity window.</source>
        <translation>Aktiv, eller förlorad: inget köp inom inaktivitetsfönstret.</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Första köp</translation>
    </message>
    <message>
        <source>Day of the customer's first purchase.</source>
        <translation>Dagen för kundens första köp.</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Senaste köp</translation>
    </message>
    <message>
        <source>Day of the customer's last purchase.</source>
        <translation>Dagen för kundens senaste köp.</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>Datum då kunden gick förlorad</translation>
    </message>
    <message>
        <source>Last purchase plus the inactivity window, for churned customers.</source>
        <translation>Senaste köpet plus inaktivitetsfönstret, för förlorade kunder.</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Named group from recency and frequency scores (Champions, At risk …).</source>
        <translation>Namngiven grupp utifrån poängen för hur nyligen och hur ofta kunden handlar (Champions, At risk …).</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>Poäng för senaste köp</translation>
    </message>
    <message>
        <source>score 1–5</source>
        <translation>poäng 1–5</translation>
    </message>
    <message>
        <source>5 = bought most recently (top fifth of customers), 1 = longest ago.</source>
        <translation>5 = handlade senast (översta femtedelen av kunderna), 1 = längst sedan.</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>Poäng för köpfrekvens</translation>
    </message>
    <message>
        <source>5 = buys most often (top fifth of customers), 1 = least often.</source>
        <translation>5 = handlar oftast (översta femtedelen av kunderna), 1 = mest sällan.</translation>
    </message>
    <message>
        <source>Spend score</source>
        <translation>Poäng för köpbelopp</translation>
    </message>
    <message>
        <source>5 = spends most (top fifth of customers), 1 = least.</source>
        <translation>5 = handlar för mest (översta femtedelen av kunderna), 1 = minst.</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Skulle rekommendera (0–10)</translation>
    </message>
    <message>
        <source>score 0–10</source>
        <translation>poäng 0–10</translation>
    </message>
    <message>
        <source>The customer's latest answer to 'How likely are you to recommend us?'.</source>
        <translation>Kundens senaste svar på ”Hur troligt är det att du skulle rekommendera oss?”.</translation>
    </message>
    <message>
        <source>Promoter / passive / detractor</source>
        <translation>Ambassadör / passiv / kritiker</translation>
    </message>
    <message>
        <source>Promoter (9–10), passive (7–8) or detractor (0–6) from the latest answer.</source>
        <translation>Ambassadör (9–10), passiv (7–8) eller kritiker (0–6) enligt det senaste svaret.</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Nöjdhet (1–5)</translation>
    </message>
    <message>
        <source>The customer's latest satisfaction answer, 5 = very satisfied.</source>
        <translation>Kundens senaste svar om nöjdhet, 5 = mycket nöjd.</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Chans att fortfarande vara kund</translation>
    </message>
    <message>
        <source>probability 0–1</source>
        <translation>sannolikhet 0–1</translation>
    </message>
    <message>
        <source>Model estimate that the customer has not silently left (BG/NBD).</source>
        <translation>Modellens skattning av att kunden inte har slutat i tysthet (BG/NBD).</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>Förväntat kundlivstidsvärde</translation>
    </message>
    <message>
        <source>Model estimate of the customer's future value over the CLV horizon.</source>
        <translation>Modellens skattning av kundens framtida värde under CLV-horisonten.</translation>
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
        <translation>%1 kunder har handlat tillräckligt nyligen för att räknas som aktiva</translation>
    </message>
    <message>
        <source>%1 customers bought from you in the data</source>
        <translation>%1 kunder har handlat hos dig enligt dina data</translation>
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
        <translation>Kunderna stannar i snitt %1 (förlorade kunder räknas fram till dagen de gick förlorade)</translation>
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
        <translation>bättre än ditt %2 på %1</translation>
    </message>
    <message>
        <source>worse than your %1 %2</source>
        <translation>sämre än ditt %2 på %1</translation>
    </message>
    <message>
        <source>equal to your %1 %2</source>
        <translation>lika bra som ditt %2 på %1</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>Colour-blind-safe line colours (Okabe–Ito) for up to six compared groups.</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Loyal customers over time</source>
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
        <source>Drawing the charts…</source>
        <extracomment>Page size by locale: US English readers print on Letter, everyone else on A4.
----------
share of the progress bar for recording the charts (the rest is writing the pages)</extracomment>
        <translation>Ritar diagrammen…</translation>
    </message>
    <message>
        <source>Customer loyalty report</source>
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
        <source>Shown: %1</source>
        <translation>Visas: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>Made with Loyalty Desktop. Computed on this computer; no data left it.</source>
        <translation>Skapad med Loyalty Desktop. Beräknad på den här datorn; inga data har lämnat den.</translation>
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
        <source>What the figures say</source>
        <translation>Vad siffrorna säger</translation>
    </message>
    <message>
        <source>… and %1 more rows, in the Excel export.</source>
        <translation>… och %1 rader till, i Excel-exporten.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kvarhållning</translation>
    </message>
    <message>
        <source>Causes over time</source>
        <translation>Orsaker över tid</translation>
    </message>
    <message>
        <source>Who answered the survey</source>
        <translation>Vilka som svarade på enkäten</translation>
    </message>
    <message>
        <source>%1 answers were matched to a customer. Each chart compares the customers who answered with all customers; where they differ, read the survey's figures with care.</source>
        <translation>%1 svar kunde kopplas till en kund. Varje diagram jämför kunderna som svarade med alla kunder; där de skiljer sig åt bör enkätens siffror läsas med försiktighet.</translation>
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
        <source>Reading the file</source>
        <translation>Läser filen</translation>
    </message>
    <message>
        <source>Reading the file was stopped. Change a setting to read it again.</source>
        <translation>Läsningen av filen stoppades. Ändra en inställning för att läsa den igen.</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Kontrollera hur filen läses</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Avbryt inläsningen</translation>
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
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Enkätsvar</translation>
    </message>
    <message>
        <source>Comma (1.234,50)</source>
        <translation>Komma (1 234,50)</translation>
    </message>
    <message>
        <source>Point (1,234.50)</source>
        <translation>Punkt (1,234.50)</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Dag/månad/år</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Månad/dag/år</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>År/månad/dag</translation>
    </message>
    <message>
        <source>Detected: %1 · %2 · encoding %3 · delimiter %4 · decimal %5 · header row %6 · date order %7</source>
        <translation>Hittade: %1 · %2 · kodning %3 · avgränsare %4 · decimaltecken %5 · rubrikrad %6 · datumordning %7</translation>
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
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Återbetalt belopp</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <source>Score 0–10 (NPS)</source>
        <translation>Betyg 0–10 (NPS)</translation>
    </message>
    <message>
        <source>Satisfaction 1–5</source>
        <translation>Nöjdhet 1–5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Skäl att sluta</translation>
    </message>
    <message>
        <source>Survey wave</source>
        <translation>Enkätomgång</translation>
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
        <extracomment>With more cohorts than this the cells are too small for their numbers; hover still works. Smallest top of the colour scale, so a shop where almost nobody returns is not all yellow. Ink on the light cells: not the theme's foreground, which turns light in the dark scheme.</extracomment>
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
        <source>sales</source>
        <translation>försäljning</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>kundlista</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>enkätsvar</translation>
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
    <message>
        <source>Who answered, compared with all customers, by %1</source>
        <translation>Vilka som svarade jämfört med alla kunder, efter %1</translation>
    </message>
    <message>
        <source>Share of all customers</source>
        <translation>Andel av alla kunder</translation>
    </message>
    <message>
        <source>Share of the answers</source>
        <translation>Andel av svaren</translation>
    </message>
    <message>
        <source>%1: %2 of customers, %3 of the answers (%4 of %5 customers answered)</source>
        <translation>%1: %2 av kunderna, %3 av svaren (%4 av %5 kunder svarade)</translation>
    </message>
    <message>
        <source>% of customers or answers</source>
        <translation>% av kunder eller svar</translation>
    </message>
    <message>
        <source>Chi-square test of “answered / did not answer” against the groups: a small p means the answers come more from some groups than others. Only answers matched to a customer count. </source>
        <translation>Chi-två-test av ”svarade / svarade inte” mot grupperna: ett litet p betyder att svaren kommer mer från vissa grupper än andra. Bara svar som matchats mot en kund räknas. </translation>
    </message>
    <message>
        <source>Share of each wave's comments that mention a cause, for the five causes mentioned most; a small wave moves by chance. </source>
        <translation>Andel av omgångens kommentarer som nämner en orsak, för de fem orsaker som nämns mest; en liten omgång svänger av en slump. </translation>
    </message>
    <message>
        <source>Causes mentioned per survey wave (comments per wave in brackets)</source>
        <translation>Orsaker som nämns per enkätomgång (kommentarer per omgång inom parentes)</translation>
    </message>
    <message>
        <source>%1: %2 comments</source>
        <translation>%1: %2 kommentarer</translation>
    </message>
    <message>
        <source>%1: %2 of them</source>
        <translation>%1: %2 av dem</translation>
    </message>
    <message>
        <source>% of the wave's comments</source>
        <translation>% av omgångens kommentarer</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of the wave's comments (%4)</source>
        <translation>%1 · %2: %3 av omgångens kommentarer (%4)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frö</translation>
    </message>
    <message>
        <source>Seed (enter it again to draw the same list)</source>
        <translation>Frö (ange det igen för att dra samma lista)</translation>
    </message>
    <message>
        <source>Customers drawn</source>
        <translation>Dragna kunder</translation>
    </message>
    <message>
        <source>Groups in proportion to the whole customer base by</source>
        <translation>Grupper i proportion till hela kundbasen efter</translation>
    </message>
    <message>
        <source>Last survey's respondents left out</source>
        <translation>Utelämnade svarande från förra enkäten</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Data till och med</translation>
    </message>
    <message>
        <source>Customers / available / drawn</source>
        <translation>Kunder / tillgängliga / dragna</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Survey sample</source>
        <translation>Enkäturval</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>How it was drawn</source>
        <translation>Så drogs urvalet</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>%1 model fitted on the purchases up to %2 of the %3 customers who had bought by then (time unit: %4); checked against the %5 weeks from %6 to %7</source>
        <translation>%1-modellen anpassad på köpen till och med %2 hos de %3 kunder som hade handlat då (tidsenhet: %4); kontrollerad mot de %5 veckorna från %6 till %7</translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases before the split (0 to 7 or more); bars: average repeat purchases per customer in the holdout weeks, actual and as the model predicted from each customer's history.</source>
        <translation>Kunderna grupperade efter antal återköp före brytpunkten (0 till 7 eller fler); staplar: genomsnittligt antal återköp per kund under de undanhållna veckorna, faktiskt och som modellen förutsade utifrån varje kunds historik.</translation>
    </message>
    <message>
        <source>Repeat purchases (every purchase day after a customer's first) added up week by week, actual and as the model expects for customers who had made their first purchase by then; the vertical line is the split.</source>
        <translation>Återköp (varje köpdag efter kundens första) summerade vecka för vecka, faktiskt och som modellen förväntar sig för de kunder som hade gjort sitt första köp då; den lodräta linjen är brytpunkten.</translation>
    </message>
    <message>
        <source>Predicted and actual repeat purchases in the holdout weeks</source>
        <translation>Förutsagda och faktiska återköp under de undanhållna veckorna</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 repeat purchases before the split (%2 customers): %3 actual, %4 predicted per customer</source>
        <translation>%1 återköp före brytpunkten (%2 kunder): %3 faktiskt, %4 förutsagt per kund</translation>
    </message>
    <message>
        <source>Repeat purchases before the split</source>
        <translation>Återköp före brytpunkten</translation>
    </message>
    <message>
        <source>Repeat purchases per customer</source>
        <translation>Återköp per kund</translation>
    </message>
    <message>
        <source>Repeat purchases week by week: actual and model</source>
        <translation>Återköp vecka för vecka: faktiskt och modell</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>brytpunkt %1</translation>
    </message>
    <message>
        <source>Week to %1: %2 repeat purchases so far, model %3</source>
        <translation>Vecka till %1: %2 återköp hittills, modellen %3</translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation>Vecka som slutar</translation>
    </message>
    <message>
        <source>Repeat purchases so far</source>
        <translation>Återköp hittills</translation>
    </message>
</context>
<context>
    <name>AtRiskPage</name>
    <message>
        <source>At risk</source>
        <extracomment>Kinds of groups the filter offers, in this order (engine/segments.py metric kinds).</extracomment>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Export win-back list…</source>
        <translation>Exportera lista för att vinna tillbaka kunder…</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Värde i riskzonen</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Chans att fortfarande vara kund</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Förväntat värde</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Buying less often</source>
        <translation>Handlar mer sällan</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Lågt betyg</translation>
    </message>
    <message>
        <source>Recent returns</source>
        <translation>Nyliga returer</translation>
    </message>
    <message>
        <source>Probably lost</source>
        <translation>Troligen förlorad</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>Import your sales to see which customers are slipping away.</source>
        <translation>Importera din försäljning för att se vilka kunder som håller på att glida iväg.</translation>
    </message>
    <message>
        <source>No customer in this group shows a warning sign.</source>
        <translation>Ingen kund i den här gruppen visar något varningstecken.</translation>
    </message>
    <message>
        <source>%1 customers show at least one warning sign; %2 of predicted value is at risk. The list is ranked by value at risk; click a column to sort by it.</source>
        <translation>%1 kunder visar minst ett varningstecken; %2 av det förväntade värdet är i riskzonen. Listan är sorterad efter värde i riskzonen; klicka på en kolumn för att sortera efter den.</translation>
    </message>
    <message>
        <source>Export win-back list</source>
        <translation>Exportera lista för att vinna tillbaka kunder</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Skriver listan…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat i %1</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>Listan kunde inte skrivas.</translation>
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
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Förlorad</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Visa alla kunder</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktiva kunder</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Förlorade kunder</translation>
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
    <message numerus="yes">
        <source>Showing the %Ln customers behind “%1” in the chart you clicked.</source>
        <translation><numerusform>Visar %Ln kund bakom ”%1” i diagrammet du klickade på.</numerusform><numerusform>Visar de %Ln kunderna bakom ”%1” i diagrammet du klickade på.</numerusform></translation>
    </message>
    <message>
        <source>the part</source>
        <translation>delen</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>äldst först</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>nyast först</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>minst först</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>störst först</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A till Ö</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Ö till A</translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation>Sorterat efter %1, %2</translation>
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
        <source>sales</source>
        <translation>försäljning</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>kundlista</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>enkätsvar</translation>
    </message>
    <message>
        <source>%1 files imported: %2 rows read, %3 accepted, %4 rejected. Select a file to see why its rows were rejected.</source>
        <translation>%1 filer importerade: %2 rader lästa, %3 godkända, %4 avvisade. Välj en fil för att se varför rader avvisades.</translation>
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
        <source>No rows of %1 were rejected.</source>
        <translation>Inga rader i %1 avvisades.</translation>
    </message>
    <message>
        <source>Rejected rows of %1: %2 shown of %3</source>
        <translation>Avvisade rader i %1: %2 visas av %3</translation>
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
        <source>Loyal customers and segments</source>
        <translation>Lojala kunder och segment</translation>
    </message>
    <message>
        <source>Appendix: customers at risk and imported files</source>
        <translation>Bilaga: kunder i riskzonen och importerade filer</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (USA)</translation>
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
        <source>Writing the PDF report…</source>
        <translation>Skriver PDF-rapporten…</translation>
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
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <extracomment>a bar or point was clicked (score, wave, satisfaction level, exit reason): (customer ids, description) of the customers behind it the owner changed a survey definition here (waves, repurchase window, keyword groups)</extracomment>
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
        <source>Show the customers who mention “%1”</source>
        <translation>Visa kunderna som nämner ”%1”</translation>
    </message>
    <message>
        <source>Comments that mention %1</source>
        <translation>Kommentarer som nämner %1</translation>
    </message>
    <message>
        <source>Comments in %1 that mention %2</source>
        <translation>Kommentarer under %1 som nämner %2</translation>
    </message>
    <message>
        <source>Comments in %1 that mention any of: %2</source>
        <translation>Kommentarer under %1 som nämner något av: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln of these answers could not be matched to a customer</source>
        <translation><numerusform>%1; %Ln av svaren kunde inte kopplas till en kund</numerusform><numerusform>%1; %Ln av svaren kunde inte kopplas till en kund</numerusform></translation>
    </message>
    <message>
        <source>Customers who answered %1</source>
        <translation>Kunder som svarade %1</translation>
    </message>
    <message>
        <source>Answered the survey in %1</source>
        <translation>Svarade på enkäten under %1</translation>
    </message>
    <message>
        <source>Answered “%1”, %2 days or more ago</source>
        <translation>Svarade ”%1” för minst %2 dagar sedan</translation>
    </message>
    <message>
        <source>Said they left because: %1</source>
        <translation>Sa att de slutade för att: %1</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Show everything</source>
        <extracomment>Wait this long after the last change before recomputing (typing a date changes it per key).</extracomment>
        <translation>Visa allt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjol</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>All customers, all dates</source>
        <translation>Alla kunder, alla datum</translation>
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
        <extracomment>a point of the retention chart was clicked: (group key, period)</extracomment>
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
        <source>%1: %Ln customers.</source>
        <translation><numerusform>%1: %Ln kund.</numerusform><numerusform>%1: %Ln kunder.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lost in the last year: %Ln customers, %2 a year in revenue, %3 lifetime value.</source>
        <translation><numerusform>Förlorat senaste året: %Ln kund, %2 per år i intäkter, %3 i kundlivstidsvärde.</numerusform><numerusform>Förlorat senaste året: %Ln kunder, %2 per år i intäkter, %3 i kundlivstidsvärde.</numerusform></translation>
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
    <message>
        <source>Predicted value per customer: %1.</source>
        <translation>Förväntat värde per kund: %1.</translation>
    </message>
</context>
<context>
    <name>HoldoutPanel</name>
    <message>
        <source>How well does the prediction work?</source>
        <translation>Hur väl stämmer prognosen?</translation>
    </message>
    <message>
        <source>Hide the last weeks from the model, let it predict them from the weeks before, and compare with what your customers really did.</source>
        <translation>Dölj de sista veckorna för modellen, låt den förutsäga dem utifrån veckorna innan och jämför med vad dina kunder faktiskt gjorde.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>Check the prediction</source>
        <translation>Kontrollera prognosen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Hold out the last</source>
        <translation>Håll undan de sista</translation>
    </message>
    <message>
        <source>Choose how many weeks to hold out and press “Check the prediction”.</source>
        <translation>Välj hur många veckor som ska hållas undan och tryck på ”Kontrollera prognosen”.</translation>
    </message>
    <message>
        <source>(model fitted up to %1)</source>
        <translation>(modellen anpassad till och med %1)</translation>
    </message>
    <message>
        <source>Checking the prediction…</source>
        <translation>Kontrollerar prognosen…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>Kontrollen kunde inte köras.</translation>
    </message>
    <message>
        <source>The check cannot be made: %1.</source>
        <translation>Kontrollen går inte att göra: %1.</translation>
    </message>
    <message>
        <source>%1 repeat purchases up to %2</source>
        <translation>%1 återköp till och med %2</translation>
    </message>
</context>
<context>
    <name>KeywordGroupsDialog</name>
    <message>
        <source>Keyword groups for comment causes</source>
        <translation>Nyckelordsgrupper för orsaker i kommentarer</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of the cause's keywords in the comment's language. Separate keywords with commas; end a keyword with * to match every word that starts with it (expens* finds expensive and expenses). Word endings are handled for you: “price” also finds “prices”.</source>
        <translation>En kommentar räknas till en orsak när den innehåller ett av orsakens nyckelord på kommentarens språk. Skilj nyckelorden åt med komman; avsluta ett nyckelord med * för att hitta alla ord som börjar så (dyr* hittar dyrt och dyrare). Böjningar sköts åt dig: ”pris” hittar också ”priser”.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Add a cause</source>
        <translation>Lägg till en orsak</translation>
    </message>
    <message>
        <source>Remove the selected cause</source>
        <translation>Ta bort den valda orsaken</translation>
    </message>
    <message>
        <source>Restore the standard groups</source>
        <translation>Återställ standardgrupperna</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederländska</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ryska</translation>
    </message>
    <message>
        <source>new cause</source>
        <translation>ny orsak</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Språk: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty Desktop</source>
        <extracomment>the sidebar's pages, in order (MainWindow.pages builds them on first use)</extracomment>
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
        <source>At risk</source>
        <translation>I riskzonen</translation>
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
    <message>
        <source>Applying the filter…</source>
        <translation>Filtret tillämpas…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers analysed.</source>
        <translation><numerusform>%Ln kund analyserad.</numerusform><numerusform>%Ln kunder analyserade.</numerusform></translation>
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
    <name>NpsCompareBox</name>
    <message>
        <source>Compare two NPS figures</source>
        <translation>Jämför två NPS-värden</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>(%1 answers)</source>
        <translation>(%1 svar)</translation>
    </message>
    <message>
        <source>Pick two different groups to compare.</source>
        <translation>Välj två olika grupper att jämföra.</translation>
    </message>
    <message>
        <source>%1: NPS %2 from %3 answers · %4: NPS %5 from %6 answers</source>
        <translation>%1: NPS %2 av %3 svar · %4: NPS %5 av %6 svar</translation>
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
    <name>RepresentativenessBox</name>
    <message>
        <source>Who answered the survey</source>
        <extracomment>a group's bar was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Vilka som svarade på enkäten</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Jämför efter:</translation>
    </message>
    <message>
        <source>%1 (%2): customers who answered the survey</source>
        <translation>%1 (%2): kunder som svarade på enkäten</translation>
    </message>
    <message>
        <source>%1 (%2): all customers</source>
        <translation>%1 (%2): alla kunder</translation>
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
        <source>New customers in %1</source>
        <translation>Nya kunder %1</translation>
    </message>
    <message>
        <source>Came back in %1</source>
        <translation>Kom tillbaka %1</translation>
    </message>
    <message>
        <source>Churned in %1</source>
        <translation>Slutade handla %1</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Stannade kvar %1</translation>
    </message>
    <message>
        <source>Cohort %1, %2</source>
        <translation>Kohort %1, %2</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>All of these are true</source>
        <translation>Alla dessa gäller</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Någon av dessa gäller</translation>
    </message>
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
        <extracomment>a point of the group's retention chart was clicked: (customer ids, description)</extracomment>
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
    <message>
        <source>%1: kept in %2</source>
        <translation>%1: behållna under %2</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Loyalty and segments</source>
        <extracomment>a point of a group's retention chart was clicked: (customer ids, description)</extracomment>
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
        <source>Loyal at the end of %1</source>
        <translation>Lojala i slutet av %1</translation>
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
    <name>SurveySampleDialog</name>
    <message>
        <source>Survey sample for the next wave</source>
        <translation>Urval till nästa enkätomgång</translation>
    </message>
    <message>
        <source>Draws customers at random, in proportion to the groups of your whole customer base, so the next survey hears from everyone and not only the keenest. Only customers with an e-mail address or phone number are drawn.</source>
        <translation>Drar kunder slumpmässigt, i proportion till grupperna i hela din kundbas, så att nästa enkät hör alla och inte bara de mest engagerade. Bara kunder med e-postadress eller telefonnummer dras.</translation>
    </message>
    <message>
        <source>spend band</source>
        <translation>beloppsgrupp</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Leave out customers who answered the last survey</source>
        <translation>Utelämna kunder som svarade på förra enkäten</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nytt frö</translation>
    </message>
    <message>
        <source>Customers to invite:</source>
        <translation>Kunder att bjuda in:</translation>
    </message>
    <message>
        <source>In proportion to:</source>
        <translation>I proportion till:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Frö:</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Spara listan…</translation>
    </message>
    <message>
        <source>%1 customers drawn with seed %2 — enter the same seed again to draw the same list.</source>
        <translation>%1 kunder dragna med frö %2 – ange samma frö igen för att dra samma lista.</translation>
    </message>
    <message>
        <source>Fewer customers than asked for can be reached.</source>
        <translation>Färre kunder än begärt går att nå.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 customers drawn</source>
        <translation>%1: %2 av %3 kunder dragna</translation>
    </message>
    <message>
        <source>survey-sample-seed-%1.xlsx</source>
        <translation>enkaturval-fro-%1.xlsx</translation>
    </message>
    <message>
        <source>Save the survey sample</source>
        <translation>Spara enkäturvalet</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
</context>
<context>
    <name>SurveySettingsBar</name>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>halvår</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>as in the survey file (wave column)</source>
        <translation>som i enkätfilen (kolumnen för omgång)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Edit keyword groups…</source>
        <translation>Nyckelordsgrupper…</translation>
    </message>
    <message>
        <source>Survey sample for the next wave…</source>
        <translation>Urval till nästa enkät…</translation>
    </message>
    <message>
        <source>Survey waves:</source>
        <translation>Enkätomgångar:</translation>
    </message>
    <message>
        <source>Bought again within:</source>
        <translation>Handlade igen inom:</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export table to Excel…</source>
        <extracomment>(currency, language) of the open project, for money formats and the CSV dialect</extracomment>
        <translation>Exportera tabellen till Excel…</translation>
    </message>
    <message>
        <source>Export table to CSV…</source>
        <translation>Exportera tabellen till CSV…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
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
        <source>Export table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>Exporterar tabellen…</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tabellen sparades i %1</translation>
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
        <source>Your %1 customers are worth %2 over the time they are expected to stay (%3 per customer on average, after margin and discounting), by the simple estimate.</source>
        <translation>Dina %1 kunder är värda %2 under den tid de väntas stanna (%3 per kund i genomsnitt, efter marginal och diskontering), enligt den enkla uppskattningen.</translation>
    </message>
    <message>
        <source>Why not the prediction model: %1.</source>
        <translation>Varför inte prognosmodellen: %1.</translation>
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
    <message>
        <source>Churned between %1 and %2</source>
        <translation>Förlorade mellan %1 och %2</translation>
    </message>
    <message>
        <source>Still customers %1 months after their first purchase</source>
        <translation>Fortfarande kunder %1 månader efter första köpet</translation>
    </message>
</context>
<context>
    <name>_Units</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>The usual sign of each currency; kr-currencies are written with their ISO code outside their own country (see module doc). CLDR percent patterns: "38 %" in sv/da/ru (no-break space), "38%" in en and nl.</extracomment>
        <translation><numerusform>%Ln dag</numerusform><numerusform>%Ln dagar</numerusform></translation>
    </message>
</context>
<context><name>cli</name><message><source>{path}: the config file does not exist.</source><translation>{path}: konfigurationsfilen finns inte.</translation></message><message><source>{path}: the config file cannot be read ({detail}).</source><translation>{path}: konfigurationsfilen kan inte läsas ({detail}).</translation></message><message><source>{path}, line {line}, column {column}: not valid JSON ({detail}).</source><translation>{path}, rad {line}, kolumn {column}: ogiltig JSON ({detail}).</translation></message><message><source>{path}: the JSON is nested too deeply to be a config file.</source><translation>{path}: JSON-datan är för djupt nästlad för att vara en konfigurationsfil.</translation></message><message><source>{path}: not a usable config file ({detail}).</source><translation>{path}: ingen användbar konfigurationsfil ({detail}).</translation></message><message><source>{path}: the config must be a JSON object {{...}}.</source><translation>{path}: konfigurationen måste vara ett JSON-objekt {{...}}.</translation></message><message><source>settings</source><translation>inställningar</translation></message><message><source>{path}: the file does not exist.</source><translation>{path}: filen finns inte.</translation></message><message><source>No transactions to analyse: give --transactions FILE or --project P.loyalty.</source><translation>Inga transaktioner att analysera: ange --transactions FIL eller --project P.loyalty.</translation></message><message><source>Missing: {fields}.</source><translation>Saknas: {fields}.</translation></message><message><source>Columns found: {columns}.</source><translation>Hittade kolumner: {columns}.</translation></message></context><context><name>cli help</name><message><source>Customer loyalty analytics for small businesses. Without a command, opens the window.</source><translation>Kundlojalitetsanalys för småföretag. Utan kommando öppnas fönstret.</translation></message><message><source>open the window with the bundled demo project</source><translation>öppna fönstret med det medföljande demoprojektet</translation></message><message><source>definitions, criteria, segments, mappings</source><translation>definitioner, kriterier, segment, kolumnkopplingar</translation></message><message><source>compute the metrics and write PDF/JSON/Excel</source><translation>beräkna nyckeltalen och skriv PDF/JSON/Excel</translation></message><message><source>language of the report and of the messages</source><translation>språk för rapporten och meddelandena</translation></message><message><source>create or append to a project file</source><translation>skapa en projektfil eller lägg till i den</translation></message><message><source>language of the messages</source><translation>språk för meddelandena</translation></message><message><source>show how a file would be imported, as JSON</source><translation>visa hur en fil skulle importeras, som JSON</translation></message><message><source>reproduce the published reference results</source><translation>återskapa de publicerade referensresultaten</translation></message><message><source>usage: </source><translation>användning: </translation></message><message><source>options</source><translation>alternativ</translation></message><message><source>positional arguments</source><translation>argument</translation></message><message><source>show this help message and exit</source><translation>visa den här hjälpen och avsluta</translation></message><message><source>show program's version number and exit</source><translation>visa programmets versionsnummer och avsluta</translation></message></context><context><name>clv</name><message><source>there are no customers</source><translation>det finns inga kunder</translation></message><message><source>the data do not look like repeat buying by customers who differ: {meaning} ({name} = {value:.3g})</source><translation>datan ser inte ut som återkommande köp från olika kunder: {meaning} ({name} = {value:.3g})</translation></message><message><source>everybody seems to buy at the same rate</source><translation>alla verkar handla lika ofta</translation></message><message><source>almost nobody seems to stop buying</source><translation>nästan ingen verkar sluta handla</translation></message><message><source>the holdout end must come after the calibration end</source><translation>slutet på testperioden måste komma efter slutet på anpassningsperioden</translation></message><message><source>only {repeat} customers bought more than once before {end}; the check needs at least {minimum}</source><translation>bara {repeat} kunder handlade mer än en gång före {end}; kontrollen behöver minst {minimum}</translation></message><message><source>the {title} model could not be fitted on the calibration period ({why})</source><translation>modellen {title} kunde inte anpassas på anpassningsperioden ({why})</translation></message><message><source>{title} fitted on {customers:,} customers up to {end}; checked against {weeks:.0f} holdout weeks</source><translation>{title} anpassad på {customers:,} kunder fram till {end}; kontrollerad mot {weeks:.0f} testveckor</translation></message><message><source>there are no purchases to check the model against</source><translation>det finns inga köp att kontrollera modellen mot</translation></message><message><source>In the holdout weeks these customers made {actual:,.0f} repeat purchases; the model predicted {predicted:,.0f} ({gap:.0%} {direction})</source><translation>Under de undanhållna veckorna gjorde de här kunderna {actual:,.0f} återköp; modellen förutsade {predicted:,.0f} ({gap:.0%} {direction})</translation></message><message><source>more</source><translation>fler</translation></message><message><source>fewer</source><translation>färre</translation></message><message><source>Summarising the calibration period</source><translation>Sammanfattar anpassningsperioden</translation></message><message><source>Fitting the {title} model up to {end}</source><translation>Anpassar {title}-modellen till och med {end}</translation></message><message><source>Comparing the prediction with the holdout weeks</source><translation>Jämför prognosen med de undanhållna veckorna</translation></message><message><source>{title} and Gamma-Gamma fitted on {customers:,} customers ({repeat:,} bought more than once); {horizon} months ahead, in {unit}</source><translation>{title} och Gamma-Gamma anpassade på {customers:,} kunder ({repeat:,} handlade mer än en gång); {horizon} månader framåt, räknat i {unit}</translation></message><message><source>days</source><translation>dagar</translation></message><message><source>weeks</source><translation>veckor</translation></message><message><source>months</source><translation>månader</translation></message><message><source>only {repeat} of {customers:,} customers bought more than once (the prediction needs at least {minimum}), so the simple CLV is used</source><translation>bara {repeat} av {customers:,} kunder handlade mer än en gång (prognosen behöver minst {minimum}), så det enkla kundvärdet används</translation></message><message><source>the {title} model could not be fitted, so the simple CLV is used: {why}</source><translation>modellen {title} kunde inte anpassas, så det enkla kundvärdet används: {why}</translation></message><message><source>spend per purchase could not be modelled, so the simple CLV is used: {why}</source><translation>beloppet per köp kunde inte modelleras, så det enkla kundvärdet används: {why}</translation></message><message><source>the prediction was not a finite number for some customers, so the simple CLV is used</source><translation>prognosen blev inte ett ändligt tal för vissa kunder, så det enkla kundvärdet används</translation></message><message><source>; annual retention has not been measured, so only the coming year's value is counted</source><translation>; den årliga kvarhållningen har inte kunnat mätas, så bara det kommande årets värde räknas</translation></message><message><source>; measured annual retention {retention:.0%}</source><translation>; uppmätt årlig kvarhållning {retention:.0%}</translation></message><message><source>; with 100 % retention and no discount rate the value has no limit, so only the coming year is counted (set a discount rate)</source><translation>; med 100 % kvarhållning och ingen diskonteringsränta har värdet ingen gräns, så bara det kommande året räknas (ange en diskonteringsränta)</translation></message><message><source>there are no purchases to value</source><translation>det finns inga köp att värdera</translation></message><message><source>Summarising purchases</source><translation>Sammanställer köpen</translation></message><message><source>Fitting the {title} purchase model</source><translation>Anpassar köpmodellen {title}</translation></message><message><source>Fitting spend per purchase</source><translation>Anpassar belopp per köp</translation></message><message><source>Predicting purchases</source><translation>Förutsäger köp</translation></message><message><source>Done</source><translation>Klart</translation></message></context><context><name>comments</name><message><source>(no answer)</source><translation>(inget svar)</translation></message><message><source>The keyword groups could not be read; the standard groups are used.</source><translation>Nyckelordsgrupperna kunde inte läsas; standardgrupperna används.</translation></message><message><source>Keyword group “{group}” could not be read and was left out.</source><translation>Nyckelordsgruppen ”{group}” kunde inte läsas och utelämnades.</translation></message><message><source>Keyword group “{group}”: language “{lang}” is not one of en, sv, da, nl, ru and was left out.</source><translation>Nyckelordsgruppen ”{group}”: språket ”{lang}” är inte ett av en, sv, da, nl, ru och utelämnades.</translation></message></context><context><name>compare</name><message><source>{a} keep {pa} and {b} {pb}; {verdict} ({p}).</source><translation>{a} behåller {pa} och {b} {pb}; {verdict} ({p}).</translation></message><message><source>a difference this large is very unlikely to be chance</source><translation>en så stor skillnad är mycket osannolik som slump</translation></message><message><source>a difference this large is unlikely to be chance</source><translation>en så stor skillnad är knappast slumpen</translation></message><message><source>a difference this large could well be chance</source><translation>en så stor skillnad kan mycket väl vara slumpen</translation></message><message><source>{a} and {b} both keep {pa}; there is no difference.</source><translation>{a} och {b} behåller båda {pa}; det finns ingen skillnad.</translation></message><message><source>There are no customers in {name} who could have churned yet, so there is nothing to compare.</source><translation>Det finns inga kunder i {name} som hade hunnit försvinna än, så det finns inget att jämföra.</translation></message><message><source>{a} and {b} both keep {pa} of their customers; there is no difference to test.</source><translation>{a} och {b} behåller båda {pa} av sina kunder; det finns ingen skillnad att testa.</translation></message><message><source> The groups are small, so treat this only as a rough guide.</source><translation> Grupperna är små, så se detta bara som en grov fingervisning.</translation></message><message><source>this group</source><translation>den här gruppen</translation></message><message><source>the rest</source><translation>övriga</translation></message></context><context><name>costs</name><message><source>enter your retention spend per period to see what keeping customers costs</source><translation>ange din kostnad för att behålla kunder per period för att se vad det kostar</translation></message><message><source>no sales data for this period</source><translation>inga försäljningsdata för perioden</translation></message><message><source>no spend entered for this period, so there is no ratio</source><translation>ingen kostnad angiven för perioden, så det finns ingen kvot</translation></message><message><source>period still running: revenue so far</source><translation>perioden pågår fortfarande: intäkter hittills</translation></message><message><source>revenue from retained customers came with the spend; it does not prove the spend caused it</source><translation>intäkterna från kvarhållna kunder kom samtidigt med kostnaden; det bevisar inte att kostnaden orsakade dem</translation></message></context><context><name>customers</name><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days (rounded up to {days} days)</source><translation>förslag från dina data: 80 % av återköpen sker inom {p80:.0f} dagar (avrundat uppåt till {days} dagar)</translation></message><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days; limited to {days} days</source><translation>förslag från dina data: 80 % av återköpen sker inom {p80:.0f} dagar; begränsat till {days} dagar</translation></message><message><source>a default of {days} days: only {n} customers bought more than once, too few to suggest a window from your data</source><translation>standardvärdet {days} dagar: bara {n} kunder handlade mer än en gång, för få för att föreslå ett fönster från dina data</translation></message><message><source>chosen by you</source><translation>valt av dig</translation></message></context><context><name>describe</name><message><source>Weekly</source><translation>Veckovisa</translation></message><message><source>Monthly</source><translation>Månadsvisa</translation></message><message><source>Quarterly</source><translation>Kvartalsvisa</translation></message><message><source>Half-yearly</source><translation>Halvårsvisa</translation></message><message><source>Yearly</source><translation>Årsvisa</translation></message><message><source>week</source><translation>vecka</translation></message><message><source>month</source><translation>månad</translation></message><message><source>quarter</source><translation>kvartal</translation></message><message><source>half-year</source><translation>halvår</translation></message><message><source>year</source><translation>år</translation></message><message><source>a customer counts as churned after {days} days without a purchase</source><translation>en kund räknas som förlorad efter {days} dagar utan köp</translation></message><message><source> ({reason})</source><translation> ({reason})</translation></message><message><source>refunds are not counted as purchases</source><translation>returer räknas inte som köp</translation></message><message><source>refunds count as activity</source><translation>returer räknas som aktivitet</translation></message><message><source>data up to {as_of}</source><translation>data till och med {as_of}</translation></message><message><source>no data yet</source><translation>ingen data än</translation></message><message><source>{Periods} periods; {window}; {refunds}; {data}.</source><translation>{Periods} perioder; {window}; {refunds}; {data}.</translation></message><message><source>{Periods} cohorts by the {period} of the first purchase; each cell is the share of the cohort that bought in that {period} (no inactivity window); {refunds}; {data}.</source><translation>{Periods} kohorter efter perioden för första köpet ({period}); varje cell är andelen av kohorten som handlade under den perioden (inget inaktivitetsfönster); {refunds}; {data}.</translation></message><message><source>Lifespan from the first purchase to the churn date, or to {as_of} for active customers (the Kaplan–Meier median counts them as still running); {window}; {refunds}; {data}.</source><translation>Livslängd från första köpet till tappdatumet, eller till {as_of} för aktiva kunder (Kaplan–Meier-medianen räknar dem som pågående); {window}; {refunds}; {data}.</translation></message><message><source>Months from the first purchase to the churn date, churned customers only; {window}; {refunds}; {data}.</source><translation>Månader från första köpet till tappdatumet, endast förlorade kunder; {window}; {refunds}; {data}.</translation></message><message><source>Value = net revenue after refunds × {margin} margin; a purchase is an order with a positive amount; {refunds}; {data}.</source><translation>Värde = nettointäkter efter returer × {margin} marginal; ett köp är en order med positivt belopp; {refunds}; {data}.</translation></message><message><source>Customers whose churn date is between {start} and {end}; annual net revenue × {margin} margin × {lifetime}, discounted at {discount} a year; {window}; {data}.</source><translation>Kunder vars tappdatum ligger mellan {start} och {end}; årliga nettointäkter × {margin} marginal × {lifetime}, diskonterat med {discount} per år; {window}; {data}.</translation></message><message><source>an expected lifetime of {years} years (set by you)</source><translation>en förväntad livslängd på {years} år (angiven av dig)</translation></message><message><source>an expected lifetime of 1 / (1 − annual retention) years</source><translation>en förväntad livslängd på 1 / (1 − årlig kvarhållning) år</translation></message><message><source>Retention spend you entered minus the revenue from customers retained in each {period} (active at its start and at its end); {window}; {data}.</source><translation>Kostnaden för att behålla kunder som du angett minus intäkterna från kvarhållna kunder i varje period ({period}; aktiva vid periodens början och slut); {window}; {data}.</translation></message><message><source>Return rate = orders with a net amount of zero or less ÷ all orders; returned share = refunded money ÷ revenue before refunds; {refunds}; {data}.</source><translation>Returandel = ordrar med nettobelopp noll eller mindre ÷ alla ordrar; returnerad andel = återbetalda pengar ÷ intäkter före returer; {refunds}; {data}.</translation></message><message><source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % confidence interval; {waves}; {data}.</source><translation>NPS = % ambassadörer (9–10) − % kritiker (0–6), från −100 till 100, med ett 95 %-konfidensintervall; {waves}; {data}.</translation></message><message><source>waves as given in your survey file</source><translation>omgångar enligt din enkätfil</translation></message><message><source>{waves} waves by answer date</source><translation>{waves} omgångar efter svarsdatum</translation></message><message><source>Satisfaction 1–5: top box = 5, top two boxes = 4–5; repurchase = bought again within {repurchase} days after answering; {refunds}; {data}.</source><translation>Nöjdhet 1–5: högsta betyget = 5, två högsta betygen = 4–5; återköp = handlade igen inom {repurchase} dagar efter svaret; {refunds}; {data}.</translation></message><message><source>Predicted value over the next {horizon} months × {margin} margin, discounted at {discount} a year (BG/NBD and Gamma-Gamma models, or 1 / (1 − annual retention) years when there are too few repeat customers); {refunds}; {data}.</source><translation>Förväntat värde under de kommande {horizon} månaderna × {margin} marginal, diskonterat med {discount} per år (modellerna BG/NBD och Gamma-Gamma, eller 1 / (1 − årlig kvarhållning) år när det finns för få återkommande kunder); {refunds}; {data}.</translation></message><message><source>Segments follow your rules over each customer's figures; {window}; {refunds}; {data}.</source><translation>Segmenten följer dina regler för varje kunds siffror; {window}; {refunds}; {data}.</translation></message><message><source>RFM scores 1–5 by fifths of recency, frequency and money spent; {refunds}; {data}.</source><translation>RFM-poäng 1–5 efter femtedelar av senaste köp, köpfrekvens och köpbelopp; {refunds}; {data}.</translation></message><message><source>At risk: overdue (more than 1.5 × their usual gap since the last purchase), buying less often, a low score, recent returns or a low chance of still being a customer; {window}; {data}.</source><translation>I riskzonen: försenade (mer än 1,5 × sitt vanliga uppehåll sedan senaste köpet), handlar mer sällan, lågt betyg, nyliga returer eller liten chans att fortfarande vara kund; {window}; {data}.</translation></message><message><source>{Window}; {refunds}; {data}.</source><translation>{Window}; {refunds}; {data}.</translation></message><message><source>Share of customers still active, counting only customers who first bought more than {days} days before {as_of}; two-proportion z-test; {window}; {data}.</source><translation>Andel kunder som fortfarande är aktiva, bara kunder som handlade första gången mer än {days} dagar före {as_of}; z-test för två andelar; {window}; {data}.</translation></message></context><context><name>excel</name><message><source>Summary</source><translation>Sammanfattning</translation></message><message><source>Retention</source><translation>Kvarhållning</translation></message><message><source>Cohorts</source><translation>Kohorter</translation></message><message><source>Customers</source><translation>Kunder</translation></message><message><source>At risk</source><translation>I riskzonen</translation></message><message><source>NPS waves</source><translation>NPS-omgångar</translation></message><message><source>Satisfaction</source><translation>Nöjdhet</translation></message><message><source>Segments</source><translation>Segment</translation></message><message><source>Imports</source><translation>Importer</translation></message><message><source>Rejected rows</source><translation>Avvisade rader</translation></message><message><source>Definitions</source><translation>Definitioner</translation></message><message><source>Key figure</source><translation>Nyckeltal</translation></message><message><source>Value</source><translation>Värde</translation></message><message><source>Benchmark</source><translation>Branschvärde</translation></message><message><source>Target</source><translation>Mål</translation></message><message><source>Assessment</source><translation>Bedömning</translation></message><message><source>Cohort</source><translation>Kohort</translation></message><message><source>Customers in cohort</source><translation>Kunder i kohorten</translation></message><message><source>Period {k}</source><translation>Period {k}</translation></message><message><source>Chart</source><translation>Diagram</translation></message><message><source>Definitions used</source><translation>Använda definitioner</translation></message><message><source>Setting</source><translation>Inställning</translation></message><message><source>File</source><translation>Fil</translation></message><message><source>Row</source><translation>Rad</translation></message><message><source>Column</source><translation>Kolumn</translation></message><message><source>Reason</source><translation>Orsak</translation></message><message><source>Customer</source><translation>Kund</translation></message><message><source>E-mail</source><translation>E-post</translation></message><message><source>NPS score</source><translation>NPS-betyg</translation></message><message><source>NPS category</source><translation>NPS-grupp</translation></message><message><source>Chance still a customer</source><translation>Chans att fortfarande vara kund</translation></message><message><source>Predicted value</source><translation>Förväntat värde</translation></message><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>Answers</source><translation>Svar</translation></message><message><source>95 % CI low</source><translation>95 % KI nedre</translation></message><message><source>95 % CI high</source><translation>95 % KI övre</translation></message><message><source>95 % CI low (adjusted Wald)</source><translation>95 % KI nedre (justerad Wald)</translation></message><message><source>95 % CI high (adjusted Wald)</source><translation>95 % KI övre (justerad Wald)</translation></message><message><source>Chart or setting</source><translation>Diagram eller inställning</translation></message><message><source>Definition</source><translation>Definition</translation></message><message><source>Value at risk</source><translation>Värde i riskzonen</translation></message><message><source>Why</source><translation>Varför</translation></message><message><source>Period</source><translation>Period</translation></message><message><source>Start</source><translation>Början</translation></message><message><source>End</source><translation>Slut</translation></message><message><source>Incomplete period</source><translation>Ofullständig period</translation></message><message><source>Customers at start</source><translation>Kunder i början</translation></message><message><source>Customers at end</source><translation>Kunder i slutet</translation></message><message><source>New</source><translation>Nya</translation></message><message><source>Retained</source><translation>Kvar</translation></message><message><source>Came back</source><translation>Kom tillbaka</translation></message><message><source>Churned</source><translation>Förlorade</translation></message><message><source>New, already lapsed</source><translation>Nya, redan förlorade</translation></message><message><source>Retention of the first period</source><translation>Kvarhållning första perioden</translation></message><message><source>Retention rate</source><translation>Kvarhållning</translation></message><message><source>Churn rate</source><translation>Kundtapp</translation></message><message><source>Note</source><translation>Anmärkning</translation></message><message><source>First purchase</source><translation>Första köp</translation></message><message><source>Last purchase</source><translation>Senaste köp</translation></message><message><source>Purchases</source><translation>Köp</translation></message><message><source>Days with a purchase</source><translation>Dagar med köp</translation></message><message><source>Revenue</source><translation>Intäkter</translation></message><message><source>Returns</source><translation>Returer</translation></message><message><source>Amount returned</source><translation>Returnerat belopp</translation></message><message><source>Average order value</source><translation>Genomsnittligt ordervärde</translation></message><message><source>Days as a customer</source><translation>Dagar som kund</translation></message><message><source>Months as a customer</source><translation>Månader som kund</translation></message><message><source>Days since last purchase</source><translation>Dagar sedan senaste köp</translation></message><message><source>Purchases in the last 365 days</source><translation>Köp de senaste 365 dagarna</translation></message><message><source>Revenue in the last 365 days</source><translation>Intäkter de senaste 365 dagarna</translation></message><message><source>Usual days between purchases</source><translation>Vanligt antal dagar mellan köp</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>Churn date</source><translation>Datum då kunden gick förlorad</translation></message><message><source>Lifespan (days)</source><translation>Kundlivslängd (dagar)</translation></message><message><source>Name</source><translation>Namn</translation></message><message><source>Phone</source><translation>Telefon</translation></message><message><source>Sign-up date</source><translation>Registreringsdatum</translation></message><message><source>Recency score (R)</source><translation>Senast-poäng (R)</translation></message><message><source>Frequency score (F)</source><translation>Frekvenspoäng (F)</translation></message><message><source>Spend score (M)</source><translation>Beloppspoäng (M)</translation></message><message><source>Warning signs</source><translation>Varningssignaler</translation></message><message><source>Overdue</source><translation>Försenad</translation></message><message><source>Buying less often</source><translation>Handlar mer sällan</translation></message><message><source>Unhappy</source><translation>Missnöjd</translation></message><message><source>Recent returns</source><translation>Nyliga returer</translation></message><message><source>Probably lost</source><translation>Troligen förlorad</translation></message><message><source>Wave</source><translation>Omgång</translation></message><message><source>Promoters</source><translation>Ambassadörer</translation></message><message><source>Passives</source><translation>Passiva</translation></message><message><source>Detractors</source><translation>Kritiker</translation></message><message><source>NPS</source><translation>NPS</translation></message><message><source>Share of promoters</source><translation>Andel ambassadörer</translation></message><message><source>Share of passives</source><translation>Andel passiva</translation></message><message><source>Share of detractors</source><translation>Andel kritiker</translation></message><message><source>Uncertain</source><translation>Osäker</translation></message><message><source>Why uncertain</source><translation>Varför osäker</translation></message><message><source>Level</source><translation>Nivå</translation></message><message><source>Answer</source><translation>Svar</translation></message><message><source>Bought again</source><translation>Köpte igen</translation></message><message><source>Share who bought again</source><translation>Andel som köpte igen</translation></message><message><source>Too recent to tell</source><translation>För nyligen för att veta</translation></message><message><source>Enough answers</source><translation>Tillräckligt många svar</translation></message><message><source>Kind</source><translation>Typ</translation></message><message><source>Format</source><translation>Format</translation></message><message><source>Sheet</source><translation>Blad</translation></message><message><source>Encoding</source><translation>Teckenkodning</translation></message><message><source>Delimiter</source><translation>Avgränsare</translation></message><message><source>Decimal sign</source><translation>Decimaltecken</translation></message><message><source>Date order</source><translation>Datumordning</translation></message><message><source>Header row</source><translation>Rubrikrad</translation></message><message><source>Currency</source><translation>Valuta</translation></message><message><source>Rows read</source><translation>Lästa rader</translation></message><message><source>Rows accepted</source><translation>Godkända rader</translation></message><message><source>Rows rejected</source><translation>Avvisade rader</translation></message><message><source>Guest purchases</source><translation>Gästköp</translation></message><message><source>Segment</source><translation>Segment</translation></message><message><source>Share of customers</source><translation>Andel av kunderna</translation></message><message><source>Share of revenue</source><translation>Andel av intäkterna</translation></message><message><source>Revenue per customer</source><translation>Intäkter per kund</translation></message><message><source>Value so far (margin)</source><translation>Värde hittills (marginal)</translation></message><message><source>Active</source><translation>Aktiva</translation></message><message><source>Share churned</source><translation>Andel förlorade</translation></message><message><source>Periods measured</source><translation>Mätta perioder</translation></message><message><source>Last full period</source><translation>Senaste hela period</translation></message><message><source>Customers at start of last period</source><translation>Kunder i början av senaste perioden</translation></message><message><source>Retained in last period</source><translation>Kvar under senaste perioden</translation></message><message><source>Retention in last period</source><translation>Kvarhållning senaste perioden</translation></message><message><source>NPS answers</source><translation>NPS-svar</translation></message><message><source>Average predicted value</source><translation>Genomsnittligt prognosvärde</translation></message><message><source>Average chance still a customer</source><translation>Genomsnittlig chans att fortfarande vara kund</translation></message><message><source>All charts</source><translation>Alla diagram</translation></message><message><source>Customer value</source><translation>Kundvärde</translation></message><message><source>Customer lifespan</source><translation>Kundlivslängd</translation></message><message><source>Customer lifecycle</source><translation>Kundens livscykel</translation></message><message><source>Lost lifetime value</source><translation>Förlorat kundlivstidsvärde</translation></message><message><source>Cost of retention</source><translation>Kostnad för att behålla kunder</translation></message><message><source>Comparisons</source><translation>Jämförelser</translation></message><message><source>Comments</source><translation>Kommentarer</translation></message><message><source>Analysis date</source><translation>Analysdatum</translation></message><message><source>Inactivity window (days)</source><translation>Inaktivitetsfönster (dagar)</translation></message><message><source>Refunds count as purchases</source><translation>Returer räknas som köp</translation></message><message><source>Margin</source><translation>Marginal</translation></message><message><source>Discount rate</source><translation>Diskonteringsränta</translation></message><message><source>Expected lifetime (years)</source><translation>Förväntad kundlivslängd (år)</translation></message><message><source>Survey wave</source><translation>Enkätomgång</translation></message><message><source>Repurchase window (days)</source><translation>Fönster för återköp (dagar)</translation></message></context><context><name>excel values</name><message><source>active</source><translation>aktiv</translation></message><message><source>churned</source><translation>förlorad</translation></message><message><source>promoter</source><translation>ambassadör</translation></message><message><source>passive</source><translation>passiv</translation></message><message><source>detractor</source><translation>kritiker</translation></message><message><source>sales</source><translation>försäljning</translation></message><message><source>customer list</source><translation>kundlista</translation></message><message><source>survey answers</source><translation>enkätsvar</translation></message><message><source>all customers</source><translation>alla kunder</translation></message><message><source>loyal</source><translation>lojala</translation></message><message><source>everyone else</source><translation>alla andra</translation></message><message><source>your segment</source><translation>ditt segment</translation></message><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>strength</source><translation>styrka</translation></message><message><source>weakness</source><translation>svaghet</translation></message><message><source>on par</source><translation>i nivå</translation></message><message><source>week</source><translation>vecka</translation></message><message><source>month</source><translation>månad</translation></message><message><source>quarter</source><translation>kvartal</translation></message><message><source>half-year</source><translation>halvår</translation></message><message><source>year</source><translation>år</translation></message><message><source>yes</source><translation>ja</translation></message><message><source>no</source><translation>nej</translation></message></context><context><name>importing</name><message><source>this row has {got} values but the header has {want} columns</source><translation>raden har {got} värden men rubrikraden har {want} kolumner</translation></message><message><source>The file could not be read as a table ({detail}). Check for an unclosed quote (") or a line that is far too long.</source><translation>Filen kunde inte läsas som en tabell ({detail}). Leta efter ett citattecken (") som inte stängs eller en rad som är alldeles för lång.</translation></message><message><source>The file has a header but no data rows.</source><translation>Filen har en rubrikrad men inga datarader.</translation></message><message><source>a value here is longer than {limit:,} characters; this does not look like a table export. Check for an unclosed quote (") or choose the right file.</source><translation>ett värde här är längre än {limit:,} tecken; det ser inte ut som en tabellexport. Leta efter ett citattecken (") som inte stängs eller välj rätt fil.</translation></message><message><source>The file is not in the chosen text encoding {encoding!r}.</source><translation>Filen har inte den valda teckenkodningen {encoding!r}.</translation></message><message><source>Row {row}</source><translation>Rad {row}</translation></message><message><source>column "{column}"</source><translation>kolumn "{column}"</translation></message><message><source>{file}, row {row}</source><translation>{file}, rad {row}</translation></message><message><source>{where}, column "{column}"</source><translation>{where}, kolumn "{column}"</translation></message><message><source>Could not find a column for: {fields}. Map the columns by hand.</source><translation>Hittade ingen kolumn för: {fields}. Koppla kolumnerna för hand.</translation></message><message><source>The file could not be imported because of an unexpected problem ({detail}). Details are in the log file.</source><translation>Filen kunde inte importeras på grund av ett oväntat problem ({detail}). Detaljer finns i loggfilen.</translation></message><message><source>Could not tell whether this file holds sales, customers or survey answers. Choose the kind of data and map its columns.</source><translation>Det gick inte att avgöra om filen innehåller försäljning, kunder eller enkätsvar. Välj typ av data och koppla kolumnerna.</translation></message><message><source>{file}: new {noun}: {new}; already in the project: {duplicate}; changed and updated: {updated}; rows rejected: {rejected}.</source><translation>{file}: nya {noun}: {new}; fanns redan i projektet: {duplicate}; ändrade och uppdaterade: {updated}; avvisade rader: {rejected}.</translation></message><message><source>{file}: cannot add {kind!r} data to a project (expected {expected}).</source><translation>{file}: kan inte lägga till data av typen {kind!r} i ett projekt (väntade {expected}).</translation></message><message><source>There is no import to undo.</source><translation>Det finns ingen import att ångra.</translation></message><message><source>The import of {file} cannot be undone because the {table} were changed after it ({detail}).</source><translation>Importen av {file} kan inte ångras eftersom {table} har ändrats efteråt ({detail}).</translation></message><message><source>Choose a file name to save the project to.</source><translation>Välj ett filnamn att spara projektet som.</translation></message><message><source>{file}: the saved definitions cannot be used ({detail}).</source><translation>{file}: de sparade definitionerna kan inte användas ({detail}).</translation></message><message><source>{file}: the settings file cannot be used ({detail}).</source><translation>{file}: inställningsfilen kan inte användas ({detail}).</translation></message><message><source>{file}: the project file does not exist. Check the name and folder and try again.</source><translation>{file}: projektfilen finns inte. Kontrollera namnet och mappen och försök igen.</translation></message><message><source>{file}: this is a folder, not a project file.</source><translation>{file}: det här är en mapp, inte en projektfil.</translation></message><message><source>{file}: the file is empty, so it is not a Loyalty Desktop project.</source><translation>{file}: filen är tom och är alltså inget Loyalty Desktop-projekt.</translation></message><message><source>{file}: this is not a Loyalty Desktop project file. Open a .loyalty file, or import spreadsheets with File ▸ Import.</source><translation>{file}: det här är ingen projektfil för Loyalty Desktop. Öppna en .loyalty-fil, eller importera kalkylblad med Arkiv ▸ Importera.</translation></message><message><source>{file}: this is a database from another program, not a Loyalty Desktop project. Nothing was changed.</source><translation>{file}: det här är en databas från ett annat program, inget Loyalty Desktop-projekt. Inget har ändrats.</translation></message><message><source>{file} was saved by a newer version of Loyalty Desktop (project format {found}; this version reads up to {supported}). Please update the app to open it. Nothing was changed.</source><translation>{file} sparades av en nyare version av Loyalty Desktop (projektformat {found}; den här versionen läser upp till {supported}). Uppdatera appen för att öppna filen. Inget har ändrats.</translation></message><message><source>{file}: the project file is damaged and cannot be opened ({detail}). Nothing was changed. If you have an autosave or backup copy, open that instead.</source><translation>{file}: projektfilen är skadad och kan inte öppnas ({detail}). Inget har ändrats. Om du har en autosparad kopia eller en säkerhetskopia kan du öppna den i stället.</translation></message><message><source>{file}: the file cannot be read ({detail}).</source><translation>{file}: filen kan inte läsas ({detail}).</translation></message><message><source>Could not save {file}: {detail}. The previous version of the file is unchanged.</source><translation>Kunde inte spara {file}: {detail}. Den tidigare versionen av filen är oförändrad.</translation></message><message><source>Could not save {file}: the setting {key!r} cannot be stored ({detail}).</source><translation>Kunde inte spara {file}: inställningen {key!r} kan inte lagras ({detail}).</translation></message><message><source>Could not save {file}: the {table} table has two columns named {column!r}.</source><translation>Kunde inte spara {file}: tabellen {table} har två kolumner med namnet {column!r}.</translation></message><message><source>The file does not exist. Check the name and try again.</source><translation>Filen finns inte. Kontrollera namnet och försök igen.</translation></message><message><source>This is a folder, not a file.</source><translation>Det här är en mapp, inte en fil.</translation></message><message><source>The compressed file expands to more than {limit} GB; it was not opened (a 'zip bomb'?).</source><translation>Den komprimerade filen packas upp till mer än {limit} GB; den öppnades inte (en ”zip-bomb”?).</translation></message><message><source>The compressed file is damaged ({detail}).</source><translation>Den komprimerade filen är skadad ({detail}).</translation></message><message><source>the payment has status "{value}": it was never completed, so it is not a purchase</source><translation>betalningen har status "{value}": den slutfördes aldrig och är alltså inget köp</translation></message><message><source>the date is empty</source><translation>datumet saknas</translation></message><message><source>this is not a date the app can read</source><translation>det här är inget datum som appen kan läsa</translation></message><message><source>the amount is empty</source><translation>beloppet saknas</translation></message><message><source>this is not a number</source><translation>det här är inget tal</translation></message><message><source>no customer id, e-mail, phone or name: a guest purchase that cannot be linked to a customer</source><translation>inget kund-id, ingen e-post, inget telefonnummer eller namn: ett gästköp som inte kan kopplas till en kund</translation></message><message><source>no customer id, e-mail, phone or name</source><translation>inget kund-id, ingen e-post, inget telefonnummer eller namn</translation></message><message><source>the same customer as row {row}</source><translation>samma kund som rad {row}</translation></message><message><source>no score, satisfaction, comment or reason in this answer</source><translation>svaret saknar poäng, nöjdhet, kommentar och orsak</translation></message><message><source>an NPS score must be a whole number from 0 to 10</source><translation>ett NPS-svar måste vara ett heltal från 0 till 10</translation></message><message><source>a satisfaction answer must be a whole number from 1 to 5</source><translation>ett nöjdhetssvar måste vara ett heltal från 1 till 5</translation></message><message><source>The sheet "{sheet}" spans {rows:,} rows × {cols:,} columns, more than the {limit:,} cells this app can open. Often there is formatting far below or to the right of the data: delete those rows and columns in Excel, or save the sheet as CSV.</source><translation>Bladet "{sheet}" omfattar {rows:,} rader × {cols:,} kolumner, fler än de {limit:,} celler appen kan öppna. Ofta finns det formatering långt under eller till höger om tabellen: ta bort de raderna och kolumnerna i Excel, eller spara bladet som CSV.</translation></message><message><source>The file is damaged or not a real spreadsheet ({detail}).</source><translation>Filen är skadad eller inget riktigt kalkylblad ({detail}).</translation></message><message><source>The file is empty. Export the data again and choose this new file.</source><translation>Filen är tom. Exportera datan igen och välj den nya filen.</translation></message><message><source>This does not look like a table: it contains binary data. Export the data as CSV or Excel (.xlsx) and try again.</source><translation>Det här ser inte ut som en tabell: filen innehåller binärdata. Exportera datan som CSV eller Excel (.xlsx) och försök igen.</translation></message><message><source>The first line is longer than {limit:,} bytes; this does not look like a table export. Check that you chose the right file.</source><translation>Första raden är längre än {limit:,} byte; det ser inte ut som en tabellexport. Kontrollera att du valde rätt fil.</translation></message><message><source>The file has {count:,} or more columns; at most {limit:,} are supported. Check that you chose the right file and delimiter.</source><translation>Filen har {count:,} kolumner eller fler; högst {limit:,} stöds. Kontrollera att du valde rätt fil och avgränsare.</translation></message><message><source>The workbook has no sheet named {sheet!r}. Sheets: {names}.</source><translation>Arbetsboken har inget blad som heter {sheet!r}. Blad: {names}.</translation></message><message><source>The workbook has no sheet with data.</source><translation>Arbetsboken har inget blad med data.</translation></message><message><source>The dates in column "{column}" could be day/month or month/day (for example "{example}"). Choose the date order in the import window, or set "date_order": "dmy" or "mdy" in the config file.</source><translation>Datumen i kolumnen "{column}" kan vara dag/månad eller månad/dag (till exempel "{example}"). Välj datumordning i importfönstret, eller ange "date_order": "dmy" eller "mdy" i konfigurationsfilen.</translation></message><message><source>The file mixes currencies ({listing}). Import each currency as its own file, or remove the rows in the other currency.</source><translation>Filen blandar valutor ({listing}). Importera varje valuta som en egen fil, eller ta bort raderna i den andra valutan.</translation></message></context><context><name>keyword groups</name><message><source>quality</source><translation>kvalitet</translation></message><message><source>price</source><translation>pris</translation></message><message><source>service</source><translation>service</translation></message><message><source>delivery</source><translation>leverans</translation></message><message><source>staff</source><translation>personal</translation></message><message><source>waiting</source><translation>väntetid</translation></message><message><source>communication</source><translation>kommunikation</translation></message><message><source>ease of use</source><translation>enkelhet</translation></message><message><source>range</source><translation>sortiment</translation></message></context><context><name>lifespan</name><message><source>no customers yet</source><translation>inga kunder än</translation></message><message><source>more than half of your customers are still active after {days} days, the longest time observed, so the median lifetime is longer than that</source><translation>mer än hälften av dina kunder är fortfarande aktiva efter {days} dagar, den längsta tid som observerats, så medianlivslängden är längre än så</translation></message><message><source>no customer has churned yet, so there is no lifecycle to show</source><translation>ingen kund har slutat handla än, så det finns ingen livscykel att visa</translation></message></context><context><name>loyal_history</name><message><source>Loyal customers in {period}</source><translation>Lojala kunder under {period}</translation></message><message><source>Survey answers and model estimates use today's values for every period.</source><translation>Enkätsvar och modellberäkningar använder dagens värden för alla perioder.</translation></message></context><context><name>nps</name><message><source>only {n} answers (fewer than {min}); treat the score as a rough indication</source><translation>bara {n} svar (färre än {min}); se värdet som en grov fingervisning</translation></message><message><source>only one answer; treat the score as a rough indication</source><translation>bara ett svar; se värdet som en grov fingervisning</translation></message><message><source>the 95 % interval is ±{half:.1f} points wide (more than ±{max:.0f})</source><translation>95 %-intervallet är ±{half:.1f} poäng brett (mer än ±{max:.0f})</translation></message><message><source>no answers</source><translation>inga svar</translation></message><message><source>The rise from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Ökningen från {a:.0f} till {b:.0f} kan vara slumpen: p = {p:.2f}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Minskningen från {a:.0f} till {b:.0f} kan vara slumpen: p = {p:.2f}.</translation></message><message><source>The rise from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Ökningen från {a:.0f} till {b:.0f} är knappast slumpen: p {p_text}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Minskningen från {a:.0f} till {b:.0f} är knappast slumpen: p {p_text}.</translation></message><message><source>{a_label} and {b_label} have the same score ({a:.0f}); there is no difference to explain.</source><translation>{a_label} och {b_label} har samma värde ({a:.0f}); det finns ingen skillnad att förklara.</translation></message><message><source>{a_label} and {b_label} cannot be compared: one of them has no answers.</source><translation>{a_label} och {b_label} kan inte jämföras: en av dem saknar svar.</translation></message><message><source>no date</source><translation>inget datum</translation></message><message><source>The answers have no wave column, so waves are half-years of the answer date instead.</source><translation>Svaren har ingen kolumn för omgång, så omgångarna är i stället halvår efter svarsdatum.</translation></message><message><source>Loyal</source><translation>Lojala</translation></message><message><source>Rest</source><translation>Övriga</translation></message></context><context><name>progress</name><message><source>Applying the filter</source><translation>Tillämpar filtret</translation></message><message><source>Building the customer table</source><translation>Bygger kundtabellen</translation></message><message><source>Checking the rows</source><translation>Kontrollerar raderna</translation></message><message><source>Cohorts, lifespan and value</source><translation>Kohorter, kundlivslängd och värde</translation></message><message><source>Demo ready</source><translation>Demon är klar</translation></message><message><source>Done</source><translation>Klart</translation></message><message><source>Finding customers at risk</source><translation>Letar efter kunder i riskzonen</translation></message><message><source>Opening the demo project</source><translation>Öppnar demoprojektet</translation></message><message><source>Preparing orders</source><translation>Förbereder köpen</translation></message><message><source>Reading the file</source><translation>Läser filen</translation></message><message><source>Reading the first rows</source><translation>Läser de första raderna</translation></message><message><source>Retention per period</source><translation>Kvarhållning per period</translation></message><message><source>Saving the demo project</source><translation>Sparar demoprojektet</translation></message><message><source>Segments</source><translation>Segment</translation></message><message><source>Survey answers</source><translation>Enkätsvar</translation></message><message><source>Writing the demo export files</source><translation>Skriver demons exportfiler</translation></message><message><source>Writing the list</source><translation>Skriver listan</translation></message><message><source>Saved</source><translation>Sparat</translation></message></context><context><name>representativeness</name><message><source>spend band</source><translation>beloppsgrupp</translation></message><message><source>{lo:,.0f}–{hi:,.0f}</source><translation>{lo:,.0f}–{hi:,.0f}</translation></message><message><source>Your {n:,} respondents look like your customers by {dimension} (chi-square p = {p:.2f}): no group is clearly over- or under-represented.</source><translation>Dina {n:,} svarande liknar dina kunder när det gäller {dimension} (chi-två p = {p:.2f}): ingen grupp är tydligt över- eller underrepresenterad.</translation></message><message><source>Your respondents differ from your customers by {dimension} (chi-square p {p_text}): {over} is over-represented ({over_resp:.0%} of answers vs {over_cust:.0%} of customers) and {under} under-represented ({under_resp:.0%} vs {under_cust:.0%}). Keep that in mind when reading the survey results.</source><translation>De svarande skiljer sig från dina kunder när det gäller {dimension} (chi-två p {p_text}): {over} är överrepresenterad ({over_resp:.0%} av svaren mot {over_cust:.0%} av kunderna) och {under} underrepresenterad ({under_resp:.0%} mot {under_cust:.0%}). Tänk på det när du läser enkätresultaten.</translation></message><message><source> Some groups are small, so the test is only a rough guide.</source><translation> Vissa grupper är små, så testet är bara en grov fingervisning.</translation></message><message><source>All customers are in one {dimension} group; there is nothing to compare.</source><translation>Alla kunder är i samma grupp för {dimension}; det finns inget att jämföra.</translation></message><message><source>None of your customers answered the survey (or answers could not be matched to customers), so representativeness cannot be judged.</source><translation>Ingen av dina kunder svarade på enkäten (eller svaren kunde inte kopplas till kunder), så representativiteten kan inte bedömas.</translation></message><message><source>(none)</source><translation>(ingen)</translation></message><message><source>Every one of these customers answered, so the respondents are the customers.</source><translation>Alla dessa kunder svarade, så de svarande är kunderna.</translation></message></context><context><name>responses</name><message><source>{matched:,} of {n:,} answers ({rate:.0%}) matched a customer: {by_id:,} by customer id, {by_email:,} by e-mail. Unmatched answers still count for NPS.</source><translation>{matched:,} av {n:,} svar ({rate:.0%}) kopplades till en kund: {by_id:,} via kundnummer, {by_email:,} via e-post. Svar utan kund räknas ändå i NPS.</translation></message><message><source>There are no survey answers to match.</source><translation>Det finns inga enkätsvar att koppla.</translation></message><message><source>“{value}” is not a score from {low} to {high}</source><translation>”{value}” är inget betyg från {low} till {high}</translation></message><message><source>“{value}” is not a date and time</source><translation>”{value}” är inget datum och klockslag</translation></message></context><context><name>retention</name><message><source>no active customers at the start of this period, so there is nothing to retain</source><translation>inga aktiva kunder i början av perioden, så det finns inget att behålla</translation></message><message><source>period still running: end counts are as of {as_of}</source><translation>perioden pågår fortfarande: slutsiffrorna gäller per {as_of}</translation></message></context><context><name>rfm</name><message><source>Bought recently and buy often.</source><translation>Har handlat nyligen och handlar ofta.</translation></message><message><source>Buy often and still come back.</source><translation>Handlar ofta och kommer fortfarande tillbaka.</translation></message><message><source>Recent customers who have bought more than once.</source><translation>Nya kunder som har handlat mer än en gång.</translation></message><message><source>Bought recently, for the first time or rarely.</source><translation>Har handlat nyligen, för första gången eller sällan.</translation></message><message><source>Fairly recent, but do not buy often yet.</source><translation>Ganska nyligen, men handlar inte ofta än.</translation></message><message><source>Average recency and frequency: could go either way.</source><translation>Medelhög aktualitet och frekvens: kan gå åt båda hållen.</translation></message><message><source>Not seen for a while and rarely bought.</source><translation>Har inte synts på ett tag och handlade sällan.</translation></message><message><source>Used to buy regularly but have not come back for a long time.</source><translation>Handlade regelbundet men har inte kommit tillbaka på länge.</translation></message><message><source>Bought most often, but not for a long time.</source><translation>Handlade oftast, men inte på länge.</translation></message><message><source>Long ago and rarely.</source><translation>För länge sedan och sällan.</translation></message><message><source>Longest ago and least often.</source><translation>Längst sedan och mest sällan.</translation></message></context><context><name>risk</name><message><source>last bought {days} days ago; usually every {gap}</source><translation>handlade senast för {days} dagar sedan; brukar handla var {gap}</translation></message><message><source>bought {last} times in the last {period} days, {previous} in the {period} before</source><translation>handlade {last} gånger de senaste {period} dagarna, {previous} de {period} dagarna innan</translation></message><message><source>bought once in the last {period} days, {previous} times in the {period} before</source><translation>handlade en gång de senaste {period} dagarna, {previous} gånger de {period} dagarna innan</translation></message><message><source>no purchase in the last {period} days, {previous} in the {period} before</source><translation>inget köp de senaste {period} dagarna, {previous} de {period} dagarna innan</translation></message><message><source>gave a score of {score} out of 10</source><translation>gav betyget {score} av 10</translation></message><message><source>rated satisfaction {value} out of 5</source><translation>angav nöjdhet {value} av 5</translation></message><message><source>returned an order in the last {period} days</source><translation>returnerade en order de senaste {period} dagarna</translation></message><message><source>returned {n} orders in the last {period} days</source><translation>returnerade {n} ordrar de senaste {period} dagarna</translation></message><message><source>probably no longer buying: {p:.0%} chance they are still a customer</source><translation>handlar troligen inte längre: {p:.0%} chans att hen fortfarande är kund</translation></message><message><source>value at risk = (1 − chance still a customer) × predicted value</source><translation>värde i riskzonen = (1 − chans att fortfarande vara kund) × förväntat värde</translation></message><message><source>value at risk = the whole predicted value of customers with a warning sign (the chance that a customer is still buying could not be estimated)</source><translation>värde i riskzonen = hela det förväntade värdet för kunder med en varningssignal (chansen att en kund fortfarande handlar kunde inte uppskattas)</translation></message></context><context><name>rule values</name><message><source>active</source><translation>aktiv</translation></message><message><source>churned</source><translation>förlorad</translation></message><message><source>promoter</source><translation>ambassadör</translation></message><message><source>passive</source><translation>passiv</translation></message><message><source>detractor</source><translation>kritiker</translation></message><message><source>yes</source><translation>ja</translation></message><message><source>no</source><translation>nej</translation></message></context><context><name>rule_fields</name><message><source>Imported from your customer list (column “{name}”).</source><translation>Importerat från din kundlista (kolumnen ”{name}”).</translation></message><message><source>Customer since</source><translation>Kund sedan</translation></message><message><source>City</source><translation>Ort</translation></message><message><source>Channel</source><translation>Kanal</translation></message><message><source>Store</source><translation>Butik</translation></message><message><source>Gender</source><translation>Kön</translation></message><message><source>Date of birth</source><translation>Födelsedatum</translation></message><message><source>Postcode</source><translation>Postnummer</translation></message><message><source>Country</source><translation>Land</translation></message></context><context><name>rules</name><message><source>{where}: expected {{"name", "match", "conditions"}}, not {value}.</source><translation>{where}: förväntade {{"name", "match", "conditions"}}, inte {value}.</translation></message><message><source>{where}: the rule needs a name.</source><translation>{where}: regeln behöver ett namn.</translation></message><message><source>{where}: "match" must be "all" or "any", not {value}.</source><translation>{where}: "match" måste vara "all" eller "any", inte {value}.</translation></message><message><source>{where}: there are no conditions; add at least one.</source><translation>{where}: det finns inga villkor; lägg till minst ett.</translation></message><message><source>{where}: "conditions" must be a list, not {value}.</source><translation>{where}: "conditions" måste vara en lista, inte {value}.</translation></message><message><source>{where}: groups can only be nested one level deep.</source><translation>{where}: grupper kan bara ligga en nivå djupt.</translation></message><message><source>{where}: expected a condition {{"field", "op", "value"}} or a group {{"match", "conditions"}}, not {value}.</source><translation>{where}: förväntade ett villkor {{"field", "op", "value"}} eller en grupp {{"match", "conditions"}}, inte {value}.</translation></message><message><source>{where}: unknown operator {value}; use one of {choices}.</source><translation>{where}: okänd operator {value}; använd en av {choices}.</translation></message><message><source>{where}: the condition names no field.</source><translation>{where}: villkoret anger inget fält.</translation></message><message><source>{where}: unknown field "{field}".{hint}</source><translation>{where}: okänt fält "{field}".{hint}</translation></message><message><source>{where}: "{op}" cannot be used with "{field}" ({kind}); use one of {choices}.</source><translation>{where}: "{op}" kan inte användas med "{field}" ({kind}); använd en av {choices}.</translation></message><message><source>{where}: "{field}" needs a number, not {value}.</source><translation>{where}: "{field}" behöver ett tal, inte {value}.</translation></message><message><source>{where}: "{field}" needs a date written as YYYY-MM-DD, not {value}.</source><translation>{where}: "{field}" behöver ett datum skrivet som ÅÅÅÅ-MM-DD, inte {value}.</translation></message><message><source>{where}: "{field}" needs a text value, not {value}.</source><translation>{where}: "{field}" behöver en text, inte {value}.</translation></message><message><source>{where}: "between" needs two values [from, to], not {value}.</source><translation>{where}: "between" behöver två värden [från, till], inte {value}.</translation></message><message><source>{where}: "between" goes from {low} to {high}; the first must not be larger.</source><translation>{where}: "between" går från {low} till {high}; det första får inte vara större.</translation></message><message><source>{where}: "{op}" needs a list of at least one value, not {value}.</source><translation>{where}: "{op}" behöver en lista med minst ett värde, inte {value}.</translation></message><message><source>{where}: "{op}" takes no value, but got {value}.</source><translation>{where}: "{op}" tar inget värde, men fick {value}.</translation></message><message><source>{where}: "{op}" needs a value.</source><translation>{where}: "{op}" behöver ett värde.</translation></message><message><source> Did you mean "{match}"?</source><translation> Menade du "{match}"?</translation></message><message><source>Rule "{name}"</source><translation>Regeln "{name}"</translation></message><message><source>Unnamed rule</source><translation>Namnlös regel</translation></message><message><source>condition {path}</source><translation>villkor {path}</translation></message><message><source>Two segments are called "{name}"; give each segment its own name.</source><translation>Två segment heter "{name}"; ge varje segment ett eget namn.</translation></message><message><source>at least</source><translation>minst</translation></message><message><source>more than</source><translation>mer än</translation></message><message><source>at most</source><translation>högst</translation></message><message><source>less than</source><translation>mindre än</translation></message><message><source>is</source><translation>är</translation></message><message><source>is not</source><translation>är inte</translation></message><message><source>between</source><translation>mellan</translation></message><message><source>is one of</source><translation>är en av</translation></message><message><source>is none of</source><translation>är ingen av</translation></message><message><source>contains</source><translation>innehåller</translation></message><message><source>is empty</source><translation>saknas</translation></message><message><source>is known</source><translation>är känt</translation></message><message><source> and </source><translation> och </translation></message><message><source> or </source><translation> eller </translation></message></context><context><name>satisfaction</name><message><source>very dissatisfied</source><translation>mycket missnöjd</translation></message><message><source>dissatisfied</source><translation>missnöjd</translation></message><message><source>neutral</source><translation>neutral</translation></message><message><source>satisfied</source><translation>nöjd</translation></message><message><source>very satisfied</source><translation>mycket nöjd</translation></message><message><source>promoters</source><translation>ambassadörer</translation></message><message><source>passives</source><translation>passiva</translation></message><message><source>detractors</source><translation>kritiker</translation></message><message><source>very satisfied customers</source><translation>mycket nöjda kunder</translation></message><message><source>satisfied customers</source><translation>nöjda kunder</translation></message><message><source>not enough data: {n} answers with a full {days}-day window (need {min})</source><translation>för lite data: {n} svar med ett helt fönster på {days} dagar (behöver {min})</translation></message><message><source>{hi_label} bought again within {days} days {ratio:.1f} times as often as {lo_label} ({hi_rate:.0%} of {hi_n} vs {lo_rate:.0%} of {lo_n}); {chance}</source><translation>{hi_label} handlade igen inom {days} dagar {ratio:.1f} gånger så ofta som {lo_label} ({hi_rate:.0%} av {hi_n} mot {lo_rate:.0%} av {lo_n}); {chance}</translation></message><message><source>{hi_label}: {hi_rate:.0%} of {hi_n} bought again within {days} days, {lo_label}: none of {lo_n}; {chance}</source><translation>{hi_label}: {hi_rate:.0%} av {hi_n} handlade igen inom {days} dagar, {lo_label}: ingen av {lo_n}; {chance}</translation></message><message><source>this difference could be chance (p = {p:.2f}).</source><translation>skillnaden kan vara slumpen (p = {p:.2f}).</translation></message><message><source>this difference is unlikely to be chance (p {p_text}).</source><translation>skillnaden är knappast slumpen (p {p_text}).</translation></message><message><source>Not enough data yet to compare {hi_label} with {lo_label}.</source><translation>För lite data än för att jämföra {hi_label} med {lo_label}.</translation></message></context><context><name>segment names</name><message><source>Champions</source><translation>Toppkunder</translation></message><message><source>Loyal customers</source><translation>Lojala kunder</translation></message><message><source>Potential loyalists</source><translation>Blivande lojala</translation></message><message><source>New customers</source><translation>Nya kunder</translation></message><message><source>Promising</source><translation>Lovande</translation></message><message><source>Need attention</source><translation>Behöver uppmärksamhet</translation></message><message><source>About to sleep</source><translation>Börjar svalna</translation></message><message><source>At risk</source><translation>I riskzonen</translation></message><message><source>Can't lose them</source><translation>Måste behållas</translation></message><message><source>Hibernating</source><translation>Vilande</translation></message><message><source>Lost</source><translation>Förlorade</translation></message><message><source>Loyal</source><translation>Lojala</translation></message><message><source>Regulars</source><translation>Stamkunder</translation></message><message><source>At-risk big spenders</source><translation>Storkunder i riskzonen</translation></message><message><source>Promoters</source><translation>Ambassadörer</translation></message><message><source>Detractors</source><translation>Kritiker</translation></message><message><source>New this quarter</source><translation>Nya detta kvartal</translation></message><message><source>Lapsed</source><translation>Har slutat handla</translation></message></context><context><name>segment templates</name><message><source>Customer for at least a year, 4 or more purchases in the last year, still active, and not a detractor.</source><translation>Kund i minst ett år, minst 4 köp det senaste året, fortfarande aktiv och inte kritiker.</translation></message><message><source>Active customers who bought 4 or more times in the last year.</source><translation>Aktiva kunder som har handlat minst 4 gånger det senaste året.</translation></message><message><source>Top two fifths by spend (spend score 4–5) who have not bought for a long time (recency score 1–2).</source><translation>De två femtedelar som handlar för mest (beloppspoäng 4–5) men inte har handlat på länge (senast-poäng 1–2).</translation></message><message><source>Answered 9 or 10 to 'How likely are you to recommend us?'.</source><translation>Svarade 9 eller 10 på ”Hur troligt är det att du skulle rekommendera oss?”.</translation></message><message><source>Answered 0 to 6 to 'How likely are you to recommend us?'.</source><translation>Svarade 0–6 på ”Hur troligt är det att du skulle rekommendera oss?”.</translation></message><message><source>First purchase within the last 3 months.</source><translation>Första köpet inom de senaste 3 månaderna.</translation></message><message><source>No purchase within the inactivity window: counted as churned.</source><translation>Inget köp inom inaktivitetsfönstret: räknas som förlorad.</translation></message></context><context><name>segment_retention</name><message><source>In {period}: {sentence}</source><translation>Under {period}: {sentence}</translation></message><message><source>There is no complete period yet, so retention cannot be compared.</source><translation>Det finns ingen hel period än, så kvarhållningen kan inte jämföras.</translation></message></context><context><name>segments</name><message><source>All customers</source><translation>Alla kunder</translation></message><message><source>Everyone else</source><translation>Alla andra</translation></message><message><source>{problem} This segment is left out until it is corrected.</source><translation>{problem} Segmentet räknas inte med förrän det är rättat.</translation></message></context><context><name>value</name><message><source>no customer has made a purchase yet</source><translation>ingen kund har handlat än</translation></message><message><source>no customer is active at the end of the data</source><translation>ingen kund är aktiv i slutet av datan</translation></message><message><source>annual retention could not be measured (no complete period had customers at its start); set an expected lifetime in the definitions</source><translation>den årliga kvarhållningen kunde inte mätas (ingen hel period hade kunder i början); ange en förväntad livslängd i definitionerna</translation></message><message><source>every customer was retained, so the expected lifetime is unlimited; set an expected lifetime in the definitions</source><translation>alla kunder behölls, så den förväntade livslängden är obegränsad; ange en förväntad livslängd i definitionerna</translation></message><message><source>expected lifetime {years:.1f} years, set by you</source><translation>förväntad livslängd {years:.1f} år, angiven av dig</translation></message><message><source>expected lifetime {years:.1f} years = 1 / (1 − {retention:.0f} % measured annual retention)</source><translation>förväntad livslängd {years:.1f} år = 1 / (1 − {retention:.0f} % uppmätt årlig kvarhållning)</translation></message><message><source>no customer churned between {start} and {end}</source><translation>ingen kund slutade handla mellan {start} och {end}</translation></message><message><source>your data span fewer than {min_days} days, too few to estimate purchases per year</source><translation>dina data omfattar färre än {min_days} dagar, för få för att uppskatta köp per år</translation></message><message><source>your data cover {days} days, less than a year, so the yearly figure is scaled up from them</source><translation>dina data omfattar {days} dagar, mindre än ett år, så årssiffran är uppräknad från dem</translation></message></context><context><name>view_filter</name><message><source>Segment: {name}</source><translation>Segment: {name}</translation></message><message><source>{start} – {end}</source><translation>{start} – {end}</translation></message><message><source>from {start}</source><translation>från {start}</translation></message><message><source>until {end}</source><translation>till och med {end}</translation></message><message><source>Only the {count} customers of the segment {name} (members as of {as_of}) with their orders and answers.</source><translation>Bara de {count} kunderna i segmentet {name} (medlemmar per {as_of}) med deras köp och svar.</translation></message><message><source>Reported from {start} to {end}; purchases before {start} still decide who is an existing customer.</source><translation>Redovisat från {start} till {end}; köp före {start} avgör fortfarande vem som redan är kund.</translation></message><message><source>Data after {end} left out.</source><translation>Data efter {end} är inte med.</translation></message></context><context><name>voice_groups</name><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>loyal or not</source><translation>lojal eller inte</translation></message><message><source>Loyal</source><translation>Lojala</translation></message><message><source>Everyone else</source><translation>Alla andra</translation></message><message><source>spend band</source><translation>beloppsgrupp</translation></message></context></TS>