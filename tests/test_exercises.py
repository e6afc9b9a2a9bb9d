"""Every exercise's check, fed what learners give: the stub, nothing at all, the mistakes the instructor guide
lists, right answers in other forms, and the worked solution. The variables are the notebooks' own tables."""

from pathlib import Path

import pandas as pd
import pytest
from nltk import FreqDist
from nltk.stem import PorterStemmer

import textkit as tk
from lessons import LESSONS, exercises, read
from textkit.exercises import feedback

DATA = Path(__file__).resolve().parent.parent / "data"


def variables(actors_file="actors.csv", text=None):
    """What the notebooks have made by the time their exercises come."""
    v = {"text": text if text is not None else tk.read_article(DATA / "article.txt")}
    v["paragraphs"] = [line for line in v["text"].split("\n") if line.strip()]
    v["table"] = v["sentences"] = tk.sentences_table(v["text"])
    v["tokens"] = tk.tokens_table(v["sentences"])
    v["word_tokens"] = v["tokens"][v["tokens"]["is_word"]]
    v["counts_of_words"] = v["counts"] = FreqDist(v["word_tokens"]["lower"])
    v["stopwords"] = tk.read_word_list(DATA / "stopwords.txt")
    v["content"] = FreqDist(word for word in v["word_tokens"]["lower"] if word not in v["stopwords"])
    v["stemmer"] = PorterStemmer()
    v["actors"] = tk.load_actors(DATA / actors_file)
    v["mentions"] = tk.find_mentions(v["tokens"], v["actors"])
    v["pairs"] = tk.co_mentions(v["mentions"])
    v["statements"] = tk.find_statements(v["sentences"], v["tokens"], v["actors"],
                                         tk.read_word_list(DATA / "reporting_verbs.txt"))
    v["by_hand"] = pd.read_csv(DATA / "statements_by_hand.csv")
    found = v["statements"][["sentence", "speaker", "verb"]].assign(found=True)
    v["compared"] = v["by_hand"].merge(found, on=["sentence", "speaker", "verb"], how="left")
    v["compared"]["found"] = v["compared"]["found"].fillna(False).astype(bool)
    v["candidates"] = tk.find_candidates(v["tokens"], v["actors"], v["stopwords"],
                                         tk.read_word_list(DATA / "titles.txt"))
    return v


COURSE = variables()
LESSON_05 = variables("world_actors.csv")
LESSON_05["counts"] = tk.actor_counts(LESSON_05["mentions"])


def said(name, answer, v=COURSE, **more):
    return feedback(name, {**v, name: answer, **more}, tk.QUESTIONS)


def test_every_exercise_in_the_notebooks_has_a_question():
    names = {read(path).cells[check].source.split('"')[1] for path in LESSONS for _, check in exercises(read(path))}
    assert names == set(tk.QUESTIONS)


@pytest.mark.parametrize("name", sorted(tk.QUESTIONS))
def test_a_stub_or_a_check_run_first_says_not_yet_and_never_raises(name):
    assert feedback(name, {}, tk.QUESTIONS).startswith("Not yet: run the exercise cell above first")
    question = tk.QUESTIONS[name]
    answers = {step: ... for step, _, _ in question.steps}
    assert said(name, ..., **answers).startswith("Not yet: replace the ...")
    assert feedback(name, {name: 3, **{step: 3 for step in answers}}, tk.QUESTIONS).startswith("Not")


