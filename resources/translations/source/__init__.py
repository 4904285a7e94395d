"""Translation tables: ``MESSAGES = {English source: (sv, da, nl, ru)}``.

A numerus message (``%n``) gives a tuple of plural forms instead of a string: two for
sv/da/nl (one, other), three for ru (one: 1, 21…; few: 2–4, 22–24…; many: 0, 5–20…).
Keep every placeholder (%1, %2, %n) exactly; write what a shop owner would say, not a
word-by-word rendering. Add new rows to the file of the screen they belong to.
"""
