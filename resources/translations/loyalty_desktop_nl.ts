<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <source>Customers gained and lost per period</source>
        <translation>Gewonnen en verloren klanten per periode</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Teruggekomen</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>%1 · new customers: %2</source>
        <translation>%1 · nieuwe klanten: %2</translation>
    </message>
    <message>
        <source>%1 · came back: %2</source>
        <translation>%1 · teruggekomen: %2</translation>
    </message>
    <message>
        <source>%1 · churned: %2</source>
        <translation>%1 · verloren: %2</translation>
    </message>
    <message>
        <source>Retention and churn rate</source>
        <translation>Klantbehoud en klantverloop</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>Retention incl. returning</source>
        <translation>Klantbehoud incl. teruggekomen</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Klantverloop</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>% of customers at period start</source>
        <translation>% van de klanten aan het begin van de periode</translation>
    </message>
    <message>
        <source>%1 · retention rate %2: %3 of %4 customers kept</source>
        <translation>%1 · klantbehoud %2: %3 van %4 klanten behouden</translation>
    </message>
    <message>
        <source>%1 · retention incl. returning %2</source>
        <translation>%1 · behoud incl. teruggekeerde %2</translation>
    </message>
    <message>
        <source>%1 · churn rate %2: %3 of %4 customers lost</source>
        <translation>%1 · klantverloop %2: %3 van %4 klanten verloren</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <extracomment>NPS category → colour (Okabe–Ito; the passive grey reads as "neither"). Longest category name on a horizontal bar chart's axis before it is shortened with "…".</extracomment>
        <translation>Criticasters (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passieven (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotors (9–10)</translation>
    </message>
    <message>
        <source>Net Promoter Score per survey wave</source>
        <translation>Net Promoter Score per enquêteronde</translation>
    </message>
    <message>
        <source>%1: NPS %2 (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: NPS %2 (95 %-interval %3 tot %4), %5 antwoorden</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Onzeker: %1</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (−100 tot 100)</translation>
    </message>
    <message>
        <source>Hollow grey points are uncertain: fewer than 30 answers or an interval wider than ±10 points.</source>
        <translation>Holle grijze punten zijn onzeker: minder dan 30 antwoorden of een interval breder dan ±10 punten.</translation>
    </message>
    <message>
        <source>Answers to “How likely are you to recommend us?”</source>
        <translation>Antwoorden op ‘Hoe waarschijnlijk is het dat je ons aanbeveelt?’</translation>
    </message>
    <message>
        <source>Score %1: %2 answers (%3)</source>
        <translation>Score %1: %2 antwoorden (%3)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Bought again after answering, by satisfaction</source>
        <translation>Opnieuw gekocht na het antwoord, naar tevredenheid</translation>
    </message>
    <message>
        <source>Bought again after answering, by NPS category</source>
        <translation>Opnieuw gekocht na het antwoord, naar NPS-categorie</translation>
    </message>
    <message>
        <source>%1: %2 bought again (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: %2 kocht opnieuw (95 %-interval %3 tot %4), %5 antwoorden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>% who bought again</source>
        <translation>% dat opnieuw kocht</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>What the comments talk about</source>
        <translation>Waar de opmerkingen over gaan</translation>
    </message>
    <message>
        <source>%1: %2 comments — %3 from detractors, %4 from promoters (click for examples)</source>
        <translation>%1: %2 opmerkingen — %3 van criticasters, %4 van promotors (klik voor voorbeelden)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Why customers say they left</source>
        <translation>Waarom klanten zeggen dat ze vertrokken</translation>
    </message>
    <message>
        <source>%1: %2 answers (%3)</source>
        <translation>%1: %2 antwoorden (%3)</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of that cause's keywords in its own language (en, sv, da, nl, ru; the keyword lists can be edited); colours show the answer's NPS category. </source>
        <translation>Een opmerking telt voor een oorzaak als ze een van de trefwoorden van die oorzaak in haar eigen taal bevat (en, sv, da, nl, ru; de lijsten zijn aan te passen); de kleuren tonen de NPS-categorie van het antwoord. </translation>
    </message>
    <message>
        <source>Answers to the “why did you leave” question, grouped ignoring case and spacing. </source>
        <translation>Antwoorden op de vraag ‘waarom ben je vertrokken’, gegroepeerd zonder op hoofdletters en spaties te letten. </translation>
    </message>
    <message>
        <source>No lifetime-value prediction yet, so each customer's value so far is shown (net revenue × margin).</source>
        <extracomment>Histogram bins of the value distribution; the top 5 % is gathered in the last bin so a few very large customers do not squeeze everyone else into the first bar.</extracomment>
        <translation>Nog geen voorspelling van de klantwaarde, dus de waarde tot nu toe wordt getoond (netto-omzet × marge).</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value</source>
        <translation>Voorspelde klantwaarde</translation>
    </message>
    <message>
        <source>Customer value so far</source>
        <translation>Klantwaarde tot nu toe</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value (BG/NBD and Gamma-Gamma)</source>
        <translation>Voorspelde klantwaarde (BG/NBD en Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value (MBG/NBD and Gamma-Gamma)</source>
        <translation>Voorspelde klantwaarde (MBG/NBD en Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer lifetime value, simple estimate</source>
        <translation>Klantwaarde, eenvoudige schatting</translation>
    </message>
    <message>
        <source>Simple CLV = annual value × margin × (1 + d) / (1 + d − r): %1.</source>
        <translation>Eenvoudige CLV = jaarwaarde × marge × (1 + d) / (1 + d − r): %1.</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Model: %1.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1: %2 customers</source>
        <translation>%1: %2 klanten</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>mediaan %1</translation>
    </message>
    <message>
        <source>Value per customer (%1)</source>
        <translation>Waarde per klant (%1)</translation>
    </message>
    <message>
        <source>What churned customers cost you</source>
        <translation>Wat verloren klanten je kosten</translation>
    </message>
    <message>
        <source>Revenue lost this year</source>
        <translation>Omzet verloren dit jaar</translation>
    </message>
    <message>
        <source>Lifetime value lost</source>
        <translation>Verloren klantwaarde</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1: %2 (%3 customers)</source>
        <translation>%1: %2 (%3 klanten)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>%1 customers churned between %2 and %3. Their purchases in a year came to %4; over the time they would have stayed, they were worth %5 to you.</source>
        <translation>%1 klanten vertrokken tussen %2 en %3. Hun aankopen in een jaar bedroegen %4; over de tijd dat ze gebleven zouden zijn, waren ze %5 voor je waard.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>een onbekend bedrag</translation>
    </message>
    <message>
        <source>How long churned customers stayed</source>
        <translation>Hoe lang verloren klanten bleven</translation>
    </message>
    <message>
        <source>%1–%2 months: %3 customers (%4)</source>
        <translation>%1–%2 maanden: %3 klanten (%4)</translation>
    </message>
    <message>
        <source>Months from first purchase to churn</source>
        <translation>Maanden van eerste aankoop tot vertrek</translation>
    </message>
    <message>
        <source>Share of customers still active, by months since their first purchase</source>
        <translation>Aandeel klanten dat nog actief is, naar maanden sinds de eerste aankoop</translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>mediaan %1 maanden</translation>
    </message>
    <message>
        <source>% still active</source>
        <translation>% nog actief</translation>
    </message>
    <message>
        <source>Months since first purchase</source>
        <translation>Maanden sinds de eerste aankoop</translation>
    </message>
    <message>
        <source>%1 months after the first purchase: %2 still active</source>
        <translation>%1 maanden na de eerste aankoop: %2 nog actief</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Actieve klanten</translation>
    </message>
    <message>
        <source>Retention rate (last full period)</source>
        <translation>Klantbehoud (laatste volledige periode)</translation>
    </message>
    <message>
        <source>Churn rate (last full period)</source>
        <translation>Klantverloop (laatste volledige periode)</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Aandeel terugkerende klanten</translation>
    </message>
    <message>
        <source>between</source>
        <extracomment>Operators that make sense for each kind of field (SPEC §4 lists them all). The operators that are words are shown in the forms through ``self.tr(op)``: marked here.</extracomment>
        <translation>tussen</translation>
    </message>
    <message>
        <source>in</source>
        <translation>is een van</translation>
    </message>
    <message>
        <source>not in</source>
        <translation>is geen van</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>bevat</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is niet leeg</translation>
    </message>
    <message>
        <source>Customer for</source>
        <extracomment>RFM segment names, best first (the grid is documented in ``rfm.py``). Attribute columns with at most this many distinct values offer a choice list. The built-in fields (English templates), in the order the form lists them.</extracomment>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>Months since the customer's first purchase.</source>
        <translation>Maanden sinds de eerste aankoop van de klant.</translation>
    </message>
    <message>
        <source>Customer for (days)</source>
        <translation>Klant sinds (dagen)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Days since the customer's first purchase.</source>
        <translation>Dagen sinds de eerste aankoop van de klant.</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dagen sinds laatste aankoop</translation>
    </message>
    <message>
        <source>Days between the customer's last purchase and the analysis date.</source>
        <translation>Dagen tussen de laatste aankoop van de klant en de analysedatum.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>aankopen</translation>
    </message>
    <message>
        <source>Number of purchases (orders with a positive amount) ever.</source>
        <translation>Aantal aankopen (bestellingen met een positief bedrag) in totaal.</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Dagen met een aankoop</translation>
    </message>
    <message>
        <source>Number of different days on which the customer bought.</source>
        <translation>Aantal verschillende dagen waarop de klant kocht.</translation>
    </message>
    <message>
        <source>Purchases in the last year</source>
        <translation>Aankopen in het afgelopen jaar</translation>
    </message>
    <message>
        <source>Purchases in the 365 days up to the analysis date.</source>
        <translation>Aankopen in de 365 dagen tot de analysedatum.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>money</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>Net revenue from the customer ever (refunds subtracted).</source>
        <translation>Netto-omzet van de klant in totaal (retouren afgetrokken).</translation>
    </message>
    <message>
        <source>Spend in the last year</source>
        <translation>Besteed in het afgelopen jaar</translation>
    </message>
    <message>
        <source>Net revenue from the customer in the 365 days up to the analysis date.</source>
        <translation>Netto-omzet van de klant in de 365 dagen tot de analysedatum.</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Gemiddelde orderwaarde</translation>
    </message>
    <message>
        <source>The customer's spend divided by their number of purchases.</source>
        <translation>De bestedingen van de klant gedeeld door het aantal aankopen.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>retouren</translation>
    </message>
    <message>
        <source>Number of refund orders (net amount zero or less).</source>
        <translation>Aantal retourbestellingen (nettobedrag nul of minder).</translation>
    </message>
    <message>
        <source>Amount returned</source>
        <translation>Geretourneerd bedrag</translation>
    </message>
    <message>
        <source>Money refunded to the customer.</source>
        <translation>Geld dat aan de klant is terugbetaald.</translation>
    </message>
    <message>
        <source>Typical days between purchases</source>
        <translation>Gebruikelijk aantal dagen tussen aankopen</translation>
    </message>
    <message>
        <source>Median days between the customer's purchases (empty for one-time buyers).</source>
        <translation>Mediaan van het aantal dagen tussen de aankopen van de klant (leeg bij eenmalige kopers).</translation>
    </message>
    <message>
        <source>Lifespan</source>
        <translation>Klantduur</translation>
    </message>
    <message>
        <source>Days from first purchase to churn (or to the analysis date if still active).</source>
        <translation>Dagen van de eerste aankoop tot het vertrek (of tot de analysedatum als de klant nog actief is).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active, or churned: no purchase within the inactivity window.</source>
        <translation>Actief, of verloren: geen aankoop binnen de inactiviteitsperiode.</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Eerste aankoop</translation>
    </message>
    <message>
        <source>Day of the customer's first purchase.</source>
        <translation>Dag van de eerste aankoop van de klant.</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Day of the customer's last purchase.</source>
        <translation>Dag van de laatste aankoop van de klant.</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>Vertrekdatum</translation>
    </message>
    <message>
        <source>Last purchase plus the inactivity window, for churned customers.</source>
        <translation>Laatste aankoop plus de inactiviteitsperiode, voor verloren klanten.</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Named group from recency and frequency scores (Champions, At risk …).</source>
        <translation>Benoemde groep op basis van de scores voor recentheid en frequentie (Champions, At risk …).</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>Score recentheid</translation>
    </message>
    <message>
        <source>score 1–5</source>
        <translation>score 1–5</translation>
    </message>
    <message>
        <source>5 = bought most recently (top fifth of customers), 1 = longest ago.</source>
        <translation>5 = kocht het recentst (bovenste vijfde van de klanten), 1 = het langst geleden.</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>Score frequentie</translation>
    </message>
    <message>
        <source>5 = buys most often (top fifth of customers), 1 = least often.</source>
        <translation>5 = koopt het vaakst (bovenste vijfde van de klanten), 1 = het minst vaak.</translation>
    </message>
    <message>
        <source>Spend score</source>
        <translation>Score bestedingen</translation>
    </message>
    <message>
        <source>5 = spends most (top fifth of customers), 1 = least.</source>
        <translation>5 = besteedt het meest (bovenste vijfde van de klanten), 1 = het minst.</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Zou aanbevelen (0–10)</translation>
    </message>
    <message>
        <source>score 0–10</source>
        <translation>score 0–10</translation>
    </message>
    <message>
        <source>The customer's latest answer to 'How likely are you to recommend us?'.</source>
        <translation>Het laatste antwoord van de klant op ‘Hoe waarschijnlijk is het dat je ons aanbeveelt?’.</translation>
    </message>
    <message>
        <source>Promoter / passive / detractor</source>
        <translation>Promotor / passief / criticaster</translation>
    </message>
    <message>
        <source>Promoter (9–10), passive (7–8) or detractor (0–6) from the latest answer.</source>
        <translation>Promotor (9–10), passief (7–8) of criticaster (0–6) volgens het laatste antwoord.</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Tevredenheid (1–5)</translation>
    </message>
    <message>
        <source>The customer's latest satisfaction answer, 5 = very satisfied.</source>
        <translation>Het laatste tevredenheidsantwoord van de klant, 5 = zeer tevreden.</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Kans nog klant te zijn</translation>
    </message>
    <message>
        <source>probability 0–1</source>
        <translation>kans 0–1</translation>
    </message>
    <message>
        <source>Model estimate that the customer has not silently left (BG/NBD).</source>
        <translation>Schatting van het model dat de klant niet stilletjes is vertrokken (BG/NBD).</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>Voorspelde klantwaarde</translation>
    </message>
    <message>
        <source>Model estimate of the customer's future value over the CLV horizon.</source>
        <translation>Schatting van het model van de toekomstige waarde van de klant over de CLV-horizon.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Average customer lifespan</source>
        <translation>Gemiddelde klantduur</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterk punt</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Zwak punt</translation>
    </message>
    <message>
        <source>On par</source>
        <translation>Op niveau</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>benchmark %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>doel %1</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>halfjaar</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Nog niet genoeg gegevens.</translation>
    </message>
    <message>
        <source>You keep %1 of customers from one %2 to the next</source>
        <translation>Je houdt %1 van de klanten vast van periode tot periode (%2)</translation>
    </message>
    <message>
        <source>%1 of customers active at the start of the last %2 stopped buying</source>
        <translation>%1 van de klanten die aan het begin van de laatste periode (%2) actief waren, is gestopt met kopen</translation>
    </message>
    <message>
        <source>%1 of your customers have bought more than once</source>
        <translation>%1 van je klanten heeft meer dan eens gekocht</translation>
    </message>
    <message>
        <source>%1 customers bought recently enough to count as active</source>
        <translation>%1 klanten kochten recent genoeg om als actief te tellen</translation>
    </message>
    <message>
        <source>%1 customers bought from you in the data</source>
        <translation>%1 klanten kochten bij je volgens de gegevens</translation>
    </message>
    <message>
        <source>A purchase is worth %1 on average</source>
        <translation>Een aankoop is gemiddeld %1 waard</translation>
    </message>
    <message>
        <source>Net revenue after refunds is %1</source>
        <translation>De netto-omzet na terugbetalingen is %1</translation>
    </message>
    <message>
        <source>Customers stay %1 on average (churned ones up to their churn date)</source>
        <translation>Klanten blijven gemiddeld %1 (verloren klanten tot hun vertrekdatum)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>benchmark</translation>
    </message>
    <message>
        <source>better than your %1 %2</source>
        <translation>beter dan je %2 van %1</translation>
    </message>
    <message>
        <source>worse than your %1 %2</source>
        <translation>slechter dan je %2 van %1</translation>
    </message>
    <message>
        <source>equal to your %1 %2</source>
        <translation>even goed als je %2 van %1</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>Colour-blind-safe line colours (Okabe–Ito) for up to six compared groups.</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Loyal customers over time</source>
        <translation>Loyale klanten door de tijd</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Aandeel van de klanten</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Aandeel van de omzet</translation>
    </message>
    <message>
        <source>% loyal</source>
        <translation>% loyaal</translation>
    </message>
    <message>
        <source>Retention rate by group</source>
        <translation>Klantbehoud per groep</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <extracomment>Page size by locale: US English readers print on Letter, everyone else on A4.
----------
share of the progress bar for recording the charts (the rest is writing the pages)</extracomment>
        <translation>De grafieken worden getekend…</translation>
    </message>
    <message>
        <source>Customer loyalty report</source>
        <translation>Rapport klantloyaliteit</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Gegevens van %1 tot %2</translation>
    </message>
    <message>
        <source>Analysis date (as of): %1</source>
        <translation>Analysedatum: %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Getoond: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Made with Loyalty Desktop. Computed on this computer; no data left it.</source>
        <translation>Gemaakt met Loyalty Desktop. Berekend op deze computer; er zijn geen gegevens verstuurd.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Benchmark / target</source>
        <translation>Benchmark / doel</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>Wat de cijfers zeggen</translation>
    </message>
    <message>
        <source>… and %1 more rows, in the Excel export.</source>
        <translation>… en nog %1 rijen, in de Excel-export.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>Causes over time</source>
        <translation>Oorzaken door de tijd</translation>
    </message>
    <message>
        <source>Who answered the survey</source>
        <translation>Wie de enquête beantwoordde</translation>
    </message>
    <message>
        <source>%1 answers were matched to a customer. Each chart compares the customers who answered with all customers; where they differ, read the survey's figures with care.</source>
        <translation>%1 antwoorden konden aan een klant worden gekoppeld. Elke grafiek vergelijkt de klanten die antwoordden met alle klanten; waar ze verschillen, lees de cijfers van de enquête dan met voorzichtigheid.</translation>
    </message>
    <message>
        <source>Loyalty and segments</source>
        <translation>Loyaliteit en segmenten</translation>
    </message>
    <message>
        <source>Loyal customers: %1 (%2 of customers), bringing %3 of revenue.</source>
        <translation>Loyale klanten: %1 (%2 van de klanten), goed voor %3 van de omzet.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer loyalty analytics for small businesses. Everything is computed on this computer; nothing is uploaded.</source>
        <translation>Analyse van klantloyaliteit voor kleine bedrijven. Alles wordt op deze computer berekend; er wordt niets geüpload.</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Meegeleverde onderdelen</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Ontbreekt: %1</translation>
    </message>
    <message>
        <source>Columns found in the file: %1</source>
        <translation>Kolommen in het bestand: %1</translation>
    </message>
    <message>
        <source>Choose the matching columns in the import wizard, or check that this is the right export.</source>
        <translation>Kies de juiste kolommen in de importassistent, of controleer of dit de goede export is.</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Het bestand kon niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Het project kon niet worden geopend</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>Een bestand kon niet worden gelezen of opgeslagen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>An unexpected error stopped this task. Details were written to %1.</source>
        <translation>Een onverwachte fout heeft deze taak gestopt. De details staan in %1.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Bestand lezen</translation>
    </message>
    <message>
        <source>Reading the file was stopped. Change a setting to read it again.</source>
        <translation>Het lezen van het bestand is gestopt. Wijzig een instelling om het opnieuw te lezen.</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Controleer hoe het bestand wordt gelezen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Inlezen stoppen</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Soort gegevens</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Tekencodering</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumvolgorde</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Largest table</source>
        <translation>Grootste tabel</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Enquêteantwoorden</translation>
    </message>
    <message>
        <source>Comma (1.234,50)</source>
        <translation>Komma (1.234,50)</translation>
    </message>
    <message>
        <source>Point (1,234.50)</source>
        <translation>Punt (1,234.50)</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Dag/maand/jaar</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Maand/dag/jaar</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>Jaar/maand/dag</translation>
    </message>
    <message>
        <source>Detected: %1 · %2 · encoding %3 · delimiter %4 · decimal %5 · header row %6 · date order %7</source>
        <translation>Herkend: %1 · %2 · tekencodering %3 · scheidingsteken %4 · decimaalteken %5 · kopregel %6 · datumvolgorde %7</translation>
    </message>
    <message>
        <source>generic file</source>
        <translation>algemeen bestand</translation>
    </message>
    <message>
        <source>The dates could be day/month or month/day. Choose the date order.</source>
        <translation>De datums kunnen dag/maand of maand/dag zijn. Kies de datumvolgorde.</translation>
    </message>
    <message>
        <source>Choose the kind of data this file holds.</source>
        <translation>Kies welk soort gegevens dit bestand bevat.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Terugbetaald bedrag</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <source>Score 0–10 (NPS)</source>
        <translation>Score 0–10 (NPS)</translation>
    </message>
    <message>
        <source>Satisfaction 1–5</source>
        <translation>Tevredenheid 1–5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reden van vertrek</translation>
    </message>
    <message>
        <source>Survey wave</source>
        <translation>Enquêteronde</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welke kolom bevat wat?</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Nog nodig: %1</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Elke rij wordt gecontroleerd</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Geweigerde rijen exporteren…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>De import is geannuleerd.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 rejected (%5 guest rows); %6 blank and %7 total rows skipped.</source>
        <translation>%1: %2 rijen gelezen, %3 geïmporteerd, %4 geweigerd (%5 gastrijen); %6 lege rijen en %7 totaalrijen overgeslagen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Geweigerde rijen exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2.</source>
        <translation>%1 geweigerde rijen opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Imported %1 new rows.</source>
        <translation>%1 nieuwe rijen geïmporteerd.</translation>
    </message>
    <message>
        <source>Opening the demo project…</source>
        <translation>Demoproject openen…</translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>With more cohorts than this the cells are too small for their numbers; hover still works. Smallest top of the colour scale, so a shop where almost nobody returns is not all yellow. Ink on the light cells: not the theme's foreground, which turns light in the dark scheme.</extracomment>
        <translation>week %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>maand %1</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>kwartaal %1</translation>
    </message>
    <message>
        <source>half-year %1</source>
        <translation>halfjaar %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>jaar %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>periode %1</translation>
    </message>
    <message>
        <source>Share of each cohort buying again, period by period</source>
        <translation>Aandeel van elk cohort dat opnieuw koopt, per periode</translation>
    </message>
    <message>
        <source>Cohort %1, %2: %3 (%4 of %5 customers)</source>
        <translation>Cohort %1, %2: %3 (%4 van %5 klanten)</translation>
    </message>
    <message>
        <source>First column: customers in the cohort. Colours run from dark blue (0 %) to yellow (%1 or more).</source>
        <translation>Eerste kolom: klanten in het cohort. De kleuren lopen van donkerblauw (0 %) tot geel (%1 of meer).</translation>
    </message>
    <message>
        <source>Weeks after the first purchase</source>
        <translation>Weken na de eerste aankoop</translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Maanden na de eerste aankoop</translation>
    </message>
    <message>
        <source>Quarters after the first purchase</source>
        <translation>Kwartalen na de eerste aankoop</translation>
    </message>
    <message>
        <source>Half-years after the first purchase</source>
        <translation>Halfjaren na de eerste aankoop</translation>
    </message>
    <message>
        <source>Years after the first purchase</source>
        <translation>Jaren na de eerste aankoop</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>te weinig antwoorden</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Klantwaarde</translation>
    </message>
    <message>
        <source>Lost lifetime value</source>
        <translation>Verloren klantwaarde</translation>
    </message>
    <message>
        <source>How long customers stay</source>
        <translation>Hoe lang klanten blijven</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>What customers write</source>
        <translation>Wat klanten schrijven</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In hun eigen woorden</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>criticaster</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <source>Appendix: customers at risk</source>
        <translation>Bijlage: klanten met risico</translation>
    </message>
    <message>
        <source>The %1 customers with the most value at risk, of %2 with a warning sign (%3 at risk in all). The full list is in the win-back export.</source>
        <translation>De %1 klanten met de meeste waarde op het spel, van %2 met een waarschuwingssignaal (%3 op het spel in totaal). De volledige lijst staat in de export om klanten terug te winnen.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Waarde op het spel</translation>
    </message>
    <message>
        <source>Appendix: imported files</source>
        <translation>Bijlage: geïmporteerde bestanden</translation>
    </message>
    <message>
        <source>No import log is stored with this data.</source>
        <translation>Bij deze gegevens is geen importlogboek bewaard.</translation>
    </message>
    <message>
        <source>Every row of every file is accounted for: rows read = rows accepted + rows rejected. Row numbers are as Excel shows them (the header is row 1).</source>
        <translation>Elke rij van elk bestand is verantwoord: gelezen rijen = geaccepteerde rijen + geweigerde rijen. Rijnummers zijn zoals Excel ze toont (de kopregel is rij 1).</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>verkoop</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>klantenlijst</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>enquêteantwoorden</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelezen rijen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>First rejected rows of each file</source>
        <translation>De eerste geweigerde rijen van elk bestand</translation>
    </message>
    <message>
        <source>Who answered, compared with all customers, by %1</source>
        <translation>Wie antwoordde, vergeleken met alle klanten, naar %1</translation>
    </message>
    <message>
        <source>Share of all customers</source>
        <translation>Aandeel van alle klanten</translation>
    </message>
    <message>
        <source>Share of the answers</source>
        <translation>Aandeel van de antwoorden</translation>
    </message>
    <message>
        <source>%1: %2 of customers, %3 of the answers (%4 of %5 customers answered)</source>
        <translation>%1: %2 van de klanten, %3 van de antwoorden (%4 van %5 klanten antwoordden)</translation>
    </message>
    <message>
        <source>% of customers or answers</source>
        <translation>% van klanten of antwoorden</translation>
    </message>
    <message>
        <source>Chi-square test of “answered / did not answer” against the groups: a small p means the answers come more from some groups than others. Only answers matched to a customer count. </source>
        <translation>Chi-kwadraattoets van ‘geantwoord / niet geantwoord’ tegen de groepen: een kleine p betekent dat de antwoorden meer uit sommige groepen komen dan uit andere. Alleen antwoorden die aan een klant gekoppeld zijn tellen. </translation>
    </message>
    <message>
        <source>Share of each wave's comments that mention a cause, for the five causes mentioned most; a small wave moves by chance. </source>
        <translation>Aandeel van de opmerkingen per ronde dat een oorzaak noemt, voor de vijf meest genoemde oorzaken; een kleine ronde schommelt door toeval. </translation>
    </message>
    <message>
        <source>Causes mentioned per survey wave (comments per wave in brackets)</source>
        <translation>Genoemde oorzaken per enquêteronde (opmerkingen per ronde tussen haakjes)</translation>
    </message>
    <message>
        <source>%1: %2 comments</source>
        <translation>%1: %2 opmerkingen</translation>
    </message>
    <message>
        <source>%1: %2 of them</source>
        <translation>%1: %2 daarvan</translation>
    </message>
    <message>
        <source>% of the wave's comments</source>
        <translation>% van de opmerkingen in de ronde</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of the wave's comments (%4)</source>
        <translation>%1 · %2: %3 van de opmerkingen in deze ronde (%4)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed (enter it again to draw the same list)</source>
        <translation>Seed (voer hem opnieuw in om dezelfde lijst te trekken)</translation>
    </message>
    <message>
        <source>Customers drawn</source>
        <translation>Getrokken klanten</translation>
    </message>
    <message>
        <source>Groups in proportion to the whole customer base by</source>
        <translation>Groepen in verhouding tot het hele klantenbestand naar</translation>
    </message>
    <message>
        <source>Last survey's respondents left out</source>
        <translation>Weggelaten respondenten van de vorige enquête</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Gegevens tot en met</translation>
    </message>
    <message>
        <source>Customers / available / drawn</source>
        <translation>Klanten / beschikbaar / getrokken</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Survey sample</source>
        <translation>Enquêtesteekproef</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Steekproef</translation>
    </message>
    <message>
        <source>How it was drawn</source>
        <translation>Zo is getrokken</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>%1 model fitted on the purchases up to %2 of the %3 customers who had bought by then (time unit: %4); checked against the %5 weeks from %6 to %7</source>
        <translation>%1-model geschat op de aankopen tot en met %2 van de %3 klanten die toen al hadden gekocht (tijdseenheid: %4); gecontroleerd tegen de %5 weken van %6 tot %7</translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases before the split (0 to 7 or more); bars: average repeat purchases per customer in the holdout weeks, actual and as the model predicted from each customer's history.</source>
        <translation>Klanten gegroepeerd naar hun herhaalaankopen vóór het splitspunt (0 tot 7 of meer); balken: gemiddeld aantal herhaalaankopen per klant in de apart gehouden weken, werkelijk en zoals het model voorspelde uit de geschiedenis van elke klant.</translation>
    </message>
    <message>
        <source>Repeat purchases (every purchase day after a customer's first) added up week by week, actual and as the model expects for customers who had made their first purchase by then; the vertical line is the split.</source>
        <translation>Herhaalaankopen (elke aankoopdag na de eerste van een klant) week na week opgeteld, werkelijk en zoals het model verwacht voor klanten die toen hun eerste aankoop hadden gedaan; de verticale lijn is het splitspunt.</translation>
    </message>
    <message>
        <source>Predicted and actual repeat purchases in the holdout weeks</source>
        <translation>Voorspelde en werkelijke herhaalaankopen in de apart gehouden weken</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>%1 repeat purchases before the split (%2 customers): %3 actual, %4 predicted per customer</source>
        <translation>%1 herhaalaankopen vóór het splitspunt (%2 klanten): %3 werkelijk, %4 voorspeld per klant</translation>
    </message>
    <message>
        <source>Repeat purchases before the split</source>
        <translation>Herhaalaankopen vóór het splitspunt</translation>
    </message>
    <message>
        <source>Repeat purchases per customer</source>
        <translation>Herhaalaankopen per klant</translation>
    </message>
    <message>
        <source>Repeat purchases week by week: actual and model</source>
        <translation>Herhaalaankopen week na week: werkelijk en model</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>splitspunt %1</translation>
    </message>
    <message>
        <source>Week to %1: %2 repeat purchases so far, model %3</source>
        <translation>Week tot %1: %2 herhaalaankopen tot nu toe, model %3</translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation>Week eindigend op</translation>
    </message>
    <message>
        <source>Repeat purchases so far</source>
        <translation>Herhaalaankopen tot nu toe</translation>
    </message>
</context>
<context>
    <name>AtRiskPage</name>
    <message>
        <source>At risk</source>
        <extracomment>Kinds of groups the filter offers, in this order (engine/segments.py metric kinds).</extracomment>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Export win-back list…</source>
        <translation>Terugwinlijst exporteren…</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Waarde op het spel</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Kans nog klant te zijn</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Voorspelde waarde</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Buying less often</source>
        <translation>Koopt minder vaak</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Lage score</translation>
    </message>
    <message>
        <source>Recent returns</source>
        <translation>Recente retouren</translation>
    </message>
    <message>
        <source>Probably lost</source>
        <translation>Waarschijnlijk verloren</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>Import your sales to see which customers are slipping away.</source>
        <translation>Importeer je verkoop om te zien welke klanten aan het wegglippen zijn.</translation>
    </message>
    <message>
        <source>No customer in this group shows a warning sign.</source>
        <translation>Geen enkele klant in deze groep vertoont een waarschuwingssignaal.</translation>
    </message>
    <message>
        <source>%1 customers show at least one warning sign; %2 of predicted value is at risk. The list is ranked by value at risk; click a column to sort by it.</source>
        <translation>%1 klanten vertonen minstens één waarschuwingssignaal; %2 van de voorspelde waarde staat op het spel. De lijst is gerangschikt op waarde op het spel; klik op een kolom om erop te sorteren.</translation>
    </message>
    <message>
        <source>Export win-back list</source>
        <translation>Terugwinlijst exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Lijst wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>De lijst kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export chart as PNG</source>
        <translation>Grafiek exporteren als PNG</translation>
    </message>
    <message>
        <source>%1 dpi…</source>
        <translation>%1 dpi…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Grafiek exporteren als SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Search by customer number, name or e-mail</source>
        <translation>Zoek op klantnummer, naam of e-mail</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Alle klanten tonen</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Actieve klanten</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Verloren klanten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Eerste aankoop</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Gem. order</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dagen sinds laatste</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Gebruikelijke tussenpoos (dagen)</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>P(still a customer)</source>
        <translation>P(nog klant)</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Voorspelde waarde</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS-antwoord</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Waarschuwingssignalen</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %Ln customers behind “%1” in the chart you clicked.</source>
        <translation><numerusform>De %Ln klant achter ‘%1’ in de grafiek waarop je klikte.</numerusform><numerusform>De %Ln klanten achter ‘%1’ in de grafiek waarop je klikte.</numerusform></translation>
    </message>
    <message>
        <source>the part</source>
        <translation>het deel</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>oudste eerst</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>nieuwste eerst</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>kleinste eerst</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>grootste eerst</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A tot Z</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z tot A</translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation>Gesorteerd op %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 van %2 klanten</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Imported data</source>
        <translation>Geïmporteerde gegevens</translation>
    </message>
    <message>
        <source>Rejected rows (first 100 per file)</source>
        <translation>Geweigerde rijen (de eerste 100 per bestand)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelezen rijen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>verkoop</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>klantenlijst</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>enquêteantwoorden</translation>
    </message>
    <message>
        <source>%1 files imported: %2 rows read, %3 accepted, %4 rejected. Select a file to see why its rows were rejected.</source>
        <translation>%1 bestanden geïmporteerd: %2 rijen gelezen, %3 geaccepteerd, %4 afgewezen. Kies een bestand om te zien waarom rijen zijn afgewezen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>No rows of %1 were rejected.</source>
        <translation>Er zijn geen rijen van %1 afgewezen.</translation>
    </message>
    <message>
        <source>Rejected rows of %1: %2 shown of %3</source>
        <translation>Afgewezen rijen van %1: %2 getoond van %3</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No data yet</source>
        <translation>Nog geen gegevens</translation>
    </message>
    <message>
        <source>Import the sales export of your till or web shop (Excel or CSV) to see how many customers come back. Customer lists and survey answers can be added too. You can also drop the files onto this window.</source>
        <translation>Importeer de verkoopexport van je kassa of webshop (Excel of CSV) om te zien hoeveel klanten terugkomen. Je kunt ook klantenlijsten en enquêteantwoorden toevoegen. Je kunt de bestanden ook naar dit venster slepen.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Bestanden importeren…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Het demoproject openen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Wat wil je exporteren</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>Excel workbook with every table</source>
        <translation>Excel-werkmap met alle tabellen</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (Excel)</source>
        <translation>Lijst om klanten met risico terug te winnen (Excel)</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (CSV)</source>
        <translation>Lijst om klanten met risico terug te winnen (CSV)</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Onderdelen van het rapport</translation>
    </message>
    <message>
        <source>Summary of key figures</source>
        <translation>Samenvatting van de kengetallen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>Customer value and lost value</source>
        <translation>Klantwaarde en verloren waarde</translation>
    </message>
    <message>
        <source>Feedback: NPS, satisfaction and comments</source>
        <translation>Feedback: NPS, tevredenheid en opmerkingen</translation>
    </message>
    <message>
        <source>Loyal customers and segments</source>
        <translation>Loyale klanten en segmenten</translation>
    </message>
    <message>
        <source>Appendix: customers at risk and imported files</source>
        <translation>Bijlage: klanten met risico en geïmporteerde bestanden</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (VS)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, te openen in Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Kies waar het bestand wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Choose at least one section for the report.</source>
        <translation>Kies minstens één onderdeel voor het rapport.</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>PDF-rapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>Excel-werkmap wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Lijst wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <extracomment>a bar or point was clicked (score, wave, satisfaction level, exit reason): (customer ids, description) of the customers behind it the owner changed a survey definition here (waves, repurchase window, keyword groups)</extracomment>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>No survey answers yet. Import the export of your NPS or satisfaction survey (Google Forms, SurveyMonkey, Typeform or any spreadsheet with a 0–10 or 1–5 answer column) to see what customers say and whether the satisfied ones buy again.</source>
        <translation>Nog geen enquêteantwoorden. Importeer de export van je NPS- of tevredenheidsenquête (Google Forms, SurveyMonkey, Typeform of een spreadsheet met een antwoordkolom 0–10 of 1–5) om te zien wat klanten zeggen en of de tevreden klanten opnieuw kopen.</translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation>Enquêteantwoorden importeren…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>Zoek in de opmerkingen</translation>
    </message>
    <message>
        <source>Your NPS is %1 from %2 answers (95 % interval %3 to %4).</source>
        <translation>Je NPS is %1 op basis van %2 antwoorden (95 %-interval %3 tot %4).</translation>
    </message>
    <message>
        <source>Treat it as uncertain: %1.</source>
        <translation>Beschouw het als onzeker: %1.</translation>
    </message>
    <message>
        <source>%1 of answers are “very satisfied” (5) and %2 are satisfied or very satisfied (4–5), from %3 answers.</source>
        <translation>%1 van de antwoorden is ‘zeer tevreden’ (5) en %2 is tevreden of zeer tevreden (4–5), van %3 antwoorden.</translation>
    </message>
    <message>
        <source>Click a bar to read the comments behind it.</source>
        <translation>Klik op een balk om de opmerkingen erachter te lezen.</translation>
    </message>
    <message>
        <source>Comments about “%1”:</source>
        <translation>Opmerkingen over ‘%1’:</translation>
    </message>
    <message>
        <source>No comment long enough to quote.</source>
        <translation>Geen opmerking lang genoeg om te citeren.</translation>
    </message>
    <message>
        <source>Show the customers who mention “%1”</source>
        <translation>Toon de klanten die ‘%1’ noemen</translation>
    </message>
    <message>
        <source>Comments that mention %1</source>
        <translation>Opmerkingen over %1</translation>
    </message>
    <message>
        <source>Comments in %1 that mention %2</source>
        <translation>Opmerkingen in %1 over %2</translation>
    </message>
    <message>
        <source>Comments in %1 that mention any of: %2</source>
        <translation>Opmerkingen in %1 over een van: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln of these answers could not be matched to a customer</source>
        <translation><numerusform>%1; %Ln van deze antwoorden kon niet aan een klant worden gekoppeld</numerusform><numerusform>%1; %Ln van deze antwoorden konden niet aan een klant worden gekoppeld</numerusform></translation>
    </message>
    <message>
        <source>Customers who answered %1</source>
        <translation>Klanten die %1 antwoordden</translation>
    </message>
    <message>
        <source>Answered the survey in %1</source>
        <translation>Vulden de enquête in tijdens %1</translation>
    </message>
    <message>
        <source>Answered “%1”, %2 days or more ago</source>
        <translation>Antwoordden ‘%1’, %2 dagen of langer geleden</translation>
    </message>
    <message>
        <source>Said they left because: %1</source>
        <translation>Zeiden dat ze weggingen omdat: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passief</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>criticaster</translation>
    </message>
    <message>
        <source>%1 of %2 comments</source>
        <translation>%1 van %2 opmerkingen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show everything</source>
        <extracomment>Wait this long after the last change before recomputing (typing a date changes it per key).</extracomment>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>All customers, all dates</source>
        <translation>Alle klanten, alle datums</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <source>Add condition to group</source>
        <translation>Voorwaarde aan groep toevoegen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Groep verwijderen</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Cohorts of this group: share still buying k periods after their first purchase</source>
        <extracomment>a point of the retention chart was clicked: (group key, period)</extracomment>
        <translation>Cohorten van deze groep: aandeel dat k perioden na de eerste aankoop nog koopt</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers.</source>
        <translation><numerusform>%1: %Ln klant.</numerusform><numerusform>%1: %Ln klanten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lost in the last year: %Ln customers, %2 a year in revenue, %3 lifetime value.</source>
        <translation><numerusform>Verloren in het afgelopen jaar: %Ln klant, %2 per jaar aan omzet, %3 aan klantwaarde.</numerusform><numerusform>Verloren in het afgelopen jaar: %Ln klanten, %2 per jaar aan omzet, %3 aan klantwaarde.</numerusform></translation>
    </message>
    <message>
        <source>Annual retention: %1.</source>
        <translation>Klantbehoud per jaar: %1.</translation>
    </message>
    <message>
        <source>NPS %1 from %2 answers</source>
        <translation>NPS %1 uit %2 antwoorden</translation>
    </message>
    <message>
        <source> (95 % interval %1 to %2)</source>
        <translation> (95 %-interval %1 tot %2)</translation>
    </message>
    <message>
        <source>Predicted value per customer: %1.</source>
        <translation>Voorspelde waarde per klant: %1.</translation>
    </message>
</context>
<context>
    <name>HoldoutPanel</name>
    <message>
        <source>How well does the prediction work?</source>
        <translation>Hoe goed klopt de voorspelling?</translation>
    </message>
    <message>
        <source>Hide the last weeks from the model, let it predict them from the weeks before, and compare with what your customers really did.</source>
        <translation>Verberg de laatste weken voor het model, laat het ze voorspellen uit de weken ervoor en vergelijk met wat je klanten echt deden.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Check the prediction</source>
        <translation>Voorspelling controleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Hold out the last</source>
        <translation>Houd de laatste apart:</translation>
    </message>
    <message>
        <source>Choose how many weeks to hold out and press “Check the prediction”.</source>
        <translation>Kies hoeveel weken je apart houdt en klik op ‘Voorspelling controleren’.</translation>
    </message>
    <message>
        <source>(model fitted up to %1)</source>
        <translation>(model geschat tot en met %1)</translation>
    </message>
    <message>
        <source>Checking the prediction…</source>
        <translation>Voorspelling wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>De controle is geannuleerd.</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>De controle kon niet worden uitgevoerd.</translation>
    </message>
    <message>
        <source>The check cannot be made: %1.</source>
        <translation>De controle is niet mogelijk: %1.</translation>
    </message>
    <message>
        <source>%1 repeat purchases up to %2</source>
        <translation>%1 herhaalaankopen tot en met %2</translation>
    </message>
</context>
<context>
    <name>KeywordGroupsDialog</name>
    <message>
        <source>Keyword groups for comment causes</source>
        <translation>Trefwoordgroepen voor oorzaken in opmerkingen</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of the cause's keywords in the comment's language. Separate keywords with commas; end a keyword with * to match every word that starts with it (expens* finds expensive and expenses). Word endings are handled for you: “price” also finds “prices”.</source>
        <translation>Een opmerking telt voor een oorzaak als er een van de trefwoorden van die oorzaak in staat, in de taal van de opmerking. Scheid trefwoorden met komma's; eindig een trefwoord met * om elk woord te vinden dat zo begint (duur* vindt duur en duurder). Woordvormen worden voor je afgehandeld: ‘prijs’ vindt ook ‘prijzen’.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Add a cause</source>
        <translation>Oorzaak toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected cause</source>
        <translation>Geselecteerde oorzaak verwijderen</translation>
    </message>
    <message>
        <source>Restore the standard groups</source>
        <translation>Standaardgroepen herstellen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Zweeds</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Deens</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>new cause</source>
        <translation>nieuwe oorzaak</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Taal: %1.</translation>
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
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>&amp;PDF-rapport exporteren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export &amp;Excel workbook…</source>
        <translation>&amp;Excel-werkmap exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;win-back list…</source>
        <translation>&amp;Lijst om klanten terug te winnen exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Loyalty Desktop</source>
        <translation>&amp;Over Loyalty Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <source>Applying the filter…</source>
        <translation>Filter toepassen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers analysed.</source>
        <translation><numerusform>%Ln klant geanalyseerd.</numerusform><numerusform>%Ln klanten geanalyseerd.</numerusform></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Bestanden importeren</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (%1)</source>
        <translation>Spreadsheets en tekstexports (%1)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-rapport exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>PDF-rapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport opgeslagen in %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>About Loyalty Desktop</source>
        <translation>Over Loyalty Desktop</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Klantwaarde</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Loyalty &amp; segments</source>
        <translation>Loyaliteit en segmenten</translation>
    </message>
</context>
<context>
    <name>NpsCompareBox</name>
    <message>
        <source>Compare two NPS figures</source>
        <translation>Vergelijk twee NPS-cijfers</translation>
    </message>
    <message>
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Ronde %1</translation>
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
        <translation>(%1 antwoorden)</translation>
    </message>
    <message>
        <source>Pick two different groups to compare.</source>
        <translation>Kies twee verschillende groepen om te vergelijken.</translation>
    </message>
    <message>
        <source>%1: NPS %2 from %3 answers · %4: NPS %5 from %6 answers</source>
        <translation>%1: NPS %2 uit %3 antwoorden · %4: NPS %5 uit %6 antwoorden</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Vul een getal in.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>‘%1’ is geen getal.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Vul een geheel getal in.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Vul minstens %1 in.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Vul hoogstens %1 in.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>&amp;New project</source>
        <extracomment>Kept in an autosave copy's settings: which file it belongs to and when it was made.</extracomment>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Project opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>Laatste import &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Loyalty Desktop</source>
        <translation>Loyalty Desktop</translation>
    </message>
    <message>
        <source>Took back the import of %1: %2 new rows removed, %3 changed rows restored.</source>
        <translation>Import van %1 ongedaan gemaakt: %2 nieuwe rijen verwijderd, %3 gewijzigde rijen hersteld.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Loyalty Desktop projects (*%1)</source>
        <translation>Loyalty Desktop-projecten (*%1)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Mijn winkel</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 opslaan…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Wil je de wijzigingen in %1 opslaan?</translation>
    </message>
    <message>
        <source>If you don't save, the changes since the last save are lost.</source>
        <translation>Als je niet opslaat, gaan de wijzigingen sinds de laatste keer opslaan verloren.</translation>
    </message>
    <message>
        <source>Autosaving…</source>
        <translation>Automatisch opslaan…</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>een naamloos project</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <source>Loyalty Desktop did not close normally. Changes to %1 from %2 were kept. Restore them?</source>
        <translation>Loyalty Desktop is niet normaal afgesloten. Wijzigingen in %1 van %2 zijn bewaard. Wil je ze herstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>RepresentativenessBox</name>
    <message>
        <source>Who answered the survey</source>
        <extracomment>a group's bar was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Wie de enquête beantwoordde</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Vergelijk op:</translation>
    </message>
    <message>
        <source>%1 (%2): customers who answered the survey</source>
        <translation>%1 (%2): klanten die de enquête invulden</translation>
    </message>
    <message>
        <source>%1 (%2): all customers</source>
        <translation>%1 (%2): alle klanten</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <extracomment>a heat-map cell was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>New customers in %1</source>
        <translation>Nieuwe klanten in %1</translation>
    </message>
    <message>
        <source>Came back in %1</source>
        <translation>Teruggekomen in %1</translation>
    </message>
    <message>
        <source>Churned in %1</source>
        <translation>Afgehaakt in %1</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Behouden in %1</translation>
    </message>
    <message>
        <source>Cohort %1, %2</source>
        <translation>Cohort %1, %2</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>All of these are true</source>
        <translation>Al deze voorwaarden gelden</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Minstens één hiervan geldt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>e.g. Regulars</source>
        <translation>bijv. Vaste klanten</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Voorwaarde toevoegen</translation>
    </message>
    <message>
        <source>Add group (any/all)</source>
        <translation>Groep toevoegen (een/alle)</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Geef het een naam.</translation>
    </message>
    <message>
        <source>Another segment is already called “%1”.</source>
        <translation>Een ander segment heet al ‘%1’.</translation>
    </message>
</context>
<context>
    <name>SegmentMetricsView</name>
    <message>
        <source>Compare retention of</source>
        <extracomment>a point of the group's retention chart was clicked: (customer ids, description)</extracomment>
        <translation>Vergelijk het klantbehoud van</translation>
    </message>
    <message>
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Aandeel van de klanten</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Aandeel van de omzet</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Retention rate = customers still active at the end of the period ÷ active at its start.</source>
        <translation>Klantbehoud = klanten die aan het eind van de periode nog actief zijn ÷ actief aan het begin.</translation>
    </message>
    <message>
        <source>%1: kept in %2</source>
        <translation>%1: behouden in %2</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Loyalty and segments</source>
        <extracomment>a point of a group's retention chart was clicked: (customer ids, description)</extracomment>
        <translation>Loyaliteit en segmenten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Save and recalculate</source>
        <translation>Opslaan en herberekenen</translation>
    </message>
    <message>
        <source>What loyal means</source>
        <translation>Wat loyaal betekent</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Goals and settings</source>
        <translation>Doelen en instellingen</translation>
    </message>
    <message>
        <source>Say what a loyal customer is for your business. Start from a template and adjust the numbers.</source>
        <translation>Geef aan wat een loyale klant voor jouw zaak is. Begin met een sjabloon en pas de getallen aan.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Begin met een sjabloon</translation>
    </message>
    <message>
        <source>Loyal = %1, as of each period's end. Survey answers and model estimates use today's values.</source>
        <translation>Loyaal = %1, gemeten aan het eind van elke periode. Enquêteantwoorden en modelschattingen gebruiken de huidige waarden.</translation>
    </message>
    <message>
        <source>Loyal at the end of %1</source>
        <translation>Trouw aan het eind van %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nieuw segment</translation>
    </message>
    <message>
        <source>Add from a template</source>
        <translation>Toevoegen uit sjabloon</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Edit loyalty criteria</source>
        <translation>Loyaliteitscriteria bewerken</translation>
    </message>
    <message>
        <source>Correct the marked fields to see how many customers match.</source>
        <translation>Verbeter de gemarkeerde velden om te zien hoeveel klanten voldoen.</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Segment bewerken</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>Sjabloon %1 gebruiken</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Segment dupliceren</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment verwijderen</translation>
    </message>
    <message>
        <source>Move segment</source>
        <translation>Segment verplaatsen</translation>
    </message>
    <message>
        <source>Import sales data to see how many customers match.</source>
        <translation>Importeer verkoopgegevens om te zien hoeveel klanten voldoen.</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3).</source>
        <translation>%1 van %2 klanten voldoen (%3).</translation>
    </message>
    <message>
        <source>Correct the criteria to see your loyal customers.</source>
        <translation>Verbeter de criteria om je loyale klanten te zien.</translation>
    </message>
    <message>
        <source>%1 loyal customers: %2 of all customers, bringing %3 of revenue. Retention rate %4.</source>
        <translation>%1 loyale klanten: %2 van alle klanten, goed voor %3 van de omzet. Klantbehoud %4.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Verbeter eerst de gemarkeerde velden.</translation>
    </message>
</context>
<context>
    <name>SettingsForms</name>
    <message>
        <source>Definitions</source>
        <translation>Definities</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Share of revenue you keep after the cost of goods; 100 % counts revenue as value.</source>
        <translation>Het deel van de omzet dat je overhoudt na de inkoopkosten; bij 100 % telt de hele omzet als waarde.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% per jaar</translation>
    </message>
    <message>
        <source>How much less money next year is worth to you than money today.</source>
        <translation>Hoeveel minder geld volgend jaar voor je waard is dan geld vandaag.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>How long a customer stays; leave empty to derive it from your retention.</source>
        <translation>Hoe lang een klant blijft; laat leeg om het uit je klantbehoud af te leiden.</translation>
    </message>
    <message>
        <source>from your data</source>
        <translation>uit je gegevens</translation>
    </message>
    <message>
        <source>Inactivity window</source>
        <translation>Inactiviteitsperiode</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Disconteringsvoet</translation>
    </message>
    <message>
        <source>Expected lifetime</source>
        <translation>Verwachte klantduur</translation>
    </message>
    <message>
        <source>Retention spend</source>
        <translation>Uitgaven aan klantbehoud</translation>
    </message>
    <message>
        <source>Benchmarks and goals</source>
        <translation>Benchmarks en doelen</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>Industry benchmark</source>
        <translation>Benchmark in de branche</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Jouw doel</translation>
    </message>
    <message>
        <source>money</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Hoger is beter.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Lager is beter.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost. Suggested: %1 days, %2.</source>
        <translation>Een klant die zoveel dagen niets heeft gekocht, telt als verloren. Voorstel: %1 dagen, %2.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost; leave empty to use the suggestion from your data.</source>
        <translation>Een klant die zoveel dagen niets heeft gekocht, telt als verloren; laat leeg om het voorstel uit je gegevens te gebruiken.</translation>
    </message>
</context>
<context>
    <name>SpendField</name>
    <message>
        <source>What you spent on keeping customers (discounts, loyalty cards, mailings) per period, one period per line.</source>
        <translation>Wat je per periode uitgaf aan klantbehoud (kortingen, klantenkaarten, mailings), één periode per regel.</translation>
    </message>
    <message>
        <source>Line %1: write a period and an amount, e.g. “2024-01 5000”.</source>
        <translation>Regel %1: schrijf een periode en een bedrag, bijv. ‘2024-01 5000’.</translation>
    </message>
</context>
<context>
    <name>SurveySampleDialog</name>
    <message>
        <source>Survey sample for the next wave</source>
        <translation>Steekproef voor de volgende enquêteronde</translation>
    </message>
    <message>
        <source>Draws customers at random, in proportion to the groups of your whole customer base, so the next survey hears from everyone and not only the keenest. Only customers with an e-mail address or phone number are drawn.</source>
        <translation>Trekt klanten willekeurig, in verhouding tot de groepen in je hele klantenbestand, zodat de volgende enquête iedereen hoort en niet alleen de fanatiekste. Alleen klanten met een e-mailadres of telefoonnummer worden getrokken.</translation>
    </message>
    <message>
        <source>spend band</source>
        <translation>bestedingsklasse</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Leave out customers who answered the last survey</source>
        <translation>Klanten die de vorige enquête beantwoordden weglaten</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nieuwe seed</translation>
    </message>
    <message>
        <source>Customers to invite:</source>
        <translation>Uit te nodigen klanten:</translation>
    </message>
    <message>
        <source>In proportion to:</source>
        <translation>In verhouding tot:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Lijst opslaan…</translation>
    </message>
    <message>
        <source>%1 customers drawn with seed %2 — enter the same seed again to draw the same list.</source>
        <translation>%1 klanten getrokken met seed %2 — voer dezelfde seed opnieuw in om dezelfde lijst te trekken.</translation>
    </message>
    <message>
        <source>Fewer customers than asked for can be reached.</source>
        <translation>Er zijn minder klanten bereikbaar dan gevraagd.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 customers drawn</source>
        <translation>%1: %2 van %3 klanten getrokken</translation>
    </message>
    <message>
        <source>survey-sample-seed-%1.xlsx</source>
        <translation>enquetesteekproef-seed-%1.xlsx</translation>
    </message>
    <message>
        <source>Save the survey sample</source>
        <translation>Enquêtesteekproef opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Opslaan mislukt</translation>
    </message>
</context>
<context>
    <name>SurveySettingsBar</name>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>kwartalen</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>halve jaren</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaren</translation>
    </message>
    <message>
        <source>as in the survey file (wave column)</source>
        <translation>zoals in het enquêtebestand (kolom ronde)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Edit keyword groups…</source>
        <translation>Trefwoordgroepen…</translation>
    </message>
    <message>
        <source>Survey sample for the next wave…</source>
        <translation>Steekproef volgende ronde…</translation>
    </message>
    <message>
        <source>Survey waves:</source>
        <translation>Enquêterondes:</translation>
    </message>
    <message>
        <source>Bought again within:</source>
        <translation>Opnieuw gekocht binnen:</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export table to Excel…</source>
        <extracomment>(currency, language) of the open project, for money formats and the CSV dialect</extracomment>
        <translation>Tabel exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Export table to CSV…</source>
        <translation>Tabel exporteren naar CSV…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, te openen in Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>De tabel wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tabel opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>waarden gescheiden door komma's</translation>
    </message>
    <message>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Vul minstens één waarde in.</translation>
    </message>
    <message>
        <source>Enter numbers separated by commas.</source>
        <translation>Vul getallen in, gescheiden door komma's.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Vul een waarde in.</translation>
    </message>
    <message>
        <source>“%1” is not a number; enter digits, e.g. 12 or 12.5.</source>
        <translation>‘%1’ is geen getal; typ cijfers, bijv. 12 of 12.5.</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>Value</source>
        <translation>Klantwaarde</translation>
    </message>
    <message>
        <source>Import your sales to see what your customers are worth.</source>
        <translation>Importeer je verkopen om te zien wat je klanten waard zijn.</translation>
    </message>
    <message>
        <source>Your %1 customers are worth %2 over the time they are expected to stay (%3 per customer on average, after margin and discounting), by the simple estimate.</source>
        <translation>Je %1 klanten zijn %2 waard over de tijd dat ze naar verwachting blijven (gemiddeld %3 per klant, na marge en verdiscontering), volgens de eenvoudige schatting.</translation>
    </message>
    <message>
        <source>Why not the prediction model: %1.</source>
        <translation>Waarom niet het voorspellingsmodel: %1.</translation>
    </message>
    <message>
        <source>Your %1 customers are expected to bring %2 over the next %3 months (%4 per customer on average, after margin and discounting).</source>
        <translation>Je %1 klanten brengen naar verwachting %2 op in de komende %3 maanden (gemiddeld %4 per klant, na marge en discontering).</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Hoe: %1.</translation>
    </message>
    <message>
        <source>Your %1 customers have brought %2 so far, after margin.</source>
        <translation>Je %1 klanten hebben tot nu toe %2 opgebracht, na marge.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Customers worth %1</source>
        <translation>Klanten met een waarde van %1</translation>
    </message>
    <message>
        <source>The value lost with churned customers is not computed for this project yet.</source>
        <translation>De waarde die met verloren klanten verdween, is voor dit project nog niet berekend.</translation>
    </message>
    <message>
        <source>%1 customers have churned; half of them stayed less than %2 months.</source>
        <translation>%1 klanten zijn vertrokken; de helft bleef korter dan %2 maanden.</translation>
    </message>
    <message>
        <source>Average lifespan so far: %1; Kaplan–Meier median lifetime: %2.</source>
        <translation>Gemiddelde klantduur tot nu toe: %1; Kaplan–Meier-mediaan: %2.</translation>
    </message>
    <message>
        <source>Churned after %1–%2 months</source>
        <translation>Vertrokken na %1–%2 maanden</translation>
    </message>
    <message>
        <source>Churned between %1 and %2</source>
        <translation>Verloren tussen %1 en %2</translation>
    </message>
    <message>
        <source>Still customers %1 months after their first purchase</source>
        <translation>Nog klant %1 maanden na hun eerste aankoop</translation>
    </message>
</context>
<context>
    <name>_Units</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>The usual sign of each currency; kr-currencies are written with their ISO code outside their own country (see module doc). CLDR percent patterns: "38 %" in sv/da/ru (no-break space), "38%" in en and nl.</extracomment>
        <translation><numerusform>%Ln dag</numerusform><numerusform>%Ln dagen</numerusform></translation>
    </message>
</context>
<context><name>cli</name><message><source>{path}: the config file does not exist.</source><translation>{path}: het configuratiebestand bestaat niet.</translation></message><message><source>{path}: the config file cannot be read ({detail}).</source><translation>{path}: het configuratiebestand kan niet worden gelezen ({detail}).</translation></message><message><source>{path}, line {line}, column {column}: not valid JSON ({detail}).</source><translation>{path}, regel {line}, kolom {column}: geen geldige JSON ({detail}).</translation></message><message><source>{path}: the JSON is nested too deeply to be a config file.</source><translation>{path}: de JSON is te diep genest voor een configuratiebestand.</translation></message><message><source>{path}: not a usable config file ({detail}).</source><translation>{path}: geen bruikbaar configuratiebestand ({detail}).</translation></message><message><source>{path}: the config must be a JSON object {{...}}.</source><translation>{path}: de configuratie moet een JSON-object {{...}} zijn.</translation></message><message><source>settings</source><translation>instellingen</translation></message><message><source>{path}: the file does not exist.</source><translation>{path}: het bestand bestaat niet.</translation></message><message><source>No transactions to analyse: give --transactions FILE or --project P.loyalty.</source><translation>Geen transacties om te analyseren: geef --transactions BESTAND of --project P.loyalty.</translation></message><message><source>Missing: {fields}.</source><translation>Ontbreekt: {fields}.</translation></message><message><source>Columns found: {columns}.</source><translation>Gevonden kolommen: {columns}.</translation></message></context><context><name>cli help</name><message><source>Customer loyalty analytics for small businesses. Without a command, opens the window.</source><translation>Analyse van klantloyaliteit voor kleine bedrijven. Zonder opdracht opent het venster.</translation></message><message><source>open the window with the bundled demo project</source><translation>open het venster met het meegeleverde demoproject</translation></message><message><source>definitions, criteria, segments, mappings</source><translation>definities, criteria, segmenten, kolomkoppelingen</translation></message><message><source>compute the metrics and write PDF/JSON/Excel</source><translation>bereken de kengetallen en schrijf PDF/JSON/Excel</translation></message><message><source>language of the report and of the messages</source><translation>taal van het rapport en van de meldingen</translation></message><message><source>create or append to a project file</source><translation>een projectbestand maken of aanvullen</translation></message><message><source>language of the messages</source><translation>taal van de meldingen</translation></message><message><source>show how a file would be imported, as JSON</source><translation>toon hoe een bestand geïmporteerd zou worden, als JSON</translation></message><message><source>reproduce the published reference results</source><translation>reproduceer de gepubliceerde referentieresultaten</translation></message><message><source>usage: </source><translation>gebruik: </translation></message><message><source>options</source><translation>opties</translation></message><message><source>positional arguments</source><translation>argumenten</translation></message><message><source>show this help message and exit</source><translation>toon deze hulp en stop</translation></message><message><source>show program's version number and exit</source><translation>toon het versienummer van het programma en stop</translation></message></context><context><name>clv</name><message><source>there are no customers</source><translation>er zijn geen klanten</translation></message><message><source>the data do not look like repeat buying by customers who differ: {meaning} ({name} = {value:.3g})</source><translation>de gegevens lijken niet op herhaalaankopen door verschillende klanten: {meaning} ({name} = {value:.3g})</translation></message><message><source>everybody seems to buy at the same rate</source><translation>iedereen lijkt even vaak te kopen</translation></message><message><source>almost nobody seems to stop buying</source><translation>bijna niemand lijkt te stoppen met kopen</translation></message><message><source>the holdout end must come after the calibration end</source><translation>het einde van de testperiode moet na het einde van de kalibratieperiode liggen</translation></message><message><source>only {repeat} customers bought more than once before {end}; the check needs at least {minimum}</source><translation>slechts {repeat} klanten kochten meer dan eens vóór {end}; de controle heeft er minstens {minimum} nodig</translation></message><message><source>the {title} model could not be fitted on the calibration period ({why})</source><translation>het {title}-model kon niet worden geschat op de kalibratieperiode ({why})</translation></message><message><source>{title} fitted on {customers:,} customers up to {end}; checked against {weeks:.0f} holdout weeks</source><translation>{title} geschat op {customers:,} klanten tot {end}; gecontroleerd met {weeks:.0f} testweken</translation></message><message><source>there are no purchases to check the model against</source><translation>er zijn geen aankopen om het model aan te toetsen</translation></message><message><source>In the holdout weeks these customers made {actual:,.0f} repeat purchases; the model predicted {predicted:,.0f} ({gap:.0%} {direction})</source><translation>In de apart gehouden weken deden deze klanten {actual:,.0f} herhaalaankopen; het model voorspelde {predicted:,.0f} ({gap:.0%} {direction})</translation></message><message><source>more</source><translation>meer</translation></message><message><source>fewer</source><translation>minder</translation></message><message><source>Summarising the calibration period</source><translation>Schattingsperiode wordt samengevat</translation></message><message><source>Fitting the {title} model up to {end}</source><translation>{title}-model wordt geschat tot en met {end}</translation></message><message><source>Comparing the prediction with the holdout weeks</source><translation>Voorspelling wordt vergeleken met de apart gehouden weken</translation></message><message><source>{title} and Gamma-Gamma fitted on {customers:,} customers ({repeat:,} bought more than once); {horizon} months ahead, in {unit}</source><translation>{title} en Gamma-Gamma geschat op {customers:,} klanten ({repeat:,} kochten meer dan eens); {horizon} maanden vooruit, gerekend in {unit}</translation></message><message><source>days</source><translation>dagen</translation></message><message><source>weeks</source><translation>weken</translation></message><message><source>months</source><translation>maanden</translation></message><message><source>only {repeat} of {customers:,} customers bought more than once (the prediction needs at least {minimum}), so the simple CLV is used</source><translation>slechts {repeat} van {customers:,} klanten kochten meer dan eens (de voorspelling heeft er minstens {minimum} nodig), dus de eenvoudige klantwaarde wordt gebruikt</translation></message><message><source>the {title} model could not be fitted, so the simple CLV is used: {why}</source><translation>het {title}-model kon niet worden geschat, dus de eenvoudige klantwaarde wordt gebruikt: {why}</translation></message><message><source>spend per purchase could not be modelled, so the simple CLV is used: {why}</source><translation>het bedrag per aankoop kon niet worden gemodelleerd, dus de eenvoudige klantwaarde wordt gebruikt: {why}</translation></message><message><source>the prediction was not a finite number for some customers, so the simple CLV is used</source><translation>de voorspelling was voor sommige klanten geen eindig getal, dus de eenvoudige klantwaarde wordt gebruikt</translation></message><message><source>; annual retention has not been measured, so only the coming year's value is counted</source><translation>; het klantbehoud per jaar is niet gemeten, dus alleen de waarde van het komende jaar telt</translation></message><message><source>; measured annual retention {retention:.0%}</source><translation>; gemeten klantbehoud per jaar {retention:.0%}</translation></message><message><source>; with 100 % retention and no discount rate the value has no limit, so only the coming year is counted (set a discount rate)</source><translation>; met 100 % klantbehoud en geen disconteringsvoet is de waarde onbegrensd, dus alleen het komende jaar telt (stel een disconteringsvoet in)</translation></message><message><source>there are no purchases to value</source><translation>er zijn geen aankopen om te waarderen</translation></message><message><source>Summarising purchases</source><translation>Aankopen samenvatten</translation></message><message><source>Fitting the {title} purchase model</source><translation>Aankoopmodel {title} schatten</translation></message><message><source>Fitting spend per purchase</source><translation>Bedrag per aankoop schatten</translation></message><message><source>Predicting purchases</source><translation>Aankopen voorspellen</translation></message><message><source>Done</source><translation>Klaar</translation></message></context><context><name>comments</name><message><source>(no answer)</source><translation>(geen antwoord)</translation></message><message><source>The keyword groups could not be read; the standard groups are used.</source><translation>De trefwoordgroepen konden niet worden gelezen; de standaardgroepen worden gebruikt.</translation></message><message><source>Keyword group “{group}” could not be read and was left out.</source><translation>Trefwoordgroep ‘{group}’ kon niet worden gelezen en is weggelaten.</translation></message><message><source>Keyword group “{group}”: language “{lang}” is not one of en, sv, da, nl, ru and was left out.</source><translation>Trefwoordgroep ‘{group}’: taal ‘{lang}’ is niet een van en, sv, da, nl, ru en is weggelaten.</translation></message></context><context><name>compare</name><message><source>{a} keep {pa} and {b} {pb}; {verdict} ({p}).</source><translation>{a} behoudt {pa} en {b} {pb}; {verdict} ({p}).</translation></message><message><source>a difference this large is very unlikely to be chance</source><translation>een verschil van deze omvang is zeer onwaarschijnlijk toeval</translation></message><message><source>a difference this large is unlikely to be chance</source><translation>een verschil van deze omvang is waarschijnlijk geen toeval</translation></message><message><source>a difference this large could well be chance</source><translation>een verschil van deze omvang kan best toeval zijn</translation></message><message><source>{a} and {b} both keep {pa}; there is no difference.</source><translation>{a} en {b} behouden allebei {pa}; er is geen verschil.</translation></message><message><source>There are no customers in {name} who could have churned yet, so there is nothing to compare.</source><translation>Er zijn in {name} nog geen klanten die al vertrokken konden zijn, dus er valt niets te vergelijken.</translation></message><message><source>{a} and {b} both keep {pa} of their customers; there is no difference to test.</source><translation>{a} en {b} behouden allebei {pa} van hun klanten; er is geen verschil om te toetsen.</translation></message><message><source> The groups are small, so treat this only as a rough guide.</source><translation> De groepen zijn klein, dus zie dit alleen als een ruwe indicatie.</translation></message><message><source>this group</source><translation>deze groep</translation></message><message><source>the rest</source><translation>de rest</translation></message></context><context><name>costs</name><message><source>enter your retention spend per period to see what keeping customers costs</source><translation>vul je uitgaven aan klantbehoud per periode in om te zien wat het behouden van klanten kost</translation></message><message><source>no sales data for this period</source><translation>geen verkoopgegevens voor deze periode</translation></message><message><source>no spend entered for this period, so there is no ratio</source><translation>geen uitgaven ingevuld voor deze periode, dus er is geen verhouding</translation></message><message><source>period still running: revenue so far</source><translation>periode loopt nog: omzet tot nu toe</translation></message><message><source>revenue from retained customers came with the spend; it does not prove the spend caused it</source><translation>de omzet van behouden klanten kwam samen met de uitgaven; dat bewijst niet dat de uitgaven die veroorzaakten</translation></message></context><context><name>customers</name><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days (rounded up to {days} days)</source><translation>voorstel uit je gegevens: 80 % van de herhaalaankopen valt binnen {p80:.0f} dagen (naar boven afgerond op {days} dagen)</translation></message><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days; limited to {days} days</source><translation>voorstel uit je gegevens: 80 % van de herhaalaankopen valt binnen {p80:.0f} dagen; begrensd tot {days} dagen</translation></message><message><source>a default of {days} days: only {n} customers bought more than once, too few to suggest a window from your data</source><translation>standaardwaarde van {days} dagen: slechts {n} klanten kochten meer dan eens, te weinig om een periode uit je gegevens voor te stellen</translation></message><message><source>chosen by you</source><translation>door jou gekozen</translation></message></context><context><name>describe</name><message><source>Weekly</source><translation>Wekelijkse</translation></message><message><source>Monthly</source><translation>Maandelijkse</translation></message><message><source>Quarterly</source><translation>Driemaandelijkse</translation></message><message><source>Half-yearly</source><translation>Halfjaarlijkse</translation></message><message><source>Yearly</source><translation>Jaarlijkse</translation></message><message><source>week</source><translation>week</translation></message><message><source>month</source><translation>maand</translation></message><message><source>quarter</source><translation>kwartaal</translation></message><message><source>half-year</source><translation>halfjaar</translation></message><message><source>year</source><translation>jaar</translation></message><message><source>a customer counts as churned after {days} days without a purchase</source><translation>een klant telt als verloren na {days} dagen zonder aankoop</translation></message><message><source> ({reason})</source><translation> ({reason})</translation></message><message><source>refunds are not counted as purchases</source><translation>terugbetalingen tellen niet als aankoop</translation></message><message><source>refunds count as activity</source><translation>terugbetalingen tellen als activiteit</translation></message><message><source>data up to {as_of}</source><translation>gegevens tot en met {as_of}</translation></message><message><source>no data yet</source><translation>nog geen gegevens</translation></message><message><source>{Periods} periods; {window}; {refunds}; {data}.</source><translation>{Periods} perioden; {window}; {refunds}; {data}.</translation></message><message><source>{Periods} cohorts by the {period} of the first purchase; each cell is the share of the cohort that bought in that {period} (no inactivity window); {refunds}; {data}.</source><translation>{Periods} cohorten naar de periode van de eerste aankoop ({period}); elke cel is het aandeel van het cohort dat in die periode kocht (geen inactiviteitsperiode); {refunds}; {data}.</translation></message><message><source>Lifespan from the first purchase to the churn date, or to {as_of} for active customers (the Kaplan–Meier median counts them as still running); {window}; {refunds}; {data}.</source><translation>Klantduur van de eerste aankoop tot de vertrekdatum, of tot {as_of} voor actieve klanten (de Kaplan–Meier-mediaan telt ze als nog lopend); {window}; {refunds}; {data}.</translation></message><message><source>Months from the first purchase to the churn date, churned customers only; {window}; {refunds}; {data}.</source><translation>Maanden van de eerste aankoop tot de vertrekdatum, alleen verloren klanten; {window}; {refunds}; {data}.</translation></message><message><source>Value = net revenue after refunds × {margin} margin; a purchase is an order with a positive amount; {refunds}; {data}.</source><translation>Waarde = netto-omzet na terugbetalingen × {margin} marge; een aankoop is een order met een positief bedrag; {refunds}; {data}.</translation></message><message><source>Customers whose churn date is between {start} and {end}; annual net revenue × {margin} margin × {lifetime}, discounted at {discount} a year; {window}; {data}.</source><translation>Klanten met een vertrekdatum tussen {start} en {end}; netto-omzet per jaar × {margin} marge × {lifetime}, verdisconteerd tegen {discount} per jaar; {window}; {data}.</translation></message><message><source>an expected lifetime of {years} years (set by you)</source><translation>een verwachte klantduur van {years} jaar (door jou ingesteld)</translation></message><message><source>an expected lifetime of 1 / (1 − annual retention) years</source><translation>een verwachte klantduur van 1 / (1 − klantbehoud per jaar) jaar</translation></message><message><source>Retention spend you entered minus the revenue from customers retained in each {period} (active at its start and at its end); {window}; {data}.</source><translation>De uitgaven aan klantbehoud die je hebt ingevuld, min de omzet van behouden klanten in elke periode ({period}; actief aan het begin en aan het eind); {window}; {data}.</translation></message><message><source>Return rate = orders with a net amount of zero or less ÷ all orders; returned share = refunded money ÷ revenue before refunds; {refunds}; {data}.</source><translation>Retourpercentage = orders met een nettobedrag van nul of minder ÷ alle orders; terugbetaald aandeel = terugbetaald geld ÷ omzet vóór terugbetalingen; {refunds}; {data}.</translation></message><message><source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % confidence interval; {waves}; {data}.</source><translation>NPS = % promotors (9–10) − % criticasters (0–6), van −100 tot 100, met een 95 %-betrouwbaarheidsinterval; {waves}; {data}.</translation></message><message><source>waves as given in your survey file</source><translation>rondes zoals in je enquêtebestand</translation></message><message><source>{waves} waves by answer date</source><translation>{waves} rondes naar antwoorddatum</translation></message><message><source>Satisfaction 1–5: top box = 5, top two boxes = 4–5; repurchase = bought again within {repurchase} days after answering; {refunds}; {data}.</source><translation>Tevredenheid 1–5: hoogste score = 5, twee hoogste scores = 4–5; herhaalaankoop = opnieuw gekocht binnen {repurchase} dagen na het antwoord; {refunds}; {data}.</translation></message><message><source>Predicted value over the next {horizon} months × {margin} margin, discounted at {discount} a year (BG/NBD and Gamma-Gamma models, or 1 / (1 − annual retention) years when there are too few repeat customers); {refunds}; {data}.</source><translation>Voorspelde waarde over de komende {horizon} maanden × {margin} marge, verdisconteerd tegen {discount} per jaar (BG/NBD- en Gamma-Gamma-modellen, of 1 / (1 − klantbehoud per jaar) jaar als er te weinig terugkerende klanten zijn); {refunds}; {data}.</translation></message><message><source>Segments follow your rules over each customer's figures; {window}; {refunds}; {data}.</source><translation>Segmenten volgen jouw regels voor de cijfers van elke klant; {window}; {refunds}; {data}.</translation></message><message><source>RFM scores 1–5 by fifths of recency, frequency and money spent; {refunds}; {data}.</source><translation>RFM-scores 1–5 per vijfde deel van recentheid, frequentie en bestede bedrag; {refunds}; {data}.</translation></message><message><source>At risk: overdue (more than 1.5 × their usual gap since the last purchase), buying less often, a low score, recent returns or a low chance of still being a customer; {window}; {data}.</source><translation>Risico: te laat (meer dan 1,5 × hun gebruikelijke tussenpoos sinds de laatste aankoop), kopen minder vaak, een lage score, recente retouren of een kleine kans dat ze nog klant zijn; {window}; {data}.</translation></message><message><source>{Window}; {refunds}; {data}.</source><translation>{Window}; {refunds}; {data}.</translation></message><message><source>Share of customers still active, counting only customers who first bought more than {days} days before {as_of}; two-proportion z-test; {window}; {data}.</source><translation>Aandeel klanten dat nog actief is, alleen klanten die voor het eerst kochten meer dan {days} dagen vóór {as_of}; z-toets voor twee proporties; {window}; {data}.</translation></message></context><context><name>excel</name><message><source>Summary</source><translation>Samenvatting</translation></message><message><source>Retention</source><translation>Klantbehoud</translation></message><message><source>Cohorts</source><translation>Cohorten</translation></message><message><source>Customers</source><translation>Klanten</translation></message><message><source>At risk</source><translation>Risico</translation></message><message><source>NPS waves</source><translation>NPS-rondes</translation></message><message><source>Satisfaction</source><translation>Tevredenheid</translation></message><message><source>Segments</source><translation>Segmenten</translation></message><message><source>Imports</source><translation>Imports</translation></message><message><source>Rejected rows</source><translation>Geweigerde rijen</translation></message><message><source>Definitions</source><translation>Definities</translation></message><message><source>Key figure</source><translation>Kengetal</translation></message><message><source>Value</source><translation>Waarde</translation></message><message><source>Benchmark</source><translation>Benchmark</translation></message><message><source>Target</source><translation>Doel</translation></message><message><source>Assessment</source><translation>Beoordeling</translation></message><message><source>Cohort</source><translation>Cohort</translation></message><message><source>Customers in cohort</source><translation>Klanten in cohort</translation></message><message><source>Period {k}</source><translation>Periode {k}</translation></message><message><source>Chart</source><translation>Grafiek</translation></message><message><source>Definitions used</source><translation>Gebruikte definities</translation></message><message><source>Setting</source><translation>Instelling</translation></message><message><source>File</source><translation>Bestand</translation></message><message><source>Row</source><translation>Rij</translation></message><message><source>Column</source><translation>Kolom</translation></message><message><source>Reason</source><translation>Reden</translation></message><message><source>Customer</source><translation>Klant</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>NPS score</source><translation>NPS-score</translation></message><message><source>NPS category</source><translation>NPS-categorie</translation></message><message><source>Chance still a customer</source><translation>Kans dat iemand nog klant is</translation></message><message><source>Predicted value</source><translation>Voorspelde waarde</translation></message><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>Answers</source><translation>Antwoorden</translation></message><message><source>95 % CI low</source><translation>95 %-BI onder</translation></message><message><source>95 % CI high</source><translation>95 %-BI boven</translation></message><message><source>95 % CI low (adjusted Wald)</source><translation>95 %-BI onder (aangepaste Wald)</translation></message><message><source>95 % CI high (adjusted Wald)</source><translation>95 %-BI boven (aangepaste Wald)</translation></message><message><source>Chart or setting</source><translation>Grafiek of instelling</translation></message><message><source>Definition</source><translation>Definitie</translation></message><message><source>Value at risk</source><translation>Waarde op het spel</translation></message><message><source>Why</source><translation>Waarom</translation></message><message><source>Period</source><translation>Periode</translation></message><message><source>Start</source><translation>Begin</translation></message><message><source>End</source><translation>Einde</translation></message><message><source>Incomplete period</source><translation>Onvolledige periode</translation></message><message><source>Customers at start</source><translation>Klanten aan het begin</translation></message><message><source>Customers at end</source><translation>Klanten aan het eind</translation></message><message><source>New</source><translation>Nieuw</translation></message><message><source>Retained</source><translation>Behouden</translation></message><message><source>Came back</source><translation>Teruggekomen</translation></message><message><source>Churned</source><translation>Verloren</translation></message><message><source>New, already lapsed</source><translation>Nieuw, al verloren</translation></message><message><source>Retention of the first period</source><translation>Klantbehoud in de eerste periode</translation></message><message><source>Retention rate</source><translation>Klantbehoud</translation></message><message><source>Churn rate</source><translation>Klantverloop</translation></message><message><source>Note</source><translation>Opmerking</translation></message><message><source>First purchase</source><translation>Eerste aankoop</translation></message><message><source>Last purchase</source><translation>Laatste aankoop</translation></message><message><source>Purchases</source><translation>Aankopen</translation></message><message><source>Days with a purchase</source><translation>Dagen met een aankoop</translation></message><message><source>Revenue</source><translation>Omzet</translation></message><message><source>Returns</source><translation>Retouren</translation></message><message><source>Amount returned</source><translation>Geretourneerd bedrag</translation></message><message><source>Average order value</source><translation>Gemiddelde orderwaarde</translation></message><message><source>Days as a customer</source><translation>Dagen klant</translation></message><message><source>Months as a customer</source><translation>Maanden klant</translation></message><message><source>Days since last purchase</source><translation>Dagen sinds laatste aankoop</translation></message><message><source>Purchases in the last 365 days</source><translation>Aankopen in de afgelopen 365 dagen</translation></message><message><source>Revenue in the last 365 days</source><translation>Omzet in de afgelopen 365 dagen</translation></message><message><source>Usual days between purchases</source><translation>Gebruikelijk aantal dagen tussen aankopen</translation></message><message><source>Status</source><translation>Status</translation></message><message><source>Churn date</source><translation>Vertrekdatum</translation></message><message><source>Lifespan (days)</source><translation>Klantlevensduur (dagen)</translation></message><message><source>Name</source><translation>Naam</translation></message><message><source>Phone</source><translation>Telefoon</translation></message><message><source>Sign-up date</source><translation>Aanmelddatum</translation></message><message><source>Recency score (R)</source><translation>Recentheidsscore (R)</translation></message><message><source>Frequency score (F)</source><translation>Frequentiescore (F)</translation></message><message><source>Spend score (M)</source><translation>Bestedingsscore (M)</translation></message><message><source>Warning signs</source><translation>Waarschuwingssignalen</translation></message><message><source>Overdue</source><translation>Te laat</translation></message><message><source>Buying less often</source><translation>Koopt minder vaak</translation></message><message><source>Unhappy</source><translation>Ontevreden</translation></message><message><source>Recent returns</source><translation>Recente retouren</translation></message><message><source>Probably lost</source><translation>Waarschijnlijk verloren</translation></message><message><source>Wave</source><translation>Ronde</translation></message><message><source>Promoters</source><translation>Promotors</translation></message><message><source>Passives</source><translation>Passieven</translation></message><message><source>Detractors</source><translation>Criticasters</translation></message><message><source>NPS</source><translation>NPS</translation></message><message><source>Share of promoters</source><translation>Aandeel promotors</translation></message><message><source>Share of passives</source><translation>Aandeel passieven</translation></message><message><source>Share of detractors</source><translation>Aandeel criticasters</translation></message><message><source>Uncertain</source><translation>Onzeker</translation></message><message><source>Why uncertain</source><translation>Waarom onzeker</translation></message><message><source>Level</source><translation>Niveau</translation></message><message><source>Answer</source><translation>Antwoord</translation></message><message><source>Bought again</source><translation>Kocht opnieuw</translation></message><message><source>Share who bought again</source><translation>Aandeel dat opnieuw kocht</translation></message><message><source>Too recent to tell</source><translation>Te recent om te weten</translation></message><message><source>Enough answers</source><translation>Genoeg antwoorden</translation></message><message><source>Kind</source><translation>Soort</translation></message><message><source>Format</source><translation>Formaat</translation></message><message><source>Sheet</source><translation>Blad</translation></message><message><source>Encoding</source><translation>Tekencodering</translation></message><message><source>Delimiter</source><translation>Scheidingsteken</translation></message><message><source>Decimal sign</source><translation>Decimaalteken</translation></message><message><source>Date order</source><translation>Datumvolgorde</translation></message><message><source>Header row</source><translation>Kopregel</translation></message><message><source>Currency</source><translation>Valuta</translation></message><message><source>Rows read</source><translation>Gelezen rijen</translation></message><message><source>Rows accepted</source><translation>Geaccepteerde rijen</translation></message><message><source>Rows rejected</source><translation>Afgewezen rijen</translation></message><message><source>Guest purchases</source><translation>Gastaankopen</translation></message><message><source>Segment</source><translation>Segment</translation></message><message><source>Share of customers</source><translation>Aandeel van de klanten</translation></message><message><source>Share of revenue</source><translation>Aandeel van de omzet</translation></message><message><source>Revenue per customer</source><translation>Omzet per klant</translation></message><message><source>Value so far (margin)</source><translation>Waarde tot nu toe (marge)</translation></message><message><source>Active</source><translation>Actief</translation></message><message><source>Share churned</source><translation>Aandeel verloren</translation></message><message><source>Periods measured</source><translation>Gemeten perioden</translation></message><message><source>Last full period</source><translation>Laatste volledige periode</translation></message><message><source>Customers at start of last period</source><translation>Klanten aan het begin van de laatste periode</translation></message><message><source>Retained in last period</source><translation>Behouden in de laatste periode</translation></message><message><source>Retention in last period</source><translation>Klantbehoud in de laatste periode</translation></message><message><source>NPS answers</source><translation>NPS-antwoorden</translation></message><message><source>Average predicted value</source><translation>Gemiddelde voorspelde waarde</translation></message><message><source>Average chance still a customer</source><translation>Gemiddelde kans nog klant te zijn</translation></message><message><source>All charts</source><translation>Alle grafieken</translation></message><message><source>Customer value</source><translation>Klantwaarde</translation></message><message><source>Customer lifespan</source><translation>Klantlevensduur</translation></message><message><source>Customer lifecycle</source><translation>Klantlevenscyclus</translation></message><message><source>Lost lifetime value</source><translation>Verloren klantwaarde</translation></message><message><source>Cost of retention</source><translation>Kosten van klantbehoud</translation></message><message><source>Comparisons</source><translation>Vergelijkingen</translation></message><message><source>Comments</source><translation>Opmerkingen</translation></message><message><source>Analysis date</source><translation>Analysedatum</translation></message><message><source>Inactivity window (days)</source><translation>Inactiviteitsperiode (dagen)</translation></message><message><source>Refunds count as purchases</source><translation>Retouren tellen als aankoop</translation></message><message><source>Margin</source><translation>Marge</translation></message><message><source>Discount rate</source><translation>Disconteringsvoet</translation></message><message><source>Expected lifetime (years)</source><translation>Verwachte klantlevensduur (jaren)</translation></message><message><source>Survey wave</source><translation>Enquêteronde</translation></message><message><source>Repurchase window (days)</source><translation>Periode voor herhaalaankoop (dagen)</translation></message></context><context><name>excel values</name><message><source>active</source><translation>actief</translation></message><message><source>churned</source><translation>verloren</translation></message><message><source>promoter</source><translation>promotor</translation></message><message><source>passive</source><translation>passief</translation></message><message><source>detractor</source><translation>criticaster</translation></message><message><source>sales</source><translation>verkoop</translation></message><message><source>customer list</source><translation>klantenlijst</translation></message><message><source>survey answers</source><translation>enquêteantwoorden</translation></message><message><source>all customers</source><translation>alle klanten</translation></message><message><source>loyal</source><translation>trouw</translation></message><message><source>everyone else</source><translation>alle anderen</translation></message><message><source>your segment</source><translation>je eigen segment</translation></message><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>strength</source><translation>sterk punt</translation></message><message><source>weakness</source><translation>zwak punt</translation></message><message><source>on par</source><translation>op niveau</translation></message><message><source>week</source><translation>week</translation></message><message><source>month</source><translation>maand</translation></message><message><source>quarter</source><translation>kwartaal</translation></message><message><source>half-year</source><translation>halfjaar</translation></message><message><source>year</source><translation>jaar</translation></message><message><source>yes</source><translation>ja</translation></message><message><source>no</source><translation>nee</translation></message></context><context><name>importing</name><message><source>this row has {got} values but the header has {want} columns</source><translation>deze rij heeft {got} waarden, maar de kopregel heeft {want} kolommen</translation></message><message><source>The file could not be read as a table ({detail}). Check for an unclosed quote (") or a line that is far too long.</source><translation>Het bestand kon niet als tabel worden gelezen ({detail}). Controleer op een aanhalingsteken (") dat niet wordt gesloten of een regel die veel te lang is.</translation></message><message><source>The file has a header but no data rows.</source><translation>Het bestand heeft een kopregel maar geen gegevensrijen.</translation></message><message><source>a value here is longer than {limit:,} characters; this does not look like a table export. Check for an unclosed quote (") or choose the right file.</source><translation>een waarde hier is langer dan {limit:,} tekens; dit lijkt geen tabelexport. Controleer op een aanhalingsteken (") dat niet wordt gesloten of kies het juiste bestand.</translation></message><message><source>The file is not in the chosen text encoding {encoding!r}.</source><translation>Het bestand heeft niet de gekozen tekstcodering {encoding!r}.</translation></message><message><source>Row {row}</source><translation>Rij {row}</translation></message><message><source>column "{column}"</source><translation>kolom "{column}"</translation></message><message><source>{file}, row {row}</source><translation>{file}, rij {row}</translation></message><message><source>{where}, column "{column}"</source><translation>{where}, kolom "{column}"</translation></message><message><source>Could not find a column for: {fields}. Map the columns by hand.</source><translation>Geen kolom gevonden voor: {fields}. Koppel de kolommen zelf.</translation></message><message><source>The file could not be imported because of an unexpected problem ({detail}). Details are in the log file.</source><translation>Het bestand kon niet worden geïmporteerd door een onverwacht probleem ({detail}). Details staan in het logbestand.</translation></message><message><source>Could not tell whether this file holds sales, customers or survey answers. Choose the kind of data and map its columns.</source><translation>Niet duidelijk of dit bestand verkopen, klanten of enquêteantwoorden bevat. Kies het soort gegevens en koppel de kolommen.</translation></message><message><source>{file}: new {noun}: {new}; already in the project: {duplicate}; changed and updated: {updated}; rows rejected: {rejected}.</source><translation>{file}: nieuwe {noun}: {new}; al in het project: {duplicate}; gewijzigd en bijgewerkt: {updated}; afgewezen rijen: {rejected}.</translation></message><message><source>{file}: cannot add {kind!r} data to a project (expected {expected}).</source><translation>{file}: gegevens van het soort {kind!r} kunnen niet aan een project worden toegevoegd (verwacht: {expected}).</translation></message><message><source>There is no import to undo.</source><translation>Er is geen import om ongedaan te maken.</translation></message><message><source>The import of {file} cannot be undone because the {table} were changed after it ({detail}).</source><translation>De import van {file} kan niet ongedaan worden gemaakt, omdat de {table} daarna zijn gewijzigd ({detail}).</translation></message><message><source>Choose a file name to save the project to.</source><translation>Kies een bestandsnaam om het project op te slaan.</translation></message><message><source>{file}: the saved definitions cannot be used ({detail}).</source><translation>{file}: de opgeslagen definities zijn niet bruikbaar ({detail}).</translation></message><message><source>{file}: the settings file cannot be used ({detail}).</source><translation>{file}: het instellingenbestand is niet bruikbaar ({detail}).</translation></message><message><source>{file}: the project file does not exist. Check the name and folder and try again.</source><translation>{file}: het projectbestand bestaat niet. Controleer de naam en de map en probeer het opnieuw.</translation></message><message><source>{file}: this is a folder, not a project file.</source><translation>{file}: dit is een map, geen projectbestand.</translation></message><message><source>{file}: the file is empty, so it is not a Loyalty Desktop project.</source><translation>{file}: het bestand is leeg en dus geen Loyalty Desktop-project.</translation></message><message><source>{file}: this is not a Loyalty Desktop project file. Open a .loyalty file, or import spreadsheets with File ▸ Import.</source><translation>{file}: dit is geen projectbestand van Loyalty Desktop. Open een .loyalty-bestand, of importeer spreadsheets met Bestand ▸ Importeren.</translation></message><message><source>{file}: this is a database from another program, not a Loyalty Desktop project. Nothing was changed.</source><translation>{file}: dit is een database van een ander programma, geen Loyalty Desktop-project. Er is niets gewijzigd.</translation></message><message><source>{file} was saved by a newer version of Loyalty Desktop (project format {found}; this version reads up to {supported}). Please update the app to open it. Nothing was changed.</source><translation>{file} is opgeslagen door een nieuwere versie van Loyalty Desktop (projectformaat {found}; deze versie leest tot en met {supported}). Werk de app bij om het te openen. Er is niets gewijzigd.</translation></message><message><source>{file}: the project file is damaged and cannot be opened ({detail}). Nothing was changed. If you have an autosave or backup copy, open that instead.</source><translation>{file}: het projectbestand is beschadigd en kan niet worden geopend ({detail}). Er is niets gewijzigd. Heb je een automatisch opgeslagen kopie of een back-up, open die dan.</translation></message><message><source>{file}: the file cannot be read ({detail}).</source><translation>{file}: het bestand kan niet worden gelezen ({detail}).</translation></message><message><source>Could not save {file}: {detail}. The previous version of the file is unchanged.</source><translation>Kon {file} niet opslaan: {detail}. De vorige versie van het bestand is ongewijzigd.</translation></message><message><source>Could not save {file}: the setting {key!r} cannot be stored ({detail}).</source><translation>Kon {file} niet opslaan: de instelling {key!r} kan niet worden bewaard ({detail}).</translation></message><message><source>Could not save {file}: the {table} table has two columns named {column!r}.</source><translation>Kon {file} niet opslaan: de tabel {table} heeft twee kolommen met de naam {column!r}.</translation></message><message><source>The file does not exist. Check the name and try again.</source><translation>Het bestand bestaat niet. Controleer de naam en probeer het opnieuw.</translation></message><message><source>This is a folder, not a file.</source><translation>Dit is een map, geen bestand.</translation></message><message><source>The compressed file expands to more than {limit} GB; it was not opened (a 'zip bomb'?).</source><translation>Het gecomprimeerde bestand wordt uitgepakt groter dan {limit} GB; het is niet geopend (een ‘zipbom’?).</translation></message><message><source>The compressed file is damaged ({detail}).</source><translation>Het gecomprimeerde bestand is beschadigd ({detail}).</translation></message><message><source>the payment has status "{value}": it was never completed, so it is not a purchase</source><translation>de betaling heeft de status "{value}": die is nooit voltooid en is dus geen aankoop</translation></message><message><source>the date is empty</source><translation>de datum ontbreekt</translation></message><message><source>this is not a date the app can read</source><translation>dit is geen datum die de app kan lezen</translation></message><message><source>the amount is empty</source><translation>het bedrag ontbreekt</translation></message><message><source>this is not a number</source><translation>dit is geen getal</translation></message><message><source>no customer id, e-mail, phone or name: a guest purchase that cannot be linked to a customer</source><translation>geen klant-id, e-mail, telefoonnummer of naam: een gastaankoop die niet aan een klant te koppelen is</translation></message><message><source>no customer id, e-mail, phone or name</source><translation>geen klant-id, e-mail, telefoonnummer of naam</translation></message><message><source>the same customer as row {row}</source><translation>dezelfde klant als rij {row}</translation></message><message><source>no score, satisfaction, comment or reason in this answer</source><translation>dit antwoord heeft geen score, tevredenheid, opmerking of reden</translation></message><message><source>an NPS score must be a whole number from 0 to 10</source><translation>een NPS-score moet een geheel getal van 0 tot en met 10 zijn</translation></message><message><source>a satisfaction answer must be a whole number from 1 to 5</source><translation>een tevredenheidsantwoord moet een geheel getal van 1 tot en met 5 zijn</translation></message><message><source>The sheet "{sheet}" spans {rows:,} rows × {cols:,} columns, more than the {limit:,} cells this app can open. Often there is formatting far below or to the right of the data: delete those rows and columns in Excel, or save the sheet as CSV.</source><translation>Het blad "{sheet}" beslaat {rows:,} rijen × {cols:,} kolommen, meer dan de {limit:,} cellen die deze app kan openen. Vaak staat er opmaak ver onder of rechts van de gegevens: verwijder die rijen en kolommen in Excel, of sla het blad op als CSV.</translation></message><message><source>The file is damaged or not a real spreadsheet ({detail}).</source><translation>Het bestand is beschadigd of geen echte spreadsheet ({detail}).</translation></message><message><source>The file is empty. Export the data again and choose this new file.</source><translation>Het bestand is leeg. Exporteer de gegevens opnieuw en kies dat nieuwe bestand.</translation></message><message><source>This does not look like a table: it contains binary data. Export the data as CSV or Excel (.xlsx) and try again.</source><translation>Dit lijkt geen tabel: het bevat binaire gegevens. Exporteer de gegevens als CSV of Excel (.xlsx) en probeer het opnieuw.</translation></message><message><source>The first line is longer than {limit:,} bytes; this does not look like a table export. Check that you chose the right file.</source><translation>De eerste regel is langer dan {limit:,} bytes; dit lijkt geen tabelexport. Controleer of je het juiste bestand hebt gekozen.</translation></message><message><source>The file has {count:,} or more columns; at most {limit:,} are supported. Check that you chose the right file and delimiter.</source><translation>Het bestand heeft {count:,} kolommen of meer; hoogstens {limit:,} worden ondersteund. Controleer of je het juiste bestand en scheidingsteken hebt gekozen.</translation></message><message><source>The workbook has no sheet named {sheet!r}. Sheets: {names}.</source><translation>De werkmap heeft geen blad met de naam {sheet!r}. Bladen: {names}.</translation></message><message><source>The workbook has no sheet with data.</source><translation>De werkmap heeft geen blad met gegevens.</translation></message><message><source>The dates in column "{column}" could be day/month or month/day (for example "{example}"). Choose the date order in the import window, or set "date_order": "dmy" or "mdy" in the config file.</source><translation>De datums in kolom "{column}" kunnen dag/maand of maand/dag zijn (bijvoorbeeld "{example}"). Kies de datumvolgorde in het importvenster, of zet "date_order": "dmy" of "mdy" in het configuratiebestand.</translation></message><message><source>The file mixes currencies ({listing}). Import each currency as its own file, or remove the rows in the other currency.</source><translation>Het bestand bevat meerdere valuta's ({listing}). Importeer elke valuta als een eigen bestand, of verwijder de rijen in de andere valuta.</translation></message></context><context><name>keyword groups</name><message><source>quality</source><translation>kwaliteit</translation></message><message><source>price</source><translation>prijs</translation></message><message><source>service</source><translation>service</translation></message><message><source>delivery</source><translation>levering</translation></message><message><source>staff</source><translation>personeel</translation></message><message><source>waiting</source><translation>wachttijd</translation></message><message><source>communication</source><translation>communicatie</translation></message><message><source>ease of use</source><translation>gebruiksgemak</translation></message><message><source>range</source><translation>assortiment</translation></message></context><context><name>lifespan</name><message><source>no customers yet</source><translation>nog geen klanten</translation></message><message><source>more than half of your customers are still active after {days} days, the longest time observed, so the median lifetime is longer than that</source><translation>meer dan de helft van je klanten is na {days} dagen, de langste waargenomen tijd, nog actief, dus de mediane klantduur is langer</translation></message><message><source>no customer has churned yet, so there is no lifecycle to show</source><translation>nog geen enkele klant is vertrokken, dus er is geen levenscyclus te tonen</translation></message></context><context><name>loyal_history</name><message><source>Loyal customers in {period}</source><translation>Loyale klanten in {period}</translation></message><message><source>Survey answers and model estimates use today's values for every period.</source><translation>Enquêteantwoorden en modelschattingen gebruiken voor elke periode de huidige waarden.</translation></message></context><context><name>nps</name><message><source>only {n} answers (fewer than {min}); treat the score as a rough indication</source><translation>slechts {n} antwoorden (minder dan {min}); zie de score als een ruwe indicatie</translation></message><message><source>only one answer; treat the score as a rough indication</source><translation>slechts één antwoord; zie de score als een ruwe indicatie</translation></message><message><source>the 95 % interval is ±{half:.1f} points wide (more than ±{max:.0f})</source><translation>het 95 %-interval is ±{half:.1f} punten breed (meer dan ±{max:.0f})</translation></message><message><source>no answers</source><translation>geen antwoorden</translation></message><message><source>The rise from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>De stijging van {a:.0f} naar {b:.0f} kan toeval zijn: p = {p:.2f}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>De daling van {a:.0f} naar {b:.0f} kan toeval zijn: p = {p:.2f}.</translation></message><message><source>The rise from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>De stijging van {a:.0f} naar {b:.0f} is waarschijnlijk geen toeval: p {p_text}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>De daling van {a:.0f} naar {b:.0f} is waarschijnlijk geen toeval: p {p_text}.</translation></message><message><source>{a_label} and {b_label} have the same score ({a:.0f}); there is no difference to explain.</source><translation>{a_label} en {b_label} hebben dezelfde score ({a:.0f}); er is geen verschil te verklaren.</translation></message><message><source>{a_label} and {b_label} cannot be compared: one of them has no answers.</source><translation>{a_label} en {b_label} zijn niet te vergelijken: een van beide heeft geen antwoorden.</translation></message><message><source>no date</source><translation>geen datum</translation></message><message><source>The answers have no wave column, so waves are half-years of the answer date instead.</source><translation>De antwoorden hebben geen kolom voor de ronde, dus de rondes zijn halfjaren van de antwoorddatum.</translation></message><message><source>Loyal</source><translation>Loyaal</translation></message><message><source>Rest</source><translation>Overige</translation></message></context><context><name>progress</name><message><source>Applying the filter</source><translation>Filter toepassen</translation></message><message><source>Building the customer table</source><translation>Klantentabel opbouwen</translation></message><message><source>Checking the rows</source><translation>Rijen controleren</translation></message><message><source>Cohorts, lifespan and value</source><translation>Cohorten, klantduur en waarde</translation></message><message><source>Demo ready</source><translation>Demo klaar</translation></message><message><source>Done</source><translation>Klaar</translation></message><message><source>Finding customers at risk</source><translation>Klanten met risico zoeken</translation></message><message><source>Opening the demo project</source><translation>Demoproject openen</translation></message><message><source>Preparing orders</source><translation>Bestellingen voorbereiden</translation></message><message><source>Reading the file</source><translation>Bestand lezen</translation></message><message><source>Reading the first rows</source><translation>Eerste rijen lezen</translation></message><message><source>Retention per period</source><translation>Klantbehoud per periode</translation></message><message><source>Saving the demo project</source><translation>Demoproject opslaan</translation></message><message><source>Segments</source><translation>Segmenten</translation></message><message><source>Survey answers</source><translation>Enquêteantwoorden</translation></message><message><source>Writing the demo export files</source><translation>Exportbestanden van de demo schrijven</translation></message><message><source>Writing the list</source><translation>Lijst schrijven</translation></message><message><source>Saved</source><translation>Opgeslagen</translation></message></context><context><name>representativeness</name><message><source>spend band</source><translation>bestedingsklasse</translation></message><message><source>{lo:,.0f}–{hi:,.0f}</source><translation>{lo:,.0f}–{hi:,.0f}</translation></message><message><source>Your {n:,} respondents look like your customers by {dimension} (chi-square p = {p:.2f}): no group is clearly over- or under-represented.</source><translation>Je {n:,} respondenten lijken op je klanten wat betreft {dimension} (chikwadraat p = {p:.2f}): geen groep is duidelijk over- of ondervertegenwoordigd.</translation></message><message><source>Your respondents differ from your customers by {dimension} (chi-square p {p_text}): {over} is over-represented ({over_resp:.0%} of answers vs {over_cust:.0%} of customers) and {under} under-represented ({under_resp:.0%} vs {under_cust:.0%}). Keep that in mind when reading the survey results.</source><translation>Je respondenten verschillen van je klanten wat betreft {dimension} (chikwadraat p {p_text}): {over} is oververtegenwoordigd ({over_resp:.0%} van de antwoorden tegen {over_cust:.0%} van de klanten) en {under} ondervertegenwoordigd ({under_resp:.0%} tegen {under_cust:.0%}). Houd daar rekening mee bij het lezen van de resultaten.</translation></message><message><source> Some groups are small, so the test is only a rough guide.</source><translation> Sommige groepen zijn klein, dus de toets is alleen een ruwe indicatie.</translation></message><message><source>All customers are in one {dimension} group; there is nothing to compare.</source><translation>Alle klanten zitten in één groep voor {dimension}; er valt niets te vergelijken.</translation></message><message><source>None of your customers answered the survey (or answers could not be matched to customers), so representativeness cannot be judged.</source><translation>Geen van je klanten heeft de enquête beantwoord (of de antwoorden konden niet aan klanten worden gekoppeld), dus de representativiteit is niet te beoordelen.</translation></message><message><source>(none)</source><translation>(geen)</translation></message><message><source>Every one of these customers answered, so the respondents are the customers.</source><translation>Al deze klanten hebben geantwoord, dus de respondenten zijn de klanten.</translation></message></context><context><name>responses</name><message><source>{matched:,} of {n:,} answers ({rate:.0%}) matched a customer: {by_id:,} by customer id, {by_email:,} by e-mail. Unmatched answers still count for NPS.</source><translation>{matched:,} van {n:,} antwoorden ({rate:.0%}) zijn aan een klant gekoppeld: {by_id:,} via klantnummer, {by_email:,} via e-mail. Niet-gekoppelde antwoorden tellen wel mee voor de NPS.</translation></message><message><source>There are no survey answers to match.</source><translation>Er zijn geen enquêteantwoorden om te koppelen.</translation></message><message><source>“{value}” is not a score from {low} to {high}</source><translation>‘{value}’ is geen score van {low} tot {high}</translation></message><message><source>“{value}” is not a date and time</source><translation>‘{value}’ is geen datum en tijd</translation></message></context><context><name>retention</name><message><source>no active customers at the start of this period, so there is nothing to retain</source><translation>geen actieve klanten aan het begin van deze periode, dus er valt niets te behouden</translation></message><message><source>period still running: end counts are as of {as_of}</source><translation>periode loopt nog: de eindcijfers gelden per {as_of}</translation></message></context><context><name>rfm</name><message><source>Bought recently and buy often.</source><translation>Kochten kort geleden en kopen vaak.</translation></message><message><source>Buy often and still come back.</source><translation>Kopen vaak en komen nog steeds terug.</translation></message><message><source>Recent customers who have bought more than once.</source><translation>Recente klanten die meer dan eens hebben gekocht.</translation></message><message><source>Bought recently, for the first time or rarely.</source><translation>Kochten kort geleden, voor het eerst of zelden.</translation></message><message><source>Fairly recent, but do not buy often yet.</source><translation>Vrij recent, maar kopen nog niet vaak.</translation></message><message><source>Average recency and frequency: could go either way.</source><translation>Gemiddelde recentheid en frequentie: kan alle kanten op.</translation></message><message><source>Not seen for a while and rarely bought.</source><translation>Al een tijd niet gezien en kochten zelden.</translation></message><message><source>Used to buy regularly but have not come back for a long time.</source><translation>Kochten vroeger regelmatig, maar zijn al lang niet teruggekomen.</translation></message><message><source>Bought most often, but not for a long time.</source><translation>Kochten het vaakst, maar al lang niet meer.</translation></message><message><source>Long ago and rarely.</source><translation>Lang geleden en zelden.</translation></message><message><source>Longest ago and least often.</source><translation>Het langst geleden en het minst vaak.</translation></message></context><context><name>risk</name><message><source>last bought {days} days ago; usually every {gap}</source><translation>kocht {days} dagen geleden voor het laatst; meestal om de {gap}</translation></message><message><source>bought {last} times in the last {period} days, {previous} in the {period} before</source><translation>kocht {last} keer in de laatste {period} dagen, {previous} keer in de {period} dagen daarvoor</translation></message><message><source>bought once in the last {period} days, {previous} times in the {period} before</source><translation>kocht één keer in de laatste {period} dagen, {previous} keer in de {period} dagen daarvoor</translation></message><message><source>no purchase in the last {period} days, {previous} in the {period} before</source><translation>geen aankoop in de laatste {period} dagen, {previous} in de {period} dagen daarvoor</translation></message><message><source>gave a score of {score} out of 10</source><translation>gaf een score van {score} uit 10</translation></message><message><source>rated satisfaction {value} out of 5</source><translation>gaf tevredenheid {value} uit 5</translation></message><message><source>returned an order in the last {period} days</source><translation>stuurde een order terug in de laatste {period} dagen</translation></message><message><source>returned {n} orders in the last {period} days</source><translation>stuurde {n} orders terug in de laatste {period} dagen</translation></message><message><source>probably no longer buying: {p:.0%} chance they are still a customer</source><translation>koopt waarschijnlijk niet meer: {p:.0%} kans dat dit nog een klant is</translation></message><message><source>value at risk = (1 − chance still a customer) × predicted value</source><translation>waarde op het spel = (1 − kans dat iemand nog klant is) × voorspelde waarde</translation></message><message><source>value at risk = the whole predicted value of customers with a warning sign (the chance that a customer is still buying could not be estimated)</source><translation>waarde op het spel = de hele voorspelde waarde van klanten met een waarschuwingssignaal (de kans dat een klant nog koopt, kon niet worden geschat)</translation></message></context><context><name>rule values</name><message><source>active</source><translation>actief</translation></message><message><source>churned</source><translation>verloren</translation></message><message><source>promoter</source><translation>promotor</translation></message><message><source>passive</source><translation>passief</translation></message><message><source>detractor</source><translation>criticaster</translation></message><message><source>yes</source><translation>ja</translation></message><message><source>no</source><translation>nee</translation></message></context><context><name>rule_fields</name><message><source>Imported from your customer list (column “{name}”).</source><translation>Geïmporteerd uit je klantenlijst (kolom ‘{name}’).</translation></message><message><source>Customer since</source><translation>Klant sinds</translation></message><message><source>City</source><translation>Plaats</translation></message><message><source>Channel</source><translation>Kanaal</translation></message><message><source>Store</source><translation>Winkel</translation></message><message><source>Gender</source><translation>Geslacht</translation></message><message><source>Date of birth</source><translation>Geboortedatum</translation></message><message><source>Postcode</source><translation>Postcode</translation></message><message><source>Country</source><translation>Land</translation></message></context><context><name>rules</name><message><source>{where}: expected {{"name", "match", "conditions"}}, not {value}.</source><translation>{where}: verwacht {{"name", "match", "conditions"}}, niet {value}.</translation></message><message><source>{where}: the rule needs a name.</source><translation>{where}: de regel heeft een naam nodig.</translation></message><message><source>{where}: "match" must be "all" or "any", not {value}.</source><translation>{where}: "match" moet "all" of "any" zijn, niet {value}.</translation></message><message><source>{where}: there are no conditions; add at least one.</source><translation>{where}: er zijn geen voorwaarden; voeg er minstens één toe.</translation></message><message><source>{where}: "conditions" must be a list, not {value}.</source><translation>{where}: "conditions" moet een lijst zijn, niet {value}.</translation></message><message><source>{where}: groups can only be nested one level deep.</source><translation>{where}: groepen kunnen maar één niveau diep genest worden.</translation></message><message><source>{where}: expected a condition {{"field", "op", "value"}} or a group {{"match", "conditions"}}, not {value}.</source><translation>{where}: verwacht een voorwaarde {{"field", "op", "value"}} of een groep {{"match", "conditions"}}, niet {value}.</translation></message><message><source>{where}: unknown operator {value}; use one of {choices}.</source><translation>{where}: onbekende operator {value}; gebruik een van {choices}.</translation></message><message><source>{where}: the condition names no field.</source><translation>{where}: de voorwaarde noemt geen veld.</translation></message><message><source>{where}: unknown field "{field}".{hint}</source><translation>{where}: onbekend veld "{field}".{hint}</translation></message><message><source>{where}: "{op}" cannot be used with "{field}" ({kind}); use one of {choices}.</source><translation>{where}: "{op}" kan niet met "{field}" ({kind}) worden gebruikt; gebruik een van {choices}.</translation></message><message><source>{where}: "{field}" needs a number, not {value}.</source><translation>{where}: "{field}" heeft een getal nodig, niet {value}.</translation></message><message><source>{where}: "{field}" needs a date written as YYYY-MM-DD, not {value}.</source><translation>{where}: "{field}" heeft een datum nodig in de vorm JJJJ-MM-DD, niet {value}.</translation></message><message><source>{where}: "{field}" needs a text value, not {value}.</source><translation>{where}: "{field}" heeft een tekst nodig, niet {value}.</translation></message><message><source>{where}: "between" needs two values [from, to], not {value}.</source><translation>{where}: "between" heeft twee waarden nodig [van, tot], niet {value}.</translation></message><message><source>{where}: "between" goes from {low} to {high}; the first must not be larger.</source><translation>{where}: "between" loopt van {low} tot {high}; de eerste mag niet groter zijn.</translation></message><message><source>{where}: "{op}" needs a list of at least one value, not {value}.</source><translation>{where}: "{op}" heeft een lijst met minstens één waarde nodig, niet {value}.</translation></message><message><source>{where}: "{op}" takes no value, but got {value}.</source><translation>{where}: "{op}" neemt geen waarde, maar kreeg {value}.</translation></message><message><source>{where}: "{op}" needs a value.</source><translation>{where}: "{op}" heeft een waarde nodig.</translation></message><message><source> Did you mean "{match}"?</source><translation> Bedoelde je "{match}"?</translation></message><message><source>Rule "{name}"</source><translation>Regel "{name}"</translation></message><message><source>Unnamed rule</source><translation>Naamloze regel</translation></message><message><source>condition {path}</source><translation>voorwaarde {path}</translation></message><message><source>Two segments are called "{name}"; give each segment its own name.</source><translation>Twee segmenten heten "{name}"; geef elk segment een eigen naam.</translation></message><message><source>at least</source><translation>minstens</translation></message><message><source>more than</source><translation>meer dan</translation></message><message><source>at most</source><translation>hoogstens</translation></message><message><source>less than</source><translation>minder dan</translation></message><message><source>is</source><translation>is</translation></message><message><source>is not</source><translation>is niet</translation></message><message><source>between</source><translation>tussen</translation></message><message><source>is one of</source><translation>is een van</translation></message><message><source>is none of</source><translation>is geen van</translation></message><message><source>contains</source><translation>bevat</translation></message><message><source>is empty</source><translation>ontbreekt</translation></message><message><source>is known</source><translation>is bekend</translation></message><message><source> and </source><translation> en </translation></message><message><source> or </source><translation> of </translation></message></context><context><name>satisfaction</name><message><source>very dissatisfied</source><translation>zeer ontevreden</translation></message><message><source>dissatisfied</source><translation>ontevreden</translation></message><message><source>neutral</source><translation>neutraal</translation></message><message><source>satisfied</source><translation>tevreden</translation></message><message><source>very satisfied</source><translation>zeer tevreden</translation></message><message><source>promoters</source><translation>promotors</translation></message><message><source>passives</source><translation>passieven</translation></message><message><source>detractors</source><translation>criticasters</translation></message><message><source>very satisfied customers</source><translation>zeer tevreden klanten</translation></message><message><source>satisfied customers</source><translation>tevreden klanten</translation></message><message><source>not enough data: {n} answers with a full {days}-day window (need {min})</source><translation>te weinig gegevens: {n} antwoorden met een volledige periode van {days} dagen (nodig: {min})</translation></message><message><source>{hi_label} bought again within {days} days {ratio:.1f} times as often as {lo_label} ({hi_rate:.0%} of {hi_n} vs {lo_rate:.0%} of {lo_n}); {chance}</source><translation>{hi_label} kochten binnen {days} dagen {ratio:.1f} keer zo vaak opnieuw als {lo_label} ({hi_rate:.0%} van {hi_n} tegen {lo_rate:.0%} van {lo_n}); {chance}</translation></message><message><source>{hi_label}: {hi_rate:.0%} of {hi_n} bought again within {days} days, {lo_label}: none of {lo_n}; {chance}</source><translation>{hi_label}: {hi_rate:.0%} van {hi_n} kocht binnen {days} dagen opnieuw, {lo_label}: niemand van {lo_n}; {chance}</translation></message><message><source>this difference could be chance (p = {p:.2f}).</source><translation>dit verschil kan toeval zijn (p = {p:.2f}).</translation></message><message><source>this difference is unlikely to be chance (p {p_text}).</source><translation>dit verschil is waarschijnlijk geen toeval (p {p_text}).</translation></message><message><source>Not enough data yet to compare {hi_label} with {lo_label}.</source><translation>Nog te weinig gegevens om {hi_label} met {lo_label} te vergelijken.</translation></message></context><context><name>segment names</name><message><source>Champions</source><translation>Topklanten</translation></message><message><source>Loyal customers</source><translation>Trouwe klanten</translation></message><message><source>Potential loyalists</source><translation>Potentieel trouw</translation></message><message><source>New customers</source><translation>Nieuwe klanten</translation></message><message><source>Promising</source><translation>Veelbelovend</translation></message><message><source>Need attention</source><translation>Aandacht nodig</translation></message><message><source>About to sleep</source><translation>Bijna inactief</translation></message><message><source>At risk</source><translation>Lopen risico</translation></message><message><source>Can't lose them</source><translation>Mag je niet kwijtraken</translation></message><message><source>Hibernating</source><translation>Slapend</translation></message><message><source>Lost</source><translation>Verloren</translation></message><message><source>Loyal</source><translation>Loyaal</translation></message><message><source>Regulars</source><translation>Vaste klanten</translation></message><message><source>At-risk big spenders</source><translation>Grote klanten die risico lopen</translation></message><message><source>Promoters</source><translation>Promotors</translation></message><message><source>Detractors</source><translation>Criticasters</translation></message><message><source>New this quarter</source><translation>Nieuw dit kwartaal</translation></message><message><source>Lapsed</source><translation>Afgehaakt</translation></message></context><context><name>segment templates</name><message><source>Customer for at least a year, 4 or more purchases in the last year, still active, and not a detractor.</source><translation>Minstens een jaar klant, 4 of meer aankopen in het afgelopen jaar, nog actief en geen criticaster.</translation></message><message><source>Active customers who bought 4 or more times in the last year.</source><translation>Actieve klanten die het afgelopen jaar 4 keer of vaker kochten.</translation></message><message><source>Top two fifths by spend (spend score 4–5) who have not bought for a long time (recency score 1–2).</source><translation>De twee vijfde die het meest besteden (bestedingsscore 4–5) maar al lang niets kochten (recentheidsscore 1–2).</translation></message><message><source>Answered 9 or 10 to 'How likely are you to recommend us?'.</source><translation>Gaf een 9 of 10 op ‘Hoe waarschijnlijk is het dat je ons aanbeveelt?’.</translation></message><message><source>Answered 0 to 6 to 'How likely are you to recommend us?'.</source><translation>Gaf een 0 t/m 6 op ‘Hoe waarschijnlijk is het dat je ons aanbeveelt?’.</translation></message><message><source>First purchase within the last 3 months.</source><translation>Eerste aankoop in de afgelopen 3 maanden.</translation></message><message><source>No purchase within the inactivity window: counted as churned.</source><translation>Geen aankoop binnen de inactiviteitsperiode: telt als verloren.</translation></message></context><context><name>segment_retention</name><message><source>In {period}: {sentence}</source><translation>In {period}: {sentence}</translation></message><message><source>There is no complete period yet, so retention cannot be compared.</source><translation>Er is nog geen volledige periode, dus het klantbehoud is niet te vergelijken.</translation></message></context><context><name>segments</name><message><source>All customers</source><translation>Alle klanten</translation></message><message><source>Everyone else</source><translation>Alle anderen</translation></message><message><source>{problem} This segment is left out until it is corrected.</source><translation>{problem} Dit segment telt pas mee als het is verbeterd.</translation></message></context><context><name>value</name><message><source>no customer has made a purchase yet</source><translation>nog geen enkele klant heeft iets gekocht</translation></message><message><source>no customer is active at the end of the data</source><translation>geen enkele klant is actief aan het eind van de gegevens</translation></message><message><source>annual retention could not be measured (no complete period had customers at its start); set an expected lifetime in the definitions</source><translation>het klantbehoud per jaar kon niet worden gemeten (geen volledige periode had klanten aan het begin); stel een verwachte klantduur in bij de definities</translation></message><message><source>every customer was retained, so the expected lifetime is unlimited; set an expected lifetime in the definitions</source><translation>alle klanten zijn behouden, dus de verwachte klantduur is onbegrensd; stel een verwachte klantduur in bij de definities</translation></message><message><source>expected lifetime {years:.1f} years, set by you</source><translation>verwachte klantduur {years:.1f} jaar, door jou ingesteld</translation></message><message><source>expected lifetime {years:.1f} years = 1 / (1 − {retention:.0f} % measured annual retention)</source><translation>verwachte klantduur {years:.1f} jaar = 1 / (1 − {retention:.0f} % gemeten klantbehoud per jaar)</translation></message><message><source>no customer churned between {start} and {end}</source><translation>geen enkele klant vertrok tussen {start} en {end}</translation></message><message><source>your data span fewer than {min_days} days, too few to estimate purchases per year</source><translation>je gegevens beslaan minder dan {min_days} dagen, te weinig om aankopen per jaar te schatten</translation></message><message><source>your data cover {days} days, less than a year, so the yearly figure is scaled up from them</source><translation>je gegevens beslaan {days} dagen, minder dan een jaar, dus het jaarcijfer is daaruit opgeschaald</translation></message></context><context><name>view_filter</name><message><source>Segment: {name}</source><translation>Segment: {name}</translation></message><message><source>{start} – {end}</source><translation>{start} – {end}</translation></message><message><source>from {start}</source><translation>vanaf {start}</translation></message><message><source>until {end}</source><translation>tot en met {end}</translation></message><message><source>Only the {count} customers of the segment {name} (members as of {as_of}) with their orders and answers.</source><translation>Alleen de {count} klanten van het segment {name} (leden op {as_of}) met hun bestellingen en antwoorden.</translation></message><message><source>Reported from {start} to {end}; purchases before {start} still decide who is an existing customer.</source><translation>Getoond van {start} tot {end}; aankopen vóór {start} bepalen nog steeds wie al klant is.</translation></message><message><source>Data after {end} left out.</source><translation>Gegevens na {end} zijn weggelaten.</translation></message></context><context><name>voice_groups</name><message><source>RFM segment</source><translation>RFM-segment</translation></message><message><source>loyal or not</source><translation>loyaal of niet</translation></message><message><source>Loyal</source><translation>Loyaal</translation></message><message><source>Everyone else</source><translation>Alle anderen</translation></message><message><source>spend band</source><translation>bestedingsklasse</translation></message></context></TS>