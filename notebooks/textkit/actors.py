"""Actors: the actor list and the mention table (notebook 03).

Notebook 03 keeps actors as data (`data/actors.csv`: actor, kind, alias), joins
multi-word names with NLTK's `MWETokenizer`, longest first, and counts from a
table with one row per mention. `load_actors` reads and checks the list,
`tag_actors` marks the names in the token table, `find_mentions` makes the
mention table and `actor_counts` counts it. `relations.py` (notebook 04) and
`candidates.py` (notebook 05) build on `tag_actors`.
"""

import csv
import io
import itertools

import pandas as pd
from nltk.tokenize import MWETokenizer

from .files import COURSE_DATA, InputError, _where, read_text_file, read_word_list
from .sentences import progress
from .words import word_tokens

ACTOR_KINDS = ("country", "person", "organisation", "place")
# Last words of names and the kind they suggest ("agency": organisation, "stadium": place), from data/.
NAME_WORDS = dict(line.split(",") for line in sorted(read_word_list(COURSE_DATA / "name_words.csv")) if "," in line)
NAME_WORDS.pop("word", None)  # the header line
ORGANISATION_WORDS = {word for word, kind in NAME_WORDS.items() if kind == "organisation"}
# Single words of titles ("President", "Prime", "Minister"): a title before a name is not part of the name.
TITLE_WORDS = {word for title in read_word_list(COURSE_DATA / "titles.txt") for word in title.split()}


def load_actors(path):
    """Read the actor list (columns actor, kind, alias; optional ambiguous) and check it can be used.

    Lines starting with # are notes. `ambiguous` = yes marks an alias that often means something
    else ("Jordan", "Turkey"): it counts only where the article also names that actor another way.
    """
    path = _where(path)
    text = read_text_file(path, "actor list")
    # Notes become blank lines, so that line numbers in messages are still the file's own.
    text = "\n".join("" if line.lstrip().startswith("#") else line for line in text.split("\n"))
    header = text.strip().split("\n", 1)[0]
    separator = ";" if header.count(";") > header.count(",") else ","  # spreadsheets in many countries save with ;
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    columns = next((([name.strip().lower() for name in row]) for row in reader if any(row)), [])
    missing = [name for name in ("actor", "kind", "alias") if name not in columns]
    if missing:
        raise InputError(
            f"{path}: missing column(s) {', '.join(missing)}. The first line must be: actor,kind,alias"
        )
    rows = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue  # a blank line, or a note
        values = dict(zip(columns, (cell.strip() for cell in row)))
        actor, kind, alias = (values.get(name, "") for name in ("actor", "kind", "alias"))
        if not (actor and alias):
            raise InputError(
                f"{path}, line {reader.line_num}: every row needs an actor and an alias. Fill it in or delete the row."
            )
        if kind not in ACTOR_KINDS:
            raise InputError(
                f"{path}, line {reader.line_num}: kind {kind!r} for {actor}; use one of {', '.join(ACTOR_KINDS)}."
            )
        rows.append((actor, kind, alias, values.get("ambiguous", "").lower() in ("yes", "y", "true", "1", "x")))
    if not rows:
        raise InputError(f"{path}: no actors, only the header line. Add one line per alias: actor,kind,alias")
    table = pd.DataFrame(rows, columns=["actor", "kind", "alias", "ambiguous"])
    if "ambiguous" not in columns:
        table = table.drop(columns="ambiguous")
    owners = table.groupby("alias")["actor"].unique()
    for alias, actors in owners.items():
        if len(actors) > 1:
            raise InputError(
                f"{path}: the alias {alias!r} is given to {' and '.join(actors)}. "
                "An alias must belong to one actor: delete or change one of the rows."
            )
    return table.drop_duplicates(ignore_index=True)


def _match_key(tokens):
    # "U.N." mid-sentence is one token but "U.N" + "." at a sentence end; match both alike.
    return " ".join(token.rstrip(".") or token for token in tokens)


def _alias_key(alias):
    tokens = word_tokens(alias)
    if len(tokens) > 1 and tokens[-1] == ".":  # the tokenizer splits off an alias's last full stop
        tokens = tokens[:-1]
    return _match_key(tokens)


def _split_hyphens(token, vocabulary, aliases):
    """'Moscow-backed' -> 'Moscow', '-', 'backed' when a part is an alias; 'Kim Hong-kyun' stays whole."""
    parts = token.split("-")
    if len(parts) == 1 or token.rstrip(".") in vocabulary or not any(part in aliases for part in parts):
        return [token]
    return [piece for part in parts for piece in ("-", part)][1:]


def _ambiguous(actor):
    """Is this alias marked ambiguous? (A row added without the column, or left empty, is not.)"""
    value = getattr(actor, "ambiguous", False)
    return bool(pd.notna(value) and value)


def _is_name_word(text):
    """'Central', 'Peter': a capitalised word with small letters (not 'US', not '(', not 'I')."""
    return text[:1].isupper() and any(character.islower() for character in text) and text not in TITLE_WORDS


