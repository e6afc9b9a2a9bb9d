"""Paragraphs and sentences: the sentence table (notebook 01).

Notebook 01 splits the article by hand: paragraphs at blank lines, then
sentences with NLTK's Punkt trained on the article itself (no download).
`sentences_table` packs those steps into one table, one row per sentence, that
`words.py` turns into tokens.
"""

import pandas as pd
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer


def paragraphs(text):
    """Split text into paragraphs.

    If the text has blank lines, they separate paragraphs (and single line
    breaks inside a paragraph are just wrapping); otherwise every line is one.
    """
    if "\n\n" in text.strip():
        blocks = text.split("\n\n")
    else:
        blocks = text.split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


# Abbreviations a single article may use only once, too rarely for Punkt to learn them:
# titles before names, and country initials. Written as Punkt keeps them (lower case, no final stop).
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm",
                 "st", "jr", "sr", "u.s", "u.k", "u.n", "e.u", "vs", "inc", "corp", "ltd",
                 "jan", "feb", "aug", "sept", "oct", "nov", "dec"}


def sentences_table(text):
    """One row per sentence: paragraph number, sentence number, sentence text.

    Punkt learns the text's abbreviations (such as "U.N.") from the text itself,
    so it needs no downloaded model; we add a few common ones it may see too
    rarely to learn (ABBREVIATIONS), and keep only learned ones with a stop inside.
    """
    trainer = PunktTrainer()
    trainer.train(text, finalize=False)
    trainer.finalize_training()
    parameters = trainer.get_params()
    # Keep what Punkt learned only for abbreviations with a stop inside ("u.n"): in a short text it may
    # take any word that happens to end a sentence once ("it.") for an abbreviation.
    parameters.abbrev_types = {word for word in parameters.abbrev_types if "." in word} | ABBREVIATIONS
    splitter = PunktSentenceTokenizer(parameters)
    rows = []
    for paragraph_number, paragraph in enumerate(paragraphs(text), start=1):
        for sentence in splitter.tokenize(paragraph):
            rows.append({"paragraph": paragraph_number, "sentence": len(rows) + 1, "text": sentence})
    return pd.DataFrame(rows, columns=["paragraph", "sentence", "text"])
