"""Unit tests for the textkit package (notebooks/textkit/), on small texts written for each case."""

import ast
from pathlib import Path

import pandas as pd
import pytest

import textkit as tk

DATA = Path(__file__).resolve().parent.parent / "data"

ACTORS_CSV = """actor,kind,alias
South Korea,country,South Korea
South Korea,country,South Korean
South Korea,country,Seoul
North Korea,country,North Korea
North Korea,country,North Korean
United Nations,organisation,United Nations
United Nations,organisation,U.N.
Yoon Suk Yeol,person,Yoon Suk Yeol
Yoon Suk Yeol,person,Yoon
Kim Hong-kyun,person,Kim Hong-kyun
Kim Hong-kyun,person,Kim
National Intelligence Service,organisation,National Intelligence Service
National Intelligence Service,organisation,National Intelligence Service (NIS)
National Intelligence Service,organisation,NIS
"""


@pytest.fixture
def actors(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(ACTORS_CSV, encoding="utf-8")
    return tk.load_actors(path)


def mentions_in(text, actors):
    return tk.find_mentions(tk.tokens_table(tk.sentences_table(text)), actors)


def test_curly_and_straight_possessives_give_the_same_tokens():
    assert tk.word_tokens("North Korea’s troops") == ["North", "Korea", "’s", "troops"]
    assert tk.word_tokens("North Korea's troops") == ["North", "Korea", "’s", "troops"]
    assert tk.word_tokens("North Koreaʼs troops") == ["North", "Korea", "’s", "troops"]


def test_possessive_actor_is_found_with_either_apostrophe(actors):
    for text in ("South Korea’s ministry spoke.", "South Korea's ministry spoke."):
        mentions = mentions_in(text, actors)
        assert list(mentions["actor"]) == ["South Korea"]
        assert list(mentions["alias"]) == ["South Korea"]


def test_longest_alias_wins_and_nothing_is_counted_twice(actors):
    mentions = mentions_in("South Korean President Yoon Suk Yeol met Kim Hong-kyun.", actors)
    assert list(mentions["actor"]) == ["South Korea", "Yoon Suk Yeol", "Kim Hong-kyun"]
    assert list(mentions["alias"]) == ["South Korean", "Yoon Suk Yeol", "Kim Hong-kyun"]


def test_north_and_south_korea_are_not_confused(actors):
    mentions = mentions_in("North Korea and South Korea talked. North Korean troops left.", actors)
    assert list(mentions["actor"]) == ["North Korea", "South Korea", "North Korea"]


def test_overlapping_aliases_name_then_acronym(actors):
    text = "The National Intelligence Service (NIS) said so. The NIS and the National Intelligence Service agree."
    mentions = mentions_in(text, actors)
    assert list(mentions["alias"]) == [
        "National Intelligence Service (NIS)",
        "NIS",
        "National Intelligence Service",
    ]


def test_alias_at_very_start_and_very_end_of_text(actors):
    mentions = mentions_in("Seoul protested to the U.N.", actors)
    assert list(mentions["actor"]) == ["South Korea", "United Nations"]
    assert list(mentions["alias"]) == ["Seoul", "U.N."]
    assert mentions["position"].tolist() == [0, 4]


def test_abbreviation_alias_in_the_middle_of_a_sentence(actors):
    mentions = mentions_in("It broke the U.N. Charter, Kim said.", actors)
    assert list(mentions["actor"]) == ["United Nations", "Kim Hong-kyun"]


def test_matching_is_case_sensitive_and_whole_word(actors):
    assert mentions_in("Seoulful kimchi is not Kim.", actors)["alias"].tolist() == ["Kim"]


def test_paragraph_and_sentence_numbers(actors):
    text = "Seoul spoke. Kim agreed.\nNorth Korea did not."
    mentions = mentions_in(text, actors)
    assert mentions[["paragraph", "sentence"]].values.tolist() == [[1, 1], [1, 2], [2, 3]]


def test_empty_text_gives_empty_tables(actors):
    sentences = tk.sentences_table("")
    tokens = tk.tokens_table(sentences)
    assert len(sentences) == 0 and len(tokens) == 0
    assert len(tk.term_counts(tokens)) == 0
    assert len(tk.find_mentions(tokens, actors)) == 0
    assert list(tk.find_mentions(tokens, actors).columns) == [
        "actor", "kind", "alias", "paragraph", "sentence", "position"
    ]


def test_paragraphs_by_line_or_by_blank_line():
    assert tk.paragraphs("One.\nTwo.\n") == ["One.", "Two."]
    assert tk.paragraphs("One\nwrapped.\n\nTwo.") == ["One wrapped.", "Two."]


def test_punkt_learns_un_from_the_article():
    text = tk.read_article(DATA / "article.txt")
    sentences = tk.sentences_table(text)
    assert len(sentences) == 29
    assert sentences["paragraph"].max() == 10
    assert not any(sentence.endswith("U.N.") for sentence in sentences["text"])


def test_term_counts_split_possessives_and_skip_punctuation():
    tokens = tk.tokens_table(tk.sentences_table("Korea’s troops. Korea's, korea!"))
    counts = dict(tk.term_counts(tokens).values.tolist())
    assert counts == {"korea": 3, "’s": 2, "troops": 1}


def test_actor_counts_sorted_by_mentions_then_name(actors):
    mentions = mentions_in("Seoul and Kim. Seoul again.", actors)
    table = tk.actor_counts(mentions)
    assert table.values.tolist() == [["South Korea", "country", 2], ["Kim Hong-kyun", "person", 1]]


def test_course_actor_list_loads_and_every_alias_is_unique():
    actors = tk.load_actors(DATA / "actors.csv")
    assert actors["alias"].is_unique
    assert set(actors["kind"]) == {"country", "person", "organisation"}


@pytest.mark.parametrize(
    "content, message",
    [
        ("actor,alias\nChina,China\n", "missing column(s) kind"),
        ("actor,kind,alias\nChina,country,\n", "line 2: every row needs an actor and an alias"),
        ("actor,kind,alias\nChina,city,China\n", "line 2: kind 'city'"),
        ("# my list\nactor,kind,alias\n# a note\nChina,nation,China\n", "line 4: kind 'nation'"),
        ("actor,kind,alias\nChina,country,Lin\nLin Jian,person,Lin\n", "'Lin' is given to China and Lin Jian"),
        ("", "is empty"),
        ("actor,kind,alias\n", "no actors, only the header line"),
        ("\ufeffactor,kind,alias\r\nChina,country\r\n", "line 2: every row needs an actor and an alias"),
    ],
)
def test_bad_actor_lists_are_refused_with_the_file_name(tmp_path, content, message):
    path = tmp_path / "my_actors.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(tk.InputError) as error:
        tk.load_actors(path)
    assert "my_actors.csv" in str(error.value)
    assert message in str(error.value)


def test_actor_lists_from_spreadsheets_are_read(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("Actor; Kind ; Alias\nChina;country;Beijing\n\n", encoding="utf-8")
    assert tk.load_actors(path).values.tolist() == [["China", "country", "Beijing"]]


def test_read_article_handles_bom_and_windows_line_endings(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("\ufeffFirst line.\r\nSecond line.\r\n".encode("utf-8"))
    assert tk.read_article(path) == "First line.\nSecond line.\n"


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"%PDF-1.7\n...", "is a PDF, not plain text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is an image, not plain text"),
        ("Korea\u2019s troops".encode("cp1252"), "not saved as UTF-8 (byte 0x92 at position 5"),
        ("Korea".encode("utf-16"), "saved as UTF-16"),
        ("Seoul summoned the envoy.".encode("utf-16-le"), "saved as UTF-16"),
        ("Seoul summoned the envoy.".encode("utf-16-be"), "saved as UTF-16"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "is an image, not plain text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "is a Word or Excel file, not plain text"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "is not a plain-text file"),
    ],
)
def test_bad_article_files_are_refused_with_the_file_name(tmp_path, content, message):
    path = tmp_path / "my_article.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(tk.InputError) as error:
        tk.read_article(path)
    assert "my_article.txt" in str(error.value)
    assert message in str(error.value)


def test_same_answer_whatever_its_form():
    np = pytest.importorskip("numpy")
    from textkit.exercises import same

    assert same(3, 3) and same(np.int64(3), 3) and same(3, np.int64(3)) and same(3.0, 3)
    assert same(" Korea ", "korea") and not same("3", 3) and not same(True, 1) and not same([3], 3)


def test_check_prints_the_feedback_and_never_raises(capsys):
    tk.check("q1_conflict")
    tk.check("no_such_exercise")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Not yet: run the exercise cell above first") and out[1].startswith("Not yet")


def test_save_csv_writes_plain_utf8(tmp_path):
    path = tk.save_csv(pd.DataFrame({"term": ["korea’s"], "count": [1]}), tmp_path / "out" / "t.csv")
    assert path.read_text(encoding="utf-8") == "term,count\nkorea’s,1\n"


# --- Candidate actors ---------------------------------------------------------

STOPWORDS = tk.read_word_list(DATA / "stopwords.txt")
TITLES = tk.read_word_list(DATA / "titles.txt")


def candidates_in(text, actors):
    table = tk.find_candidates(tk.tokens_table(tk.sentences_table(text)), actors, STOPWORDS, TITLES)
    return dict(zip(table["name"], table["count"]))


def test_candidates_join_particles_and_split_at_titles(actors):
    found = candidates_in("European Commission President Ursula von der Leyen met the Group of Seven.", actors)
    assert found == {"European Commission": 1, "Ursula von der Leyen": 1, "Group of Seven": 1}


def test_candidates_find_acronyms_and_count_them(actors):
    found = candidates_in("The IAEA sent inspectors to Iran. Iran let the IAEA in, said the G7.", actors)
    assert found == {"IAEA": 2, "Iran": 2, "G7": 1}


def test_short_forms_side_by_side_each_named_alone_are_two_names(actors):
    text = ("Talks on an ABP KdF cabinet begin. The ABP won 40 seats and the KdF 38. Leaders of the KdF and "
            "the ABP met. Staff of KPMG LLP said KPMG would help.")
    found = candidates_in(text, actors)
    assert found["ABP"] == 3 and found["KdF"] == 3 and "ABP KdF" not in found
    assert "KPMG LLP" in found  # LLP is never named alone: one name

def test_sentence_initial_common_words_are_not_candidates(actors):
    found = candidates_in("The talks ended. Despite this, It went on. Meanwhile Biden said no. Talks resume.", actors)
    assert found == {"Biden": 1}


def test_a_local_office_and_an_honorific_are_titles_and_given_opens_no_name():
    text = ("Kenton County Jailer Terry Carl testified. Given Chicago\u2019s history, Carl said, jails in Chicago and "
            "Kenton County need funds. His Lordship agreed, and so did His Holiness Pope Leo.")
    assert found(text) == {"Kenton County": 2, "Terry Carl": 2, "Chicago": 2, "Leo": 1}
    text = ("Former Center members Ann Roe and Tom Lee left. Acting Police Commissioner Joe Ito spoke. The Yang "
            "di-Pertuan Agong Al-Sultan Abdullah met Dasho Tshering Tobgay, and Tobgay thanked him.")
    assert found(text) == {"Ann Roe": 1, "Tom Lee": 1, "Joe Ito": 1, "Al-Sultan Abdullah": 1, "Tshering Tobgay": 2}
    text = ("Members of the Prince Albert Fire Department and the Prince Albert Police Service waited, said reserve "
            "Const. Gary Brown. Chief Minister Shri Bhupendra Patel met Smt. Anandiben Patel and Prince Harry.")
    assert found(text) == {"Prince Albert Fire Department": 1, "Prince Albert Police Service": 1, "Gary Brown": 1,
                           "Bhupendra Patel": 1, "Anandiben Patel": 1, "Harry": 1}
    assert found("Like Pres. Muhammadu Buhari, he won. An ally of former Pres. Ellen Sirleaf spoke.") == {
        "Muhammadu Buhari": 1, "Ellen Sirleaf": 1}


def test_known_actors_titles_days_and_single_letters_are_not_candidates(actors):
    text = "On Monday, President Yoon met Prime Minister Fumio Kishida in Seoul and posted on X."
    found = candidates_in(text, actors)
    assert found == {"Fumio Kishida": 1}


def test_small_words_join_organisation_names_but_not_people_and_places(actors):
    text = ("He met Kyrsten Sinema of Arizona at the Bank of England. The Kiel Institute for the World Economy "
            "and Doctors Without Borders agreed.")
    found = candidates_in(text, actors)
    assert found == {"Kyrsten Sinema": 1, "Arizona": 1, "Bank of England": 1,
                     "Kiel Institute for the World Economy": 1, "Doctors Without Borders": 1}


def test_particles_hyphens_and_spellings(actors):
    text = ("Leaders said von der Leyen met Abdel Fattah al-Sisi. Iran-backed groups fired. Al-Sisi left. "
            "Analysts said Iran was silent.")
    found = candidates_in(text, actors)
    assert found == {"von der Leyen": 1, "Abdel Fattah al-Sisi": 2, "Iran": 2}


def test_abbreviated_titles_do_not_end_sentences(actors):
    sentences = tk.sentences_table("Sen. Chuck Schumer and Gov. Kathy Hochul met Dr. Jill Stein. It rained.")
    assert len(sentences) == 2
    found = tk.find_candidates(tk.tokens_table(sentences), actors, STOPWORDS, TITLES)
    assert dict(zip(found["name"], found["count"])) == {"Chuck Schumer": 1, "Kathy Hochul": 1, "Jill Stein": 1}


def test_candidates_are_sorted_by_count_then_name(actors):
    sentences = tk.sentences_table("Talks in Bern and Athens. Athens again, and Zurich.")
    table = tk.find_candidates(tk.tokens_table(sentences), actors, STOPWORDS)
    assert table[["name", "count"]].values.tolist() == [["Athens", 2], ["Bern", 1], ["Zurich", 1]]


def test_no_candidates_in_an_empty_text(actors):
    table = tk.find_candidates(tk.tokens_table(tk.sentences_table("")), actors, STOPWORDS)
    assert list(table.columns) == ["name", "count", "kind"] and len(table) == 0


def test_results_never_go_into_data():
    with pytest.raises(tk.InputError, match="never go into the course's data/ folder"):
        tk.check_results_folder(DATA / "mine")
    assert tk.check_results_folder(DATA.parent / "results" / "mine").name == "mine"


# --- Actors in relation -------------------------------------------------------

VERBS = {"said", "claimed", "condemned", "added"}
ACTIONS = {"condemned": "condemn", "sent": "send"}


def tables(text):
    sentences = tk.sentences_table(text)
    return sentences, tk.tokens_table(sentences)


def test_co_mentions_count_sentences_once_per_pair(actors):
    text = "Seoul and Kim met North Korea. Seoul spoke again, and Seoul waited.\nKim left. North Korea stayed."
    mentions = tk.find_mentions(tables(text)[1], actors)
    by_sentence = tk.co_mentions(mentions)
    assert by_sentence.values.tolist() == [
        ["Kim Hong-kyun", "North Korea", 1], ["Kim Hong-kyun", "South Korea", 1], ["North Korea", "South Korea", 1]]
    by_paragraph = tk.co_mentions(mentions, window="paragraph")
    assert list(by_paragraph.columns) == ["actor_a", "actor_b", "paragraphs"]
    assert by_paragraph.values.tolist()[0] == ["Kim Hong-kyun", "North Korea", 2]


def test_statements_speaker_before_verb_after_quote_and_across_linking_words(actors):
    text = ("Kim said no. “We will act,” said Yoon. South Korea’s foreign ministry also condemned it. "
            "He added more. The NIS claimed so.")
    sentences, tokens = tables(text)
    found = tk.find_statements(sentences, tokens, actors, VERBS)
    assert found[["speaker", "verb", "sentence"]].values.tolist() == [
        ["Kim Hong-kyun", "said", 1], ["Yoon Suk Yeol", "said", 2], ["South Korea", "condemned", 3],
        ["National Intelligence Service", "claimed", 5]]
    assert found["text"][0] == "Kim said no."


def test_triples_source_action_target_and_the_passive_trap(actors):
    sentences, tokens = tables("North Korea had sent troops to Seoul. North Korea was condemned by Seoul.")
    triples = tk.find_triples(tokens, actors, ACTIONS)
    assert triples[["source", "action", "target", "sentence"]].values.tolist() == [
        ["North Korea", "send", "South Korea", 1],
        ["North Korea", "condemn", "South Korea", 2],  # a passive read backwards: the method's known limit
    ]


def test_no_relations_in_an_empty_text(actors):
    sentences, tokens = tables("")
    mentions = tk.find_mentions(tokens, actors)
    assert list(tk.co_mentions(mentions).columns) == ["actor_a", "actor_b", "sentences"]
    assert len(tk.find_statements(sentences, tokens, actors, VERBS)) == 0
    assert len(tk.find_triples(tokens, actors, ACTIONS)) == 0


# --- The package's shape: modules a learner reads beside each lesson -------------

PACKAGE = Path(tk.__file__).resolve().parent
# The stages in the order data flows through them; a module may import only from earlier stages.
STAGES = ["files", "sentences", "words", "actor_list", "datelines", "longer_names", "actors", "relations", "capitals",
          "names", "fields", "not_actors", "kinds", "short_forms", "candidates", "charts", "actor_charts", "highlight",
          "exercises", "questions"]


def test_package_holds_the_stages_and_nothing_else():
    assert sorted(path.stem for path in PACKAGE.glob("*.py")) == sorted(["__init__", *STAGES])


@pytest.mark.parametrize("stage", STAGES)
def test_each_module_is_short_opens_with_its_lesson_and_imports_only_earlier_stages(stage):
    source = (PACKAGE / f"{stage}.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 210, f"{stage}.py is too long to read in one sitting"
    docstring = ast.get_docstring(ast.parse(source))
    assert docstring and ("notebook" in docstring.lower()), f"{stage}.py does not say which notebook it belongs to"
    imported = {node.module for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.ImportFrom) and node.level == 1}
    earlier = set(STAGES[: STAGES.index(stage)])
    assert imported <= earlier, f"{stage}.py imports {sorted(imported - earlier)}, a later stage or itself"


def test_every_public_name_is_handed_on_by_the_package():
    for stage in STAGES:
        module = getattr(tk, stage)
        for name in dir(module):
            value = getattr(module, name)
            if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__:
                assert name in tk.__all__ and getattr(tk, name) is value, f"textkit.{stage}.{name}"


# --- Any article: the general list, candidates, files a learner saves (notebook 05) ---------------

WORLD = tk.load_actors(DATA / "world_actors.csv")


def counted(text, actors=WORLD):
    return dict(tk.actor_counts(mentions_in(text, actors))[["actor", "mentions"]].values)


def candidates_table(text, actors=WORLD):
    return tk.find_candidates(tk.tokens_table(tk.sentences_table(text)), actors, STOPWORDS, TITLES)


def kinds_found(text):
    """Each candidate of the text with its guessed kind."""
    return dict(zip(*candidates_table(text)[["name", "kind"]].values.T))


def test_world_list_has_every_un_member_and_observer_and_no_people():
    countries = WORLD.loc[WORLD["kind"] == "country", "actor"].unique()
    assert len(countries) == 195
    assert set(WORLD["kind"]) <= set(tk.ACTOR_KINDS) and "person" not in set(WORLD["kind"])
    assert {"NATO", "European Union", "World Health Organization", "G7", "African Union"} <= set(WORLD["actor"])
    assert not {"Kim", "Lin", "Korean"} & set(WORLD["alias"])


def test_an_alias_inside_a_longer_name_is_not_a_mention():
    text = ("Central American and Latin American leaders met. New Mexico voted. The Qatar News Agency reported it. "
            "Americans and Qataris watched.")
    assert counted(text) == {"Qatar": 1}  # "Americans" is ambiguous, and no other name of the US is here


def test_a_surname_alias_is_not_part_of_another_persons_name(actors):
    assert counted("Kim Jong Un met Peter Kim. Later Kim said no.", actors) == {"Kim Hong-kyun": 1}


def test_ambiguous_aliases_count_only_when_the_article_names_the_actor_plainly():
    assert counted("Jordan Henderson scored twice. Jordan said he was happy.") == {}
    assert counted("Jordan closed its border. Jordanian officials said so.") == {"Jordan": 2}
    assert counted("Turkey is on the menu. Who said so?") == {}


def test_hyphenated_names_count_for_their_actor():
    assert counted("Moscow-backed forces and pro-Russian groups fought in the Russia-Ukraine war.") == {
        "Russia": 3, "Ukraine": 1}


def test_datelines_are_not_candidates_but_agencies_in_brackets_are():
    table = candidates_table("SEOUL, Oct. 28 (Yonhap) -- Officials met on Monday. PARIS (Reuters) - Talks ended.")
    assert dict(zip(table["name"], table["count"])) == {"Reuters": 1, "Yonhap": 1}


def test_acronyms_that_look_like_words_and_names_after_brackets_or_colons():
    table = candidates_table("The WHO warned. Nvidia (NASDAQ: NVDA) CEO Jensen Huang spoke. Huang said more.")
    assert dict(zip(table["name"], table["count"])) == {"WHO": 1, "Jensen Huang": 2, "NASDAQ": 1, "Nvidia": 1}
    assert dict(zip(table["name"], table["kind"]))["Jensen Huang"] == "person"


def test_sentence_openers_with_a_possessive_and_names_with_and_inside(actors):
    text = "Hungary’s prime minister spoke. The Food and Drug Administration and Pfizer agreed."
    found = candidates_in(text, actors)
    assert found == {"Hungary": 1, "Food and Drug Administration": 1, "Pfizer": 1}


def test_headlines_in_capitals_give_only_names_found_in_the_text(actors):
    text = "Nvidia Shares Rise As Rival Falls\n\nShares of Nvidia rose on Friday. Analysts were pleased."
    assert candidates_in(text, actors) == {"Nvidia": 1}
    text = "Army Repels Attack By \u2018Rebel Fighters\u2019\n\nSoldiers of Kamba repelled an attack on Friday."
    assert candidates_in(text, actors) == {"Kamba": 1}
    text = ("Kamba Opens A Railway\n\nIt opened.\n\nSource: Xinhua\n\nOut: Mark Craig, Ross Taylor\n\n"
            "Source : Media Release")
    assert candidates_in(text, actors) == {"Mark Craig": 1, "Ross Taylor": 1, "Xinhua": 1}
    # After a title, a headline gives as much of the name as the text has, and a hyphen inside a surname stays.
    text = ("President Ama-Kwei Announces Record-High Cocoa Price\n\nPresident Nana Kofi Ama-Kwei announced it. "
            "President Ama-Kwei said so.")
    assert candidates_in(text, actors) == {"Nana Kofi Ama-Kwei": 3}
    text = ("PM Briceno Criticizes Opposition\u2019s Call\n\nPrime Minister John Briceno spoke on Saturday. The "
            "Labor Opposition and Labor agreed.")
    assert kinds_found(text) == {
        "John Briceno": "person", "Labor Opposition": "organisation", "Labor": "organisation"}
    assert candidates_in(text, actors)["John Briceno"] == 2


def test_a_surname_or_short_form_is_counted_with_the_full_name(actors):
    text = ("Shigeru Ishiba met Ursula von der Leyen. Ishiba said yes. Von der Leyen said no. "
            "The National Intelligence Service (NIS) agreed, and the NIS said so.")
    assert candidates_in(text, actors) == {"Shigeru Ishiba": 2, "Ursula von der Leyen": 2}
    text = "Prime Minister Hassan Ali Khaire resigned. Later Hassan Khaire and Ann Roe spoke, and Ann Lee Roe left."
    assert found(text) == {"Hassan Ali Khaire": 2, "Ann Lee Roe": 2}
    text = ("MoI plans a raid\n\nThe Ministry of Interior is preparing a raid. The Interior Ministry has tightened "
            "security, and the Department of Health and the MoPH agreed. The Health Department and DoH did too.")
    assert found(text) == {"Ministry of Interior": 3, "Department of Health": 3, "MoPH": 1}
    # An acronym goes with the first name it follows in brackets; a later one after a person is the person's party,
    # and one more mention of it.
    text = "The Labour Party (AP) won. AP leader Ann Roe spoke. Prime Minister Jonas Store (AP) agreed."
    assert found(text) == {"Labour Party": 3, "Ann Roe": 1, "Jonas Store": 1}
    text = ("The Ministry of Health and Wellness reported six cases. The Health Ministry asked people to clear "
            "standing water, and the Ministry\u2019s teams went from door to door.")
    assert found(text) == {"Ministry of Health and Wellness": 3}
    text = "The UDP Government fell in 2020. Now our Government is doing better, said Ann Roe of the House."
    assert found(text) == {"UDP Government": 1, "Ann Roe": 1}  # a common word alone is no short form
    text = "The Ministry of Health met the Ministry of Health and Wellness. The Health Ministry said so."
    assert found(text) == {"Ministry of Health": 2, "Ministry of Health and Wellness": 1}
    assert found("Manly Sea Eagles beat Aduana Stars. Later Manly scored twice, Aduana once.") == {
        "Manly Sea Eagles": 2, "Aduana Stars": 2}


def test_adjectives_and_months_are_not_candidates():
    table = candidates_table("Inter-Korean talks began on Oct. 5 in Seoul. The inter-Korean line held.")
    assert table.empty


def test_candidates_get_a_guessed_kind():
    text = ("Kim Jong Un visited the Lusail Stadium. Officials from Acme Industries met in Jinja. Jinja is hot, "
            "the Tamil Express reported.")
    assert kinds_found(text) == {
        "Kim Jong Un": "person", "Lusail Stadium": "place", "Acme Industries": "organisation", "Jinja": "place",
        "Tamil Express": "organisation"}


def test_events_plans_and_vaccines_are_not_candidates():
    text = ("Fans watched the Harbour Cup final. The Clean Water Plan and a Blue Fever Vaccine (BFV) began. "
            "Tomas Brand praised the Rugby Championship-winning side. The Category 4 storm hit Zone 5, as Nepal, in "
            "Group D, played, and Plus M Entertainment filmed it. Higher Secondary Certificate pupils with a Grade "
            "Point Average of 5 won National Culture Awards.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Tomas Brand": 1, "Plus M Entertainment": 1}


def test_adjectives_of_regions_and_faiths_are_not_candidates():
    text = "European leaders met Hindu pilgrims in an East African port. The African Union and Western Cape agreed."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Western Cape": 1}


def test_titles_of_rank_and_office_before_names():
    text = "General Ana Morel met Apostle Ben Okoro. The Head of State spoke, and Principal Secretary Lia Wambui left."
    assert set(candidates_table(text)["name"]) == {"Ana Morel", "Ben Okoro", "Lia Wambui"}
    text = ("The Attorney General\u2019s Office and the Prosecutor General\u2019s Office agreed, said Governor-General "
            "Sam Mostyn.")
    assert found(text) == {"Attorney General\u2019s Office": 1, "Prosecutor General\u2019s Office": 1, "Sam Mostyn": 1}
    text = "Kamba Regional Commissioner Jon Moro and Yendi Municipal Chief Executive Ali Baba agreed."
    assert found(text) == {"Kamba": 1, "Jon Moro": 1, "Yendi": 1, "Ali Baba": 1}


def test_a_party_or_office_right_before_a_persons_name_is_split_from_it():
    text = "The Minister in the Presidency Joe Banda spoke. Deputy Chairman of the Liberals Ann Marie Kolbe agreed."
    assert set(candidates_table(text)["name"]) == {"Presidency", "Joe Banda", "Liberals", "Ann Marie Kolbe"}
    assert found("The Police Patrol Team arrested them.") == {"Police Patrol Team": 1}  # a team is no person


def test_capitalised_small_words_and_possessives_inside_names():
    text = "He said the All Blacks met the People’s Unity Assembly (PUA). Later the PUA agreed with the All Blacks."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "All Blacks": 2, "People’s Unity Assembly": 2}