def _inside_longer_name(items, i):
    """Is the alias at items[i] part of a longer proper name, like 'American' in 'Latin American'?

    It is when a capitalised word that is no title stands right before it (not at the start of the
    sentence); when an organisation's name follows ('Qatar News Agency'); or, for a surname alone or
    an ambiguous alias, when any capitalised word follows ('Kim Jong Un', 'Jordan Henderson').
    """
    actor = items[i][2]
    before = items[i - 1] if i >= 1 else None
    at_start = i == 1 or (i >= 2 and items[i - 2][0] in OPENING_MARKS)  # the word before opens the sentence
    if before and before[2] is None and _is_name_word(before[0]) and (not at_start or before[0] in PLACE_PREFIXES):
        return True
    after = list(itertools.takewhile(lambda item: item[2] is None and _is_name_word(item[0]), items[i + 1 :]))
    follows = items[i + 1 + len(after)][0] if i + 1 + len(after) < len(items) else ""
    if after and after[-1][0].lower() in ORGANISATION_WORDS and follows not in {"of", "for"}:
        return True  # "Qatar News Agency"; but "US Centers for Disease Control" is a US agency, and counts
    short = (actor.kind == "person" and " " not in actor.alias) or _ambiguous(actor)
    return bool(short and after)


# Words that make a longer place name of a country's: "New Mexico", "Latin America", "Northern Ireland".
PLACE_PREFIXES = {"New", "Latin", "Central", "Northern", "Southern", "Eastern", "Western", "Greater", "Upper", "Lower",
                  "Inner", "Outer", "Real"}


def is_headline(words):
    """'Seoul Summons Russian Envoy Over Troops': most words capitalised, and no full stop at the end."""
    capitals = [word[:1].isupper() for word in words if word and word[:1].isalpha()]
    ends = next((word for word in reversed(words) if word), "")
    return len(capitals) >= 2 and sum(capitals) > 0.6 * len(capitals) and ends not in SENTENCE_ENDS


SENTENCE_ENDS = {".", "!", "?", "\u201d", '"', "\u2019", "''", ")"}
OPENING_MARKS = {"\u201c", "\u2018", "``", "(", "[", "'", '"', ":", "\u2014", "-", "--"}


def tag_actors(tokens, actors):
    """For each sentence of the token table, yield (paragraph, sentence, items): its tokens, names joined.

    Every alias becomes a multi-word token, and NLTK's MWETokenizer joins the
    longest alias it can at each point, so "South Korean President Yoon Suk
    Yeol" is South Korea + Yoon Suk Yeol and no word is counted twice.
    Each item is (text, position of its first token, actor row or None).
    Matching is case-sensitive: "US" is the country, "us" is not. A name glued
    to a word by a hyphen counts ("Moscow-backed"); an alias inside a longer
    name does not ("Latin American"), except in a headline written in capitals.
    An ambiguous alias counts only if the article names its actor another way too.
    """
    alias_for = {_alias_key(row.alias): row for row in actors.itertuples()}
    vocabulary = {word for key in alias_for for word in key.split(" ")}
    joiner = MWETokenizer([tuple(key.split(" ")) for key in alias_for if " " in key], separator=" ")
    rows = zip(tokens["paragraph"], tokens["sentence"], tokens["position"], tokens["token"])
    tagged, sentences = [], itertools.groupby(rows, key=lambda row: row[:2])
    total = tokens["sentence"].nunique()
    for (paragraph, sentence), group in progress(sentences, "Finding names", total=total, words=len(tokens)):
        pieces = [(position, piece) for _, _, position, token in group
                  for piece in _split_hyphens(token, vocabulary, alias_for)]
        positions, words = zip(*pieces)
        items, start = [], 0
        for key in joiner.tokenize([_match_key([word]) for word in words]):
            size = key.count(" ") + 1
            items.append((" ".join(words[start : start + size]), positions[start], alias_for.get(key)))
            start += size
        headline = is_headline([text for text, _, _ in items])
        items = [(text, position, None if actor is not None and not headline and _inside_longer_name(items, i)
                  else actor) for i, (text, position, actor) in enumerate(items)]
        tagged.append((paragraph, sentence, items))
    named_plainly = {actor.actor for _, _, items in tagged for _, _, actor in items
                     if actor is not None and not _ambiguous(actor)}
    for paragraph, sentence, items in tagged:
        yield paragraph, sentence, [(text, position, actor if actor is None or actor.actor in named_plainly
                                     or not _ambiguous(actor) else None)
                                    for text, position, actor in items]


def find_mentions(tokens, actors):
    """One row per actor mention: actor, kind, alias, paragraph, sentence, position (token number)."""
    rows = []
    for paragraph, sentence, items in tag_actors(tokens, actors):
        for _, position, actor in items:
            if actor is not None:
                rows.append(
                    {
                        "actor": actor.actor,
                        "kind": actor.kind,
                        "alias": actor.alias,
                        "paragraph": paragraph,
                        "sentence": sentence,
                        "position": position,
                    }
                )
    return pd.DataFrame(rows, columns=["actor", "kind", "alias", "paragraph", "sentence", "position"])


def actor_counts(mentions):
    """Mentions per actor: a table with columns actor, kind, mentions, most mentioned first."""
    table = mentions.groupby(["actor", "kind"]).size().reset_index(name="mentions")
    return table.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)
