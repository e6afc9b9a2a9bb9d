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
from pathlib import Path

import pandas as pd
from nltk.tokenize import MWETokenizer

from .files import InputError, read_text_file
from .words import word_tokens

ACTOR_KINDS = ("country", "person", "organisation")


def load_actors(path):
    """Read the actor list (columns actor, kind, alias) and check it can be used."""
    __tracebackhide__ = True
    path = Path(path)
    text = read_text_file(path, "actor list")
    header = text.split("\n", 1)[0]
    separator = ";" if header.count(";") > header.count(",") else ","  # spreadsheets in many countries save with ;
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    columns = [name.strip().lower() for name in next(reader, [])]
    missing = [name for name in ("actor", "kind", "alias") if name not in columns]
    if missing:
        raise InputError(
            f"{path}: missing column(s) {', '.join(missing)}. The first line must be: actor,kind,alias"
        )
    rows = []
    for row in reader:
        if not any(row):
            continue  # a blank line
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
        rows.append((actor, kind, alias))
    if not rows:
        raise InputError(f"{path}: no actors, only the header line. Add one line per alias: actor,kind,alias")
    table = pd.DataFrame(rows, columns=["actor", "kind", "alias"])
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


def tag_actors(tokens, actors):
    """For each sentence of the token table, yield (paragraph, sentence, items): its tokens, names joined.

    Every alias becomes a multi-word token, and NLTK's MWETokenizer joins the
    longest alias it can at each point, so "South Korean President Yoon Suk
    Yeol" is South Korea + Yoon Suk Yeol and no word is counted twice.
    Each item is (text, position of its first token, actor row or None).
    Matching is case-sensitive: "US" is the country, "us" is not.
    """
    alias_for = {_alias_key(row.alias): row for row in actors.itertuples()}
    joiner = MWETokenizer([tuple(key.split(" ")) for key in alias_for if " " in key], separator=" ")
    rows = zip(tokens["paragraph"], tokens["sentence"], tokens["position"], tokens["token"])
    for (paragraph, sentence), group in itertools.groupby(rows, key=lambda row: row[:2]):
        positions, words = zip(*((position, token) for _, _, position, token in group))
        items, start = [], 0
        for key in joiner.tokenize([_match_key([word]) for word in words]):
            size = key.count(" ") + 1
            items.append((" ".join(words[start : start + size]), positions[start], alias_for.get(key)))
            start += size
        yield paragraph, sentence, items


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
