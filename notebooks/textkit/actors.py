"""Actors: the mention table (notebook 03).

Notebook 03 joins multi-word names with NLTK's `MWETokenizer`, longest first, and counts a table with one row per
mention: `tag_actors` marks an actor list's names in the token table, by rules that keep a general list right on
any article, `find_mentions` makes the mention table and `actor_counts` counts it. Notebooks 04 and 05 reuse them.
"""

import itertools
import re

import pandas as pd
from nltk.tokenize import MWETokenizer

from .actor_list import (
    COUNTRY_TITLES,
    CURRENCY_WORDS,
    NAME_WORDS,
    NOT_NAMES,
    PLACE_PREFIXES,
    STATE_WORDS,
    TITLE_WORDS,
    alias_key,
    country_adjectives,
    is_ambiguous,
    match_key,
)
from .datelines import dateline
from .sentences import is_headline, progress
from .words import spelled_out


def _split_hyphens(token, vocabulary, aliases):
    """When a part is an alias: 'Moscow-backed' -> 'Moscow', '-', 'backed'; 'Russia/Ukraine'; not 'Kim Hong-kyun'."""
    if token[:1] == "-" and token[1:2].isupper():  # "Uganda -President": a dash missing its space
        return ["-", *_split_hyphens(token[1:], vocabulary, aliases)]
    pieces = re.split(r"([-/])", token)
    whole = len(pieces) == 1 or token.rstrip(".") in vocabulary or not any(part in aliases for part in pieces[::2]) \
        or PARTY_TAG.match(token) is not None  # "R-Belgrade": a US politician's party and home town
    return [token] if whole else pieces


def _is_name_word(text):
    """'Central', 'Peter': a capitalised word with small letters (not 'US', not '(', not 'I'), and no title or day
    ('in Moscow Tuesday')."""
    return (text[:1].isupper() and any(character.islower() for character in text) and text not in TITLE_WORDS
            and text.lower() not in NOT_NAMES and f"{text.lower()}." not in NOT_NAMES)


def _inside_longer_name(items, i, adjectives):
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
            and not _country_by_title(items, i):
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
    kind = NAME_WORDS.get(after[-1][0].lower()) if after else None
    if kind == "place" or (kind == "organisation" and follows not in {"of", "for"}) or (  # not "Berlin Avenue for
            kind == "thing" and actor.kind == "country"):  # a report"; not "FIFA World Cup", where FIFA counts
        return True  # "Qatar News Agency", "British Virgin Islands", "French Open": names
    of_the_state = after and (after[0][0] in STATE_WORDS or follows in {"of", "for"})  # "US Embassy"
    of_the_state = of_the_state or (  # "ambassador to Russia Shafqat Ali Khan", "Envoy for Yemen Hans Berg"
        i >= 2 and before[0] in {"to", "of", "for"} and items[i - 2][0].title() in TITLE_WORDS)
    if after and actor.kind == "country" and actor.alias not in adjectives and not of_the_state:
        return True  # "China Mobile", "London County Court"; but "Brazilian Vinicius Junior" is Brazil
    short = (actor.kind == "person" and " " not in actor.alias) or is_ambiguous(actor)
    return bool(short and after) and not _country_by_title(items, i)


def _one_name(first, second, adjectives):
    """'London Irish' (a club), 'American Samoa' (a territory): a name or a capital and another actor's adjective,
    or a country's adjective and another country's own name (not 'Bosnian Serbs'), are one name, neither actor's."""
    if first.actor == second.actor or (first.alias in adjectives) == (second.alias in adjectives):
        return False
    return second.alias in adjectives or (first.kind == second.kind == "country" and second.alias == second.actor)


def _country_by_title(items, i):
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


FIELD_HEADS = {"Secretary", "Ministry", "Ministries"}  # with COUNTRY_TITLES, before a field of work
PARTY_TAG = re.compile(r"^[DRI]-(?=[A-Z])")  # after a US politician's name: "R-Ky.", "R-Belgrade" (party, place)
OF_WORDS = {"of", "for", "de", "del", "da"}  # between a name and an alias: "Gulf of Mexico", "Petróleos de Venezuela"
OPENING_MARKS = {"\u201c", "\u2018", "``", "(", "[", "'", '"', ":", "\u2014", "-", "--", "\u2022"}  # \u2022: a bullet


