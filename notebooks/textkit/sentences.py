"""Paragraphs and sentences: the sentence table (notebook 01).

Notebook 01 splits the article by hand: paragraphs at blank lines, then
sentences with NLTK's Punkt trained on the article itself (no download).
`sentences_table` packs those steps into one table, one row per sentence, that
`words.py` turns into tokens.
"""

import gc
import re
import sys

import pandas as pd
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer
from tqdm import tqdm

LONG_TEXT = 20_000  # words: a longer text shows a progress bar while it is analysed


def progress(items, what, *, total, words):
    """The same items, with a progress bar under the cell while they are worked through, if the text is long."""
    return tqdm(items, desc=what, total=total, disable=words <= LONG_TEXT, file=sys.stdout, leave=False,
                mininterval=0.5, ncols=90)


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
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "capt",
                 "sgt", "adm", "maj", "brig", "cmdr", "insp", "supt", "det", "cpl", "const", "pvt", "smt", "rev", "hon",
                 "md", "mohd", "pres", "st", "sta", "sto", "jr", "sr", "u.s", "u.k", "u.n", "e.u", "vs", "inc", "corp",
                 "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}


def sentences_table(text):
    """One row per sentence: paragraph number, sentence number, sentence text.

    Punkt learns the text's abbreviations (such as "U.N.") from the text itself,
    so it needs no downloaded model; we add a few common ones it may see too
    rarely to learn (ABBREVIATIONS), and keep only learned ones with a stop inside.
    """
    blocks, words = paragraphs(text), len(text.split())
    parts = [text]
    if words > LONG_TEXT:
        # A long text is learned from in parts of 200 paragraphs, so that the progress bar can move, and
        # from its first 150,000 words or so: by then Punkt has met the abbreviations the text uses.
        parts = ["\n\n".join(blocks[i : i + 200]) for i in range(0, len(blocks), 200)]
        words_per_part = words * 200 / len(blocks)
        parts = parts[: max(1, int(150_000 / words_per_part))]
    trainer = PunktTrainer()
    gc.disable()  # Punkt makes many small objects; pausing the garbage collector makes training much faster
    try:
        for part in progress(parts, "Learning abbreviations", total=len(parts), words=words):
            trainer.train(part, finalize=False)
        trainer.finalize_training()
    finally:
        gc.enable()
    parameters = trainer.get_params()
    # Keep what Punkt learned only for abbreviations with a stop inside ("u.n"): in a short text it may
    # take any word that happens to end a sentence once ("it.") for an abbreviation.
    parameters.abbrev_types = {word for word in parameters.abbrev_types if "." in word} | ABBREVIATIONS
    splitter = PunktSentenceTokenizer(parameters)
    rows = []
    numbered = enumerate(blocks, start=1)
    for paragraph_number, paragraph in progress(numbered, "Splitting sentences", total=len(blocks), words=words):
        for sentence in splitter.tokenize(paragraph):
            rows.append({"paragraph": paragraph_number, "sentence": len(rows) + 1, "text": sentence})
    return pd.DataFrame(rows, columns=["paragraph", "sentence", "text"])


def is_headline(words):
    """'Seoul Summons Russian Envoy Over Troops', 'Latest': most words capitalised, and no full stop at the end; not
    a news agency's credit after a dash ('— Bernama'), a byline ('By Priam Nepomuceno | Philippine News Agency') or a
    label ('Source: Xinhua', 'Out: Mark Craig'), a line of a list ('• Justice – Naomi Long, Alliance') nor a line of
    results ('Sofapaka 2-1 Posta Rangers')."""
    ends = next((word for word in reversed(words) if word and word not in CLOSING_QUOTES), "")  # "Over ‘Troops’"
    if ends in SENTENCE_ENDS:
        return False  # most sentences, at once
    capitals = [word[:1].isupper() for word in words if word and word[:1].isalpha()]
    credit = words[0] in {"-", "--", "\u2013", "\u2014", "\u2022"} or (words[0] in LABELS and words[1:2] == [":"]) or (
        is_byline(words))  # \u2022: a list's bullet, "• Justice – Naomi Long, Alliance"
    scores = [word for word in words if word and SCORE.fullmatch(word)]
    results = len(scores) == 1 and all(word is None or word[:1].isupper() or word in scores for word in words)
    return len(capitals) >= 1 and sum(capitals) > 0.6 * len(capitals) and not (credit or results)


def is_byline(words):
    """'By Priam Nepomuceno | Philippine News Agency': "By" and a capitalised name open the sentence."""
    return words[:1] == ["By"] and (words[1:2] or [""])[0][:1].isupper()


# Labels before a colon that open a credit or a list of names: "Source: Xinhua", "Photo: AFP", "Out: Mark Craig".
LABELS = {"Source", "Sources", "Photo", "Photos", "Credit", "Image", "Picture", "Video", "Via", "Courtesy", "In", "Out"}
SCORE = re.compile(r"\d{1,3}-\d{1,3}")  # a match's result: "2-1"
SENTENCE_ENDS = {".", "!", "?", ")"}
CLOSING_QUOTES = {"\u201d", '"', "\u2019", "''"}  # after a sentence's end, or a headline's last word
