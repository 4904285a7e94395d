"""Free-text survey comments for the demo, in Swedish and English.

Comments are built from short phrases per *theme* (price, quality, service, staff, waiting
time, delivery, cleanliness, opening hours, selection, atmosphere) so that the app's theme
analysis has real, repeated vocabulary to find: detractors mostly complain about their own
latent issue, promoters praise, passives do both ("… men …"). The phrases are what a café
customer actually writes; none of them is tailored to a keyword list.
"""
from __future__ import annotations

import numpy as np

THEMES = ("price", "quality", "service", "staff", "waiting", "delivery", "cleanliness",
          "hours", "selection", "atmosphere")

NEGATIVE = {
    "sv": {
        "price": ["Alldeles för dyrt för det man får.", "Priserna har höjts för mycket det senaste året.",
                  "Dyrare än andra kaféer i stan.", "En kaffe för nästan 50 kr är i överkant."],
        "quality": ["Bullarna var torra och smakade gammalt.", "Kaffet var ljummet och beskt.",
                    "Kvaliteten på smörgåsarna har blivit sämre.", "Kakan smakade som om den var från igår."],
        "service": ["Dålig service, ingen hälsade när jag kom in.",
                    "Fick fel beställning och ingen bad om ursäkt.",
                    "Kändes ointresserat bakom disken.", "Ingen brydde sig när jag klagade."],
        "staff": ["Personalen var otrevlig och stressad.", "En i personalen var direkt oförskämd.",
                  "Personalen pratade med varandra i stället för att hjälpa kunderna."],
        "waiting": ["Lång kö och väntetiden var över 20 minuter.", "Fick vänta länge på min beställning.",
                    "Alldeles för långsamt vid lunchtid.",
                    "Appbeställningen var inte klar fast jag kom i tid."],
        "delivery": ["Leveransen tog över en vecka.", "Paketet kom fram trasigt.",
                     "Frakten är för dyr och leveransen var sen.", "Fick fel bönor i paketet."],
        "cleanliness": ["Smutsiga bord och smulor överallt.", "Toaletten var inte städad.",
                        "Stökigt och disken stod framme länge."],
        "hours": ["Öppnar för sent på helgerna.", "Stänger för tidigt, hinner aldrig dit efter jobbet.",
                  "Synd att ni stänger redan klockan 16 på söndagar."],
        "selection": ["Nästan inget glutenfritt att välja på.",
                      "Samma bakverk varje vecka, saknar variation.",
                      "Ofta slut på smörgåsar efter lunch."],
        "atmosphere": ["För hög musik och svårt att prata.", "Trångt och svårt att hitta en plats."],
    },
    "en": {
        "price": ["Far too expensive for what you get.", "Prices went up a lot this year.",
                  "More expensive than other cafés in town.", "Almost 50 kr for a coffee is too much."],
        "quality": ["The buns were dry and tasted stale.", "The coffee was lukewarm and bitter.",
                    "The sandwiches are not as good as they used to be.",
                    "The cake tasted like yesterday's."],
        "service": ["Poor service, nobody said hello.", "Got the wrong order and no apology.",
                    "Nobody seemed to care when I complained."],
        "staff": ["The staff were rude and stressed.", "One of the staff was openly unfriendly.",
                  "Staff chatted with each other instead of serving customers."],
        "waiting": ["Long queue, I waited more than 20 minutes.", "Had to wait ages for my order.",
                    "Far too slow at lunchtime."],
        "delivery": ["Delivery took more than a week.", "The parcel arrived damaged.",
                     "Shipping is too expensive and the delivery was late."],
        "cleanliness": ["Dirty tables and crumbs everywhere.", "The toilet was not clean."],
        "hours": ["Opens too late at weekends.", "Closes too early, I never make it after work."],
        "selection": ["Hardly any gluten-free options.", "Same pastries every week, no variety."],
        "atmosphere": ["Music too loud, hard to talk.", "Crowded and hard to find a seat."],
    },
}

POSITIVE = {
    "sv": {
        "price": ["Prisvärt och generösa portioner.", "Bra pris på lunchen.",
                  "Stämpelkortet gör det riktigt prisvärt."],
        "quality": ["Godaste kanelbullarna i stan!", "Alltid färskt bröd och gott kaffe.",
                    "Fantastisk kvalitet på bönorna.", "Kaffet är alltid perfekt bryggt."],
        "service": ["Toppenservice, alltid ett leende.", "Snabb och vänlig service.",
                    "De kommer ihåg min vanliga beställning."],
        "staff": ["Supertrevlig personal!", "Personalen är kunnig och hjälpsam.",
                  "Personalen gör mitt morgonkaffe till dagens höjdpunkt."],
        "waiting": ["Gick snabbt trots lång kö.", "Appbeställningen var klar när jag kom."],
        "delivery": ["Snabb leverans och fint paketerat.", "Bönorna kom redan dagen efter."],
        "cleanliness": ["Rent och fräscht.", "Alltid välstädat."],
        "hours": ["Bra öppettider, öppnar tidigt.", "Skönt att ni har öppet på söndagar."],
        "selection": ["Stort utbud av te och kaffe.", "Bra veganska alternativ.",
                      "Kul med nya bakverk varje säsong."],
        "atmosphere": ["Mysig miljö, perfekt för att jobba en stund.", "Härlig stämning och fin musik."],
    },
    "en": {
        "price": ["Good value and generous portions.", "Great price for lunch."],
        "quality": ["Best cinnamon buns in town!", "Always fresh bread and great coffee.",
                    "Fantastic quality beans."],
        "service": ["Great service, always a smile.", "Quick and friendly service.",
                    "They remember my usual order."],
        "staff": ["Lovely staff!", "The staff are knowledgeable and helpful."],
        "waiting": ["Quick even with a queue.", "My app order was ready when I arrived."],
        "delivery": ["Fast delivery and nicely packed.", "The beans arrived the next day."],
        "cleanliness": ["Clean and fresh.", "Always tidy."],
        "hours": ["Good opening hours, opens early."],
        "selection": ["Great selection of tea and coffee.", "Good vegan options."],
        "atmosphere": ["Cosy place, perfect for working for a while.", "Lovely atmosphere."],
    },
}

