"""Churn-cause keyword groups and evaluative words in en/sv/da/nl/ru (SPEC §3 Comments).

Plain data. ``CAUSE_GROUPS`` is what the owner sees pre-filled in the keyword-group editor:
group → language → words. A word matches a comment word with the same Snowball stem
("delays" and "delayed" both match "delay"); a word ending in ``*`` matches every comment word
starting with it, which is how compounds are caught in Swedish, Danish and Dutch
("leverans*" matches "leveranstiden") and how Russian inflections are caught ("доставк*").

``KEEP_WORDS`` are words the stop-word lists of stopwords-iso drop although they carry the
opinion of a comment ("good", "bra", "god", "goed", "хорошо"); the text engine keeps them,
together with every keyword below, so the detractor/promoter contrast can see them.
"""
from __future__ import annotations

CAUSE_GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    "quality": {
        "en": ("quality", "broken", "broke", "faulty", "defect*", "damaged", "flimsy", "stale",
               "taste*", "tasteless", "fresh*", "reliab*", "unreliable"),
        "sv": ("kvalitet*", "trasig*", "defekt*", "skadad*", "smak*", "färsk*", "pålitlig*"),
        "da": ("kvalitet*", "defekt*", "ødelagt*", "beskadig*", "itu", "smag*", "frisk*",
               "pålidelig*"),
        "nl": ("kwaliteit*", "kapot*", "defect*", "beschadigd*", "smaak*", "vers", "betrouwba*"),
        "ru": ("качеств*", "брак*", "сломал*", "сломан*", "дефект*", "испорч*", "вкус*",
               "свеж*", "надежн*"),
    },
    "price": {
        "en": ("price*", "pricing", "expensive", "cost*", "cheap*", "overpriced", "money",
               "charg*", "fee", "fees", "bill*", "discount*", "afford*"),
        "sv": ("pris*", "dyr*", "billig*", "kostn*", "kosta*", "avgift*", "faktur*", "rabatt*"),
        "da": ("pris*", "dyr*", "billig*", "omkostning*", "gebyr*", "faktura*", "regning*",
               "rabat*"),
        "nl": ("prijs*", "prijz*", "duur", "dure", "goedkoop*", "kosten", "factu*", "korting*",
               "rekening*"),
        "ru": ("цен*", "дорог*", "дешев*", "стоимост*", "счет*", "скидк*", "оплат*", "деньг*"),
    },
    "service": {
        "en": ("service", "support", "helpful", "unhelpful", "assist*", "complain*", "resolv*"),
        "sv": ("service", "kundtjänst*", "kundservice*", "hjälp*", "support", "reklamation*"),
        "da": ("service", "kundeservice*", "hjælp*", "support", "betjening*", "reklamation*"),
        "nl": ("service", "klantenservice*", "hulp", "geholpen", "behulpza*", "support",
               "klacht*"),
        "ru": ("сервис*", "обслуживан*", "поддержк*", "помощ*", "помог*", "жалоб*"),
    },
    "delivery": {
        "en": ("deliver*", "shipping", "shipped", "postage", "parcel*", "package*", "courier*",
               "dispatch*", "arriv*", "install*"),
        "sv": ("leverans*", "leverera*", "frakt*", "paket*", "skicka*", "postnord", "install*"),
        "da": ("levering*", "leveret", "fragt*", "pakke*", "forsend*", "sendt", "install*"),
        "nl": ("levering*", "bezorg*", "geleverd", "verzend*", "pakket*", "zending*",
               "installat*"),
        "ru": ("доставк*", "доставл*", "курьер*", "посылк*", "отправк*", "установк*"),
    },
    "staff": {
        "en": ("staff", "employee*", "engineer*", "technician*", "rude", "friendly", "polite",
               "knowledgeable", "agent*", "advisor*", "adviser*", "waiter*", "waitress*",
               "barista*", "hairdresser*", "stylist*"),
        "sv": ("personal*", "anställd*", "trevlig*", "otrevlig*", "oförskämd*", "bemötande*",
               "frisör*", "servit*", "tekniker*"),
        "da": ("personale*", "ansat*", "medarbejder*", "venlig*", "uvenlig*", "uhøflig*",
               "frisør*", "tjener*", "tekniker*"),
        "nl": ("personeel*", "medewerker*", "vriendelijk*", "onvriendelijk*", "onbeleefd*",
               "kapper*", "ober*", "bediening", "monteur*"),
        "ru": ("персонал*", "сотрудник*", "продав*", "вежлив*", "грубо*", "груб*", "хамств*",
               "мастер*", "официант*", "консультант*"),
    },
    "waiting": {
        "en": ("wait", "waited", "waiting", "slow*", "delay*", "queue*", "late", "lateness",
               "hours", "weeks"),
        "sv": ("vänta*", "väntetid*", "långsam*", "försen*", "kö", "kön", "timmar", "veckor"),
        "da": ("vent*", "langsom*", "forsink*", "kø", "køen", "timer", "uger"),
        "nl": ("wacht*", "traag", "trage", "langzaam*", "vertrag*", "uren", "weken"),
        "ru": ("ожидан*", "ждал*", "ждать", "долго", "медлен*", "задерж*", "очеред*", "недел*"),
    },
    "communication": {
        "en": ("communicat*", "informed", "inform", "told", "email*", "contact*", "updat*",
               "letter*", "explain*", "promis*", "phone*"),
        "sv": ("kommunikation*", "information*", "informera*", "mejl*", "mail*", "kontakt*",
               "besked*", "lova*", "lovade", "telefon*"),
        "da": ("kommunikation*", "information*", "informer*", "mail*", "kontakt*", "besked*",
               "lovede", "lovet", "telefon*"),
        "nl": ("communicatie*", "informatie*", "geïnformeerd", "mail*", "contact*", "bericht*",
               "beloofd*", "belofte*", "telefo*"),
        "ru": ("информац*", "информир*", "связ*", "звон*", "сообщ*", "обещ*", "общени*",
               "телефон*"),
    },
    "ease": {
        "en": ("easy", "easily", "simple", "straightforward", "hassle*", "smooth*", "website*",
               "app", "online", "process*", "convenient*", "complicated"),
        "sv": ("enkel*", "enkelt", "smidig*", "krångl*", "hemsida*", "webbplats*", "app*"),
        "da": ("nem", "nemt", "nemme", "enkel*", "besværlig*", "hjemmeside*", "app*", "bekvem*"),
        "nl": ("makkelijk*", "gemakkelijk*", "eenvoudig*", "simpel*", "omslachtig*",
               "website*", "app"),
        "ru": ("удобн*", "неудобн*", "легко", "легк*", "сложн*", "сайт*", "приложени*"),
    },
    "range": {
        "en": ("range", "choice", "selection", "stock", "availab*", "assortment", "unavailable"),
        "sv": ("sortiment*", "utbud*", "slutsåld*", "lager*", "urval*"),
        "da": ("sortiment*", "udvalg*", "udsolgt*", "lager*"),
        "nl": ("assortiment*", "aanbod*", "uitverkocht*", "voorraad*", "keuze*"),
        "ru": ("ассортимент*", "выбор*", "наличи*"),
    },
}