def test_a_colon_dateline_opens_the_sentence_and_inner_capitals_show_a_name():
    text = "LUSAKA: Information Minister Tom Phiri spoke. DataCorp said prices rose. Prices fell, said Phiri."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Tom Phiri": 2, "DataCorp": 1}


def test_a_headline_opened_by_a_name_and_a_colon_is_no_dateline():
    # A headline ends without a full stop; a report's colon dateline opens a sentence that ends with one.
    text = ("NDRRMC: Deaths from the storms rise to 12\n\nThe National Disaster Risk Reduction and Management "
            "Council (NDRRMC) said on Friday that the count rose.")
    assert found(text) == {"National Disaster Risk Reduction and Management Council": 2}
    assert found("Lusaka: Floods Hit the South\n\nLUSAKA: Floods hit Chipata, officials said.") == {"Chipata": 1}


def test_initials_joined_by_an_ampersand_are_one_name():
    assert tk.word_tokens("B&Q and AT&T, R & D") == ["B&Q", "and", "AT&T", ",", "R", "&", "D"]
    text = ("The T&T Police Service (TTPS) said B&Q stores and J&K were hit. The S&P 500 fell. "
            "A&E staff and R&D teams met at B&Q.")
    assert found(text) == {"B&Q": 2, "J&K": 1, "T&T Police Service": 1}
    assert counted("Crime in T&T fell, the T&T Police Service said.") == {"Trinidad and Tobago": 1}
    # A share index is named by its size: no actor ("the S&P 500", "the FTSE 100", "the Euro Stoxx 50").
    text = "The S&P 500 edged up, the FTSE 100 and Euro Stoxx 50 fell. Later S&P cut the rating of Acme Bank."
    assert found(text) == {"S&P": 1, "Acme Bank": 1}
    assert "Oshawa" in found("The powers go to these cities:\n\n1. Barrie\n19. Oshawa\n20. Pickering")


