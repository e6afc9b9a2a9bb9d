"""Candidate actors: names the actor list does not cover yet (notebook 05).

A new article names people and organisations the actor list has never heard
of. `find_candidates` proposes them from the token table: runs of capitalised
words the list does not know, joined by name particles ("von der") or, inside
an organisation's name, by small words ("Group of Seven"), split at titles
("President"). A surname alone is counted with the full name it stands for, and
each candidate gets a guessed kind. The learner decides which to add to their list.
"""

import re

import pandas as pd

from .actors import NAME_WORDS, OPENING_MARKS, ORGANISATION_WORDS, is_headline, tag_actors
from .files import COURSE_DATA, read_word_list

# Lower-case parts of personal names: "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "da", "di",
                  "dos", "del", "y"}
# Small words that join the parts of an organisation's name: "Group of Seven", "Food and Drug Administration".
JOINING_WORDS = {"of", "for", "on", "the", "and"}
PLACE_BEFORE = {"in", "from", "to", "near", "at", "across", "outside", "into", "around", "throughout"}
# Capitalised words that are not names: sentence openers, days, months, common acronyms (data/not_names.txt).
NOT_NAMES = read_word_list(COURSE_DATA / "not_names.txt")
PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")  # "D-N.Y.", "R-Ky." after US politicians' names
# A quotation or a dash opens a sentence of its own ("(Yonhap) -- Officials said"); a bracket or colon does not.
HARD_OPENINGS = {"\u201c", "\u2018", "``", "'", '"', "--", "-", "\u2013", "\u2014"}


def _capitalised(token):
    """'Kim', 'IAEA', 'G7', 'Hong-kyun', 'al-Assad': starts with a capital (or its last part does)."""
    first, _, rest = token.partition("-")
    if first[:1].islower() and first not in NAME_PARTICLES:
        return False  # "inter-Korean", "pro-Russian": an adjective, not a name
    return (token[:1].isupper() or rest[:1].isupper()) and sum(c.isalnum() for c in token) >= 2


def _acronym(token):
    """'WHO', 'NVDA', 'G7', 'U.N.': two or more letters or digits, all capitals; not a code like 'L5N0OV09R'."""
    letters, digits = sum(c.isalpha() for c in token), sum(c.isdigit() for c in token)
    return letters + digits >= 2 and token.upper() == token and letters and not (letters >= 3 and digits >= 3)


def _hyphen_adjective(token):
    """'Iran-backed', 'US-led': a name glued to a lower-case word. Returns the name part, or None."""
    name, _, rest = token.rpartition("-")
    return name if name[:1].isupper() and rest.endswith(("ed", "ing")) else None


def _title_length(words, i, titles):
    """How many words from position i form a title such as "Prime Minister" (0 if none)."""
    for size in range(min(4, len(words) - i), 0, -1):
        phrase = words[i : i + size]
        if None not in phrase and " ".join(phrase).replace("-", " ") in titles:
            following = words[i + size] if i + size < len(words) else None
            return 0 if following and following.lower() in ORGANISATION_WORDS else size  # "Premier League"
    return 0


def _skip_dateline(words):
    """'SEOUL, Oct. 28 (Yonhap) --': the place a report was filed from is no actor. Blank it out."""
    i = 0
    while i < len(words) and words[i] and words[i].isupper() and words[i].isalpha():
        i += 1
    if 0 < i < len(words) and words[i] in {",", "(", "--", "-", "\u2013", "\u2014"}:
        return [None] * i + words[i:]
    return words


def _and_joins(words, i, is_name):
    """'and' belongs to a name when the words after it end an organisation's name ("Food and Drug Administration")."""
    j = i + 1
    while j < len(words) and words[j] and is_name(words[j], False):
        j += 1
    return j > i + 1 and words[j - 1].lower() in ORGANISATION_WORDS


def _name_runs(words, titles, is_name, is_small_word):
    """Split one sentence's words into runs that look like names: (run, starts the sentence?, word before it)."""
    runs, run, starts, start, before, i = [], [], False, True, "", 0
    while i <= len(words):
        word = words[i] if i < len(words) else None
        size = _title_length(words, i, titles) if word else 0
        glued = _hyphen_adjective(word) if word and not size else None
        plain = word is not None and not size and not glued  # a word that may belong to a name
        last_name_word = next((w for w in reversed(run) if w.lower() not in JOINING_WORDS | NAME_PARTICLES), "")
        if plain and is_name(word, start or (i > 0 and words[i - 1] in OPENING_MARKS)):
            starts = starts or (start and not run)
            run.append(word)
        elif plain and run and (
            word in NAME_PARTICLES
            or (word.lower() == "and" and _and_joins(words, i, is_name))
            or (word.lower() in JOINING_WORDS - {"and"} and (last_name_word.lower() in ORGANISATION_WORDS
                                                            or run[-1].lower() in JOINING_WORDS))
            or (not start and word[:1].isupper() and is_small_word(word))  # "Doctors Without Borders"
        ):
            run.append(word)
        elif plain and not run and word.lower() in NAME_PARTICLES and i + 1 < len(words) and words[i + 1]:
            run.append(word)  # "von der Leyen" after a title or a known name
        else:
            if glued and is_name(glued, start):
                run.append(glued)
            while run and (run[-1].lower() in JOINING_WORDS or run[-1] in NAME_PARTICLES):
                run.pop()
            if run:
                runs.append((run, starts, before))
            run, starts = [], False
            before = "a title" if size else (word or "").lower()
        start = word in HARD_OPENINGS
        i += max(size, 1)
    return runs


