"""Actors: the mention table (notebook 03).

Notebook 03 joins multi-word names with NLTK's `MWETokenizer`, longest first, and counts a table with one row per
mention: `tag_actors` marks an actor list's names in the token table, by rules that keep a general list right on
any article (`longer_names.py`), `find_mentions` makes the mention table and `actor_counts` counts it. Notebooks 04
and 05 reuse them.
"""

import collections
import re

import pandas as pd
from nltk.tokenize import MWETokenizer

from .actor_list import alias_key, country_adjectives, is_ambiguous, match_key
from .datelines import dateline
from .longer_names import country_by_title, inside_longer_name, one_name
from .sentences import is_headline, progress
from .words import spelled_out

PARTY_TAG = re.compile(r"^[DRI]-(?=[A-Z])")  # after a US politician's name: "R-Ky.", "R-Belgrade" (party, place)


def _split_hyphens(token, vocabulary, aliases):
    """When a part is an alias: 'Moscow-backed' -> 'Moscow', '-', 'backed'; 'Russia/Ukraine'; not 'Kim Hong-kyun'."""
    if token[:1] == "-" and token[1:2].isupper():  # "Uganda -President": a dash missing its space
        return ["-", *_split_hyphens(token[1:], vocabulary, aliases)]
    pieces = re.split(r"([-/])", token)
    whole = len(pieces) == 1 or token.rstrip(".") in vocabulary or not any(part in aliases for part in pieces[::2]) \
        or PARTY_TAG.match(token) is not None or pieces[-1] in {"speaking", "language"}  # "R-Belgrade": a US
    # politician's party and home town; "French-speaking", "Spanish-language": a language, no country
    return [token] if whole else pieces


def tag_actors(tokens, actors):
    """For each sentence of the token table, yield (paragraph, sentence, items): its tokens, names joined.

    Every alias becomes a multi-word token, and NLTK's MWETokenizer joins the longest alias it can at each point,
    so "South Korean President Yoon Suk Yeol" is South Korea + Yoon Suk Yeol and no word is counted twice.
    Each item is (text, position of its first token, actor row or None).
    Matching is case-sensitive: "US" is the country, "us" is not. A name glued to a word by a hyphen counts
    ("Moscow-backed"); an alias inside a longer name does not ("Latin American"), except in a headline written in
    capitals. An ambiguous alias counts only if the article names its actor another way too, and an acronym not at
    all if the article spells it out in small letters ("infant milk formula (IMF)" is not the IMF).
    A list that is the last one with rows added at its end (notebook 05: your own list) is tagged again only in the
    sentences that have a word of the new rows.
    """
    kept = next((k for k in _last if k.tokens is tokens and k.actors is actors and _unchanged(k)), None)
    if kept is None:
        earlier = next((k for k in _last if k.tokens is tokens and _unchanged(k) and _rows_added(k.actors, actors)),
                       None)
        added = earlier and (earlier.tagged, {word for alias in actors["alias"].iloc[len(earlier.actors) :]
                                              for word in alias_key(alias).split(" ")})
        tagged = _tag(tokens, actors, added)
        kept = _Kept(tokens, actors, (len(tokens), len(actors)), tagged, list(_settle(tagged)))
        _last[:] = [kept, earlier or _last[0]] if _last else [kept]  # the list more rows may be added to stays
    yield from kept.settled


# The last two results: find_mentions, find_candidates and find_statements often tag the same two tables. Each
# keeps the tables' sizes then, so that a table changed in place since is tagged again.
_Kept = collections.namedtuple("_Kept", "tokens actors sizes tagged settled")
_last = []


def _unchanged(kept):
    return kept.sizes == (len(kept.tokens), len(kept.actors))


def _rows_added(before, actors):
    """Is `actors` the list `before` with rows added at its end, that make no word a country's adjective?"""
    return len(actors) > len(before) and all(column in actors and actors[column].iloc[: len(before)].tolist()
                                             == before[column].tolist() for column in before) and (
        country_adjectives(actors) == country_adjectives(before))


