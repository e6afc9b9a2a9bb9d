"""Candidate actors: names the actor list does not cover yet (notebook 05).

A new article names people and organisations the actor list has never heard
of. `find_candidates` counts the name runs that `names.py` finds in each
sentence, leaving out known actors, headlines and datelines. A surname alone is
counted with the full name it stands for (`short_forms.py`), an acronym in
brackets with its name, and each candidate gets a guessed kind (`kinds.py`).
The learner decides which to add to their list.
"""

import re
import unicodedata

import pandas as pd

from .actor_list import NAME_WORDS, ORGANISATION_WORDS, PLACE_NAMES
from .actors import PARTY_TAG, tag_actors
from .capitals import is_acronym, name_test, skip_nicknames, split_slashes
from .datelines import skip_credits, skip_dateline
from .fields import FIELD_ENDINGS, field_word, skip_fields
from .files import COURSE_DATA, read_word_list
from .kinds import PLACE_BEFORE, PLACE_OPENERS, guess_kind
from .names import name_runs
from .not_actors import skip_money, skip_state_words, skip_things, skip_titles_of_works, storm_names, thing_acronyms
from .sentences import is_headline
from .short_forms import merge_short_forms
from .words import COMMON_ZIPF, participle, singular, zipf

STATES_SHORT = {"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
                "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
                "Va", "Vt", "Wash", "Wis", "Wyo"}  # US states in the news's short forms, here without their full stop
# Adjectives of regions and faiths (data/region_words.txt): "European leaders", "the East African country".
REGION_WORDS = read_word_list(COURSE_DATA / "region_words.txt")
ROLE_WORDS = {word for word, kind in NAME_WORDS.items() if kind == "title"}  # "Police Public Relations Officer"
COMMON_NOUNS = read_word_list(COURSE_DATA / "common_nouns.txt")  # "the Cabinet", "moved to Education": no names alone


def _name(run):
    """The words of a name as one string: 'People ’s Assembly' is written 'People’s Assembly', 'Health , Labour'
    'Health, Labour', 'Party-' 'Party', '/TASS/' 'TASS'."""
    text = " ".join(run).replace(" , ", ", ").replace(" \u2019s ", "\u2019s ").replace(" \u2019 ", "\u2019 ")
    return text.strip("/").rstrip("-")


def _field(run, alone=False):
    """'Health', 'Family Welfare', 'Innovations': a field of work in a ministry's name, words that may name a field
    (field_word in fields.py), and no acronym or organisation's word. One word alone, the only field after
    "and", must have a field's ending or be the plural of a common word ("Highways"), as another word may be an
    organisation ("the Department of Energy and Google")."""
    if alone and len(run) == 1:
        stem = singular(run[0])
        return stem.endswith(FIELD_ENDINGS) or (stem != run[0] and zipf(stem) >= COMMON_ZIPF)
    return all(not is_acronym(word) and word.lower() not in ORGANISATION_WORDS and field_word(word) for word in run)


def _fields_after(head, found, i, flat):
    """If the runs from found[i] on are the fields of the ministry named by head ("Ministry of Local Government" ,
    "Chieftaincy" and "Religious Affairs"): its whole name, and how many of the runs it takes; else None."""
    if not (head[1:2] in (["of"], ["for"], ["on"]) and head[0].lower() in ORGANISATION_WORDS):  # "Committee on"
        # Another name with "Centers for" or the like takes one field after "and": "... Control and Prevention".
        inner = any(link in ("of", "for") and word.lower() in ORGANISATION_WORDS for word, link in zip(head, head[1:]))
        run, whole = found[i][0], [*head, "and", *found[i][0]]
        return (whole, 1) if inner and len(run) == 1 and _field(run, alone=True) and " ".join(whole) in flat else None
    name = list(head)
    for count, (run, _, _) in enumerate(found[i:], 1):
        for joint in (["and"], [",", "and"], ["&"], [",", "&"]):
            if _field(run, alone=name == head) and " ".join(name + joint + run) in flat:
                return name + joint + run, count
        if not (_field(run) and " ".join(name + [","] + run) in flat):
            return None
        name += [","] + run
    return None


def _join_fields(flat, found):
    """'Ministry of Health and Family Welfare', 'Ministry of Local Government, Decentralization and Rural
    Development': a ministry's fields after commas and a last "and" belong to its name (flat: the sentence)."""
    joined, i = [], 0
    while i < len(found):
        fields = _fields_after(joined[-1][0] if joined else [], found, i, flat)
        if fields:
            joined[-1] = (fields[0], *joined[-1][1:])
            i += fields[1]
        else:
            joined.append(found[i])
            i += 1
    return joined


