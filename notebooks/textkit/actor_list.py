"""The actor list: who counts as an actor, under which names (notebook 03).

Notebook 03 keeps actors as data, not code: `data/actors.csv` for the course
article and `data/world_actors.csv` for any article, one row per alias (actor,
kind, alias, and optionally ambiguous). `load_actors` reads such a list and
checks it, stopping with a clear message for a list it cannot use.
`actors.py` finds the list's names in the token table.
"""

import csv
import functools
import io

import pandas as pd

from .files import COURSE_DATA, InputError, _where, read_text_file, read_word_list
from .words import word_tokens

ACTOR_KINDS = ("country", "person", "organisation", "place")
# Last words of names and the kind they suggest ("agency": organisation, "stadium": place), from data/.
_rows = csv.DictReader(line for line in read_text_file(COURSE_DATA / "name_words.csv").splitlines()
                       if not line.startswith("#"))
NAME_WORDS = {row["word"]: row["kind"] for row in _rows}
ORGANISATION_WORDS = {word for word, kind in NAME_WORDS.items() if kind == "organisation"}
# Single words of titles ("President", "Prime", "Minister"): a title before a name is not part of the name.
TITLE_WORDS = {word for title in read_word_list(COURSE_DATA / "titles.txt") for word in title.split()}
# Capitalised words that are not names: sentence openers, days, months, common acronyms (data/not_names.txt).
NOT_NAMES = read_word_list(COURSE_DATA / "not_names.txt")
PLACE_NAMES = read_word_list(COURSE_DATA / "place_names.txt")  # states, provinces, prefectures: "Texas", "Osaka"
# Words that make a longer place name of a country's: "New Mexico", "Latin America", "Northern Ireland".
PLACE_PREFIXES = {"New", "Latin", "Central", "Northern", "Southern", "Eastern", "Western", "Greater", "Upper", "Lower",
                  "Inner", "Outer", "Real"}
# Words for a state, its missions and its people in office: "Government of Canada", "Chinese Embassy", "Russian
# Officials" are the country.
STATE_WORDS = {"Government", "People", "Republic", "Kingdom", "State", "Emirate", "Embassy", "Federation", "Consulate",
               "Mission", "Delegation", "Authorities", "Officials", "Diplomats", "Troops", "Soldiers", "Military"}
# Currencies: after a country's name or adjective they name money, not the country ("US dollars", "US$").
CURRENCY_WORDS = {"$", "dollar", "dollars", "yuan", "yen", "rupee", "rupees", "shilling", "shillings", "peso", "pesos",
                  "naira", "cedi", "cedis", "ringgit", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals",
                  "rouble", "roubles", "ruble", "rubles", "franc", "francs", "lira", "rand", "krona", "krone", "kronor"}
# Titles of a country's own leaders and envoys: "President of Guinea", "Ambassador to Jordan" name the country.
COUNTRY_TITLES = {"President", "Minister", "King", "Queen", "Ambassador", "Envoy", "Emir", "Sultan"}


def match_key(tokens):
    """Tokens in the form they are matched against aliases: "U.N." mid-sentence is one token, but "U.N" and "." at
    a sentence's end; both are matched as "U.N"."""
    return " ".join(token.rstrip(".") or token for token in tokens)


@functools.cache  # the general list has over 1,100 aliases: each is split into words once
def alias_key(alias):
    """An alias in the form it is matched: its tokens (without a last full stop the tokenizer splits off)."""
    tokens = word_tokens(alias)
    return match_key(tokens[:-1] if len(tokens) > 1 and tokens[-1] == "." else tokens)


def is_ambiguous(actor):
    """Is this alias marked ambiguous? (A row added without the column, or left empty, is not.)"""
    value = getattr(actor, "ambiguous", False)
    return bool(pd.notna(value) and value)


def country_adjectives(actors):
    """A country's adjectives and its people's names, from the actor list: 'Brazilian' and 'Brazilians' (the list
    has both), 'Solomon Islanders', 'Chinese', 'British', 'French', 'Swiss'."""
    aliases = set(zip(actors["actor"], actors["alias"]))
    return {alias for actor, alias in aliases if (actor, alias + "s") in aliases or alias.endswith(
        ("ese", "ish", "ch", "ss")) or (alias.endswith("s") and (actor, alias[:-1]) in aliases)}


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
