"""Short forms: one row per person or organisation, however often the text shortens its name (notebook 05).

A report names someone in full once ("Shigeru Ishiba") and then by the surname
("Ishiba"), by initials ("SK Sinha") or by an acronym given in brackets
("National Intelligence Service (NIS)"). `merge_short_forms` counts each short
form with the one full name it stands for; `candidates.py` calls it on its counts.
"""

import re

from .actor_list import NAME_WORDS, ORGANISATION_WORDS
from .kinds import sure_place

# Last words of a company's or a party's full name, which a short form leaves out ("Xiaomi Corp", "Labor Party").
FULL_NAME_ENDS = {"company", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co", "group",
                  "party", "holdings", "industries", "systems", "communications", "technologies", "networks",
                  "pharmaceuticals", "platforms", "motors", "airlines",  # "Cisco Systems", "Reliance Industries"
                  "fc", "sc", "united", "rovers", "athletic", "wanderers", "club",  # "Chippa United", "Tusker FC"
                  "movement", "front"}  # "Hamas Movement", "Polisario Front"
# Last words of teams' names, which a short form leaves out with the words before them ("Manly Sea Eagles").
TEAM_ENDS = {"stars", "warriors", "sharks", "eagles", "blacks", "lions", "tigers", "bulls", "falcons", "panthers",
             "leopards", "elephants", "cranes", "pirates", "rangers"}


def _by_initials(short, names):
    """'SK Sinha', 'S.K. Sinha': the one longer name with the same last word whose first words begin with those
    capital letters ('Surendra Kumar Sinha'); 'NUT': the one name whose capitalised words begin with its letters
    ('National Union of Teachers'), or 'MoI' its words and "of" ('Ministry of Interior'); or None."""
    *first, last = short.split()
    if not first and short.isalpha() and short[:1].isupper() and sum(letter.isupper() for letter in short) >= 2:
        found = [name for name in names if " " in name and "".join(  # an acronym: "NUT"; "MoI" keeps its "of"
            word[0] for word in name.split() if word[:1].isupper() or (word == "of" and "o" in short)) == short]
        return found[0] if len(found) == 1 else None
    letters = "".join(first).replace(".", "")
    if not (first and letters.isalpha() and letters.isupper() and len(letters) <= 3):
        return None  # most names: checked first, as a long text has many
    found = [name for name in names if name != short and name.split()[-1] == last
             and "".join(word[0] for word in name.split()[:-1]) == letters]
    return found[0] if len(found) == 1 else None


def _pair(name, names, words):
    """'Arce-Morales', 'Isro-CNES', 'Manmohan Singh-Gilani', 'Red Sea-Dead Sea': two names joined by a hyphen, each
    half a name of the text or a word of a longer one (in words: the words of its names of two words or more);
    but not 'Kojo Oppong-Nkrumah' beside 'Nkrumah', nor beside 'Oppong Nkrumah'. Returns the first name ('Manmohan
    Singh', 'Red Sea'), or '' for two single words, or None if the name is no pair."""
    left, dash, right = name.partition("-")
    first, second = (left.split() or [""])[-1], (right.split() or [""])[0]
    if not (dash and min(len(first), len(second)) >= 3 and first[:1].isupper() and second[:1].isupper()) or any(
            f"{first} {second}" in other for other in names):
        return None
    if " " not in name:  # "Arce-Morales" beside "Luis Arce" and "Evo Morales"; "Isro-CNES" beside "Isro", "CNES"
        return "" if {left, right} <= words | set(names) else None
    other_words = words - set(left.split())  # not "Addo" in "Nana Addo Dankwa Akufo-Addo"
    return left if (" " in right and right in names) or (" " not in right and right in other_words) else None


def _fold(name):
    """'kojo oppong nkrumah' for 'Kojo Oppong-Nkrumah': a name in small letters, a hyphen as a space, to compare."""
    return name.casefold().replace("-", " ")


def _word_order(name, names):
    """'Interior Ministry', 'Health Department': 'Ministry of Interior', 'Department of Health', or the one name of
    the text that goes on with more fields ('Ministry of Health and Wellness'); or None."""
    *field, last = name.split()
    if not (field and last.lower() in ORGANISATION_WORDS):
        return None
    full = f"{last} of {' '.join(field)}"
    found = [full] if full in names else [other for other in names if other.startswith((full + " and ", full + ", "))]
    return found[0] if len(found) == 1 else None


def _without_middle_names(short, name):
    """'hassan khaire' for 'hassan ali khaire': a person's first and last names, without the names between them."""
    first, *_, last = short.split()
    return len(short.split()) == 2 and len(name.split()) > 2 and name.startswith(first + " ") and name.endswith(
        " " + last)


def _place_in_a_name(short, name, kinds):
    """'New York' in 'Bank of New York', 'Coos Bay' in 'Coast Guard Station Coos Bay': a place at the end of a name of
    another kind, or of an organisation's, is not that name's short form."""
    if "place" not in (kinds[short], kinds[name]):
        return False
    return kinds[short] != kinds[name] or not ORGANISATION_WORDS.isdisjoint(name.casefold()[: -len(short)].split())