CASES = [  # (question, answer, the start of the message, a phrase it must contain)
    ("q1_first_paragraph_length", len(COURSE["paragraphs"][0]), "Well done", ""),
    ("q1_first_paragraph_length", 10, "Not quite", "how many paragraphs"),
    ("q1_first_paragraph_length", len(COURSE["paragraphs"][1]), "Not quite", "first item is [0]"),
    ("q1_first_paragraph_length", len(COURSE["paragraphs"][0].split()), "Not quite", "counts words"),
    ("q1_first_paragraph_length", "554", "Not quite", "is a number"),
    ("q2_curly_apostrophes", COURSE["text"].count("’"), "Well done", ""),
    ("q2_curly_apostrophes", 0, "Not quite", "straight apostrophe"),
    ("q3_fewest_sentences_paragraph", 10, "Well done", ""),
    ("q3_fewest_sentences_paragraph", 2, "Not quite", "give the number of the paragraph"),
    ("q3_fewest_sentences_paragraph", 9, "Not quite", "numbered from 1"),
    ("q3_fewest_sentences_paragraph", COURSE["table"].groupby("paragraph").size(), "Not quite", "whole table"),
    ("q1_conflict", 6, "Well done", ""),
    ("q1_conflict", 6.0, "Well done", ""),
    ("q2_stem_escalating", "escal", "Well done", ""),
    ("q2_stem_escalating", " Escal ", "Well done", ""),
    ("q2_stem_escalating", "escalate", "Not quite", "lemma"),
    ("q3_korea_sentences", 18, "Well done", ""),
    ("q3_korea_sentences", 22, "Not quite", "counts tokens"),
    ("q3_korea_sentences", int(COURSE["sentences"]["text"].str.contains("Korea").sum()), "Not quite", "Korean"),
    ("q1_russian_mentions", 4, "Well done", ""),
    ("q1_russian_mentions", 16, "Not quite", "every mention of Russia"),
    ("q2_fewest_actors_paragraph", 9, "Well done", ""),
    ("q2_fewest_actors_paragraph", 3, "Not quite", "give the paragraph's number"),
    ("q2_fewest_actors_paragraph", 5, "Not quite", "fewest mentions"),
    ("q1_russia_ukraine", 2, "Well done", ""),
    ("q1_russia_ukraine", COURSE["pairs"].loc[(COURSE["pairs"]["actor_a"] == "Ukraine")
                                               & (COURSE["pairs"]["actor_b"] == "Russia"), "sentences"],
     "Not quite", "empty selection"),
    ("q1_russia_ukraine", COURSE["pairs"].loc[(COURSE["pairs"]["actor_a"] == "Russia")
                                               & (COURSE["pairs"]["actor_b"] == "Ukraine"), "sentences"],
     "Not quite", "one value in it"),
    ("q2_missed_statements", 10, "Well done", ""),
    ("q2_missed_statements", 13, "Not quite", "how many the method found"),
    ("q3_top_speaker", "South Korea", "Well done", ""),
    ("q3_top_speaker", " south korea", "Well done", ""),
    ("q3_top_speaker", "Kim Hong-kyun", "Not quite", "count the rows of statements per speaker"),
    ("q3_top_speaker", 3, "Not quite", "piece of text"),
]


@pytest.mark.parametrize("name, answer, start, phrase", CASES, ids=lambda value: str(value)[:20])
def test_answers_right_and_wrong_get_their_own_feedback(name, answer, start, phrase):
    message = said(name, answer)
    assert message.startswith(start) and phrase in message, message


def test_a_wrong_answer_never_shows_the_expected_value():
    message = said("q1_first_paragraph_length", 12345)
    assert str(len(COURSE["paragraphs"][0])) not in message


def q4_count_sentences(text):
    return len(tk.sentences_table(text))


def test_functions_are_tried_on_several_inputs():
    assert said("q4_count_sentences", q4_count_sentences).startswith("Well done")
    assert said("q4_count_sentences", lambda text: text.count(".")).startswith("Not quite: q4_count_sentences(")
    assert "should be a function" in said("q4_count_sentences", 29)
    assert "stopped with" in said("q4_count_sentences", lambda text: text.sentences)

    def shared(a, b):
        return len(set(COURSE["mentions"].loc[COURSE["mentions"]["actor"] == a, "sentence"])
                   & set(COURSE["mentions"].loc[COURSE["mentions"]["actor"] == b, "sentence"]))

    assert said("q4_shared", shared).startswith("Well done")
    one_way = COURSE["pairs"].set_index(["actor_a", "actor_b"])["sentences"]
    assert said("q4_shared", lambda a, b: int(one_way.get((a, b), 0))).startswith("Not quite")