GENERIC = {
    ("sv", "pos"): ["Bra!", "Fortsätt så!", "Mitt favoritkafé.", "Allt var bra.", "Kommer gärna tillbaka!"],
    ("sv", "neg"): ["Inte nöjd.", "Besviken den här gången.", "Har varit bättre förr."],
    ("en", "pos"): ["Great!", "Keep it up!", "My favourite café.", "All good."],
    ("en", "neg"): ["Not happy.", "Disappointed this time."],
}
BUT = {"sv": " men ", "en": " but "}
CLOSER = {
    ("sv", "pos"): ["Kommer gärna tillbaka!", "Tack!", "Rekommenderar varmt."],
    ("sv", "neg"): ["Tyvärr.", "Hoppas det blir bättre.", "Går nog någon annanstans nästa gång.",
                    "Ni kan bättre än så.", "Synd, det brukade vara bra."],
    ("en", "pos"): ["Will be back!", "Thanks!"],
    ("en", "neg"): ["Sadly.", "Hope it gets better."],
}


def _pick(rng: np.random.Generator, items: list[str]) -> str:
    return items[int(rng.integers(len(items)))]


def _theme(rng: np.random.Generator, favourite: str | None, web: bool) -> str:
    """The customer's own issue most of the time, else any theme (delivery only for web buyers)."""
    if favourite is not None and rng.random() < 0.7:
        return favourite
    themes = [t for t in THEMES if web or t != "delivery"]
    return _pick(rng, themes)


def _phrase(rng: np.random.Generator, table: dict, lang: str, theme: str) -> str:
    return _pick(rng, table[lang][theme])


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def comment(rng: np.random.Generator, lang: str, score: int, issue: str | None, web: bool,
            boost: str | None = None) -> str:
    """One comment for an NPS answer of ``score``; ``boost`` is a theme in the news that wave."""
    in_the_news = boost is not None and rng.random() < 0.6
    if score >= 9:
        if rng.random() < 0.2:
            return _pick(rng, GENERIC[(lang, "pos")])
        text = _phrase(rng, POSITIVE, lang, _theme(rng, None, web))
        if rng.random() < 0.35:
            text += " " + _phrase(rng, POSITIVE, lang, _theme(rng, None, web))
        if rng.random() < 0.25:
            text += " " + _pick(rng, CLOSER[(lang, "pos")])
        return text
    if score >= 7:
        good = _phrase(rng, POSITIVE, lang, _theme(rng, None, web)).rstrip("!.")
        theme = boost if in_the_news else _theme(rng, issue, web)
        bad = _lower_first(_phrase(rng, NEGATIVE, lang, theme))
        return good + BUT[lang] + bad
    if rng.random() < 0.1:
        return _pick(rng, GENERIC[(lang, "neg")])
    text = _phrase(rng, NEGATIVE, lang, boost if in_the_news else _theme(rng, issue, web))
    if rng.random() < 0.4:
        second = _phrase(rng, NEGATIVE, lang, _theme(rng, None, web))
        if second != text:
            # survey tools keep the line break a respondent typed
            text += ("\n" if rng.random() < 0.3 else " ") + second
    if rng.random() < 0.12:
        text += " " + _pick(rng, CLOSER[(lang, "neg")])
    return text


EXIT_REASONS = {
    "moved": "Flyttade",
    "price": "För dyrt",
    "quality": "Sämre kvalitet",
    "service": "Dålig service",
    "other_place": "Hittade annat ställe",
    "hours": "Öppettider",
}
#: latent comment themes → the exit reason such a customer ticks
ISSUE_TO_EXIT = {"price": "price", "quality": "quality", "selection": "quality", "service": "service",
                 "staff": "service", "waiting": "service", "cleanliness": "quality", "delivery": "service",
                 "hours": "hours", "atmosphere": "other_place"}

EXIT_COMMENTS = {
    "sv": {
        "moved": ["Flyttade till Göteborg.", "Har flyttat från Uppsala.", "Nytt jobb i en annan stad."],
        "price": ["Blev för dyrt när priserna höjdes.", "Har inte råd att fika ute lika ofta."],
        "quality": ["Bullarna var inte lika goda längre.", "Kaffet har blivit sämre."],
        "service": ["Blev dåligt bemött flera gånger.", "För lång väntan vid disken."],
        "other_place": ["Ett nytt kafé öppnade närmare jobbet.", "Går till bageriet på hörnet nu."],
        "hours": ["Ni har stängt när jag har tid.", "Öppnar för sent för mig på morgonen."],
    },
    "en": {
        "moved": ["Moved to Stockholm.", "Moved abroad after my studies."],
        "price": ["Too expensive after the price increase."],
        "quality": ["The pastries are not what they used to be."],
        "service": ["Bad experience with the staff."],
        "other_place": ["A new café opened near my office."],
        "hours": ["You are closed when I have time."],
    },
}


def exit_comment(rng: np.random.Generator, lang: str, reason: str) -> str:
    return _pick(rng, EXIT_COMMENTS[lang][reason])