def _plain(name):
    """'gyokeres' for 'Gyökeres': a name in small letters without accents, to compare spellings."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def _adjective(run):
    """'European', 'East African', 'Sikh', 'Arabs': a run ending in a region's, faith's or people's word is no name."""
    return run[-1].lower() in REGION_WORDS or singular(run[-1].lower()) in REGION_WORDS  # "Arabs", "Malays"


def _common_word(run, before):
    """'Office', 'Court', 'State': one capitalised word among the 850 or so commonest English words (Zipf 5.1 or more
    in the wordfreq package) is a piece of a longer name, not a name by itself; but after "in", "from", "to" ... it
    names a place ("in England"), and a place the course knows (data/place_names.txt) is never a piece. Nor is a
    common noun news writes with a capital (data/common_nouns.txt: "the Cabinet", "moved to Education")."""
    return len(run) == 1 and (run[0] in COMMON_NOUNS or (not is_acronym(run[0]) and before not in PLACE_BEFORE and (
        zipf(run[0]) >= 5.1 and run[0] not in PLACE_NAMES)))


def _bracketed_acronyms(flat, runs):
    """'National Intelligence Service (NIS)', 'Nvidia (NASDAQ: NVDA)', 'Cisco (ticker: CSCO)': (acronym, name) for
    each acronym in brackets right after a name in the sentence (flat); notebook 03 counts them as one mention."""
    pairs = {}
    for run, _, _ in runs:
        for match in re.finditer(re.escape(" ".join(run)) + r" \( (?:[A-Za-z]+ : )?([A-Z][A-Za-z0-9.]*) \)", flat):
            if sum(character.isupper() for character in match[1]) >= 2 and len(_name(run)) > len(
                    pairs.get(match[1], "")):  # "NIS", "AfD", "NVDA"; the whole name, not "Trade" of "... and Trade"
                pairs[match[1]] = _name(run)
    return list(pairs.items())


