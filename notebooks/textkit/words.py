"""Words: the token table and term counts (notebook 02).

Notebook 02 tokenises with NLTK, deals with the curly possessive (`Korea’s`)
and counts terms. Here are the finished versions: `word_tokens` for one
sentence, `tokens_table` for every sentence of `sentences_table` (one row per
token), and `term_counts` made from it. `actors.py` finds names in this table.
"""

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer

from .sentences import progress

_word_tokenizer = NLTKWordTokenizer()


def word_tokens(sentence):
    """Split one sentence into tokens, case kept.

    NLTK's tokenizer splits a possessive off only when it is written with a
    straight apostrophe, so we straighten curly ones first ("Korea’s" becomes
    "Korea" + "'s") and then write every apostrophe the way the article does,
    curly: the tokens are "Korea" and "’s" whichever apostrophe the text used.
    """
    straight = sentence.replace("\u2019", "'").replace("\u02bc", "'")
    return [token.replace("'", "\u2019") for token in _word_tokenizer.tokenize(straight)]


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
    table["lower"] = table["token"].str.lower()
    table["is_word"] = table["token"].map(is_word).astype(bool)
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
