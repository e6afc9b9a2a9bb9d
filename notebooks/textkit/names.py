"""Names in running text: which runs of capitalised words are names (notebook 05).

English writes names with capitals, but also titles ("President") and headlines. `name_runs` keeps the runs of a
sentence's words that look like names: words that may be part of a name (`capitals.py`), initials ("F."), particles
("von der"), small words inside an organisation's ("Food and Drug Administration"). `candidates.py` counts them.
"""

import itertools
import re

from .actor_list import NAME_WORDS, NOT_NAMES, ORGANISATION_WORDS
from .capitals import NAME_NUMBERS, NAME_PARTICLES, is_acronym
from .longer_names import OPENING_MARKS
from .words import participle, singular

JOINING_WORDS = {"of", "for", "on", "the", "and"}  # they join an organisation's name: "Food and Drug Administration"
SMALL_NAME_WORDS, OPENING_PARTICLES = JOINING_WORDS | NAME_PARTICLES, NAME_PARTICLES - {"no"}  # not "no North/South"
SURNAMES = {"He", "An", "May"}  # small words that end a name as a surname: "Liu He", "Theresa May"
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "B.N.", "N.": a person's initials, not an acronym
# Plural nouns whose possessive is part of a name: "People's Consultative Assembly".
POSSESSIVE_NAME_WORDS = {"people", "children", "women", "men", "students", "teachers", "workers", "farmers",
                         "journalists", "employees", "traders", "nurses", "doctors", "lawyers", "veterans", "parents"}
# Last words of places and bodies named after a person with a title ("King Fahd Hospital"); not "Hill" ("Rep. Ann Hill")
NAMED_AFTER_PEOPLE = {"stadium", "hospital", "airport", "university", "college", "school", "road", "street", "avenue",
                      "highway", "bridge", "city", "mosque", "centre", "center", "institute", "foundation", "library",
                      "museum", "academy", "arena", "station", "barracks", "palace", "market", "square", "league",
                      "department", "service"}
# A quotation, a dash, a bullet or a semicolon opens a sentence ("(Yonhap) -- Officials"); a bracket, a colon, "’" not.
HARD_OPENINGS = {"\u201c", "\u2018", "\u2019", "``", "'", '"', "--", "-", "\u2013", "\u2014", "\u2022", ";"}
GLUED_ENDINGS = ("ed", "ing", "born", "esque", "like", "style", "area", "wide", "made")  # "Iran-backed", "UK-made"


def _hyphen_adjective(token):
    """'Iran-backed', 'Edmonton-area', 'MENAFN-' (not 'Al-Khaled'): the name glued to a dash, or None."""
    name, _, rest = token.rpartition("-")
    glued = not rest or rest[:1].islower() and rest.endswith(GLUED_ENDINGS)
    return name if name[:1].isupper() and glued else None


def _in_a_date(words, i):
    """'Oct' in 'Oct 9' or '9 Oct 2024': a month's short form without its full stop, beside a number."""
    near = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words) and words[j]]
    return f"{words[i]}.".lower() in NOT_NAMES and any(word[:1].isdigit() for word in near)


