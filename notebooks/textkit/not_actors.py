"""Capitalised words that name no actor (notebook 05).

Before `candidates.py` counts the names in a sentence, these blank out
the capitalised words that name no actor: a word for the state after a
country ("US Embassy"), money, things (events, plans, laws) and the titles
of works. `datelines.py` blanks where a report was written and its credits.
`fields.py` blanks the field of work in a title such as "Minister of
Foreign Affairs".
"""

import re

from .actor_list import CURRENCY_WORDS, NAME_WORDS, ORGANISATION_WORDS, STATE_WORDS
from .capitals import QUOTE_PAIRS, closing_quote, is_acronym
from .words import singular, spelled_out

# Names of things, not actors: events, plans, laws, vaccines ("World Cup", "Paris Agreement"), by their last word.
THING_WORDS = {word for word, kind in NAME_WORDS.items() if kind == "thing"}
# And by their first word: "Hurricane Harvey", "Storm Babet", "Operation Sindoor", "Copa America", ships ("USS Carl
# Vinson").
THING_OPENERS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Operation", "Copa", "USS", "HMS", "HMAS",
                 "HMCS", "HMNZS", "INS", "BRP", "MV"}
# Words in small letters after a thing's name: "the Help to Buy scheme", "the Truth and Reconciliation process".
SCHEMES = {"scheme", "schemes", "programme", "programmes", "program", "programs", "initiative", "process"}
# Makes of vehicles, whose model follows: "a Toyota Hilux", "Ford Fiesta" (but "Toyota Motor Corporation" is a name).
VEHICLE_MAKES = {"Toyota", "Nissan", "Ford", "Honda", "Mazda", "Hyundai", "Kia", "Mitsubishi", "Suzuki", "Isuzu",
                 "Volkswagen", "VW", "BMW", "Mercedes", "Mercedes-Benz", "Audi", "Chevrolet", "Subaru", "Peugeot",
                 "Renault", "Lexus", "Tesla", "Jeep", "Volvo", "Fiat", "Dodge", "Kawasaki", "Yamaha", "Bajaj", "Tata"}
# Words of a storm's kind before its name ("Tropical Depression Agaton"), and in small letters before a list of
# names ("tropical cyclones Crising (Wipha), Dante (Francisco), and Emong").
STORM_KINDS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Depression"}  # not "Super": "Super Eagles", a team
STORM_LISTS = {"hurricanes", "typhoons", "cyclones", "storms", "depressions"}
ROMAN = {"I", "II", "III", "IV", "V", "VI"}  # numbers after a name: "World War II", "Vatican II"
# Words that label things by a number or a letter: "Category 4", "Zone 5", "Courtroom 6", "Bill 39", "Group D".
LABELS = {"Category", "Zone", "Group", "Pool", "Courtroom", "Detachment", "Bill", "Chapter", "Article", "Section",
          "Round", "Level", "Grade", "Class", "Division", "Ward", "Block", "Sector", "Room", "Gate", "Terminal",
          "Platform", "Flight", "Season", "Episode", "Volume", "Page", "Figure", "Table", "Item", "Intermediate",
          "Standard", "Form", "Week", "Matchday", "Stage", "Phase", "Lot", "Plot", "Floor", "Suite", "Apartment",
          "Point", "Resolution", "Vision", "Route"}  # "Resolution 2216", "Saudi Vision 2030", "Route 66"
LETTERS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # after a label: "Group D"
MAGNITUDES = {"million", "billion", "trillion", "crore", "lakh", "bn"}  # after an amount: "P13 million"
INDEX_SIZES = {"20", "30", "40", "50", "100", "200", "225", "250", "500", "600", "2000"}  # "S&P 500", "FTSE 100"
# Currency codes, which name money beside an amount: "USD 1.3 billion", "SAR 214 billion", "$11,000 SBD".
CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "LKR", "PKR", "BDT", "NPR", "KES", "UGX", "TZS",
                  "NGN", "GHS", "GHC", "ZAR", "EGP", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "ILS", "RUB",
                  "UAH", "PLN", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "NZD", "SGD", "MYR", "IDR", "THB", "VND",
                  "PHP", "KRW", "HKD", "TWD", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "XOF", "XAF", "MWK", "ZMW",
                  "ETB", "RWF", "MAD", "TND", "DZD", "IRR", "IQD", "SBD", "FJD", "PGK", "WST", "JMD", "TTD", "BBD",
                  "XCD", "MUR", "NAD", "BWP", "LBP", "MMK", "KHR", "HUF", "CZK", "RON", "BGN", "ISK", "DOP", "KZT",
                  "KGS", "UZS", "TJS", "AZN", "GEL", "RSD", "MKD", "BAM"}