def _count_as(counts, kinds, name, *parts):
    """Count name's mentions as mentions of each part instead, (part, its kind if it has no row yet: None for
    name's own); name keeps no row of its own."""
    count, kind = counts.pop(name), kinds.pop(name)
    for part, part_kind in parts:
        counts[part] = counts.get(part, 0) + count
        kinds.setdefault(part, part_kind or kind)


def merge_short_forms(counts, kinds, same):
    """Count a short form with the one full name it stands for: 'Ishiba', 'von der Leyen' and 'Noor Ali' with
    their full names ('Noor Ali Zadran'), 'Hassan Khaire' with 'Hassan Ali Khaire', 'Park' with 'Park Jin', 'House'
    with 'House of Representatives', 'General Motors' with 'General Motors Company', 'Xiaomi' with 'Xiaomi Corp',
    'Labor' with 'Labor Party', 'Republican' with 'Republicans' and 'Wallaby' with 'Wallabies' (no person), an
    acronym given in brackets ('NIS') with its name, and initials first ('SK Sinha' with 'Surendra Kumar Sinha', so
    that 'Sinha' then has one full name; 'NUT' with 'National Union of Teachers'). A hyphen reads as a space
    ('Oppong Nkrumah' with 'Kojo Oppong-Nkrumah'), and two names joined by a hyphen are a pair, no row of their own
    ('Arce-Morales'); so are a person's surname and what is theirs ('Trudeau’s Cabinet': 'Trudeau' and 'Cabinet')."""
    for name in [name for name in counts if re.match(r"[^ ]+[’']s ", name)]:
        owner, rest = re.split(r"[’']s ", name, maxsplit=1)
        if any(kinds[other] == "person" and other.endswith(" " + owner) for other in counts):
            _count_as(counts, kinds, name, (owner, "person"), (rest, None))
    words = {word for name in counts if " " in name for word in name.split()}
    pairs = {name: _pair(name, counts, words) for name in counts if "-" in name}
    for pair, first in pairs.items():
        if first is not None:  # "Manmohan Singh-Gilani": counted as "Manmohan Singh"; "Arce-Morales": not at all
            _count_as(counts, kinds, pair, *([(first, None)] if first else []))
    for full_name in (_word_order, _by_initials):  # "Interior Ministry", then initials: "SK Sinha", "MoI"
        for short in [name for name in counts if full_name(name, counts)]:
            _count_as(counts, kinds, short, (full_name(short, counts), None))
    for short in sorted(counts, key=len):
        full = same.get(short)
        if full is None:
            folded = _fold(short)
            company = [name for name in counts if _fold(name).startswith(folded + " ") and (all(
                word in ORGANISATION_WORDS for word in _fold(name)[len(folded) :].split())  # "... Company"
                or _fold(name).split()[-1] in TEAM_ENDS)]  # "Manly Sea Eagles"
            if " " in short:  # "von der Leyen": the end of a longer name; "Noor Ali": the start of a person's
                longer = [name for name in counts if (_fold(name).endswith(" " + folded) and not _place_in_a_name(
                    short, name, kinds)) or (kinds[name] == kinds[short] == "person" and (
                        _fold(name).startswith(folded + " ") or _without_middle_names(folded, _fold(name))))] + (
                    company if not sure_place(short) else [])  # "Gladstone Airport" beside "... Corporation"
            elif company and all(_fold(name).split()[-1] in FULL_NAME_ENDS | TEAM_ENDS for name in company) and (
                    kinds[short] != "place"):  # not "Hyderabad" and "Hyderabad FC"
                longer = company  # "Xiaomi" with "Xiaomi Corp", "Labor" with "Labor Party"; not "House Democrats"
            else:  # "Ishiba", "Park", "Sheinbaum", "House": one word of a longer name; not a place ending an
                longer = [name for name in counts if name != short and ((_fold(name).endswith(" " + folded) and (
                    kinds[short], kinds[name]) != ("place", "organisation")) or (  # organisation's: "... for Ontario"
                    kinds[name] == "person" and not sure_place(short) and f" {folded} " in f" {_fold(name)} ") or (
                    re.match(folded + " (of|for) ", _fold(name))) or (
                    _fold(name) in (folded + "s", folded[:-1] + "ies")  # "Republicans", "Wallabies"
                    and "person" not in (kinds[name], kinds[short])))]
            longer = [name for name in longer if not any(  # "Sonny Tau", "Bilawal Bhutto": part of the longest name
                _fold(other).endswith(" " + _fold(name)) or _fold(other).startswith(_fold(name) + " ")
                for other in longer)]
            if len(longer) == 1 and kinds[longer[0]] == "place" and folded not in NAME_WORDS and " " not in short:
                longer = []  # "Kelantan" is not "Sungai Kelantan"; but "Shoal" is "Scarborough Shoal"
            full = longer[0] if len(longer) == 1 else None
        if full in counts and full != short:
            _count_as(counts, kinds, short, (full, None))
    return counts, kinds
