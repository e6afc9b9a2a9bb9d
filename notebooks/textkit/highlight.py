"""The article with every actor mention marked, to check the counter against the text (notebook 03).

Like displaCy's entity view: `highlight_mentions` writes the article as HTML,
each mention from the mention table (`actors.py`) underlined in its kind's
colour (`charts.py`), with the actor's name shown when the pointer rests on it.
"""

import html
import re

from .actor_list import ACTOR_KINDS
from .charts import KIND_COLOURS
from .words import word_tokens


def highlight_mentions(sentences, tokens, mentions, *, paragraphs=None):
    """The article as HTML, every mention marked in its kind's colour, the actor's name shown on hover.

    Like displaCy's entity view: read the text and check what the counter counted. `paragraphs`
    (a list of numbers) shows only those paragraphs.
    """
    by_sentence = {number: group for number, group in mentions.groupby("sentence")}
    words = dict(zip(tokens["position"], tokens["token"]))
    rows = sentences if paragraphs is None else sentences[sentences["paragraph"].isin(paragraphs)]
    blocks = {}
    for row in rows.itertuples():
        text, start, parts = row.text, 0, []
        group = by_sentence.get(row.sentence, mentions.iloc[0:0])
        for mention in group.sort_values("position").itertuples():
            size = len(_alias_tokens(mention.alias))
            pattern = r"\s*".join(_loose(words[mention.position + k]) for k in range(size) if
                                  mention.position + k in words)
            found = re.compile(pattern).search(text, start)
            if not found:
                continue  # a mention whose words cannot be found as written is left unmarked
            parts.append(html.escape(text[start:found.start()]))
            colour = KIND_COLOURS[mention.kind]
            parts.append(f'<mark title="{html.escape(mention.actor)} ({mention.kind})" style="background:{colour}26;'
                         f' border-bottom:3px solid {colour}; padding:0 2px; color:inherit">'
                         f'{html.escape(found.group())}</mark>')
            start = found.end()
        parts.append(html.escape(text[start:]))
        blocks.setdefault(row.paragraph, []).append("".join(parts))
    key = " ".join(f'<span style="border-bottom:3px solid {KIND_COLOURS[kind]}; padding:0 2px">{kind}</span>'
                   for kind in ACTOR_KINDS if kind in set(mentions["kind"]))
    body = "".join(f"<p><b>{number}</b> {' '.join(texts)}</p>" for number, texts in blocks.items())
    return f'<div style="line-height:1.7; max-width:60em"><p>Kinds: {key}</p>{body}</div>'


def _alias_tokens(alias):
    tokens = word_tokens(alias)
    return tokens[:-1] if len(tokens) > 1 and tokens[-1] == "." else tokens


def _loose(token):
    """A pattern for a token as the text may write it: either apostrophe, quotes as ``/'' or curly."""
    pattern = re.escape(token).replace("’", "['’]")
    return {"``": "[\"“]", "''": "[\"”]"}.get(token, pattern)
