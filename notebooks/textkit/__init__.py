"""textkit: the small toolbox the course notebooks share.

It turns an article into three tables, and everything else is counted,
charted or saved from them:

    sentences = sentences_table(text)          one row per sentence
    tokens = tokens_table(sentences)           one row per token
    mentions = find_mentions(tokens, actors)   one row per actor mention

Each module holds what one lesson builds, and reads from the ones before it:

    files.py        read_article, read_word_list, save_csv: files in, clear errors out   (01, 05)
    sentences.py    paragraphs, sentences_table                                          (01)
    words.py        word_tokens, tokens_table, term_counts, zipf                         (02)
    actor_list.py   load_actors: the actor list, read and checked                        (03)
    datelines.py    dateline, skip_credits: where a report was written, and by whom      (03)
    longer_names.py inside_longer_name ...: an alias inside a longer name ("Latin American") (03)
    actors.py       tag_actors, find_mentions, actor_counts: the mention table           (03)
    relations.py    co_mentions, find_statements, find_triples                           (04)
    capitals.py     name_test, is_acronym: which capitalised words may be part of a name (05)
    names.py        name_runs: which runs of capitalised words are names                 (05)
    fields.py       skip_fields: a minister's field of work ("Health") names no actor    (05)
    not_actors.py   skip_things, skip_money ...: capitalised words that name no actor    (05)
    kinds.py        guess_kind, sure_place: person, organisation or place, guessed       (05)
    short_forms.py  merge_short_forms: a surname counted with its full name              (05)
    candidates.py   find_candidates: names the actor list does not know yet              (05)
    charts.py       use_course_style, show_figure, bar charts and heatmaps               (every lesson)
    actor_charts.py the charts of actors                                                 (03-05)
    highlight.py    highlight_mentions: the article with every mention marked            (03)
    exercises.py    feedback: how a "Your turn" answer is checked, never showing it      (every lesson)
    questions.py    check("q1_..."): every exercise and the mistakes it expects          (every lesson)

The notebooks write `import textkit as tk` and use every name below as `tk.name`.
"""

from .actor_charts import (
    actor_bar_chart,
    actor_dispersion_plot,
    attention_chart,
    co_mention_grid,
    co_mention_heatmap,
    mentions_through_text,
    network_chart,
)
from .actor_list import ACTOR_KINDS, alias_key, country_adjectives, is_ambiguous, load_actors, match_key
from .actors import actor_counts, find_mentions, tag_actors
from .candidates import find_candidates
from .capitals import closing_quote, is_acronym, name_test, skip_nicknames, split_slashes
from .charts import (
    COURSE_STYLE,
    KIND_COLOURS,
    bar_chart,
    heatmap,
    line_chart,
    list_counts,
    new_figure,
    short_label,
    show_figure,
    use_course_style,
)
from .datelines import dateline, skip_credits, skip_dateline
from .exercises import Question, feedback, same
from .fields import field_word, skip_fields
from .files import (
    COURSE_DATA,
    InputError,
    check_results_folder,
    copy_if_missing,
    is_web_page,
    read_actions,
    read_article,
    read_text_file,
    read_web_page,
    read_word_list,
    save_csv,
)
from .highlight import highlight_mentions
from .kinds import guess_kind, sure_place
from .longer_names import country_by_title, inside_longer_name, one_name
from .names import name_runs
from .not_actors import (
    skip_money,
    skip_state_words,
    skip_things,
    skip_titles_of_works,
    storm_names,
    thing_acronyms,
)
from .questions import QUESTIONS, check
from .relations import LINKING_WORDS, co_mentions, find_statements, find_triples
from .sentences import ABBREVIATIONS, LONG_TEXT, is_byline, is_headline, paragraphs, progress, sentences_table
from .short_forms import merge_short_forms
from .words import (
    compare_with_english,
    is_word,
    keyness,
    participle,
    singular,
    spelled_out,
    stopword_share,
    term_counts,
    tokens_table,
    word_tokens,
    zipf,
)

__all__ = [
    "ABBREVIATIONS", "ACTOR_KINDS", "COURSE_DATA", "COURSE_STYLE", "InputError", "KIND_COLOURS", "LINKING_WORDS",
    "LONG_TEXT", "QUESTIONS", "Question", "actor_bar_chart", "actor_counts", "actor_dispersion_plot", "alias_key",
    "attention_chart", "bar_chart", "check", "check_results_folder", "closing_quote", "co_mention_grid",
    "co_mention_heatmap", "co_mentions", "compare_with_english", "copy_if_missing", "country_adjectives",
    "country_by_title", "dateline", "feedback", "field_word", "find_candidates", "find_mentions", "find_statements",
    "find_triples", "guess_kind", "heatmap", "highlight_mentions", "inside_longer_name", "is_acronym", "is_ambiguous",
    "is_byline", "is_headline", "is_web_page", "is_word", "keyness", "line_chart", "list_counts", "load_actors",
    "match_key", "mentions_through_text", "merge_short_forms", "name_runs", "name_test", "network_chart", "new_figure",
    "one_name", "paragraphs", "participle", "progress", "read_actions", "read_article", "read_text_file",
    "read_web_page", "read_word_list", "same", "save_csv", "sentences_table", "short_label", "show_figure", "singular",
    "skip_credits", "skip_dateline", "skip_fields", "skip_money", "skip_nicknames", "skip_state_words", "skip_things",
    "skip_titles_of_works", "spelled_out", "split_slashes", "stopword_share", "storm_names", "sure_place", "tag_actors",
    "term_counts", "thing_acronyms", "tokens_table", "use_course_style", "word_tokens", "zipf"
]