#: Opinion words that stopwords-iso lists as stop words but a comment analysis must keep.
KEEP_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("good", "great", "best", "better", "bad", "worse", "worst", "excellent", "problem",
           "problems", "never", "nothing", "value", "help", "useful", "work", "working",
           "worked", "order", "ordered", "new", "long", "thanks", "thank", "poor", "fine",
           "ok", "okay", "quick", "quickly", "fast", "happy", "unhappy", "line", "call", "calls",
           "time", "information", "bill", "still", "said", "wrong"),
    "sv": ("bra", "bäst", "bättre", "dålig", "dåligt", "sämre", "sämst", "aldrig", "inget",
           "ingenting", "tack", "problem", "fungerar", "snabb", "snabbt", "lång", "länge"),
    "da": ("god", "godt", "gode", "bedst", "bedre", "dårlig", "dårligt", "værre", "aldrig",
           "intet", "ingenting", "tak", "problem", "fungerer", "hurtig", "hurtigt", "længe"),
    "nl": ("goed", "beste", "beter", "slecht", "slechter", "nooit", "niets", "bedankt",
           "probleem", "werkt", "snel", "lang"),
    "ru": ("хорошо", "хороший", "хорошая", "хорошее", "лучше", "лучший", "плохо", "плохой",
           "хуже", "никогда", "ничего", "спасибо", "проблема", "работает", "быстро", "долго"),
}