def find_candidates(tokens, actors, stopwords, titles=frozenset()):
    """Proper names the actor list does not cover yet: a table with columns name, count, kind.

    Known actors, titles and punctuation end a run of capitalised words. A sentence's first word counts only if it
    is not a common word (a stop word, or seen in lower case in the text); alone, only if it is also capitalised
    elsewhere, has a possessive ("Hungary’s") or a capital inside ("FactSet"), or is rare in everyday English
    ("Karnataka"). Headlines and datelines are skipped, and so are names of things ("World Cup") and adjectives
    ("European", "East African")."""
    titles = {title.replace("-", " ") for title in titles}
    is_name = name_test(tokens, stopwords)
    runs, headline_runs, possessive, brackets, things = [], [], set(), [], set()

    def is_small_word(word):
        return word.lower() in stopwords
    for _, _, items in tag_actors(tokens, actors):
        words = [text if actor is None else None for text, _, actor in items]
        words = split_slashes(skip_nicknames(skip_dateline(skip_state_words(words))))
        things |= thing_acronyms(words) | storm_names(words)
        words = skip_titles_of_works(skip_things(skip_fields(skip_credits(skip_money(words)), titles)), is_small_word)
        flat = " ".join(word or "\u2400" for word in words)  # the sentence as one string, a blanked word as ␀
        found = _join_fields(flat, name_runs(words, titles, is_name, is_small_word))
        brackets += _bracketed_acronyms(flat, found)
        roles = [run for run, _, _ in found if run[-1].lower() in ROLE_WORDS]  # "Customs Area Controller" and its
        things |= {"".join(word[0] for word in run if word[:1].isupper()) for run in roles if len(run) > 1}  # "CAC"
        found = [(run, starts, before) for run, starts, before in found if run[-1].lower() not in ROLE_WORDS]
        # A Headline Written In Capitals: keep only names after a title, or found in the text too.
        (headline_runs if is_headline([text for text, _, _ in items]) else runs).extend(found)
        possessive |= {words[i] for i in range(len(words) - 1) if words[i] and words[i + 1] == "\u2019s"}
    body = {_name(run).casefold() for run, _, _ in runs}
    body |= {name.split()[-1] for name in body if " " in name}  # a surname too: "PM Briceno Criticizes UDP’s …"
    for run, _, before in headline_runs:  # after a title, as much of it as the text names: "Akufo-Addo Announces"
        known = [run[:n] for n in range(len(run), 0 if before == "a title" else len(run) - 1, -1)
                 if _name(run[:n]).casefold() in body]
        if known or (before == "a title" and not (len(run) == 1 and participle(run[0]))):  # not "Ministers Rejected"
            runs.append(((known or [run])[0], False, before))
    # "a VVD PvdA coalition": short forms side by side, each also named alone in the text, are names of their own.
    single = {run[0] for run, _, _ in runs if len(run) == 1}
    for k in [k for k, (run, _, _) in enumerate(runs) if len(run) > 1 and run[0] in single and all(
            word in single and sum(map(str.isupper, word)) >= 2 for word in run)][::-1]:  # from the end
        run, starts, before = runs[k]
        runs[k : k + 1] = [([w], starts and not i, run[i - 1].lower() if i else before) for i, w in enumerate(run)]
    inside = {word.casefold() for run, starts, _ in runs for word in (run[1:] if starts else run)}
    named = {name for _, name in brackets}  # "Nvidia (NASDAQ: NVDA)": a bracket after it shows it is a name
    names, befores, common = [], {}, set()
    for run, starts, before in runs:
        if len(run) > 2 and _adjective(run[:1]) and run[0] not in PLACE_OPENERS and not NAME_WORDS.keys() & {
                word.lower() for word in run[1:]}:  # but "Eastern Caribbean States" is a name
            run = run[1:]  # "Englishman Mark Harrison": a people's word before a person's name
        run = run[:-1] if len(run) > 1 and run[-1] in {"Olympic", "Paralympic"} else run  # "Montreal Olympic silver"
        run = run[1:] if len(run) > 1 and run[0] in COMMON_NOUNS and (is_acronym(run[1]) or run[-1] == "Party") \
            else run  # "the Opposition BNP", "the Opposition People’s National Party": the party
        if PARTY_TAG.match(run[0]):  # the home town is a place; a state's short form ("N.Y.") is left out
            run, before = [PARTY_TAG.sub("", run[0]), *run[1:]], "from"
            if "." in run[0] or run[0].isupper() or run[0] in STATES_SHORT:
                continue
        name = _name(run)
        alone = (starts and len(run) == 1 and (run[0].casefold() not in inside or _common_word(run, before))
                 and run[0] not in possessive | named | PLACE_NAMES and not is_acronym(run[0])  # "ANC said"
                 and not re.search("[a-z][A-Z]", run[0])  # a capital inside: "FactSet", "McCaw"
                 and (zipf(run[0]) >= COMMON_ZIPF or run[0].endswith(("ed", "ing", "ers", "ors"))))
        affairs = run[-1] == "Affairs" and _field(run)  # a field of work, "Rural Affairs", with no organisation
        if not alone and not _adjective(run) and name not in things and not affairs:
            names.append(name)
            befores.setdefault(_plain(name), []).append(before)
            if _common_word(run, before):
                common.add(name)
    # "Pam Cameron (DUP)": a person's party in brackets, no short form of the name ("(AMLO)" spells it, and is one)
    brackets = [(acronym, name) for acronym, name in brackets if acronym == "".join(w[0] for w in name.split())
                or guess_kind(name, befores.get(_plain(name), [])) != "person"]
    for acronym, name in brackets:
        if name.split()[-1].lower() in ROLE_WORDS:  # "Police Public Relations Officer (PPRO)": a title's
            names = [other for other in names if other != acronym]
        elif acronym in names:
            names.remove(acronym)  # counted with its name
    # One spelling per name ("al-Sisi" and "Al-Sisi", "Gyökeres" and "Gyokeres"), under the commoner spelling.
    spellings = pd.Series(names, dtype=str)
    key = spellings.map({name: _plain(name) for name in set(names)})
    usual = spellings.groupby(key).agg(lambda forms: forms.value_counts().index[0])
    counts = key.map(usual).value_counts().to_dict()
    counts = {name: count for name, count in counts.items() if name not in common  # a common word alone goes only
              or any(other.startswith(name + " of ") for other in counts)}  # with "House of ...", not "UDP Government"
    kinds = {name: guess_kind(name, befores[_plain(name)]) for name in counts}
    counts, kinds = merge_short_forms(counts, kinds, dict(reversed(brackets)))  # the first name given: not "Ann (AP)"
    counts = {name: count for name, count in counts.items() if name not in common}  # left on its own: a piece
    table = pd.DataFrame({"name": list(counts), "count": list(counts.values()), "kind": [kinds[n] for n in counts]},
                         columns=["name", "count", "kind"])
    return table.sort_values(["count", "name"], ascending=[False, True], ignore_index=True)
