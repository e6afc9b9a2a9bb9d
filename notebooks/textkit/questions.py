"""The questions of every "Your turn", with the mistakes learners make (notebooks 01 to 05).

Each question is worked out from the notebook's own tables, `v` below (its
variables), so that the same check works on any article in notebook 05. The
mistakes come from the instructor guide and from watching learners: each has a
hint that explains that mistake, without giving the answer away.
`check("q1_conflict")` prints the feedback; `exercises.py` does the checking.
"""

from .exercises import Question, _namespace, feedback, same
from .sentences import sentences_table

SAMPLE = "Dr. Kim met Mr. Lee in Seoul. They talked for an hour. Then they left."  # three sentences


def _function_test(cases, name):
    """A test for an answer that is a function: it must give the right value for each (input, expected) case."""
    def test(answer, v):
        if not callable(answer):
            return f"{name} should be a function (def {name}(...): ...), not {type(answer).__name__}."
        for arguments, expected in cases(v):
            try:
                result = answer(*arguments)
            except Exception as error:
                return f"{name}{arguments!r} stopped with {type(error).__name__}: {error}"
            if not same(result, expected):
                return f"{name}{arguments!r} gave {result!r}; check it by hand on that input."
        return None
    return test


def _shared(v, a, b):
    return len(set(v["mentions"].loc[v["mentions"]["actor"] == a, "sentence"])
               & set(v["mentions"].loc[v["mentions"]["actor"] == b, "sentence"]))


def _pair_cases(v):
    top = v["pairs"].iloc[0]
    return [((top["actor_a"], top["actor_b"]), int(top["sentences"])),
            ((top["actor_b"], top["actor_a"]), int(top["sentences"])),
            (("Russia", "Ukraine"), _shared(v, "Russia", "Ukraine")),
            (("Japan", "Lin Jian"), _shared(v, "Japan", "Lin Jian"))]


def _kept_every_other_alias(table, v):
    actors = v["actors"]
    others = set(actors.loc[actors["kind"] != "person", "alias"])
    one_word_people = set(actors.loc[(actors["kind"] == "person") & ~actors["alias"].str.contains(" "), "alias"])
    return hasattr(table, "columns") and others <= set(table["alias"]) and not one_word_people & set(table["alias"])


def _people_left(v):
    people = v["mentions"][v["mentions"]["kind"] == "person"]
    return int(people["alias"].str.contains(" ").sum())


def _added_one_actor(table, v):
    return hasattr(table, "columns") and table["actor"].nunique() == v["actors"]["actor"].nunique() + 1


def _new_actor_mentions(v):
    new = set(v["with_new_actor"]["actor"]) - set(v["actors"]["actor"])
    return int(v["found_again"]["actor"].isin(new).sum())


