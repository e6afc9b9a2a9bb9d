"""textkit: the small toolbox the course notebooks share.

It turns an article into three tables, and everything else is counted,
charted or saved from them:

    sentences = sentences_table(text)       one row per sentence
    tokens = tokens_table(sentences)        one row per token
    mentions = find_mentions(tokens, actors)   one row per actor mention

Notebooks 01-03 build these ideas step by step; this file keeps the finished
versions so later notebooks can reuse them. It is in sections, in this order:

    Reading                 read_article, read_word_list: files in, clear errors out (01, 05)
    Paragraphs, sentences   paragraphs, sentences_table (01)
    Words                   word_tokens, tokens_table, term_counts (02)
    Actors                  load_actors, find_mentions, actor_counts (03)
    Candidate actors        find_candidates (05)
    Actors in relation      co_mentions, find_statements, find_triples (04)
    Saving and charts       save_csv, show_figure and the charts; check, the exercises' self-check
"""

import csv
import io
import itertools
import math
import re
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import MaxNLocator
from nltk.tokenize import MWETokenizer, NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

with warnings.catch_warnings():
    # nltk.draw warns when Tkinter is missing; the dispersion plot never needs it.
    warnings.simplefilter("ignore")
    from nltk.draw.dispersion import dispersion_plot

ACTOR_KINDS = ("country", "person", "organisation")

