"""Datelines and credits: where a news report was written, and who wrote it (notebook 03).

Agency reports open with the place they were written: "SEOUL, Oct. 28
(Yonhap) --". That place is no actor of the story, so `actors.py` counts no
mention in it, and `skip_dateline` keeps it out of the candidates (notebook
05), as `skip_credits` keeps out the journalists a report names in its byline
and credits.
"""

from .actor_list import NAME_WORDS, NOT_NAMES
from .sentences import CLOSING_QUOTES, SENTENCE_ENDS, is_byline

DASHES = {"(", "-", "--", "\u2013", "\u2014", ".-"}  # ".-": "Santo Domingo.- Tourism Minister ..."
# First words of a news agency's credits: "Reporting by", "Additional reporting by", "Editing by".
CREDIT_WORDS = {"Reporting", "Additional", "Editing", "Writing", "Compiled", "Produced"}


def dateline(words):
    """A news report's first words may name the place it was written: in capitals ('SEOUL, Oct. 28 (Yonhap) --',
    '(NEW YORK) —'), or in capitals and small letters before a comma and a date ('New Delhi, Feb 17:') or before
    its country in square brackets ('New Delhi [India], May 3 (ANI):'). Returns where the words after the place
    start (0: no dateline), and whether the place's comma is followed by its country or state ('DANANG, Vietnam',
    'NORTH BEND, Ore.', 'BWERA, Uganda, June 13'), which is part of the dateline too and no actor."""
    end = words.index(")", 3) if words[:1] == ["("] and ")" in words[3:6] else 0  # "(NEW YORK) —": two words or more
    after = words[end + 1] if end and end + 1 < len(words) else None
    if after in DASHES - {"("} and all((word or "").isalpha() and word.isupper() for word in words[1:end]):
        return end + 1, False
    square = _country_in_square_brackets(words)
    if square:
        return square, False
    city = 0
    while city < len(words) and words[city] and words[city].isalpha() and words[city].isupper():
        city += 1
    # A place in capitals comes before a dash, a bracket, a colon, or a comma and a date or its country: not
    # "NATO said ...", "US President Barack Obama ...", "NATO, the EU and ...", which open a sentence.
    after_comma = (words[city + 1] or "")[:1] if city + 1 < len(words) else ""
    if city < len(words) and words[city] not in DASHES | {":"} and not (
            words[city] == "," and (after_comma.isupper() or after_comma.isdigit())):
        city = 0
    city = city or next((n for n in (1, 2, 3) if _before_a_date_or_country(words, n)), 0)
    if city < len(words) and words[city] == ":" and not _ends_a_sentence(words):
        return 0, False  # "NDRRMC: Deaths rise to 12": a headline, which ends with no full stop
    return city, 0 < city and city + 2 < len(words) and words[city] == "," and (
        words[city + 2] in DASHES or words[city + 2 :] == ["."]  # "NORTH BEND, Ore." alone, split off its agency
        or _before_a_date_or_country(words[city + 1 :], 1))  # "BWERA, Uganda, June 13, 2019 (BSS/AFP) –"


def _ends_a_sentence(words):
    """Whether the words end as a sentence does: with a full stop, a question or exclamation mark, or a quote."""
    last = next((word for word in reversed(words) if word is not None), "")
    return last in (SENTENCE_ENDS - {")"}) | CLOSING_QUOTES


def _before_a_date_or_country(words, n):
    """'New Delhi, Feb 17', 'Rourkela/Allahabad, May 25', 'Kampala, Uganda -', 'Freeport, Bahamas, July 10th',
    'Santo Domingo.-': are the first n words a place, then a comma and a date, or a comma, its country and a dash
    or a date, or ".-"?"""
    if n + 2 >= len(words) or words[n] not in {",", ".-"} or not _a_place(words[:n]):
        return False
    if words[n] == ".-":
        return True  # "Santo Domingo.- Tourism Minister ...", in Spanish style
    month = (words[n + 1] or "").lower()  # or a day: "Monday 5"
    return ((month in NOT_NAMES or f"{month}." in NOT_NAMES) and (words[n + 2] or "")[:1].isdigit()) or (
        words[n + 2] in DASHES - {"("}) or (  # or its country, then a comma and a date: "Freeport, Bahamas, July 10"
        words[n + 2] == "," and (words[n + 1] or "").istitle() and _before_a_date_or_country(words[n + 1 :], 1))


