<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name />
    <message>
        <source>Customers gained and lost per period</source>
        <translation>Vundne og tabte kunder pr. periode</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Kom tilbage</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Tabt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>%1 · new customers: %2</source>
        <translation>%1 · nye kunder: %2</translation>
    </message>
    <message>
        <source>%1 · came back: %2</source>
        <translation>%1 · kom tilbage: %2</translation>
    </message>
    <message>
        <source>%1 · churned: %2</source>
        <translation>%1 · mistet: %2</translation>
    </message>
    <message>
        <source>Retention and churn rate</source>
        <translation>Fastholdelse og kundefrafald</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Fastholdelsesgrad</translation>
    </message>
    <message>
        <source>Retention incl. returning</source>
        <translation>Fastholdelse inkl. tilbagevendte</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Kundefrafald</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Branchetal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>% of customers at period start</source>
        <translation>% af kunderne ved periodens start</translation>
    </message>
    <message>
        <source>%1 · retention rate %2: %3 of %4 customers kept</source>
        <translation>%1 · fastholdelse %2: %3 af %4 kunder fastholdt</translation>
    </message>
    <message>
        <source>%1 · retention incl. returning %2</source>
        <translation>%1 · fastholdelse inkl. tilbagevendte %2</translation>
    </message>
    <message>
        <source>%1 · churn rate %2: %3 of %4 customers lost</source>
        <translation>%1 · kundeafgang %2: %3 af %4 kunder mistet</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <extracomment>NPS category → colour (Okabe–Ito; the passive grey reads as "neither"). Longest category name on a horizontal bar chart's axis before it is shortened with "…".</extracomment>
        <translation>Kritikere (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Ambassadører (9–10)</translation>
    </message>
    <message>
        <source>Net Promoter Score per survey wave</source>
        <translation>Net Promoter Score pr. undersøgelsesrunde</translation>
    </message>
    <message>
        <source>%1: NPS %2 (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: NPS %2 (95 %-interval %3 til %4), %5 svar</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Usikkert: %1</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (−100 til 100)</translation>
    </message>
    <message>
        <source>Hollow grey points are uncertain: fewer than 30 answers or an interval wider than ±10 points.</source>
        <translation>Hule grå punkter er usikre: færre end 30 svar eller et interval bredere end ±10 point.</translation>
    </message>
    <message>
        <source>Answers to “How likely are you to recommend us?”</source>
        <translation>Svar på »Hvor sandsynligt er det, at du vil anbefale os?«</translation>
    </message>
    <message>
        <source>Score %1: %2 answers (%3)</source>
        <translation>Score %1: %2 svar (%3)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Bought again after answering, by satisfaction</source>
        <translation>Købte igen efter svaret, efter tilfredshed</translation>
    </message>
    <message>
        <source>Bought again after answering, by NPS category</source>
        <translation>Købte igen efter svaret, efter NPS-gruppe</translation>
    </message>
    <message>
        <source>%1: %2 bought again (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: %2 købte igen (95 %-interval %3 til %4), %5 svar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>% who bought again</source>
        <translation>% der købte igen</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>What the comments talk about</source>
        <translation>Hvad kommentarerne handler om</translation>
    </message>
    <message>
        <source>%1: %2 comments — %3 from detractors, %4 from promoters (click for examples)</source>
        <translation>%1: %2 kommentarer — %3 fra kritikere, %4 fra ambassadører (klik for eksempler)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Why customers say they left</source>
        <translation>Hvorfor kunderne siger, de stoppede</translation>
    </message>
    <message>
        <source>%1: %2 answers (%3)</source>
        <translation>%1: %2 svar (%3)</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of that cause's keywords in its own language (en, sv, da, nl, ru; the keyword lists can be edited); colours show the answer's NPS category. </source>
        <translation>En kommentar tæller for en årsag, når den indeholder et af årsagens nøgleord på sit eget sprog (en, sv, da, nl, ru; listerne kan redigeres); farverne viser svarets NPS-gruppe. </translation>
    </message>
    <message>
        <source>Answers to the “why did you leave” question, grouped ignoring case and spacing. </source>
        <translation>Svar på spørgsmålet »hvorfor stoppede du«, grupperet uden hensyn til store bogstaver og mellemrum. </translation>
    </message>
    <message>
        <source>No lifetime-value prediction yet, so each customer's value so far is shown (net revenue × margin).</source>
        <extracomment>Histogram bins of the value distribution; the top 5 % is gathered in the last bin so a few very large customers do not squeeze everyone else into the first bar.</extracomment>
        <translation>Ingen prognose for kundeværdien endnu, så hver kundes værdi indtil nu vises (nettoomsætning × avance).</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value</source>
        <translation>Forventet kundelevetidsværdi</translation>
    </message>
    <message>
        <source>Customer value so far</source>
        <translation>Kundeværdi indtil nu</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value (BG/NBD and Gamma-Gamma)</source>
        <translation>Forventet kundelivstidsværdi (BG/NBD og Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value (MBG/NBD and Gamma-Gamma)</source>
        <translation>Forventet kundelivstidsværdi (MBG/NBD og Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer lifetime value, simple estimate</source>
        <translation>Kundelivstidsværdi, enkelt skøn</translation>
    </message>
    <message>
        <source>Simple CLV = annual value × margin × (1 + d) / (1 + d − r): %1.</source>
        <translation>Enkel CLV = årsværdi × avance × (1 + d) / (1 + d − r): %1.</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Model: %1.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller mere</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
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
        <translation>Værdi pr. kunde (%1)</translation>
    </message>
    <message>
        <source>What churned customers cost you</source>
        <translation>Hvad tabte kunder koster dig</translation>
    </message>
    <message>
        <source>Revenue lost this year</source>
        <translation>Tabt omsætning i år</translation>
    </message>
    <message>
        <source>Lifetime value lost</source>
        <translation>Tabt kundelevetidsværdi</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>%1: %2 (%3 customers)</source>
        <translation>%1: %2 (%3 kunder)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>%1 customers churned between %2 and %3. Their purchases in a year came to %4; over the time they would have stayed, they were worth %5 to you.</source>
        <translation>%1 kunder stoppede mellem %2 og %3. Deres køb på et år beløb sig til %4; i den tid, de ville være blevet, var de %5 værd for dig.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>et ukendt beløb</translation>
    </message>
    <message>
        <source>How long churned customers stayed</source>
        <translation>Hvor længe tabte kunder blev</translation>
    </message>
    <message>
        <source>%1–%2 months: %3 customers (%4)</source>
        <translation>%1–%2 måneder: %3 kunder (%4)</translation>
    </message>
    <message>
        <source>Months from first purchase to churn</source>
        <translation>Måneder fra første køb til frafald</translation>
    </message>
    <message>
        <source>Share of customers still active, by months since their first purchase</source>
        <translation>Andel kunder, der stadig er aktive, efter måneder siden første køb</translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>median %1 måneder</translation>
    </message>
    <message>
        <source>% still active</source>
        <translation>% stadig aktive</translation>
    </message>
    <message>
        <source>Months since first purchase</source>
        <translation>Måneder siden første køb</translation>
    </message>
    <message>
        <source>%1 months after the first purchase: %2 still active</source>
        <translation>%1 måneder efter første køb: %2 stadig aktive</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive kunder</translation>
    </message>
    <message>
        <source>Retention rate (last full period)</source>
        <translation>Fastholdelse (seneste hele periode)</translation>
    </message>
    <message>
        <source>Churn rate (last full period)</source>
        <translation>Kundefrafald (seneste hele periode)</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Andel genkøbende kunder</translation>
    </message>
    <message>
        <source>between</source>
        <extracomment>Operators that make sense for each kind of field (SPEC §4 lists them all). The operators that are words are shown in the forms through ``self.tr(op)``: marked here.</extracomment>
        <translation>mellem</translation>
    </message>
    <message>
        <source>in</source>
        <translation>er en af</translation>
    </message>
    <message>
        <source>not in</source>
        <translation>er ingen af</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>indeholder</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>er ikke tom</translation>
    </message>
    <message>
        <source>Customer for</source>
        <extracomment>RFM segment names, best first (the grid is documented in ``rfm.py``). Attribute columns with at most this many distinct values offer a choice list. The built-in fields (English templates), in the order the form lists them.</extracomment>
        <translation>Kunde i</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>Months since the customer's first purchase.</source>
        <translation>Måneder siden kundens første køb.</translation>
    </message>
    <message>
        <source>Customer for (days)</source>
        <translation>Kunde i (dage)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>Days since the customer's first purchase.</source>
        <translation>Dage siden kundens første køb.</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dage siden seneste køb</translation>
    </message>
    <message>
        <source>Days between the customer's last purchase and the analysis date.</source>
        <translation>Dage mellem kundens seneste køb og analysedatoen.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Køb</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>køb</translation>
    </message>
    <message>
        <source>Number of purchases (orders with a positive amount) ever.</source>
        <translation>Antal køb (ordrer med positivt beløb) i alt.</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Dage med køb</translation>
    </message>
    <message>
        <source>Number of different days on which the customer bought.</source>
        <translation>Antal forskellige dage, hvor kunden købte.</translation>
    </message>
    <message>
        <source>Purchases in the last year</source>
        <translation>Køb det seneste år</translation>
    </message>
    <message>
        <source>Purchases in the 365 days up to the analysis date.</source>
        <translation>Køb i de 365 dage op til analysedatoen.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Købt for</translation>
    </message>
    <message>
        <source>money</source>
        <translation>beløb</translation>
    </message>
    <message>
        <source>Net revenue from the customer ever (refunds subtracted).</source>
        <translation>Nettoomsætning fra kunden i alt (returneringer fratrukket).</translation>
    </message>
    <message>
        <source>Spend in the last year</source>
        <translation>Købt for det seneste år</translation>
    </message>
    <message>
        <source>Net revenue from the customer in the 365 days up to the analysis date.</source>
        <translation>Nettoomsætning fra kunden i de 365 dage op til analysedatoen.</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Gennemsnitlig ordreværdi</translation>
    </message>
    <message>
        <source>The customer's spend divided by their number of purchases.</source>
        <translation>Kundens samlede køb delt med antallet af køb.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returneringer</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>returneringer</translation>
    </message>
    <message>
        <source>Number of refund orders (net amount zero or less).</source>
        <translation>Antal returordrer (nettobeløb nul eller mindre).</translation>
    </message>
    <message>
        <source>Amount returned</source>
        <translation>Returneret beløb</translation>
    </message>
    <message>
        <source>Money refunded to the customer.</source>
        <translation>Penge, der er betalt tilbage til kunden.</translation>
    </message>
    <message>
        <source>Typical days between purchases</source>
        <translation>Typisk antal dage mellem køb</translation>
    </message>
    <message>
        <source>Median days between the customer's purchases (empty for one-time buyers).</source>
        <translation>Median for antal dage mellem kundens køb (tomt for engangskøbere).</translation>
    </message>
    <message>
        <source>Lifespan</source>
        <translation>Levetid</translation>
    </message>
    <message>
        <source>Days from first purchase to churn (or to the analysis date if still active).</source>
        <translation>Dage fra første køb til kunden blev tabt (eller til analysedatoen, hvis kunden stadig er aktiv).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active, or churned: no purchase within the inactivity window.</source>
        <translation>Aktiv eller tabt: intet køb inden for inaktivitetsperioden.</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Første køb</translation>
    </message>
    <message>
        <source>Day of the customer's first purchase.</source>
        <translation>Dagen for kundens første køb.</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Seneste køb</translation>
    </message>
    <message>
        <source>Day of the customer's last purchase.</source>
        <translation>Dagen for kundens seneste køb.</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>Dato for frafald</translation>
    </message>
    <message>
        <source>Last purchase plus the inactivity window, for churned customers.</source>
        <translation>Seneste køb plus inaktivitetsperioden, for tabte kunder.</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Named group from recency and frequency scores (Champions, At risk …).</source>
        <translation>Navngiven gruppe ud fra point for, hvor nylig og hvor ofte kunden køber (Champions, At risk …).</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>Point for seneste køb</translation>
    </message>
    <message>
        <source>score 1–5</source>
        <translation>point 1–5</translation>
    </message>
    <message>
        <source>5 = bought most recently (top fifth of customers), 1 = longest ago.</source>
        <translation>5 = købte senest (øverste femtedel af kunderne), 1 = længst siden.</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>Point for købsfrekvens</translation>
    </message>
    <message>
        <source>5 = buys most often (top fifth of customers), 1 = least often.</source>
        <translation>5 = køber oftest (øverste femtedel af kunderne), 1 = sjældnest.</translation>
    </message>
    <message>
        <source>Spend score</source>
        <translation>Point for købsbeløb</translation>
    </message>
    <message>
        <source>5 = spends most (top fifth of customers), 1 = least.</source>
        <translation>5 = køber for mest (øverste femtedel af kunderne), 1 = mindst.</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Vil anbefale (0–10)</translation>
    </message>
    <message>
        <source>score 0–10</source>
        <translation>point 0–10</translation>
    </message>
    <message>
        <source>The customer's latest answer to 'How likely are you to recommend us?'.</source>
        <translation>Kundens seneste svar på »Hvor sandsynligt er det, at du vil anbefale os?«.</translation>
    </message>
    <message>
        <source>Promoter / passive / detractor</source>
        <translation>Ambassadør / passiv / kritiker</translation>
    </message>
    <message>
        <source>Promoter (9–10), passive (7–8) or detractor (0–6) from the latest answer.</source>
        <translation>Ambassadør (9–10), passiv (7–8) eller kritiker (0–6) ud fra det seneste svar.</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Tilfredshed (1–5)</translation>
    </message>
    <message>
        <source>The customer's latest satisfaction answer, 5 = very satisfied.</source>
        <translation>Kundens seneste svar om tilfredshed, 5 = meget tilfreds.</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Chance for stadig at være kunde</translation>
    </message>
    <message>
        <source>probability 0–1</source>
        <translation>sandsynlighed 0–1</translation>
    </message>
    <message>
        <source>Model estimate that the customer has not silently left (BG/NBD).</source>
        <translation>Modellens skøn over, at kunden ikke i stilhed er holdt op (BG/NBD).</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>Forventet kundelevetidsværdi</translation>
    </message>
    <message>
        <source>Model estimate of the customer's future value over the CLV horizon.</source>
        <translation>Modellens skøn over kundens fremtidige værdi i CLV-horisonten.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <source>Average customer lifespan</source>
        <translation>Gennemsnitlig kundelevetid</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Svaghed</translation>
    </message>
    <message>
        <source>On par</source>
        <translation>På niveau</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>branchetal %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>week</source>
        <translation>uge</translation>
    </message>
    <message>
        <source>month</source>
        <translation>måned</translation>
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
        <translation>Ikke nok data endnu.</translation>
    </message>
    <message>
        <source>You keep %1 of customers from one %2 to the next</source>
        <translation>Du beholder %1 af kunderne fra periode til periode (%2)</translation>
    </message>
    <message>
        <source>%1 of customers active at the start of the last %2 stopped buying</source>
        <translation>%1 af kunderne, der var aktive i starten af den seneste periode (%2), holdt op med at købe</translation>
    </message>
    <message>
        <source>%1 of your customers have bought more than once</source>
        <translation>%1 af dine kunder har købt mere end én gang</translation>
    </message>
    <message>
        <source>%1 customers bought recently enough to count as active</source>
        <translation>%1 kunder har købt så nylig, at de tæller som aktive</translation>
    </message>
    <message>
        <source>%1 customers bought from you in the data</source>
        <translation>%1 kunder har købt hos dig ifølge dine data</translation>
    </message>
    <message>
        <source>A purchase is worth %1 on average</source>
        <translation>Et køb er i gennemsnit %1 værd</translation>
    </message>
    <message>
        <source>Net revenue after refunds is %1</source>
        <translation>Nettoomsætningen efter returneringer er %1</translation>
    </message>
    <message>
        <source>Customers stay %1 on average (churned ones up to their churn date)</source>
        <translation>Kunderne bliver i gennemsnit %1 (tabte kunder indtil frafaldsdatoen)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>branchetal</translation>
    </message>
    <message>
        <source>better than your %1 %2</source>
        <translation>bedre end dit %2 på %1</translation>
    </message>
    <message>
        <source>worse than your %1 %2</source>
        <translation>dårligere end dit %2 på %1</translation>
    </message>
    <message>
        <source>equal to your %1 %2</source>
        <translation>lige så godt som dit %2 på %1</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>Colour-blind-safe line colours (Okabe–Ito) for up to six compared groups.</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Loyal customers over time</source>
        <translation>Loyale kunder over tid</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Andel af kunderne</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Andel af omsætningen</translation>
    </message>
    <message>
        <source>% loyal</source>
        <translation>% loyale</translation>
    </message>
    <message>
        <source>Retention rate by group</source>
        <translation>Fastholdelse pr. gruppe</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <extracomment>Page size by locale: US English readers print on Letter, everyone else on A4.
----------
share of the progress bar for recording the charts (the rest is writing the pages)</extracomment>
        <translation>Tegner diagrammerne…</translation>
    </message>
    <message>
        <source>Customer loyalty report</source>
        <translation>Rapport om kundeloyalitet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Data fra %1 til %2</translation>
    </message>
    <message>
        <source>Analysis date (as of): %1</source>
        <translation>Analysedato: %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Vist: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Oprettet %1</translation>
    </message>
    <message>
        <source>Made with Loyalty Desktop. Computed on this computer; no data left it.</source>
        <translation>Lavet med Loyalty Desktop. Beregnet på denne computer; ingen data har forladt den.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Benchmark / target</source>
        <translation>Branchetal / mål</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>Hvad tallene siger</translation>
    </message>
    <message>
        <source>… and %1 more rows, in the Excel export.</source>
        <translation>… og %1 rækker mere, i Excel-eksporten.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fastholdelse</translation>
    </message>
    <message>
        <source>Causes over time</source>
        <translation>Årsager over tid</translation>
    </message>
    <message>
        <source>Who answered the survey</source>
        <translation>Hvem der svarede på undersøgelsen</translation>
    </message>
    <message>
        <source>%1 answers were matched to a customer. Each chart compares the customers who answered with all customers; where they differ, read the survey's figures with care.</source>
        <translation>%1 svar kunne kobles til en kunde. Hvert diagram sammenligner de kunder, der svarede, med alle kunder; hvor de adskiller sig, skal undersøgelsens tal læses med forsigtighed.</translation>
    </message>
    <message>
        <source>Loyalty and segments</source>
        <translation>Loyalitet og segmenter</translation>
    </message>
    <message>
        <source>Loyal customers: %1 (%2 of customers), bringing %3 of revenue.</source>
        <translation>Loyale kunder: %1 (%2 af kunderne), som står for %3 af omsætningen.</translation>
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
        <translation>Analyse af kundeloyalitet for små virksomheder. Alt beregnes på denne computer; intet uploades.</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Medfølgende komponenter</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mangler: %1</translation>
    </message>
    <message>
        <source>Columns found in the file: %1</source>
        <translation>Kolonner i filen: %1</translation>
    </message>
    <message>
        <source>Choose the matching columns in the import wizard, or check that this is the right export.</source>
        <translation>Vælg de rigtige kolonner i importguiden, eller tjek at det er den rigtige eksport.</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Filen kunne ikke importeres</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Projektet kunne ikke åbnes</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>En fil kunne ikke læses eller gemmes</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>An unexpected error stopped this task. Details were written to %1.</source>
        <translation>En uventet fejl stoppede opgaven. Detaljerne står i %1.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importér data</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Læser filen</translation>
    </message>
    <message>
        <source>Reading the file was stopped. Change a setting to read it again.</source>
        <translation>Læsningen af filen blev stoppet. Skift en indstilling for at læse den igen.</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Tjek hvordan filen læses</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Afbryd indlæsningen</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Type data</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Tegnkodning</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Skilletegn</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Decimaltegn</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datorækkefølge</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Overskriftsrække</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Largest table</source>
        <translation>Største tabel</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Besvarelser</translation>
    </message>
    <message>
        <source>Comma (1.234,50)</source>
        <translation>Komma (1.234,50)</translation>
    </message>
    <message>
        <source>Point (1,234.50)</source>
        <translation>Punktum (1,234.50)</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Dag/måned/år</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Måned/dag/år</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>År/måned/dag</translation>
    </message>
    <message>
        <source>Detected: %1 · %2 · encoding %3 · delimiter %4 · decimal %5 · header row %6 · date order %7</source>
        <translation>Genkendt: %1 · %2 · kodning %3 · skilletegn %4 · decimaltegn %5 · overskriftsrække %6 · datorækkefølge %7</translation>
    </message>
    <message>
        <source>generic file</source>
        <translation>almindelig fil</translation>
    </message>
    <message>
        <source>The dates could be day/month or month/day. Choose the date order.</source>
        <translation>Datoerne kan være dag/måned eller måned/dag. Vælg datorækkefølgen.</translation>
    </message>
    <message>
        <source>Choose the kind of data this file holds.</source>
        <translation>Vælg hvilken type data filen indeholder.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Refunderet beløb</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stykpris</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordrenummer</translation>
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
        <translation>Kunde siden</translation>
    </message>
    <message>
        <source>Score 0–10 (NPS)</source>
        <translation>Score 0–10 (NPS)</translation>
    </message>
    <message>
        <source>Satisfaction 1–5</source>
        <translation>Tilfredshed 1–5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Årsag til at stoppe</translation>
    </message>
    <message>
        <source>Survey wave</source>
        <translation>Undersøgelsesrunde</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Hvilken kolonne indeholder hvad?</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(findes ikke i filen)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Mangler stadig: %1</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Tjekker hver række</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annullér importen</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Eksportér afviste rækker…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerer</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen blev annulleret.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 rejected (%5 guest rows); %6 blank and %7 total rows skipped.</source>
        <translation>%1: %2 rækker læst, %3 importeret, %4 afvist (%5 gæsterækker); %6 tomme rækker og %7 sumrækker sprunget over.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Eksportér afviste rækker</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2.</source>
        <translation>%1 afviste rækker gemt i %2.</translation>
    </message>
    <message>
        <source>Imported %1 new rows.</source>
        <translation>%1 nye rækker importeret.</translation>
    </message>
    <message>
        <source>Opening the demo project…</source>
        <translation>Åbner demoprojektet…</translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>With more cohorts than this the cells are too small for their numbers; hover still works. Smallest top of the colour scale, so a shop where almost nobody returns is not all yellow. Ink on the light cells: not the theme's foreground, which turns light in the dark scheme.</extracomment>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>måned %1</translation>
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
        <translation>periode %1</translation>
    </message>
    <message>
        <source>Share of each cohort buying again, period by period</source>
        <translation>Andel af hver kohorte, der køber igen, periode for periode</translation>
    </message>
    <message>
        <source>Cohort %1, %2: %3 (%4 of %5 customers)</source>
        <translation>Kohorte %1, %2: %3 (%4 af %5 kunder)</translation>
    </message>
    <message>
        <source>First column: customers in the cohort. Colours run from dark blue (0 %) to yellow (%1 or more).</source>
        <translation>Første kolonne: kunder i kohorten. Farverne går fra mørkeblå (0 %) til gul (%1 eller mere).</translation>
    </message>
    <message>
        <source>Weeks after the first purchase</source>
        <translation>Uger efter første køb</translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Måneder efter første køb</translation>
    </message>
    <message>
        <source>Quarters after the first purchase</source>
        <translation>Kvartaler efter første køb</translation>
    </message>
    <message>
        <source>Half-years after the first purchase</source>
        <translation>Halvår efter første køb</translation>
    </message>
    <message>
        <source>Years after the first purchase</source>
        <translation>År efter første køb</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>for få svar</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Ingen score</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Kundeværdi</translation>
    </message>
    <message>
        <source>Lost lifetime value</source>
        <translation>Tabt kundelevetidsværdi</translation>
    </message>
    <message>
        <source>How long customers stay</source>
        <translation>Hvor længe kunderne bliver</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Kundefeedback</translation>
    </message>
    <message>
        <source>What customers write</source>
        <translation>Hvad kunderne skriver</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Med deres egne ord</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>kritiker</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>ambassadør</translation>
    </message>
    <message>
        <source>Appendix: customers at risk</source>
        <translation>Bilag: kunder i risikozonen</translation>
    </message>
    <message>
        <source>The %1 customers with the most value at risk, of %2 with a warning sign (%3 at risk in all). The full list is in the win-back export.</source>
        <translation>De %1 kunder med mest værdi i risikozonen, ud af %2 med et advarselstegn (%3 i risikozonen i alt). Hele listen står i eksporten til at vinde kunder tilbage.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Værdi i risikozonen</translation>
    </message>
    <message>
        <source>Appendix: imported files</source>
        <translation>Bilag: importerede filer</translation>
    </message>
    <message>
        <source>No import log is stored with this data.</source>
        <translation>Der er ingen importlog gemt med disse data.</translation>
    </message>
    <message>
        <source>Every row of every file is accounted for: rows read = rows accepted + rows rejected. Row numbers are as Excel shows them (the header is row 1).</source>
        <translation>Hver række i hver fil er gjort op: læste rækker = godkendte rækker + afviste rækker. Rækkenumrene er som i Excel (overskriften er række 1).</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>salg</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>kundeliste</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>svar på undersøgelser</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Læste rækker</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>First rejected rows of each file</source>
        <translation>De første afviste rækker i hver fil</translation>
    </message>
    <message>
        <source>Who answered, compared with all customers, by %1</source>
        <translation>Hvem der svarede sammenlignet med alle kunder, efter %1</translation>
    </message>
    <message>
        <source>Share of all customers</source>
        <translation>Andel af alle kunder</translation>
    </message>
    <message>
        <source>Share of the answers</source>
        <translation>Andel af svarene</translation>
    </message>
    <message>
        <source>%1: %2 of customers, %3 of the answers (%4 of %5 customers answered)</source>
        <translation>%1: %2 af kunderne, %3 af svarene (%4 af %5 kunder svarede)</translation>
    </message>
    <message>
        <source>% of customers or answers</source>
        <translation>% af kunder eller svar</translation>
    </message>
    <message>
        <source>Chi-square test of “answered / did not answer” against the groups: a small p means the answers come more from some groups than others. Only answers matched to a customer count. </source>
        <translation>Chi-i-anden-test af »svarede / svarede ikke« mod grupperne: et lille p betyder, at svarene kommer mere fra nogle grupper end andre. Kun svar, der er koblet til en kunde, tæller. </translation>
    </message>
    <message>
        <source>Share of each wave's comments that mention a cause, for the five causes mentioned most; a small wave moves by chance. </source>
        <translation>Andel af rundens kommentarer, der nævner en årsag, for de fem mest nævnte årsager; en lille runde svinger tilfældigt. </translation>
    </message>
    <message>
        <source>Causes mentioned per survey wave (comments per wave in brackets)</source>
        <translation>Årsager nævnt pr. undersøgelsesrunde (kommentarer pr. runde i parentes)</translation>
    </message>
    <message>
        <source>%1: %2 comments</source>
        <translation>%1: %2 kommentarer</translation>
    </message>
    <message>
        <source>%1: %2 of them</source>
        <translation>%1: %2 af dem</translation>
    </message>
    <message>
        <source>% of the wave's comments</source>
        <translation>% af rundens kommentarer</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of the wave's comments (%4)</source>
        <translation>%1 · %2: %3 af rundens kommentarer (%4)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frø</translation>
    </message>
    <message>
        <source>Seed (enter it again to draw the same list)</source>
        <translation>Frø (indtast det igen for at udtrække samme liste)</translation>
    </message>
    <message>
        <source>Customers drawn</source>
        <translation>Udtrukne kunder</translation>
    </message>
    <message>
        <source>Groups in proportion to the whole customer base by</source>
        <translation>Grupper i forhold til hele kundebasen efter</translation>
    </message>
    <message>
        <source>Last survey's respondents left out</source>
        <translation>Udeladte besvarere fra sidste undersøgelse</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Data til og med</translation>
    </message>
    <message>
        <source>Customers / available / drawn</source>
        <translation>Kunder / tilgængelige / udtrukket</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Survey sample</source>
        <translation>Undersøgelsesudvalg</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>How it was drawn</source>
        <translation>Sådan blev udvalget trukket</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <source>%1 model fitted on the purchases up to %2 of the %3 customers who had bought by then (time unit: %4); checked against the %5 weeks from %6 to %7</source>
        <translation>%1-modellen tilpasset købene til og med %2 for de %3 kunder, der havde handlet da (tidsenhed: %4); kontrolleret mod de %5 uger fra %6 til %7</translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases before the split (0 to 7 or more); bars: average repeat purchases per customer in the holdout weeks, actual and as the model predicted from each customer's history.</source>
        <translation>Kunderne grupperet efter antal genkøb før skæringspunktet (0 til 7 eller flere); søjler: gennemsnitligt antal genkøb pr. kunde i de tilbageholdte uger, faktisk og som modellen forudsagde ud fra hver kundes historik.</translation>
    </message>
    <message>
        <source>Repeat purchases (every purchase day after a customer's first) added up week by week, actual and as the model expects for customers who had made their first purchase by then; the vertical line is the split.</source>
        <translation>Genkøb (hver købsdag efter kundens første) lagt sammen uge for uge, faktisk og som modellen forventer for de kunder, der havde foretaget deres første køb da; den lodrette linje er skæringspunktet.</translation>
    </message>
    <message>
        <source>Predicted and actual repeat purchases in the holdout weeks</source>
        <translation>Forudsagte og faktiske genkøb i de tilbageholdte uger</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>%1 repeat purchases before the split (%2 customers): %3 actual, %4 predicted per customer</source>
        <translation>%1 genkøb før skæringspunktet (%2 kunder): %3 faktisk, %4 forudsagt pr. kunde</translation>
    </message>
    <message>
        <source>Repeat purchases before the split</source>
        <translation>Genkøb før skæringspunktet</translation>
    </message>
    <message>
        <source>Repeat purchases per customer</source>
        <translation>Genkøb pr. kunde</translation>
    </message>
    <message>
        <source>Repeat purchases week by week: actual and model</source>
        <translation>Genkøb uge for uge: faktisk og model</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>skæringspunkt %1</translation>
    </message>
    <message>
        <source>Week to %1: %2 repeat purchases so far, model %3</source>
        <translation>Uge til %1: %2 genkøb indtil nu, modellen %3</translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation>Uge, der slutter</translation>
    </message>
    <message>
        <source>Repeat purchases so far</source>
        <translation>Genkøb indtil nu</translation>
    </message>
</context>
<context>
    <name>AtRiskPage</name>
    <message>
        <source>At risk</source>
        <extracomment>Kinds of groups the filter offers, in this order (engine/segments.py metric kinds).</extracomment>
        <translation>I risikozonen</translation>
    </message>
    <message>
        <source>Export win-back list…</source>
        <translation>Eksportér liste til at vinde kunder tilbage…</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Værdi i risikozonen</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Chance for stadig at være kunde</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Forventet værdi</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Buying less often</source>
        <translation>Handler sjældnere</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Lav score</translation>
    </message>
    <message>
        <source>Recent returns</source>
        <translation>Nylige returneringer</translation>
    </message>
    <message>
        <source>Probably lost</source>
        <translation>Sandsynligvis tabt</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>Import your sales to see which customers are slipping away.</source>
        <translation>Importér dit salg for at se, hvilke kunder der er ved at glide væk.</translation>
    </message>
    <message>
        <source>No customer in this group shows a warning sign.</source>
        <translation>Ingen kunde i denne gruppe viser et advarselstegn.</translation>
    </message>
    <message>
        <source>%1 customers show at least one warning sign; %2 of predicted value is at risk. The list is ranked by value at risk; click a column to sort by it.</source>
        <translation>%1 kunder viser mindst ét advarselstegn; %2 af den forventede værdi er i risikozonen. Listen er sorteret efter værdi i risikozonen; klik på en kolonne for at sortere efter den.</translation>
    </message>
    <message>
        <source>Export win-back list</source>
        <translation>Eksportér liste til at vinde kunder tilbage</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Skriver listen…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>Listen kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export chart as PNG</source>
        <translation>Eksportér diagram som PNG</translation>
    </message>
    <message>
        <source>%1 dpi…</source>
        <translation>%1 dpi…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Eksportér diagram som SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportér diagram</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
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
        <translation>Søg efter kundenummer, navn eller e-mail</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Tabt</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Vis alle kunder</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive kunder</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Tabte kunder</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Første køb</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Seneste køb</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Køb</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Gns. ordre</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dage siden seneste</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Normalt mellemrum (dage)</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>P(still a customer)</source>
        <translation>P(stadig kunde)</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Forventet værdi</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Advarselstegn</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %Ln customers behind “%1” in the chart you clicked.</source>
        <translation><numerusform>Viser %Ln kunde bag »%1« i diagrammet, du klikkede på.</numerusform><numerusform>Viser de %Ln kunder bag »%1« i diagrammet, du klikkede på.</numerusform></translation>
    </message>
    <message>
        <source>the part</source>
        <translation>delen</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>ældste først</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>nyeste først</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>mindste først</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>største først</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A til Å</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Å til A</translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation>Sorteret efter %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 af %2 kunder</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Imported data</source>
        <translation>Importerede data</translation>
    </message>
    <message>
        <source>Rejected rows (first 100 per file)</source>
        <translation>Afviste rækker (de første 100 pr. fil)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Læste rækker</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>salg</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>kundeliste</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>svar på undersøgelser</translation>
    </message>
    <message>
        <source>%1 files imported: %2 rows read, %3 accepted, %4 rejected. Select a file to see why its rows were rejected.</source>
        <translation>%1 filer importeret: %2 rækker læst, %3 godkendt, %4 afvist. Vælg en fil for at se, hvorfor rækker blev afvist.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>No rows of %1 were rejected.</source>
        <translation>Ingen rækker i %1 blev afvist.</translation>
    </message>
    <message>
        <source>Rejected rows of %1: %2 shown of %3</source>
        <translation>Afviste rækker i %1: %2 vist af %3</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No data yet</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <source>Import the sales export of your till or web shop (Excel or CSV) to see how many customers come back. Customer lists and survey answers can be added too. You can also drop the files onto this window.</source>
        <translation>Importér salgseksporten fra dit kassesystem eller din webshop (Excel eller CSV) for at se, hvor mange kunder der kommer igen. Du kan også tilføje kundelister og svar fra undersøgelser. Du kan også trække filerne over i dette vindue.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importér filer…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Åbn demoprojektet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hvad skal eksporteres</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>Excel workbook with every table</source>
        <translation>Excel-projektmappe med alle tabeller</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (Excel)</source>
        <translation>Liste til at vinde kunder i risikozonen tilbage (Excel)</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (CSV)</source>
        <translation>Liste til at vinde kunder i risikozonen tilbage (CSV)</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Rapportens afsnit</translation>
    </message>
    <message>
        <source>Summary of key figures</source>
        <translation>Sammenfatning af nøgletal</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fastholdelse</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <source>Customer value and lost value</source>
        <translation>Kundeværdi og tabt værdi</translation>
    </message>
    <message>
        <source>Feedback: NPS, satisfaction and comments</source>
        <translation>Kundefeedback: NPS, tilfredshed og kommentarer</translation>
    </message>
    <message>
        <source>Loyal customers and segments</source>
        <translation>Loyale kunder og segmenter</translation>
    </message>
    <message>
        <source>Appendix: customers at risk and imported files</source>
        <translation>Bilag: kunder i risikozonen og importerede filer</translation>
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
        <translation>Papirformat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, kan åbnes i Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Vælg, hvor filen skal gemmes.</translation>
    </message>
    <message>
        <source>Choose at least one section for the report.</source>
        <translation>Vælg mindst ét afsnit til rapporten.</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Skriver PDF-rapporten…</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>Skriver Excel-projektmappen…</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Skriver listen…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <extracomment>a bar or point was clicked (score, wave, satisfaction level, exit reason): (customer ids, description) of the customers behind it the owner changed a survey definition here (waves, repurchase window, keyword groups)</extracomment>
        <translation>Kundefeedback</translation>
    </message>
    <message>
        <source>No survey answers yet. Import the export of your NPS or satisfaction survey (Google Forms, SurveyMonkey, Typeform or any spreadsheet with a 0–10 or 1–5 answer column) to see what customers say and whether the satisfied ones buy again.</source>
        <translation>Ingen svar fra undersøgelser endnu. Importér eksporten fra din NPS- eller tilfredshedsundersøgelse (Google Forms, SurveyMonkey, Typeform eller et regneark med en svarkolonne 0–10 eller 1–5) for at se, hvad kunderne siger, og om de tilfredse køber igen.</translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation>Importér svar fra undersøgelser…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>Søg i kommentarerne</translation>
    </message>
    <message>
        <source>Your NPS is %1 from %2 answers (95 % interval %3 to %4).</source>
        <translation>Din NPS er %1 ud fra %2 svar (95 %-interval %3 til %4).</translation>
    </message>
    <message>
        <source>Treat it as uncertain: %1.</source>
        <translation>Betragt det som usikkert: %1.</translation>
    </message>
    <message>
        <source>%1 of answers are “very satisfied” (5) and %2 are satisfied or very satisfied (4–5), from %3 answers.</source>
        <translation>%1 af svarene er »meget tilfreds« (5), og %2 er tilfreds eller meget tilfreds (4–5), ud af %3 svar.</translation>
    </message>
    <message>
        <source>Click a bar to read the comments behind it.</source>
        <translation>Klik på en søjle for at læse kommentarerne bag den.</translation>
    </message>
    <message>
        <source>Comments about “%1”:</source>
        <translation>Kommentarer om »%1«:</translation>
    </message>
    <message>
        <source>No comment long enough to quote.</source>
        <translation>Ingen kommentar er lang nok til at citere.</translation>
    </message>
    <message>
        <source>Show the customers who mention “%1”</source>
        <translation>Vis kunderne, der nævner »%1«</translation>
    </message>
    <message>
        <source>Comments that mention %1</source>
        <translation>Kommentarer, der nævner %1</translation>
    </message>
    <message>
        <source>Comments in %1 that mention %2</source>
        <translation>Kommentarer i %1, der nævner %2</translation>
    </message>
    <message>
        <source>Comments in %1 that mention any of: %2</source>
        <translation>Kommentarer i %1, der nævner mindst én af: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln of these answers could not be matched to a customer</source>
        <translation><numerusform>%1; %Ln af svarene kunne ikke kobles til en kunde</numerusform><numerusform>%1; %Ln af svarene kunne ikke kobles til en kunde</numerusform></translation>
    </message>
    <message>
        <source>Customers who answered %1</source>
        <translation>Kunder, der svarede %1</translation>
    </message>
    <message>
        <source>Answered the survey in %1</source>
        <translation>Svarede på undersøgelsen i %1</translation>
    </message>
    <message>
        <source>Answered “%1”, %2 days or more ago</source>
        <translation>Svarede »%1« for mindst %2 dage siden</translation>
    </message>
    <message>
        <source>Said they left because: %1</source>
        <translation>Sagde, at de stoppede, fordi: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>ambassadør</translation>
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
        <translation>%1 af %2 kommentarer</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show everything</source>
        <extracomment>Wait this long after the last change before recomputing (typing a date changes it per key).</extracomment>
        <translation>Vis alt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egen periode</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>All customers, all dates</source>
        <translation>Alle kunder, alle datoer</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <source>Add condition to group</source>
        <translation>Tilføj betingelse til gruppen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Fjern gruppen</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Cohorts of this group: share still buying k periods after their first purchase</source>
        <extracomment>a point of the retention chart was clicked: (group key, period)</extracomment>
        <translation>Kohorter i gruppen: andel, der stadig køber k perioder efter første køb</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers.</source>
        <translation><numerusform>%1: %Ln kunde.</numerusform><numerusform>%1: %Ln kunder.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lost in the last year: %Ln customers, %2 a year in revenue, %3 lifetime value.</source>
        <translation><numerusform>Tabt det seneste år: %Ln kunde, %2 om året i omsætning, %3 i kundelevetidsværdi.</numerusform><numerusform>Tabt det seneste år: %Ln kunder, %2 om året i omsætning, %3 i kundelevetidsværdi.</numerusform></translation>
    </message>
    <message>
        <source>Annual retention: %1.</source>
        <translation>Årlig fastholdelse: %1.</translation>
    </message>
    <message>
        <source>NPS %1 from %2 answers</source>
        <translation>NPS %1 ud fra %2 svar</translation>
    </message>
    <message>
        <source> (95 % interval %1 to %2)</source>
        <translation> (95 %-interval %1 til %2)</translation>
    </message>
    <message>
        <source>Predicted value per customer: %1.</source>
        <translation>Forventet værdi pr. kunde: %1.</translation>
    </message>
</context>
<context>
    <name>HoldoutPanel</name>
    <message>
        <source>How well does the prediction work?</source>
        <translation>Hvor godt rammer prognosen?</translation>
    </message>
    <message>
        <source>Hide the last weeks from the model, let it predict them from the weeks before, and compare with what your customers really did.</source>
        <translation>Skjul de sidste uger for modellen, lad den forudsige dem ud fra ugerne før, og sammenlign med, hvad dine kunder faktisk gjorde.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Check the prediction</source>
        <translation>Kontrollér prognosen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Hold out the last</source>
        <translation>Hold de sidste tilbage</translation>
    </message>
    <message>
        <source>Choose how many weeks to hold out and press “Check the prediction”.</source>
        <translation>Vælg, hvor mange uger der skal holdes tilbage, og tryk på »Kontrollér prognosen«.</translation>
    </message>
    <message>
        <source>(model fitted up to %1)</source>
        <translation>(modellen tilpasset til og med %1)</translation>
    </message>
    <message>
        <source>Checking the prediction…</source>
        <translation>Kontrollerer prognosen…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kontrollen blev annulleret.</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>Kontrollen kunne ikke køres.</translation>
    </message>
    <message>
        <source>The check cannot be made: %1.</source>
        <translation>Kontrollen kan ikke laves: %1.</translation>
    </message>
    <message>
        <source>%1 repeat purchases up to %2</source>
        <translation>%1 genkøb til og med %2</translation>
    </message>
</context>
<context>
    <name>KeywordGroupsDialog</name>
    <message>
        <source>Keyword groups for comment causes</source>
        <translation>Nøgleordsgrupper for årsager i kommentarer</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of the cause's keywords in the comment's language. Separate keywords with commas; end a keyword with * to match every word that starts with it (expens* finds expensive and expenses). Word endings are handled for you: “price” also finds “prices”.</source>
        <translation>En kommentar tæller for en årsag, når den indeholder et af årsagens nøgleord på kommentarens sprog. Adskil nøgleord med kommaer; afslut et nøgleord med * for at finde alle ord, der begynder sådan (dyr* finder dyrt og dyrere). Bøjninger klares for dig: »pris« finder også »priser«.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Add a cause</source>
        <translation>Tilføj en årsag</translation>
    </message>
    <message>
        <source>Remove the selected cause</source>
        <translation>Fjern den valgte årsag</translation>
    </message>
    <message>
        <source>Restore the standard groups</source>
        <translation>Gendan standardgrupperne</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlandsk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisk</translation>
    </message>
    <message>
        <source>new cause</source>
        <translation>ny årsag</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Sprog: %1.</translation>
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
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fastholdelse</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I risikozonen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importér filer…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Åbn &amp;demoprojektet</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Eksportér &amp;PDF-rapport…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportér…</translation>
    </message>
    <message>
        <source>Export &amp;Excel workbook…</source>
        <translation>Eksportér &amp;Excel-projektmappe…</translation>
    </message>
    <message>
        <source>Export &amp;win-back list…</source>
        <translation>Eksportér liste til at &amp;vinde kunder tilbage…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Loyalty Desktop</source>
        <translation>&amp;Om Loyalty Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>Applying the filter…</source>
        <translation>Filteret anvendes…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers analysed.</source>
        <translation><numerusform>%Ln kunde analyseret.</numerusform><numerusform>%Ln kunder analyseret.</numerusform></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importér filer</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (%1)</source>
        <translation>Regneark og teksteksporter (%1)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Eksportér PDF-rapport</translation>
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
        <translation>Rapporten er gemt i %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>About Loyalty Desktop</source>
        <translation>Om Loyalty Desktop</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Kundeværdi</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Kundefeedback</translation>
    </message>
    <message>
        <source>Loyalty &amp; segments</source>
        <translation>Loyalitet og segmenter</translation>
    </message>
</context>
<context>
    <name>NpsCompareBox</name>
    <message>
        <source>Compare two NPS figures</source>
        <translation>Sammenlign to NPS-tal</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Runde %1</translation>
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
        <translation>Vælg to forskellige grupper at sammenligne.</translation>
    </message>
    <message>
        <source>%1: NPS %2 from %3 answers · %4: NPS %5 from %6 answers</source>
        <translation>%1: NPS %2 ud fra %3 svar · %4: NPS %5 ud fra %6 svar</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Indtast et tal.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>»%1« er ikke et tal.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Indtast et helt tal.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Indtast mindst %1.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Indtast højst %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>&amp;New project</source>
        <extracomment>Kept in an autosave copy's settings: which file it belongs to and when it was made.</extracomment>
        <translation>&amp;Nyt projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Å&amp;bn projekt…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Gem projekt</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Gem projekt s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>Fortr&amp;yd seneste import</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>Loyalty Desktop</source>
        <translation>Loyalty Desktop</translation>
    </message>
    <message>
        <source>Took back the import of %1: %2 new rows removed, %3 changed rows restored.</source>
        <translation>Importen af %1 er fortrudt: %2 nye rækker fjernet, %3 ændrede rækker gendannet.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <source>Loyalty Desktop projects (*%1)</source>
        <translation>Loyalty Desktop-projekter (*%1)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Åbner %1…</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Min butik</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Gem projekt som</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Gemmer %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Vil du gemme ændringerne i %1?</translation>
    </message>
    <message>
        <source>If you don't save, the changes since the last save are lost.</source>
        <translation>Hvis du ikke gemmer, går ændringerne siden sidste gem tabt.</translation>
    </message>
    <message>
        <source>Autosaving…</source>
        <translation>Gemmer automatisk…</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>et unavngivet projekt</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Gendan arbejde, der ikke er gemt?</translation>
    </message>
    <message>
        <source>Loyalty Desktop did not close normally. Changes to %1 from %2 were kept. Restore them?</source>
        <translation>Loyalty Desktop blev ikke lukket normalt. Ændringer i %1 fra %2 er gemt. Vil du gendanne dem?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
</context>
<context>
    <name>RepresentativenessBox</name>
    <message>
        <source>Who answered the survey</source>
        <extracomment>a group's bar was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Hvem der svarede på undersøgelsen</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Sammenlign efter:</translation>
    </message>
    <message>
        <source>%1 (%2): customers who answered the survey</source>
        <translation>%1 (%2): kunder, der svarede på undersøgelsen</translation>
    </message>
    <message>
        <source>%1 (%2): all customers</source>
        <translation>%1 (%2): alle kunder</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <extracomment>a heat-map cell was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Fastholdelse</translation>
    </message>
    <message>
        <source>New customers in %1</source>
        <translation>Nye kunder i %1</translation>
    </message>
    <message>
        <source>Came back in %1</source>
        <translation>Kom tilbage i %1</translation>
    </message>
    <message>
        <source>Churned in %1</source>
        <translation>Stoppede med at handle i %1</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Fastholdt i %1</translation>
    </message>
    <message>
        <source>Cohort %1, %2</source>
        <translation>Kohorte %1, %2</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>All of these are true</source>
        <translation>Alle disse gælder</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Mindst én af disse gælder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>e.g. Regulars</source>
        <translation>f.eks. Stamkunder</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Tilføj betingelse</translation>
    </message>
    <message>
        <source>Add group (any/all)</source>
        <translation>Tilføj gruppe (en/alle)</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Giv den et navn.</translation>
    </message>
    <message>
        <source>Another segment is already called “%1”.</source>
        <translation>Et andet segment hedder allerede »%1«.</translation>
    </message>
</context>
<context>
    <name>SegmentMetricsView</name>
    <message>
        <source>Compare retention of</source>
        <extracomment>a point of the group's retention chart was clicked: (customer ids, description)</extracomment>
        <translation>Sammenlign fastholdelsen for</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Andel af kunderne</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Andel af omsætningen</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Fastholdelsesgrad</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Retention rate = customers still active at the end of the period ÷ active at its start.</source>
        <translation>Fastholdelsesgrad = kunder, der stadig er aktive ved periodens slutning ÷ aktive ved dens start.</translation>
    </message>
    <message>
        <source>%1: kept in %2</source>
        <translation>%1: fastholdt i %2</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Loyalty and segments</source>
        <extracomment>a point of a group's retention chart was clicked: (customer ids, description)</extracomment>
        <translation>Loyalitet og segmenter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Save and recalculate</source>
        <translation>Gem og genberegn</translation>
    </message>
    <message>
        <source>What loyal means</source>
        <translation>Hvad loyal betyder</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>Goals and settings</source>
        <translation>Mål og indstillinger</translation>
    </message>
    <message>
        <source>Say what a loyal customer is for your business. Start from a template and adjust the numbers.</source>
        <translation>Beskriv, hvad en loyal kunde er for din forretning. Start med en skabelon, og justér tallene.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Start med en skabelon</translation>
    </message>
    <message>
        <source>Loyal = %1, as of each period's end. Survey answers and model estimates use today's values.</source>
        <translation>Loyal = %1, opgjort ved hver periodes slutning. Svar fra undersøgelser og modelberegninger bruger dagens værdier.</translation>
    </message>
    <message>
        <source>Loyal at the end of %1</source>
        <translation>Loyale ved udgangen af %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nyt segment</translation>
    </message>
    <message>
        <source>Add from a template</source>
        <translation>Tilføj fra skabelon</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Edit loyalty criteria</source>
        <translation>Redigér loyalitetskriterier</translation>
    </message>
    <message>
        <source>Correct the marked fields to see how many customers match.</source>
        <translation>Ret de markerede felter for at se, hvor mange kunder der passer.</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Redigér segment</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>Brug skabelonen %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Duplikér segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Slet segment</translation>
    </message>
    <message>
        <source>Move segment</source>
        <translation>Flyt segment</translation>
    </message>
    <message>
        <source>Import sales data to see how many customers match.</source>
        <translation>Importér salgsdata for at se, hvor mange kunder der passer.</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3).</source>
        <translation>%1 af %2 kunder passer (%3).</translation>
    </message>
    <message>
        <source>Correct the criteria to see your loyal customers.</source>
        <translation>Ret kriterierne for at se dine loyale kunder.</translation>
    </message>
    <message>
        <source>%1 loyal customers: %2 of all customers, bringing %3 of revenue. Retention rate %4.</source>
        <translation>%1 loyale kunder: %2 af alle kunder, som står for %3 af omsætningen. Fastholdelsesgrad %4.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Ret først de markerede felter.</translation>
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
        <translation>dage</translation>
    </message>
    <message>
        <source>Share of revenue you keep after the cost of goods; 100 % counts revenue as value.</source>
        <translation>Den andel af omsætningen, du beholder efter vareforbruget; 100 % regner hele omsætningen som værdi.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% om året</translation>
    </message>
    <message>
        <source>How much less money next year is worth to you than money today.</source>
        <translation>Hvor meget mindre penge næste år er værd for dig end penge i dag.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>How long a customer stays; leave empty to derive it from your retention.</source>
        <translation>Hvor længe en kunde bliver; lad feltet stå tomt for at beregne det ud fra din fastholdelse.</translation>
    </message>
    <message>
        <source>from your data</source>
        <translation>ud fra dine data</translation>
    </message>
    <message>
        <source>Inactivity window</source>
        <translation>Inaktivitetsperiode</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskonteringsrente</translation>
    </message>
    <message>
        <source>Expected lifetime</source>
        <translation>Forventet levetid</translation>
    </message>
    <message>
        <source>Retention spend</source>
        <translation>Udgifter til fastholdelse</translation>
    </message>
    <message>
        <source>Benchmarks and goals</source>
        <translation>Branchetal og mål</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Industry benchmark</source>
        <translation>Branchetal</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Dit mål</translation>
    </message>
    <message>
        <source>money</source>
        <translation>beløb</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Højere er bedre.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Lavere er bedre.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost. Suggested: %1 days, %2.</source>
        <translation>En kunde, der ikke har købt i så mange dage, regnes som tabt. Forslag: %1 dage, %2.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost; leave empty to use the suggestion from your data.</source>
        <translation>En kunde, der ikke har købt i så mange dage, regnes som tabt; lad feltet stå tomt for at bruge forslaget ud fra dine data.</translation>
    </message>
</context>
<context>
    <name>SpendField</name>
    <message>
        <source>What you spent on keeping customers (discounts, loyalty cards, mailings) per period, one period per line.</source>
        <translation>Hvad du brugte på at fastholde kunder (rabatter, kundekort, udsendelser) pr. periode, én periode pr. linje.</translation>
    </message>
    <message>
        <source>Line %1: write a period and an amount, e.g. “2024-01 5000”.</source>
        <translation>Linje %1: skriv en periode og et beløb, f.eks. »2024-01 5000«.</translation>
    </message>
</context>
<context>
    <name>SurveySampleDialog</name>
    <message>
        <source>Survey sample for the next wave</source>
        <translation>Udvalg til næste undersøgelsesrunde</translation>
    </message>
    <message>
        <source>Draws customers at random, in proportion to the groups of your whole customer base, so the next survey hears from everyone and not only the keenest. Only customers with an e-mail address or phone number are drawn.</source>
        <translation>Udtrækker kunder tilfældigt i forhold til grupperne i hele din kundebase, så næste undersøgelse hører fra alle og ikke kun de mest ivrige. Kun kunder med e-mailadresse eller telefonnummer udtrækkes.</translation>
    </message>
    <message>
        <source>spend band</source>
        <translation>beløbsgruppe</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Leave out customers who answered the last survey</source>
        <translation>Udelad kunder, der svarede på sidste undersøgelse</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nyt frø</translation>
    </message>
    <message>
        <source>Customers to invite:</source>
        <translation>Kunder, der skal inviteres:</translation>
    </message>
    <message>
        <source>In proportion to:</source>
        <translation>I forhold til:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Frø:</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Gem listen…</translation>
    </message>
    <message>
        <source>%1 customers drawn with seed %2 — enter the same seed again to draw the same list.</source>
        <translation>%1 kunder udtrukket med frø %2 – indtast samme frø igen for at udtrække samme liste.</translation>
    </message>
    <message>
        <source>Fewer customers than asked for can be reached.</source>
        <translation>Færre kunder end ønsket kan nås.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 customers drawn</source>
        <translation>%1: %2 af %3 kunder udtrukket</translation>
    </message>
    <message>
        <source>survey-sample-seed-%1.xlsx</source>
        <translation>undersoegelsesudvalg-froe-%1.xlsx</translation>
    </message>
    <message>
        <source>Save the survey sample</source>
        <translation>Gem undersøgelsesudvalget</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>SurveySettingsBar</name>
    <message>
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>kvartaler</translation>
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
        <translation>som i undersøgelsesfilen (kolonnen for runde)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Edit keyword groups…</source>
        <translation>Nøgleordsgrupper…</translation>
    </message>
    <message>
        <source>Survey sample for the next wave…</source>
        <translation>Udvalg til næste undersøgelse…</translation>
    </message>
    <message>
        <source>Survey waves:</source>
        <translation>Undersøgelsesrunder:</translation>
    </message>
    <message>
        <source>Bought again within:</source>
        <translation>Købte igen inden for:</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export table to Excel…</source>
        <extracomment>(currency, language) of the open project, for money formats and the CSV dialect</extracomment>
        <translation>Eksportér tabellen til Excel…</translation>
    </message>
    <message>
        <source>Export table to CSV…</source>
        <translation>Eksportér tabellen til CSV…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, kan åbnes i Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Eksportér tabel</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>Eksporterer tabellen…</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tabellen er gemt i %1</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>f.eks. %1</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>værdier adskilt af kommaer</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Indtast mindst én værdi.</translation>
    </message>
    <message>
        <source>Enter numbers separated by commas.</source>
        <translation>Indtast tal adskilt af kommaer.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Indtast en værdi.</translation>
    </message>
    <message>
        <source>“%1” is not a number; enter digits, e.g. 12 or 12.5.</source>
        <translation>»%1« er ikke et tal; skriv cifre, f.eks. 12 eller 12.5.</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>Value</source>
        <translation>Kundeværdi</translation>
    </message>
    <message>
        <source>Import your sales to see what your customers are worth.</source>
        <translation>Importér dit salg for at se, hvad dine kunder er værd.</translation>
    </message>
    <message>
        <source>Your %1 customers are worth %2 over the time they are expected to stay (%3 per customer on average, after margin and discounting), by the simple estimate.</source>
        <translation>Dine %1 kunder er %2 værd i den tid, de forventes at blive (%3 pr. kunde i gennemsnit efter avance og diskontering), ifølge det enkle skøn.</translation>
    </message>
    <message>
        <source>Why not the prediction model: %1.</source>
        <translation>Hvorfor ikke prognosemodellen: %1.</translation>
    </message>
    <message>
        <source>Your %1 customers are expected to bring %2 over the next %3 months (%4 per customer on average, after margin and discounting).</source>
        <translation>Dine %1 kunder forventes at give %2 over de næste %3 måneder (i gennemsnit %4 pr. kunde, efter avance og diskontering).</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Sådan: %1.</translation>
    </message>
    <message>
        <source>Your %1 customers have brought %2 so far, after margin.</source>
        <translation>Dine %1 kunder har indtil nu givet %2, efter avance.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller mere</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Customers worth %1</source>
        <translation>Kunder til en værdi af %1</translation>
    </message>
    <message>
        <source>The value lost with churned customers is not computed for this project yet.</source>
        <translation>Værdien, der forsvandt med tabte kunder, er ikke beregnet for dette projekt endnu.</translation>
    </message>
    <message>
        <source>%1 customers have churned; half of them stayed less than %2 months.</source>
        <translation>%1 kunder er stoppet; halvdelen af dem blev kortere end %2 måneder.</translation>
    </message>
    <message>
        <source>Average lifespan so far: %1; Kaplan–Meier median lifetime: %2.</source>
        <translation>Gennemsnitlig levetid indtil nu: %1; Kaplan–Meier-median: %2.</translation>
    </message>
    <message>
        <source>Churned after %1–%2 months</source>
        <translation>Stoppede efter %1–%2 måneder</translation>
    </message>
    <message>
        <source>Churned between %1 and %2</source>
        <translation>Mistet mellem %1 og %2</translation>
    </message>
    <message>
        <source>Still customers %1 months after their first purchase</source>
        <translation>Stadig kunder %1 måneder efter første køb</translation>
    </message>
</context>
<context>
    <name>_Units</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>The usual sign of each currency; kr-currencies are written with their ISO code outside their own country (see module doc). CLDR percent patterns: "38 %" in sv/da/ru (no-break space), "38%" in en and nl.</extracomment>
        <translation><numerusform>%Ln dag</numerusform><numerusform>%Ln dage</numerusform></translation>
    </message>
</context>
<context><name>cli</name><message><source>{path}: the config file does not exist.</source><translation>{path}: konfigurationsfilen findes ikke.</translation></message><message><source>{path}: the config file cannot be read ({detail}).</source><translation>{path}: konfigurationsfilen kan ikke læses ({detail}).</translation></message><message><source>{path}, line {line}, column {column}: not valid JSON ({detail}).</source><translation>{path}, linje {line}, kolonne {column}: ugyldig JSON ({detail}).</translation></message><message><source>{path}: the JSON is nested too deeply to be a config file.</source><translation>{path}: JSON-dataene er for dybt indlejret til at være en konfigurationsfil.</translation></message><message><source>{path}: not a usable config file ({detail}).</source><translation>{path}: ikke en brugbar konfigurationsfil ({detail}).</translation></message><message><source>{path}: the config must be a JSON object {{...}}.</source><translation>{path}: konfigurationen skal være et JSON-objekt {{...}}.</translation></message><message><source>settings</source><translation>indstillinger</translation></message><message><source>{path}: the file does not exist.</source><translation>{path}: filen findes ikke.</translation></message><message><source>No transactions to analyse: give --transactions FILE or --project P.loyalty.</source><translation>Ingen transaktioner at analysere: angiv --transactions FIL eller --project P.loyalty.</translation></message><message><source>Missing: {fields}.</source><translation>Mangler: {fields}.</translation></message><message><source>Columns found: {columns}.</source><translation>Fundne kolonner: {columns}.</translation></message></context><context><name>cli help</name><message><source>Customer loyalty analytics for small businesses. Without a command, opens the window.</source><translation>Analyse af kundeloyalitet for små virksomheder. Uden en kommando åbnes vinduet.</translation></message><message><source>open the window with the bundled demo project</source><translation>åbn vinduet med det medfølgende demoprojekt</translation></message><message><source>definitions, criteria, segments, mappings</source><translation>definitioner, kriterier, segmenter, kolonnetilknytninger</translation></message><message><source>compute the metrics and write PDF/JSON/Excel</source><translation>beregn nøgletallene og skriv PDF/JSON/Excel</translation></message><message><source>language of the report and of the messages</source><translation>sprog for rapporten og meddelelserne</translation></message><message><source>create or append to a project file</source><translation>opret en projektfil eller føj til den</translation></message><message><source>language of the messages</source><translation>sprog for meddelelserne</translation></message><message><source>show how a file would be imported, as JSON</source><translation>vis, hvordan en fil ville blive importeret, som JSON</translation></message><message><source>reproduce the published reference results</source><translation>genskab de offentliggjorte referenceresultater</translation></message><message><source>usage: </source><translation>brug: </translation></message><message><source>options</source><translation>tilvalg</translation></message><message><source>positional arguments</source><translation>argumenter</translation></message><message><source>show this help message and exit</source><translation>vis denne hjælp og afslut</translation></message><message><source>show program's version number and exit</source><translation>vis programmets versionsnummer og afslut</translation></message></context><context><name>clv</name><message><source>there are no customers</source><translation>der er ingen kunder</translation></message><message><source>the data do not look like repeat buying by customers who differ: {meaning} ({name} = {value:.3g})</source><translation>dataene ligner ikke genkøb fra forskellige kunder: {meaning} ({name} = {value:.3g})</translation></message><message><source>everybody seems to buy at the same rate</source><translation>alle ser ud til at købe lige tit</translation></message><message><source>almost nobody seems to stop buying</source><translation>næsten ingen ser ud til at stoppe med at købe</translation></message><message><source>the holdout end must come after the calibration end</source><translation>slutningen af testperioden skal ligge efter slutningen af tilpasningsperioden</translation></message><message><source>only {repeat} customers bought more than once before {end}; the check needs at least {minimum}</source><translation>kun {repeat} kunder købte mere end én gang før {end}; kontrollen kræver mindst {minimum}</translation></message><message><source>the {title} model could not be fitted on the calibration period ({why})</source><translation>modellen {title} kunne ikke tilpasses på tilpasningsperioden ({why})</translation></message><message><source>{title} fitted on {customers:,} customers up to {end}; checked against {weeks:.0f} holdout weeks</source><translation>{title} tilpasset på {customers:,} kunder frem til {end}; kontrolleret mod {weeks:.0f} testuger</translation></message><message><source>there are no purchases to check the model against</source><translation>der er ingen køb at kontrollere modellen mod</translation></message><message><source>In the holdout weeks these customers made {actual:,.0f} repeat purchases; the model predicted {predicted:,.0f} ({gap:.0%} {direction})</source><translation>I de tilbageholdte uger foretog disse kunder {actual:,.0f} genkøb; modellen forudsagde {predicted:,.0f} ({gap:.0%} {direction})</translation></message><message><source>more</source><translation>flere</translation></message><message><source>fewer</source><translation>færre</translation></message><message><source>Summarising the calibration period</source><translation>Opsummerer tilpasningsperioden</translation></message><message><source>Fitting the {title} model up to {end}</source><translation>Tilpasser {title}-modellen til og med {end}</translation></message><message><source>Comparing the prediction with the holdout weeks</source><translation>Sammenligner prognosen med de tilbageholdte uger</translation></message><message><source>{title} and Gamma-Gamma fitted on {customers:,} customers ({repeat:,} bought more than once); {horizon} months ahead, in {unit}</source><translation>{title} og Gamma-Gamma tilpasset på {customers:,} kunder ({repeat:,} købte mere end én gang); {horizon} måneder frem, regnet i {unit}</translation></message><message><source>days</source><translation>dage</translation></message><message><source>weeks</source><translation>uger</translation></message><message><source>months</source><translation>måneder</translation></message><message><source>only {repeat} of {customers:,} customers bought more than once (the prediction needs at least {minimum}), so the simple CLV is used</source><translation>kun {repeat} af {customers:,} kunder købte mere end én gang (prognosen kræver mindst {minimum}), så den simple kundeværdi bruges</translation></message><message><source>the {title} model could not be fitted, so the simple CLV is used: {why}</source><translation>modellen {title} kunne ikke tilpasses, så den simple kundeværdi bruges: {why}</translation></message><message><source>spend per purchase could not be modelled, so the simple CLV is used: {why}</source><translation>beløbet pr. køb kunne ikke modelleres, så den simple kundeværdi bruges: {why}</translation></message><message><source>the prediction was not a finite number for some customers, so the simple CLV is used</source><translation>prognosen blev ikke et endeligt tal for nogle kunder, så den simple kundeværdi bruges</translation></message><message><source>; annual retention has not been measured, so only the coming year's value is counted</source><translation>; den årlige fastholdelse er ikke målt, så kun det kommende års værdi tælles med</translation></message><message><source>; measured annual retention {retention:.0%}</source><translation>; målt årlig fastholdelse {retention:.0%}</translation></message><message><source>; with 100 % retention and no discount rate the value has no limit, so only the coming year is counted (set a discount rate)</source><translation>; med 100 % fastholdelse og ingen diskonteringsrente har værdien ingen grænse, så kun det kommende år tælles med (angiv en diskonteringsrente)</translation></message><message><source>there are no purchases to value</source><translation>der er ingen køb at værdisætte</translation></message><message><source>Summarising purchases</source><translation>Opsummerer købene</translation></message><message><source>Fitting the {title} purchase model</source><translation>Tilpasser købsmodellen {title}</translation></message><message><source>Fitting spend per purchase</source><translation>Tilpasser beløb pr. køb</translation></message><message><source>Predicting purchases</source><translation>Forudsiger køb</translation></message><message><source>Done</source><translation>Færdig</translation></message></context><context><name>comments</name><message><source>(no answer)</source><translation>(intet svar)</translation></message><message><source>The keyword groups could not be read; the standard groups are used.</source><translation>Nøgleordsgrupperne kunne ikke læses; standardgrupperne bruges.</translation></message><message><source>Keyword group “{group}” could not be read and was left out.</source><translation>Nøgleordsgruppen »{group}« kunne ikke læses og blev udeladt.</translation></message><message><source>Keyword group “{group}”: language “{lang}” is not one of en, sv, da, nl, ru and was left out.</source><translation>Nøgleordsgruppen »{group}«: sproget »{lang}« er ikke et af en, sv, da, nl, ru og blev udeladt.</translation></message></context><context><name>compare</name><message><source>{a} keep {pa} and {b} {pb}; {verdict} ({p}).</source><translation>{a} fastholder {pa} og {b} {pb}; {verdict} ({p}).</translation></message><message><source>a difference this large is very unlikely to be chance</source><translation>en så stor forskel er meget usandsynlig som tilfældighed</translation></message><message><source>a difference this large is unlikely to be chance</source><translation>en så stor forskel er næppe tilfældig</translation></message><message><source>a difference this large could well be chance</source><translation>en så stor forskel kan sagtens være tilfældig</translation></message><message><source>{a} and {b} both keep {pa}; there is no difference.</source><translation>{a} og {b} fastholder begge {pa}; der er ingen forskel.</translation></message><message><source>There are no customers in {name} who could have churned yet, so there is nothing to compare.</source><translation>Der er ingen kunder i {name}, som kunne være faldet fra endnu, så der er intet at sammenligne.</translation></message><message><source>{a} and {b} both keep {pa} of their customers; there is no difference to test.</source><translation>{a} og {b} fastholder begge {pa} af deres kunder; der er ingen forskel at teste.</translation></message><message><source> The groups are small, so treat this only as a rough guide.</source><translation> Grupperne er små, så betragt det kun som en grov rettesnor.</translation></message><message><source>this group</source><translation>denne gruppe</translation></message><message><source>the rest</source><translation>de øvrige</translation></message></context><context><name>costs</name><message><source>enter your retention spend per period to see what keeping customers costs</source><translation>angiv dine udgifter til fastholdelse pr. periode for at se, hvad det koster at beholde kunder</translation></message><message><source>no sales data for this period</source><translation>ingen salgsdata for perioden</translation></message><message><source>no spend entered for this period, so there is no ratio</source><translation>ingen udgifter angivet for perioden, så der er intet forhold</translation></message><message><source>period still running: revenue so far</source><translation>perioden er stadig i gang: omsætning indtil nu</translation></message><message><source>revenue from retained customers came with the spend; it does not prove the spend caused it</source><translation>omsætningen fra fastholdte kunder kom samtidig med udgifterne; det beviser ikke, at udgifterne skabte den</translation></message></context><context><name>customers</name><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days (rounded up to {days} days)</source><translation>forslag ud fra dine data: 80 % af genkøbene sker inden for {p80:.0f} dage (rundet op til {days} dage)</translation></message><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days; limited to {days} days</source><translation>forslag ud fra dine data: 80 % af genkøbene sker inden for {p80:.0f} dage; begrænset til {days} dage</translation></message><message><source>a default of {days} days: only {n} customers bought more than once, too few to suggest a window from your data</source><translation>standardværdien {days} dage: kun {n} kunder købte mere end én gang, for få til at foreslå en periode ud fra dine data</translation></message><message><source>chosen by you</source><translation>valgt af dig</translation></message></context><context><name>describe</name><message><source>Weekly</source><translation>Ugentlige</translation></message><message><source>Monthly</source><translation>Månedlige</translation></message><message><source>Quarterly</source><translation>Kvartalsvise</translation></message><message><source>Half-yearly</source><translation>Halvårlige</translation></message><message><source>Yearly</source><translation>Årlige</translation></message><message><source>week</source><translation>uge</translation></message><message><source>month</source><translation>måned</translation></message><message><source>quarter</source><translation>kvartal</translation></message><message><source>half-year</source><translation>halvår</translation></message><message><source>year</source><translation>år</translation></message><message><source>a customer counts as churned after {days} days without a purchase</source><translation>en kunde regnes som tabt efter {days} dage uden køb</translation></message><message><source> ({reason})</source><translation> ({reason})</translation></message><message><source>refunds are not counted as purchases</source><translation>returneringer tæller ikke som køb</translation></message><message><source>refunds count as activity</source><translation>returneringer tæller som aktivitet</translation></message><message><source>data up to {as_of}</source><translation>data til og med {as_of}</translation></message><message><source>no data yet</source><translation>ingen data endnu</translation></message><message><source>{Periods} periods; {window}; {refunds}; {data}.</source><translation>{Periods} perioder; {window}; {refunds}; {data}.</translation></message><message><source>{Periods} cohorts by the {period} of the first purchase; each cell is the share of the cohort that bought in that {period} (no inactivity window); {refunds}; {data}.</source><translation>{Periods} kohorter efter perioden for første køb ({period}); hver celle er den andel af kohorten, der købte i den periode (ingen inaktivitetsperiode); {refunds}; {data}.</translation></message><message><source>Lifespan from the first purchase to the churn date, or to {as_of} for active customers (the Kaplan–Meier median counts them as still running); {window}; {refunds}; {data}.</source><translation>Levetid fra første køb til frafaldsdatoen, eller til {as_of} for aktive kunder (Kaplan–Meier-medianen regner dem som igangværende); {window}; {refunds}; {data}.</translation></message><message><source>Months from the first purchase to the churn date, churned customers only; {window}; {refunds}; {data}.</source><translation>Måneder fra første køb til frafaldsdatoen, kun tabte kunder; {window}; {refunds}; {data}.</translation></message><message><source>Value = net revenue after refunds × {margin} margin; a purchase is an order with a positive amount; {refunds}; {data}.</source><translation>Værdi = nettoomsætning efter returneringer × {margin} avance; et køb er en ordre med et positivt beløb; {refunds}; {data}.</translation></message><message><source>Customers whose churn date is between {start} and {end}; annual net revenue × {margin} margin × {lifetime}, discounted at {discount} a year; {window}; {data}.</source><translation>Kunder, hvis frafaldsdato ligger mellem {start} og {end}; årlig nettoomsætning × {margin} avance × {lifetime}, diskonteret med {discount} om året; {window}; {data}.</translation></message><message><source>an expected lifetime of {years} years (set by you)</source><translation>en forventet levetid på {years} år (angivet af dig)</translation></message><message><source>an expected lifetime of 1 / (1 − annual retention) years</source><translation>en forventet levetid på 1 / (1 − årlig fastholdelse) år</translation></message><message><source>Retention spend you entered minus the revenue from customers retained in each {period} (active at its start and at its end); {window}; {data}.</source><translation>De udgifter til fastholdelse, du har angivet, minus omsætningen fra fastholdte kunder i hver periode ({period}; aktive ved periodens start og slutning); {window}; {data}.</translation></message><message><source>Return rate = orders with a net amount of zero or less ÷ all orders; returned share = refunded money ÷ revenue before refunds; {refunds}; {data}.</source><translation>Returandel = ordrer med et nettobeløb på nul eller mindre ÷ alle ordrer; returneret andel = tilbagebetalte penge ÷ omsætning før returneringer; {refunds}; {data}.</translation></message><message><source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % confidence interval; {waves}; {data}.</source><translation>NPS = % ambassadører (9–10) − % kritikere (0–6), fra −100 til 100, med et 95 %-konfidensinterval; {waves}; {data}.</translation></message><message><source>waves as given in your survey file</source><translation>runder som angivet i din undersøgelsesfil</translation></message><message><source>{waves} waves by answer date</source><translation>{waves} runder efter svardato</translation></message><message><source>Satisfaction 1–5: top box = 5, top two boxes = 4–5; repurchase = bought again within {repurchase} days after answering; {refunds}; {data}.</source><translation>Tilfredshed 1–5: topkarakter = 5, de to øverste = 4–5; genkøb = købte igen inden for {repurchase} dage efter svaret; {refunds}; {data}.</translation></message><message><source>Predicted value over the next {horizon} months × {margin} margin, discounted at {discount} a year (BG/NBD and Gamma-Gamma models, or 1 / (1 − annual retention) years when there are too few repeat customers); {refunds}; {data}.</source><translation>Forventet værdi over de næste {horizon} måneder × {margin} avance, diskonteret med {discount} om året (modellerne BG/NBD og Gamma-Gamma, eller 1 / (1 − årlig fastholdelse) år, når der er for få genkøbende kunder); {refunds}; {data}.</translation></message><message><source>Segments follow your rules over each customer's figures; {window}; {refunds}; {data}.</source><translation>Segmenterne følger dine regler for hver kundes tal; {window}; {refunds}; {data}.</translation></message><message><source>RFM scores 1–5 by fifths of recency, frequency and money spent; {refunds}; {data}.</source><translation>RFM-score 1–5 efter femtedele af seneste køb, købsfrekvens og købsbeløb; {refunds}; {data}.</translation></message><message><source>At risk: overdue (more than 1.5 × their usual gap since the last purchase), buying less often, a low score, recent returns or a low chance of still being a customer; {window}; {data}.</source><translation>I risikozonen: forsinkede (mere end 1,5 × deres normale mellemrum siden seneste køb), køber sjældnere, lav score, nylige returneringer eller lille chance for stadig at være kunde; {window}; {data}.</translation></message><message><source>{Window}; {refunds}; {data}.</source><translation>{Window}; {refunds}; {data}.</translation></message><message><source>Share of customers still active, counting only customers who first bought more than {days} days before {as_of}; two-proportion z-test; {window}; {data}.</source><translation>Andel kunder, der stadig er aktive, kun kunder, der købte første gang mere end {days} dage før {as_of}; z-test for to andele; {window}; {data}.</translation></message></context><context><name>excel</name><message><source>Summary</source><translation>Sammenfatning</translation></message><message><source>Retention</source><translation>Fastholdelse</translation></message><message><source>Cohorts</source><translation>Kohorter</translation></message><message><source>Customers</source><translation>Kunder</translation></message><message><source>At risk</source><translation>I risikozonen</translation></message><message><source>NPS waves</source><translation>NPS-runder</translation></message><message><source>Satisfaction</source><translation>Tilfredshed</translation></message><message><source>Segments</source><translation>Segmenter</translation></message><message><source>Imports</source><translation>Importer</translation></message><message><source>Rejected rows</source><translation>Afviste rækker</translation></message><message><source>Definitions</source><translation>Definitioner</translation></message><message><source>Key figure</source><translation>Nøgletal</translation></message><message><source>Value</source><translation>Værdi</translation></message><message><source>Benchmark</source><translation>Branchetal</translation></message><message><source>Target</source><translation>Mål</translation></message><message><source>Assessment</source><translation>Vurdering</translation></message><message><source>Cohort</source><translation>Kohorte</translation></message><message><source>Customers in cohort</source><translation>Kunder i kohorten</translation></message><message><source>Period {k}</source><translation>Periode {k}</translation></message><message><source>Chart</source><translation>Diagram</translation></message><message><source>Definitions used</source><translation>Anvendte definitioner</translation></message><message><source>Setting</source><translation>Indstilling</translation></message><message><source>File</source><translation>Fil</translation></message><message><source>Row</source><translation>Række</translation></message><message><source>Column</source><translation>Kolonne</translation></message><message><source>Reason</source><translation>Årsag</translation></message><message><source>Customer</source><translation>Kunde</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>NPS score</source><translation>NPS-score</translation></message><message><source>NPS category</source><translation>NPS-gruppe</translation></message><message><source>Chance still a customer</source><translation>Chance for stadig at være kunde</translation></message><message><source>Predicted value</source><translation>Forventet værdi</translation></message><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>Answers</source><translation>Svar</translation></message><message><source>95 % CI low</source><translation>95 % KI nedre</translation></message><message><source>95 % CI high</source><translation>95 % KI øvre</translation></message><message><source>95 % CI low (adjusted Wald)</source><translation>95 % KI nedre (justeret Wald)</translation></message><message><source>95 % CI high (adjusted Wald)</source><translation>95 % KI øvre (justeret Wald)</translation></message><message><source>Chart or setting</source><translation>Diagram eller indstilling</translation></message><message><source>Definition</source><translation>Definition</translation></message><message><source>Value at risk</source><translation>Værdi i risikozonen</translation></message><message><source>Why</source><translation>Hvorfor</translation></message><message><source>Period</source><translation>Periode</translation></message><message><source>Start</source><translation>Start</translation></message><message><source>End</source><translation>Slut</translation></message><message><source>Incomplete period</source><translation>Ufuldstændig periode</translation></message><message><source>Customers at start</source><translation>Kunder ved start</translation></message><message><source>Customers at end</source><translation>Kunder ved slut</translation></message><message><source>New</source><translation>Nye</translation></message><message><source>Retained</source><translation>Fastholdt</translation></message><message><source>Came back</source><translation>Kom tilbage</translation></message><message><source>Churned</source><translation>Tabt</translation></message><message><source>New, already lapsed</source><translation>Nye, allerede tabt</translation></message><message><source>Retention of the first period</source><translation>Fastholdelse i første periode</translation></message><message><source>Retention rate</source><translation>Fastholdelsesgrad</translation></message><message><source>Churn rate</source><translation>Kundefrafald</translation></message><message><source>Note</source><translation>Bemærkning</translation></message><message><source>First purchase</source><translation>Første køb</translation></message><message><source>Last purchase</source><translation>Seneste køb</translation></message><message><source>Purchases</source><translation>Køb</translation></message><message><source>Days with a purchase</source><translation>Dage med køb</translation></message><message><source>Revenue</source><translation>Omsætning</translation></message><message><source>Returns</source><translation>Returneringer</translation></message><message><source>Amount returned</source><translation>Returneret beløb</translation></message><message><source>Average order value</source><translation>Gennemsnitlig ordreværdi</translation></message><message><source>Days as a customer</source><translation>Dage som kunde</translation></message><message><source>Months as a customer</source><translation>Måneder som kunde</translation></message><message><source>Days since last purchase</source><translation>Dage siden seneste køb</translation></message><message><source>Purchases in the last 365 days</source><translation>Køb de seneste 365 dage</translation></message><message><source>Revenue in the last 365 days</source><translation>Omsætning de seneste 365 dage</translation></message><message><source>Usual days between purchases</source><translation>Sædvanligt antal dage mellem køb</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>Churn date</source><translation>Dato for frafald</translation></message><message><source>Lifespan (days)</source><translation>Kundelevetid (dage)</translation></message><message><source>Name</source><translation>Navn</translation></message><message><source>Phone</source><translation>Telefon</translation></message><message><source>Sign-up date</source><translation>Tilmeldingsdato</translation></message><message><source>Recency score (R)</source><translation>Seneste-køb-score (R)</translation></message><message><source>Frequency score (F)</source><translation>Frekvensscore (F)</translation></message><message><source>Spend score (M)</source><translation>Beløbsscore (M)</translation></message><message><source>Warning signs</source><translation>Advarselstegn</translation></message><message><source>Overdue</source><translation>Forsinket</translation></message><message><source>Buying less often</source><translation>Handler sjældnere</translation></message><message><source>Unhappy</source><translation>Utilfreds</translation></message><message><source>Recent returns</source><translation>Nylige returneringer</translation></message><message><source>Probably lost</source><translation>Sandsynligvis tabt</translation></message><message><source>Wave</source><translation>Runde</translation></message><message><source>Promoters</source><translation>Ambassadører</translation></message><message><source>Passives</source><translation>Passive</translation></message><message><source>Detractors</source><translation>Kritikere</translation></message><message><source>NPS</source><translation>NPS</translation></message><message><source>Share of promoters</source><translation>Andel ambassadører</translation></message><message><source>Share of passives</source><translation>Andel passive</translation></message><message><source>Share of detractors</source><translation>Andel kritikere</translation></message><message><source>Uncertain</source><translation>Usikker</translation></message><message><source>Why uncertain</source><translation>Hvorfor usikker</translation></message><message><source>Level</source><translation>Niveau</translation></message><message><source>Answer</source><translation>Svar</translation></message><message><source>Bought again</source><translation>Købte igen</translation></message><message><source>Share who bought again</source><translation>Andel, der købte igen</translation></message><message><source>Too recent to tell</source><translation>For nylig til at vide</translation></message><message><source>Enough answers</source><translation>Nok svar</translation></message><message><source>Kind</source><translation>Type</translation></message><message><source>Format</source><translation>Format</translation></message><message><source>Sheet</source><translation>Ark</translation></message><message><source>Encoding</source><translation>Tegnkodning</translation></message><message><source>Delimiter</source><translation>Skilletegn</translation></message><message><source>Decimal sign</source><translation>Decimaltegn</translation></message><message><source>Date order</source><translation>Datorækkefølge</translation></message><message><source>Header row</source><translation>Overskriftsrække</translation></message><message><source>Currency</source><translation>Valuta</translation></message><message><source>Rows read</source><translation>Læste rækker</translation></message><message><source>Rows accepted</source><translation>Godkendte rækker</translation></message><message><source>Rows rejected</source><translation>Afviste rækker</translation></message><message><source>Guest purchases</source><translation>Gæstekøb</translation></message><message><source>Segment</source><translation>Segment</translation></message><message><source>Share of customers</source><translation>Andel af kunderne</translation></message><message><source>Share of revenue</source><translation>Andel af omsætningen</translation></message><message><source>Revenue per customer</source><translation>Omsætning pr. kunde</translation></message><message><source>Value so far (margin)</source><translation>Værdi indtil nu (avance)</translation></message><message><source>Active</source><translation>Aktive</translation></message><message><source>Share churned</source><translation>Andel tabt</translation></message><message><source>Periods measured</source><translation>Målte perioder</translation></message><message><source>Last full period</source><translation>Seneste hele periode</translation></message><message><source>Customers at start of last period</source><translation>Kunder ved start af seneste periode</translation></message><message><source>Retained in last period</source><translation>Fastholdt i seneste periode</translation></message><message><source>Retention in last period</source><translation>Fastholdelse i seneste periode</translation></message><message><source>NPS answers</source><translation>NPS-svar</translation></message><message><source>Average predicted value</source><translation>Gennemsnitlig forventet værdi</translation></message><message><source>Average chance still a customer</source><translation>Gennemsnitlig chance for stadig at være kunde</translation></message><message><source>All charts</source><translation>Alle diagrammer</translation></message><message><source>Customer value</source><translation>Kundeværdi</translation></message><message><source>Customer lifespan</source><translation>Kundelevetid</translation></message><message><source>Customer lifecycle</source><translation>Kundens livscyklus</translation></message><message><source>Lost lifetime value</source><translation>Tabt kundelevetidsværdi</translation></message><message><source>Cost of retention</source><translation>Omkostninger ved at fastholde kunder</translation></message><message><source>Comparisons</source><translation>Sammenligninger</translation></message><message><source>Comments</source><translation>Kommentarer</translation></message><message><source>Analysis date</source><translation>Analysedato</translation></message><message><source>Inactivity window (days)</source><translation>Inaktivitetsperiode (dage)</translation></message><message><source>Refunds count as purchases</source><translation>Returneringer tæller som køb</translation></message><message><source>Margin</source><translation>Avance</translation></message><message><source>Discount rate</source><translation>Diskonteringsrente</translation></message><message><source>Expected lifetime (years)</source><translation>Forventet kundelevetid (år)</translation></message><message><source>Survey wave</source><translation>Undersøgelsesrunde</translation></message><message><source>Repurchase window (days)</source><translation>Periode for genkøb (dage)</translation></message></context><context><name>excel values</name><message><source>active</source><translation>aktiv</translation></message><message><source>churned</source><translation>tabt</translation></message><message><source>promoter</source><translation>ambassadør</translation></message><message><source>passive</source><translation>passiv</translation></message><message><source>detractor</source><translation>kritiker</translation></message><message><source>sales</source><translation>salg</translation></message><message><source>customer list</source><translation>kundeliste</translation></message><message><source>survey answers</source><translation>besvarelser</translation></message><message><source>all customers</source><translation>alle kunder</translation></message><message><source>loyal</source><translation>loyale</translation></message><message><source>everyone else</source><translation>alle andre</translation></message><message><source>your segment</source><translation>dit segment</translation></message><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>strength</source><translation>styrke</translation></message><message><source>weakness</source><translation>svaghed</translation></message><message><source>on par</source><translation>på niveau</translation></message><message><source>week</source><translation>uge</translation></message><message><source>month</source><translation>måned</translation></message><message><source>quarter</source><translation>kvartal</translation></message><message><source>half-year</source><translation>halvår</translation></message><message><source>year</source><translation>år</translation></message><message><source>yes</source><translation>ja</translation></message><message><source>no</source><translation>nej</translation></message></context><context><name>importing</name><message><source>this row has {got} values but the header has {want} columns</source><translation>rækken har {got} værdier, men overskriften har {want} kolonner</translation></message><message><source>The file could not be read as a table ({detail}). Check for an unclosed quote (") or a line that is far too long.</source><translation>Filen kunne ikke læses som en tabel ({detail}). Se efter et anførselstegn ("), der ikke lukkes, eller en linje, der er alt for lang.</translation></message><message><source>The file has a header but no data rows.</source><translation>Filen har en overskrift, men ingen datarækker.</translation></message><message><source>a value here is longer than {limit:,} characters; this does not look like a table export. Check for an unclosed quote (") or choose the right file.</source><translation>en værdi her er længere end {limit:,} tegn; det ligner ikke en tabeleksport. Se efter et anførselstegn ("), der ikke lukkes, eller vælg den rigtige fil.</translation></message><message><source>The file is not in the chosen text encoding {encoding!r}.</source><translation>Filen har ikke den valgte tegnkodning {encoding!r}.</translation></message><message><source>Row {row}</source><translation>Række {row}</translation></message><message><source>column "{column}"</source><translation>kolonne "{column}"</translation></message><message><source>{file}, row {row}</source><translation>{file}, række {row}</translation></message><message><source>{where}, column "{column}"</source><translation>{where}, kolonne "{column}"</translation></message><message><source>Could not find a column for: {fields}. Map the columns by hand.</source><translation>Fandt ingen kolonne til: {fields}. Tilknyt kolonnerne manuelt.</translation></message><message><source>The file could not be imported because of an unexpected problem ({detail}). Details are in the log file.</source><translation>Filen kunne ikke importeres på grund af et uventet problem ({detail}). Detaljerne står i logfilen.</translation></message><message><source>Could not tell whether this file holds sales, customers or survey answers. Choose the kind of data and map its columns.</source><translation>Det kunne ikke afgøres, om filen indeholder salg, kunder eller svar fra undersøgelser. Vælg datatypen, og tilknyt kolonnerne.</translation></message><message><source>{file}: new {noun}: {new}; already in the project: {duplicate}; changed and updated: {updated}; rows rejected: {rejected}.</source><translation>{file}: nye {noun}: {new}; allerede i projektet: {duplicate}; ændret og opdateret: {updated}; afviste rækker: {rejected}.</translation></message><message><source>{file}: cannot add {kind!r} data to a project (expected {expected}).</source><translation>{file}: kan ikke tilføje data af typen {kind!r} til et projekt (forventede {expected}).</translation></message><message><source>There is no import to undo.</source><translation>Der er ingen import at fortryde.</translation></message><message><source>The import of {file} cannot be undone because the {table} were changed after it ({detail}).</source><translation>Importen af {file} kan ikke fortrydes, fordi {table} er ændret bagefter ({detail}).</translation></message><message><source>Choose a file name to save the project to.</source><translation>Vælg et filnavn at gemme projektet som.</translation></message><message><source>{file}: the saved definitions cannot be used ({detail}).</source><translation>{file}: de gemte definitioner kan ikke bruges ({detail}).</translation></message><message><source>{file}: the settings file cannot be used ({detail}).</source><translation>{file}: indstillingsfilen kan ikke bruges ({detail}).</translation></message><message><source>{file}: the project file does not exist. Check the name and folder and try again.</source><translation>{file}: projektfilen findes ikke. Kontrollér navnet og mappen, og prøv igen.</translation></message><message><source>{file}: this is a folder, not a project file.</source><translation>{file}: dette er en mappe, ikke en projektfil.</translation></message><message><source>{file}: the file is empty, so it is not a Loyalty Desktop project.</source><translation>{file}: filen er tom og er derfor ikke et Loyalty Desktop-projekt.</translation></message><message><source>{file}: this is not a Loyalty Desktop project file. Open a .loyalty file, or import spreadsheets with File ▸ Import.</source><translation>{file}: dette er ikke en projektfil til Loyalty Desktop. Åbn en .loyalty-fil, eller importér regneark med Filer ▸ Importér.</translation></message><message><source>{file}: this is a database from another program, not a Loyalty Desktop project. Nothing was changed.</source><translation>{file}: dette er en database fra et andet program, ikke et Loyalty Desktop-projekt. Intet er ændret.</translation></message><message><source>{file} was saved by a newer version of Loyalty Desktop (project format {found}; this version reads up to {supported}). Please update the app to open it. Nothing was changed.</source><translation>{file} er gemt af en nyere version af Loyalty Desktop (projektformat {found}; denne version læser op til {supported}). Opdatér programmet for at åbne filen. Intet er ændret.</translation></message><message><source>{file}: the project file is damaged and cannot be opened ({detail}). Nothing was changed. If you have an autosave or backup copy, open that instead.</source><translation>{file}: projektfilen er beskadiget og kan ikke åbnes ({detail}). Intet er ændret. Har du en automatisk gemt kopi eller en sikkerhedskopi, så åbn den i stedet.</translation></message><message><source>{file}: the file cannot be read ({detail}).</source><translation>{file}: filen kan ikke læses ({detail}).</translation></message><message><source>Could not save {file}: {detail}. The previous version of the file is unchanged.</source><translation>Kunne ikke gemme {file}: {detail}. Den tidligere version af filen er uændret.</translation></message><message><source>Could not save {file}: the setting {key!r} cannot be stored ({detail}).</source><translation>Kunne ikke gemme {file}: indstillingen {key!r} kan ikke gemmes ({detail}).</translation></message><message><source>Could not save {file}: the {table} table has two columns named {column!r}.</source><translation>Kunne ikke gemme {file}: tabellen {table} har to kolonner med navnet {column!r}.</translation></message><message><source>The file does not exist. Check the name and try again.</source><translation>Filen findes ikke. Kontrollér navnet, og prøv igen.</translation></message><message><source>This is a folder, not a file.</source><translation>Dette er en mappe, ikke en fil.</translation></message><message><source>The compressed file expands to more than {limit} GB; it was not opened (a 'zip bomb'?).</source><translation>Den komprimerede fil fylder mere end {limit} GB udpakket; den blev ikke åbnet (en »zip-bombe«?).</translation></message><message><source>The compressed file is damaged ({detail}).</source><translation>Den komprimerede fil er beskadiget ({detail}).</translation></message><message><source>the payment has status "{value}": it was never completed, so it is not a purchase</source><translation>betalingen har status "{value}": den blev aldrig gennemført og er derfor ikke et køb</translation></message><message><source>the date is empty</source><translation>datoen mangler</translation></message><message><source>this is not a date the app can read</source><translation>dette er ikke en dato, programmet kan læse</translation></message><message><source>the amount is empty</source><translation>beløbet mangler</translation></message><message><source>this is not a number</source><translation>dette er ikke et tal</translation></message><message><source>no customer id, e-mail, phone or name: a guest purchase that cannot be linked to a customer</source><translation>intet kunde-id, ingen e-mail, intet telefonnummer eller navn: et gæstekøb, der ikke kan knyttes til en kunde</translation></message><message><source>no customer id, e-mail, phone or name</source><translation>intet kunde-id, ingen e-mail, intet telefonnummer eller navn</translation></message><message><source>the same customer as row {row}</source><translation>samme kunde som række {row}</translation></message><message><source>no score, satisfaction, comment or reason in this answer</source><translation>svaret har hverken score, tilfredshed, kommentar eller årsag</translation></message><message><source>an NPS score must be a whole number from 0 to 10</source><translation>en NPS-score skal være et helt tal fra 0 til 10</translation></message><message><source>a satisfaction answer must be a whole number from 1 to 5</source><translation>et svar om tilfredshed skal være et helt tal fra 1 til 5</translation></message><message><source>The sheet "{sheet}" spans {rows:,} rows × {cols:,} columns, more than the {limit:,} cells this app can open. Often there is formatting far below or to the right of the data: delete those rows and columns in Excel, or save the sheet as CSV.</source><translation>Arket "{sheet}" fylder {rows:,} rækker × {cols:,} kolonner, flere end de {limit:,} celler, programmet kan åbne. Ofte er der formatering langt under eller til højre for dataene: slet de rækker og kolonner i Excel, eller gem arket som CSV.</translation></message><message><source>The file is damaged or not a real spreadsheet ({detail}).</source><translation>Filen er beskadiget eller ikke et rigtigt regneark ({detail}).</translation></message><message><source>The file is empty. Export the data again and choose this new file.</source><translation>Filen er tom. Eksportér dataene igen, og vælg den nye fil.</translation></message><message><source>This does not look like a table: it contains binary data. Export the data as CSV or Excel (.xlsx) and try again.</source><translation>Dette ligner ikke en tabel: filen indeholder binære data. Eksportér dataene som CSV eller Excel (.xlsx), og prøv igen.</translation></message><message><source>The first line is longer than {limit:,} bytes; this does not look like a table export. Check that you chose the right file.</source><translation>Første linje er længere end {limit:,} byte; det ligner ikke en tabeleksport. Kontrollér, at du har valgt den rigtige fil.</translation></message><message><source>The file has {count:,} or more columns; at most {limit:,} are supported. Check that you chose the right file and delimiter.</source><translation>Filen har {count:,} kolonner eller flere; højst {limit:,} understøttes. Kontrollér, at du har valgt den rigtige fil og det rigtige skilletegn.</translation></message><message><source>The workbook has no sheet named {sheet!r}. Sheets: {names}.</source><translation>Projektmappen har intet ark med navnet {sheet!r}. Ark: {names}.</translation></message><message><source>The workbook has no sheet with data.</source><translation>Projektmappen har intet ark med data.</translation></message><message><source>The dates in column "{column}" could be day/month or month/day (for example "{example}"). Choose the date order in the import window, or set "date_order": "dmy" or "mdy" in the config file.</source><translation>Datoerne i kolonnen "{column}" kan være dag/måned eller måned/dag (for eksempel "{example}"). Vælg datorækkefølgen i importvinduet, eller angiv "date_order": "dmy" eller "mdy" i konfigurationsfilen.</translation></message><message><source>The file mixes currencies ({listing}). Import each currency as its own file, or remove the rows in the other currency.</source><translation>Filen blander valutaer ({listing}). Importér hver valuta som sin egen fil, eller fjern rækkerne i den anden valuta.</translation></message></context><context><name>keyword groups</name><message><source>quality</source><translation>kvalitet</translation></message><message><source>price</source><translation>pris</translation></message><message><source>service</source><translation>service</translation></message><message><source>delivery</source><translation>levering</translation></message><message><source>staff</source><translation>personale</translation></message><message><source>waiting</source><translation>ventetid</translation></message><message><source>communication</source><translation>kommunikation</translation></message><message><source>ease of use</source><translation>brugervenlighed</translation></message><message><source>range</source><translation>sortiment</translation></message></context><context><name>lifespan</name><message><source>no customers yet</source><translation>ingen kunder endnu</translation></message><message><source>more than half of your customers are still active after {days} days, the longest time observed, so the median lifetime is longer than that</source><translation>mere end halvdelen af dine kunder er stadig aktive efter {days} dage, den længste observerede tid, så medianlevetiden er længere end det</translation></message><message><source>no customer has churned yet, so there is no lifecycle to show</source><translation>ingen kunde er faldet fra endnu, så der er ingen livscyklus at vise</translation></message></context><context><name>loyal_history</name><message><source>Loyal customers in {period}</source><translation>Loyale kunder i {period}</translation></message><message><source>Survey answers and model estimates use today's values for every period.</source><translation>Svar fra undersøgelser og modelberegninger bruger dagens værdier for alle perioder.</translation></message></context><context><name>nps</name><message><source>only {n} answers (fewer than {min}); treat the score as a rough indication</source><translation>kun {n} svar (færre end {min}); betragt scoren som en grov indikation</translation></message><message><source>only one answer; treat the score as a rough indication</source><translation>kun ét svar; betragt scoren som en grov indikation</translation></message><message><source>the 95 % interval is ±{half:.1f} points wide (more than ±{max:.0f})</source><translation>95 %-intervallet er ±{half:.1f} point bredt (mere end ±{max:.0f})</translation></message><message><source>no answers</source><translation>ingen svar</translation></message><message><source>The rise from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Stigningen fra {a:.0f} til {b:.0f} kan være tilfældig: p = {p:.2f}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Faldet fra {a:.0f} til {b:.0f} kan være tilfældigt: p = {p:.2f}.</translation></message><message><source>The rise from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Stigningen fra {a:.0f} til {b:.0f} er næppe tilfældig: p {p_text}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Faldet fra {a:.0f} til {b:.0f} er næppe tilfældigt: p {p_text}.</translation></message><message><source>{a_label} and {b_label} have the same score ({a:.0f}); there is no difference to explain.</source><translation>{a_label} og {b_label} har samme score ({a:.0f}); der er ingen forskel at forklare.</translation></message><message><source>{a_label} and {b_label} cannot be compared: one of them has no answers.</source><translation>{a_label} og {b_label} kan ikke sammenlignes: en af dem har ingen svar.</translation></message><message><source>no date</source><translation>ingen dato</translation></message><message><source>The answers have no wave column, so waves are half-years of the answer date instead.</source><translation>Svarene har ingen kolonne for runde, så runderne er i stedet halvår efter svardato.</translation></message><message><source>Loyal</source><translation>Loyale</translation></message><message><source>Rest</source><translation>Øvrige</translation></message></context><context><name>progress</name><message><source>Applying the filter</source><translation>Anvender filteret</translation></message><message><source>Building the customer table</source><translation>Bygger kundetabellen</translation></message><message><source>Checking the rows</source><translation>Kontrollerer rækkerne</translation></message><message><source>Cohorts, lifespan and value</source><translation>Kohorter, kundelevetid og værdi</translation></message><message><source>Demo ready</source><translation>Demoen er klar</translation></message><message><source>Done</source><translation>Færdig</translation></message><message><source>Finding customers at risk</source><translation>Finder kunder i risikozonen</translation></message><message><source>Opening the demo project</source><translation>Åbner demoprojektet</translation></message><message><source>Preparing orders</source><translation>Forbereder købene</translation></message><message><source>Reading the file</source><translation>Læser filen</translation></message><message><source>Reading the first rows</source><translation>Læser de første rækker</translation></message><message><source>Retention per period</source><translation>Fastholdelse pr. periode</translation></message><message><source>Saving the demo project</source><translation>Gemmer demoprojektet</translation></message><message><source>Segments</source><translation>Segmenter</translation></message><message><source>Survey answers</source><translation>Besvarelser</translation></message><message><source>Writing the demo export files</source><translation>Skriver demoens eksportfiler</translation></message><message><source>Writing the list</source><translation>Skriver listen</translation></message><message><source>Saved</source><translation>Gemt</translation></message></context><context><name>representativeness</name><message><source>spend band</source><translation>beløbsgruppe</translation></message><message><source>{lo:,.0f}–{hi:,.0f}</source><translation>{lo:,.0f}–{hi:,.0f}</translation></message><message><source>Your {n:,} respondents look like your customers by {dimension} (chi-square p = {p:.2f}): no group is clearly over- or under-represented.</source><translation>Dine {n:,} besvarelser ligner dine kunder med hensyn til {dimension} (chi-i-anden p = {p:.2f}): ingen gruppe er tydeligt over- eller underrepræsenteret.</translation></message><message><source>Your respondents differ from your customers by {dimension} (chi-square p {p_text}): {over} is over-represented ({over_resp:.0%} of answers vs {over_cust:.0%} of customers) and {under} under-represented ({under_resp:.0%} vs {under_cust:.0%}). Keep that in mind when reading the survey results.</source><translation>Besvarelserne adskiller sig fra dine kunder med hensyn til {dimension} (chi-i-anden p {p_text}): {over} er overrepræsenteret ({over_resp:.0%} af svarene mod {over_cust:.0%} af kunderne) og {under} underrepræsenteret ({under_resp:.0%} mod {under_cust:.0%}). Husk det, når du læser resultaterne.</translation></message><message><source> Some groups are small, so the test is only a rough guide.</source><translation> Nogle grupper er små, så testen er kun en grov rettesnor.</translation></message><message><source>All customers are in one {dimension} group; there is nothing to compare.</source><translation>Alle kunder er i samme gruppe for {dimension}; der er intet at sammenligne.</translation></message><message><source>None of your customers answered the survey (or answers could not be matched to customers), so representativeness cannot be judged.</source><translation>Ingen af dine kunder svarede på undersøgelsen (eller svarene kunne ikke kobles til kunder), så repræsentativiteten kan ikke vurderes.</translation></message><message><source>(none)</source><translation>(ingen)</translation></message><message><source>Every one of these customers answered, so the respondents are the customers.</source><translation>Alle disse kunder svarede, så besvarerne er kunderne.</translation></message></context><context><name>responses</name><message><source>{matched:,} of {n:,} answers ({rate:.0%}) matched a customer: {by_id:,} by customer id, {by_email:,} by e-mail. Unmatched answers still count for NPS.</source><translation>{matched:,} af {n:,} svar ({rate:.0%}) blev koblet til en kunde: {by_id:,} via kundenummer, {by_email:,} via e-mail. Svar uden kunde tæller stadig med i NPS.</translation></message><message><source>There are no survey answers to match.</source><translation>Der er ingen svar fra undersøgelser at koble.</translation></message><message><source>“{value}” is not a score from {low} to {high}</source><translation>»{value}« er ikke en score fra {low} til {high}</translation></message><message><source>“{value}” is not a date and time</source><translation>»{value}« er ikke en dato og et tidspunkt</translation></message></context><context><name>retention</name><message><source>no active customers at the start of this period, so there is nothing to retain</source><translation>ingen aktive kunder i starten af perioden, så der er intet at fastholde</translation></message><message><source>period still running: end counts are as of {as_of}</source><translation>perioden er stadig i gang: sluttallene er opgjort pr. {as_of}</translation></message></context><context><name>rfm</name><message><source>Bought recently and buy often.</source><translation>Har købt for nylig og køber tit.</translation></message><message><source>Buy often and still come back.</source><translation>Køber tit og kommer stadig igen.</translation></message><message><source>Recent customers who have bought more than once.</source><translation>Nye kunder, der har købt mere end én gang.</translation></message><message><source>Bought recently, for the first time or rarely.</source><translation>Har købt for nylig, for første gang eller sjældent.</translation></message><message><source>Fairly recent, but do not buy often yet.</source><translation>Ret for nylig, men køber ikke tit endnu.</translation></message><message><source>Average recency and frequency: could go either way.</source><translation>Middel aktualitet og frekvens: kan gå begge veje.</translation></message><message><source>Not seen for a while and rarely bought.</source><translation>Ikke set i et stykke tid og købte sjældent.</translation></message><message><source>Used to buy regularly but have not come back for a long time.</source><translation>Købte jævnligt, men er ikke kommet igen i lang tid.</translation></message><message><source>Bought most often, but not for a long time.</source><translation>Købte oftest, men ikke i lang tid.</translation></message><message><source>Long ago and rarely.</source><translation>For længe siden og sjældent.</translation></message><message><source>Longest ago and least often.</source><translation>Længst siden og sjældnest.</translation></message></context><context><name>risk</name><message><source>last bought {days} days ago; usually every {gap}</source><translation>købte sidst for {days} dage siden; plejer at købe hver {gap}</translation></message><message><source>bought {last} times in the last {period} days, {previous} in the {period} before</source><translation>købte {last} gange de seneste {period} dage, {previous} de {period} dage før</translation></message><message><source>bought once in the last {period} days, {previous} times in the {period} before</source><translation>købte én gang de seneste {period} dage, {previous} gange de {period} dage før</translation></message><message><source>no purchase in the last {period} days, {previous} in the {period} before</source><translation>intet køb de seneste {period} dage, {previous} de {period} dage før</translation></message><message><source>gave a score of {score} out of 10</source><translation>gav scoren {score} ud af 10</translation></message><message><source>rated satisfaction {value} out of 5</source><translation>angav tilfredshed {value} ud af 5</translation></message><message><source>returned an order in the last {period} days</source><translation>returnerede en ordre de seneste {period} dage</translation></message><message><source>returned {n} orders in the last {period} days</source><translation>returnerede {n} ordrer de seneste {period} dage</translation></message><message><source>probably no longer buying: {p:.0%} chance they are still a customer</source><translation>køber sandsynligvis ikke længere: {p:.0%} chance for, at kunden stadig er kunde</translation></message><message><source>value at risk = (1 − chance still a customer) × predicted value</source><translation>værdi i risikozonen = (1 − chance for stadig at være kunde) × forventet værdi</translation></message><message><source>value at risk = the whole predicted value of customers with a warning sign (the chance that a customer is still buying could not be estimated)</source><translation>værdi i risikozonen = hele den forventede værdi af kunder med et advarselstegn (chancen for, at en kunde stadig køber, kunne ikke anslås)</translation></message></context><context><name>rule values</name><message><source>active</source><translation>aktiv</translation></message><message><source>churned</source><translation>tabt</translation></message><message><source>promoter</source><translation>ambassadør</translation></message><message><source>passive</source><translation>passiv</translation></message><message><source>detractor</source><translation>kritiker</translation></message><message><source>yes</source><translation>ja</translation></message><message><source>no</source><translation>nej</translation></message></context><context><name>rule_fields</name><message><source>Imported from your customer list (column “{name}”).</source><translation>Importeret fra din kundeliste (kolonnen »{name}«).</translation></message><message><source>Customer since</source><translation>Kunde siden</translation></message><message><source>City</source><translation>By</translation></message><message><source>Channel</source><translation>Kanal</translation></message><message><source>Store</source><translation>Butik</translation></message><message><source>Gender</source><translation>Køn</translation></message><message><source>Date of birth</source><translation>Fødselsdato</translation></message><message><source>Postcode</source><translation>Postnummer</translation></message><message><source>Country</source><translation>Land</translation></message></context><context><name>rules</name><message><source>{where}: expected {{"name", "match", "conditions"}}, not {value}.</source><translation>{where}: forventede {{"name", "match", "conditions"}}, ikke {value}.</translation></message><message><source>{where}: the rule needs a name.</source><translation>{where}: reglen skal have et navn.</translation></message><message><source>{where}: "match" must be "all" or "any", not {value}.</source><translation>{where}: "match" skal være "all" eller "any", ikke {value}.</translation></message><message><source>{where}: there are no conditions; add at least one.</source><translation>{where}: der er ingen betingelser; tilføj mindst én.</translation></message><message><source>{where}: "conditions" must be a list, not {value}.</source><translation>{where}: "conditions" skal være en liste, ikke {value}.</translation></message><message><source>{where}: groups can only be nested one level deep.</source><translation>{where}: grupper kan kun indlejres ét niveau.</translation></message><message><source>{where}: expected a condition {{"field", "op", "value"}} or a group {{"match", "conditions"}}, not {value}.</source><translation>{where}: forventede en betingelse {{"field", "op", "value"}} eller en gruppe {{"match", "conditions"}}, ikke {value}.</translation></message><message><source>{where}: unknown operator {value}; use one of {choices}.</source><translation>{where}: ukendt operator {value}; brug en af {choices}.</translation></message><message><source>{where}: the condition names no field.</source><translation>{where}: betingelsen angiver intet felt.</translation></message><message><source>{where}: unknown field "{field}".{hint}</source><translation>{where}: ukendt felt "{field}".{hint}</translation></message><message><source>{where}: "{op}" cannot be used with "{field}" ({kind}); use one of {choices}.</source><translation>{where}: "{op}" kan ikke bruges med "{field}" ({kind}); brug en af {choices}.</translation></message><message><source>{where}: "{field}" needs a number, not {value}.</source><translation>{where}: "{field}" skal have et tal, ikke {value}.</translation></message><message><source>{where}: "{field}" needs a date written as YYYY-MM-DD, not {value}.</source><translation>{where}: "{field}" skal have en dato skrevet som ÅÅÅÅ-MM-DD, ikke {value}.</translation></message><message><source>{where}: "{field}" needs a text value, not {value}.</source><translation>{where}: "{field}" skal have en tekst, ikke {value}.</translation></message><message><source>{where}: "between" needs two values [from, to], not {value}.</source><translation>{where}: "between" skal have to værdier [fra, til], ikke {value}.</translation></message><message><source>{where}: "between" goes from {low} to {high}; the first must not be larger.</source><translation>{where}: "between" går fra {low} til {high}; det første må ikke være større.</translation></message><message><source>{where}: "{op}" needs a list of at least one value, not {value}.</source><translation>{where}: "{op}" skal have en liste med mindst én værdi, ikke {value}.</translation></message><message><source>{where}: "{op}" takes no value, but got {value}.</source><translation>{where}: "{op}" tager ingen værdi, men fik {value}.</translation></message><message><source>{where}: "{op}" needs a value.</source><translation>{where}: "{op}" skal have en værdi.</translation></message><message><source> Did you mean "{match}"?</source><translation> Mente du "{match}"?</translation></message><message><source>Rule "{name}"</source><translation>Reglen "{name}"</translation></message><message><source>Unnamed rule</source><translation>Unavngivet regel</translation></message><message><source>condition {path}</source><translation>betingelse {path}</translation></message><message><source>Two segments are called "{name}"; give each segment its own name.</source><translation>To segmenter hedder "{name}"; giv hvert segment sit eget navn.</translation></message><message><source>at least</source><translation>mindst</translation></message><message><source>more than</source><translation>mere end</translation></message><message><source>at most</source><translation>højst</translation></message><message><source>less than</source><translation>mindre end</translation></message><message><source>is</source><translation>er</translation></message><message><source>is not</source><translation>er ikke</translation></message><message><source>between</source><translation>mellem</translation></message><message><source>is one of</source><translation>er en af</translation></message><message><source>is none of</source><translation>er ingen af</translation></message><message><source>contains</source><translation>indeholder</translation></message><message><source>is empty</source><translation>mangler</translation></message><message><source>is known</source><translation>er kendt</translation></message><message><source> and </source><translation> og </translation></message><message><source> or </source><translation> eller </translation></message></context><context><name>satisfaction</name><message><source>very dissatisfied</source><translation>meget utilfreds</translation></message><message><source>dissatisfied</source><translation>utilfreds</translation></message><message><source>neutral</source><translation>neutral</translation></message><message><source>satisfied</source><translation>tilfreds</translation></message><message><source>very satisfied</source><translation>meget tilfreds</translation></message><message><source>promoters</source><translation>ambassadører</translation></message><message><source>passives</source><translation>passive</translation></message><message><source>detractors</source><translation>kritikere</translation></message><message><source>very satisfied customers</source><translation>meget tilfredse kunder</translation></message><message><source>satisfied customers</source><translation>tilfredse kunder</translation></message><message><source>not enough data: {n} answers with a full {days}-day window (need {min})</source><translation>for få data: {n} svar med en hel periode på {days} dage (kræver {min})</translation></message><message><source>{hi_label} bought again within {days} days {ratio:.1f} times as often as {lo_label} ({hi_rate:.0%} of {hi_n} vs {lo_rate:.0%} of {lo_n}); {chance}</source><translation>{hi_label} købte igen inden for {days} dage {ratio:.1f} gange så ofte som {lo_label} ({hi_rate:.0%} af {hi_n} mod {lo_rate:.0%} af {lo_n}); {chance}</translation></message><message><source>{hi_label}: {hi_rate:.0%} of {hi_n} bought again within {days} days, {lo_label}: none of {lo_n}; {chance}</source><translation>{hi_label}: {hi_rate:.0%} af {hi_n} købte igen inden for {days} dage, {lo_label}: ingen af {lo_n}; {chance}</translation></message><message><source>this difference could be chance (p = {p:.2f}).</source><translation>forskellen kan være tilfældig (p = {p:.2f}).</translation></message><message><source>this difference is unlikely to be chance (p {p_text}).</source><translation>forskellen er næppe tilfældig (p {p_text}).</translation></message><message><source>Not enough data yet to compare {hi_label} with {lo_label}.</source><translation>For få data endnu til at sammenligne {hi_label} med {lo_label}.</translation></message></context><context><name>segment names</name><message><source>Champions</source><translation>Topkunder</translation></message><message><source>Loyal customers</source><translation>Loyale kunder</translation></message><message><source>Potential loyalists</source><translation>Potentielt loyale</translation></message><message><source>New customers</source><translation>Nye kunder</translation></message><message><source>Promising</source><translation>Lovende</translation></message><message><source>Need attention</source><translation>Kræver opmærksomhed</translation></message><message><source>About to sleep</source><translation>Ved at falde fra</translation></message><message><source>At risk</source><translation>I risikozonen</translation></message><message><source>Can't lose them</source><translation>Må ikke mistes</translation></message><message><source>Hibernating</source><translation>Sovende</translation></message><message><source>Lost</source><translation>Tabte</translation></message><message><source>Loyal</source><translation>Loyale</translation></message><message><source>Regulars</source><translation>Stamkunder</translation></message><message><source>At-risk big spenders</source><translation>Storkunder i risikozonen</translation></message><message><source>Promoters</source><translation>Ambassadører</translation></message><message><source>Detractors</source><translation>Kritikere</translation></message><message><source>New this quarter</source><translation>Nye i dette kvartal</translation></message><message><source>Lapsed</source><translation>Holdt op med at handle</translation></message></context><context><name>segment templates</name><message><source>Customer for at least a year, 4 or more purchases in the last year, still active, and not a detractor.</source><translation>Kunde i mindst et år, mindst 4 køb det seneste år, stadig aktiv og ikke kritiker.</translation></message><message><source>Active customers who bought 4 or more times in the last year.</source><translation>Aktive kunder, der har købt mindst 4 gange det seneste år.</translation></message><message><source>Top two fifths by spend (spend score 4–5) who have not bought for a long time (recency score 1–2).</source><translation>De to femtedele, der køber for mest (beløbsscore 4–5), men ikke har købt i lang tid (seneste-køb-score 1–2).</translation></message><message><source>Answered 9 or 10 to 'How likely are you to recommend us?'.</source><translation>Svarede 9 eller 10 på »Hvor sandsynligt er det, at du vil anbefale os?«.</translation></message><message><source>Answered 0 to 6 to 'How likely are you to recommend us?'.</source><translation>Svarede 0–6 på »Hvor sandsynligt er det, at du vil anbefale os?«.</translation></message><message><source>First purchase within the last 3 months.</source><translation>Første køb inden for de seneste 3 måneder.</translation></message><message><source>No purchase within the inactivity window: counted as churned.</source><translation>Intet køb inden for inaktivitetsperioden: regnes som tabt.</translation></message></context><context><name>segment_retention</name><message><source>In {period}: {sentence}</source><translation>I {period}: {sentence}</translation></message><message><source>There is no complete period yet, so retention cannot be compared.</source><translation>Der er ingen hel periode endnu, så fastholdelsen kan ikke sammenlignes.</translation></message></context><context><name>segments</name><message><source>All customers</source><translation>Alle kunder</translation></message><message><source>Everyone else</source><translation>Alle andre</translation></message><message><source>{problem} This segment is left out until it is corrected.</source><translation>{problem} Segmentet tælles ikke med, før det er rettet.</translation></message></context><context><name>value</name><message><source>no customer has made a purchase yet</source><translation>ingen kunde har købt endnu</translation></message><message><source>no customer is active at the end of the data</source><translation>ingen kunde er aktiv ved slutningen af dataene</translation></message><message><source>annual retention could not be measured (no complete period had customers at its start); set an expected lifetime in the definitions</source><translation>den årlige fastholdelse kunne ikke måles (ingen hel periode havde kunder ved starten); angiv en forventet levetid i definitionerne</translation></message><message><source>every customer was retained, so the expected lifetime is unlimited; set an expected lifetime in the definitions</source><translation>alle kunder blev fastholdt, så den forventede levetid er ubegrænset; angiv en forventet levetid i definitionerne</translation></message><message><source>expected lifetime {years:.1f} years, set by you</source><translation>forventet levetid {years:.1f} år, angivet af dig</translation></message><message><source>expected lifetime {years:.1f} years = 1 / (1 − {retention:.0f} % measured annual retention)</source><translation>forventet levetid {years:.1f} år = 1 / (1 − {retention:.0f} % målt årlig fastholdelse)</translation></message><message><source>no customer churned between {start} and {end}</source><translation>ingen kunde stoppede mellem {start} og {end}</translation></message><message><source>your data span fewer than {min_days} days, too few to estimate purchases per year</source><translation>dine data dækker færre end {min_days} dage, for få til at anslå køb pr. år</translation></message><message><source>your data cover {days} days, less than a year, so the yearly figure is scaled up from them</source><translation>dine data dækker {days} dage, mindre end et år, så årstallet er skaleret op ud fra dem</translation></message></context><context><name>view_filter</name><message><source>Segment: {name}</source><translation>Segment: {name}</translation></message><message><source>{start} – {end}</source><translation>{start} – {end}</translation></message><message><source>from {start}</source><translation>fra {start}</translation></message><message><source>until {end}</source><translation>til og med {end}</translation></message><message><source>Only the {count} customers of the segment {name} (members as of {as_of}) with their orders and answers.</source><translation>Kun de {count} kunder i segmentet {name} (medlemmer pr. {as_of}) med deres køb og svar.</translation></message><message><source>Reported from {start} to {end}; purchases before {start} still decide who is an existing customer.</source><translation>Vist fra {start} til {end}; køb før {start} afgør stadig, hvem der allerede er kunde.</translation></message><message><source>Data after {end} left out.</source><translation>Data efter {end} er udeladt.</translation></message></context><context><name>voice_groups</name><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>loyal or not</source><translation>loyal eller ej</translation></message><message><source>Loyal</source><translation>Loyale</translation></message><message><source>Everyone else</source><translation>Alle andre</translation></message><message><source>spend band</source><translation>beløbsgruppe</translation></message></context></TS>