# Okabe-Ito colours: distinguishable with every common form of colour blindness.
KIND_COLOURS = {"country": "#0072B2", "person": "#E69F00", "organisation": "#009E73"}
COURSE_STYLE = {
    "figure.figsize": (10, 6),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 15,
    "axes.titlesize": 18,
    "axes.labelsize": 16,
    "axes.prop_cycle": plt.cycler(
        color=["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]
    ),
}


class InputError(ValueError):
    """A file the course cannot use; the message says which file and what to do."""


# --- Reading -----------------------------------------------------------------


def read_text_file(path, what="text"):
    """Return the text of a UTF-8 plain-text file, or stop with a clear message saying what to do.

    A byte-order mark and Windows line endings are fine. `what` names the file in messages.
    """
    __tracebackhide__ = True  # in Jupyter, show the message, not this function's insides
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file. Check the file name and the folder it is in.")
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: this {what} is saved as UTF-16. Open it in a text editor and save it as UTF-8.")
    if b"\x00" in data[:4096] or data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8", b"GIF8", b"PK\x03\x04")):
        raise InputError(
            f"{path}: this is not a plain-text file (a PDF, an image or a Word file?). "
            f"Copy the {what} into a text editor and save it as .txt with the encoding UTF-8."
        )
    try:
        text = data.decode("utf-8-sig")  # "-sig" drops the byte-order mark some editors add
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: this {what} is not saved as UTF-8 (byte {data[err.start]:#04x} at position {err.start}; "
            "Windows editors often use cp1252). Open it in a text editor and save it again with the encoding UTF-8."
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line endings
    if not text.strip():
        raise InputError(f"{path}: the file is empty. Put the {what} in it and save it again.")
    return text


def read_article(path):
    """Return the text of an article: a UTF-8 plain-text file (see read_text_file)."""
    __tracebackhide__ = True
    return read_text_file(path, "article")


COURSE_DATA = Path(__file__).resolve().parent.parent / "data"


def check_results_folder(folder):
    """Stop if results would be written into the course's data/ folder, which is never overwritten."""
    __tracebackhide__ = True
    where = Path(folder).resolve()
    if where == COURSE_DATA or COURSE_DATA in where.parents:
        raise InputError(f"{folder}: results never go into the course's data/ folder. Choose another results_dir.")
    return Path(folder)


def read_word_list(path):
    """Return the set of words in a file with one word per line (# starts a comment)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


# --- Paragraphs and sentences ------------------------------------------------


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


# --- Words -------------------------------------------------------------------

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
    rows = [(row.paragraph, row.sentence, token) for row in sentences.itertuples() for token in word_tokens(row.text)]
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


# --- Actors ------------------------------------------------------------------


def load_actors(path):
    """Read the actor list (columns actor, kind, alias) and check it can be used."""
    __tracebackhide__ = True
    path = Path(path)
    text = read_text_file(path, "actor list")
    header = text.split("\n", 1)[0]
    separator = ";" if header.count(";") > header.count(",") else ","  # spreadsheets in many countries save with ;
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    columns = [name.strip().lower() for name in next(reader, [])]
    missing = [name for name in ("actor", "kind", "alias") if name not in columns]
    if missing:
        raise InputError(
            f"{path}: missing column(s) {', '.join(missing)}. The first line must be: actor,kind,alias"
        )
    rows = []
    for row in reader:
        if not any(row):
            continue  # a blank line
        values = dict(zip(columns, (cell.strip() for cell in row)))
        actor, kind, alias = (values.get(name, "") for name in ("actor", "kind", "alias"))
        if not (actor and alias):
            raise InputError(
                f"{path}, line {reader.line_num}: every row needs an actor and an alias. Fill it in or delete the row."
            )
        if kind not in ACTOR_KINDS:
            raise InputError(
                f"{path}, line {reader.line_num}: kind {kind!r} for {actor}; use one of {', '.join(ACTOR_KINDS)}."
            )
        rows.append((actor, kind, alias))
    if not rows:
        raise InputError(f"{path}: no actors, only the header line. Add one line per alias: actor,kind,alias")
    table = pd.DataFrame(rows, columns=["actor", "kind", "alias"])
    owners = table.groupby("alias")["actor"].unique()
    for alias, actors in owners.items():
        if len(actors) > 1:
            raise InputError(
                f"{path}: the alias {alias!r} is given to {' and '.join(actors)}. "
                "An alias must belong to one actor: delete or change one of the rows."
            )
    return table.drop_duplicates(ignore_index=True)


def _match_key(tokens):
    # "U.N." mid-sentence is one token but "U.N" + "." at a sentence end; match both alike.
    return " ".join(token.rstrip(".") or token for token in tokens)


def _alias_key(alias):
    tokens = word_tokens(alias)
    if len(tokens) > 1 and tokens[-1] == ".":  # the tokenizer splits off an alias's last full stop
        tokens = tokens[:-1]
    return _match_key(tokens)


def tag_actors(tokens, actors):
    """For each sentence of the token table, yield (paragraph, sentence, items): its tokens, names joined.

    Every alias becomes a multi-word token, and NLTK's MWETokenizer joins the
    longest alias it can at each point, so "South Korean President Yoon Suk
    Yeol" is South Korea + Yoon Suk Yeol and no word is counted twice.
    Each item is (text, position of its first token, actor row or None).
    Matching is case-sensitive: "US" is the country, "us" is not.
    """
    alias_for = {_alias_key(row.alias): row for row in actors.itertuples()}
    joiner = MWETokenizer([tuple(key.split(" ")) for key in alias_for if " " in key], separator=" ")
    rows = zip(tokens["paragraph"], tokens["sentence"], tokens["position"], tokens["token"])
    for (paragraph, sentence), group in itertools.groupby(rows, key=lambda row: row[:2]):
        positions, words = zip(*((position, token) for _, _, position, token in group))
        items, start = [], 0
        for key in joiner.tokenize([_match_key([word]) for word in words]):
            size = key.count(" ") + 1
            items.append((" ".join(words[start : start + size]), positions[start], alias_for.get(key)))
            start += size
        yield paragraph, sentence, items


def find_mentions(tokens, actors):
    """One row per actor mention: actor, kind, alias, paragraph, sentence, position (token number)."""
    rows = []
    for paragraph, sentence, items in tag_actors(tokens, actors):
        for _, position, actor in items:
            if actor is not None:
                rows.append(
                    {
                        "actor": actor.actor,
                        "kind": actor.kind,
                        "alias": actor.alias,
                        "paragraph": paragraph,
                        "sentence": sentence,
                        "position": position,
                    }
                )
    return pd.DataFrame(rows, columns=["actor", "kind", "alias", "paragraph", "sentence", "position"])


def actor_counts(mentions):
    """Mentions per actor: a table with columns actor, kind, mentions, most mentioned first."""
    table = mentions.groupby(["actor", "kind"]).size().reset_index(name="mentions")
    return table.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)


# --- Candidate actors (notebook 05) ------------------------------------------

# Lower-case parts of personal names: "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "da", "di",
                  "dos", "del", "y"}
# Small words that join the parts of an organisation's name after a word such as Group or Bank:
# "Group of Seven", "Bank of England", "Institute for the World Economy".
JOINING_WORDS = {"of", "for", "on", "the"}
ORGANISATION_WORDS = {
    "academy", "agency", "alliance", "army", "assembly", "association", "authority", "bank", "board", "bureau",
    "center", "centre", "coalition", "command", "commission", "committee", "conference", "congress", "corporation",
    "council", "court", "department", "federation", "force", "forces", "forum", "foundation", "fund", "group",
    "institute", "kingdom", "league", "ministry", "navy", "office", "organisation", "organization", "parliament",
    "party", "programme", "program", "republic", "school", "service", "society", "union", "university",
}
# Capitalised words that are not names: they start sentences, or name days and months.
NOT_NAMES = {
    "according", "although", "despite", "earlier", "however", "instead", "meanwhile", "moreover", "nevertheless",
    "separately", "since", "though", "today", "yesterday", "tomorrow", "last", "next", "yet", "still", "asked",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}
PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")  # "D-N.Y.", "R-Ky." after US politicians' names
OPENING_MARKS = {"\u201c", "\u2018", "``", "(", "[", "'", '"', ":", "\u2014", "-"}


def _capitalised(token):
    """'Kim', 'IAEA', 'G7', 'Hong-kyun', 'al-Assad': starts with a capital (or its last part does)."""
    parts = [token, token.split("-")[-1]]
    return any(part[:1].isupper() for part in parts) and sum(c.isalnum() for c in token) >= 2


def _hyphen_adjective(token):
    """'Iran-backed', 'US-led': a name glued to a lower-case word. Returns the name part, or None."""
    name, _, rest = token.rpartition("-")
    return name if name[:1].isupper() and rest.endswith(("ed", "ing")) else None


def _title_length(words, i, titles):
    """How many words from position i form a title such as "Prime Minister" (0 if none)."""
    for size in range(min(4, len(words) - i), 0, -1):
        phrase = words[i : i + size]
        if None not in phrase and " ".join(phrase).replace("-", " ") in titles:
            return size
    return 0


def _name_runs(words, titles, is_name, is_small_word):
    """Split one sentence's words into runs that look like names: (run, starts the sentence?)."""
    runs, run, starts, first, i = [], [], False, True, 0
    while i <= len(words):
        word = words[i] if i < len(words) else None
        size = _title_length(words, i, titles) if word else 0
        glued = _hyphen_adjective(word) if word and not size else None
        plain = word is not None and not size and not glued  # a word that may belong to a name
        last_name_word = next((w for w in reversed(run) if w.lower() not in JOINING_WORDS | NAME_PARTICLES), "")
        if plain and is_name(word, first):
            starts = starts or (first and not run)
            run.append(word)
        elif plain and (
            (word in NAME_PARTICLES)
            or (run and word.lower() in JOINING_WORDS and (last_name_word.lower() in ORGANISATION_WORDS
                                                        or run[-1].lower() in JOINING_WORDS))
            or (run and not first and word[:1].isupper() and is_small_word(word))  # "Doctors Without Borders"
        ):
            run.append(word)
        else:
            if glued and is_name(glued, first):
                run.append(glued)
            while run and (run[-1].lower() in JOINING_WORDS or run[-1] in NAME_PARTICLES):
                run.pop()
            while run and run[0].lower() in JOINING_WORDS:
                run.pop(0)
            if run:
                runs.append((run, starts))
            run, starts = [], False
        first = word in OPENING_MARKS
        i += max(size, 1)
    return runs


def find_candidates(tokens, actors, stopwords, titles=frozenset()):
    """Proper names the actor list does not cover yet: a table with columns name, count.

    A candidate is a run of capitalised words, which may be joined by particles
    ("Ursula von der Leyen") or, inside an organisation's name, by small words
    ("Group of Seven"), or an acronym ("IAEA", "G7"). Known actors, titles
    ("President") and punctuation end a run. A capitalised first word of a
    sentence counts only if it is not a common word (a stop word, or seen in
    lower case in the text); alone, only if it is also capitalised elsewhere.
    """
    titles = {title.replace("-", " ") for title in titles}
    lower_case_words = {token for token in tokens["token"] if token.islower()}

    def is_name(word, first):
        common = word.lower() in stopwords or word.lower() in NOT_NAMES or (first and word.lower() in lower_case_words)
        return _capitalised(word) and not common

    runs = []
    for _, _, items in tag_actors(tokens, actors):
        words = [text if actor is None else None for text, _, actor in items]
        runs += _name_runs(words, titles, is_name, lambda word: word.lower() in stopwords)
    inside = {word.casefold() for run, starts in runs for word in (run[1:] if starts else run)}
    alone_at_start = [starts and len(run) == 1 and run[0].casefold() not in inside for run, starts in runs]
    names = [" ".join(run) for (run, _), alone in zip(runs, alone_at_start) if not alone]
    names = [name for name in names if not PARTY_TAG.match(name)]
    # One spelling per name: "al-Sisi" and "Al-Sisi" are counted together, under the commoner spelling.
    spellings = pd.Series(names, dtype=str)
    key = spellings.str.casefold()
    usual = spellings.groupby(key).agg(lambda forms: forms.value_counts().index[0])
    counts = key.map(usual).value_counts().rename_axis("name").reset_index(name="count")
    return counts.sort_values(["count", "name"], ascending=[False, True], ignore_index=True)


# --- Actors in relation (notebook 04) -----------------------------------------


def co_mentions(mentions, window="sentence"):
    """Pairs of actors mentioned in the same sentence (or paragraph), and in how many.

    One row per unordered pair (actor_a before actor_b alphabetically), with the
    number of different sentences (or paragraphs) that mention both.
    """
    places = mentions[[window, "actor"]].drop_duplicates()
    pairs = places.merge(places, on=window, suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_a"] < pairs["actor_b"]]
    column = window + "s"
    table = pairs.groupby(["actor_a", "actor_b"]).size().reset_index(name=column)
    return table.sort_values([column, "actor_a", "actor_b"], ascending=[False, True, True], ignore_index=True)


# Words that may stand between an actor and its verb: "Seoul insists", "Kim also
# said", "South Korea's defense ministry announced", "North Korea had sent".
LINKING_WORDS = {
    "’s", "also", "recently", "indeed", "reportedly", "allegedly", "strongly", "publicly", "repeatedly",
    "later", "again", "further", "then", "had", "has", "have", "was", "were", "is", "are", "will", "would",
    "government", "ministry", "foreign", "defense", "defence", "embassy", "spokesperson", "spokesman",
    "spokeswoman", "office", "officials",
}
CLOSING_QUOTES = {"”", "''", "’"}


def _actor_before(items, i):
    """The actor just before item i, looking back over linking words only."""
    for text, _, actor in reversed(items[:i]):
        if actor is not None:
            return actor
        if text.lower() not in LINKING_WORDS:
            return None
    return None


def _actor_after_quote(items, i):
    """The actor in '... ," said Kim': a closing quote, the verb, then the actor."""
    if 0 < i < len(items) - 1 and items[i - 1][0] in CLOSING_QUOTES:
        return items[i + 1][2]
    return None


def find_statements(sentences, tokens, actors, verbs):
    """Sentences where an actor speaks: 'Kim said', '” said Kim', 'Lin Jian commented'.

    One row per reporting verb with a speaker: speaker, verb, sentence (number), text (of the sentence).
    """
    text_of = dict(zip(sentences["sentence"], sentences["text"]))
    rows = []
    for _, sentence, items in tag_actors(tokens, actors):
        for i, (text, _, _) in enumerate(items):
            if text.lower() in verbs:
                speaker = _actor_before(items, i) or _actor_after_quote(items, i)
                if speaker is not None:
                    rows.append({"speaker": speaker.actor, "verb": text.lower(),
                                 "sentence": sentence, "text": text_of[sentence]})
    return pd.DataFrame(rows, columns=["speaker", "verb", "sentence", "text"])


def find_triples(tokens, actors, actions):
    """Who does what to whom: source actor, action verb, the next actor after the verb.

    `actions` maps a verb as written to its action ("summoned" -> "summon").
    One row per triple: source, action, target, verb (as written), sentence.
    """
    rows = []
    for _, sentence, items in tag_actors(tokens, actors):
        for i, (text, _, _) in enumerate(items):
            action = actions.get(text.lower())
            source = _actor_before(items, i) if action else None
            if source is None:
                continue
            targets = [actor for _, _, actor in items[i + 1 :] if actor is not None and actor.actor != source.actor]
            if targets:
                rows.append(
                    {
                        "source": source.actor,
                        "action": action,
                        "target": targets[0].actor,
                        "verb": text.lower(),
                        "sentence": sentence,
                    }
                )
    return pd.DataFrame(rows, columns=["source", "action", "target", "verb", "sentence"])


def read_actions(path):
    """Read a CSV of verb forms and their action (columns form, action) into a dictionary."""
    with Path(path).open(encoding="utf-8", newline="") as file:
        return {row["form"].strip().lower(): row["action"].strip() for row in csv.DictReader(file)}


# --- Saving and charts -------------------------------------------------------


def save_csv(table, path):
    """Write a table to CSV (UTF-8, no index column), creating the folder if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path


def use_course_style():
    """Large fonts for a projector and a colour-blind-safe palette, for every chart that follows."""
    plt.rcParams.update(COURSE_STYLE)


def bar_chart(labels, values, *, title, xlabel, ylabel, colours=None, legend=None):
    """A horizontal bar chart, largest bar on top, each bar labelled with its number."""
    fig, ax = plt.subplots(figsize=(10, max(4, 0.45 * len(labels) + 1.5)))
    bars = ax.barh(list(labels)[::-1], list(values)[::-1], color=None if colours is None else list(colours)[::-1])
    ax.bar_label(bars, padding=4)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.margins(x=0.1)
    if legend:
        handles = [plt.Rectangle((0, 0), 1, 1, color=colour) for colour in legend.values()]
        ax.legend(handles, legend.keys(), loc="lower right")
    fig.tight_layout()
    return fig


def actor_bar_chart(counts, *, title="Who does the article mention?"):
    """Mentions per actor as bars coloured by kind (country, person, organisation)."""
    kinds = [kind for kind in ACTOR_KINDS if kind in set(counts["kind"])]
    return bar_chart(
        counts["actor"],
        counts["mentions"],
        title=title,
        xlabel="Number of mentions",
        ylabel="Actor",
        colours=counts["kind"].map(KIND_COLOURS),
        legend={kind: KIND_COLOURS[kind] for kind in kinds},
    )


def actor_dispersion_plot(mentions, n_tokens, actors_in_order,
                          *, title="Where in the article is each actor mentioned?"):
    """NLTK's dispersion plot of actor mentions: one row per actor, one tick per mention."""
    stream = [""] * n_tokens
    for row in mentions.itertuples():
        stream[row.position] = row.actor
    ax = dispersion_plot(stream, list(actors_in_order), title=title)
    ax.figure.set_size_inches(10, max(4, 0.45 * len(actors_in_order) + 1.5))
    for line in ax.get_lines():
        line.set(markersize=18, markeredgewidth=2, color="#333333")
    for label in ax.get_yticklabels():
        label.set_color("black")
    ax.set_xlabel("Position in the article (token number)")
    ax.set_ylabel("Actor")
    ax.figure.tight_layout()
    return ax.figure


def heatmap(table, *, title, xlabel, ylabel, cmap="cividis"):
    """Shade each cell of a table of counts, and write the count in it."""
    fig, ax = plt.subplots(figsize=(max(6, 0.7 * table.shape[1] + 4), max(4, 0.45 * table.shape[0] + 2)))
    image = ax.imshow(table.to_numpy(), cmap=cmap, aspect="auto")
    labels = [str(column) for column in table.columns]
    tilt = max(map(len, labels), default=0) > 3  # long labels would overlap: tilt them
    ax.set_xticks(range(table.shape[1]), labels, rotation=45 if tilt else 0, ha="right" if tilt else "center")
    ax.set_yticks(range(table.shape[0]), [str(index) for index in table.index])
    top = table.to_numpy().max() if table.size else 0
    for (y, x), value in pd.DataFrame(table.to_numpy()).stack().items():
        if value:
            ax.text(x, y, str(value), ha="center", va="center", color="black" if value >= top / 2 else "white")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.colorbar(image, ax=ax, label="Count").ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    fig.tight_layout()
    return fig


def show_figure(fig, path, description):
    """Save a chart as PNG, show it, and print its one-sentence description.

    The description is for readers who cannot see the chart (it is also the
    picture's alt text), and it puts the numbers on record as text: notebook
    tests compare text, never pictures. The chart is drawn once, for both.
    """
    from IPython.display import Image, display

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    plt.close(fig)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    display(Image(buffer.getvalue()), metadata={"image/png": {"alt": description}})
    print("Figure description:", description)


def list_counts(labels, values):
    """'North Korea 21, Russia 16, ...': counts written out for a description."""
    return ", ".join(f"{label} {value}" for label, value in zip(labels, values))


def network_chart(counts, pairs, *, title):
    """Actors on a circle: dot size = mentions, line width = shared sentences.

    `counts` is actor_counts(...); `pairs` is co_mentions(...), whose last column is the weight.
    The most mentioned actor is at the top; the next ones are spread around the
    circle, so that the lines between the big actors are long enough to see.
    """
    actors = counts["actor"].tolist()
    n = len(actors)
    step = max(1, round(n / 3))
    while math.gcd(step, n) != 1:
        step += 1
    angles = [math.pi / 2 - 2 * math.pi * ((i * step) % n) / n for i in range(n)]
    where = {actor: (math.cos(angle), math.sin(angle)) for actor, angle in zip(actors, angles)}
    weight = pairs.columns[-1]
    fig, ax = plt.subplots(figsize=(12, 11))
    for row in pairs.itertuples(index=False):
        (xa, ya), (xb, yb) = where[row.actor_a], where[row.actor_b]
        ax.plot([xa, xb], [ya, yb], color="#777777", linewidth=1.2 * getattr(row, weight), zorder=1)
    xs, ys = zip(*(where[actor] for actor in actors))
    ax.scatter(xs, ys, s=[120 * n for n in counts["mentions"]], c=counts["kind"].map(KIND_COLOURS).tolist(),
               edgecolors="black", zorder=2)
    for actor, angle, mentions in zip(actors, angles, counts["mentions"]):
        radius = 1.1 + math.sqrt(120 * mentions) / 360  # clear of the dot, however big it is
        x, y = radius * math.cos(angle), radius * math.sin(angle)
        ax.text(x, y, actor, ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                va="bottom" if y > 0.95 else "top" if y < -0.95 else "center")
    kinds = [kind for kind in ACTOR_KINDS if kind in set(counts["kind"])]
    handles = [plt.Line2D([], [], marker="o", linestyle="", markersize=12, markerfacecolor=KIND_COLOURS[kind],
                          markeredgecolor="black", label=kind) for kind in kinds]
    top = int(pairs[weight].max()) if len(pairs) else 1
    handles += [plt.Line2D([], [], color="#777777", linewidth=1.2 * w, label=f"{w} {weight[:-1] if w == 1 else weight}")
                for w in sorted({1, top})]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.02), ncol=3,
              title="Dot size = mentions; line width = shared " + weight)
    ax.set_title(title)
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.3, 1.4)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    return fig


def line_chart(table, *, title, xlabel, ylabel):
    """One line per row of the table, its columns along the x axis; colour, marker and dash all differ."""
    markers, dashes = "osD^vP*X", ["-", "--", "-.", ":"]
    fig, ax = plt.subplots(figsize=(11, 6.5))
    for i, (label, values) in enumerate(table.iterrows()):
        ax.plot([str(column) for column in table.columns], values.to_numpy(), label=label,
                marker=markers[i % len(markers)], linestyle=dashes[i % len(dashes)], linewidth=2.5, markersize=8)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    fig.tight_layout()
    return fig


def check(answer, expected, hint):
    """Self-check for a "Your turn" exercise: kind, specific feedback, never a crash."""
    answer, expected = _plain(answer), _plain(expected)
    if answer is ...:
        print("Not yet: replace the ... with your answer, then run this cell again.")
    elif isinstance(answer, (pd.Series, pd.DataFrame)):
        print("Not quite: you gave a whole table. The answer is a single value: pick it out of the table.")
    elif isinstance(expected, int) and not isinstance(answer, int):
        print(f"Not quite: you gave {answer!r}, but the answer is a whole number. Hint: {hint}")
    elif _same(answer, expected):
        print("Well done, that is right!")
    else:
        print(f"Not quite: you gave {answer!r}. Hint: {hint}")


def _plain(value):
    # NumPy numbers (what pandas returns) become plain Python ones: 3, not np.int64(3).
    return value.item() if hasattr(value, "item") and getattr(value, "ndim", None) == 0 else value


def _same(answer, expected):
    if isinstance(expected, str):
        return isinstance(answer, str) and answer.strip().casefold() == expected.strip().casefold()
    if isinstance(expected, (set, frozenset)):
        return isinstance(answer, (set, frozenset, list, tuple)) and set(answer) == expected
    return type(answer) is not bool and answer == expected