def _name_start(words, i):
    """Where the run of capitalised words that ends at words[i] starts."""
    while i > 0 and (words[i - 1] or "")[:1].isupper():
        i -= 1
    return i


def _name_end(words, i):
    """Where the run of capitalised words after words[i] ends (the first word after it)."""
    return next((j for j in range(i + 1, len(words)) if not (words[j] or "")[:1].isupper()), len(words))


def _is_thing(word):
    """'Agreement', 'Agreements', 'Rescue-Plan': the word's first part, or its singular, is a word of things."""
    first = word.split("-")[0].lower()
    return first in THING_WORDS or singular(first) in THING_WORDS


def skip_state_words(words):
    """'US Embassy', 'the Qatari Embassy', 'the Republic of Kenya': a word for the state right after a known actor
    (None), or before "of" and one, belongs to that actor's mention, as notebook 05's mention rules count it, and
    names nothing new. Blank it out."""
    if STATE_WORDS.isdisjoint(words):  # most sentences: nothing to do
        return words
    return [None if word in STATE_WORDS and ((i and words[i - 1] is None) or words[i + 1 : i + 3] == ["of", None])
            else word for i, word in enumerate(words)]


def skip_money(words):
    """'US dollars', 'US$ 2 million', 'Hong Kong dollars': capitalised words right before a currency name money, not
    an actor (nor do notebook 05's mention rules count them); so does a currency code beside an amount ('USD 1.3
    billion'). Blank them out."""
    if CURRENCY_WORDS.isdisjoint(words) and CURRENCY_CODES.isdisjoint(words) and MAGNITUDES.isdisjoint(words):
        return words  # most sentences: nothing to do
    words = list(words)
    for i, word in enumerate(words):
        if word in CURRENCY_CODES and any((near or "")[:1].isdigit() for near in words[max(i - 1, 0) : i + 2]):
            words[i] = None  # "USD 1.3 billion", "$11,000 SBD"
        elif re.fullmatch(r"[A-Z][a-z]?\d[\d.,]*", word or "") and (words[i + 1 : i + 2] or [""])[0] in MAGNITUDES:
            words[i] = None  # a currency's letter before the amount: "P13 million" (pesos), "Rs5 crore" (rupees)
    for i in range(1, len(words)):
        if words[i] in CURRENCY_WORDS:
            start = _name_start(words, i)
            words[start:i] = [None] * (i - start)
    return words


def skip_things(words):
    """'the Rugby Championship', 'an Oral Cholera Vaccine (OCV)': events, plans, laws and vaccines are no actors.
    Blank out each run of capitalised words that ends in such a word (kind "thing" in data/name_words.csv), and a
    storm's, a military operation's or a ship's name ("Hurricane Harvey", "USS Carl Vinson"), a name right before
    "scheme" or "programme" ("the First Home scheme") and a language ("French-speaking"); but not when an
    organisation's name ends in one ("Asian Network for Free Elections")."""
    words = list(words)
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        if word in THING_OPENERS and ((following or "")[:1].isupper() or word in STORM_KINDS - {"Storm"}) and (
                word != "Tropical" or following in STORM_KINDS | {"Depression"}):  # not "Tropical Medicine"
            # "Hurricane Harvey", "USS Carl Vinson"; alone, the word for the storm: "ahead of Typhoon" (but
            # "Storm" alone may be a team: "the Storm won")
            end = _name_end(words, i)
            words[i:end] = [None] * (end - i)
        elif word in VEHICLE_MAKES and (following or "")[:1].isupper():  # a vehicle: "a white Toyota Hilux"
            end = _name_end(words, i)
            if ORGANISATION_WORDS.isdisjoint(part.lower() for part in words[i + 1 : end]):  # not "Toyota Motor Co."
                words[i:end] = [None] * (end - i)
        elif word and "-" in word and word.endswith(("-speaking", "-language")):
            words[i] = None  # a language: "the French-speaking liberals", "Spanish-language papers"
        elif word in LABELS and following and (following.isdigit() or following.rstrip(".") in LETTERS):
            words[i] = None  # a label and its number or letter: "Category 4", "Zone 5", "Bill 39", "Group D"
        elif word and word[:1].isupper() and following in SCHEMES and not (is_acronym(word) or word.lower() in
                                                                        ORGANISATION_WORDS):
            start = _name_start(words, i)  # a scheme's name: "the First Home scheme" (not "the NHS scheme")
            while start > 1 and words[start - 1] in {"and", "of"} and (words[start - 2] or "")[:1].isupper():
                start = _name_start(words, start - 2)  # "the Truth and Reconciliation process"
            words[start : i + 1] = [None] * (i + 1 - start)
        elif word and word[:1].isupper() and following in INDEX_SIZES:  # a share index: "the Euro Stoxx 50"
            start = _name_start(words, i)
            if start > 0 or words[i + 2 : i + 3] != ["."]:  # not a numbered list's "19. Oshawa 20. Pickering"
                words[start : i + 1] = [None] * (i + 1 - start)
        elif word and word[:1].isupper() and _is_thing(word) and not (  # the last capitalised word, or before a
                following and following[:1].isupper() and following not in ROMAN | {"Against", "Of"}) and (  # "War II"
                word != "Bill" or (words[i - 1] or "")[:1].isupper()):  # "Finance Bill"; not "Bill and Melinda Gates"
            start = i  # back to the name's first word: "Tracking Data and Relay Satellite", and before a bracket:
            while start > 0 and words[start - 1] and (words[start - 1][:1].isupper() or (  # "Parties (Amendment)"
                    words[start - 1] in {"and", "of", "("} and start > 1 and (words[start - 2] or "")[:1].isupper())):
                start -= 1
            joint = start - 1 - (start > 1 and words[start - 1] == "the")  # "Institute for the Study of War"
            if joint > 0 and words[joint] in {"for", "of", "on"} and (words[joint - 1] or "").lower() in \
                    ORGANISATION_WORDS and words[joint - 1][:1].isupper():  # not "a hospital on National Day"
                continue  # "Commission on Elections": the thing names what an organisation is for
            end = i + 4 if following == "(" and i + 3 < len(words) and words[i + 3] == ")" else i + 1 + (
                following in ROMAN)
            while end + 1 < len(words) and (words[end] or "").lower() in {"of", "against"} and (words[end + 1] or "")[
                    :1].isupper():  # "Code of Conduct", "Day Against Drugs": the thing's name goes on after "of"
                end = _name_end(words, end + 1)
            words[start:end] = [None] * (end - start)
    return words


