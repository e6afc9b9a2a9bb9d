"""Longer names: when an alias in the actor list is not a mention of its actor (notebook 03).

A general actor list meets every article, and its short aliases turn up inside other names: "American" in
"Latin American", "China" in "China Mobile", "Kim" in "Kim Jong Un". `inside_longer_name` tells `actors.py` when
an alias is only part of a longer proper name, `one_name` when two aliases side by side are one name ("London
Irish"), and `country_by_title` when an alias after a title names its country for sure ("President of Guinea").
Each looks at one sentence's items: (text, position, actor row or None), as `actors.py` makes them.
"""

import itertools

from .actor_list import (
    COUNTRY_TITLES,
    CURRENCY_WORDS,
    NAME_WORDS,
    NOT_NAMES,
    PLACE_PREFIXES,
    STATE_WORDS,
    TITLE_WORDS,
    is_ambiguous,
)
from .words import zipf

FIELD_HEADS = {"Secretary", "Ministry", "Ministries"}  # with COUNTRY_TITLES, before a field of work
OF_WORDS = {"of", "for", "de", "del", "da"}  # between a name and an alias: "Gulf of Mexico", "Petróleos de Venezuela"
OPENING_MARKS = {"\u201c", "\u2018", "``", "(", "[", "'", '"', ":", "\u2014", "-", "--", "\u2022"}  # \u2022: a bullet


def _is_name_word(text):
    """'Central', 'Peter': a capitalised word with small letters (not 'US', not '(', not 'I'), and no title or day
    ('in Moscow Tuesday'), nor 'The' ('declared that The Bahamas can not afford it')."""
    return (text[:1].isupper() and any(character.islower() for character in text) and text not in TITLE_WORDS
            and text.lower() not in NOT_NAMES and f"{text.lower()}." not in NOT_NAMES and text != "The")