def test_ranks_plural_titles_and_short_forms_of_names_before_names():
    text = ("Thousands flee ahead of Typhoon\n\nMilitary spokesman Brig. Gen. Edgard Arevalo said rebels held "
            "Army Privates Rommel Javier and Dennis Rapadas. Md. Shahidul Islam of the fire service met Juan Ruiz, "
            "Technical Secretary of Indeci, and Lance Corporal Ann Moyo.")
    assert found(text) == {"Edgard Arevalo": 1, "Rommel Javier": 1, "Dennis Rapadas": 1, "Md. Shahidul Islam": 1,
                           "Juan Ruiz": 1, "Indeci": 1, "Ann Moyo": 1, "Army": 1}


def test_a_reports_credits_after_a_dash_name_its_reporters_and_agencies():
    text = ("Rebels held the mayor of Pola, police said. He was freed on Sunday, Ana Cruz said.\n\n"
            "\u2014 Arnell Ozaeta, Rene Alviar, James Mananghaya, AP, AFP")
    assert found(text) == {"Pola": 1, "Ana Cruz": 1, "AP": 1, "AFP": 1}
    assert found("Prisoners were late, Ana Cruz said.\n\n- Christopher Thomas") == {"Ana Cruz": 1}
    assert found("Prisoners were late, Ana Cruz said.\n\n\u2014 Associated Press") == {
        "Ana Cruz": 1, "Associated Press": 1}


def test_cars_decrees_weeks_and_days_against_something_are_things():
    text = ("He fled in a Nissan Almera and a white Toyota Hilux, police said. Toyota Motor Corporation and Ford "
            "made them. The Royal Decrees were issued on the National Day Against Drugs by Sultan Qaboos.")
    assert found(text) == {"Toyota Motor Corporation": 1, "Ford": 1, "Qaboos": 1}
    assert found("Vaiola Hospital opened Hospital Week on Monday.") == {"Vaiola Hospital": 1}


def test_amounts_in_pesos_short_forms_of_places_and_titles_of_south_asia():
    text = ("The city gave P13 million to Sta. Cruz and Barangay Adlaon. CM Himanta Sarma and Barrister Ali Gohar "
            "met Justice Ijaz ul Ahsan about the GST. Let BNP try, the Hamas Movement said. Hamas agreed. The "
            "World Cup Qualifier and a Presidential Directive were set.")
    table = candidates_table(text)
    assert dict(zip(table["name"], table["count"])) == {
        "Sta. Cruz": 1, "Barangay Adlaon": 1, "Himanta Sarma": 1, "Ali Gohar": 1, "Ijaz ul Ahsan": 1, "BNP": 1,
        "Hamas Movement": 2}
    assert dict(zip(table["name"], table["kind"]))["Sta. Cruz"] == "place"


def test_a_short_form_of_an_organisation_is_counted_with_its_full_name():
    text = "The House of Delegates met Acme Motors Company. Later the House voted, and Acme Motors left."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "House of Delegates": 2, "Acme Motors Company": 2}


def test_a_row_added_without_the_ambiguous_column_counts():
    added = pd.concat([WORLD, pd.DataFrame([{"actor": "Facebook", "kind": "organisation", "alias": "Facebook"}])])
    assert counted("He posted on Facebook.", added) == {"Facebook": 1}


def test_actor_lists_accept_notes_places_and_the_ambiguous_column(tmp_path):
    path = tmp_path / "my_actors.csv"
    path.write_text("# my list\nactor,kind,alias,ambiguous\n# places too\nKursk,place,Kursk,\nChad,country,Chad,yes\n",
                    encoding="utf-8")
    table = tk.load_actors(path)
    assert table.values.tolist() == [["Kursk", "place", "Kursk", False], ["Chad", "country", "Chad", True]]


def test_the_learners_copy_is_made_once_and_never_replaced(tmp_path):
    copy = tmp_path / "results" / "my_actors.csv"
    assert tk.copy_if_missing(DATA / "actors.csv", copy)
    copy.write_text("actor,kind,alias\n# mine\nRussia,country,Kremlin\n", encoding="utf-8")
    assert not tk.copy_if_missing(DATA / "actors.csv", copy)
    assert copy.read_text(encoding="utf-8") == "actor,kind,alias\n# mine\nRussia,country,Kremlin\n"


def test_results_folder_that_is_a_file_or_cannot_be_written(tmp_path):
    (tmp_path / "out").write_text("x", encoding="utf-8")
    with pytest.raises(tk.InputError, match="is a file, not a folder"):
        tk.check_results_folder(tmp_path / "out")
    with pytest.raises(tk.InputError, match="cannot write there"):
        tk.check_results_folder(tmp_path / "out" / "inside")
    with pytest.raises(tk.InputError, match="cannot write there"):
        tk.check_results_folder("/proc/results")