def skip_titles_of_works(words, is_small_word):
    """'the painting “Young Man at His Window”': a quotation written In Capitals, two words or more, or one after a
    possessive ("Senem Tuzen’s ‘Motherland’"), is the title of a work (a painting, a book, a film, a song, a
    campaign), not an actor. Blank out its words."""
    if QUOTE_PAIRS.keys().isdisjoint(words):  # most sentences: nothing to do
        return words
    words = list(words)
    for i in range(len(words)):
        end = closing_quote(words, i, 15)
        inside = [w for w in words[i + 1 : end] if w and w[:1].isalpha()] if end else []
        after_possessive = i > 0 and words[i - 1] == "\u2019s"  # "Senem Tuzen’s ‘Motherland’": one word will do
        if inside and (len(inside) >= 2 or after_possessive) and all(
                w[:1].isupper() or is_small_word(w) for w in inside):
            words[i + 1 : end] = [None] * (end - i - 1)
    return words


def thing_acronyms(words):
    """'Future Land Use Plan (FLUP)', 'quality of services (QoS)': an acronym in brackets after the name of a thing,
    or after the words it stands for in small letters, names no actor."""
    if "(" not in words:
        return set()
    return {words[i + 2] for i in range(len(words) - 3) if words[i + 1] == "(" and words[i + 3] == ")" and words[i]
            and (words[i + 2] or "")[:1].isupper() and (
                ((_is_thing(words[i]) or _opened_by_a_thing(words, i)) and words[i + 2].isupper())
                or spelled_out(words, i + 2))}


def _opened_by_a_thing(words, i):
    """'Tropical Cyclone Freddy': do the capitalised words up to words[i] open with a storm's or a ship's word?"""
    return words[_name_start(words, i)] in THING_OPENERS


def storm_names(words):
    """'Tropical Depression Agaton', 'Typhoon Carina (Gaemi)', 'tropical cyclones Crising (Wipha), Dante (Francisco),
    and Emong': the names of storms, which name no actor anywhere in the text ("Agaton would be at 120 km ...")."""
    names, i = set(), 0
    while i < len(words):
        word = words[i] or ""
        if word in STORM_KINDS or word in STORM_LISTS:
            j, name = i + 1, []
            while j < len(words) and ((words[j] or "")[:1].isupper() or words[j] in {"(", ")"} or (
                    word in STORM_LISTS and words[j] in {",", "and"})):  # a list only after a plural
                if (words[j] or "")[:1].isupper() and words[j] not in STORM_KINDS:
                    name.append(words[j])
                elif name:
                    names.add(" ".join(name))
                    name = []
                j += 1
            names |= {" ".join(name)} if name else set()
            i = j
        i += 1
    return names
