"""Fields of work: "Health" in "Minister of Health" names no actor (notebook 05).

A minister's or a secretary's title often names a field of work in capitals
("Minister of Foreign Affairs", "Trade and Investment Minister"). Before
`candidates.py` counts the names in a sentence, `skip_fields` blanks those
words out, and keeps the name that follows ("Minister of Health Jane Aceng").
"""

from .actor_list import ORGANISATION_WORDS, PLACE_NAMES
from .capitals import NAME_PARTICLES, is_acronym
from .words import COMMON_ZIPF, singular, zipf

# Titles followed by a field of work: "Minister of Health", "Secretary of State for Information".
FIELD_TITLES = {"Minister", "Ministers", "Secretary", "Adviser", "Advisor", "Commissioner", "Chief", "Director", "Head",
                "Envoy", "Ambassador", "Representative", "minister", "secretary", "envoy", "ambassador", "commissioner",
                "responsible"}  # "Minister of State responsible for Labour, Employment and Youth"
PORTFOLIOS = {"ministry", "portfolio", "docket"}  # after a field in small letters: "the Gender and Youth ministry"
# "Prevention", "Economics", "Tourism", "Industry", "Technology"
FIELD_ENDINGS = ("tion", "ment", "ance", "ence", "ity", "ure", "ness", "cy", "ics", "ism", "ry", "gy", "omy")


def field_word(word):
    """'Welfare', 'Decentralization', 'Innovations': a word that may name a field of work, common in English
    (COMMON_ZIPF) or with a field's ending (-tion, -ment, -ure …), in the singular or the plural."""
    return zipf(word) >= COMMON_ZIPF or singular(word).endswith(FIELD_ENDINGS)


def _in_field(words, j, titles):
    """Does a field of work after a minister's "of" go on at words[j]? Over capitalised words, "and", "for", "of",
    and a comma inside a list of fields ("Minister of Oil, Electricity and Water"); not over "and" before a title,
    nor over a comma before the next title ("..., Finance Minister John Roe")."""
    word, following = words[j], words[j + 1] if j + 1 < len(words) else None
    if word == "and" and following in titles:  # "and Dr"
        return False
    if word == "," and following == "and" and "," in words[max(j - 4, 0) : j]:
        return True  # a list's last comma, before "and": "Information, Communications, and Information Technology"
    if word == ",":  # the list goes on if capitalised words that are no title lead to its "and"
        k = j + 1
        while k < len(words) and words[k] and words[k][:1].isupper() and words[k] not in titles:
            k += 1
            if k < len(words) and words[k] == "," and words[k - 2] == "," and field_word(words[k - 1]):
                k += 1  # more fields of a word each: "Agriculture, Forestry, Livestock, Fisheries and Biodiversity"
        return k > j + 1 and k < len(words) and words[k] == "and"
    return bool(word) and (word[:1].isupper() or word in {"and", "for", "of"} or _particle(word))


def _fields_before(words, i, joints=()):
    """Where the field words in capitals (no acronyms) right before words[i] start, over the joints given."""
    start = i
    while start > 0 and (words[start - 1] in joints or (words[start - 1] or "")[:1].isupper() and (
            field_word(words[start - 1]) and not is_acronym(words[start - 1]))):
        start -= 1
    return start


def _capitalised_before(words, j):
    """How many capitalised words come right before words[j]: 2 before "and" in "Ann Roe and"."""
    k = j
    while k > 0 and (words[k - 1] or "")[:1].isupper():
        k -= 1
    return j - k


def _particle(word):
    """'al-Jadaan', 'bin': a part of a person's name in small letters (NAME_PARTICLES)."""
    return word.split("-")[0] in NAME_PARTICLES


