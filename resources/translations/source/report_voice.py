"""The report's survey pages (comment causes per wave, who answered) and the export dialog's paper sizes."""
MESSAGES = {
    "Causes over time": ("Orsaker över tid", "Årsager over tid", "Oorzaken door de tijd",
                         "Причины во времени"),
    "%1 answers were matched to a customer. Each chart compares the customers who answered "
    "with all customers; where they differ, read the survey's figures with care.": (
        "%1 svar kunde kopplas till en kund. Varje diagram jämför kunderna som svarade med alla "
        "kunder; där de skiljer sig åt bör enkätens siffror läsas med försiktighet.",
        "%1 svar kunne kobles til en kunde. Hvert diagram sammenligner de kunder, der svarede, "
        "med alle kunder; hvor de adskiller sig, skal undersøgelsens tal læses med forsigtighed.",
        "%1 antwoorden konden aan een klant worden gekoppeld. Elke grafiek vergelijkt de klanten "
        "die antwoordden met alle klanten; waar ze verschillen, lees de cijfers van de enquête "
        "dan met voorzichtigheid.",
        "Ответов, сопоставленных с клиентами: %1. Каждый график сравнивает ответивших "
        "клиентов со всеми клиентами; там, где они различаются, относитесь к цифрам опроса "
        "с осторожностью."),
}

#: the export dialog's paper sizes (shown in words, passed on as "A4" / "Letter")
MESSAGES.update({
    "A4": ("A4", "A4", "A4", "A4"),
    "Letter (US)": ("Letter (USA)", "Letter (USA)", "Letter (VS)", "Letter (США)"),
})
