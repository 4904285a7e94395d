"""What the Customers page says after a click on a feedback, value or segment chart (issue 9)."""
MESSAGES = {
    # Feedback page (ui/pages/feedback.py)
    "Answered the survey in %1": ("Svarade på enkäten under %1", "Svarede på undersøgelsen i %1",
                                  "Vulden de enquête in tijdens %1", "Ответили на опрос за %1"),
    "Answered “%1”, %2 days or more ago": (
        "Svarade ”%1” för minst %2 dagar sedan", "Svarede »%1« for mindst %2 dage siden",
        "Antwoordden ‘%1’, %2 dagen of langer geleden", "Ответили «%1» не менее %2 дней назад"),
    "Said they left because: %1": ("Sa att de slutade för att: %1",
                                   "Sagde, at de stoppede, fordi: %1",
                                   "Zeiden dat ze weggingen omdat: %1",
                                   "Назвали причину ухода: %1"),
    # Value page (ui/pages/value.py)
    "Churned between %1 and %2": ("Förlorade mellan %1 och %2", "Mistet mellem %1 og %2",
                                  "Verloren tussen %1 en %2", "Ушли с %1 по %2"),
    "Still customers %1 months after their first purchase": (
        "Fortfarande kunder %1 månader efter första köpet",
        "Stadig kunder %1 måneder efter første køb",
        "Nog klant %1 maanden na hun eerste aankoop",
        "Всё ещё клиенты через %1 мес. после первой покупки"),
    # Segments page, a point of a group's retention line (ui/segment_metrics.py)
    "%1: kept in %2": ("%1: behållna under %2", "%1: fastholdt i %2", "%1: behouden in %2",
                       "%1: удержаны в %2"),
    # Customers page: the table's order in words (ui/pages/customers.py)
    "Sorted by %1, %2": ("Sorterat efter %1, %2", "Sorteret efter %1, %2", "Gesorteerd op %1, %2",
                         "Сортировка: %1, %2"),
    "oldest first": ("äldst först", "ældste først", "oudste eerst", "сначала старые"),
    "newest first": ("nyast först", "nyeste først", "nieuwste eerst", "сначала новые"),
    "smallest first": ("minst först", "mindste først", "kleinste eerst", "по возрастанию"),
    "largest first": ("störst först", "største først", "grootste eerst", "по убыванию"),
    "A to Z": ("A till Ö", "A til Å", "A tot Z", "от А до Я"),
    "Z to A": ("Ö till A", "Å til A", "Z tot A", "от Я до А"),
}