def skip_fields(words, titles):
    """'Minister of Foreign Affairs', 'Secretary of Modernization Andrés Ibarra', 'Home Affairs Minister': field
    words (field_word) before "Minister", or after a minister's or a secretary's "of", "for" or "on", name a
    field of work, not an actor. Blank them out, up to a title ("Minister of Health Dr Jane Aceng"), but never
    the last two capitalised words before a comma or a lower-case word (a name), nor after "of the" ("Minister
    of the Interior"). So are fields before "ministry" or "portfolio" in small letters ("the Gender and Youth
    ministry"), and between a party's acronym and "Secretary" ("BNP Publicity Secretary")."""
    if FIELD_TITLES.isdisjoint(words) and PORTFOLIOS.isdisjoint(words):  # most sentences: nothing to do
        return words
    words = list(words)
    for i, word in enumerate(words):
        if word in PORTFOLIOS:  # "the Gender and Community Development ministry": its fields, back to "the"
            start = _fields_before(words, i, {"and", ","})
            if not (start and words[start - 1] in {"of", "for"}):  # but "the Ministry of Lands portfolio" is a name
                words[start:i] = [None] * (i - start)
        elif word == "Secretary":  # "BNP Publicity Secretary": a party's field of work, after its acronym
            start = _fields_before(words, i)
            if 0 < start < i and is_acronym(words[start - 1] or ""):
                words[start:i] = [None] * (i - start)
    for i in range(len(words) - 2):
        office = words[i + 1] == "\u2019s" and f"{words[i - 1]} {words[i]}" in titles  # "Prime Minister’s Office"
        if words[i] in {"Minister", "Ministers", "minister"} and not office:  # "Trade and Investment Minister"
            start = i
            while start > 0 and (((words[start - 1] or "")[:1].isupper() and field_word(words[start - 1])) or (
                    words[start - 1] == "and" and start > 1 and (words[start - 2] or "")[:1].isupper()
                    and (start < i or _capitalised_before(words, i - 1) < 2))):  # not "Ann Roe and Minister"
                start -= 1
            start += words[start] == "and"
            field = words[start:i]  # after a name, the field starts after "and": "Sinisa Mali and Education Minister"
            if start and (words[start - 1] or "")[:1].isupper() and words[start - 1] not in titles and "and" in field:
                start += len(field) - field[::-1].index("and")
            if words[i] != "minister" or ORGANISATION_WORDS.isdisjoint(w.lower() for w in words[start:i] if w):
                words[start:i] = [None] * (i - start)  # but "the Home Office minister": an organisation's
        on = i + 1  # "Adviser to the President on Media and Publicity": the field after "to the President on"
        if words[i] in FIELD_TITLES and words[on] == "to":
            on = next((j for j in range(i + 2, min(i + 6, len(words))) if words[j] in {"on", "for"}), on)
        elif words[on : on + 3] == ["of", "State", "for"]:  # "Minister of State for Food Security": after "for"
            on += 2
        if words[i] not in FIELD_TITLES or words[on] not in {"of", "for", "on"}:
            continue
        end = on + 1
        while end < len(words) and _in_field(words, end, titles):
            end += 1
        capitals = [j for j in range(on + 1, end) if words[j][:1].isupper() or _particle(words[j])]  # "al-Jadaan"
        title = next((j for j in capitals[1:] if words[j] in titles), None)  # not "Minister for Justice"
        if title is not None:
            field = title  # "Minister of Foreign Affairs Ambassador Jorge Faurie"
        elif words[end - 1] == "of" and (end == len(words) or words[end] is None) and all(
                field_word(words[j]) for j in capitals[-2:]):
            field = end - 1  # "Minister of Foreign Affairs of Cambodia": the country is an actor
        elif len(capitals) >= 3 and words[capitals[-1]].lower() in ORGANISATION_WORDS and not (
                {"and", ","} & set(words[on + 1 : end])):
            field = on + 1  # "Director of Bach Dang Enterprise": an organisation's whole name
        elif len(capitals) <= 2 and all(field_word(words[j]) for j in capitals) and (
                end == len(words) or words[end] in {",", ".", "("}):
            field = end  # "Secretary of Agriculture, Luis Etchevehere", "Minister of Defense (Kalle Laanet)"
        else:  # "Minister of State for Information and Broadcasting Rajyavardhan Rathore"
            field = next((j for n, j in enumerate(capitals) if len(capitals) - n <= 2 or not field_word(words[j])),
                         on + 1)
            if (field > on + 1 and words[field - 1] in {"and", "of", "for"}) or (
                    capitals and {"and", ","} & set(words[field : capitals[-1]])) or all(
                    singular(words[j]).endswith(("tion", "ment", "ness", "ics", "ism")) for j in capitals[-2:]):
                field = end  # "Minister for Energy and Natural Resources here", "... Sport and Culture", "Human
                # Settlement Development": no name
        if field < end or " ".join(words[on + 1 : field]) not in PLACE_NAMES:  # "minister of Northern Ireland."
            words[on + 1 : field] = [None] * (field - on - 1)
    return words