def test_the_top_ten_table_and_the_people_left():
    top = pd.DataFrame(COURSE["content"].most_common(10), columns=["term", "count"])
    assert said("q4_top_ten", top).startswith("Well done")
    assert said("q4_top_ten", top.head(5)).startswith("Not quite")
    actors = COURSE["actors"]
    right = actors[(actors["kind"] != "person") | actors["alias"].str.contains(" ")]
    no_kind_condition = actors[actors["alias"].str.contains(" ")]  # loses Russia, China, NATO ...
    left = int((tk.find_mentions(COURSE["tokens"], right)["kind"] == "person").sum())
    assert said("q3_people_left", left, full_names_only=right).startswith("Well done")
    assert said("q3_people_left", left, full_names_only=no_kind_condition).startswith(
        "Not quite: full_names_only is not right yet")


def test_notebook_05_checks_any_article_and_an_article_with_no_known_actor():
    v = LESSON_05
    assert said("q3_actors_in_article", len(v["counts"]), v).startswith("Well done")
    assert "how many actors the list has" in said("q3_actors_in_article", v["actors"]["actor"].nunique(), v)
    assert said("q1_repeated_candidates", int((v["candidates"]["count"] > 1).sum()), v).startswith("Well done")
    assert said("q1_repeated_candidates", 0, v).startswith("Not quite")
    empty = variables("world_actors.csv", text="Nobody here said anything at all. Then they went home.")
    empty["counts"] = tk.actor_counts(empty["mentions"])
    assert said("q2_most_mentions", 0, empty).startswith("Well done")
    name, kind = "Nobody", "person"
    added = pd.concat([empty["actors"], pd.DataFrame([{"actor": name, "kind": kind, "alias": name}])])
    again = tk.find_mentions(empty["tokens"], added)
    assert said("q4_new_actor_mentions", 1, empty, with_new_actor=added, found_again=again).startswith("Well done")
    assert said("q4_new_actor_mentions", 1, empty, with_new_actor=empty["actors"], found_again=again).startswith(
        "Not quite: with_new_actor is not right yet")


def test_every_other_anticipated_mistake_gets_its_hint():
    v = COURSE
    assert "whole article" in said("q1_first_paragraph_length", len(v["text"]))
    assert "That counts ’s" in said("q2_curly_apostrophes", v["text"].count("’s"), text=v["text"] + " it’ll")
    assert "run the stemmer" in said("q2_stem_escalating", "escalat")
    assert "every person's mention" in said("q3_people_left", int((v["mentions"]["kind"] == "person").sum()),
                                            full_names_only=v["actors"][v["actors"]["kind"] != "person"])
    ukraine = int((v["mentions"]["actor"] == "Ukraine").sum())
    assert "how often Ukraine is mentioned" in said("q1_russia_ukraine", ukraine)
    other_hand = v["by_hand"].assign(speaker="Kim Hong-kyun")
    assert "hand reading" in said("q3_top_speaker", "Kim Hong-kyun", by_hand=other_hand)
    w = LESSON_05
    assert "every candidate" in said("q1_repeated_candidates", len(w["candidates"]), w)
    assert "every mention" in said("q2_most_mentions", len(w["mentions"]), w)
    added = pd.concat([w["actors"], pd.DataFrame([{"actor": "Georgy Zinoviev", "kind": "person",
                                                   "alias": "Georgy Zinoviev"}])])
    again = tk.find_mentions(w["tokens"], added)
    assert "count your new actor's only" in said("q4_new_actor_mentions", len(again), w, with_new_actor=added,
                                                 found_again=again)
    text = "The conflicts grew. The conflict ended."
    small = {"text": text, "counts": FreqDist(["the", "conflicts", "grew", "the", "conflict", "ended"])}
    assert "inside other words" in feedback("q1_conflict", {**small, "q1_conflict": 2}, tk.QUESTIONS)