def _country_in_square_brackets(words):
    """'New Delhi [India],', 'Margao (Goa) [India]:': a place, perhaps its state in brackets, and its country in
    square brackets, before a comma or a colon. Returns where the words after them start, or 0."""
    if "[" not in words[1:7] or "]" not in words:
        return 0
    end = words.index("]") + 1
    place = [word for word in words[: words.index("[")] if word not in {"(", ")"}]
    return end if end < len(words) and words[end] in {",", ":"} and _a_place(place) else 0


def _a_place(words):
    """'New Delhi', 'Rourkela/Allahabad': words written as a place's name. A place the actor list knows may be
    one item ("New Delhi"), or None where candidate discovery has blanked it out."""
    return all(word is None or (word.istitle() and word.replace(" ", "").replace("/", "").isalpha()) for word in words)


def skip_dateline(words):
    """'SEOUL, Oct. 28 (Yonhap) --', 'NAIROBI, Kenya (AP) —': where a report was filed is no actor. Blank it out."""
    i, country = dateline(words)
    if 0 < i < len(words) and words[i] == ":":  # "ISLAMABAD: Information Minister ...": the colon opens the sentence
        return [None] * i + ["--"] + words[i + 1 :]
    colon = words.index(":") if ":" in words[1:4] else 0
    if i == 0 and colon and all(word and word.isupper() for word in words[:colon]):
        return words[:colon] + ["--"] + words[colon + 1 :]  # a headline, "NDRRMC: Deaths rise": no dateline
    if 0 < i < len(words) and words[i] in DASHES | {","}:
        words = [None] * i + words[i : i + 1] + [None] * country + words[i + 1 + country :]
        colon = next((j for j in range(i, min(i + 9, len(words))) if words[j] == ":"), None)
        if colon is not None:  # "New Delhi, Feb 17 (IANS): Officials said": the colon opens the sentence
            words[colon] = "--"
    return words


def skip_credits(words):
    """'(Reporting by Chris Nusatya; Editing by Matthew Bigg)', 'By Priam Nepomuceno | Philippine News Agency': a news
    agency's credits and a byline name its journalists, not actors of the story. Blank them out, up to the closing
    bracket or the sentence's end, or up to the bar or comma before the agency; and the names in a list after a
    dash, the report's credits, but not the news agencies in capitals, and a reporter's name alone after a dash,
    a signature."""
    if is_byline(words):  # "By Priam Nepomuceno | PNA"
        end = next((j for j in range(1, len(words)) if words[j] in {"|", ",", "-", "\u2013", "\u2014"}), len(words))
        return [None] * end + words[end:]
    parts = " ".join(word or "" for word in words[1:]).split(" , ") if words[:1] and words[0] in DASHES else []
    signed = len(parts) == 1 and len(words) in (3, 4) and NAME_WORDS.keys().isdisjoint(  # "- Christopher Thomas"
        (word or "").lower() for word in words)  # (not "— Associated Press")
    if parts and words[0] != "(" and (len(parts) >= 3 or signed) and all(  # its reporters
            1 <= len(part.split()) <= 4 and part.replace(" ", "").isalpha() and part.istitle() or part.isupper()
            for part in parts):  # "— Arnell Ozaeta, Rene Alviar, James Mananghaya, AP, AFP"; the agencies stay
        return [word if word is None or word == "," or word.isupper() else None for word in words]
    if "by" not in words:  # most sentences: nothing to do
        return words
    for i in range(len(words) - 2):
        by = i + words[i + 1 : i + 3].index("by") + 1 if "by" in words[i + 1 : i + 3] else None
        if words[i] in CREDIT_WORDS and by and by + 1 < len(words) and (words[by + 1] or "")[:1].isupper():
            end = next((j for j in range(by, len(words)) if words[j] == ")"), len(words))
            return words[:i] + [None] * (end - i) + words[end:]
    return words