def _bracketed_acronyms(words, runs):
    """'National Intelligence Service (NIS)', 'Nvidia (NASDAQ: NVDA)': (acronym, name) for each acronym in
    brackets right after a name. Notebook 03 counts such a pair as one mention, and so do we."""
    pairs, flat = [], " ".join(word or "\u2400" for word in words)
    for run, _, _ in runs:
        for match in re.finditer(re.escape(" ".join(run)) + r" \( (?:[A-Z]+ : )?([A-Z][A-Za-z0-9.]*) \)", flat):
            if _acronym(match[1]):
                pairs.append((match[1], " ".join(run)))
    return pairs


def _guess_kind(name, befores):
    """A first guess at what a candidate is, from its words and the words before it; the learner checks it."""
    words = name.split()
    if _acronym(name):
        return "organisation"
    if words[-1].lower() in NAME_WORDS:
        return NAME_WORDS[words[-1].lower()]
    looks_personal = all(w[:1].isupper() or w.split("-")[0] in NAME_PARTICLES for w in words)
    if "a title" in befores or (2 <= len(words) <= 5 and looks_personal):
        return "person"
    if sum(before in PLACE_BEFORE for before in befores) >= len(befores) / 2:
        return "place"
    return "organisation"


def _merge_short_forms(counts, kinds, same):
    """Count a short form with the one full name it stands for: 'Ishiba' and 'von der Leyen' with their full
    names ('Shigeru Ishiba'), 'Park' with 'Park Jin', and an acronym given in brackets ('NIS') with its name."""
    for short in sorted(counts, key=len):
        full = same.get(short)
        if full is None:
            folded = short.casefold()
            if " " in short:  # "von der Leyen": the end of a longer name
                longer = [name for name in counts if name.casefold().endswith(" " + folded)]
            else:  # "Ishiba", "Park", "Sheinbaum": one word of a longer name
                longer = [name for name in counts if name != short and (name.casefold().split()[-1] == folded or (
                    kinds[name] == "person" and folded in name.casefold().split()))]
            full = longer[0] if len(longer) == 1 else None
        if full in counts and full != short:
            counts[full] += counts.pop(short)
            kinds.pop(short)
    return counts, kinds


def find_candidates(tokens, actors, stopwords, titles=frozenset()):
    """Proper names the actor list does not cover yet: a table with columns name, count, kind.

    Known actors, titles and punctuation end a run of capitalised words. A sentence's first word counts
    only if it is not a common word (a stop word, or seen in lower case in the text); alone, only if it is
    also capitalised elsewhere or has a possessive ("Hungary’s"). Headlines and datelines are skipped.
    """
    titles = {title.replace("-", " ") for title in titles}
    lower_case_words = {token for token in tokens["token"] if token.islower()}

    def is_name(word, first):
        if _acronym(word) and word.lower() not in NOT_NAMES:
            return True
        common = word.lower() in stopwords or word.rstrip(".").lower() in NOT_NAMES
        return _capitalised(word) and not common and not (first and word.lower() in lower_case_words)

    runs, headline_runs, possessive, brackets = [], [], set(), []
    for _, _, items in tag_actors(tokens, actors):
        words = _skip_dateline([text if actor is None else None for text, _, actor in items])
        found = _name_runs(words, titles, is_name, lambda word: word.lower() in stopwords)
        # A Headline Written In Capitals: keep only names after a title, or found in the text too.
        (headline_runs if is_headline([text for text, _, _ in items]) else runs).extend(found)
        possessive |= {words[i] for i in range(len(words) - 1) if words[i] and words[i + 1] == "\u2019s"}
        brackets += _bracketed_acronyms(words, found)
    body = {" ".join(run).casefold() for run, _, _ in runs}
    runs += [(run, False, before) for run, _, before in headline_runs
             if before == "a title" or " ".join(run).casefold() in body]
    inside = {word.casefold() for run, starts, _ in runs for word in (run[1:] if starts else run)}
    named = {name for _, name in brackets}  # "Nvidia (NASDAQ: NVDA)": a bracket after it shows it is a name
    names, befores = [], {}
    for run, starts, before in runs:
        name = " ".join(run)
        alone = starts and len(run) == 1 and run[0].casefold() not in inside and run[0] not in possessive | named
        if not alone and not PARTY_TAG.match(name):
            names.append(name)
            befores.setdefault(name.casefold(), []).append(before)
    for acronym, _ in brackets:
        if acronym in names:
            names.remove(acronym)  # counted with its name
    # One spelling per name: "al-Sisi" and "Al-Sisi" are counted together, under the commoner spelling.
    spellings = pd.Series(names, dtype=str)
    key = spellings.str.casefold()
    usual = spellings.groupby(key).agg(lambda forms: forms.value_counts().index[0])
    counts = key.map(usual).value_counts().to_dict()
    kinds = {name: _guess_kind(name, befores[name.casefold()]) for name in counts}
    counts, kinds = _merge_short_forms(counts, kinds, dict(brackets))
    table = pd.DataFrame({"name": list(counts), "count": list(counts.values()), "kind": [kinds[n] for n in counts]},
                         columns=["name", "count", "kind"])
    return table.sort_values(["count", "name"], ascending=[False, True], ignore_index=True)
