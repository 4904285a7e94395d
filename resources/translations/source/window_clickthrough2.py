"""What the Customers page says after a click on the who-answered, loyal-customers,
comment-cause and holdout charts (issue 9), and the new tooltips and buttons beside them."""
MESSAGES = {
    # Feedback page, who answered (ui/feedback_representativeness.py); %1 group, %2 dimension
    "%1 (%2): all customers": ("%1 (%2): alla kunder", "%1 (%2): alle kunder",
                               "%1 (%2): alle klanten", "%1 (%2): все клиенты"),
    "%1 (%2): customers who answered the survey": (
        "%1 (%2): kunder som svarade på enkäten", "%1 (%2): kunder, der svarede på undersøgelsen",
        "%1 (%2): klanten die de enquête invulden", "%1 (%2): клиенты, ответившие на опрос"),
    # Feedback page, comment causes (ui/pages/feedback.py)
    "Show the customers who mention “%1”": (
        "Visa kunderna som nämner ”%1”", "Vis kunderne, der nævner »%1«",
        "Toon de klanten die ‘%1’ noemen", "Показать клиентов, которые упоминают «%1»"),
    "Comments that mention %1": ("Kommentarer som nämner %1", "Kommentarer, der nævner %1",
                                 "Opmerkingen over %1", "Комментарии, где упоминается %1"),
    "Comments in %1 that mention %2": (
        "Kommentarer under %1 som nämner %2", "Kommentarer i %1, der nævner %2",
        "Opmerkingen in %1 over %2", "Комментарии за %1, где упоминается %2"),
    "Comments in %1 that mention any of: %2": (
        "Kommentarer under %1 som nämner något av: %2",
        "Kommentarer i %1, der nævner mindst én af: %2",
        "Opmerkingen in %1 over een van: %2",
        "Комментарии за %1, где упоминается хотя бы одно из: %2"),
    "%1; %Ln of these answers could not be matched to a customer": (
        ("%1; %Ln av svaren kunde inte kopplas till en kund",
         "%1; %Ln av svaren kunde inte kopplas till en kund"),
        ("%1; %Ln af svarene kunne ikke kobles til en kunde",
         "%1; %Ln af svarene kunne ikke kobles til en kunde"),
        ("%1; %Ln van deze antwoorden kon niet aan een klant worden gekoppeld",
         "%1; %Ln van deze antwoorden konden niet aan een klant worden gekoppeld"),
        ("%1; %Ln ответ не удалось связать с клиентом",
         "%1; %Ln ответа не удалось связать с клиентами",
         "%1; %Ln ответов не удалось связать с клиентами")),
    # causes-per-wave chart, a cause's point (report/charts_theme_trend.py)
    "%1 · %2: %3 of the wave's comments (%4)": (
        "%1 · %2: %3 av omgångens kommentarer (%4)", "%1 · %2: %3 af rundens kommentarer (%4)",
        "%1 · %2: %3 van de opmerkingen in deze ronde (%4)",
        "%1 · %2: %3 комментариев этой волны (%4)"),
    # Segments page, a month of the loyal-customers chart (ui/segments_page.py)
    "Loyal at the end of %1": ("Lojala i slutet av %1", "Loyale ved udgangen af %1",
                               "Trouw aan het eind van %1", "Лояльные на конец %1"),
    # Value page, a group of the holdout chart (ui/holdout_panel.py); %2 a date
    "%1 repeat purchases up to %2": (
        "%1 återköp till och med %2", "%1 genkøb til og med %2",
        "%1 herhaalaankopen tot en met %2", "Повторных покупок по %2: %1"),
}
