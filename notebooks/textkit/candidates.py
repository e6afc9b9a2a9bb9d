"""Candidate actors: names the actor list does not cover yet (notebook 05).

A new article names people and organisations the actor list has never heard
of. `find_candidates` proposes them from the token table: runs of capitalised
words the list does not know, joined by name particles ("von der") or, inside
an organisation's name, by small words ("Group of Seven"), split at titles
("President"). The learner decides which to add to their own actor list.
"""

import re

import pandas as pd

from .actors import tag_actors

NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "da", "di",
                  "dos", "del", "y"}
# Small words that join the parts of an organisation's name after a word such as Group or Bank:
# "Group of Seven", "Bank of England", "Institute for the World Economy".
JOINING_WORDS = {"of", "for", "on", "the"}
ORGANISATION_WORDS = {
    "academy", "agency", "alliance", "army", "assembly", "association", "authority", "bank", "board", "bureau",
    "center", "centre", "coalition", "command", "commission", "committee", "conference", "congress", "corporation",
    "council", "court", "department", "federation", "force", "forces", "forum", "foundation", "fund", "group",
    "institute", "kingdom", "league", "ministry", "navy", "office", "organisation", "organization", "parliament",
    "party", "programme", "program", "republic", "school", "service", "society", "union", "university",
}
# Capitalised words that are not names: they start sentences, or name days and months.
NOT_NAMES = {
    "according", "although", "despite", "earlier", "however", "instead", "meanwhile", "moreover", "nevertheless",
    "separately", "since", "though", "today", "yesterday", "tomorrow", "last", "next", "yet", "still", "asked",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}
PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")  # "D-N.Y.", "R-Ky." after US politicians' names
OPENING_MARKS = {"\u201c", "\u2018", "``", "(", "[", "'", '"', ":", "\u2014", "-"}


def _capitalised(token):
    """'Kim', 'IAEA', 'G7', 'Hong-kyun', 'al-Assad': starts with a capital (or its last part does)."""
    parts = [token, token.split("-")[-1]]
    return any(part[:1].isupper() for part in parts) and sum(c.isalnum() for c in token) >= 2


def _hyphen_adjective(token):
    """'Iran-backed', 'US-led': a name glued to a lower-case word. Returns the name part, or None."""
    name, _, rest = token.rpartition("-")
    return name if name[:1].isupper() and rest.endswith(("ed", "ing")) else None


def _title_length(words, i, titles):
    """How many words from position i form a title such as "Prime Minister" (0 if none)."""
    for size in range(min(4, len(words) - i), 0, -1):
        phrase = words[i : i + size]
        if None not in phrase and " ".join(phrase).replace("-", " ") in titles:
            return size
    return 0


def _name_runs(words, titles, is_name, is_small_word):
    """Split one sentence's words into runs that look like names: (run, starts the sentence?)."""
    runs, run, starts, first, i = [], [], False, True, 0
    while i <= len(words):
        word = words[i] if i < len(words) else None
        size = _title_length(words, i, titles) if word else 0
        glued = _hyphen_adjective(word) if word and not size else None
        plain = word is not None and not size and not glued  # a word that may belong to a name
        last_name_word = next((w for w in reversed(run) if w.lower() not in JOINING_WORDS | NAME_PARTICLES), "")
        if plain and is_name(word, first):
            starts = starts or (first and not run)
            run.append(word)
        elif plain and (
            (word in NAME_PARTICLES)
            or (run and word.lower() in JOINING_WORDS and (last_name_word.lower() in ORGANISATION_WORDS
                                                        or run[-1].lower() in JOINING_WORDS))
            or (run and not first and word[:1].isupper() and is_small_word(word))  # "Doctors Without Borders"
        ):
            run.append(word)
        else:
            if glued and is_name(glued, first):
                run.append(glued)
            while run and (run[-1].lower() in JOINING_WORDS or run[-1] in NAME_PARTICLES):
                run.pop()
            while run and run[0].lower() in JOINING_WORDS:
                run.pop(0)
            if run:
                runs.append((run, starts))
            run, starts = [], False
        first = word in OPENING_MARKS
        i += max(size, 1)
    return runs


def find_candidates(tokens, actors, stopwords, titles=frozenset()):
    """Proper names the actor list does not cover yet: a table with columns name, count.

    A candidate is a run of capitalised words, which may be joined by particles
    ("Ursula von der Leyen") or, inside an organisation's name, by small words
    ("Group of Seven"), or an acronym ("IAEA", "G7"). Known actors, titles
    ("President") and punctuation end a run. A capitalised first word of a
    sentence counts only if it is not a common word (a stop word, or seen in
    lower case in the text); alone, only if it is also capitalised elsewhere.
    """
    titles = {title.replace("-", " ") for title in titles}
    lower_case_words = {token for token in tokens["token"] if token.islower()}

    def is_name(word, first):
        common = word.lower() in stopwords or word.lower() in NOT_NAMES or (first and word.lower() in lower_case_words)
        return _capitalised(word) and not common

    runs = []
    for _, _, items in tag_actors(tokens, actors):
        words = [text if actor is None else None for text, _, actor in items]
        runs += _name_runs(words, titles, is_name, lambda word: word.lower() in stopwords)
    inside = {word.casefold() for run, starts in runs for word in (run[1:] if starts else run)}
    alone_at_start = [starts and len(run) == 1 and run[0].casefold() not in inside for run, starts in runs]
    names = [" ".join(run) for (run, _), alone in zip(runs, alone_at_start) if not alone]
    names = [name for name in names if not PARTY_TAG.match(name)]
    # One spelling per name: "al-Sisi" and "Al-Sisi" are counted together, under the commoner spelling.
    spellings = pd.Series(names, dtype=str)
    key = spellings.str.casefold()
    usual = spellings.groupby(key).agg(lambda forms: forms.value_counts().index[0])
    counts = key.map(usual).value_counts().rename_axis("name").reset_index(name="count")
    return counts.sort_values(["count", "name"], ascending=[False, True], ignore_index=True)