def _title_length(words, i, titles):
    """How many words from position i form a title such as "Prime Minister" (0 if none, or in "Ministry of Justice")."""
    if not words[i][:1].isupper():  # every title starts with a capital
        return 0
    for size in range(min(6, len(words) - i), 0, -1):  # up to "Custodian of the Two Holy Mosques"
        phrase = words[i : i + size]
        text = " ".join(phrase).replace(" \u2019", "\u2019").replace("-", " ") if None not in phrase else ""
        # A title's plural before two names or more: "Privates Rommel Javier and Dennis Rapadas" (not "Popes Lane")
        plural = text.endswith("s") and text[:-1] in titles and ("and" in words[i + size + 1 : i + size + 5]
                                                                 or words[i + size + 2 : i + size + 3] == [","])
        base = re.sub(" (?:elect|Elect|designate|Designate)$", "", text) if text.endswith(("ect", "ate")) else text
        base = base.title() if base.isupper() and len(base) > 3 else base  # "Premier-elect", "PREMIER-elect Chris ..."
        if text in titles or plural or base in titles:
            after = [*words[i + size : i + size + 2], None, None]  # "Premier League", "Sheriff’s Office"
            following = after[1] if after[0] == "\u2019s" and (after[1] or "")[:1].isupper() else after[0]
            back = i - (i > 0 and f"{words[i - 1]} {text}" in titles)  # from "Vice" in "Vice President"
            k = back - 1 - (words[back - 1] == "the")  # "Department of Justice", "Office of the Ombudsman"
            inside = k >= 1 and words[k] == "of" and (words[k - 1] or "").istitle() and bool(ORGANISATION_WORDS & {
                words[k - 1].lower(), singular(words[k - 1].lower())})  # a plural too: "Criminal Courts of Justice"
            named = list(itertools.takewhile(lambda word: (word or "")[:1].isupper(), words[i + size : i + size + 5]))
            for_a_person = 1 < len(named) < 5 and named[-1].lower() in NAMED_AFTER_PEOPLE
            first_name = text in {"Sheikh", "Shaikh"} and i > 0 and (words[i - 1] or "").istitle()  # "Hassan Sheikh"
            sheikh = first_name and words[i - 1] not in titles and words[i - 2 : i - 1] not in (["the"], ["The"])
            organisation = ((following or "").lower() in ORGANISATION_WORDS or (  # also "General Labor Confederation"
                len(named) == 2 and named[1].lower() in ORGANISATION_WORDS)) and text not in {"Former", "Acting"}
            in_a_name = (after[0] or "").split("-")[0] in ({"Al", "bin"} if text == "Sultan" else {"Jr.", "Jr", "Sr."})
            if inside or organisation or for_a_person or sheikh or in_a_name:  # "Sultan Al Jaber", "King Jr.": names
                return 0  # "Premier League"; "Sheikh Abu Naser Stadium", "King Fahd Hospital": named after a person
            return size
    return 0


def _before_bracket(words, i, is_name):
    """Do the name words after position i end right before an acronym in brackets ("Alternative for Germany (AfD)")?"""
    j = next((k for k in range(i + 1, len(words)) if not (words[k] and is_name(words[k], False))), len(words))
    acronym = words[j + 1] if words[j : j + 1] == ["("] and words[j + 2 : j + 3] == [")"] else ""
    return j > i + 1 and sum(map(str.isupper, acronym or "")) >= 2  # not "Ann Roe (Northern Ward)"


def _and_joins(words, i, is_name, titles):
    """'and' belongs to a name when the words after it end an organisation's name ("Food and Drug Administration")
    or come right before its acronym in brackets ("Centers for Disease Control and Prevention (CDC)"); not after
    a whole organisation's or place's name ("Southwest Airlines and American Airlines" are two), nor after a title
    and a person's name of up to three words ("Prime Minister Han Duck-soo and People Power Party"); a title ends
    them."""
    person = any(" ".join(map(str, words[p - n : p])) in titles and all((w or "")[:1].isupper() for w in words[p:i])
                 for p in (i - 1, i - 2, i - 3) for n in (1, 2, 3) if p - n >= 0)
    j = i + 1
    while j < len(words) and words[j] and is_name(words[j], False) and not _title_length(words, j, titles):
        j += 1
    inside_a_name = any(word in {"of", "for"} for word in words[:i])  # "Centers for Disease Control and ..."
    whole = words[i - 1].lower() in ORGANISATION_WORDS or (  # "... Stadium and", but not "East and North Herts"
        NAME_WORDS.get(words[i - 1].lower()) == "place" and i >= 2 and words[i - 2] and is_name(words[i - 2], i == 2))
    return j > i + 1 and not whole and not person and (
        words[j - 1].lower() in ORGANISATION_WORDS or (inside_a_name and _before_bracket(words, i, is_name)))


