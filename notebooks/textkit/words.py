"""Words: the token table and term counts (notebook 02).

Notebook 02 tokenises with NLTK, deals with the curly possessive (`Korea’s`)
and counts terms. Here are the finished versions: `word_tokens` for one
sentence, `tokens_table` for every sentence of `sentences_table` (one row per
token), and `term_counts` made from it. `actors.py` finds names in this table.
Notebook 05 also asks how common a word is in English (`zipf`), whether a word
is a verb's -ing or -ed form (`participle`), what a plural's singular is
(`singular`), and whether an acronym is spelled out in the words before it
(`spelled_out`).
"""

import re

import numpy as np
import pandas as pd
from nltk import redos
from nltk.tokenize import NLTKWordTokenizer

from .sentences import progress


class _WordTokenizer(NLTKWordTokenizer):
    """NLTK's word tokenizer, with its own rules run by Python's `re` module.

    NLTK runs each rule through a regular-expression engine with a time limit, a guard against patterns that
    a user supplies. These are NLTK's fixed patterns, and the same rules with `re` split a long text about
    twice as fast, into the same tokens (a test checks this).
    """


def _plain(rule):
    pattern, replacement = rule
    if isinstance(pattern, redos.TimedPattern):
        pattern = re.compile(pattern.pattern, pattern.flags & (re.IGNORECASE | re.MULTILINE | re.UNICODE))
    return pattern, replacement


for _name in ("STARTING_QUOTES", "ENDING_QUOTES", "PUNCTUATION", "CONVERT_PARENTHESES"):
    setattr(_WordTokenizer, _name, [_plain(rule) for rule in getattr(NLTKWordTokenizer, _name)])
for _name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
    setattr(_WordTokenizer, _name, _plain(getattr(NLTKWordTokenizer, _name)))
_word_tokenizer = _WordTokenizer()


INITIALS_AND = re.compile(r"\b([A-Z]{1,4})&([A-Z]{1,4})\b")  # "AT&T": one name, not three tokens


def word_tokens(sentence):
    """Split one sentence into tokens, case kept.

    NLTK's tokenizer splits a possessive off only when it is written with a
    straight apostrophe, so we straighten curly ones first ("Korea’s" becomes
    "Korea" + "'s") and then write every apostrophe the way the article does,
    curly: the tokens are "Korea" and "’s" whichever apostrophe the text used (an acute accent, "Korea´s",
    is one too).
    A low quotation mark or a cedilla that some web pages print for a comma ("Ellis‚ Jones", "Minister¸ Fiame") is
    read as a comma, and a bar glued to a word ("Gains| First Citizens Bank") is split off, and so are an ellipsis
    ("Abela… Implicitly") and the ".-" after a dateline's place.
    Capitals joined by an ampersand stay one token ("AT&T", "B&Q").
    """
    straight = sentence.replace("\u2019", "'").replace("\u02bc", "'").replace("\u00b4", "'").replace("\u201a", ",")
    straight = straight.replace("\u00b8", ",").replace("|", " | ").replace("\u2026", " \u2026 ")
    straight = re.sub(r"(?<=[^\W\d_])\.-(?=\s|[A-Z])", " .- ", straight)  # a dateline's "Santo Domingo.- The"
    straight = INITIALS_AND.sub("\\1\uE000\\2", straight)  # "AT&T", "B&Q": kept whole, "&" marked for a moment
    return [token.replace("'", "\u2019").replace("\uE000", "&") for token in _word_tokenizer.tokenize(straight)]


def is_word(token):
    """True for tokens with a letter or digit in them; False for punctuation."""
    return any(character.isalnum() for character in token)


def tokens_table(sentences):
    """One row per token: where it is (paragraph, sentence, position), the token, and its lower-case form."""
    words = int(sentences["text"].str.count(" ").sum()) + len(sentences)
    rows = [(paragraph, sentence, token)
            for paragraph, sentence, text in progress(sentences.itertuples(index=False), "Tokenising",
                                                       total=len(sentences), words=words)
            for token in word_tokens(text)]
    table = pd.DataFrame(rows, columns=["paragraph", "sentence", "token"])
    table.insert(2, "position", range(len(table)))
    # Each different token is looked at once (a long text repeats its words many times).
    kinds = {token: (token.lower(), is_word(token)) for token in table["token"].unique()}
    table["lower"] = table["token"].map({token: lower for token, (lower, _) in kinds.items()})
    table["is_word"] = table["token"].map({token: word for token, (_, word) in kinds.items()}).astype(bool)
    return table


def term_counts(tokens):
    """Count every lower-cased word token: a table with columns term, count, most frequent first.

    Ties are listed alphabetically so the order never changes between runs.
    """
    counts = tokens.loc[tokens["is_word"], "lower"].value_counts()
    table = counts.rename_axis("term").reset_index(name="count")
    return table.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)