def test_folders_and_relative_paths_are_named_in_full(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(tk.InputError) as error:
        tk.read_article(".")
    assert str(error.value).startswith(f"{tmp_path.resolve()} is a folder, not a file.")
    with pytest.raises(tk.InputError) as error:
        tk.read_article("mine.txt")
    assert str(error.value).startswith(f"{tmp_path.resolve() / 'mine.txt'}: no such file.")


def test_the_course_error_shows_as_one_line_in_jupyter(tmp_path):
    with pytest.raises(tk.InputError) as error:
        tk.read_article(tmp_path / "gone.txt")
    assert error.value._render_traceback_() == [f"Stopped: {error.value}"]


PAGE = """<!DOCTYPE html><html><head><title>Seoul summons envoy | Daily News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/privacy">Privacy Policy</a></nav>
<div class="ad">Subscribe to Premium Plus today</div>
<article><h1>Seoul summons envoy</h1>
<p>South Korea summoned the Russian ambassador over North Korean troops, Foreign Minister Cho Tae-yul said.</p>
<p>Cho Tae-yul told reporters in Seoul that the Kremlin must answer, and Pyongyang did not comment on the claims.</p>
</article><footer>Copyright Daily News Group. Contact us. Terms of Use.</footer></body></html>"""


def test_a_saved_web_page_is_read_as_its_article(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(PAGE, encoding="utf-8")
    title, text = tk.read_web_page(page)
    assert title == "Seoul summons envoy"
    assert tk.read_article(page) == text and "Cho Tae-yul told reporters" in text
    for furniture in ("Privacy Policy", "Premium", "Copyright", "href", "<p>"):
        assert furniture not in text
    plain = tmp_path / "news.txt"
    plain.write_text(text, encoding="utf-8")
    assert candidates_table(tk.read_article(page)).equals(candidates_table(tk.read_article(plain)))


def test_a_web_page_with_no_article_stops_with_a_message(tmp_path):
    page = tmp_path / "empty.htm"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(tk.InputError, match="no article text found"):
        tk.read_article(page)


def test_text_in_another_language_has_few_english_stop_words():
    spanish = "El presidente de México habló con los periodistas sobre los aranceles y la economía del país."
    english = "The president of Mexico spoke to the reporters about the tariffs and the economy of the country."
    assert tk.stopword_share(tk.tokens_table(tk.sentences_table(spanish)), STOPWORDS) < 0.15
    assert tk.stopword_share(tk.tokens_table(tk.sentences_table(english)), STOPWORDS) > 0.3


def test_initials_and_agencies_named_before_their_acronym(actors):
    text = ("The Centers for Disease Control and Prevention (CDC) and Secretary Robert F. Kennedy met P Chidambaram. "
            "The CDC said Justices Sonia Sotomayor and Elena Kagan disagreed about Fukushima No. 1 and Kennedy.")
    assert candidates_in(text, actors) == {"Centers for Disease Control and Prevention": 2, "Robert F. Kennedy": 2,
                                           "P Chidambaram": 1, "Sonia Sotomayor": 1, "Elena Kagan": 1, "Fukushima": 1}


def test_a_country_inside_an_organisations_or_places_name():
    text = ("The Alternative for Germany (AfD) won. The AfD said so. Ships sailed in the Gulf of Mexico. "
            "The Philippine Coast Guard agreed. \u2018Dangerous manoeuvres\u2019 were reported near Japan.")
    assert counted(text) == {"Japan": 1}
    assert counted("The Government of Canada agreed.") == {"Canada": 1}
    table = candidates_table(text)
    assert dict(zip(table["name"], table["count"])) == {
        "Alternative for Germany": 2, "Gulf of Mexico": 1, "Philippine Coast Guard": 1}


# --- Charts and the highlighted article (notebooks 03-05) ------------------------------------------

def course_tables():
    sentences = tk.sentences_table(tk.read_article(DATA / "article.txt"))
    tokens = tk.tokens_table(sentences)
    return sentences, tokens, tk.find_mentions(tokens, tk.load_actors(DATA / "actors.csv"))


def test_the_highlighted_article_marks_every_mention_with_its_actor():
    sentences, tokens, mentions = course_tables()
    marked = tk.highlight_mentions(sentences, tokens, mentions)
    assert marked.count("<mark") == len(mentions) == 88
    assert '<mark title="Kim Hong-kyun (person)"' in marked and ">Kim Hong-kyun</mark>" in marked
    assert ">National Intelligence Service (NIS)</mark>" in marked and ">U.N.</mark>" in marked
    straight = tk.sentences_table("Russia's envoy met \"Seoul\" officials.")
    straight_tokens = tk.tokens_table(straight)
    marked = tk.highlight_mentions(straight, straight_tokens, tk.find_mentions(straight_tokens, WORLD))
    assert ">Russia</mark>&#x27;s envoy" in marked and ">Seoul</mark>" in marked


def test_long_labels_are_wrapped_or_cut_with_a_mark():
    assert tk.short_label("White House National Security Council") == "White House National\nSecurity Council"
    assert tk.short_label("White House National Security Council", 20, lines=1) == "White House Nationa…"
    assert tk.short_label("China") == "China"


def test_the_co_mention_grid_is_the_same_both_ways():
    pairs = pd.DataFrame({"actor_a": ["A", "A"], "actor_b": ["B", "C"], "sentences": [3, 1]})
    grid = tk.co_mention_grid(pairs, ["A", "B", "C"])
    assert grid.values.tolist() == [[0, 3, 1], [3, 0, 0], [1, 0, 0]]


@pytest.mark.parametrize("size", [1, 2, 7, 25])
def test_actor_charts_fit_a_projected_window_for_any_number_of_actors(size, tmp_path):
    names = [f"Actor number {i}" for i in range(size)]
    counts = pd.DataFrame({"actor": names, "kind": "country", "mentions": range(size + 1000, 1000, -1)})
    pairs = pd.DataFrame({"actor_a": names[:-1], "actor_b": names[1:], "sentences": range(1, size)})
    cumulative = pd.DataFrame([[i, i + 1, i + 2] for i in range(min(size, 8))], index=names[:8], columns=[1, 2, 3])
    figures = [tk.network_chart(counts, pairs, title="t"), tk.attention_chart(cumulative, title="t", xlabel="x",
                                                                               ylabel="y"),
               tk.co_mention_heatmap(tk.co_mention_grid(pairs, names), title="t"),
               tk.actor_bar_chart(counts.head(20))]
    for number, figure in enumerate(figures):
        path = tmp_path / f"{number}.png"
        figure.set_size_inches(*figure.get_size_inches())  # as drawn
        width, height = figure.get_size_inches() * figure.dpi
        assert width <= 1000 and height <= 600
        figure.savefig(path)
        plt_close(figure)


def plt_close(figure):
    import matplotlib.pyplot as plt

    plt.close(figure)


def test_tagging_is_reused_only_for_the_same_tables():
    tokens = tk.tokens_table(tk.sentences_table("He posted on Facebook from Seoul."))
    assert counted_tokens(tokens, WORLD) == {"South Korea": 1}
    added = pd.concat([WORLD, pd.DataFrame([{"actor": "Facebook", "kind": "organisation", "alias": "Facebook"}])])
    assert counted_tokens(tokens, added) == {"Facebook": 1, "South Korea": 1}
    assert counted_tokens(tokens, WORLD) == {"South Korea": 1}


def counted_tokens(tokens, actors):
    return dict(tk.actor_counts(tk.find_mentions(tokens, actors))[["actor", "mentions"]].values)


def test_terms_against_everyday_english_and_keyness():
    here = pd.DataFrame({"term": ["zyzzyva", "troops", "the", "summit"], "count": [3, 6, 40, 3]})
    reference = pd.DataFrame({"term": ["the", "summit", "troops"], "count": [40, 30, 1]})
    table = tk.compare_with_english(here, {"the"})
    assert list(table["term"]) == ["zyzzyva", "summit", "troops"]  # a word everyday English never uses comes first
    assert pd.isna(table["times_as_often"][0]) and table["times_as_often"][1] > table["times_as_often"][2] > 100
    assert (table["per_1000_here"] == (1000 * table["count"] / 52).round(1)).all()
    key = tk.keyness(here, reference, {"the"})
    assert list(key["term"]) == ["troops", "zyzzyva"] and (key["log_likelihood"] >= 3.84).all()
    assert tk.keyness(reference, reference, set()).empty


def test_the_word_tokenizer_splits_as_nltks_own():
    """textkit runs NLTK's tokenizer rules with Python's re module (faster); the tokens must not change."""
    from nltk.tokenize import NLTKWordTokenizer

    from textkit.words import _word_tokenizer

    text = ('He said: "We can\'t — and won\'t — go," adding (in Seoul) that the U.S.-led talks... cost $5.2bn! '
            "«Non», said Ms. O'Neil; it's 9:30 a.m. [sic] -- Kim's `quote' and ''another'' {x} <y> gonna wanna? "
            "The 1990s' end; 'Tis the rock 'n' roll of Korea’s army.")
    for sentence in text.split(";") + [text]:
        assert _word_tokenizer.tokenize(sentence) == NLTKWordTokenizer().tokenize(sentence)


def test_one_common_word_alone_is_no_candidate():
    """'Office', 'State': a single capitalised common word is a piece of a name, never a name by itself."""
    text = ("The Sheriff’s Office said on Monday that Maria Lopez had left. "
            "Officials at the State Department and the Foreign Office agreed. Lopez, 45, moved to England.")
    tokens = tk.tokens_table(tk.sentences_table(text))
    names = set(tk.find_candidates(tokens, tk.load_actors(DATA / "world_actors.csv"), STOPWORDS)["name"])
    assert {"Maria Lopez", "State Department", "Foreign Office", "England"} <= names
    assert not {"Office", "State", "Foreign"} & names
    text = "Wales beat England at Twickenham. The match in England was close."  # places the course knows
    assert found(text) == {"England": 2, "Twickenham": 1, "Wales": 1}


def test_an_example_in_between_does_not_tag_the_article_again(monkeypatch):
    """Notebook 05 tags the article, then a one-line example, then the article again (for candidates)."""
    import textkit.actors

    calls = []
    real = textkit.actors._tag
    def counted(tokens, actors, added=None):
        calls.append(len(tokens))
        return real(tokens, actors, added)
    monkeypatch.setattr(textkit.actors, "_tag", counted)
    article = tk.tokens_table(tk.sentences_table("He posted on Facebook from Seoul. Kim Min-ji met them in Tokyo."))
    example = tk.tokens_table(tk.sentences_table("Maria Lopez met the WHO."))
    for tokens in (article, example, article, example):
        tk.find_mentions(tokens, WORLD)
    assert calls == [len(article), len(example)]


def test_rows_added_to_the_list_tag_again_only_the_sentences_with_their_words(monkeypatch):
    """Notebook 05: the learner adds rows to the list and finds the mentions again. Only the sentences that have a
    word of the new rows are tagged again (a long text takes seconds to tag), and the mentions are a fresh start's."""
    import textkit.actors

    text = ("Meta CEO Mark Zuckerberg posted on Facebook in Seoul. The Korea Herald said Facebook-owned WhatsApp grew "
            "in South Korea. Russia and Ukraine talked. China and Japan agreed. The Kremlin agreed. Apple said so. "
            "Apple Inc sells phones in Brazil.")
    tokens = tk.tokens_table(tk.sentences_table(text))
    new = pd.DataFrame([{"actor": "Facebook", "kind": "organisation", "alias": "Facebook"},
                        {"actor": "The Korea Herald", "kind": "organisation", "alias": "Korea Herald"},
                        {"actor": "Russia", "kind": "country", "alias": "Kremlin"},
                        {"actor": "Apple Inc", "kind": "organisation", "alias": "Apple", "ambiguous": True},
                        {"actor": "Apple Inc", "kind": "organisation", "alias": "Apple Inc"}])
    mine = pd.concat([WORLD, new], ignore_index=True)
    tk.find_mentions(tokens, WORLD)
    tk.find_mentions(tk.tokens_table(tk.sentences_table("Maria Lopez met the WHO.")), WORLD)  # an example
    calls = []
    real = textkit.actors.dateline
    monkeypatch.setattr(textkit.actors, "dateline", lambda words: calls.append(words) or real(words))
    again = tk.find_mentions(tokens, mine)
    assert len(calls) == 5  # not "Russia and Ukraine talked.", not "China and Japan agreed."
    assert tk.actor_counts(again).set_index("actor")["mentions"].to_dict() == {
        "Apple Inc": 2, "Facebook": 2, "Russia": 2, "South Korea": 2, "Brazil": 1, "China": 1, "Japan": 1,
        "The Korea Herald": 1, "Ukraine": 1}
    # Another row added to the first list, as exercise 4 does: tagged again in its one sentence too.
    calls.clear()
    tk.find_mentions(tokens, pd.concat([WORLD, new.tail(1)], ignore_index=True))
    assert len(calls) == 1
    textkit.actors._last.clear()
    assert again.equals(tk.find_mentions(tokens, mine))
    # A row that makes a word a country's adjective ("Brazil" beside "Brazils") may change how any sentence reads:
    # every sentence is tagged again, though none has the new word.
    adjectives = pd.concat([WORLD, pd.DataFrame([{"actor": "Brazil", "kind": "country", "alias": "Brazils"}])],
                           ignore_index=True)
    tk.find_mentions(tokens, WORLD)
    calls.clear()
    tk.find_mentions(tokens, adjectives)
    assert len(calls) == 6  # each sentence that names an actor of the list


def test_a_progress_bar_only_for_a_long_text():
    assert not tk.progress(range(3), "Tokenising", total=3, words=tk.LONG_TEXT + 1).disable
    assert tk.progress(range(3), "Tokenising", total=3, words=tk.LONG_TEXT).disable
    assert list(tk.progress(range(3), "Tokenising", total=3, words=100)) == [0, 1, 2]


def test_local_titles_and_sentence_adverbs_are_no_part_of_a_name():
    text = ("Lawyers for Rutherford County Sheriff Robert Arnold spoke on Monday. "
            "Later Arnold left for Nashville with Magistrate Judge Alistair Newbern.")
    tokens = tk.tokens_table(tk.sentences_table(text))
    titles = tk.read_word_list(DATA / "titles.txt")
    found = tk.find_candidates(tokens, tk.load_actors(DATA / "world_actors.csv"), STOPWORDS, titles)
    assert dict(zip(found["name"], found["count"])) == {
        "Robert Arnold": 2, "Alistair Newbern": 1, "Nashville": 1, "Rutherford County": 1}


def test_company_words_and_honorifics():
    """'Press Trust of India' and 'Kuwait Food Co' are organisations, not India and Kuwait; 'Datuk Seri' is a title."""
    text = ("NEW DELHI (Press Trust of India) -- Shares of Kuwait Food Co rose. "
            "Prime Minister Datuk Seri Anwar Ibrahim said Rs 500 crore was set aside.")
    tokens = tk.tokens_table(tk.sentences_table(text))
    world = tk.load_actors(DATA / "world_actors.csv")
    assert tk.find_mentions(tokens, world).empty
    found = tk.find_candidates(tokens, world, STOPWORDS, tk.read_word_list(DATA / "titles.txt"))
    assert set(found["name"]) == {"Press Trust of India", "Kuwait Food Co", "Anwar Ibrahim"}


def test_a_party_word_and_its_plural_are_one_row_but_two_people_stay_two():
    text = ("Republicans blocked the bill on Monday. A Republican aide said the Republicans would vote again. "
            "Prince William met Serena Williams, and William thanked Williams. The Wallabies lost; the Wallaby coach "
            "left.")
    tokens = tk.tokens_table(tk.sentences_table(text))
    found = tk.find_candidates(tokens, tk.load_actors(DATA / "world_actors.csv"), STOPWORDS,
                               tk.read_word_list(DATA / "titles.txt"))
    counts = dict(zip(found["name"], found["count"]))
    assert counts["Republicans"] == 3 and "Republican" not in counts
    assert counts["Wallabies"] == 2 and "Wallaby" not in counts
    assert counts["Serena Williams"] == 2 and counts["William"] == 2


def test_titles_of_works_in_quotation_marks_are_not_candidates():
    text = ("The museum bought Ana Vell\u2019s painting \u201cYoung Man at His Window\u201d for $5 million. "
            "Her \u201cWooden Cabins among the Olive Trees\u201d sold too, Ana Vell said with a \u201cbig\u201d smile.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Ana Vell": 2}
    text = ("The prize went to Senem Tuzen\u2019s \u2018Motherland\u2019, and Ann Ito\u2019s \u2018Zorvath was cut. "
            "Dr Ann Ito of Civil Surgeon Bathinda\u2019s office was taken to Prince Mohammed Bin Abdulaziz Hospital.")
    assert found(text) == {"Senem Tuzen": 1, "Ann Ito": 2, "Zorvath": 1, "Bathinda": 1,
                           "Prince Mohammed Bin Abdulaziz Hospital": 1}


def test_products_units_plural_acronyms_and_letters_after_a_name_are_not_candidates():
    """A month is "Jun." with its full stop: "Jun" in "Lei Jun" is a name."""
    text = ("Lei Jun showed the Mi-3 phone with a 3D screen, 64 GB of memory and CDMA2000 in a black T-shirt. "
            "The states signed memoranda of understanding (MoUs). One MoU covers COP29, said Sir Tom Vale KC. "
            "The G7 and two CEOs agreed.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Lei Jun": 1, "Tom Vale": 1}


def test_a_job_title_and_its_acronym_are_not_candidates():
    text = ("Police Public Relations Officer (PPRO) Abdul Sani said the Inspector was held. The PPRO added more. "
            "Coun Nick Worth agreed. The Customs Area Controller, Frank Onyeka, spoke, and the CAC left.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Abdul Sani": 1, "Nick Worth": 1,
                                                                            "Frank Onyeka": 1}


def test_a_company_and_its_name_without_the_legal_form_are_one_row():
    text = "Xiaomi Corp launched a phone. Shares of Xiaomi rose. The House of Lords met. House Democrats left."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Xiaomi Corp": 2, "House of Lords": 1, "House Democrats": 1}


def test_a_countrys_name_or_capital_inside_a_company_name_is_not_the_country():
    text = ("China Mobile and China Telecom will sell it in China. He sued in the London County Court. "
            "Brazilian Vinicius Junior scored. The US Embassy and US Centers for Disease Control agreed. Goals came "
            "from the Solomon Islanders Atkin Kaua and Alvin Hou, at the Fiji FA Academy.")
    assert counted(text) == {"China": 1, "Brazil": 1, "United States": 2, "Solomon Islands": 1}
    names = set(candidates_table(text)["name"])
    assert {"China Mobile", "China Telecom", "London County Court", "Vinicius Junior", "Atkin Kaua",
            "Fiji FA Academy"} <= names
    squad = "Midfielders: Thomas Partey (Arsenal FC), Mohammed Kudus (Ajax Amsterdam). He flew to Amsterdam."
    assert counted(squad) == {"Netherlands": 1}  # a club's name in brackets, after a player's
    # A country's adjective before an organisation's or a thing's name is part of that name, as its name is.
    text = ("British Airways and Turkish Airlines cut flights. Alcaraz won the French Open and the FIFA World Cup "
            "began, said French officials.")
    assert counted(text) == {"France": 1, "FIFA": 1}
    assert {"British Airways", "Turkish Airlines"} <= set(candidates_table(text)["name"])


def test_an_exchange_and_a_division_are_organisations_and_end_no_name_early():
    text = ("The ISE led its rival, the Chicago Board Options Exchange (CBOE), and the New York Stock Exchange. "
            "Toyota\u2019s recall cost sales, Toyota Division General Manager Bob Carter said.")
    assert kinds_found(text) == {
        "ISE": "organisation", "Chicago Board Options Exchange": "organisation",
        "New York Stock Exchange": "organisation", "Toyota": "organisation", "Toyota Division": "organisation",
        "Bob Carter": "person"}


def test_teams_townships_municipalities_and_a_place_ending_in_north_get_their_kinds():
    text = ("The Black Stars beat the Super Eagles. Sohar Municipality and the Public Prosecution said Al Batinah "
            "North and Myingyan Township were hit, near Victoria Falls, and so were Grand Cayman and Little Cayman.")
    assert kinds_found(text) == {
        "Black Stars": "organisation", "Super Eagles": "organisation", "Sohar Municipality": "organisation",
        "Public Prosecution": "organisation", "Al Batinah North": "place", "Myingyan Township": "place",
        "Victoria Falls": "place", "Grand Cayman": "place", "Little Cayman": "place"}
    text = "Floods hit the town of Chincha and the regions of Tumbes, Piura and Lambayeque, said the Ministry of Ica."
    assert kinds_found(text) == {
        "Chincha": "place", "Tumbes": "place", "Piura": "place", "Lambayeque": "place",
        "Ministry of Ica": "organisation"}
    text = "Fires broke out in the areas of Lirqu\u00e9n, Penco and Quill\u00f3n, the Chilean agency Conaf said."
    assert kinds_found(text) == {
        "Lirqu\u00e9n": "place", "Penco": "place", "Quill\u00f3n": "place", "Conaf": "organisation"}
    text = ("Members of the Seventh Day Adventist Church and the Armed Offenders Squad visited Riverbanks Zoo and "
            "the Richland County Jail.")
    assert kinds_found(text) == {
        "Seventh Day Adventist Church": "organisation", "Armed Offenders Squad": "organisation",
        "Riverbanks Zoo": "organisation", "Richland County Jail": "place"}


def test_place_names_get_the_kind_place():
    text = ("Mia Roe moved from Los Angeles to Mount Isa, near the Lusail Cricket Ground, and then to Lincolnshire. "
            "FC Goa beat Jamshedpur at Sirathu Village, said Ade Bello of 6 Kano Road. He was stopped in Don St and "
            "worked at the Irving Shipyard.")
    assert kinds_found(text) == {
        "Mia Roe": "person", "Los Angeles": "place", "Mount Isa": "place", "Lusail Cricket Ground": "place",
        "Lincolnshire": "place", "FC Goa": "organisation", "Jamshedpur": "place", "Sirathu Village": "place",
        "Ade Bello": "person", "Kano Road": "place", "Don St": "place", "Irving Shipyard": "place"}
    text = "Officials of Texas and Benue met Ann Ito, said the Osaka office. Texas agreed. Toronto and Mumbai did too."
    assert kinds_found(text) == {
        "Texas": "place", "Benue": "place", "Osaka": "place", "Ann Ito": "person", "Toronto": "place",
        "Mumbai": "place"}
    text = ("Police raided shops in Prishtina, Peja and Mitrovica. Serbs in northern Kosovo protested. In Kisumu, "
            "Odinga spoke. They built boardwalks in Santo Domingo, San Pedro and Samaná.")
    assert kinds_found(text) == {
        "Prishtina": "place", "Peja": "place", "Mitrovica": "place", "Kosovo": "place", "Kisumu": "place",
        "Odinga": "organisation", "San Pedro": "place", "Samaná": "place"}
    text = "The Commissionerate of Food and Drugs met the Governor at Raj Bhavan, and the Directorate of Audit agreed."
    assert kinds_found(text) == {
        "Commissionerate of Food and Drugs": "organisation", "Raj Bhavan": "place",
        "Directorate of Audit": "organisation"}
    text = ("Police searched a house in Calder Lane and one in Bennett Place, on the Bath Estate. Officers of Pacu "
            "Enterprises and Zorin Corp. told the Marine Tribunal that Tito Ramos was in Rio Grande do Norte.")
    assert kinds_found(text) == {
        "Calder Lane": "place", "Bennett Place": "place", "Bath Estate": "place", "Pacu Enterprises": "organisation",
        "Zorin Corp.": "organisation", "Marine Tribunal": "organisation", "Tito Ramos": "person",
        "Rio Grande do Norte": "place"}
    text = "Coach Jon Jennings signed on Monday. The club gave a new deal to Jon."  # a first name, not a place
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Jon Jennings": 2}
    text = ("Clashes erupted in Limassol on Wednesday. Limassol CID is investigating. The Gladstone Airport "
            "Corporation will build a hangar at Gladstone Airport.")
    assert kinds_found(text) == {
        "Limassol": "place", "Limassol CID": "organisation", "Gladstone Airport": "place",
        "Gladstone Airport Corporation": "organisation"}


def test_a_months_short_form_is_a_month_beside_a_number_or_with_its_full_stop():
    text = "On Oct 9, Jan Novak met Lei Jun. They met again on 9 Jun 2023 and on Jan. 5."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Jan Novak": 1, "Lei Jun": 1}


def test_adverbs_currencies_diseases_and_scholarships_are_not_candidates():
    text = ("Apparently Acme Pay has many users. Notably, Acme Pay grew. The court fined Sami Rahim Tk 45 lakh. "
            "Cases of Hepatitis E rose, said Prof Ana Kerr, who runs the Blue River Scholarship. Acme Pay raised "
            "USD 1.3 billion, KES 500 million and $20,000 SBD, Senior Counsel Dana Obi said.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Acme Pay": 3, "Sami Rahim": 1, "Ana Kerr": 1, "Dana Obi": 1}


def test_a_country_after_an_envoys_title_is_the_country_and_a_persons_first_names_are_the_person():
    text = ("The launch was led by the High Commissioner to Malaysia Pam Dunn. Noor Ali Zadran and Rahmat Shah "
            "batted. Noor Ali made 46.")
    assert counted(text) == {"Malaysia": 1}
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Noor Ali Zadran": 2, "Pam Dunn": 1, "Rahmat Shah": 1}


def test_a_possessive_before_a_word_of_names_is_part_of_the_name():
    text = ("Tom Hale appeared at Hartlepool Magistrates' Court. Mass at St. Peter\u2019s Basilica ended. "
            "Biden\u2019s plan and the People\u2019s Assembly met the All Burma Students\u2019 Democratic Force.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Tom Hale": 1, "Hartlepool Magistrates\u2019 Court": 1, "St. Peter\u2019s Basilica": 1, "Biden": 1,
        "People\u2019s Assembly": 1, "All Burma Students\u2019 Democratic Force": 1}


def test_an_office_named_after_a_title_is_one_organisation():
    text = ("The Lake County Sheriff's Office arrested Dan Reyes. The Marion County District Attorney\u2019s Office "
            "and the Prime Minister's Office declined to comment, said Sheriff Ann Cole. The Prime Minister's office "
            "said Prime Minister Tom Hale would travel.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Lake County Sheriff\u2019s Office": 1, "Dan Reyes": 1, "Marion County District Attorney\u2019s Office": 1,
        "Prime Minister\u2019s Office": 1, "Ann Cole": 1, "Tom Hale": 1}


def test_a_news_agencys_credit_a_places_own_name_and_a_surname_of_nested_names():
    text = ("KOTA BARU, Jan 5 \u2014 Selangor had 14,132 evacuees today. Relief director Aminah Yusof said the Sungai "
            "Selangor rose at Kuala Krai. The other rivers are normal. \u2014 Bernama\n\n"
            "Leader Sonny Tau was sentenced today. Tau told reporters he accepted it. In May, Raniera Sonny Tau "
            "pleaded guilty. Tau was fined. \u2013 KUNA")
    table = candidates_table(text)
    assert dict(zip(*table[["name", "count"]].values.T)) == {
        "Selangor": 1, "Sungai Selangor": 1, "Kuala Krai": 1, "Aminah Yusof": 1, "Bernama": 1,
        "Raniera Sonny Tau": 4, "KUNA": 1}
    assert table.set_index("name").loc[["Sungai Selangor", "Kuala Krai"], "kind"].tolist() == ["place", "place"]


def test_a_company_and_its_ticker_and_a_name_ending_like_a_verb():
    text = ("Cisco Systems said it would buy Acacia Communications. Cisco (ticker: CSCO) expects the deal to close "
            "soon, and Acacia agreed. His Highness Sheikh Sabah Al-Khaled praised the Iran-backed plan.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Cisco Systems": 2, "Acacia Communications": 2, "Sabah Al-Khaled": 1}


def test_an_acronym_that_spells_the_adjective_too_makes_it_part_of_the_name_and_an_embassy_is_its_countrys():
    text = ("Tusker FC beat Posta Rangers in the Kenyan Premier League (KPL), and the KPL praised it. A reception at "
            "the Qatari Embassy and the World Health Organization (WHO) marked the Internet age. Kenyan fans cheered "
            "the Republic of Kenya.")
    assert counted(text) == {"Kenya": 2, "Qatar": 1, "World Health Organization": 2}
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Kenyan Premier League": 2, "Tusker FC": 1, "Posta Rangers": 1}


def test_a_name_before_and_and_a_ministers_field_titles_of_universities_and_police_and_adjectives_of_peoples():
    text = ("Students demanded the dismissal of Finance Minister Sinisa Mali and Education Minister Mladen Sarcevic. "
            "Rector Ivanka Popovic met them, and Garda Mark Durcan said Kurdish and Shiite parties cited Article 140. "
            "Newly floated firms grew. He was taken to Oamaru Police Station and then home to Oamaru.")
    table = candidates_table(text)
    assert dict(zip(*table[["name", "count"]].values.T)) == {
        "Sinisa Mali": 1, "Mladen Sarcevic": 1, "Ivanka Popovic": 1, "Mark Durcan": 1, "Oamaru Police Station": 1,
        "Oamaru": 1}
    assert table.set_index("name").loc["Oamaru Police Station", "kind"] == "place"


def test_a_person_of_a_country_names_the_country_and_an_organisation_of_a_country_does_not():
    text = ("Also present were Rafiu Adejare Bello of Nigeria and Sara Meymand of New Zealand. Rafael Nadal of Spain "
            "won. Ships in the Gulf of Mexico, the Alternative for Germany, the Central Bank of Nigeria and the "
            "Brothers of Italy, and the Government of Canada.")
    assert counted(text) == {"Nigeria": 1, "New Zealand": 1, "Spain": 1, "Canada": 1}


def test_a_title_in_small_letters_before_to_and_a_country_and_fm_as_a_title():
    text = ("MOSCOW: Foreign Minister (FM) Bilawal Bhutto Zardari arrived. He met Pakistan\u2019s ambassador to Russia "
            "Shafqat Ali Khan. FM Bilawal left.")
    assert counted(text) == {"Pakistan": 1, "Russia": 1}
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Bilawal Bhutto Zardari": 2, "Shafqat Ali Khan": 1}
    text = ("FM Bilawal arrived. Bilawal Bhutto Zardari met Sergey Lavrov. Bilawal Bhutto\u2019s visit ended at the "
            "Kampala Hotel.")
    assert candidates_table(text).values.tolist() == [
        ["Bilawal Bhutto Zardari", 3, "person"], ["Kampala Hotel", 1, "place"], ["Sergey Lavrov", 1, "person"]]


def test_names_joined_by_a_slash_count_and_a_countrys_adjective_inside_a_places_name_does_not():
    text = "Profits fell because of the Russia/Ukraine war. Firms in the British Virgin Islands and the UK gained."
    assert counted(text) == {"Russia": 1, "Ukraine": 1, "United Kingdom": 1}


def test_a_clubs_short_name_a_place_born_in_and_a_recorder():
    text = ("The Kariega-born striker scored for Chippa United. Chippa won again, and Jamshedpur beat Hyderabad FC in "
            "Jamshedpur. Honorary Recorder Judge Paul Batty QC sentenced him.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Chippa United": 2, "Jamshedpur": 2, "Hyderabad FC": 1, "Kariega": 1, "Paul Batty": 1}
    text = ("Eliud Kipchoge won the Berlin Marathon with a LeBron-esque calm. Journalist Fawz Mohammed asked him, and "
            "Photographer Ann Ito took a picture of the Kennedy-style speech.")
    assert found(text) == {"Eliud Kipchoge": 1, "LeBron": 1, "Fawz Mohammed": 1, "Ann Ito": 1, "Kennedy": 1}
    assert found("Ann Roe scored for Medeama SC on Sunday. Later Medeama beat Eleven Wonders.") == {
        "Ann Roe": 1, "Medeama SC": 2, "Eleven Wonders": 1}


def test_a_memorandum_of_understanding_and_permanent_secretaries_are_no_actors():
    text = ("The Permanent Secretaries agreed that Memoranda of Understanding (MoUs) would be signed, said Permanent "
            "Secretary Ann Oketch.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Ann Oketch": 1}


def test_ships_a_glued_first_word_and_vip_are_no_actors():
    text = ("Plain-clothed officers bought drugs in VIP areas, said Ann Cole. The USS Carl Vinson and BRP Sierra Madre "
            "sailed near Manila, and Hamas-backed groups and Iran-backed militias met before Euro 2016 and the Copa "
            "America.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Ann Cole": 1, "Hamas": 1}


def test_a_players_position_before_the_name_is_a_title():
    text = ("Hooker Codie Taylor scored twice. Striker Harry Kane and All-rounder Ben Stokes starred, said Skipper Tom "
            "Latham.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Codie Taylor": 1, "Harry Kane": 1, "Ben Stokes": 1, "Tom Latham": 1}


def test_a_source_before_a_dash_honorifics_and_a_low_comma():
    text = ("(MENAFN- Caribbean News Global) HE Saad bin Sherida Al Kaabi met prime minister Brigadier (Ret'd) Mark "
            "Phillips, said Dean Webster. Goals came from Daniel Cardoso\u201a Khama Billiat, said Robert Hur, the "
            "US Attorney.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "MENAFN": 1, "Caribbean News Global": 1, "Saad bin Sherida Al Kaabi": 1, "Mark Phillips": 1,
        "Dean Webster": 1, "Daniel Cardoso": 1, "Khama Billiat": 1, "Robert Hur": 1}


def test_a_surname_that_is_also_a_pronoun_and_a_vice_title():
    text = "The delegation, led by Vice Premier Liu He, arrived. Gao Feng said Liu He would sign."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Liu He": 2, "Gao Feng": 1}


def test_a_day_or_month_beside_a_country_is_no_part_of_its_name():
    text = "Officials met in Moscow Tuesday. Talks in Beijing January 5 ended. On Monday Japan agreed."
    assert counted(text) == {"Russia": 1, "China": 1, "Japan": 1}


def test_the_country_of_a_datelines_city_is_where_the_report_was_written():
    text = "DANANG, Vietnam (Reuters) - Ministers met in Vietnam. KYIV, Ukraine -- Russia attacked. Peru, Chile agreed."
    assert counted(text) == {"Vietnam": 1, "Russia": 1, "Peru": 1, "Chile": 1}
    table = candidates_table("NAIROBI, Kenya (AP) \u2014 Kenya\u2019s president William Ruto spoke.")
    assert dict(zip(table["name"], table["count"])) == {"AP": 1, "William Ruto": 1}


def test_a_party_named_without_its_word_party_is_one_row():
    text = "Prime Minister Ana Ruiz of the Labor Party won. Labor took 77 seats, and Labor will govern alone."
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {"Ana Ruiz": 1, "Labor Party": 3}


def found(text):
    return dict(zip(*candidates_table(text)[["name", "count"]].values.T))


def test_plural_titles_whips_time_zones_and_grand_slams():
    text = ("Republican Sens. John Cornyn and Rick Scott voted no, with Reps. Ann Wagner and Tom Cole. Majority Whip "
            "Dick Durbin agreed, as did Chief Whip Kate Roe. Shares closed at 4pm AEST, 2pm WIB and 8am CET. Novak "
            "Djokovic won his 24th Grand Slam title.")
    assert found(text) == {"John Cornyn": 1, "Rick Scott": 1, "Ann Wagner": 1, "Tom Cole": 1,
                           "Dick Durbin": 1, "Kate Roe": 1, "Novak Djokovic": 1}


def test_amendments_and_inquests_are_things_and_highways_are_places():
    text = ("The Political Parties (Amendment) Bill was tabled. The Coronial Inquest sat. Traffic on the Pacific "
            "Highway stopped, said Commission of Inquiry chair Ann Lee. The First Amendment protects speech.")
    table = candidates_table(text)
    kinds = dict(zip(table["name"], table["kind"]))
    assert not {"Amendment", "Political Parties", "First Amendment", "Coronial Inquest"} & set(kinds)
    assert (kinds["Pacific Highway"], kinds["Commission of Inquiry"], kinds["Ann Lee"]) == (
        "place", "organisation", "person")


def test_a_persons_surname_and_what_is_theirs_are_two_rows():
    text = ("Prime Minister Justin Trudeau switched two Cabinet ministers. The changes to Trudeau\u2019s Cabinet are "
            "the first this year. People\u2019s Bank chief Ann Lee agreed, as did Lee's Foundation.")
    table = candidates_table(text)
    assert dict(zip(table["name"], table["count"])) == {"Justin Trudeau": 2, "Ann Lee": 2, "People\u2019s Bank": 1,
                                                        "Foundation": 1}  # "Cabinet" alone is no name


def test_a_place_is_not_the_short_form_of_an_organisation_whose_name_ends_with_it():
    text = ("She was sworn in as the minister for the Federal Economic Development Agency for Southern Ontario. She "
            "lives in Ontario. Mane scored. A cross from Mane found Sadio Mane.")
    assert found(text) == {"Federal Economic Development Agency for Southern Ontario": 1, "Ontario": 1,
                           "Sadio Mane": 3}


def test_fields_before_a_bracket_ellipses_japanese_no_and_a_title_opening_an_organisations_name():
    text = ("The party keeps the Minister of Defense (currently Kalle Laanet) and Minister of Rural Affairs (Urmas "
            "Kruuse). It was Prime Minister Robert Abela\u2026 and the NGO Repubblika. Taoiseach Leo Varadkar met the "
            "Nippon Ishin no Kai. The General Labor Confederation marched to the Spanish Town Parish Court Complex.")
    kinds = kinds_found(text)
    assert kinds.pop("Nippon Ishin no Kai")  # a party, but no English word in its name says so
    assert kinds == {
        "Kalle Laanet": "person", "Urmas Kruuse": "person", "Robert Abela": "person", "Repubblika": "organisation",
        "Leo Varadkar": "person", "General Labor Confederation": "organisation",
        "Spanish Town Parish Court Complex": "place"}
    assert counted(text) == {}  # "Spanish Town" is no Spanish


def test_a_plural_title_before_a_list_sultan_as_a_first_name_and_a_minister_of_state_for_a_field():
    text = ("He met Senators Olamilekan Adeola, Opeyemi Bamidele and Hon. James Faleke on Popes Lane. Outgoing "
            "minister Sultan Al Badi was thanked, and Sultan Ibrahim Iskandar spoke. Ms Al Mheiri, who was Minister of "
            "State for Food Security, continues. Sheikh Mohammed bin Rashid, Ruler of Dubai, agreed.")
    assert found(text) == {"Olamilekan Adeola": 1, "Opeyemi Bamidele": 1, "James Faleke": 1, "Popes Lane": 1,
                           "Sultan Al Badi": 1, "Ibrahim Iskandar": 1, "Al Mheiri": 1, "Mohammed bin Rashid": 1,
                           "Dubai": 1}


def test_a_ministrys_fields_joined_by_an_ampersand_and_the_minority_before_a_party():
    text = ("The Ministry of Local Government, Decentralisation & Rural Development agreed. The Minority NDC walked "
            "out. Majority Leader Ann Lee spoke.")
    assert found(text) == {"Ministry of Local Government, Decentralisation & Rural Development": 1, "NDC": 1,
                           "Ann Lee": 1}


def test_parties_named_in_other_languages_and_cricket_boards_and_teams_are_organisations():
    text = ("Parti Amanah Negara and Pakatan Harapan won. Pakistan Tehreek-e-Insaf leaders met. Sri Lanka Cricket "
            "sacked them, and Rajasthan Royals signed Jos Buttler. The Partido Revolucionario Institucional lost.")
    kinds = kinds_found(text)
    assert kinds.pop("Jos Buttler") == "person"
    assert kinds == dict.fromkeys(["Parti Amanah Negara", "Pakatan Harapan", "Pakistan Tehreek-e-Insaf",
                                   "Sri Lanka Cricket", "Rajasthan Royals", "Partido Revolucionario Institucional"],
                                  "organisation")
    assert counted(text) == {}  # the board is not Sri Lanka


def test_an_acronym_opening_a_sentence_is_a_mention_not_a_dateline():
    text = ("Leaders met in Brussels on Monday. NATO said it would act. UK officials agreed. US President Barack Obama "
            "spoke. NATO, the EU and Japan agreed.")
    assert counted(text) == {"NATO": 2, "United Kingdom": 1, "United States": 1, "European Union": 1, "Japan": 1}
    text = ("WASHINGTON (Reuters) - The US said. KYIV, Ukraine (AP) \u2014 Ukraine agreed. SEOUL, Oct. 28 (Yonhap) -- "
            "China spoke. ISLAMABAD: Pakistan said.")
    assert counted(text) == {"United States": 1, "Ukraine": 1, "China": 1, "Pakistan": 1}


def test_a_list_with_bullets_is_no_headline_and_a_persons_party_in_brackets_is_no_short_form():
    text = ("The full list is \u2013\n\n\u2022 Justice \u2013 Naomi Long, Alliance\n\n\u2022 Health \u2013 Robin "
            "Swann, UUP\n\nThe two junior ministers are Aisling Reilly (SF) and Pam Cameron (DUP). The DUP agreed. The "
            "Democratic Unionist Party (DUP) met. Andr\u00e9s Manuel L\u00f3pez Obrador (AMLO) spoke, and AMLO left.")
    assert found(text) == {"Naomi Long": 1, "Alliance": 1, "Robin Swann": 1, "UUP": 1, "Aisling Reilly": 1, "SF": 1,
                           "Pam Cameron": 1, "Democratic Unionist Party": 3, "Andr\u00e9s Manuel L\u00f3pez Obrador": 2}


def test_honorifics_in_short_a_disease_a_constabulary_and_a_star_newspaper():
    text = ("H.E Nana Addo Dankwa Akufo-Addo spoke. Uganda reported Ebola Virus Disease cases. The Frontier "
            "Constabulary and Rangers were deployed. The Daily Star reported it from Nirbachan Bhaban. Senior Ministry "
            "of Health officials met.")
    kinds = kinds_found(text)
    assert kinds == {"Nana Addo Dankwa Akufo-Addo": "person", "Frontier Constabulary": "organisation",
                     "Rangers": "organisation", "Daily Star": "organisation", "Nirbachan Bhaban": "place",
                     "Ministry of Health": "organisation"}


def test_a_place_the_course_knows_after_a_ministers_of_is_a_place_not_a_field():
    text = ("Michelle O\u2019Neill was elected first minister of Northern Ireland. Secretary of State for Northern "
            "Ireland Chris Heaton-Harris spoke. The Minister of Health, Ann Lee, agreed.")
    assert found(text) == {"Michelle O\u2019Neill": 1, "Northern Ireland": 1, "Chris Heaton-Harris": 1, "Ann Lee": 1}


def test_israel_alone_is_the_country_but_not_inside_a_persons_name():
    text = ("PM calls for bringing Israel to justice\n\nThe talks between Israel and the Palestinians began. Israel "
            "Adesanya won the fight, and Adesanya thanked his fans.")
    assert counted(text) == {"Israel": 2, "Palestine": 1}
    assert found(text) == {"Israel Adesanya": 2}


def test_newspapers_are_organisations_and_not_their_countries():
    text = ("The Samoa Observer and the Jamaica Observer reported it. The Daily Monitor, the Philippine Daily "
            "Inquirer, the Daily Telegraph and the San Francisco Chronicle agreed.")
    table = candidates_table(text)
    assert dict(zip(table["name"], table["kind"])) == {
        "Samoa Observer": "organisation", "Jamaica Observer": "organisation", "Daily Monitor": "organisation",
        "Philippine Daily Inquirer": "organisation", "Daily Telegraph": "organisation",
        "San Francisco Chronicle": "organisation"}
    assert counted(text) == {}


def test_a_ministers_field_of_work_is_no_actor_but_the_name_after_it_is():
    text = ("He was met by Minister of State for Information and Broadcasting Rajesh Pandurang. The Secretary of "
            "Agriculture, Luis Marquez, came with Minister of Foreign Affairs Ambassador Jorge Ferrante. Minister of "
            "Health Michael Smith said so. The Speaker of the Chamber of Deputies, Emilio Varela, agreed. Then "
            "Federal Emergency Management Minister Ian Rowe said that Local Recovery and Resilience Grants would help.")
    assert found(text) == {"Rajesh Pandurang": 1, "Luis Marquez": 1, "Jorge Ferrante": 1, "Michael Smith": 1,
                           "Chamber of Deputies": 1, "Emilio Varela": 1, "Ian Rowe": 1}
    text = ("Chief of Public Security Tariq Hassan said so. Director of Communications Jane Doe agreed. Head of "
            "Policy Li Wu left. Minister of Oil Ann Roe and Minister of Health Ben Ito met the vice president of "
            "Economy and Minister of Water, Lia Sosa.")
    assert found(text) == {"Tariq Hassan": 1, "Jane Doe": 1, "Li Wu": 1, "Ann Roe": 1, "Ben Ito": 1, "Lia Sosa": 1}
    text = ("Pham Tuan, former Director of Bach Dang Enterprise, got five years. The Managing Director of Tema Oil "
            "Refinery, Kofi Mensah, and the Minister of National Security and Intelligence Services Ann Roe spoke.")
    assert kinds_found(text) == {
        "Pham Tuan": "person", "Bach Dang Enterprise": "organisation", "Tema Oil Refinery": "organisation",
        "Kofi Mensah": "person", "Ann Roe": "person"}


def test_a_field_ending_a_sentence_and_a_field_that_is_also_a_title_are_no_actors():
    text = ("Jane Poole MHK has been appointed as Minister for Justice and Home Affairs. Julie Edge MHK has been "
            "appointed as Minister for Education, Sport and Culture. He met the Secretary of state. The Isle of Man "
            "won the ODI. The Minister for Agriculture, Forestry, Livestock, Fisheries and Biodiversity is Hosea Nevu.")
    assert found(text) == {"Jane Poole": 1, "Julie Edge": 1, "Isle of Man": 1, "Hosea Nevu": 1}
    assert candidates_table(text).set_index("name").loc["Isle of Man", "kind"] == "place"


def test_honorifics_of_malaysia_and_cambodia_and_lawyers_titles_are_no_part_of_a_name():
    text = ("Dato’ Seri Anwar bin Ibrahim met Samdech Akka Moha Sena Padei Techo Hun Sen. Later Samdech Techo Hun "
            "Sen spoke. President’s Counsel Kuvera Perera and Attorney-at-law Sanjaya Fonseka appeared. The Custodian "
            "of the Two Holy Mosques King Salman agreed.")
    assert found(text) == {"Anwar bin Ibrahim": 1, "Hun Sen": 2, "Kuvera Perera": 1, "Sanjaya Fonseka": 1,
                           "Salman": 1}


def test_an_envoys_field_and_a_field_after_a_title_in_small_letters_are_no_actors():
    text = ("Special Envoy for Climate Change John Kerry met the envoy for Counterterrorism and Mediation Dr Ali Said. "
            "The minister for Health and Welfare Ann Roe spoke. Special Envoy for Yemen Hans Berg agreed, and so did "
            "the Ambassador for Climate Action Ben Ito.")
    assert found(text) == {"John Kerry": 1, "Ali Said": 1, "Ann Roe": 1, "Hans Berg": 1, "Ben Ito": 1}
    assert counted(text) == {"Yemen": 1}


def test_a_field_with_no_name_after_it_and_a_rare_field_before_minister_are_no_actors():
    text = ("He met the Minister for Energy and Natural Resources here on Saturday. Economic Revitalization Minister "
            "Akira Amari came, and so did Secretary of Modernization Andres Ibarra.")
    assert found(text) == {"Akira Amari": 1, "Andres Ibarra": 1}


def test_a_country_after_a_title_and_of_is_the_country_and_the_name_after_it_a_person():
    text = "President of Argentina Mauricio Varela arrived. Prime Minister of Japan Kenji Ota met him."
    assert counted(text) == {"Argentina": 1, "Japan": 1}
    assert found(text) == {"Mauricio Varela": 1, "Kenji Ota": 1}


def test_a_country_after_a_ministers_field_and_of_is_the_country():
    text = ("The Minister of Foreign Affairs of Cambodia met Joe Bloggs. Sok Heng, Minister of Foreign Affairs and "
            "International Cooperation of Cambodia, said so. Ann Roe, Secretary of State for Information of Kenya, "
            "and the Ministry of Health of Ghana agreed. Ships sailed in the Gulf of Mexico. Minister for Foreign "
            "Affairs Olena Tkachuk of Ukraine came.")
    assert counted(text) == {"Cambodia": 2, "Kenya": 1, "Ghana": 1, "Ukraine": 1}
    assert found(text) == {"Joe Bloggs": 1, "Sok Heng": 1, "Ann Roe": 1, "Ministry of Health": 1,
                           "Gulf of Mexico": 1, "Olena Tkachuk": 1}


def test_things_with_and_in_their_names_and_their_acronyms_are_no_actors():
    text = ("The Tracking Data and Relay Satellite (TDRS-K) flew. Council Member Tag Brown opposed the Future Land "
            "Use Plan (FLUP). Later the FLUP passed. Health Officer Gib Moreno said the DSE Broad Index (DSEX) fell.")
    assert found(text) == {"Tag Brown": 1, "Gib Moreno": 1}


def test_an_acronym_of_words_in_small_letters_and_an_advisers_field_are_no_actors():
    text = ("The telco must improve its quality of services (QoS), and the non-governmental organisation (NGO) "
            "agreed. The Special Adviser to the President on Media and Publicity, Mr Femi Adeyemi, said so. The Senior "
            "Adviser to the Prime Minister for Economic Affairs Ali Raza and Undersecretary Tom Hall agreed.")
    assert found(text) == {"Femi Adeyemi": 1, "Ali Raza": 1, "Tom Hall": 1}


def test_an_acronym_the_article_spells_out_in_small_letters_is_not_the_known_actor():
    assert counted("Infant milk formula (IMF) sales grew 18 percent. IMF sales in China rose.") == {"China": 1}
    assert counted("The International Monetary Fund (IMF) agreed. The IMF said so.") == {
        "International Monetary Fund": 3}


def test_storms_operations_and_trophies_are_no_actors():
    text = ("Rains like Hurricane Harvey hit Texas, said Ann Ito. Operation Sindoor ended. In the final, Kerala won "
            "the Santosh Trophy.")
    assert found(text) == {"Texas": 1, "Ann Ito": 1, "Kerala": 1}
    text = ("As Tropical Depression Agaton neared Mindanao, Agaton killed 40. Typhoon Carina (Gaemi) and tropical "
            "cyclones Crising (Wipha), Dante, and Emong (Co-May) hit Luzon. Later Carina, Gaemi and Dante left. The "
            "Super Eagles beat the Melbourne Storm, and the Eagles were happy.")
    assert found(text) == {"Mindanao": 1, "Luzon": 1, "Super Eagles": 2, "Melbourne Storm": 1}
    text = "The court extended the Enjoining Orders, and Ann Ito attended the Royal Audience and the Terawih Prayer."
    assert found(text) == {"Ann Ito": 1}
    text = ("The toll from Tropical Cyclone Freddy (TCF) rose, and the TCF moved on. Prices rose from GHC 12,800 to "
            "GHC 20,943, or KZT 500,000, said the President of the Republic Pedro Ruiz.")
    assert found(text) == {"Pedro Ruiz": 1}


def test_months_joined_by_a_hyphen_and_time_zones_are_no_names_and_a_dangling_hyphen_is_dropped():
    text = ("Trading was dull (July-August), said CMO Ann Ito at 9 p.m. CST. The new Green Party- up to 7 "
            "seats - and the Green Party agreed.")
    assert found(text) == {"Ann Ito": 1, "Green Party": 2}


def test_a_ministrys_fields_joined_by_and_belong_to_its_name_but_two_organisations_stay_two():
    text = ("The Ministry of Health and Family Welfare said so. Southwest Airlines and American Airlines fly here. "
            "The Department of Energy and Google settled. Funds go through the Centers for Disease Control and "
            "Prevention to states, said Dallas County Health and Human Services Director Phil Huang.")
    assert found(text) == {"Ministry of Health and Family Welfare": 1, "Southwest Airlines": 1,
                           "American Airlines": 1, "Department of Energy": 1, "Google": 1,
                           "Centers for Disease Control and Prevention": 1,
                           "Dallas County Health and Human Services": 1, "Phil Huang": 1}
    text = ("Staff of the Ministry of Finance and Economy went to Sheikh Abu Naser Stadium and King Fahd Hospital. "
            "The East and North Herts NHS Trust agreed with Rep. Ann Hill and President Tom Park.")
    table = candidates_table(text).set_index("name")
    assert dict(table["count"]) == {"Ministry of Finance and Economy": 1, "Sheikh Abu Naser Stadium": 1,
                                    "King Fahd Hospital": 1, "East and North Herts NHS Trust": 1, "Ann Hill": 1,
                                    "Tom Park": 1}
    assert table.loc["Ann Hill", "kind"] == table.loc["Tom Park", "kind"] == "person"
    text = ("Dr Jean Kaseya, head of the Africa Centers for Disease Control and Prevention, spoke. So did the Public "
            "Authority for Civil Defence and Ambulance.")
    assert found(text) == {"Jean Kaseya": 1, "Africa Centers for Disease Control and Prevention": 1,
                           "Public Authority for Civil Defence and Ambulance": 1}


def test_sheikh_after_a_first_name_is_part_of_the_name():
    text = ("President Hassan Sheikh Mohamud saw them off. The bomber, Hassan Mohamed Mohamud, had left. Prime "
            "Minister Sheikh Hasina and the Amir Sheikh Sabah Al-Ahmad met. Hasina spoke. Aarif Sheikh batted.")
    counts = found(text)
    assert counts["Hassan Sheikh Mohamud"] == counts["Hassan Mohamed Mohamud"] == 1 and counts["Hasina"] == 2
    assert counts["Sabah Al-Ahmad"] == counts["Aarif Sheikh"] == 1  # after "the Amir", a title


def test_a_ministrys_fields_in_a_list_with_commas_belong_to_its_name():
    text = ("The decree merged the Ministry of Local Government, Decentralization and Rural Development with the "
            "Ministry of Fisheries and Aquaculture; the Ministry of Health, Labour and Welfare, the Ministry of Roads "
            "and Highways and the Ministry of Finance, Parliament and the Central Bank agreed. Staff from the "
            "Department of Justice and Apple met in the government of President Rafael Ortiz.")
    assert found(text) == {"Ministry of Local Government, Decentralization and Rural Development": 1,
                           "Ministry of Fisheries and Aquaculture": 1, "Ministry of Health, Labour and Welfare": 1,
                           "Ministry of Roads and Highways": 1, "Ministry of Finance": 1, "Parliament": 1,
                           "Central Bank": 1, "Department of Justice": 1, "Apple": 1, "Rafael Ortiz": 1}


def test_a_rare_word_opening_a_sentence_is_a_name_even_alone():
    text = ("Officials met. Karnataka has 15 cases. Overcrowded camps worry officials. Analysts agree. "
            "Underscoring the point, officials left. Henceforth they meet weekly. Forecasters warned of Lassa "
            "fever. /TASS/")
    assert found(text) == {"Karnataka": 1, "TASS": 1}


def test_an_acronym_in_brackets_goes_with_the_whole_name_before_it_and_plural_things_are_things():
    text = ("Trade and Investment Minister Ann Webb will restart the Free Trade Agreements (FTA) talks, the Department "
            "of Foreign Affairs and Trade (DFAT) said. The DFAT release said she meets Minister for Strategy and "
            "Finance, Dr Hyun Oh-seok, and senior Japanese Ministers.")
    assert found(text) == {"Ann Webb": 1, "Department of Foreign Affairs and Trade": 2, "Hyun Oh-seok": 1}


def test_a_dateline_in_small_letters_before_a_date_is_where_the_report_was_written():
    text = ("New Delhi, Feb 17: President of Argentina Mauricio Varela arrived in India. Seoul, Monday 5 (Yonhap) -- "
            "Officials in Seoul agreed. On Monday, 17 people met in Tokyo.")
    assert counted(text) == {"Argentina": 1, "India": 1, "South Korea": 1, "Japan": 1}


def test_every_countrys_people_count_in_the_plural_too():
    text = "Tens of thousands of Slovakians protested, joined by Uzbekistanis, Tajikistanis and Frenchwomen."
    assert counted(text) == {"Slovakia": 1, "Uzbekistan": 1, "Tajikistan": 1, "France": 1}
    assert found(text) == {}


def test_a_us_politicians_party_and_home_town_is_no_mention_but_the_town_is_a_candidate():
    text = ("The vote was close. Rep. Jed Hill, R-Belgrade, and Rep. Ann Lee, R-Great Falls, met Sen. Tom Ray (R-Ky.) "
            "and Rep. Ava Cole (D-N.Y.). Serbia was not there.")
    assert counted(text) == {"Serbia": 1}
    assert found(text) == {"Jed Hill": 1, "Belgrade": 1, "Ann Lee": 1, "Great Falls": 1, "Tom Ray": 1, "Ava Cole": 1}


def test_a_byline_is_no_headline_and_names_no_actor():
    text = ("Deaths Climb To 12\n\nBy Priam Nepomuceno | Philippine News Agency\n\nDeaths rose in Western Visayas. "
            "By Tuesday, Manila agreed.")
    assert counted(text) == {"Philippines": 1}
    assert found(text) == {"Philippine News Agency": 1, "Western Visayas": 1}


def test_a_datelines_country_before_a_date_is_part_of_the_dateline():
    text = "BWERA, Uganda, June 13, 2019 (BSS/AFP) \u2013 A woman in Uganda died, a health official told AFP."
    assert counted(text) == {"Uganda": 1}
    assert found(text) == {"BSS": 1, "AFP": 2}  # two agencies
    text = ("Freeport, Bahamas, July 10th 2017: Ahead of the plans, Labour Minister Dion Foulkes met unions in "
            "Freeport, to take prisoners from Point A to Point B.")
    assert counted(text) == {}
    assert found(text) == {"Dion Foulkes": 1, "Freeport": 1}


def test_a_dateline_before_a_full_stop_and_a_dash_is_where_the_report_was_written():
    assert tk.word_tokens("Santo Domingo.- The minister left.")[:3] == ["Santo", "Domingo", ".-"]
    assert tk.word_tokens("It was 3.-4 degrees.") == ["It", "was", "3.-4", "degrees", "."]
    text = "Santo Domingo.- Tourism Minister Ana Ruiz spoke. CARACAS.-The minister met Luis Paz in Caracas."
    assert found(text) == {"Ana Ruiz": 1, "Luis Paz": 1}
    assert counted(text) == {"Venezuela": 1}


def test_a_dateline_in_brackets_is_where_the_report_was_written():
    assert found("(NEW YORK) — Officials met Ann Ito in New York.") == {"Ann Ito": 1, "New York": 1}
    assert found("(AP) — Officials met Ann Ito.") == {"AP": 1, "Ann Ito": 1}  # a news agency, not a place
    # The country in square brackets, and the first word after the colon opens the sentence.
    assert found("Margao (Goa) [India]: Authorities met Ann Ito in Margao.") == {"Ann Ito": 1, "Margao": 1}
    assert found("New Delhi [India], May 3 (ANI): Authorities met Ann Ito.") == {"ANI": 1, "Ann Ito": 1}
    assert counted("Margao (Goa) [India]: Authorities met Ann Ito. New Delhi [India], May 3: India agreed.") == {
        "India": 1}
    # A place and its country before a dash, even with the dash glued to the next word.
    text = "Kampala, Uganda -President Yoweri Museveni will visit Kenya. Uganda agreed."
    assert counted(text) == {"Kenya": 1, "Uganda": 1}
    assert found(text) == {"Yoweri Museveni": 1}
    # A US state's short form, which the sentence splitter may cut off from the rest of the dateline.
    assert found("NORTH BEND, Ore. (KTVZ) -- Three fishermen were rescued, said Ann Ito.") == {"KTVZ": 1,
                                                                                                "Ann Ito": 1}


def test_a_common_word_opening_a_sentence_is_not_counted_with_a_name_it_ends():
    assert found("The email was viewed by Bloomberg News. News of the pause spread.") == {"Bloomberg News": 1}


def test_a_legislators_title_after_a_name_and_a_hyphenated_title_are_no_names():
    text = ("C. Puttaranga Shetty, MLA, and others took part. The MLA said so. Pro-Chancellor C.N. Ashwath Narayan, "
            "the IT and BT Minister, spoke about IT jobs.")
    assert found(text) == {"C. Puttaranga Shetty": 1, "C.N. Ashwath Narayan": 1}


def test_ranks_in_their_short_forms_and_us_titles_split_names():
    text = ("The fire was out, said Capt. Barrett Baker of the fire service. US District Judge Charles Breyer "
            "sentenced the former California State Senator for bribery. Rev. Al Green and Det. Insp. Tom Hall agreed.")
    assert found(text) == {"Barrett Baker": 1, "Charles Breyer": 1, "California": 1, "Al Green": 1, "Tom Hall": 1}


def test_an_acronym_is_counted_with_the_one_name_it_spells_and_initials_may_follow_each_other():
    text = ("The strike, called by the National Union of Teachers, went ahead. The NUT said so. Rourkela/Allahabad, "
            "May 25: Ten coaches, S1 to S6, derailed, said manager V. K. Tripathi.")
    assert found(text) == {"National Union of Teachers": 2, "V. K. Tripathi": 1}


def test_a_place_is_not_the_short_form_of_an_organisation_named_after_it():
    assert found("Staff of the Bank of New York met officials in New York.") == {"Bank of New York": 1,
                                                                                  "New York": 1}
    text = ("Crews from Coast Guard Station Coos Bay sailed to the entrance to Coos Bay. Will Rogers World Airport "
            "grew. Flights from Will Rogers World Airport rose.")
    assert found(text) == {"Coast Guard Station Coos Bay": 1, "Coos Bay": 1, "Will Rogers World Airport": 2}


def test_spellings_with_and_without_accents_are_one_name():
    text = "The club signed Viktor Gyökeres on Monday. Viktor Gyokeres scored twice. Viktor said he was happy."
    assert found(text) == {"Viktor Gyökeres": 3}


def test_initials_are_counted_with_the_full_name_and_then_the_surname_too():
    text = "Former judge Surendra Kumar Sinha (SK Sinha) was jailed. SK Sinha denied it. Sinha left early."
    assert found(text) == {"Surendra Kumar Sinha": 4}


def test_an_ambiguous_country_after_a_title_of_its_own_leaders_counts():
    text = ("PM Ali Khan met President of Guinea Alpha Conde. He offered Guinea help. Governor of Georgia Brian Kemp "
            "and Jordan Henderson were not there.")
    assert counted(text) == {"Guinea": 2}
    assert "Alpha Conde" in found(text)
def test_an_ampersand_for_and_a_province_like_an_adjective_and_names_of_police_and_press():
    text = ("Trinidad & Tobago beat Bosnia & Herzegovina in Port of Spain, The Canadian Press said. Fires burn in "
            "British Columbia. Halifax Regional Police arrested two men, and Halifax Regional Police took them to the "
            "Halifax Regional Police Headquarters.")
    assert counted(text) == {"Trinidad and Tobago": 2, "Bosnia and Herzegovina": 1}
    assert candidates_table(text)[["name", "count", "kind"]].values.tolist() == [
        ["Halifax Regional Police", 2, "organisation"], ["British Columbia", 1, "place"],
        ["Halifax Regional Police Headquarters", 1, "place"], ["The Canadian Press", 1, "organisation"]]



def test_an_organisation_named_for_a_thing_and_a_field_ending_in_ism_ry_or_gy():
    text = ("The Commission on Elections and the Institute for the Study of War met observers of the Asian Network "
            "for Free Elections. The Ministry of Culture and Tourism and the Ministry of Science and Technology "
            "agreed, after the World Cup and before the Paris Agreement.")
    assert dict(zip(*candidates_table(text)[["name", "count"]].values.T)) == {
        "Asian Network for Free Elections": 1, "Commission on Elections": 1, "Institute for the Study of War": 1,
        "Ministry of Culture and Tourism": 1, "Ministry of Science and Technology": 1}


def test_bullets_bars_spanish_names_an_acronym_before_a_country_and_names_joined_by_a_hyphen():
    text = ("Cases rose.\n\n\u2022 Laboratory tests confirmed it, the laboratory said.\n\nGains| First Citizens Bank "
            "rose. Oil from Petroleos de Venezuela rose, said PFA Ireland. The Arce-Morales rift grew as Luis Arce and "
            "Evo Morales met. Minister Kojo Oppong-Nkrumah spoke, and Oppong Nkrumah said jobs will come. Manmohan "
            "Singh-Gilani talks began when Yousuf Raza Gilani met Manmohan Singh.")
    assert counted(text) == {}  # Venezuela and Ireland here are parts of longer names
    assert found(text) == {"Kojo Oppong-Nkrumah": 2, "Manmohan Singh": 2, "Evo Morales": 1, "First Citizens Bank": 1,
                           "Luis Arce": 1, "PFA Ireland": 1, "Petroleos de Venezuela": 1, "Yousuf Raza Gilani": 1}


def test_a_reports_first_words_in_capitals_and_days_are_no_actors():
    text = ("A MAN has been jailed after a fight on Anzac Day in Burnley. A YORK man was held at York Crown Court. "
            "PREMIUM TIMES reported it. MARK Drakeford opened a hospital on National Day.")
    assert found(text) == {"Burnley": 1, "Drakeford": 1, "PREMIUM TIMES": 1, "YORK": 1, "York Crown Court": 1}


def test_a_job_title_before_a_name_an_agencys_credits_projects_finals_and_portuguese_names():
    text = ("Accounts Officer N. Muthu, Officer Paul Smith and Assembly Member Meg Zalatel met TWF Managing Director "
            "Zafer Sonmez before the NRL Finals and the Great Pompeii Project, as Rio Grande do Sul flooded. "
            "(Reporting by Chris Nusatya; Editing by Matthew Bigg and Ron Popeski)")
    assert found(text) == {"Meg Zalatel": 1, "N. Muthu": 1, "Paul Smith": 1, "Rio Grande do Sul": 1, "TWF": 1,
                           "Zafer Sonmez": 1}


def test_a_verb_opening_a_sentence_a_list_after_semicolons_and_a_street_named_after_a_capital():
    text = ("Accusing Morales of treason, Luis Arce spoke. Evo Morales left. Downing Street said so. Symptoms are "
            "fevers; Nausea; Vomiting and rashes. Officers went to Berlin Avenue for a report.")
    assert counted(text) == {}
    assert found(text) == {"Evo Morales": 2, "Berlin Avenue": 1, "Downing Street": 1, "Luis Arce": 1}


def test_money_ministers_in_a_list_and_titles_of_many_countries():
    text = ("Exports were worth 8 billion US dollars, or US$2 million, in Dar es Salaam, as Arabs noted. Minister of "
            "Oil, Electricity and Water Khalid Al-Fadhil, Minister for Forest and Environment Pradeep Yadav, Former "
            "President Mohamed Nasheed, President-Elect Ibrahim Solih, the Attaché Leena Khan, MK Uri Orbach, DCOP "
            "Ken Yeboah and the CEO of SL Mining Craig Dean met.")
    assert counted(text) == {}
    assert found(text) == {"Craig Dean": 1, "Dar es Salaam": 1, "Ibrahim Solih": 1, "Ken Yeboah": 1,
                           "Khalid Al-Fadhil": 1, "Leena Khan": 1, "Mohamed Nasheed": 1, "Pradeep Yadav": 1,
                           "SL Mining": 1, "Uri Orbach": 1}


def test_organisations_named_after_a_country_capitals_opening_a_report_and_things_with_numbers():
    text = ("Troops of the Malawi Defence Force and the China Foreign Ministry helped, as did the US Centers for "
            "Disease Control. Argentina´s Central Bank agreed.\n\nTHE ASHANTI Regional Police Command said Sh5,000 "
            "was stolen before World War II, during the Warsaw Uprising and the Group Stage.\n\nDUNDALK HAVE appointed "
            "Ian Lee, Sports Reporter Sam Alfan wrote. Injured Mane named in squad, as Sadio Mane rests. Tobacco "
            "Control Commission officials said the tobacco was fine. Lawyer Danstan Omari said so.")
    assert counted(text) == {"Argentina": 1, "China": 1, "United States": 1}
    assert found(text) == {"ASHANTI Regional Police Command": 1, "Centers for Disease Control": 1, "Central Bank": 1,
                           "DUNDALK HAVE": 1, "Danstan Omari": 1, "Foreign Ministry": 1, "Ian Lee": 1,
                           "Malawi Defence Force": 1, "Sadio Mane": 2, "Sam Alfan": 1, "Tobacco Control Commission": 1}


def test_a_ministers_name_with_particles_storms_numbers_scientists_and_two_agencies_joined_by_a_hyphen():
    text = ("Minister of Finance Mohammed al-Jadaan and Minister of Information Turki bin Abdullah al-Shabana met as "
            "Tropical Depression Agaton and Storm Babet passed. LCC Staff Scientist Mike Winslow joined Phase III of "
            "the Isro-CNES mission with Isro and CNES.")
    assert found(text) == {"CNES": 1, "Isro": 1, "Mike Winslow": 1, "Mohammed al-Jadaan": 1,
                           "Turki bin Abdullah al-Shabana": 1}


def test_a_line_of_results_is_no_headline():
    text = ("Gor Mahia won again on Sunday.\n\nFKF Premier League Results\n\nSofapaka 2-1 Posta Rangers\n\n"
            "Shabana 1-1 FC Talanta")
    assert found(text) == {"FC Talanta": 1, "Gor Mahia": 1, "Posta Rangers": 1, "Shabana": 1, "Sofapaka": 1}


def test_a_peoples_word_before_a_persons_name_and_a_city_before_olympic():
    text = ("Mpofu took over from Englishman Mark Harrison. The 1976 Montreal Olympic silver medallist spoke at the "
            "Olympic House. The Kurdish Regional Government agreed, as did the Eastern Caribbean States (ECS).")
    assert found(text) == {"Eastern Caribbean States": 1, "Kurdish Regional Government": 1, "Mark Harrison": 1,
                           "Montreal": 1, "Mpofu": 1, "Olympic House": 1}


def test_codes_launch_vehicles_and_a_member_before_a_name():
    text = ("Town Planning Member B.N. Girish said the Model Code of Conduct applies, as the Satellite Launch Vehicle "
            "flew, and the Treaty of Versailles was signed.")
    assert found(text) == {"B.N. Girish": 1}


def test_festivals_meetings_partnerships_and_budgets_are_things():
    text = ("At the Brighton Festival, Jane Smith said the Leaders Meeting, the Trans-Pacific Partnership and the "
            "Federal Budget would wait.")
    assert found(text) == {"Jane Smith": 1}


@pytest.mark.parametrize("name", ["titles.txt", "not_names.txt", "common_nouns.txt", "region_words.txt",
                                  "place_names.txt", "stopwords.txt", "name_words.csv"])
def test_each_word_list_holds_each_entry_once(name):
    lines = [line.split(",")[0] for line in (DATA / name).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert [line for line in set(lines) if lines.count(line) > 1] == [], f"data/{name} lists these twice"


def test_two_places_joined_by_a_hyphen_and_a_double_surname_used_alone():
    text = ("The plan would have linked the Dead Sea and Red Sea. Water came from the Red Sea. The Red Sea-Dead Sea "
            "project is dead, said Minister Kojo Oppong-Nkrumah. Nkrumah agreed.")
    assert found(text) == {"Red Sea": 3, "Dead Sea": 1, "Kojo Oppong-Nkrumah": 2}


def test_a_capital_before_another_countrys_adjective_is_a_clubs_name():
    text = ("London Irish signed a winger. The London Irish director spoke in London, and Irish fans cheered. "
            "\u201cLondon Irish is a team on the up,\u201d he said.")
    assert counted(text) == {"United Kingdom": 1, "Ireland": 1}
    assert found(text) == {"London Irish": 3}
    text = ("Workers in American Samoa met Bosnian Serbs. It broke the Guyana Energy Agency Act, said Joaquín \u201cEl "
            "Chapo\u201d Guzm\u00e1n, and Samoa agreed. He read Ann Roe\u2019s \"Young Man at His Window\".")
    assert counted(text) == {"Bosnia and Herzegovina": 1, "Serbia": 1, "Samoa": 1}
    assert found(text) == {"American Samoa": 1, "Joaqu\u00edn Guzm\u00e1n": 1, "Ann Roe": 1}


def test_a_hospital_named_after_a_capital_is_no_mention_of_its_country():
    text = "Doctors at Nicosia General Hospital and Limassol General Hospital went on strike in Cyprus."
    assert counted(text) == {"Cyprus": 1}
    assert kinds_found(text) == {
        "Nicosia General Hospital": "organisation", "Limassol General Hospital": "organisation"}


def test_words_for_parts_of_a_state_and_fields_of_work_alone_are_no_names():
    text = ("Christopher Henzel, the Charge d\u2019Affaires at the embassy, spoke. HH Sheikh Salem named Ann Roe. "
            "Later he met the Cabinet. The Opposition walked out, and the Opposition BNP boycotted the vote. Both "
            "Houses sat, a check on the Executive. He moved to Education, and she to Rural Affairs. The Crown "
            "Prosecution Service and the Cabinet Office agreed, as did the Kuwaiti Cabinet. Opposition Leader in the "
            "Senate Syed Ali and Opposition Leader in the National Assembly Omar Khan spoke. Chief Justice of the "
            "Federation Ali Musa cited Resolution 2216 in the Fourth Session. The Regional and Parliamentary Bills "
            "passed.")
    assert found(text) == {"Christopher Henzel": 1, "Salem": 1, "Ann Roe": 1, "BNP": 1,
                           "Crown Prosecution Service": 1, "Cabinet Office": 1, "Kuwaiti Cabinet": 1, "Senate": 1,
                           "Syed Ali": 1, "National Assembly": 1, "Omar Khan": 1, "Ali Musa": 1}


def test_fields_listed_with_a_last_comma_or_before_ministry_and_an_ombudsmans_office():
    text = ("Nape Nnauye is Minister for Information, Communications, and Information Technology. She was minister "
            "of Lands, Housing, and Human Settlement Development. Dorothy Gwajima got the Gender and Community "
            "Development ministry. Minister of Health Ann Clement met officials of the Office of the Ombudsman and "
            "Deputy Ombudsman Melchor Carandang.")
    assert found(text) == {"Nape Nnauye": 1, "Dorothy Gwajima": 1, "Ann Clement": 1, "Office of the Ombudsman": 1,
                           "Melchor Carandang": 1}


def test_a_name_right_before_scheme_or_programme_is_a_things():
    text = ("Buyers used the Help to Buy scheme, the First Home scheme and the Kita programme. The NHS scheme and "
            "the Gates Foundation programme grew, said Ann Roe.")
    assert found(text) == {"NHS": 1, "Gates Foundation": 1, "Ann Roe": 1}


def test_a_place_then_a_person_are_two_names_and_an_office_named_after_a_title_is_one():
    text = ("MP elect Bukooli Central, Bugiri District Wafula Oguttu, spoke in St. Andrew South. Ann Roe took the "
            "Ministry of Lands portfolio. The budget of the Office of the Vice President was cut.")
    assert found(text) == {"Bukooli Central": 1, "Bugiri District": 1, "Wafula Oguttu": 1, "St. Andrew South": 1,
                           "Ann Roe": 1, "Ministry of Lands": 1, "Office of the Vice President": 1}


def test_a_language_and_a_countrys_adjective_before_a_common_word_are_no_mention():
    text = ("Charles Michel of the French-speaking liberals met the Spanish-language press. Both the HSE and Irish "
            "Water refused, as did British Gas. Ships crossed the Indian Ocean. The Irish government, Irish Prime "
            "Minister Ann Roe, Brazilian Vinicius Junior and German troops agreed.")
    assert counted(text) == {"Ireland": 2, "Brazil": 1, "Germany": 1}
    assert "French" not in found(text) and "Spanish-language" not in found(text)


def test_a_party_before_its_leader_an_acronym_opening_a_sentence_slashes_processes_and_visions():
    text = ("The head of the FPM Jebran Bassil set a condition. ANC said it would act. He quoted Martin Luther King "
            "Jr. on the Falklands/Malvinas. The Truth and Reconciliation process began. The UAE Vision 2031 and US "
            "Route 66 were cited.")
    assert found(text) == {"FPM": 1, "Jebran Bassil": 1, "ANC": 1, "Martin Luther King": 1, "Falklands": 1,
                           "Malvinas": 1}
    assert counted(text) == {"United Arab Emirates": 1, "United States": 1}


def test_may_as_a_surname_councillors_with_their_wards_and_an_acronyms_possessive():
    text = ("The home secretary, Theresa May, won on Friday May 5. Results: Ngaire Best, Justin Lester and Helene "
            "Ritchie (Northern Ward), Andy Foster and John Morrison (Onslow Ward). KRG\u2019s Ministry of Natural "
            "Resources met the Prime Minister\u00b8 Ann Roe. There will be no North/South meetings, and the Annal "
            "Ambedkar Business Champions Scheme and the Administrative Audit Institution grew.")
    assert found(text) == {"Theresa May": 1, "Ngaire Best": 1, "Justin Lester": 1, "Helene Ritchie": 1,
                           "Northern Ward": 1, "Andy Foster": 1, "John Morrison": 1, "Onslow Ward": 1, "KRG": 1,
                           "Ministry of Natural Resources": 1, "Ann Roe": 1,
                           "Administrative Audit Institution": 1}


def test_a_partys_field_before_secretary_and_islands_alone():
    text = ("BNP Publicity Secretary Shahid Anny and BNP Liberation War Affairs Secretary Ann Roe spoke. Leaflets "
            "showed how to reach the Falkland Islands. Visitors to the Islands grew.")
    assert found(text) == {"BNP": 2, "Shahid Anny": 1, "Ann Roe": 1, "Falkland Islands": 1}


def test_a_title_elect_or_designate_and_a_title_in_capitals_opening_a_report():
    text = ("PREMIER-elect Chris Minns has promised a government. Premier-elect Minns and Minister-designate Ann Roe "
            "spoke.")
    assert found(text) == {"Chris Minns": 2, "Ann Roe": 1}


def test_a_number_after_a_persons_name_tropical_medicine_and_the_opposition_before_a_party():
    text = ("Francisco Duque III met the Research Institute for Tropical Medicine, and the Opposition People\u2019s "
            "National Party met the Office of the Leader of the Opposition. Legislator Jang Chyi-lu drove the Don "
            "Valley Parkway to Rum Cay. The Zionist entity and the Administration spoke.")
    assert kinds_found(text) == {
        "Francisco Duque III": "person", "Research Institute for Tropical Medicine": "organisation",
        "People\u2019s National Party": "organisation", "Office of the Leader of the Opposition": "organisation",
        "Jang Chyi-lu": "person", "Don Valley Parkway": "place", "Rum Cay": "place"}


def test_parties_cartels_and_strips_get_their_kinds():
    text = "Sinn F\u00e9in met the Sinaloa Cartel in the Gaza Strip."
    assert kinds_found(text) == {"Sinn F\u00e9in": "organisation", "Sinaloa Cartel": "organisation",
                                 "Gaza Strip": "place"}


def test_honorifics_a_persons_name_before_and_a_bill_after_its_name_and_a_committee_on_a_list():
    text = ("Sayyid Badr bin Hamad al Busaidy and Gen Sultan bin Mohammed al Numani met N.Altankhuyag and Rhun ap "
            "Iorwerth of Plaid Cymru. Prime Minister Han Duck-soo and People Power Party leader Han Dong-hoon met "
            "Speaker Wetangula and National Assembly staff over the Order Paper with the Master of Jesus College. The "
            "Chieftaincy Bill went to the Committee on Youth, Sports and Culture and the Bill and Melinda Gates "
            "Foundation. The Natural Resources and Mines minister, the Home Office minister and the two Prime "
            "Ministers spoke of USD.")
    assert kinds_found(text) == {
        "Badr bin Hamad al Busaidy": "person", "Sultan bin Mohammed al Numani": "person", "N.Altankhuyag": "person",
        "Rhun ap Iorwerth": "person", "Plaid Cymru": "organisation", "Han Duck-soo": "person",
        "People Power Party": "organisation", "Han Dong-hoon": "person", "Wetangula": "person",
        "National Assembly": "organisation", "Jesus College": "organisation",
        "Committee on Youth, Sports and Culture": "organisation", "Bill and Melinda Gates Foundation": "organisation",
        "Home Office": "organisation"}


def test_the_before_a_countrys_name_inside_a_sentence_is_no_longer_name():
    text = ("He declared that The Bahamas can not afford it, as The Gambia agreed. The Irish Times and The Japan "
            "Times reported it.")
    assert counted(text) == {"Bahamas": 1, "Gambia": 1}
    assert found(text) == {"Irish Times": 1, "The Japan Times": 1}


def test_plural_organisations_before_of_papers_and_more_titles():
    text = ("He appeared at the Criminal Courts of Justice, the Irish Daily Mail said. A spokesman for An Garda "
            "S\u00edoch\u00e1na, Alderwoman Maria Hadden and TNA Parliamentarian M. A. Sumanthiran met the AG. The "
            "No-Confidence Motion failed.")
    assert kinds_found(text) == {"Criminal Courts of Justice": "organisation", "Irish Daily Mail": "organisation",
                                 "An Garda S\u00edoch\u00e1na": "organisation", "Maria Hadden": "person",
                                 "TNA": "organisation", "M. A. Sumanthiran": "person"}
    assert counted(text) == {}


def test_a_verb_after_a_title_in_a_headline_is_no_name():
    text = ("3 Ministers Rejected by Parliament to Please Particular Country: President\n\nPresident Dr. Ali Roe said "
            "the Parliament rejected three ministers.")
    assert found(text) == {"Ali Roe": 1, "Parliament": 2}


def test_a_name_glued_to_area_wide_or_made_is_the_name():
    text = ("Premier Smith looks to Edmonton-area UCP members. Smith’s UCP won, and a Canada-wide ban on Ford-made "
            "cars followed in Edmonton.")
    assert found(text) == {"Smith": 2, "Edmonton": 2, "UCP": 2, "Ford": 1}