def inside_longer_name(items, i, adjectives):
    """Is the alias at items[i] part of a longer proper name, like 'American' in 'Latin American'?

    It is when a capitalised word that is no title stands right before it (not at the start of the sentence) or
    before "of" or "for" ('Gulf of Mexico'); when an organisation's, a place's or a thing's name follows ('Qatar News
    Agency', 'British Virgin Islands', 'French Open'), or an acronym in brackets spells it ('Kenyan Premier League');
    for a country's name or capital (not its adjective), when a capitalised word other than a title or a word
    for the state follows ('China Mobile', 'London County Court'; not 'US Embassy', 'Brazilian Vinicius',
    'High Commissioner to Malaysia Pam Dunn' nor 'President of Argentina Mauricio Macri'); for any alias, before a
    currency ('US dollars'); for a country's name, before words that end in an organisation's word, even words of
    titles ('Malawi Police Service'); or, for a surname alone or an ambiguous alias, when any capitalised word
    follows ('Kim Jong Un')."""
    actor, before = items[i][2], (items[i - 1] if i >= 1 else None)
    if i + 1 < len(items) and items[i + 1][0].lower() in CURRENCY_WORDS:
        return True  # "US dollars", "US$ 2 million": money
    at_start = i == 1 or (i >= 2 and items[i - 2][0] in OPENING_MARKS and items[i - 2][0] != "(")  # not "(Ajax"
    name = before and (_is_name_word(before[0]) or (before[0].isupper() and before[0].isalpha() and len(before[0]) > 1))
    if name and before[2] is None and (not at_start or before[0] in PLACE_PREFIXES):  # "Peter Kim", "PFA Ireland"
        return True
    head = [it for it in items[max(i - 3, 0) : i - 1] if it[0] != "The"] if i > 1 and before[0] in OF_WORDS else []
    person = len(head) == 2 and _is_name_word(head[0][0]) and not NAME_WORDS.keys() & {w.lower() for w, _, _ in head}
    if head and head[-1][2] is None and _is_name_word(head[-1][0]) and head[-1][0] not in STATE_WORDS and not person \
            and not country_by_title(items, i):
        return True  # "Gulf of Mexico", "Alternative for Germany"; not "Government of Canada", "Sara Meymand of Peru"
    k = next((j for j in range(i + 1, len(items)) if not (items[j][0].istitle() or (  # the name's end, over
        items[j][0].isupper() and items[j][0].isalpha()))), len(items))  # acronyms too: "Fiji FA Academy"
    initials = "".join(word[0] for text, _, _ in items[i:k] for word in text.split()) if k > i + 1 else ""
    if initials and [text for text, _, _ in items[k : k + 3]] == ["(", initials, ")"]:
        return True  # "Kenyan Premier League (KPL)"
    last = k - 1 - (k > i + 2 and NAME_WORDS.get(items[k - 1][0].lower()) == "thing")  # "Guyana Energy Agency Act"
    if actor.kind == "country" and k > i + 1 and STATE_WORDS.isdisjoint(
            text for text, _, _ in items[i + 1 : k]) and NAME_WORDS.get(items[last][0].lower()) == "organisation" \
            and items[last][0] != "Ministry" and (items[k][0] if k < len(items) else "") not in {"of", "for"}:
        return True  # "Malawi Police Service"; but "China Foreign Ministry", "US Centers for Disease Control" count
    after = list(itertools.takewhile(lambda item: item[2] is None and _is_name_word(item[0]), items[i + 1 :]))
    follows = items[i + 1 + len(after)][0] if i + 1 + len(after) < len(items) else ""
    after = [] if len(after) == 1 and follows[:1].isdigit() else after  # "Saudi Vision 2030": a label and its number
    kind = NAME_WORDS.get(after[-1][0].lower()) if after else None
    if kind == "place" or (kind == "organisation" and follows not in {"of", "for"}) or (  # not "Berlin Avenue for
            kind == "thing" and actor.kind == "country"):  # a report"; not "FIFA World Cup", where FIFA counts
        return True  # "Qatar News Agency", "British Virgin Islands", "French Open": names
    of_the_state = after and (after[0][0] in STATE_WORDS or follows in {"of", "for"})  # "US Embassy"
    of_the_state = of_the_state or (  # "ambassador to Russia Shafqat Ali Khan", "Envoy for Yemen Hans Berg"
        i >= 2 and before[0] in {"to", "of", "for"} and items[i - 2][0].title() in TITLE_WORDS)
    if after and actor.kind == "country" and actor.alias not in adjectives and not of_the_state:
        return True  # "China Mobile", "London County Court"; but "Brazilian Vinicius Junior" is Brazil
    word = after[0][0] if len(after) == 1 else ""  # a plural is no name: "German Troops"; but "British Gas" is one
    if word and actor.kind == "country" and not of_the_state and not follows[:1].isupper() and zipf(word) >= 4 and (
            not word.endswith("s") or word.endswith(("ss", "as", "us"))):
        return True  # "Irish Water", "British Gas", "Indian Ocean": an adjective and a common word, one name
    short = (actor.kind == "person" and " " not in actor.alias) or is_ambiguous(actor)
    return bool(short and after) and not country_by_title(items, i)


def one_name(first, second, adjectives):
    """'London Irish' (a club), 'American Samoa' (a territory): a name or a capital and another actor's adjective,
    or a country's adjective and another country's own name (not 'Bosnian Serbs'), are one name, neither actor's."""
    if first.actor == second.actor or (first.alias in adjectives) == (second.alias in adjectives):
        return False
    return second.alias in adjectives or (first.kind == second.kind == "country" and second.alias == second.actor)


def country_by_title(items, i):
    """'President of Guinea', 'Ambassador to Jordan', 'Minister of Foreign Affairs of Cambodia': after a title of a
    country's own leaders or envoys and "of", "to" or "for", or after their field of work and "of", an alias names
    that country for sure, even an ambiguous one ('Governor of Georgia' does not)."""
    if i < 2 or items[i - 1][0] not in {"of", "to", "for"}:
        return False
    j = i - 2  # back over a field of work: "Foreign Affairs and International Cooperation", "State for Information"
    while j > 0 and items[j][2] is None and items[j][0] not in COUNTRY_TITLES | FIELD_HEADS and (
            items[j][0][:1].isupper() or items[j][0] in {"and", ",", "of", "for"}):
        j -= 1
    field = items[i - 1][0] == "of" and items[j][0] in FIELD_HEADS | COUNTRY_TITLES and items[j + 1][0] in {"of", "for"}
    return items[i - 2][0] in COUNTRY_TITLES or field
