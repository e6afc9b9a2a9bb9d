"""Actors in relation: co-mentions, who says what, who does what to whom (notebook 04).

Everything here starts from notebook 03's tables: `co_mentions` pairs actors
that share a sentence (or paragraph) in the mention table; `find_statements`
and `find_triples` walk the names that `tag_actors` marked in each sentence,
looking for a reporting verb ("said") or an action verb ("summoned") next to an
actor.
"""

import pandas as pd

from .actors import tag_actors


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