QUESTIONS = {
    # 01 Reading the article
    "q1_first_paragraph_length": Question(
        lambda v: len(v["paragraphs"][0]), "use len() on the first item of the list paragraphs.", ("paragraphs",),
        [(lambda a, v: a == len(v["paragraphs"]), "That is how many paragraphs there are: measure the first one."),
         (lambda a, v: a == len(v["paragraphs"][1]), "That is the second paragraph: a list's first item is [0]."),
         (lambda a, v: a == len(v["paragraphs"][0].split()), "That counts words; the question asks for characters."),
         (lambda a, v: a == len(v["text"]), "That is the whole article; the question asks for the first paragraph.")]),
    "q2_curly_apostrophes": Question(
        lambda v: v["text"].count("\u2019"), "call text.count() with the curly apostrophe ’.", ("text",),
        [(lambda a, v: a == v["text"].count("'"), "That counts the straight apostrophe '; copy the curly ’ instead."),
         (lambda a, v: a == v["text"].count("\u2019s"), "That counts ’s; count the apostrophe alone.")]),
    "q3_fewest_sentences_paragraph": Question(
        lambda v: int(v["table"].groupby("paragraph").size().idxmin()),
        "in the table of sentences per paragraph, find the smallest count and give its paragraph.", ("table",),
        [(lambda a, v: a == int(v["table"].groupby("paragraph").size().min()),
          "That is the number of sentences; give the number of the paragraph that has them."),
         (lambda a, v: a == int(v["table"].groupby("paragraph").size().idxmin()) - 1,
          "Paragraphs are numbered from 1 in the table, not from 0.")]),
    "q4_count_sentences": Question(
        _function_test(lambda v: [((SAMPLE,), 3), ((v["text"],), len(sentences_table(v["text"])))],
                       "q4_count_sentences"), "", ("text",), test=True),
    # 02 Counting terms
    "q1_conflict": Question(
        lambda v: int(v["counts"]["conflict"]), 'look up "conflict" in counts, as in a dictionary.', ("counts",),
        [(lambda a, v: a == v["text"].lower().count("conflict"),
          "That counts conflict inside other words too (conflicts): look it up in counts instead."),
         (lambda a, v: a == v["text"].count("conflict"), "That counts letters in the raw text: use counts.")]),
    "q2_stem_escalating": Question(
        lambda v: v["stemmer"].stem("escalating"), 'call stemmer.stem("escalating").', ("stemmer",),
        [(lambda a, v: same(a, "escalate"), "That is the dictionary form (a lemma); a stem is what the stemmer cuts."),
         (lambda a, v: same(a, "escalat"), "Close: run the stemmer rather than cutting by hand.")]),
    "q3_korea_sentences": Question(
        lambda v: int(v["tokens"].loc[v["tokens"]["lower"] == "korea", "sentence"].nunique()),
        "keep the rows of tokens whose lower is exactly korea, then count different sentences.", ("tokens",),
        [(lambda a, v: a == int((v["tokens"]["lower"] == "korea").sum()),
          "That counts tokens: a sentence with Korea twice must count once."),
         (lambda a, v: a == int(v["sentences"]["text"].str.contains("Korea").sum()),
          'str.contains("Korea") also matches Korean: compare whole tokens instead.')]),
    "q4_top_ten": Question(
        lambda a, v: None if (hasattr(a, "columns") and list(a.columns) == ["term", "count"] and len(a) == 10
                              and not set(a["term"]) & v["stopwords"]
                              and list(a["count"]) == sorted(a["count"], reverse=True)) else
        "make a table with the columns term and count, 10 rows, no stop words, most frequent first "
        "(pd.DataFrame(content.most_common(10), columns=[\"term\", \"count\"])).",
        "", ("stopwords",), test=True),
    # 03 Charting actors
    "q1_russian_mentions": Question(
        lambda v: int((v["mentions"]["alias"] == "Russian").sum()),
        "count only the rows of mentions whose alias is exactly Russian.", ("mentions",),
        [(lambda a, v: a == int((v["mentions"]["actor"] == "Russia").sum()),
          "That is every mention of Russia; count only those written Russian.")]),
    "q2_fewest_actors_paragraph": Question(
        lambda v: int(v["mentions"].groupby("paragraph")["actor"].nunique().idxmin()),
        "count different actors per paragraph, and give the paragraph with the fewest.", ("mentions",),
        [(lambda a, v: a == int(v["mentions"].groupby("paragraph")["actor"].nunique().min()),
          "That is how many different actors it has; give the paragraph's number."),
         (lambda a, v: a == int(v["mentions"].groupby("paragraph").size().idxmin()),
          "That paragraph has the fewest mentions; count different actors (three North Koreas count once).")]),
    "q3_people_left": Question(
        _people_left, "find the mentions again with full_names_only, and count the rows whose kind is person.",
        ("mentions", "actors"),
        [(lambda a, v: a == int((v["mentions"]["kind"] == "person").sum()),
          "That is every person's mention with the whole list; use full_names_only.")],
        steps=(("full_names_only", _kept_every_other_alias,
                "keep every country and organisation alias; drop only the people's one-word aliases."),)),
    # 04 Actors in relation
    "q1_russia_ukraine": Question(
        lambda v: _shared(v, "Russia", "Ukraine"), "find the row of pairs for Russia and Ukraine.", ("mentions",),
        [(lambda a, v: a == int((v["mentions"]["actor"] == "Ukraine").sum()),
          "That is how often Ukraine is mentioned; count the sentences that mention both.")]),
    "q2_missed_statements": Question(
        lambda v: int((~v["compared"]["found"]).sum()), "count the rows of compared where found is False.",
        ("compared",),
        [(lambda a, v: a == int(v["compared"]["found"].sum()),
          "That is how many the method found; count the misses.")]),
    "q3_top_speaker": Question(
        lambda v: v["statements"]["speaker"].value_counts().idxmax(),
        "count the rows of statements per speaker, and give the speaker with the most.", ("statements",),
        [(lambda a, v: same(a, v["by_hand"]["speaker"].value_counts().idxmax()),
          "That is the top speaker of the hand reading; the question asks about the method's statements.")]),
    "q4_shared": Question(_function_test(_pair_cases, "q4_shared"), "", ("mentions", "pairs"), test=True),
    # 05 Your own article
    "q1_repeated_candidates": Question(
        lambda v: int((v["candidates"]["count"] > 1).sum()), "count the rows of candidates whose count is above 1.",
        ("candidates",),
        [(lambda a, v: a == len(v["candidates"]), "That is every candidate; keep those found more than once.")]),
    "q2_most_mentions": Question(
        lambda v: int(v["counts"]["mentions"].max()) if len(v["counts"]) else 0,
        "look at the mentions column of counts.", ("counts",),
        [(lambda a, v: a == len(v["mentions"]), "That is every mention; give the top actor's number.")]),
    "q3_actors_in_article": Question(
        lambda v: int(v["mentions"]["actor"].nunique()),
        "count the different actors in mentions (or the rows of counts).",
        ("mentions", "actors"),
        [(lambda a, v: a == v["actors"]["actor"].nunique(),
          "That is how many actors the list has; count those the article mentions.")]),
    "q4_new_actor_mentions": Question(
        _new_actor_mentions, "count the rows of again whose actor is the one you added.", ("actors",),
        steps=(("with_new_actor", _added_one_actor, "add rows for exactly one new actor to a copy of actors."),
               ("found_again", lambda table, v: hasattr(table, "columns") and len(table) >= len(v["mentions"]),
                "find the mentions again with your table: tk.find_mentions(tokens, with_new_actor).")),
        mistakes=[(lambda a, v: a == len(v["found_again"]), "That is every mention; count your new actor's only.")]),
}


def check(name):
    """Print the feedback for exercise `name`: its answer is the notebook variable of that name."""
    print(feedback(name, _namespace(), QUESTIONS))
