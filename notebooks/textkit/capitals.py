"""Capitalised words: which words may be part of a name (notebook 05).

English writes names with capitals, but also every sentence's first word, acronyms ("WHO"), product codes
("3D") and, in some newspapers, a report's first words ("A MAN has been jailed"). `name_test` tells, word by
word, which capitalised words of a text may belong to a name; `names.py` joins them into runs, after
`skip_nicknames` has left out a nickname in quotation marks inside a name (`closing_quote` finds where a
quotation ends, for it and for titles of works in `not_actors.py`).
"""

import collections
import functools
import re

from .actor_list import NAME_WORDS, NOT_NAMES
from .words import zipf

# Lower-case parts of personal names: "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "da", "di",
                  "do", "dos", "das", "del", "es", "y", "ul", "ud", "no", "ap"}  # "Nippon Ishin no Kai", "Rhun ap Iwan"
NAME_NUMBERS = {"II", "III", "IV"}  # after a person's name: "Benigno Aquino III"


def _capitalised(token):
    """'Kim', 'IAEA', 'G7', 'Hong-kyun', 'al-Assad': starts with a capital (or its last part does)."""
    first, _, rest = token.partition("-")
    if first[:1].islower() and first not in NAME_PARTICLES:
        return False  # "inter-Korean", "pro-Russian": an adjective, not a name
    if len(first) == 1 and rest.islower():
        return False  # "T-shirt", "X-ray", "U-turn": a common noun
    return (token[:1].isupper() or rest[:1].isupper()) and sum(c.isalnum() for c in token) >= 2


def name_test(tokens, stopwords):
    """A test for one word of this text: is_name(word, first) is True if it may be part of a name.

    A common word is no name: a stop word, a word in data/not_names.txt, or, as a sentence's first word
    (first=True), a word the text also writes in lower case ("Analysts ... analysts"), or a common English word
    written in capitals there and nowhere else, nor with a capital only (Zipf 3.5 or more: "A MAN has been jailed",
    "MARK Drakeford"; but "A YORK man" beside "York Crown Court"), or a stop word so written ("THE ASHANTI")."""
    words = tokens["token"].tolist()
    lower_case_words, title_case_words = set(filter(str.islower, words)), set(filter(str.istitle, words))
    capitals = collections.Counter(filter(str.isupper, words))

    @functools.cache  # a long text asks about the same words again and again
    def is_name(word, first):
        if first and capitals[word] == 1 and word.isalpha() and len(word) >= 3 and zipf(word) >= 3.5 and (
                word.title() not in title_case_words):
            return False  # a newspaper's first words in capitals, not an acronym
        if _product_code(word) or PLURAL_ACRONYM.fullmatch(word) or _adverb(word):
            return False
        if is_acronym(word) and word.lower() not in NOT_NAMES:
            return not (first and capitals[word] == 1 and word.lower() in stopwords)  # "THE ASHANTI Regional …"
        common = word.lower() in stopwords or word.rstrip(".").lower() in NOT_NAMES or all(  # "July-August"
            part.lower() in NOT_NAMES for part in word.split("-"))
        return _capitalised(word) and not common and not (first and word.lower() in lower_case_words)

    return is_name


PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")  # "CEOs", "MoUs": a common noun
GROUP_NUMBER = re.compile(r"[GPE]\d{1,2}")  # "G7", "G20", "P5", "E3": a group's name; not "S1", a coach


def _product_code(word):
    """'3D', 'Mi-3', 'COP29': a word with a digit names a product or an event, not an actor; but 'G7' is one."""
    return any(character.isdigit() for character in word) and not GROUP_NUMBER.fullmatch(word)


def _adverb(word):
    """'Apparently', 'Notably': -ly on a common word (Zipf 3.5 or more in wordfreq); 'Kelly' is a name."""
    stems = {word[:-2], word[:-1] + "e", word[:-3] + "y"}  # apparent, notable, happy
    return word.endswith("ly") and word.lower() not in NAME_WORDS and any(  # "Assembly" is a word of names
        len(stem) >= 4 and zipf(stem) >= 3.5 for stem in stems)


def is_acronym(token):
    """'WHO', 'NVDA', 'G7', 'U.N.': two or more letters or digits, all capitals; not a code like 'L5N0OV09R'."""
    letters, digits = sum(c.isalpha() for c in token), sum(c.isdigit() for c in token)
    return letters + digits >= 2 and token.upper() == token and letters and not (letters >= 3 and digits >= 3)


# Opening and closing quotation marks, as tokens: a straight double quotation mark is `` and ’’ (see words.py).
QUOTE_PAIRS = {"\u201c": "\u201d", "``": "\u2019\u2019", "\u2018": "\u2019"}


def closing_quote(words, opening, most):
    """Where the quotation that words[opening] opens is closed, at most `most` words later; None if it is not."""
    closing = QUOTE_PAIRS.get(words[opening])
    return next((j for j in range(opening + 1, min(opening + most + 1, len(words))) if words[j] == closing), None) \
        if closing else None


def skip_nicknames(words):
    """'Joaquín “El Chapo” Guzmán', 'Gualberto “Wally” Nunez': a nickname in quotation marks between two parts of a
    name is left out, so that the name is one ('Joaquín Guzmán')."""
    words = list(words)
    for i in range(len(words) - 4, -1, -1):  # from the end, so that what is left out moves nothing still to check
        end = closing_quote(words, i + 1, 4) if (words[i] or "")[:1].isupper() else None
        if end and i + 2 < end < len(words) - 1 and all(
                (word or "")[:1].isupper() for word in words[i + 2 : end] + [words[end + 1]]):
            del words[i + 1 : end + 1]
    return words


def split_slashes(words):
    """'Falklands/Malvinas', 'AFP/Getty Images': names written with a slash between them are two names."""
    def pieces(word):
        names = word.split("/") if word and "/" in word else []
        return re.split("(/)", word) if names and all(name[:1].isupper() for name in names) else [word]
    if "/" not in "".join(filter(None, words)):
        return words  # most sentences: nothing to do
    return [piece for word in words for piece in pieces(word)]