def stopword_share(tokens, stopwords):
    """The share of word tokens that are stop words: about 0.4 in English news, near 0 in other languages."""
    words = tokens.loc[tokens["is_word"], "lower"]
    return float(words.isin(stopwords).mean()) if len(words) else 0.0


# From this Zipf frequency on, a word is common in everyday English ("welfare" 4.4; not "aquaculture" 3.1).
COMMON_ZIPF = 3.3


def zipf(word):
    """How common a word is in everyday English, from the wordfreq package: about 7 for "the", 5 for "office", 3 for
    "aquaculture", 0 for a word it never met. Notebook 05 uses it to tell common words from names."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def singular(word):
    """'Highways' -> 'Highway', 'Innovations' -> 'Innovation'; 'Affairs' -> 'Affair', but 'Business' stays."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def participle(word):
    """'Accusing', 'Following', 'Injured': the -ing or -ed form of a common verb (Zipf 3 or more in wordfreq, 3.2
    for -ed); 'Erling', 'Ahmed' and 'Allied' are not."""
    stems = {word[:-3], word[:-3] + "e", word[:-4]} if word.endswith("ing") else {word[:-1], word[:-2]}
    least = 3 if word.endswith("ing") else 3.2  # "reiterate" 3.1, "allie" 3.1
    return word.endswith(("ing", "ed")) and any(len(stem) >= 3 and zipf(stem) >= least for stem in stems)


def compare_with_english(term_counts, stopwords, least=3):
    """How much more often than in everyday English each term is used here, most unusual first.

    A rate per 1,000 words here, beside the rate in everyday English from the wordfreq package
    (its word lists ship with it, so this works offline), for the terms used at least `least` times.
    """
    from wordfreq import word_frequency

    total = term_counts["count"].sum()
    table = term_counts[(term_counts["count"] >= least) & ~term_counts["term"].isin(stopwords)].copy()
    here = 1000 * table["count"] / total
    english = pd.Series([1000 * word_frequency(term, "en") for term in table["term"]], index=table.index)
    table["per_1000_here"] = here.round(1)
    table["per_1000_english"] = english.round(4)
    # A word everyday English never uses (a rare name) has no ratio: it is listed first.
    table["times_as_often"] = (here / english.where(english > 0)).round().astype("Int64")
    return table.sort_values(["times_as_often", "term"], ascending=[False, True], na_position="first",
                             ignore_index=True)


def keyness(here, reference, stopwords, least=3):
    """Key terms: used markedly more here than in a reference text, by log-likelihood (as AntConc and Voyant).

    `here` and `reference` are term_counts tables. A log-likelihood of 3.84 or more would arise by chance
    less than once in 20 times, 6.63 or more less than once in 100.
    """
    a = here.set_index("term")["count"]
    b = reference.set_index("term")["count"]
    terms = a.index.union(b.index)
    a, b = a.reindex(terms, fill_value=0), b.reindex(terms, fill_value=0)
    size_a, size_b = a.sum(), b.sum()
    expected_a, expected_b = size_a * (a + b) / (size_a + size_b), size_b * (a + b) / (size_a + size_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        parts = np.where(a > 0, a * np.log(a / expected_a), 0) + np.where(b > 0, b * np.log(b / expected_b), 0)
    table = pd.DataFrame({"term": terms, "here": a.to_numpy(), "reference": b.to_numpy(),
                          "log_likelihood": (2 * parts).round(1)})
    keep = (table["here"] / size_a > table["reference"] / size_b) & (table["here"] >= least)
    table = table[keep & ~table["term"].isin(stopwords) & (table["log_likelihood"] >= 3.84)]
    return table.sort_values(["log_likelihood", "term"], ascending=[False, True], ignore_index=True)


def spelled_out(words, i):
    """'quality of services (QoS)', 'Infant milk formula (IMF)': does the acronym at i stand for the words in small
    letters before its bracket, as their first letters show? Small words ("of") may be left out, and the
    sentence's first word is capitalised anyway."""
    letters, before = [c.lower() for c in words[i] if c.isalpha()], []
    for j in range(i - 2, max(-1, i - 12), -1):
        word = words[j] or ""
        if not (word.replace("-", "").isalpha() and (word.islower() or (j == 0 and word[1:].islower()))):
            break
        before.insert(0, word.lower())
    parts = [part for word in before for part in word.split("-") if part]
    return any([part[0] for part in parts[start:] if keep or part not in {"of", "and", "the", "for", "on", "in"}]
               == letters for start in range(len(parts)) for keep in (True, False))
