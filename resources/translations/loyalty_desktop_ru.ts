<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name />
    <message>
        <source>Customers gained and lost per period</source>
        <translation>Новые и потерянные клиенты по периодам</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушли</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>%1 · new customers: %2</source>
        <translation>%1 · новые клиенты: %2</translation>
    </message>
    <message>
        <source>%1 · came back: %2</source>
        <translation>%1 · вернулись: %2</translation>
    </message>
    <message>
        <source>%1 · churned: %2</source>
        <translation>%1 · ушли: %2</translation>
    </message>
    <message>
        <source>Retention and churn rate</source>
        <translation>Удержание и отток</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Retention incl. returning</source>
        <translation>Удержание с вернувшимися</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Ориентир</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>% of customers at period start</source>
        <translation>% клиентов на начало периода</translation>
    </message>
    <message>
        <source>%1 · retention rate %2: %3 of %4 customers kept</source>
        <translation>%1 · удержание %2: удержано %3 из %4 клиентов</translation>
    </message>
    <message>
        <source>%1 · retention incl. returning %2</source>
        <translation>%1 · удержание с вернувшимися %2</translation>
    </message>
    <message>
        <source>%1 · churn rate %2: %3 of %4 customers lost</source>
        <translation>%1 · отток %2: потеряно %3 из %4 клиентов</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <extracomment>NPS category → colour (Okabe–Ito; the passive grey reads as "neither"). Longest category name on a horizontal bar chart's axis before it is shortened with "…".</extracomment>
        <translation>Критики (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Нейтральные (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Промоутеры (9–10)</translation>
    </message>
    <message>
        <source>Net Promoter Score per survey wave</source>
        <translation>Индекс NPS по волнам опроса</translation>
    </message>
    <message>
        <source>%1: NPS %2 (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: NPS %2 (95 % интервал от %3 до %4), ответов: %5</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Неточно: %1</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (от −100 до 100)</translation>
    </message>
    <message>
        <source>Hollow grey points are uncertain: fewer than 30 answers or an interval wider than ±10 points.</source>
        <translation>Пустые серые точки — неточные значения: меньше 30 ответов или интервал шире ±10 пунктов.</translation>
    </message>
    <message>
        <source>Answers to “How likely are you to recommend us?”</source>
        <translation>Ответы на вопрос «Насколько вероятно, что вы порекомендуете нас?»</translation>
    </message>
    <message>
        <source>Score %1: %2 answers (%3)</source>
        <translation>Оценка %1: ответов %2 (%3)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Bought again after answering, by satisfaction</source>
        <translation>Купили снова после ответа, по уровню удовлетворённости</translation>
    </message>
    <message>
        <source>Bought again after answering, by NPS category</source>
        <translation>Купили снова после ответа, по категории NPS</translation>
    </message>
    <message>
        <source>%1: %2 bought again (95 % interval %3 to %4), %5 answers</source>
        <translation>%1: %2 купили снова (95 % интервал от %3 до %4), ответов: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>% who bought again</source>
        <translation>% купивших снова</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>What the comments talk about</source>
        <translation>О чём пишут в комментариях</translation>
    </message>
    <message>
        <source>%1: %2 comments — %3 from detractors, %4 from promoters (click for examples)</source>
        <translation>%1: комментариев %2 — %3 от критиков, %4 от промоутеров (нажмите, чтобы увидеть примеры)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Why customers say they left</source>
        <translation>Почему, по словам клиентов, они ушли</translation>
    </message>
    <message>
        <source>%1: %2 answers (%3)</source>
        <translation>%1: ответов %2 (%3)</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of that cause's keywords in its own language (en, sv, da, nl, ru; the keyword lists can be edited); colours show the answer's NPS category. </source>
        <translation>Комментарий относится к причине, если содержит одно из её ключевых слов на своём языке (en, sv, da, nl, ru; списки можно изменить); цвет показывает категорию NPS ответа. </translation>
    </message>
    <message>
        <source>Answers to the “why did you leave” question, grouped ignoring case and spacing. </source>
        <translation>Ответы на вопрос «почему вы ушли», сгруппированные без учёта регистра и пробелов. </translation>
    </message>
    <message>
        <source>No lifetime-value prediction yet, so each customer's value so far is shown (net revenue × margin).</source>
        <extracomment>Histogram bins of the value distribution; the top 5 % is gathered in the last bin so a few very large customers do not squeeze everyone else into the first bar.</extracomment>
        <translation>Прогноза пожизненной ценности пока нет, поэтому показана ценность каждого клиента на сегодня (чистая выручка × маржа).</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value</source>
        <translation>Прогноз пожизненной ценности клиента</translation>
    </message>
    <message>
        <source>Customer value so far</source>
        <translation>Ценность клиента на сегодня</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value (BG/NBD and Gamma-Gamma)</source>
        <translation>Прогноз пожизненной ценности клиента (BG/NBD и Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value (MBG/NBD and Gamma-Gamma)</source>
        <translation>Прогноз пожизненной ценности клиента (MBG/NBD и Gamma-Gamma)</translation>
    </message>
    <message>
        <source>Customer lifetime value, simple estimate</source>
        <translation>Пожизненная ценность клиента, простая оценка</translation>
    </message>
    <message>
        <source>Simple CLV = annual value × margin × (1 + d) / (1 + d − r): %1.</source>
        <translation>Простая CLV = годовая ценность × маржа × (1 + d) / (1 + d − r): %1.</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Модель: %1.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 и больше</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>%1: %2 customers</source>
        <translation>%1: клиентов %2</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <source>Value per customer (%1)</source>
        <translation>Ценность на клиента (%1)</translation>
    </message>
    <message>
        <source>What churned customers cost you</source>
        <translation>Во что вам обходятся ушедшие клиенты</translation>
    </message>
    <message>
        <source>Revenue lost this year</source>
        <translation>Выручка, потерянная в этом году</translation>
    </message>
    <message>
        <source>Lifetime value lost</source>
        <translation>Потерянная пожизненная ценность</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1: %2 (%3 customers)</source>
        <translation>%1: %2 (клиентов: %3)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>%1 customers churned between %2 and %3. Their purchases in a year came to %4; over the time they would have stayed, they were worth %5 to you.</source>
        <translation>Между %2 и %3 ушло клиентов: %1. Их покупки за год составляли %4; за то время, что они могли бы остаться, они принесли бы вам %5.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>неизвестную сумму</translation>
    </message>
    <message>
        <source>How long churned customers stayed</source>
        <translation>Сколько оставались ушедшие клиенты</translation>
    </message>
    <message>
        <source>%1–%2 months: %3 customers (%4)</source>
        <translation>%1–%2 мес.: клиентов %3 (%4)</translation>
    </message>
    <message>
        <source>Months from first purchase to churn</source>
        <translation>Месяцы от первой покупки до ухода</translation>
    </message>
    <message>
        <source>Share of customers still active, by months since their first purchase</source>
        <translation>Доля всё ещё активных клиентов по месяцам с первой покупки</translation>
    </message>
    <message>
        <source>median %1 months</source>
        <translation>медиана %1 мес.</translation>
    </message>
    <message>
        <source>% still active</source>
        <translation>% всё ещё активны</translation>
    </message>
    <message>
        <source>Months since first purchase</source>
        <translation>Месяцы с первой покупки</translation>
    </message>
    <message>
        <source>%1 months after the first purchase: %2 still active</source>
        <translation>Через %1 мес. после первой покупки: %2 всё ещё активны</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <source>Retention rate (last full period)</source>
        <translation>Удержание (последний полный период)</translation>
    </message>
    <message>
        <source>Churn rate (last full period)</source>
        <translation>Отток (последний полный период)</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Доля повторных покупателей</translation>
    </message>
    <message>
        <source>between</source>
        <extracomment>Operators that make sense for each kind of field (SPEC §4 lists them all). The operators that are words are shown in the forms through ``self.tr(op)``: marked here.</extracomment>
        <translation>между</translation>
    </message>
    <message>
        <source>in</source>
        <translation>одно из</translation>
    </message>
    <message>
        <source>not in</source>
        <translation>ни одно из</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <source>Customer for</source>
        <extracomment>RFM segment names, best first (the grid is documented in ``rfm.py``). Attribute columns with at most this many distinct values offer a choice list. The built-in fields (English templates), in the order the form lists them.</extracomment>
        <translation>Стаж клиента</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>Months since the customer's first purchase.</source>
        <translation>Месяцев с первой покупки клиента.</translation>
    </message>
    <message>
        <source>Customer for (days)</source>
        <translation>Стаж клиента (дни)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Days since the customer's first purchase.</source>
        <translation>Дней с первой покупки клиента.</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <source>Days between the customer's last purchase and the analysis date.</source>
        <translation>Дней между последней покупкой клиента и датой анализа.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>покупок</translation>
    </message>
    <message>
        <source>Number of purchases (orders with a positive amount) ever.</source>
        <translation>Число покупок (заказов с положительной суммой) за всё время.</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Дней с покупками</translation>
    </message>
    <message>
        <source>Number of different days on which the customer bought.</source>
        <translation>Число разных дней, в которые клиент делал покупки.</translation>
    </message>
    <message>
        <source>Purchases in the last year</source>
        <translation>Покупок за последний год</translation>
    </message>
    <message>
        <source>Purchases in the 365 days up to the analysis date.</source>
        <translation>Покупок за 365 дней до даты анализа.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>money</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>Net revenue from the customer ever (refunds subtracted).</source>
        <translation>Чистая выручка от клиента за всё время (за вычетом возвратов).</translation>
    </message>
    <message>
        <source>Spend in the last year</source>
        <translation>Сумма покупок за последний год</translation>
    </message>
    <message>
        <source>Net revenue from the customer in the 365 days up to the analysis date.</source>
        <translation>Чистая выручка от клиента за 365 дней до даты анализа.</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>The customer's spend divided by their number of purchases.</source>
        <translation>Сумма покупок клиента, делённая на число покупок.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>возвратов</translation>
    </message>
    <message>
        <source>Number of refund orders (net amount zero or less).</source>
        <translation>Число заказов-возвратов (чистая сумма ноль или меньше).</translation>
    </message>
    <message>
        <source>Amount returned</source>
        <translation>Сумма возвратов</translation>
    </message>
    <message>
        <source>Money refunded to the customer.</source>
        <translation>Деньги, возвращённые клиенту.</translation>
    </message>
    <message>
        <source>Typical days between purchases</source>
        <translation>Обычный интервал между покупками</translation>
    </message>
    <message>
        <source>Median days between the customer's purchases (empty for one-time buyers).</source>
        <translation>Медиана дней между покупками клиента (пусто для купивших один раз).</translation>
    </message>
    <message>
        <source>Lifespan</source>
        <translation>Срок жизни</translation>
    </message>
    <message>
        <source>Days from first purchase to churn (or to the analysis date if still active).</source>
        <translation>Дней от первой покупки до ухода (или до даты анализа, если клиент ещё активен).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Active, or churned: no purchase within the inactivity window.</source>
        <translation>Активен или ушёл: нет покупок в пределах окна неактивности.</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Day of the customer's first purchase.</source>
        <translation>День первой покупки клиента.</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Day of the customer's last purchase.</source>
        <translation>День последней покупки клиента.</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>Last purchase plus the inactivity window, for churned customers.</source>
        <translation>Последняя покупка плюс окно неактивности — для ушедших клиентов.</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-сегмент</translation>
    </message>
    <message>
        <source>Named group from recency and frequency scores (Champions, At risk …).</source>
        <translation>Группа с названием по оценкам давности и частоты покупок (Champions, At risk …).</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>Оценка давности</translation>
    </message>
    <message>
        <source>score 1–5</source>
        <translation>балл 1–5</translation>
    </message>
    <message>
        <source>5 = bought most recently (top fifth of customers), 1 = longest ago.</source>
        <translation>5 — покупали совсем недавно (верхняя пятая часть клиентов), 1 — дольше всех назад.</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>Оценка частоты</translation>
    </message>
    <message>
        <source>5 = buys most often (top fifth of customers), 1 = least often.</source>
        <translation>5 — покупают чаще всех (верхняя пятая часть клиентов), 1 — реже всех.</translation>
    </message>
    <message>
        <source>Spend score</source>
        <translation>Оценка суммы покупок</translation>
    </message>
    <message>
        <source>5 = spends most (top fifth of customers), 1 = least.</source>
        <translation>5 — тратят больше всех (верхняя пятая часть клиентов), 1 — меньше всех.</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Готовность рекомендовать (0–10)</translation>
    </message>
    <message>
        <source>score 0–10</source>
        <translation>балл 0–10</translation>
    </message>
    <message>
        <source>The customer's latest answer to 'How likely are you to recommend us?'.</source>
        <translation>Последний ответ клиента на вопрос «Насколько вероятно, что вы порекомендуете нас?».</translation>
    </message>
    <message>
        <source>Promoter / passive / detractor</source>
        <translation>Промоутер / нейтрал / критик</translation>
    </message>
    <message>
        <source>Promoter (9–10), passive (7–8) or detractor (0–6) from the latest answer.</source>
        <translation>Промоутер (9–10), нейтрал (7–8) или критик (0–6) по последнему ответу.</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Удовлетворённость (1–5)</translation>
    </message>
    <message>
        <source>The customer's latest satisfaction answer, 5 = very satisfied.</source>
        <translation>Последний ответ клиента об удовлетворённости, 5 — очень доволен.</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Вероятность, что клиент ещё с вами</translation>
    </message>
    <message>
        <source>probability 0–1</source>
        <translation>вероятность 0–1</translation>
    </message>
    <message>
        <source>Model estimate that the customer has not silently left (BG/NBD).</source>
        <translation>Оценка модели, что клиент не ушёл незаметно (BG/NBD).</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>Прогноз пожизненной ценности</translation>
    </message>
    <message>
        <source>Model estimate of the customer's future value over the CLV horizon.</source>
        <translation>Оценка модели: будущая ценность клиента на горизонте CLV.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Average customer lifespan</source>
        <translation>Средний срок жизни клиента</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Слабая сторона</translation>
    </message>
    <message>
        <source>On par</source>
        <translation>На уровне</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>ориентир %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>полугодие</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Пока недостаточно данных.</translation>
    </message>
    <message>
        <source>You keep %1 of customers from one %2 to the next</source>
        <translation>Вы сохраняете %1 клиентов от периода к периоду (%2)</translation>
    </message>
    <message>
        <source>%1 of customers active at the start of the last %2 stopped buying</source>
        <translation>%1 клиентов, активных в начале последнего периода (%2), перестали покупать</translation>
    </message>
    <message>
        <source>%1 of your customers have bought more than once</source>
        <translation>%1 ваших клиентов покупали больше одного раза</translation>
    </message>
    <message>
        <source>%1 customers bought recently enough to count as active</source>
        <translation>Клиентов, купивших достаточно недавно, чтобы считаться активными: %1</translation>
    </message>
    <message>
        <source>%1 customers bought from you in the data</source>
        <translation>Клиентов, покупавших у вас по данным: %1</translation>
    </message>
    <message>
        <source>A purchase is worth %1 on average</source>
        <translation>Средняя покупка приносит %1</translation>
    </message>
    <message>
        <source>Net revenue after refunds is %1</source>
        <translation>Чистая выручка за вычетом возвратов: %1</translation>
    </message>
    <message>
        <source>Customers stay %1 on average (churned ones up to their churn date)</source>
        <translation>В среднем клиенты остаются с вами %1 (ушедшие — до даты ухода)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>ориентир</translation>
    </message>
    <message>
        <source>better than your %1 %2</source>
        <translation>лучше, чем %2 (%1)</translation>
    </message>
    <message>
        <source>worse than your %1 %2</source>
        <translation>хуже, чем %2 (%1)</translation>
    </message>
    <message>
        <source>equal to your %1 %2</source>
        <translation>на уровне (%2: %1)</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>Colour-blind-safe line colours (Okabe–Ito) for up to six compared groups.</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Loyal customers over time</source>
        <translation>Лояльные клиенты во времени</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>% loyal</source>
        <translation>% лояльных</translation>
    </message>
    <message>
        <source>Retention rate by group</source>
        <translation>Удержание по группам</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <extracomment>Page size by locale: US English readers print on Letter, everyone else on A4.
----------
share of the progress bar for recording the charts (the rest is writing the pages)</extracomment>
        <translation>Рисуем диаграммы…</translation>
    </message>
    <message>
        <source>Customer loyalty report</source>
        <translation>Отчёт о лояльности клиентов</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>Данные с %1 по %2</translation>
    </message>
    <message>
        <source>Analysis date (as of): %1</source>
        <translation>Дата анализа: %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Создан %1</translation>
    </message>
    <message>
        <source>Made with Loyalty Desktop. Computed on this computer; no data left it.</source>
        <translation>Создано в Loyalty Desktop. Рассчитано на этом компьютере, данные никуда не передавались.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Benchmark / target</source>
        <translation>Ориентир / цель</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>О чём говорят цифры</translation>
    </message>
    <message>
        <source>… and %1 more rows, in the Excel export.</source>
        <translation>… и ещё строк: %1 — в выгрузке Excel.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Causes over time</source>
        <translation>Причины во времени</translation>
    </message>
    <message>
        <source>Who answered the survey</source>
        <translation>Кто ответил на опрос</translation>
    </message>
    <message>
        <source>%1 answers were matched to a customer. Each chart compares the customers who answered with all customers; where they differ, read the survey's figures with care.</source>
        <translation>Ответов, сопоставленных с клиентами: %1. Каждый график сравнивает ответивших клиентов со всеми клиентами; там, где они различаются, относитесь к цифрам опроса с осторожностью.</translation>
    </message>
    <message>
        <source>Loyalty and segments</source>
        <translation>Лояльность и сегменты</translation>
    </message>
    <message>
        <source>Loyal customers: %1 (%2 of customers), bringing %3 of revenue.</source>
        <translation>Лояльные клиенты: %1 (%2 всех клиентов), приносят %3 выручки.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer loyalty analytics for small businesses. Everything is computed on this computer; nothing is uploaded.</source>
        <translation>Анализ лояльности клиентов для малого бизнеса. Всё считается на этом компьютере, ничего не отправляется в интернет.</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Встроенные компоненты</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не найдено: %1</translation>
    </message>
    <message>
        <source>Columns found in the file: %1</source>
        <translation>Столбцы в файле: %1</translation>
    </message>
    <message>
        <source>Choose the matching columns in the import wizard, or check that this is the right export.</source>
        <translation>Выберите нужные столбцы в мастере импорта или проверьте, что это правильная выгрузка.</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Не удалось импортировать файл</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>Не удалось прочитать или записать файл</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>An unexpected error stopped this task. Details were written to %1.</source>
        <translation>Непредвиденная ошибка прервала задачу. Подробности записаны в %1.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Импорт данных</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Reading the file was stopped. Change a setting to read it again.</source>
        <translation>Чтение файла остановлено. Измените любую настройку, чтобы прочитать его снова.</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Проверьте, как читается файл</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читаем файл…</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Тип данных</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Десятичный знак</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Порядок даты</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Largest table</source>
        <translation>Самая большая таблица</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Ответы на опросы</translation>
    </message>
    <message>
        <source>Comma (1.234,50)</source>
        <translation>Запятая (1 234,50)</translation>
    </message>
    <message>
        <source>Point (1,234.50)</source>
        <translation>Точка (1,234.50)</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>День/месяц/год</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Месяц/день/год</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>Год/месяц/день</translation>
    </message>
    <message>
        <source>Detected: %1 · %2 · encoding %3 · delimiter %4 · decimal %5 · header row %6 · date order %7</source>
        <translation>Определено: %1 · %2 · кодировка %3 · разделитель %4 · десятичный знак %5 · строка заголовков %6 · порядок даты %7</translation>
    </message>
    <message>
        <source>generic file</source>
        <translation>обычный файл</translation>
    </message>
    <message>
        <source>The dates could be day/month or month/day. Choose the date order.</source>
        <translation>Даты могут быть в формате день/месяц или месяц/день. Выберите порядок.</translation>
    </message>
    <message>
        <source>Choose the kind of data this file holds.</source>
        <translation>Выберите, какие данные содержит файл.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Сумма возврата</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <source>Score 0–10 (NPS)</source>
        <translation>Оценка 0–10 (NPS)</translation>
    </message>
    <message>
        <source>Satisfaction 1–5</source>
        <translation>Удовлетворённость 1–5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Причина ухода</translation>
    </message>
    <message>
        <source>Survey wave</source>
        <translation>Волна опроса</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Какой столбец что содержит?</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Ещё нужно: %1</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Проверяем каждую строку</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Экспорт отклонённых строк…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 rejected (%5 guest rows); %6 blank and %7 total rows skipped.</source>
        <translation>%1: прочитано строк — %2, импортировано — %3, отклонено — %4 (гостевых — %5); пропущено пустых строк — %6, строк итогов — %7.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Экспорт отклонённых строк</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2.</source>
        <translation>Отклонённые строки (%1) сохранены в %2.</translation>
    </message>
    <message>
        <source>Imported %1 new rows.</source>
        <translation>Импортировано новых строк: %1.</translation>
    </message>
    <message>
        <source>Opening the demo project…</source>
        <translation>Открываем демонстрационный проект…</translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>With more cohorts than this the cells are too small for their numbers; hover still works. Smallest top of the colour scale, so a shop where almost nobody returns is not all yellow. Ink on the light cells: not the theme's foreground, which turns light in the dark scheme.</extracomment>
        <translation>неделя %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>месяц %1</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>квартал %1</translation>
    </message>
    <message>
        <source>half-year %1</source>
        <translation>полугодие %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>год %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>период %1</translation>
    </message>
    <message>
        <source>Share of each cohort buying again, period by period</source>
        <translation>Доля каждой когорты, купившей снова, по периодам</translation>
    </message>
    <message>
        <source>Cohort %1, %2: %3 (%4 of %5 customers)</source>
        <translation>Когорта %1, %2: %3 (%4 из %5 клиентов)</translation>
    </message>
    <message>
        <source>First column: customers in the cohort. Colours run from dark blue (0 %) to yellow (%1 or more).</source>
        <translation>Первый столбец — число клиентов в когорте. Цвета от тёмно-синего (0 %) до жёлтого (%1 и больше).</translation>
    </message>
    <message>
        <source>Weeks after the first purchase</source>
        <translation>Недели после первой покупки</translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Месяцы после первой покупки</translation>
    </message>
    <message>
        <source>Quarters after the first purchase</source>
        <translation>Кварталы после первой покупки</translation>
    </message>
    <message>
        <source>Half-years after the first purchase</source>
        <translation>Полугодия после первой покупки</translation>
    </message>
    <message>
        <source>Years after the first purchase</source>
        <translation>Годы после первой покупки</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>слишком мало ответов</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Ценность клиентов</translation>
    </message>
    <message>
        <source>Lost lifetime value</source>
        <translation>Потерянная пожизненная ценность</translation>
    </message>
    <message>
        <source>How long customers stay</source>
        <translation>Как долго остаются клиенты</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>What customers write</source>
        <translation>Что пишут клиенты</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Их собственными словами</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>критик</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>промоутер</translation>
    </message>
    <message>
        <source>Appendix: customers at risk</source>
        <translation>Приложение: клиенты в зоне риска</translation>
    </message>
    <message>
        <source>The %1 customers with the most value at risk, of %2 with a warning sign (%3 at risk in all). The full list is in the win-back export.</source>
        <translation>Клиенты с наибольшей ценностью под угрозой (%1) из %2 с тревожными признаками (всего под угрозой %3). Полный список — в выгрузке для возврата клиентов.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Ценность под угрозой</translation>
    </message>
    <message>
        <source>Appendix: imported files</source>
        <translation>Приложение: импортированные файлы</translation>
    </message>
    <message>
        <source>No import log is stored with this data.</source>
        <translation>Журнал импорта для этих данных не сохранён.</translation>
    </message>
    <message>
        <source>Every row of every file is accounted for: rows read = rows accepted + rows rejected. Row numbers are as Excel shows them (the header is row 1).</source>
        <translation>Учтена каждая строка каждого файла: прочитано = принято + отклонено. Номера строк — как в Excel (заголовок — строка 1).</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>список клиентов</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>ответы на опросы</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>First rejected rows of each file</source>
        <translation>Первые отклонённые строки каждого файла</translation>
    </message>
    <message>
        <source>Who answered, compared with all customers, by %1</source>
        <translation>Кто ответил в сравнении со всеми клиентами, по признаку: %1</translation>
    </message>
    <message>
        <source>Share of all customers</source>
        <translation>Доля всех клиентов</translation>
    </message>
    <message>
        <source>Share of the answers</source>
        <translation>Доля ответов</translation>
    </message>
    <message>
        <source>%1: %2 of customers, %3 of the answers (%4 of %5 customers answered)</source>
        <translation>%1: %2 клиентов, %3 ответов (ответили %4 из %5 клиентов)</translation>
    </message>
    <message>
        <source>% of customers or answers</source>
        <translation>% клиентов или ответов</translation>
    </message>
    <message>
        <source>Chi-square test of “answered / did not answer” against the groups: a small p means the answers come more from some groups than others. Only answers matched to a customer count. </source>
        <translation>Критерий хи-квадрат «ответил / не ответил» по группам: малое p означает, что ответы приходят из одних групп чаще, чем из других. Учитываются только ответы, сопоставленные с клиентом. </translation>
    </message>
    <message>
        <source>Share of each wave's comments that mention a cause, for the five causes mentioned most; a small wave moves by chance. </source>
        <translation>Доля комментариев волны, где упоминается причина, для пяти самых частых причин; маленькая волна колеблется случайно. </translation>
    </message>
    <message>
        <source>Causes mentioned per survey wave (comments per wave in brackets)</source>
        <translation>Причины по волнам опроса (число комментариев в волне — в скобках)</translation>
    </message>
    <message>
        <source>%1: %2 comments</source>
        <translation>%1: комментариев: %2</translation>
    </message>
    <message>
        <source>%1: %2 of them</source>
        <translation>%1: %2 из них</translation>
    </message>
    <message>
        <source>% of the wave's comments</source>
        <translation>% комментариев волны</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of the wave's comments (%4)</source>
        <translation>%1 · %2: %3 комментариев этой волны (%4)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Seed (enter it again to draw the same list)</source>
        <translation>Зерно (введите его снова, чтобы получить тот же список)</translation>
    </message>
    <message>
        <source>Customers drawn</source>
        <translation>Выбрано клиентов</translation>
    </message>
    <message>
        <source>Groups in proportion to the whole customer base by</source>
        <translation>Группы пропорционально всей клиентской базе по</translation>
    </message>
    <message>
        <source>Last survey's respondents left out</source>
        <translation>Исключено участников прошлого опроса</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Данные по</translation>
    </message>
    <message>
        <source>Customers / available / drawn</source>
        <translation>Клиенты / доступно / выбрано</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Survey sample</source>
        <translation>Выборка для опроса</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>How it was drawn</source>
        <translation>Как выбирали</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>недели</translation>
    </message>
    <message>
        <source>%1 model fitted on the purchases up to %2 of the %3 customers who had bought by then (time unit: %4); checked against the %5 weeks from %6 to %7</source>
        <translation>Модель %1 обучена на покупках по %2 у %3 клиентов, купивших к тому времени (единица времени: %4); проверена на %5 неделях с %6 по %7</translation>
    </message>
    <message>
        <source>Customers grouped by their repeat purchases before the split (0 to 7 or more); bars: average repeat purchases per customer in the holdout weeks, actual and as the model predicted from each customer's history.</source>
        <translation>Клиенты сгруппированы по числу повторных покупок до точки разделения (от 0 до 7 и более); столбцы: среднее число повторных покупок на клиента в отложенные недели — фактическое и предсказанное моделью по истории каждого клиента.</translation>
    </message>
    <message>
        <source>Repeat purchases (every purchase day after a customer's first) added up week by week, actual and as the model expects for customers who had made their first purchase by then; the vertical line is the split.</source>
        <translation>Повторные покупки (каждый день покупки после первого) нарастающим итогом по неделям — фактические и ожидаемые моделью для клиентов, уже совершивших первую покупку; вертикальная линия — точка разделения.</translation>
    </message>
    <message>
        <source>Predicted and actual repeat purchases in the holdout weeks</source>
        <translation>Предсказанные и фактические повторные покупки в отложенные недели</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>%1 repeat purchases before the split (%2 customers): %3 actual, %4 predicted per customer</source>
        <translation>%1 повторных покупок до разделения (клиентов: %2): факт %3, прогноз %4 на клиента</translation>
    </message>
    <message>
        <source>Repeat purchases before the split</source>
        <translation>Повторные покупки до разделения</translation>
    </message>
    <message>
        <source>Repeat purchases per customer</source>
        <translation>Повторные покупки на клиента</translation>
    </message>
    <message>
        <source>Repeat purchases week by week: actual and model</source>
        <translation>Повторные покупки по неделям: факт и модель</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>разделение %1</translation>
    </message>
    <message>
        <source>Week to %1: %2 repeat purchases so far, model %3</source>
        <translation>Неделя по %1: повторных покупок %2, модель %3</translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation>Неделя, заканчивающаяся</translation>
    </message>
    <message>
        <source>Repeat purchases so far</source>
        <translation>Повторные покупки нарастающим итогом</translation>
    </message>
</context>
<context>
    <name>AtRiskPage</name>
    <message>
        <source>At risk</source>
        <extracomment>Kinds of groups the filter offers, in this order (engine/segments.py metric kinds).</extracomment>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Export win-back list…</source>
        <translation>Экспорт списка для возврата клиентов…</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-сегмент</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Ценность под угрозой</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Вероятность, что клиент ещё с вами</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогноз ценности</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Давно не покупал</translation>
    </message>
    <message>
        <source>Buying less often</source>
        <translation>Покупает реже</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Низкая оценка</translation>
    </message>
    <message>
        <source>Recent returns</source>
        <translation>Недавние возвраты</translation>
    </message>
    <message>
        <source>Probably lost</source>
        <translation>Вероятно, потерян</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>Import your sales to see which customers are slipping away.</source>
        <translation>Импортируйте продажи, чтобы увидеть, какие клиенты уходят.</translation>
    </message>
    <message>
        <source>No customer in this group shows a warning sign.</source>
        <translation>Ни у одного клиента в этой группе нет тревожных признаков.</translation>
    </message>
    <message>
        <source>%1 customers show at least one warning sign; %2 of predicted value is at risk. The list is ranked by value at risk; click a column to sort by it.</source>
        <translation>Клиентов хотя бы с одним тревожным признаком: %1; под угрозой %2 прогнозной ценности. Список упорядочен по ценности под угрозой; нажмите на столбец, чтобы отсортировать по нему.</translation>
    </message>
    <message>
        <source>Export win-back list</source>
        <translation>Экспорт списка для возврата клиентов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Создаём список для возврата клиентов…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>Не удалось записать список.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export chart as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>%1 dpi…</source>
        <translation>%1 dpi…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Экспорт диаграммы в SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Search by customer number, name or e-mail</source>
        <translation>Поиск по номеру клиента, имени или e-mail</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Показать всех клиентов</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Ушедшие клиенты</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Дней с последней</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Обычный интервал (дни)</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-сегмент</translation>
    </message>
    <message>
        <source>P(still a customer)</source>
        <translation>P(всё ещё клиент)</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогноз ценности</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>Ответ NPS</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %Ln customers behind “%1” in the chart you clicked.</source>
        <translation><numerusform>Показан %Ln клиент за «%1» на диаграмме, которую вы нажали.</numerusform><numerusform>Показаны %Ln клиента за «%1» на диаграмме, которую вы нажали.</numerusform><numerusform>Показаны %Ln клиентов за «%1» на диаграмме, которую вы нажали.</numerusform></translation>
    </message>
    <message>
        <source>the part</source>
        <translation>выбранной частью</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>сначала старые</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>сначала новые</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>по возрастанию</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>от А до Я</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>от Я до А</translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation>Сортировка: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>Клиентов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Imported data</source>
        <translation>Импортированные данные</translation>
    </message>
    <message>
        <source>Rejected rows (first 100 per file)</source>
        <translation>Отклонённые строки (первые 100 в каждом файле)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>список клиентов</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>ответы на опросы</translation>
    </message>
    <message>
        <source>%1 files imported: %2 rows read, %3 accepted, %4 rejected. Select a file to see why its rows were rejected.</source>
        <translation>Импортировано файлов: %1; прочитано строк: %2, принято: %3, отклонено: %4. Выберите файл, чтобы увидеть причины отклонения.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>No rows of %1 were rejected.</source>
        <translation>В %1 нет отклонённых строк.</translation>
    </message>
    <message>
        <source>Rejected rows of %1: %2 shown of %3</source>
        <translation>Отклонённые строки %1: показано %2 из %3</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>Import the sales export of your till or web shop (Excel or CSV) to see how many customers come back. Customer lists and survey answers can be added too. You can also drop the files onto this window.</source>
        <translation>Импортируйте выгрузку продаж из кассы или интернет-магазина (Excel или CSV), чтобы увидеть, сколько клиентов возвращается. Можно добавить и список клиентов, и ответы на опросы. Файлы можно просто перетащить в это окно.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Импортировать файлы…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Открыть демонстрационный проект</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <source>Excel workbook with every table</source>
        <translation>Книга Excel со всеми таблицами</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (Excel)</source>
        <translation>Список клиентов в зоне риска для возврата (Excel)</translation>
    </message>
    <message>
        <source>Win-back list of customers at risk (CSV)</source>
        <translation>Список клиентов в зоне риска для возврата (CSV)</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Разделы отчёта</translation>
    </message>
    <message>
        <source>Summary of key figures</source>
        <translation>Сводка ключевых показателей</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Customer value and lost value</source>
        <translation>Ценность клиентов и потерянная ценность</translation>
    </message>
    <message>
        <source>Feedback: NPS, satisfaction and comments</source>
        <translation>Отзывы: NPS, удовлетворённость и комментарии</translation>
    </message>
    <message>
        <source>Loyal customers and segments</source>
        <translation>Лояльные клиенты и сегменты</translation>
    </message>
    <message>
        <source>Appendix: customers at risk and imported files</source>
        <translation>Приложение: клиенты в зоне риска и импортированные файлы</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, открывается в Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <source>Choose at least one section for the report.</source>
        <translation>Выберите хотя бы один раздел отчёта.</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Создаём отчёт PDF…</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>Создаём книгу Excel…</translation>
    </message>
    <message>
        <source>Writing the win-back list…</source>
        <translation>Создаём список для возврата клиентов…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <extracomment>a bar or point was clicked (score, wave, satisfaction level, exit reason): (customer ids, description) of the customers behind it the owner changed a survey definition here (waves, repurchase window, keyword groups)</extracomment>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>No survey answers yet. Import the export of your NPS or satisfaction survey (Google Forms, SurveyMonkey, Typeform or any spreadsheet with a 0–10 or 1–5 answer column) to see what customers say and whether the satisfied ones buy again.</source>
        <translation>Ответов на опросы пока нет. Импортируйте выгрузку опроса NPS или удовлетворённости (Google Forms, SurveyMonkey, Typeform или любая таблица со столбцом ответов 0–10 или 1–5), чтобы увидеть, что говорят клиенты и покупают ли довольные снова.</translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation>Импортировать ответы опроса…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>Поиск по комментариям</translation>
    </message>
    <message>
        <source>Your NPS is %1 from %2 answers (95 % interval %3 to %4).</source>
        <translation>Ваш NPS — %1 (ответов: %2; 95 % интервал от %3 до %4).</translation>
    </message>
    <message>
        <source>Treat it as uncertain: %1.</source>
        <translation>Считайте это значение неточным: %1.</translation>
    </message>
    <message>
        <source>%1 of answers are “very satisfied” (5) and %2 are satisfied or very satisfied (4–5), from %3 answers.</source>
        <translation>%1 ответов — «очень доволен» (5), %2 — доволен или очень доволен (4–5); всего ответов: %3.</translation>
    </message>
    <message>
        <source>Click a bar to read the comments behind it.</source>
        <translation>Нажмите на столбец, чтобы прочитать комментарии за ним.</translation>
    </message>
    <message>
        <source>Comments about “%1”:</source>
        <translation>Комментарии о «%1»:</translation>
    </message>
    <message>
        <source>No comment long enough to quote.</source>
        <translation>Нет комментариев достаточной длины для цитаты.</translation>
    </message>
    <message>
        <source>Show the customers who mention “%1”</source>
        <translation>Показать клиентов, которые упоминают «%1»</translation>
    </message>
    <message>
        <source>Comments that mention %1</source>
        <translation>Комментарии, где упоминается %1</translation>
    </message>
    <message>
        <source>Comments in %1 that mention %2</source>
        <translation>Комментарии за %1, где упоминается %2</translation>
    </message>
    <message>
        <source>Comments in %1 that mention any of: %2</source>
        <translation>Комментарии за %1, где упоминается хотя бы одно из: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln of these answers could not be matched to a customer</source>
        <translation><numerusform>%1; %Ln ответ не удалось связать с клиентом</numerusform><numerusform>%1; %Ln ответа не удалось связать с клиентами</numerusform><numerusform>%1; %Ln ответов не удалось связать с клиентами</numerusform></translation>
    </message>
    <message>
        <source>Customers who answered %1</source>
        <translation>Клиенты, ответившие %1</translation>
    </message>
    <message>
        <source>Answered the survey in %1</source>
        <translation>Ответили на опрос за %1</translation>
    </message>
    <message>
        <source>Answered “%1”, %2 days or more ago</source>
        <translation>Ответили «%1» не менее %2 дней назад</translation>
    </message>
    <message>
        <source>Said they left because: %1</source>
        <translation>Назвали причину ухода: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Волна</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>промоутер</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>нейтральный</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>критик</translation>
    </message>
    <message>
        <source>%1 of %2 comments</source>
        <translation>%1 из %2 комментариев</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show everything</source>
        <extracomment>Wait this long after the last change before recomputing (typing a date changes it per key).</extracomment>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>All customers, all dates</source>
        <translation>Все клиенты, все даты</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <source>Add condition to group</source>
        <translation>Добавить условие в группу</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Удалить группу</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Cohorts of this group: share still buying k periods after their first purchase</source>
        <extracomment>a point of the retention chart was clicked: (group key, period)</extracomment>
        <translation>Когорты группы: доля клиентов, покупающих через k периодов после первой покупки</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers.</source>
        <translation><numerusform>%1: %Ln клиент.</numerusform><numerusform>%1: %Ln клиента.</numerusform><numerusform>%1: %Ln клиентов.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lost in the last year: %Ln customers, %2 a year in revenue, %3 lifetime value.</source>
        <translation><numerusform>Потеряно за последний год: %Ln клиент, %2 выручки в год, %3 пожизненной ценности.</numerusform><numerusform>Потеряно за последний год: %Ln клиента, %2 выручки в год, %3 пожизненной ценности.</numerusform><numerusform>Потеряно за последний год: %Ln клиентов, %2 выручки в год, %3 пожизненной ценности.</numerusform></translation>
    </message>
    <message>
        <source>Annual retention: %1.</source>
        <translation>Годовое удержание: %1.</translation>
    </message>
    <message>
        <source>NPS %1 from %2 answers</source>
        <translation>NPS %1 (ответов: %2)</translation>
    </message>
    <message>
        <source> (95 % interval %1 to %2)</source>
        <translation> (95 % интервал от %1 до %2)</translation>
    </message>
    <message>
        <source>Predicted value per customer: %1.</source>
        <translation>Прогноз ценности на клиента: %1.</translation>
    </message>
</context>
<context>
    <name>HoldoutPanel</name>
    <message>
        <source>How well does the prediction work?</source>
        <translation>Насколько точен прогноз?</translation>
    </message>
    <message>
        <source>Hide the last weeks from the model, let it predict them from the weeks before, and compare with what your customers really did.</source>
        <translation>Скройте от модели последние недели, пусть она предскажет их по предыдущим, и сравните с тем, что на самом деле сделали клиенты.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>Check the prediction</source>
        <translation>Проверить прогноз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Hold out the last</source>
        <translation>Отложить последние</translation>
    </message>
    <message>
        <source>Choose how many weeks to hold out and press “Check the prediction”.</source>
        <translation>Выберите, сколько недель отложить, и нажмите «Проверить прогноз».</translation>
    </message>
    <message>
        <source>(model fitted up to %1)</source>
        <translation>(модель обучена по %1 включительно)</translation>
    </message>
    <message>
        <source>Checking the prediction…</source>
        <translation>Проверяем прогноз…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation>Не удалось выполнить проверку.</translation>
    </message>
    <message>
        <source>The check cannot be made: %1.</source>
        <translation>Проверка невозможна: %1.</translation>
    </message>
    <message>
        <source>%1 repeat purchases up to %2</source>
        <translation>Повторных покупок по %2: %1</translation>
    </message>
</context>
<context>
    <name>KeywordGroupsDialog</name>
    <message>
        <source>Keyword groups for comment causes</source>
        <translation>Группы ключевых слов для причин в комментариях</translation>
    </message>
    <message>
        <source>A comment counts for a cause when it contains one of the cause's keywords in the comment's language. Separate keywords with commas; end a keyword with * to match every word that starts with it (expens* finds expensive and expenses). Word endings are handled for you: “price” also finds “prices”.</source>
        <translation>Комментарий относится к причине, если в нём есть одно из ключевых слов этой причины на языке комментария. Разделяйте ключевые слова запятыми; поставьте * в конце, чтобы находить все слова с таким началом (дорог* находит «дорого» и «дороже»). Окончания учитываются автоматически: «цена» находит и «цены».</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Add a cause</source>
        <translation>Добавить причину</translation>
    </message>
    <message>
        <source>Remove the selected cause</source>
        <translation>Удалить выбранную причину</translation>
    </message>
    <message>
        <source>Restore the standard groups</source>
        <translation>Восстановить стандартные группы</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Шведский</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Датский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Нидерландский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>new cause</source>
        <translation>новая причина</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Язык: %1.</translation>
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
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Открыть &amp;демонстрационный проект</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Экспорт отчёта в &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Export &amp;Excel workbook…</source>
        <translation>Экспорт книги &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;win-back list…</source>
        <translation>Экспорт списка для &amp;возврата клиентов…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Loyalty Desktop</source>
        <translation>&amp;О программе Loyalty Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Applying the filter…</source>
        <translation>Применяется фильтр…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers analysed.</source>
        <translation><numerusform>Проанализирован %Ln клиент.</numerusform><numerusform>Проанализировано %Ln клиента.</numerusform><numerusform>Проанализировано %Ln клиентов.</numerusform></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (%1)</source>
        <translation>Таблицы и текстовые выгрузки (%1)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Создаём отчёт PDF…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>About Loyalty Desktop</source>
        <translation>О программе Loyalty Desktop</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Ценность клиентов</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Loyalty &amp; segments</source>
        <translation>Лояльность и сегменты</translation>
    </message>
</context>
<context>
    <name>NpsCompareBox</name>
    <message>
        <source>Compare two NPS figures</source>
        <translation>Сравнить два значения NPS</translation>
    </message>
    <message>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Волна %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Сегмент %1</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>(%1 answers)</source>
        <translation>(ответов: %1)</translation>
    </message>
    <message>
        <source>Pick two different groups to compare.</source>
        <translation>Выберите две разные группы для сравнения.</translation>
    </message>
    <message>
        <source>%1: NPS %2 from %3 answers · %4: NPS %5 from %6 answers</source>
        <translation>%1: NPS %2 (ответов: %3) · %4: NPS %5 (ответов: %6)</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Введите не меньше %1.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Введите не больше %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>&amp;New project</source>
        <extracomment>Kept in an autosave copy's settings: which file it belongs to and when it was made.</extracomment>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>&amp;Отменить последний импорт</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>Loyalty Desktop</source>
        <translation>Loyalty Desktop</translation>
    </message>
    <message>
        <source>Took back the import of %1: %2 new rows removed, %3 changed rows restored.</source>
        <translation>Импорт %1 отменён: удалено новых строк — %2, восстановлено изменённых — %3.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Loyalty Desktop projects (*%1)</source>
        <translation>Проекты Loyalty Desktop (*%1)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открываем %1…</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Мой магазин</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохраняем %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Сохранить изменения в %1?</translation>
    </message>
    <message>
        <source>If you don't save, the changes since the last save are lost.</source>
        <translation>Если не сохранить, изменения с момента последнего сохранения будут потеряны.</translation>
    </message>
    <message>
        <source>Autosaving…</source>
        <translation>Автосохранение…</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>проект без названия</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <source>Loyalty Desktop did not close normally. Changes to %1 from %2 were kept. Restore them?</source>
        <translation>Loyalty Desktop закрылась некорректно. Изменения в %1 от %2 сохранились. Восстановить их?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
</context>
<context>
    <name>RepresentativenessBox</name>
    <message>
        <source>Who answered the survey</source>
        <extracomment>a group's bar was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Кто ответил на опрос</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Сравнить по:</translation>
    </message>
    <message>
        <source>%1 (%2): customers who answered the survey</source>
        <translation>%1 (%2): клиенты, ответившие на опрос</translation>
    </message>
    <message>
        <source>%1 (%2): all customers</source>
        <translation>%1 (%2): все клиенты</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <extracomment>a heat-map cell was clicked: (customer ids, description) of the customers behind it</extracomment>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>New customers in %1</source>
        <translation>Новые клиенты за %1</translation>
    </message>
    <message>
        <source>Came back in %1</source>
        <translation>Вернулись за %1</translation>
    </message>
    <message>
        <source>Churned in %1</source>
        <translation>Ушли за %1</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Удержаны за %1</translation>
    </message>
    <message>
        <source>Cohort %1, %2</source>
        <translation>Когорта %1, %2</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>All of these are true</source>
        <translation>Выполняются все условия</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Выполняется любое из условий</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>e.g. Regulars</source>
        <translation>например, Постоянные</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>Add group (any/all)</source>
        <translation>Добавить группу (любое/все)</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Дайте название.</translation>
    </message>
    <message>
        <source>Another segment is already called “%1”.</source>
        <translation>Сегмент с названием «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>SegmentMetricsView</name>
    <message>
        <source>Compare retention of</source>
        <extracomment>a point of the group's retention chart was clicked: (customer ids, description)</extracomment>
        <translation>Сравнить удержание группы</translation>
    </message>
    <message>
        <source>with</source>
        <translation>с группой</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Retention rate = customers still active at the end of the period ÷ active at its start.</source>
        <translation>Удержание = клиенты, активные в конце периода ÷ активные в его начале.</translation>
    </message>
    <message>
        <source>%1: kept in %2</source>
        <translation>%1: удержаны в %2</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Loyalty and segments</source>
        <extracomment>a point of a group's retention chart was clicked: (customer ids, description)</extracomment>
        <translation>Лояльность и сегменты</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save and recalculate</source>
        <translation>Сохранить и пересчитать</translation>
    </message>
    <message>
        <source>What loyal means</source>
        <translation>Что значит «лояльный»</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Goals and settings</source>
        <translation>Цели и настройки</translation>
    </message>
    <message>
        <source>Say what a loyal customer is for your business. Start from a template and adjust the numbers.</source>
        <translation>Опишите, кто для вашего бизнеса лояльный клиент. Начните с шаблона и поправьте числа.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Начать с шаблона</translation>
    </message>
    <message>
        <source>Loyal = %1, as of each period's end. Survey answers and model estimates use today's values.</source>
        <translation>Лояльный = %1 на конец каждого периода. Ответы опросов и оценки модели берутся на сегодня.</translation>
    </message>
    <message>
        <source>Loyal at the end of %1</source>
        <translation>Лояльные на конец %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <source>Add from a template</source>
        <translation>Добавить из шаблона</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Edit loyalty criteria</source>
        <translation>Изменить критерии лояльности</translation>
    </message>
    <message>
        <source>Correct the marked fields to see how many customers match.</source>
        <translation>Исправьте отмеченные поля, чтобы увидеть, сколько клиентов подходит.</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Изменить сегмент</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>Использовать шаблон %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Дублировать сегмент</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Удалить сегмент</translation>
    </message>
    <message>
        <source>Move segment</source>
        <translation>Переместить сегмент</translation>
    </message>
    <message>
        <source>Import sales data to see how many customers match.</source>
        <translation>Импортируйте данные о продажах, чтобы увидеть, сколько клиентов подходит.</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3).</source>
        <translation>Подходят %1 из %2 клиентов (%3).</translation>
    </message>
    <message>
        <source>Correct the criteria to see your loyal customers.</source>
        <translation>Исправьте критерии, чтобы увидеть лояльных клиентов.</translation>
    </message>
    <message>
        <source>%1 loyal customers: %2 of all customers, bringing %3 of revenue. Retention rate %4.</source>
        <translation>Лояльных клиентов: %1 — это %2 всех клиентов и %3 выручки. Удержание %4.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Сначала исправьте отмеченные поля.</translation>
    </message>
</context>
<context>
    <name>SettingsForms</name>
    <message>
        <source>Definitions</source>
        <translation>Определения</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Share of revenue you keep after the cost of goods; 100 % counts revenue as value.</source>
        <translation>Доля выручки, остающаяся после себестоимости; 100 % — вся выручка считается ценностью.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% в год</translation>
    </message>
    <message>
        <source>How much less money next year is worth to you than money today.</source>
        <translation>Насколько деньги через год ценнее для вас меньше, чем деньги сегодня.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <source>How long a customer stays; leave empty to derive it from your retention.</source>
        <translation>Сколько остаётся клиент; оставьте пустым, чтобы рассчитать по вашему удержанию.</translation>
    </message>
    <message>
        <source>from your data</source>
        <translation>по вашим данным</translation>
    </message>
    <message>
        <source>Inactivity window</source>
        <translation>Окно неактивности</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Ставка дисконтирования</translation>
    </message>
    <message>
        <source>Expected lifetime</source>
        <translation>Ожидаемый срок жизни</translation>
    </message>
    <message>
        <source>Retention spend</source>
        <translation>Расходы на удержание</translation>
    </message>
    <message>
        <source>Benchmarks and goals</source>
        <translation>Ориентиры и цели</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Industry benchmark</source>
        <translation>Отраслевой ориентир</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Ваша цель</translation>
    </message>
    <message>
        <source>money</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Чем выше, тем лучше.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Чем ниже, тем лучше.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost. Suggested: %1 days, %2.</source>
        <translation>Клиент, не покупавший столько дней, считается ушедшим. Рекомендуется: %1 дн., %2.</translation>
    </message>
    <message>
        <source>A customer who has not bought for this many days counts as lost; leave empty to use the suggestion from your data.</source>
        <translation>Клиент, не покупавший столько дней, считается ушедшим; оставьте пустым, чтобы взять значение, рассчитанное по вашим данным.</translation>
    </message>
</context>
<context>
    <name>SpendField</name>
    <message>
        <source>What you spent on keeping customers (discounts, loyalty cards, mailings) per period, one period per line.</source>
        <translation>Сколько вы потратили на удержание клиентов (скидки, карты лояльности, рассылки) за период, по периоду на строку.</translation>
    </message>
    <message>
        <source>Line %1: write a period and an amount, e.g. “2024-01 5000”.</source>
        <translation>Строка %1: укажите период и сумму, например «2024-01 5000».</translation>
    </message>
</context>
<context>
    <name>SurveySampleDialog</name>
    <message>
        <source>Survey sample for the next wave</source>
        <translation>Выборка для следующей волны опроса</translation>
    </message>
    <message>
        <source>Draws customers at random, in proportion to the groups of your whole customer base, so the next survey hears from everyone and not only the keenest. Only customers with an e-mail address or phone number are drawn.</source>
        <translation>Выбирает клиентов случайно, пропорционально группам всей клиентской базы, чтобы следующий опрос услышал всех, а не только самых активных. Выбираются только клиенты с адресом e-mail или телефоном.</translation>
    </message>
    <message>
        <source>spend band</source>
        <translation>группа по сумме покупок</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-сегмент</translation>
    </message>
    <message>
        <source>Leave out customers who answered the last survey</source>
        <translation>Исключить клиентов, ответивших на прошлый опрос</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Новое зерно</translation>
    </message>
    <message>
        <source>Customers to invite:</source>
        <translation>Пригласить клиентов:</translation>
    </message>
    <message>
        <source>In proportion to:</source>
        <translation>Пропорционально:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Сохранить список…</translation>
    </message>
    <message>
        <source>%1 customers drawn with seed %2 — enter the same seed again to draw the same list.</source>
        <translation>Выбрано клиентов: %1, зерно %2 — введите то же зерно, чтобы получить тот же список.</translation>
    </message>
    <message>
        <source>Fewer customers than asked for can be reached.</source>
        <translation>Связаться можно с меньшим числом клиентов, чем запрошено.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 customers drawn</source>
        <translation>%1: выбрано %2 из %3 клиентов</translation>
    </message>
    <message>
        <source>survey-sample-seed-%1.xlsx</source>
        <translation>vyborka-zerno-%1.xlsx</translation>
    </message>
    <message>
        <source>Save the survey sample</source>
        <translation>Сохранить выборку для опроса</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
</context>
<context>
    <name>SurveySettingsBar</name>
    <message>
        <source>weeks</source>
        <translation>недели</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>кварталы</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>полугодия</translation>
    </message>
    <message>
        <source>years</source>
        <translation>годы</translation>
    </message>
    <message>
        <source>as in the survey file (wave column)</source>
        <translation>как в файле опроса (столбец волны)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Edit keyword groups…</source>
        <translation>Ключевые слова…</translation>
    </message>
    <message>
        <source>Survey sample for the next wave…</source>
        <translation>Выборка для опроса…</translation>
    </message>
    <message>
        <source>Survey waves:</source>
        <translation>Волны опроса:</translation>
    </message>
    <message>
        <source>Bought again within:</source>
        <translation>Купили снова в течение:</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export table to Excel…</source>
        <extracomment>(currency, language) of the open project, for money formats and the CSV dialect</extracomment>
        <translation>Экспорт таблицы в Excel…</translation>
    </message>
    <message>
        <source>Export table to CSV…</source>
        <translation>Экспорт таблицы в CSV…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, открывается в Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Таблица сохранена в %1</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>значения через запятую</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Введите хотя бы одно значение.</translation>
    </message>
    <message>
        <source>Enter numbers separated by commas.</source>
        <translation>Введите числа через запятую.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Введите значение.</translation>
    </message>
    <message>
        <source>“%1” is not a number; enter digits, e.g. 12 or 12.5.</source>
        <translation>«%1» — не число; введите цифры, например 12 или 12.5.</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>Value</source>
        <translation>Ценность клиентов</translation>
    </message>
    <message>
        <source>Import your sales to see what your customers are worth.</source>
        <translation>Импортируйте продажи, чтобы увидеть ценность ваших клиентов.</translation>
    </message>
    <message>
        <source>Your %1 customers are worth %2 over the time they are expected to stay (%3 per customer on average, after margin and discounting), by the simple estimate.</source>
        <translation>Ваши клиенты (%1) принесут %2 за то время, что они, как ожидается, останутся с вами (в среднем %3 на клиента, с учётом маржи и дисконтирования), по простой оценке.</translation>
    </message>
    <message>
        <source>Why not the prediction model: %1.</source>
        <translation>Почему не прогнозная модель: %1.</translation>
    </message>
    <message>
        <source>Your %1 customers are expected to bring %2 over the next %3 months (%4 per customer on average, after margin and discounting).</source>
        <translation>Ожидается, что ваши клиенты (%1) принесут %2 за следующие %3 мес. (в среднем %4 на клиента, с учётом маржи и дисконтирования).</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Как: %1.</translation>
    </message>
    <message>
        <source>Your %1 customers have brought %2 so far, after margin.</source>
        <translation>Ваши клиенты (%1) уже принесли %2 с учётом маржи.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 и больше</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>Customers worth %1</source>
        <translation>Клиенты с ценностью %1</translation>
    </message>
    <message>
        <source>The value lost with churned customers is not computed for this project yet.</source>
        <translation>Ценность, потерянная с ушедшими клиентами, для этого проекта ещё не рассчитана.</translation>
    </message>
    <message>
        <source>%1 customers have churned; half of them stayed less than %2 months.</source>
        <translation>Ушло клиентов: %1; половина из них оставалась меньше %2 мес.</translation>
    </message>
    <message>
        <source>Average lifespan so far: %1; Kaplan–Meier median lifetime: %2.</source>
        <translation>Средний срок жизни на сегодня: %1; медиана по Каплану–Мейеру: %2.</translation>
    </message>
    <message>
        <source>Churned after %1–%2 months</source>
        <translation>Ушли через %1–%2 мес.</translation>
    </message>
    <message>
        <source>Churned between %1 and %2</source>
        <translation>Ушли с %1 по %2</translation>
    </message>
    <message>
        <source>Still customers %1 months after their first purchase</source>
        <translation>Всё ещё клиенты через %1 мес. после первой покупки</translation>
    </message>
</context>
<context>
    <name>_Units</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>The usual sign of each currency; kr-currencies are written with their ISO code outside their own country (see module doc). CLDR percent patterns: "38 %" in sv/da/ru (no-break space), "38%" in en and nl.</extracomment>
        <translation><numerusform>%Ln день</numerusform><numerusform>%Ln дня</numerusform><numerusform>%Ln дней</numerusform></translation>
    </message>
</context>
<context><name>cli</name><message><source>{path}: the config file does not exist.</source><translation>{path}: файл настроек не существует.</translation></message><message><source>{path}: the config file cannot be read ({detail}).</source><translation>{path}: не удаётся прочитать файл настроек ({detail}).</translation></message><message><source>{path}, line {line}, column {column}: not valid JSON ({detail}).</source><translation>{path}, строка {line}, столбец {column}: недопустимый JSON ({detail}).</translation></message><message><source>{path}: the JSON is nested too deeply to be a config file.</source><translation>{path}: слишком глубокая вложенность JSON для файла настроек.</translation></message><message><source>{path}: not a usable config file ({detail}).</source><translation>{path}: этот файл настроек нельзя использовать ({detail}).</translation></message><message><source>{path}: the config must be a JSON object {{...}}.</source><translation>{path}: настройки должны быть JSON-объектом {{...}}.</translation></message><message><source>settings</source><translation>настройки</translation></message><message><source>{path}: the file does not exist.</source><translation>{path}: файл не существует.</translation></message><message><source>No transactions to analyse: give --transactions FILE or --project P.loyalty.</source><translation>Нет транзакций для анализа: укажите --transactions ФАЙЛ или --project P.loyalty.</translation></message><message><source>Missing: {fields}.</source><translation>Не хватает: {fields}.</translation></message><message><source>Columns found: {columns}.</source><translation>Найденные столбцы: {columns}.</translation></message></context><context><name>cli help</name><message><source>Customer loyalty analytics for small businesses. Without a command, opens the window.</source><translation>Анализ лояльности клиентов для малого бизнеса. Без команды открывается окно программы.</translation></message><message><source>open the window with the bundled demo project</source><translation>открыть окно с демонстрационным проектом</translation></message><message><source>definitions, criteria, segments, mappings</source><translation>определения, критерии, сегменты, сопоставление столбцов</translation></message><message><source>compute the metrics and write PDF/JSON/Excel</source><translation>рассчитать показатели и сохранить PDF/JSON/Excel</translation></message><message><source>language of the report and of the messages</source><translation>язык отчёта и сообщений</translation></message><message><source>create or append to a project file</source><translation>создать файл проекта или дополнить его</translation></message><message><source>language of the messages</source><translation>язык сообщений</translation></message><message><source>show how a file would be imported, as JSON</source><translation>показать, как будет импортирован файл, в формате JSON</translation></message><message><source>reproduce the published reference results</source><translation>воспроизвести опубликованные эталонные результаты</translation></message><message><source>usage: </source><translation>использование: </translation></message><message><source>options</source><translation>параметры</translation></message><message><source>positional arguments</source><translation>аргументы</translation></message><message><source>show this help message and exit</source><translation>показать эту справку и выйти</translation></message><message><source>show program's version number and exit</source><translation>показать версию программы и выйти</translation></message></context><context><name>clv</name><message><source>there are no customers</source><translation>клиентов нет</translation></message><message><source>the data do not look like repeat buying by customers who differ: {meaning} ({name} = {value:.3g})</source><translation>данные не похожи на повторные покупки разных клиентов: {meaning} ({name} = {value:.3g})</translation></message><message><source>everybody seems to buy at the same rate</source><translation>похоже, все покупают с одинаковой частотой</translation></message><message><source>almost nobody seems to stop buying</source><translation>похоже, почти никто не перестаёт покупать</translation></message><message><source>the holdout end must come after the calibration end</source><translation>конец проверочного периода должен быть позже конца калибровочного</translation></message><message><source>only {repeat} customers bought more than once before {end}; the check needs at least {minimum}</source><translation>клиентов, покупавших больше одного раза до {end}, всего {repeat}; для проверки нужно не меньше {minimum}</translation></message><message><source>the {title} model could not be fitted on the calibration period ({why})</source><translation>модель {title} не удалось оценить на калибровочном периоде ({why})</translation></message><message><source>{title} fitted on {customers:,} customers up to {end}; checked against {weeks:.0f} holdout weeks</source><translation>{title} оценена по {customers:,} клиентам до {end}; проверена на {weeks:.0f} проверочных неделях</translation></message><message><source>there are no purchases to check the model against</source><translation>нет покупок, по которым можно проверить модель</translation></message><message><source>In the holdout weeks these customers made {actual:,.0f} repeat purchases; the model predicted {predicted:,.0f} ({gap:.0%} {direction})</source><translation>За отложенные недели эти клиенты совершили повторных покупок: {actual:,.0f}; модель предсказала {predicted:,.0f} (на {gap:.0%} {direction})</translation></message><message><source>more</source><translation>больше</translation></message><message><source>fewer</source><translation>меньше</translation></message><message><source>Summarising the calibration period</source><translation>Сводим данные периода обучения</translation></message><message><source>Fitting the {title} model up to {end}</source><translation>Обучаем модель {title} по {end}</translation></message><message><source>Comparing the prediction with the holdout weeks</source><translation>Сравниваем прогноз с отложенными неделями</translation></message><message><source>{title} and Gamma-Gamma fitted on {customers:,} customers ({repeat:,} bought more than once); {horizon} months ahead, in {unit}</source><translation>{title} и Gamma-Gamma оценены по {customers:,} клиентам ({repeat:,} покупали больше одного раза); на {horizon} мес. вперёд, время считается в {unit}</translation></message><message><source>days</source><translation>днях</translation></message><message><source>weeks</source><translation>неделях</translation></message><message><source>months</source><translation>месяцах</translation></message><message><source>only {repeat} of {customers:,} customers bought more than once (the prediction needs at least {minimum}), so the simple CLV is used</source><translation>больше одного раза покупали только {repeat} из {customers:,} (для прогноза нужно не меньше {minimum}), поэтому используется простая формула CLV</translation></message><message><source>the {title} model could not be fitted, so the simple CLV is used: {why}</source><translation>модель {title} не удалось оценить, поэтому используется простая формула CLV: {why}</translation></message><message><source>spend per purchase could not be modelled, so the simple CLV is used: {why}</source><translation>сумму покупки не удалось смоделировать, поэтому используется простая формула CLV: {why}</translation></message><message><source>the prediction was not a finite number for some customers, so the simple CLV is used</source><translation>для некоторых клиентов прогноз не дал конечного числа, поэтому используется простая формула CLV</translation></message><message><source>; annual retention has not been measured, so only the coming year's value is counted</source><translation>; годовое удержание не измерено, поэтому учитывается только ценность за ближайший год</translation></message><message><source>; measured annual retention {retention:.0%}</source><translation>; измеренное годовое удержание {retention:.0%}</translation></message><message><source>; with 100 % retention and no discount rate the value has no limit, so only the coming year is counted (set a discount rate)</source><translation>; при удержании 100 % и нулевой ставке дисконтирования ценность не ограничена, поэтому учитывается только ближайший год (задайте ставку дисконтирования)</translation></message><message><source>there are no purchases to value</source><translation>нет покупок для оценки</translation></message><message><source>Summarising purchases</source><translation>Сводим покупки</translation></message><message><source>Fitting the {title} purchase model</source><translation>Оцениваем модель покупок {title}</translation></message><message><source>Fitting spend per purchase</source><translation>Оцениваем сумму покупки</translation></message><message><source>Predicting purchases</source><translation>Прогнозируем покупки</translation></message><message><source>Done</source><translation>Готово</translation></message></context><context><name>comments</name><message><source>(no answer)</source><translation>(нет ответа)</translation></message><message><source>The keyword groups could not be read; the standard groups are used.</source><translation>Не удалось прочитать группы ключевых слов; используются стандартные группы.</translation></message><message><source>Keyword group “{group}” could not be read and was left out.</source><translation>Группу ключевых слов «{group}» не удалось прочитать, она пропущена.</translation></message><message><source>Keyword group “{group}”: language “{lang}” is not one of en, sv, da, nl, ru and was left out.</source><translation>Группа ключевых слов «{group}»: язык «{lang}» не входит в en, sv, da, nl, ru и пропущен.</translation></message></context><context><name>compare</name><message><source>{a} keep {pa} and {b} {pb}; {verdict} ({p}).</source><translation>«{a}» удерживает {pa}, «{b}» — {pb}; {verdict} ({p}).</translation></message><message><source>a difference this large is very unlikely to be chance</source><translation>такая большая разница почти наверняка не случайна</translation></message><message><source>a difference this large is unlikely to be chance</source><translation>такая большая разница вряд ли случайна</translation></message><message><source>a difference this large could well be chance</source><translation>такая разница вполне может быть случайной</translation></message><message><source>{a} and {b} both keep {pa}; there is no difference.</source><translation>«{a}» и «{b}» удерживают по {pa}; разницы нет.</translation></message><message><source>There are no customers in {name} who could have churned yet, so there is nothing to compare.</source><translation>В группе «{name}» нет клиентов, которые уже могли бы уйти, сравнивать нечего.</translation></message><message><source>{a} and {b} both keep {pa} of their customers; there is no difference to test.</source><translation>«{a}» и «{b}» удерживают по {pa} клиентов; проверять нечего.</translation></message><message><source> The groups are small, so treat this only as a rough guide.</source><translation> Группы маленькие, поэтому считайте это лишь грубой оценкой.</translation></message><message><source>this group</source><translation>эта группа</translation></message><message><source>the rest</source><translation>остальные</translation></message></context><context><name>costs</name><message><source>enter your retention spend per period to see what keeping customers costs</source><translation>введите расходы на удержание по периодам, чтобы увидеть, сколько стоит сохранять клиентов</translation></message><message><source>no sales data for this period</source><translation>нет данных о продажах за этот период</translation></message><message><source>no spend entered for this period, so there is no ratio</source><translation>за этот период расходы не введены, поэтому соотношения нет</translation></message><message><source>period still running: revenue so far</source><translation>период ещё идёт: выручка на сегодня</translation></message><message><source>revenue from retained customers came with the spend; it does not prove the spend caused it</source><translation>выручка от удержанных клиентов пришла одновременно с расходами, но это не доказывает, что её принесли расходы</translation></message></context><context><name>customers</name><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days (rounded up to {days} days)</source><translation>рассчитано по вашим данным: 80 % повторных покупок совершаются в течение {p80:.0f} дн. (округлено вверх до {days} дн.)</translation></message><message><source>suggested from your data: 80 % of repeat purchases come within {p80:.0f} days; limited to {days} days</source><translation>рассчитано по вашим данным: 80 % повторных покупок совершаются в течение {p80:.0f} дн.; ограничено {days} дн.</translation></message><message><source>a default of {days} days: only {n} customers bought more than once, too few to suggest a window from your data</source><translation>значение по умолчанию {days} дн.: клиентов, покупавших больше одного раза, всего {n} — слишком мало, чтобы рассчитать окно по вашим данным</translation></message><message><source>chosen by you</source><translation>выбрано вами</translation></message></context><context><name>describe</name><message><source>Weekly</source><translation>Еженедельные</translation></message><message><source>Monthly</source><translation>Ежемесячные</translation></message><message><source>Quarterly</source><translation>Ежеквартальные</translation></message><message><source>Half-yearly</source><translation>Полугодовые</translation></message><message><source>Yearly</source><translation>Годовые</translation></message><message><source>week</source><translation>неделя</translation></message><message><source>month</source><translation>месяц</translation></message><message><source>quarter</source><translation>квартал</translation></message><message><source>half-year</source><translation>полугодие</translation></message><message><source>year</source><translation>год</translation></message><message><source>a customer counts as churned after {days} days without a purchase</source><translation>клиент считается ушедшим после {days} дн. без покупок</translation></message><message><source> ({reason})</source><translation> ({reason})</translation></message><message><source>refunds are not counted as purchases</source><translation>возвраты не считаются покупками</translation></message><message><source>refunds count as activity</source><translation>возвраты считаются активностью</translation></message><message><source>data up to {as_of}</source><translation>данные по {as_of}</translation></message><message><source>no data yet</source><translation>данных пока нет</translation></message><message><source>{Periods} periods; {window}; {refunds}; {data}.</source><translation>{Periods} периоды; {window}; {refunds}; {data}.</translation></message><message><source>{Periods} cohorts by the {period} of the first purchase; each cell is the share of the cohort that bought in that {period} (no inactivity window); {refunds}; {data}.</source><translation>{Periods} когорты по периоду первой покупки ({period}); каждая ячейка — доля когорты, купившей в этом периоде (без окна неактивности); {refunds}; {data}.</translation></message><message><source>Lifespan from the first purchase to the churn date, or to {as_of} for active customers (the Kaplan–Meier median counts them as still running); {window}; {refunds}; {data}.</source><translation>Срок жизни — от первой покупки до даты ухода, для активных клиентов до {as_of} (медиана Каплана–Мейера считает их ещё не ушедшими); {window}; {refunds}; {data}.</translation></message><message><source>Months from the first purchase to the churn date, churned customers only; {window}; {refunds}; {data}.</source><translation>Месяцы от первой покупки до даты ухода, только ушедшие клиенты; {window}; {refunds}; {data}.</translation></message><message><source>Value = net revenue after refunds × {margin} margin; a purchase is an order with a positive amount; {refunds}; {data}.</source><translation>Ценность = чистая выручка за вычетом возвратов × маржа {margin}; покупка — заказ с положительной суммой; {refunds}; {data}.</translation></message><message><source>Customers whose churn date is between {start} and {end}; annual net revenue × {margin} margin × {lifetime}, discounted at {discount} a year; {window}; {data}.</source><translation>Клиенты с датой ухода между {start} и {end}; годовая чистая выручка × маржа {margin} × {lifetime}, дисконтирование {discount} в год; {window}; {data}.</translation></message><message><source>an expected lifetime of {years} years (set by you)</source><translation>ожидаемый срок жизни в годах: {years} (задан вами)</translation></message><message><source>an expected lifetime of 1 / (1 − annual retention) years</source><translation>ожидаемый срок жизни в годах = 1 / (1 − годовое удержание)</translation></message><message><source>Retention spend you entered minus the revenue from customers retained in each {period} (active at its start and at its end); {window}; {data}.</source><translation>Введённые вами расходы на удержание минус выручка от удержанных клиентов за каждый период ({period}; активны в его начале и в конце); {window}; {data}.</translation></message><message><source>Return rate = orders with a net amount of zero or less ÷ all orders; returned share = refunded money ÷ revenue before refunds; {refunds}; {data}.</source><translation>Доля возвратов = заказы с чистой суммой ноль или меньше ÷ все заказы; доля возвращённых денег = возвращённые деньги ÷ выручка до возвратов; {refunds}; {data}.</translation></message><message><source>NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, with a 95 % confidence interval; {waves}; {data}.</source><translation>NPS = % промоутеров (9–10) − % критиков (0–6), от −100 до 100, с 95 % доверительным интервалом; {waves}; {data}.</translation></message><message><source>waves as given in your survey file</source><translation>волны — как в вашем файле опроса</translation></message><message><source>{waves} waves by answer date</source><translation>{waves} волны по дате ответа</translation></message><message><source>Satisfaction 1–5: top box = 5, top two boxes = 4–5; repurchase = bought again within {repurchase} days after answering; {refunds}; {data}.</source><translation>Удовлетворённость 1–5: высшая оценка = 5, две высшие = 4–5; повторная покупка — в течение {repurchase} дн. после ответа; {refunds}; {data}.</translation></message><message><source>Predicted value over the next {horizon} months × {margin} margin, discounted at {discount} a year (BG/NBD and Gamma-Gamma models, or 1 / (1 − annual retention) years when there are too few repeat customers); {refunds}; {data}.</source><translation>Прогноз ценности на следующие {horizon} мес. × маржа {margin}, дисконтирование {discount} в год (модели BG/NBD и Gamma-Gamma, а если повторных покупателей слишком мало — срок жизни в годах 1 / (1 − годовое удержание)); {refunds}; {data}.</translation></message><message><source>Segments follow your rules over each customer's figures; {window}; {refunds}; {data}.</source><translation>Сегменты строятся по вашим правилам на основе показателей каждого клиента; {window}; {refunds}; {data}.</translation></message><message><source>RFM scores 1–5 by fifths of recency, frequency and money spent; {refunds}; {data}.</source><translation>Баллы RFM 1–5 по квинтилям давности, частоты и суммы покупок; {refunds}; {data}.</translation></message><message><source>At risk: overdue (more than 1.5 × their usual gap since the last purchase), buying less often, a low score, recent returns or a low chance of still being a customer; {window}; {data}.</source><translation>В зоне риска: просрочка (больше 1,5 × обычного интервала с последней покупки), покупают реже, низкая оценка, недавние возвраты или низкая вероятность, что клиент ещё с вами; {window}; {data}.</translation></message><message><source>{Window}; {refunds}; {data}.</source><translation>{Window}; {refunds}; {data}.</translation></message><message><source>Share of customers still active, counting only customers who first bought more than {days} days before {as_of}; two-proportion z-test; {window}; {data}.</source><translation>Доля всё ещё активных клиентов, только впервые купившие более чем за {days} дн. до {as_of}; z-критерий для двух долей; {window}; {data}.</translation></message></context><context><name>excel</name><message><source>Summary</source><translation>Сводка</translation></message><message><source>Retention</source><translation>Удержание</translation></message><message><source>Cohorts</source><translation>Когорты</translation></message><message><source>Customers</source><translation>Клиенты</translation></message><message><source>At risk</source><translation>В зоне риска</translation></message><message><source>NPS waves</source><translation>Волны NPS</translation></message><message><source>Satisfaction</source><translation>Удовлетворённость</translation></message><message><source>Segments</source><translation>Сегменты</translation></message><message><source>Imports</source><translation>Импорт</translation></message><message><source>Rejected rows</source><translation>Отклонённые строки</translation></message><message><source>Definitions</source><translation>Определения</translation></message><message><source>Key figure</source><translation>Показатель</translation></message><message><source>Value</source><translation>Значение</translation></message><message><source>Benchmark</source><translation>Ориентир</translation></message><message><source>Target</source><translation>Цель</translation></message><message><source>Assessment</source><translation>Оценка</translation></message><message><source>Cohort</source><translation>Когорта</translation></message><message><source>Customers in cohort</source><translation>Клиентов в когорте</translation></message><message><source>Period {k}</source><translation>Период {k}</translation></message><message><source>Chart</source><translation>Диаграмма</translation></message><message><source>Definitions used</source><translation>Использованные определения</translation></message><message><source>Setting</source><translation>Настройка</translation></message><message><source>File</source><translation>Файл</translation></message><message><source>Row</source><translation>Строка</translation></message><message><source>Column</source><translation>Столбец</translation></message><message><source>Reason</source><translation>Причина</translation></message><message><source>Customer</source><translation>Клиент</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>NPS score</source><translation>Оценка NPS</translation></message><message><source>NPS category</source><translation>Категория NPS</translation></message><message><source>Chance still a customer</source><translation>Вероятность, что ещё клиент</translation></message><message><source>Predicted value</source><translation>Прогноз ценности</translation></message><message><source>RFM segment</source><translation>RFM-сегмент</translation></message><message><source>Answers</source><translation>Ответы</translation></message><message><source>95 % CI low</source><translation>95 % ДИ нижн.</translation></message><message><source>95 % CI high</source><translation>95 % ДИ верхн.</translation></message><message><source>95 % CI low (adjusted Wald)</source><translation>95 % ДИ нижн. (скоррект. Вальд)</translation></message><message><source>95 % CI high (adjusted Wald)</source><translation>95 % ДИ верхн. (скоррект. Вальд)</translation></message><message><source>Chart or setting</source><translation>Диаграмма или настройка</translation></message><message><source>Definition</source><translation>Определение</translation></message><message><source>Value at risk</source><translation>Ценность под угрозой</translation></message><message><source>Why</source><translation>Почему</translation></message><message><source>Period</source><translation>Период</translation></message><message><source>Start</source><translation>Начало</translation></message><message><source>End</source><translation>Конец</translation></message><message><source>Incomplete period</source><translation>Неполный период</translation></message><message><source>Customers at start</source><translation>Клиентов на начало</translation></message><message><source>Customers at end</source><translation>Клиентов на конец</translation></message><message><source>New</source><translation>Новые</translation></message><message><source>Retained</source><translation>Остались</translation></message><message><source>Came back</source><translation>Вернулись</translation></message><message><source>Churned</source><translation>Ушли</translation></message><message><source>New, already lapsed</source><translation>Новые, уже ушедшие</translation></message><message><source>Retention of the first period</source><translation>Удержание в первом периоде</translation></message><message><source>Retention rate</source><translation>Удержание</translation></message><message><source>Churn rate</source><translation>Отток</translation></message><message><source>Note</source><translation>Примечание</translation></message><message><source>First purchase</source><translation>Первая покупка</translation></message><message><source>Last purchase</source><translation>Последняя покупка</translation></message><message><source>Purchases</source><translation>Покупки</translation></message><message><source>Days with a purchase</source><translation>Дней с покупками</translation></message><message><source>Revenue</source><translation>Выручка</translation></message><message><source>Returns</source><translation>Возвраты</translation></message><message><source>Amount returned</source><translation>Сумма возвратов</translation></message><message><source>Average order value</source><translation>Средний чек</translation></message><message><source>Days as a customer</source><translation>Дней в качестве клиента</translation></message><message><source>Months as a customer</source><translation>Месяцев в качестве клиента</translation></message><message><source>Days since last purchase</source><translation>Дней с последней покупки</translation></message><message><source>Purchases in the last 365 days</source><translation>Покупок за последние 365 дней</translation></message><message><source>Revenue in the last 365 days</source><translation>Выручка за последние 365 дней</translation></message><message><source>Usual days between purchases</source><translation>Обычный интервал между покупками, дн.</translation></message><message><source>Status</source><translation>Статус</translation></message><message><source>Churn date</source><translation>Дата ухода</translation></message><message><source>Lifespan (days)</source><translation>Срок жизни клиента, дн.</translation></message><message><source>Name</source><translation>Имя</translation></message><message><source>Phone</source><translation>Телефон</translation></message><message><source>Sign-up date</source><translation>Дата регистрации</translation></message><message><source>Recency score (R)</source><translation>Оценка давности (R)</translation></message><message><source>Frequency score (F)</source><translation>Оценка частоты (F)</translation></message><message><source>Spend score (M)</source><translation>Оценка суммы (M)</translation></message><message><source>Warning signs</source><translation>Тревожные признаки</translation></message><message><source>Overdue</source><translation>Давно не покупал</translation></message><message><source>Buying less often</source><translation>Покупает реже</translation></message><message><source>Unhappy</source><translation>Недоволен</translation></message><message><source>Recent returns</source><translation>Недавние возвраты</translation></message><message><source>Probably lost</source><translation>Вероятно, потерян</translation></message><message><source>Wave</source><translation>Волна</translation></message><message><source>Promoters</source><translation>Промоутеры</translation></message><message><source>Passives</source><translation>Нейтральные</translation></message><message><source>Detractors</source><translation>Критики</translation></message><message><source>NPS</source><translation>NPS</translation></message><message><source>Share of promoters</source><translation>Доля промоутеров</translation></message><message><source>Share of passives</source><translation>Доля нейтральных</translation></message><message><source>Share of detractors</source><translation>Доля критиков</translation></message><message><source>Uncertain</source><translation>Неточно</translation></message><message><source>Why uncertain</source><translation>Почему неточно</translation></message><message><source>Level</source><translation>Уровень</translation></message><message><source>Answer</source><translation>Ответ</translation></message><message><source>Bought again</source><translation>Купили снова</translation></message><message><source>Share who bought again</source><translation>Доля купивших снова</translation></message><message><source>Too recent to tell</source><translation>Слишком недавно, чтобы судить</translation></message><message><source>Enough answers</source><translation>Достаточно ответов</translation></message><message><source>Kind</source><translation>Тип</translation></message><message><source>Format</source><translation>Формат</translation></message><message><source>Sheet</source><translation>Лист</translation></message><message><source>Encoding</source><translation>Кодировка</translation></message><message><source>Delimiter</source><translation>Разделитель</translation></message><message><source>Decimal sign</source><translation>Десятичный знак</translation></message><message><source>Date order</source><translation>Порядок даты</translation></message><message><source>Header row</source><translation>Строка заголовков</translation></message><message><source>Currency</source><translation>Валюта</translation></message><message><source>Rows read</source><translation>Прочитано строк</translation></message><message><source>Rows accepted</source><translation>Принято строк</translation></message><message><source>Rows rejected</source><translation>Отклонено строк</translation></message><message><source>Guest purchases</source><translation>Гостевые покупки</translation></message><message><source>Segment</source><translation>Сегмент</translation></message><message><source>Share of customers</source><translation>Доля клиентов</translation></message><message><source>Share of revenue</source><translation>Доля выручки</translation></message><message><source>Revenue per customer</source><translation>Выручка на клиента</translation></message><message><source>Value so far (margin)</source><translation>Ценность на сегодня (маржа)</translation></message><message><source>Active</source><translation>Активные</translation></message><message><source>Share churned</source><translation>Доля ушедших</translation></message><message><source>Periods measured</source><translation>Измерено периодов</translation></message><message><source>Last full period</source><translation>Последний полный период</translation></message><message><source>Customers at start of last period</source><translation>Клиентов на начало последнего периода</translation></message><message><source>Retained in last period</source><translation>Остались в последнем периоде</translation></message><message><source>Retention in last period</source><translation>Удержание в последнем периоде</translation></message><message><source>NPS answers</source><translation>Ответов NPS</translation></message><message><source>Average predicted value</source><translation>Средняя прогнозная ценность</translation></message><message><source>Average chance still a customer</source><translation>Средняя вероятность, что ещё клиент</translation></message><message><source>All charts</source><translation>Все диаграммы</translation></message><message><source>Customer value</source><translation>Ценность клиентов</translation></message><message><source>Customer lifespan</source><translation>Срок жизни клиента</translation></message><message><source>Customer lifecycle</source><translation>Жизненный цикл клиента</translation></message><message><source>Lost lifetime value</source><translation>Потерянная пожизненная ценность</translation></message><message><source>Cost of retention</source><translation>Затраты на удержание</translation></message><message><source>Comparisons</source><translation>Сравнения</translation></message><message><source>Comments</source><translation>Комментарии</translation></message><message><source>Analysis date</source><translation>Дата анализа</translation></message><message><source>Inactivity window (days)</source><translation>Период неактивности, дн.</translation></message><message><source>Refunds count as purchases</source><translation>Возвраты считаются покупками</translation></message><message><source>Margin</source><translation>Маржа</translation></message><message><source>Discount rate</source><translation>Ставка дисконтирования</translation></message><message><source>Expected lifetime (years)</source><translation>Ожидаемый срок жизни клиента, лет</translation></message><message><source>Survey wave</source><translation>Волна опроса</translation></message><message><source>Repurchase window (days)</source><translation>Окно повторной покупки, дн.</translation></message></context><context><name>excel values</name><message><source>active</source><translation>активный</translation></message><message><source>churned</source><translation>ушёл</translation></message><message><source>promoter</source><translation>промоутер</translation></message><message><source>passive</source><translation>нейтральный</translation></message><message><source>detractor</source><translation>критик</translation></message><message><source>sales</source><translation>продажи</translation></message><message><source>customer list</source><translation>список клиентов</translation></message><message><source>survey answers</source><translation>ответы на опросы</translation></message><message><source>all customers</source><translation>все клиенты</translation></message><message><source>loyal</source><translation>лояльные</translation></message><message><source>everyone else</source><translation>все остальные</translation></message><message><source>your segment</source><translation>ваш сегмент</translation></message><message><source>RFM segment</source><translation>RFM-сегмент</translation></message><message><source>strength</source><translation>сильная сторона</translation></message><message><source>weakness</source><translation>слабая сторона</translation></message><message><source>on par</source><translation>на уровне</translation></message><message><source>week</source><translation>неделя</translation></message><message><source>month</source><translation>месяц</translation></message><message><source>quarter</source><translation>квартал</translation></message><message><source>half-year</source><translation>полугодие</translation></message><message><source>year</source><translation>год</translation></message><message><source>yes</source><translation>да</translation></message><message><source>no</source><translation>нет</translation></message></context><context><name>importing</name><message><source>this row has {got} values but the header has {want} columns</source><translation>в строке {got} значений, а в заголовке {want} столбцов</translation></message><message><source>The file could not be read as a table ({detail}). Check for an unclosed quote (") or a line that is far too long.</source><translation>Не удалось прочитать файл как таблицу ({detail}). Проверьте, нет ли незакрытой кавычки (") или слишком длинной строки.</translation></message><message><source>The file has a header but no data rows.</source><translation>В файле есть заголовок, но нет строк с данными.</translation></message><message><source>a value here is longer than {limit:,} characters; this does not look like a table export. Check for an unclosed quote (") or choose the right file.</source><translation>значение здесь длиннее {limit:,} символов — это не похоже на выгрузку таблицы. Проверьте, нет ли незакрытой кавычки ("), или выберите нужный файл.</translation></message><message><source>The file is not in the chosen text encoding {encoding!r}.</source><translation>Файл не в выбранной кодировке {encoding!r}.</translation></message><message><source>Row {row}</source><translation>Строка {row}</translation></message><message><source>column "{column}"</source><translation>столбец "{column}"</translation></message><message><source>{file}, row {row}</source><translation>{file}, строка {row}</translation></message><message><source>{where}, column "{column}"</source><translation>{where}, столбец "{column}"</translation></message><message><source>Could not find a column for: {fields}. Map the columns by hand.</source><translation>Не найден столбец для: {fields}. Сопоставьте столбцы вручную.</translation></message><message><source>The file could not be imported because of an unexpected problem ({detail}). Details are in the log file.</source><translation>Файл не удалось импортировать из-за непредвиденной ошибки ({detail}). Подробности — в файле журнала.</translation></message><message><source>Could not tell whether this file holds sales, customers or survey answers. Choose the kind of data and map its columns.</source><translation>Не удалось понять, что в файле: продажи, клиенты или ответы опроса. Выберите тип данных и сопоставьте столбцы.</translation></message><message><source>{file}: new {noun}: {new}; already in the project: {duplicate}; changed and updated: {updated}; rows rejected: {rejected}.</source><translation>{file}: новых записей ({noun}): {new}; уже в проекте: {duplicate}; изменено и обновлено: {updated}; отклонено строк: {rejected}.</translation></message><message><source>{file}: cannot add {kind!r} data to a project (expected {expected}).</source><translation>{file}: данные типа {kind!r} нельзя добавить в проект (ожидалось: {expected}).</translation></message><message><source>There is no import to undo.</source><translation>Нет импорта, который можно отменить.</translation></message><message><source>The import of {file} cannot be undone because the {table} were changed after it ({detail}).</source><translation>Импорт {file} нельзя отменить: после него изменились данные ({table}) ({detail}).</translation></message><message><source>Choose a file name to save the project to.</source><translation>Выберите имя файла для сохранения проекта.</translation></message><message><source>{file}: the saved definitions cannot be used ({detail}).</source><translation>{file}: сохранённые определения нельзя использовать ({detail}).</translation></message><message><source>{file}: the settings file cannot be used ({detail}).</source><translation>{file}: файл настроек нельзя использовать ({detail}).</translation></message><message><source>{file}: the project file does not exist. Check the name and folder and try again.</source><translation>{file}: файл проекта не существует. Проверьте имя и папку и попробуйте снова.</translation></message><message><source>{file}: this is a folder, not a project file.</source><translation>{file}: это папка, а не файл проекта.</translation></message><message><source>{file}: the file is empty, so it is not a Loyalty Desktop project.</source><translation>{file}: файл пуст, значит, это не проект Loyalty Desktop.</translation></message><message><source>{file}: this is not a Loyalty Desktop project file. Open a .loyalty file, or import spreadsheets with File ▸ Import.</source><translation>{file}: это не файл проекта Loyalty Desktop. Откройте файл .loyalty или импортируйте таблицы через Файл ▸ Импорт.</translation></message><message><source>{file}: this is a database from another program, not a Loyalty Desktop project. Nothing was changed.</source><translation>{file}: это база данных другой программы, а не проект Loyalty Desktop. Ничего не изменено.</translation></message><message><source>{file} was saved by a newer version of Loyalty Desktop (project format {found}; this version reads up to {supported}). Please update the app to open it. Nothing was changed.</source><translation>{file} сохранён более новой версией Loyalty Desktop (формат проекта {found}; эта версия читает до {supported}). Обновите приложение, чтобы открыть его. Ничего не изменено.</translation></message><message><source>{file}: the project file is damaged and cannot be opened ({detail}). Nothing was changed. If you have an autosave or backup copy, open that instead.</source><translation>{file}: файл проекта повреждён и не открывается ({detail}). Ничего не изменено. Если есть автосохранённая или резервная копия, откройте её.</translation></message><message><source>{file}: the file cannot be read ({detail}).</source><translation>{file}: не удаётся прочитать файл ({detail}).</translation></message><message><source>Could not save {file}: {detail}. The previous version of the file is unchanged.</source><translation>Не удалось сохранить {file}: {detail}. Предыдущая версия файла не изменилась.</translation></message><message><source>Could not save {file}: the setting {key!r} cannot be stored ({detail}).</source><translation>Не удалось сохранить {file}: настройку {key!r} нельзя записать ({detail}).</translation></message><message><source>Could not save {file}: the {table} table has two columns named {column!r}.</source><translation>Не удалось сохранить {file}: в таблице {table} два столбца с именем {column!r}.</translation></message><message><source>The file does not exist. Check the name and try again.</source><translation>Файл не существует. Проверьте имя и попробуйте снова.</translation></message><message><source>This is a folder, not a file.</source><translation>Это папка, а не файл.</translation></message><message><source>The compressed file expands to more than {limit} GB; it was not opened (a 'zip bomb'?).</source><translation>Сжатый файл распаковывается более чем в {limit} ГБ; он не открыт («zip-бомба»?).</translation></message><message><source>The compressed file is damaged ({detail}).</source><translation>Сжатый файл повреждён ({detail}).</translation></message><message><source>the payment has status "{value}": it was never completed, so it is not a purchase</source><translation>у платежа статус "{value}": он не был завершён, значит, это не покупка</translation></message><message><source>the date is empty</source><translation>дата не указана</translation></message><message><source>this is not a date the app can read</source><translation>это не дата, которую может прочитать приложение</translation></message><message><source>the amount is empty</source><translation>сумма не указана</translation></message><message><source>this is not a number</source><translation>это не число</translation></message><message><source>no customer id, e-mail, phone or name: a guest purchase that cannot be linked to a customer</source><translation>нет ID клиента, e-mail, телефона или имени: гостевая покупка, которую нельзя связать с клиентом</translation></message><message><source>no customer id, e-mail, phone or name</source><translation>нет ID клиента, e-mail, телефона или имени</translation></message><message><source>the same customer as row {row}</source><translation>тот же клиент, что в строке {row}</translation></message><message><source>no score, satisfaction, comment or reason in this answer</source><translation>в ответе нет ни оценки, ни удовлетворённости, ни комментария, ни причины</translation></message><message><source>an NPS score must be a whole number from 0 to 10</source><translation>оценка NPS должна быть целым числом от 0 до 10</translation></message><message><source>a satisfaction answer must be a whole number from 1 to 5</source><translation>ответ об удовлетворённости должен быть целым числом от 1 до 5</translation></message><message><source>The sheet "{sheet}" spans {rows:,} rows × {cols:,} columns, more than the {limit:,} cells this app can open. Often there is formatting far below or to the right of the data: delete those rows and columns in Excel, or save the sheet as CSV.</source><translation>Лист «{sheet}» размером {rows:,} × {cols:,} (строки × столбцы) — больше, чем может открыть приложение (предел — {limit:,} ячеек). Часто далеко под данными или справа от них есть форматирование: удалите эти строки и столбцы в Excel или сохраните лист как CSV.</translation></message><message><source>The file is damaged or not a real spreadsheet ({detail}).</source><translation>Файл повреждён или не является настоящей таблицей ({detail}).</translation></message><message><source>The file is empty. Export the data again and choose this new file.</source><translation>Файл пуст. Выгрузите данные ещё раз и выберите новый файл.</translation></message><message><source>This does not look like a table: it contains binary data. Export the data as CSV or Excel (.xlsx) and try again.</source><translation>Это не похоже на таблицу: в файле двоичные данные. Выгрузите данные в CSV или Excel (.xlsx) и попробуйте снова.</translation></message><message><source>The first line is longer than {limit:,} bytes; this does not look like a table export. Check that you chose the right file.</source><translation>Первая строка длиннее {limit:,} байт — это не похоже на выгрузку таблицы. Проверьте, тот ли файл выбран.</translation></message><message><source>The file has {count:,} or more columns; at most {limit:,} are supported. Check that you chose the right file and delimiter.</source><translation>В файле {count:,} столбцов или больше; поддерживается не более {limit:,}. Проверьте, тот ли файл и разделитель выбраны.</translation></message><message><source>The workbook has no sheet named {sheet!r}. Sheets: {names}.</source><translation>В книге нет листа {sheet!r}. Листы: {names}.</translation></message><message><source>The workbook has no sheet with data.</source><translation>В книге нет листа с данными.</translation></message><message><source>The dates in column "{column}" could be day/month or month/day (for example "{example}"). Choose the date order in the import window, or set "date_order": "dmy" or "mdy" in the config file.</source><translation>Даты в столбце "{column}" могут быть в порядке день/месяц или месяц/день (например, "{example}"). Выберите порядок дат в окне импорта или укажите "date_order": "dmy" или "mdy" в файле настроек.</translation></message><message><source>The file mixes currencies ({listing}). Import each currency as its own file, or remove the rows in the other currency.</source><translation>В файле разные валюты ({listing}). Импортируйте каждую валюту отдельным файлом или удалите строки в другой валюте.</translation></message></context><context><name>keyword groups</name><message><source>quality</source><translation>качество</translation></message><message><source>price</source><translation>цена</translation></message><message><source>service</source><translation>обслуживание</translation></message><message><source>delivery</source><translation>доставка</translation></message><message><source>staff</source><translation>персонал</translation></message><message><source>waiting</source><translation>ожидание</translation></message><message><source>communication</source><translation>общение</translation></message><message><source>ease of use</source><translation>удобство</translation></message><message><source>range</source><translation>ассортимент</translation></message></context><context><name>lifespan</name><message><source>no customers yet</source><translation>клиентов пока нет</translation></message><message><source>more than half of your customers are still active after {days} days, the longest time observed, so the median lifetime is longer than that</source><translation>больше половины ваших клиентов всё ещё активны через {days} дн. — самый долгий наблюдаемый срок, поэтому медиана срока жизни больше</translation></message><message><source>no customer has churned yet, so there is no lifecycle to show</source><translation>ни один клиент ещё не ушёл, показывать жизненный цикл пока нечего</translation></message></context><context><name>loyal_history</name><message><source>Loyal customers in {period}</source><translation>Лояльные клиенты за {period}</translation></message><message><source>Survey answers and model estimates use today's values for every period.</source><translation>Ответы опросов и оценки модели берутся на сегодня для каждого периода.</translation></message></context><context><name>nps</name><message><source>only {n} answers (fewer than {min}); treat the score as a rough indication</source><translation>ответов всего {n} (меньше {min}); считайте значение приблизительным</translation></message><message><source>only one answer; treat the score as a rough indication</source><translation>всего один ответ; считайте значение приблизительным</translation></message><message><source>the 95 % interval is ±{half:.1f} points wide (more than ±{max:.0f})</source><translation>ширина 95 % интервала ±{half:.1f} пункта (больше ±{max:.0f})</translation></message><message><source>no answers</source><translation>нет ответов</translation></message><message><source>The rise from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Рост с {a:.0f} до {b:.0f} может быть случайным: p = {p:.2f}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} could be chance: p = {p:.2f}.</source><translation>Снижение с {a:.0f} до {b:.0f} может быть случайным: p = {p:.2f}.</translation></message><message><source>The rise from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Рост с {a:.0f} до {b:.0f} вряд ли случаен: p {p_text}.</translation></message><message><source>The fall from {a:.0f} to {b:.0f} is unlikely to be chance: p {p_text}.</source><translation>Снижение с {a:.0f} до {b:.0f} вряд ли случайно: p {p_text}.</translation></message><message><source>{a_label} and {b_label} have the same score ({a:.0f}); there is no difference to explain.</source><translation>У «{a_label}» и «{b_label}» одинаковое значение ({a:.0f}); объяснять нечего.</translation></message><message><source>{a_label} and {b_label} cannot be compared: one of them has no answers.</source><translation>«{a_label}» и «{b_label}» нельзя сравнить: у одной из групп нет ответов.</translation></message><message><source>no date</source><translation>без даты</translation></message><message><source>The answers have no wave column, so waves are half-years of the answer date instead.</source><translation>В ответах нет столбца волны, поэтому волнами считаются полугодия по дате ответа.</translation></message><message><source>Loyal</source><translation>Лояльные</translation></message><message><source>Rest</source><translation>Остальные</translation></message></context><context><name>progress</name><message><source>Applying the filter</source><translation>Применяем фильтр</translation></message><message><source>Building the customer table</source><translation>Строим таблицу клиентов</translation></message><message><source>Checking the rows</source><translation>Проверяем строки</translation></message><message><source>Cohorts, lifespan and value</source><translation>Когорты, срок жизни и ценность</translation></message><message><source>Demo ready</source><translation>Демо готово</translation></message><message><source>Done</source><translation>Готово</translation></message><message><source>Finding customers at risk</source><translation>Ищем клиентов в зоне риска</translation></message><message><source>Opening the demo project</source><translation>Открываем демонстрационный проект</translation></message><message><source>Preparing orders</source><translation>Готовим заказы</translation></message><message><source>Reading the file</source><translation>Читаем файл</translation></message><message><source>Reading the first rows</source><translation>Читаем первые строки</translation></message><message><source>Retention per period</source><translation>Удержание по периодам</translation></message><message><source>Saving the demo project</source><translation>Сохраняем демонстрационный проект</translation></message><message><source>Segments</source><translation>Сегменты</translation></message><message><source>Survey answers</source><translation>Ответы на опросы</translation></message><message><source>Writing the demo export files</source><translation>Записываем файлы для демо</translation></message><message><source>Writing the list</source><translation>Записываем список</translation></message><message><source>Saved</source><translation>Сохранено</translation></message></context><context><name>representativeness</name><message><source>spend band</source><translation>группа по сумме покупок</translation></message><message><source>{lo:,.0f}–{hi:,.0f}</source><translation>{lo:,.0f}–{hi:,.0f}</translation></message><message><source>Your {n:,} respondents look like your customers by {dimension} (chi-square p = {p:.2f}): no group is clearly over- or under-represented.</source><translation>Ваши респонденты ({n:,}) похожи на ваших клиентов по признаку «{dimension}» (хи-квадрат p = {p:.2f}): ни одна группа явно не перепредставлена и не недопредставлена.</translation></message><message><source>Your respondents differ from your customers by {dimension} (chi-square p {p_text}): {over} is over-represented ({over_resp:.0%} of answers vs {over_cust:.0%} of customers) and {under} under-represented ({under_resp:.0%} vs {under_cust:.0%}). Keep that in mind when reading the survey results.</source><translation>Респонденты отличаются от ваших клиентов по признаку «{dimension}» (хи-квадрат p {p_text}): «{over}» перепредставлена ({over_resp:.0%} ответов против {over_cust:.0%} клиентов), а «{under}» недопредставлена ({under_resp:.0%} против {under_cust:.0%}). Учитывайте это, читая результаты опроса.</translation></message><message><source> Some groups are small, so the test is only a rough guide.</source><translation> Некоторые группы маленькие, поэтому проверка даёт лишь грубую оценку.</translation></message><message><source>All customers are in one {dimension} group; there is nothing to compare.</source><translation>Все клиенты в одной группе по признаку «{dimension}»; сравнивать нечего.</translation></message><message><source>None of your customers answered the survey (or answers could not be matched to customers), so representativeness cannot be judged.</source><translation>Никто из ваших клиентов не ответил на опрос (или ответы не удалось связать с клиентами), поэтому оценить репрезентативность нельзя.</translation></message><message><source>(none)</source><translation>(нет)</translation></message><message><source>Every one of these customers answered, so the respondents are the customers.</source><translation>Ответили все эти клиенты, так что участники опроса и есть клиенты.</translation></message></context><context><name>responses</name><message><source>{matched:,} of {n:,} answers ({rate:.0%}) matched a customer: {by_id:,} by customer id, {by_email:,} by e-mail. Unmatched answers still count for NPS.</source><translation>{matched:,} из {n:,} ответов ({rate:.0%}) связаны с клиентом: {by_id:,} по номеру клиента, {by_email:,} по e-mail. Несвязанные ответы всё равно учитываются в NPS.</translation></message><message><source>There are no survey answers to match.</source><translation>Нет ответов опроса для сопоставления.</translation></message><message><source>“{value}” is not a score from {low} to {high}</source><translation>«{value}» — не оценка от {low} до {high}</translation></message><message><source>“{value}” is not a date and time</source><translation>«{value}» — не дата и время</translation></message></context><context><name>retention</name><message><source>no active customers at the start of this period, so there is nothing to retain</source><translation>в начале периода не было активных клиентов, удерживать некого</translation></message><message><source>period still running: end counts are as of {as_of}</source><translation>период ещё идёт: итоговые числа — на {as_of}</translation></message></context><context><name>rfm</name><message><source>Bought recently and buy often.</source><translation>Покупали недавно и покупают часто.</translation></message><message><source>Buy often and still come back.</source><translation>Покупают часто и продолжают возвращаться.</translation></message><message><source>Recent customers who have bought more than once.</source><translation>Недавние клиенты, купившие больше одного раза.</translation></message><message><source>Bought recently, for the first time or rarely.</source><translation>Покупали недавно — впервые или редко.</translation></message><message><source>Fairly recent, but do not buy often yet.</source><translation>Довольно недавно, но пока покупают нечасто.</translation></message><message><source>Average recency and frequency: could go either way.</source><translation>Средние давность и частота: может пойти в любую сторону.</translation></message><message><source>Not seen for a while and rarely bought.</source><translation>Давно не появлялись и покупали редко.</translation></message><message><source>Used to buy regularly but have not come back for a long time.</source><translation>Раньше покупали регулярно, но давно не возвращались.</translation></message><message><source>Bought most often, but not for a long time.</source><translation>Покупали чаще всех, но уже давно не покупают.</translation></message><message><source>Long ago and rarely.</source><translation>Давно и редко.</translation></message><message><source>Longest ago and least often.</source><translation>Дольше всех и реже всех.</translation></message></context><context><name>risk</name><message><source>last bought {days} days ago; usually every {gap}</source><translation>последняя покупка {days} дн. назад; обычно раз в {gap}</translation></message><message><source>bought {last} times in the last {period} days, {previous} in the {period} before</source><translation>покупок за последние {period} дн.: {last}, за {period} дн. до этого: {previous}</translation></message><message><source>bought once in the last {period} days, {previous} times in the {period} before</source><translation>одна покупка за последние {period} дн., за {period} дн. до этого: {previous}</translation></message><message><source>no purchase in the last {period} days, {previous} in the {period} before</source><translation>нет покупок за последние {period} дн., за {period} дн. до этого: {previous}</translation></message><message><source>gave a score of {score} out of 10</source><translation>поставил(а) {score} из 10</translation></message><message><source>rated satisfaction {value} out of 5</source><translation>оценил(а) удовлетворённость на {value} из 5</translation></message><message><source>returned an order in the last {period} days</source><translation>вернул(а) заказ за последние {period} дн.</translation></message><message><source>returned {n} orders in the last {period} days</source><translation>возвратов за последние {period} дн.: {n}</translation></message><message><source>probably no longer buying: {p:.0%} chance they are still a customer</source><translation>вероятно, больше не покупает: вероятность, что это ещё ваш клиент, {p:.0%}</translation></message><message><source>value at risk = (1 − chance still a customer) × predicted value</source><translation>ценность под угрозой = (1 − вероятность, что клиент ещё с вами) × прогноз ценности</translation></message><message><source>value at risk = the whole predicted value of customers with a warning sign (the chance that a customer is still buying could not be estimated)</source><translation>ценность под угрозой = вся прогнозная ценность клиентов с тревожными признаками (вероятность, что клиент ещё покупает, оценить не удалось)</translation></message></context><context><name>rule values</name><message><source>active</source><translation>активен</translation></message><message><source>churned</source><translation>ушёл</translation></message><message><source>promoter</source><translation>промоутер</translation></message><message><source>passive</source><translation>нейтрал</translation></message><message><source>detractor</source><translation>критик</translation></message><message><source>yes</source><translation>да</translation></message><message><source>no</source><translation>нет</translation></message></context><context><name>rule_fields</name><message><source>Imported from your customer list (column “{name}”).</source><translation>Импортировано из вашего списка клиентов (столбец «{name}»).</translation></message><message><source>Customer since</source><translation>Клиент с</translation></message><message><source>City</source><translation>Город</translation></message><message><source>Channel</source><translation>Канал</translation></message><message><source>Store</source><translation>Магазин</translation></message><message><source>Gender</source><translation>Пол</translation></message><message><source>Date of birth</source><translation>Дата рождения</translation></message><message><source>Postcode</source><translation>Почтовый индекс</translation></message><message><source>Country</source><translation>Страна</translation></message></context><context><name>rules</name><message><source>{where}: expected {{"name", "match", "conditions"}}, not {value}.</source><translation>{where}: ожидалось {{"name", "match", "conditions"}}, а не {value}.</translation></message><message><source>{where}: the rule needs a name.</source><translation>{where}: у правила должно быть название.</translation></message><message><source>{where}: "match" must be "all" or "any", not {value}.</source><translation>{where}: "match" должно быть "all" или "any", а не {value}.</translation></message><message><source>{where}: there are no conditions; add at least one.</source><translation>{where}: нет условий; добавьте хотя бы одно.</translation></message><message><source>{where}: "conditions" must be a list, not {value}.</source><translation>{where}: "conditions" должно быть списком, а не {value}.</translation></message><message><source>{where}: groups can only be nested one level deep.</source><translation>{where}: группы можно вкладывать только на один уровень.</translation></message><message><source>{where}: expected a condition {{"field", "op", "value"}} or a group {{"match", "conditions"}}, not {value}.</source><translation>{where}: ожидалось условие {{"field", "op", "value"}} или группа {{"match", "conditions"}}, а не {value}.</translation></message><message><source>{where}: unknown operator {value}; use one of {choices}.</source><translation>{where}: неизвестный оператор {value}; используйте один из: {choices}.</translation></message><message><source>{where}: the condition names no field.</source><translation>{where}: в условии не указано поле.</translation></message><message><source>{where}: unknown field "{field}".{hint}</source><translation>{where}: неизвестное поле "{field}".{hint}</translation></message><message><source>{where}: "{op}" cannot be used with "{field}" ({kind}); use one of {choices}.</source><translation>{where}: "{op}" нельзя использовать с "{field}" ({kind}); используйте один из: {choices}.</translation></message><message><source>{where}: "{field}" needs a number, not {value}.</source><translation>{where}: для "{field}" нужно число, а не {value}.</translation></message><message><source>{where}: "{field}" needs a date written as YYYY-MM-DD, not {value}.</source><translation>{where}: для "{field}" нужна дата в виде ГГГГ-ММ-ДД, а не {value}.</translation></message><message><source>{where}: "{field}" needs a text value, not {value}.</source><translation>{where}: для "{field}" нужен текст, а не {value}.</translation></message><message><source>{where}: "between" needs two values [from, to], not {value}.</source><translation>{where}: для "between" нужны два значения [от, до], а не {value}.</translation></message><message><source>{where}: "between" goes from {low} to {high}; the first must not be larger.</source><translation>{where}: "between" — от {low} до {high}; первое значение не должно быть больше второго.</translation></message><message><source>{where}: "{op}" needs a list of at least one value, not {value}.</source><translation>{where}: для "{op}" нужен список хотя бы из одного значения, а не {value}.</translation></message><message><source>{where}: "{op}" takes no value, but got {value}.</source><translation>{where}: "{op}" не принимает значения, но получено {value}.</translation></message><message><source>{where}: "{op}" needs a value.</source><translation>{where}: для "{op}" нужно значение.</translation></message><message><source> Did you mean "{match}"?</source><translation> Возможно, вы имели в виду "{match}"?</translation></message><message><source>Rule "{name}"</source><translation>Правило "{name}"</translation></message><message><source>Unnamed rule</source><translation>Правило без названия</translation></message><message><source>condition {path}</source><translation>условие {path}</translation></message><message><source>Two segments are called "{name}"; give each segment its own name.</source><translation>Два сегмента называются "{name}"; дайте каждому своё название.</translation></message><message><source>at least</source><translation>не менее</translation></message><message><source>more than</source><translation>более</translation></message><message><source>at most</source><translation>не более</translation></message><message><source>less than</source><translation>менее</translation></message><message><source>is</source><translation>=</translation></message><message><source>is not</source><translation>≠</translation></message><message><source>between</source><translation>в диапазоне</translation></message><message><source>is one of</source><translation>одно из</translation></message><message><source>is none of</source><translation>ни одно из</translation></message><message><source>contains</source><translation>содержит</translation></message><message><source>is empty</source><translation>не указано</translation></message><message><source>is known</source><translation>указано</translation></message><message><source> and </source><translation> и </translation></message><message><source> or </source><translation> или </translation></message></context><context><name>satisfaction</name><message><source>very dissatisfied</source><translation>очень недоволен</translation></message><message><source>dissatisfied</source><translation>недоволен</translation></message><message><source>neutral</source><translation>нейтрально</translation></message><message><source>satisfied</source><translation>доволен</translation></message><message><source>very satisfied</source><translation>очень доволен</translation></message><message><source>promoters</source><translation>промоутеры</translation></message><message><source>passives</source><translation>нейтральные</translation></message><message><source>detractors</source><translation>критики</translation></message><message><source>very satisfied customers</source><translation>очень довольные клиенты</translation></message><message><source>satisfied customers</source><translation>довольные клиенты</translation></message><message><source>not enough data: {n} answers with a full {days}-day window (need {min})</source><translation>недостаточно данных: ответов с полным окном {days} дн. — {n} (нужно {min})</translation></message><message><source>{hi_label} bought again within {days} days {ratio:.1f} times as often as {lo_label} ({hi_rate:.0%} of {hi_n} vs {lo_rate:.0%} of {lo_n}); {chance}</source><translation>{hi_label} покупали снова в течение {days} дн. в {ratio:.1f} раза чаще, чем {lo_label} ({hi_rate:.0%} из {hi_n} против {lo_rate:.0%} из {lo_n}); {chance}</translation></message><message><source>{hi_label}: {hi_rate:.0%} of {hi_n} bought again within {days} days, {lo_label}: none of {lo_n}; {chance}</source><translation>{hi_label}: {hi_rate:.0%} из {hi_n} купили снова в течение {days} дн., {lo_label}: никто из {lo_n}; {chance}</translation></message><message><source>this difference could be chance (p = {p:.2f}).</source><translation>эта разница может быть случайной (p = {p:.2f}).</translation></message><message><source>this difference is unlikely to be chance (p {p_text}).</source><translation>эта разница вряд ли случайна (p {p_text}).</translation></message><message><source>Not enough data yet to compare {hi_label} with {lo_label}.</source><translation>Пока недостаточно данных, чтобы сравнить «{hi_label}» и «{lo_label}».</translation></message></context><context><name>segment names</name><message><source>Champions</source><translation>Чемпионы</translation></message><message><source>Loyal customers</source><translation>Лояльные клиенты</translation></message><message><source>Potential loyalists</source><translation>Потенциально лояльные</translation></message><message><source>New customers</source><translation>Новые клиенты</translation></message><message><source>Promising</source><translation>Перспективные</translation></message><message><source>Need attention</source><translation>Требуют внимания</translation></message><message><source>About to sleep</source><translation>Засыпающие</translation></message><message><source>At risk</source><translation>В зоне риска</translation></message><message><source>Can't lose them</source><translation>Нельзя потерять</translation></message><message><source>Hibernating</source><translation>Спящие</translation></message><message><source>Lost</source><translation>Потерянные</translation></message><message><source>Loyal</source><translation>Лояльные</translation></message><message><source>Regulars</source><translation>Постоянные клиенты</translation></message><message><source>At-risk big spenders</source><translation>Крупные клиенты в зоне риска</translation></message><message><source>Promoters</source><translation>Промоутеры</translation></message><message><source>Detractors</source><translation>Критики</translation></message><message><source>New this quarter</source><translation>Новые в этом квартале</translation></message><message><source>Lapsed</source><translation>Ушедшие</translation></message></context><context><name>segment templates</name><message><source>Customer for at least a year, 4 or more purchases in the last year, still active, and not a detractor.</source><translation>Клиент не меньше года, 4 и больше покупок за последний год, всё ещё активен и не критик.</translation></message><message><source>Active customers who bought 4 or more times in the last year.</source><translation>Активные клиенты, купившие 4 раза и больше за последний год.</translation></message><message><source>Top two fifths by spend (spend score 4–5) who have not bought for a long time (recency score 1–2).</source><translation>Две пятых клиентов с самыми крупными покупками (оценка суммы 4–5), давно ничего не покупавшие (оценка давности 1–2).</translation></message><message><source>Answered 9 or 10 to 'How likely are you to recommend us?'.</source><translation>Ответили 9 или 10 на вопрос «Насколько вероятно, что вы порекомендуете нас?».</translation></message><message><source>Answered 0 to 6 to 'How likely are you to recommend us?'.</source><translation>Ответили от 0 до 6 на вопрос «Насколько вероятно, что вы порекомендуете нас?».</translation></message><message><source>First purchase within the last 3 months.</source><translation>Первая покупка — за последние 3 месяца.</translation></message><message><source>No purchase within the inactivity window: counted as churned.</source><translation>Ни одной покупки за период неактивности: считается ушедшим.</translation></message></context><context><name>segment_retention</name><message><source>In {period}: {sentence}</source><translation>За {period}: {sentence}</translation></message><message><source>There is no complete period yet, so retention cannot be compared.</source><translation>Полного периода пока нет, поэтому удержание сравнить нельзя.</translation></message></context><context><name>segments</name><message><source>All customers</source><translation>Все клиенты</translation></message><message><source>Everyone else</source><translation>Все остальные</translation></message><message><source>{problem} This segment is left out until it is corrected.</source><translation>{problem} Этот сегмент не учитывается, пока его не исправят.</translation></message></context><context><name>value</name><message><source>no customer has made a purchase yet</source><translation>ни один клиент ещё ничего не купил</translation></message><message><source>no customer is active at the end of the data</source><translation>на конец данных нет активных клиентов</translation></message><message><source>annual retention could not be measured (no complete period had customers at its start); set an expected lifetime in the definitions</source><translation>годовое удержание измерить не удалось (ни в одном полном периоде не было клиентов на начало); задайте ожидаемый срок жизни в определениях</translation></message><message><source>every customer was retained, so the expected lifetime is unlimited; set an expected lifetime in the definitions</source><translation>удержаны все клиенты, поэтому ожидаемый срок жизни не ограничен; задайте его в определениях</translation></message><message><source>expected lifetime {years:.1f} years, set by you</source><translation>ожидаемый срок жизни {years:.1f} года, задан вами</translation></message><message><source>expected lifetime {years:.1f} years = 1 / (1 − {retention:.0f} % measured annual retention)</source><translation>ожидаемый срок жизни {years:.1f} года = 1 / (1 − {retention:.0f} % измеренного годового удержания)</translation></message><message><source>no customer churned between {start} and {end}</source><translation>между {start} и {end} ни один клиент не ушёл</translation></message><message><source>your data span fewer than {min_days} days, too few to estimate purchases per year</source><translation>ваши данные охватывают меньше {min_days} дн. — слишком мало, чтобы оценить покупки за год</translation></message><message><source>your data cover {days} days, less than a year, so the yearly figure is scaled up from them</source><translation>ваши данные охватывают {days} дн., меньше года, поэтому годовое значение пересчитано из них</translation></message></context><context><name>view_filter</name><message><source>Segment: {name}</source><translation>Сегмент: {name}</translation></message><message><source>{start} – {end}</source><translation>{start} – {end}</translation></message><message><source>from {start}</source><translation>с {start}</translation></message><message><source>until {end}</source><translation>по {end}</translation></message><message><source>Only the {count} customers of the segment {name} (members as of {as_of}) with their orders and answers.</source><translation>Только клиенты сегмента {name} ({count}, состав на {as_of}) с их заказами и ответами.</translation></message><message><source>Reported from {start} to {end}; purchases before {start} still decide who is an existing customer.</source><translation>Показано с {start} по {end}; покупки до {start} по-прежнему решают, кто уже клиент.</translation></message><message><source>Data after {end} left out.</source><translation>Данные после {end} не учитываются.</translation></message></context><context><name>voice_groups</name><message><source>RFM segment</source><translation>RFM-сегмент</translation></message><message><source>loyal or not</source><translation>лояльный или нет</translation></message><message><source>Loyal</source><translation>Лояльные</translation></message><message><source>Everyone else</source><translation>Все остальные</translation></message><message><source>spend band</source><translation>группа по сумме покупок</translation></message></context></TS>