def tag_actors(tokens, actors):
    """For each sentence of the token table, yield (paragraph, sentence, items): its tokens, names joined.

    Every alias becomes a multi-word token, and NLTK's MWETokenizer joins the longest alias it can at each point,
    so "South Korean President Yoon Suk Yeol" is South Korea + Yoon Suk Yeol and no word is counted twice.
    Each item is (text, position of its first token, actor row or None).
    Matching is case-sensitive: "US" is the country, "us" is not. A name glued to a word by a hyphen counts
    ("Moscow-backed"); an alias inside a longer name does not ("Latin American"), except in a headline written in
    capitals. An ambiguous alias counts only if the article names its actor another way too, and an acronym not at
    all if the article spells it out in small letters ("infant milk formula (IMF)" is not the IMF).
    """
    kept = next((k for k in _last if k[0] is tokens and k[1] is actors and k[2] == (len(tokens), len(actors))), None)
    if kept is None:
        kept = (tokens, actors, (len(tokens), len(actors)), list(_tag(tokens, actors)))
        _last[:] = [kept, *_last[:1]]
    yield from kept[3]


# The last two results: find_mentions, find_candidates and find_statements often tag the same two tables.
_last = []


def _tag(tokens, actors):
    alias_for = {alias_key(row.alias): row for row in actors.itertuples()}
    vocabulary = {word for key in alias_for for word in key.split(" ")}
    joiner = MWETokenizer([tuple(key.split(" ")) for key in alias_for if " " in key], separator=" ")
    columns = [tokens[column].tolist() for column in ("paragraph", "sentence", "position", "token")]  # plain lists
    tagged, sentences = [], itertools.groupby(zip(*columns), key=lambda row: row[:2])
    total = tokens["sentence"].nunique()
    key_of = {}  # each different word's match key, worked out once
    adjectives, spelled = country_adjectives(actors), set()
    for (paragraph, sentence), group in progress(sentences, "Finding names", total=total, words=len(tokens)):
        _, _, positions, words = zip(*group)
        if "-" in "".join(words) or "/" in "".join(words):  # "Moscow-backed", "Russia/Ukraine": split such words
            positions, words = zip(*[(position, piece) for position, token in zip(positions, words)
                                     for piece in _split_hyphens(token, vocabulary, alias_for)])
        items, start = [], 0
        keys = [key_of.get(word) or key_of.setdefault(word, match_key([word])) for word in words]
        for key in joiner.tokenize(keys):
            size = key.count(" ") + 1
            text = words[start] if size == 1 else " ".join(words[start : start + size])
            items.append((text, positions[start], alias_for.get(key)))
            start += size
        found = [i for i, (_, _, actor) in enumerate(items) if actor is not None]
        if found:  # most sentences of a long text name no actor: nothing more to do
            for i in found:  # "President of Guinea": as plain as "Guinean"
                text, position, actor = items[i]
                if is_ambiguous(actor) and _country_by_title(items, i):
                    items[i] = (text, position, actor._replace(ambiguous=""))
            texts = [text for text, _, _ in items]
            headline, (city, country) = is_headline(texts), dateline(texts)
            club = {j for i in found if i + 1 in found and _one_name(items[i][2], items[i + 1][2], adjectives)
                    for j in (i, i + 1)}  # "London Irish", "American Samoa"
            for i in found:
                if i in club or not headline and (_inside_longer_name(items, i, adjectives) or i < city
                                                  or (country and i == city + 1)):
                    items[i] = (*items[i][:2], None)
            found = [i for i in found if items[i][2] is not None]
            spelled |= {texts[i] for i in found if 0 < i < len(texts) - 1 and texts[i - 1] == "("
                        and texts[i + 1] == ")" and spelled_out(texts, i)}  # "Infant milk formula (IMF)"
        tagged.append((paragraph, sentence, items, found))
    named_plainly = {items[i][2].actor for _, _, items, found in tagged for i in found if not is_ambiguous(items[i][2])}
    for paragraph, sentence, items, found in tagged:
        for i in found:
            text, position, actor = items[i]
            if text in spelled or (actor.actor not in named_plainly and is_ambiguous(actor)):
                items[i] = (text, position, None)
        yield paragraph, sentence, items


def find_mentions(tokens, actors):
    """One row per actor mention: actor, kind, alias, paragraph, sentence, position (token number)."""
    rows = []
    for paragraph, sentence, items in tag_actors(tokens, actors):
        for _, position, actor in items:
            if actor is not None:
                rows.append({"actor": actor.actor, "kind": actor.kind, "alias": actor.alias, "paragraph": paragraph,
                             "sentence": sentence, "position": position})
    return pd.DataFrame(rows, columns=["actor", "kind", "alias", "paragraph", "sentence", "position"])


def actor_counts(mentions):
    """Mentions per actor: a table with columns actor, kind, mentions, most mentioned first."""
    table = mentions.groupby(["actor", "kind"]).size().reset_index(name="mentions")
    return table.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)