def _initial(words, i, is_name):
    """'F.' in 'Robert F. Kennedy', 'P' in 'P Chidambaram', 'V.' in 'V. K. Tripathi': a capital alone, then a name."""
    word = words[i]
    return (len(word.rstrip(".")) == 1 and word[:1].isupper() and word not in {"A", "I"} and i + 1 < len(words)
            and bool(words[i + 1]) and (is_name(words[i + 1], False) or _initial(words, i + 1, is_name)))


def _person_after_organisation(run):
    """'Liberals James Paterson', 'FPM Jebran Bassil', 'Bugiri District Wafula Oguttu': an organisation's or a place's
    name, then a person's: where the person's name starts (two to four capitalised words that end no other name), or 0;
    after a job title, a last word of kind title in name_words.csv ('Officer Paul Smith'), one word will do."""
    for k, word in enumerate(run[:-1]):
        rest, kind = run[k + 1 :], NAME_WORDS.get(word.lower()) if k or word.isalpha() else None  # not "St."
        kind = "organisation" if not k and len(word) > 2 and word.isalpha() and word.isupper() else kind  # "FPM"
        if kind in ("organisation", "place", "title") and (len(rest) >= 2 or kind == "title") and len(rest) < 5 and all(
                part[:1].isupper() and " " not in part and (not is_acronym(part) or INITIALS.fullmatch(part))
                and part.lower() not in NAME_WORDS for part in rest):
            return k + 1
    return 0


def _possessive_in_name(words, i, run, is_name):
    """A possessive inside a name: "People’s Assembly", "Magistrates’ Court"; but an acronym's is its owner: "KRG’s"."""
    following = words[i + 1] if i + 1 < len(words) else None
    possessive = (words[i] == "\u2019s" or (words[i] == "\u2019" and run[-1].endswith("s"))) and not is_acronym(run[-1])
    return possessive and bool(following) and is_name(following, False) and (
        run[-1].lower() in POSSESSIVE_NAME_WORDS or NAME_WORDS.get(following.lower()) in ("organisation", "place"))


def _name_starts_with_small_word(words, i, first, is_name, is_small_word):
    """'the All Blacks', 'The Hague', 'Will Smith': a capitalised small word inside a sentence, before a name."""
    word, following = words[i], words[i + 1] if i + 1 < len(words) else None
    if first or not word[:1].isupper():  # most words: checked first, as this is asked of every word
        return False
    after_full_stop = i > 0 and (words[i - 1] or "").endswith(".")  # a sentence the splitter missed: "May 29. The"
    return (not after_full_stop and word[1:].islower() and is_small_word(word)
            and word.lower() not in NOT_NAMES and bool(following) and is_name(following, False))