def _tag(tokens, actors, added=None):
    """Each sentence's items, before the whole text is looked at; `added`: an earlier list's, and the new words."""
    alias_for = {alias_key(row.alias): row for row in actors.itertuples()}
    vocabulary = {word for key in alias_for for word in key.split(" ")}
    joiner = MWETokenizer([tuple(key.split(" ")) for key in alias_for if " " in key], separator=" ")
    paragraphs, numbers, all_positions, all_words = (tokens[column].tolist() for column in (  # plain lists
        "paragraph", "sentence", "position", "token"))
    starts = [i for i in range(len(numbers)) if i == 0 or numbers[i] != numbers[i - 1]]  # each sentence's first row
    sentences = zip(starts, [*starts[1:], len(numbers)])
    tagged, total = [], len(starts)
    key_of = {}  # each different word's match key, worked out once
    adjectives = country_adjectives(actors)
    for number, (first, end) in enumerate(progress(sentences, "Finding names", total=total, words=len(tokens))):
        paragraph, sentence = paragraphs[first], numbers[first]
        positions, words = all_positions[first:end], all_words[first:end]
        line = " ".join(words)
        if added and not any(word in line for word in added[1]):
            tagged.append(added[0][number])  # no word of the new rows: as it was
            continue
        if "-" in line or "/" in line:  # "Moscow-backed", "Russia/Ukraine": split such words
            positions, words = zip(*[(position, piece) for position, token in zip(positions, words)
                                     for piece in _split_hyphens(token, vocabulary, alias_for)])
        items, start = [], 0
        keys = [key_of.get(word) or key_of.setdefault(word, match_key([word])) for word in words]
        for key in joiner.tokenize(keys):
            size = key.count(" ") + 1
            text = words[start] if size == 1 else " ".join(words[start : start + size])
            items.append((text, positions[start], alias_for.get(key)))
            start += size
        found, spelled = [i for i, (_, _, actor) in enumerate(items) if actor is not None], set()
        if found:  # most sentences of a long text name no actor: nothing more to do
            for i in found:  # "President of Guinea": as plain as "Guinean"
                text, position, actor = items[i]
                if is_ambiguous(actor) and country_by_title(items, i):
                    items[i] = (text, position, actor._replace(ambiguous=""))
            texts = [text for text, _, _ in items]
            headline, (city, country) = is_headline(texts), dateline(texts)
            club = {j for i in found if i + 1 in found and one_name(items[i][2], items[i + 1][2], adjectives)
                    for j in (i, i + 1)}  # "London Irish", "American Samoa"
            for i in found:
                if i in club or not headline and (inside_longer_name(items, i, adjectives) or i < city
                                                  or (country and i == city + 1)):
                    items[i] = (*items[i][:2], None)
            found = [i for i in found if items[i][2] is not None]
            spelled = {texts[i] for i in found if 0 < i < len(texts) - 1 and texts[i - 1] == "("
                       and texts[i + 1] == ")" and spelled_out(texts, i)}  # "Infant milk formula (IMF)"
        tagged.append((paragraph, sentence, items, found, spelled))
    return tagged


def _settle(tagged):
    """What the whole text decides: an ambiguous alias counts only if its actor is named plainly somewhere, and an
    acronym nowhere if the text spells it out in small letters."""
    named_plainly = {items[i][2].actor for _, _, items, found, _ in tagged for i in found
                     if not is_ambiguous(items[i][2])}
    spelled = set().union(*(spelled for *_, spelled in tagged))
    for paragraph, sentence, items, found, _ in tagged:
        dropped = {i for i in found if items[i][0] in spelled or (
            items[i][2].actor not in named_plainly and is_ambiguous(items[i][2]))}
        if dropped:  # in a new list: the sentence's items stay as they are, for a list with rows added later
            items = [(text, position, None if i in dropped else actor)
                     for i, (text, position, actor) in enumerate(items)]
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
