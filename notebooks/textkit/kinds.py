"""Kinds: a first guess at what a candidate actor is (notebook 05).

Notebook 05 shows each candidate with a kind, person, organisation or place, for
the learner to check before adding it to their actor list. The guess reads the
name's last word ("Agency", "Stadium": data/name_words.csv) and first word
("New", "Mount"), the places the course knows (data/place_names.txt), whether a
title came before it, and whether "in", "from", "to" ... mostly did.
"""

import re

from .actor_list import NAME_WORDS, PLACE_NAMES
from .capitals import NAME_NUMBERS, NAME_PARTICLES, is_acronym

# First words of place names ("North Carolina", "Los Angeles", "Port Dickson", "Kuala Lumpur", "Puerto Montt").
PLACE_OPENERS = {"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                 "Greater", "Grand", "Little", "Upper", "Lower", "Mount", "Port", "Cape", "Lake", "Fort", "Camp",
                 "Gulf", "Los", "Las", "San", "Santa", "St", "Sta.", "Isle", "Barangay", "Kuala", "Kota", "Sungai",
                 "Bukit", "Pulau", "Tanjung", "Kampung", "Puerto", "Ciudad"}
PLACE_ENDINGS = ("shire", "town", "ville", "burg", "burgh", "pur", "abad", "grad")  # "Jamshedpur", "Allahabad"
PLACE_BEFORE = {"in", "from", "to", "near", "at", "across", "outside", "into", "around", "throughout",
                "northern", "southern", "eastern", "western", "central"}  # "in northern Kosovo"
PLACE_BEFORE |= {f"{place} of" for place in (  # "the town of Chincha", "the regions of Tumbes and Piura"
    "town", "towns", "city", "cities", "village", "villages", "province", "provinces", "region", "regions", "district",
    "districts", "state", "states", "island", "islands", "county", "counties", "municipality", "municipalities",
    "sector", "port", "suburb", "suburbs", "neighbourhood", "neighborhood", "commune", "governorate", "department",
    "prefecture", "borough", "parish", "township", "outskirts", "capital", "area", "areas")}
# Words for a party, a front or a movement in other languages, anywhere in a name: "Parti Amanah Negara", "Pakatan
# Harapan", "Pakistan Tehreek-e-Insaf", "Partido Revolucionario Institucional".
PARTY_WORDS = {"Parti", "Partai", "Partido", "Partito", "Partij", "Partei", "Barisan", "Pakatan", "Perikatan",
               "Tehreek", "Tehrik", "Jamaat", "Jamiat", "Frente", "Movimiento", "Plaid", "Labour", "Labor",
               "Conservative", "Liberal"}  # and English parties' words: "Welsh Labour", "Progressive Conservative"


def sure_place(name):
    """'Gladstone Airport', 'Limassol': a place by its last word or in the course's list of places (not only guessed
    one from the words before it, as 'to Jonathon' would make Jonathon)."""
    return NAME_WORDS.get(name.split()[-1].lower()) == "place" or name in PLACE_NAMES


def guess_kind(name, befores):
    """A first guess at what a candidate is: person, organisation or place, from its words and the words before
    each of its mentions (befores: "a title" after a title); the learner checks it."""
    words = name.split()
    if is_acronym(name) or words[0] in {"FC", "AC", "SC", "CF", "AFC"}:  # "FC Goa", "AC Milan": a club
        return "organisation"
    if len(words) > 1 and is_acronym(words[-1]) and not words[-1][-1].isdigit() and words[-1] not in NAME_NUMBERS:
        # "Limassol CID", "Galway Bay FM"; not "Benigno Aquino III"
        return "organisation"
    if words[-1].lower() in NAME_WORDS and not ("a title" in befores and NAME_WORDS[words[-1].lower()] == "place"):
        return NAME_WORDS[words[-1].lower()]  # but "Rep. Ann Hill" is a person
    if (len(words) > 1 and (words[0] in PLACE_OPENERS or words[-1] in {"North", "South", "East"})) or words[
            -1].endswith(PLACE_ENDINGS) or name in PLACE_NAMES:
        return "place"  # "New York", "Mount Isa", "Al Batinah North", "Lincolnshire", "Jamshedpur", "Texas"
    if PARTY_WORDS.intersection(part for word in words for part in word.split("-")):
        return "organisation"
    if re.fullmatch(r"(?:[A-Z][a-z]?\.)+[A-Z][a-z]+", name):  # "N.Altankhuyag", "Ch.Ulaan": Mongolian initials
        return "person"
    looks_personal = all(w[:1].isupper() or w.split("-")[0] in NAME_PARTICLES for w in words)
    if "a title" in befores or (2 <= len(words) <= 5 and looks_personal):
        return "person"
    if sum(before in PLACE_BEFORE for before in befores) >= len(befores) / 2:
        return "place"
    return "organisation"