def name_runs(words, titles, is_name, is_small_word):
    """Split one sentence's words into runs that look like names: (run, starts the sentence?, word before it)."""
    runs, run, starts, start, before, carried, i = [], [], False, True, "", "", 0
    while i <= len(words):
        word = words[i] if i < len(words) else None
        size = _title_length(words, i, titles) if word and word[:1].isupper() else 0  # every title has a capital
        glued = _hyphen_adjective(word) if word and not size and "-" in word else None
        plain = word is not None and not size and not glued  # a word that may belong to a name
        last_name_word = next((w.lower() for w in run[::-1] if w.lower() not in SMALL_NAME_WORDS), "") if run else ""
        # The sentence's first word, or a quotation's ("A MAN has been jailed": after "A" too); not "PREMIUM TIMES".
        first = start or (i > 0 and words[i - 1] in OPENING_MARKS) or (i == 1 and words[0] in {"A", "AN", "THE"})
        first = first and not (word and word.isupper() and not is_small_word(word) and i + 1 < len(words)
                               and (words[i + 1] or "").isupper())
        if plain and is_name(word, first) and not _in_a_date(words, i):
            starts = starts or (start and not run)
            run.append(word)
        elif plain and ((word[:1].isupper() and _initial(words, i, is_name)) or (len(run) > 1 and word in NAME_NUMBERS)
                        or (run and _possessive_in_name(words, i, run, is_name))):
            run.append(word)  # "Robert F. Kennedy", "Benigno Aquino III"; "People’s Assembly", "Magistrates’ Court"
        elif plain and run and (
            word in NAME_PARTICLES
            or (word.lower() == "and" and not is_acronym(run[-1]) and _and_joins(words, i, is_name, titles))
            or (word.lower() in JOINING_WORDS - {"and"} and (
                NAME_WORDS.get(last_name_word, NAME_WORDS.get(singular(last_name_word))) not in (None, "title")
                or run[-1].lower() in JOINING_WORDS  # and a plural: "Criminal Courts of Justice"
                or ({"for", "of"} & set(run) and ORGANISATION_WORDS & {w.lower() for w in run})  # "Study of War"
                or _before_bracket(words, i, is_name)))
            or (not start and word[:1].isupper() and not word.isupper() and is_small_word(word))  # "Doctors Without"
        ):
            run.append(word)
        elif plain and not run and ((word.lower() in OPENING_PARTICLES and i + 1 < len(words) and words[i + 1])
                                    or (word[:1].isupper() and _name_starts_with_small_word(
                                        words, i, first, is_name, is_small_word))):
            run.append(word)  # "von der Leyen" after a title or a known name; "the All Blacks"
        else:
            if glued and is_name(glued, start):  # "Iran-backed"; at a sentence start, its first word ("Plain-clothed")
                starts, run = starts or (start and not run), [*run, glued]
            surnames = SURNAMES - {"May"} if (word or "")[:1].isdigit() else SURNAMES  # not "Ann Roe May 2"
            while run and run[-1] not in surnames and (run[-1].lower() in JOINING_WORDS
                                                          or (is_small_word(run[-1]) and not is_acronym(run[-1]))
                                                          or run[-1] in NAME_PARTICLES):  # not "Fukushima No"
                run.pop()
            opener = words[0] if run and words[1 : 1 + len(run)] == run else None  # the sentence's first word
            if opener and NAME_WORDS.get(run[-1].lower()) == "organisation" and not _title_length(words, 0, titles) \
                    and not is_small_word(opener) and not is_name(opener, True) and is_name(opener, False):
                run, starts = [opener, *run], True  # "Tobacco Control Commission": a common word opening the name
            if starts and len(run) > 1 and participle(run[0]) and NAME_WORDS.get(run[-1].lower()) is None:
                run, starts = run[1:], False  # "Accusing Morales of ...", "Injured Mane": not "Downing Street"
            cut = _person_after_organisation(run) if len(run) > 1 else 0
            # In a list, each name has the word before the list: "in Prishtina, Peja and Mitrovica" ("In Kisumu,
            # Ruto said" is no list). A known actor (None) may open it: "in Santo Domingo, San Pedro and ...".
            listed = carried if carried and (word in {",", "and"} or before == "and") else before
            if cut:  # "Liberals James Paterson": two names
                runs += [(run[:cut], starts, listed), (run[cut:], False, "")]
            elif run:
                runs.append((run, starts, listed))
            if word is None:  # a known actor: a list may start with it
                carried = before if before != "a title" else ""
            elif not (word in {",", "and"} and (run or carried) and listed != "a title"):
                carried = ""
            elif run:
                carried = listed
            run, starts = [], False
            before = "a title" if size else (word or "").lower()
            if before == "of" and i > 0 and (words[i - 1] or "").islower():
                before = f"{words[i - 1]} of"  # "the town of Chincha": the word before "of" tells the kind
        start = word in HARD_OPENINGS and not (run and run[-1] is word) and words[i + 2 :] not in ([], ["."])
        i += max(size, 1)
    return runs
