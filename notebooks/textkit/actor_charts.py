"""Charts of actors (notebooks 03 to 05).

Each picture here is drawn from the mention table or a table counted from it:
bars coloured by kind, NLTK's dispersion plot with the paragraphs marked, the
co-mention heatmap and network, and the attention lines, one small panel per
actor. Each follows the rules of `charts.py`: at most 1000 x 600 pixels, large
text, legends beside the data.
"""

import math
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from .actor_list import ACTOR_KINDS
from .charts import KIND_COLOURS, bar_chart, heatmap, new_figure, short_label

with warnings.catch_warnings():
    # nltk.draw warns when Tkinter is missing; the dispersion plot never needs it.
    warnings.simplefilter("ignore")
    from nltk.draw.dispersion import dispersion_plot


def actor_bar_chart(counts, *, title="Who does the article mention?"):
    """Mentions per actor as bars coloured by kind (country, person, organisation, place)."""
    kinds = [kind for kind in ACTOR_KINDS if kind in set(counts["kind"])]
    return bar_chart(counts["actor"], counts["mentions"], title=title, xlabel="Number of mentions", ylabel="Actor",
                     colours=counts["kind"].map(KIND_COLOURS), legend={kind: KIND_COLOURS[kind] for kind in kinds})


def actor_dispersion_plot(mentions, tokens, actors_in_order, *, title="Where in the article is each actor mentioned?"):
    """NLTK's dispersion plot of actor mentions: one row per actor, one tick per mention, paragraphs marked."""
    stream = [""] * len(tokens)
    for row in mentions.itertuples():
        stream[row.position] = row.actor
    ax = dispersion_plot(stream, list(actors_in_order), title=title)
    fig = ax.figure
    fig.set_size_inches(10, min(6, 2.2 + 0.3 * len(actors_in_order)))
    fig.set_layout_engine("constrained")
    for line in ax.get_lines():
        line.set(markersize=16, markeredgewidth=2, color="#333333")
    for label in ax.get_yticklabels():
        label.set(color="black", text=short_label(label.get_text(), 40, lines=1))
    starts = tokens.groupby("paragraph")["position"].min()
    if len(starts) <= 100:  # a dotted line where each paragraph begins, while they are far enough apart to see
        ax.vlines(starts.iloc[1:] - 0.5, 0, 1, transform=ax.get_xaxis_transform(), colors="#999999",
                  linestyles=":", linewidth=1)
    if len(starts) <= 30:  # a paragraph number above each paragraph, when there is room for them
        top = ax.secondary_xaxis("top")
        top.set_xticks(list(starts), [str(number) for number in starts.index])
        top.set_xlabel("Paragraph (dotted lines: where each begins)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Position in the article (token number)")
    ax.set_ylabel("Actor")
    return fig


def mentions_through_text(mentions, tokens, actors_in_order, most_columns=40):
    """Mentions per actor (rows) and paragraph (columns); for a text of more paragraphs than most_columns,
    per twentieth of the text instead, by token position. Returns the table and what its columns are."""
    if tokens["paragraph"].max() > most_columns:
        column = mentions["position"] * 20 // len(tokens) + 1  # 1 to 20
        label, columns = "Part of the text (1 to 20)", range(1, 21)
    else:
        column = mentions["paragraph"]
        label, columns = "Paragraph", range(1, tokens["paragraph"].max() + 1)
    grid = pd.crosstab(mentions["actor"], column).reindex(index=actors_in_order, columns=columns, fill_value=0)
    return grid.rename_axis(index="actor", columns=label.split(" (")[0].lower()), label


def co_mention_grid(pairs, actors_in_order):
    """The pairs table as a square grid, one row and one column per actor, the same both ways."""
    weight = pairs.columns[-1]
    both_ways = pd.concat([pairs, pairs.rename(columns={"actor_a": "actor_b", "actor_b": "actor_a"})])
    grid = both_ways.pivot_table(index="actor_a", columns="actor_b", values=weight, aggfunc="sum", fill_value=0)
    grid = grid.reindex(index=actors_in_order, columns=actors_in_order, fill_value=0).astype(int)
    return grid.rename_axis(index=None, columns=None)


def co_mention_heatmap(grid, *, title):
    """The grid's lower half only (the upper half repeats it), with the diagonal marked as no pair."""
    size = len(grid)
    upper = np.triu(np.ones((size, size), dtype=bool))  # the diagonal and above
    fig = heatmap(grid, title=title, xlabel="", ylabel="", hide=upper,
                  note="Each pair once, below the diagonal; the diagonal (an actor with itself) is left out.")
    ax = fig.axes[0]
    ax.plot(range(size), range(size), linestyle="none", marker="s", markersize=8, color="#bbbbbb")
    return fig


def _ring_order(actors, pairs, weight):
    """An order round the circle that keeps strongly linked actors apart, so that their line is long."""
    rng = np.random.default_rng(0)  # the same drawing every time
    index = {actor: i for i, actor in enumerate(actors)}
    links = [(index[a], index[b], w) for a, b, w in zip(pairs["actor_a"], pairs["actor_b"], pairs[weight])]

    def score(order):
        place = np.argsort(order)
        n = len(order)
        return sum(w * min((place[a] - place[b]) % n, (place[b] - place[a]) % n) ** 0.5 for a, b, w in links)

    best = list(range(len(actors)))
    best_score = score(best)
    for _ in range(3000 if len(actors) > 2 else 0):
        i, j = rng.choice(len(actors), size=2, replace=False)
        trial = best.copy()
        trial[i], trial[j] = trial[j], trial[i]
        if (trial_score := score(trial)) > best_score:
            best, best_score = trial, trial_score
    return [actors[i] for i in best]


def network_chart(counts, pairs, *, title):
    """Actors on a circle: dot size = mentions, line width = shared sentences (or paragraphs).

    The order round the circle keeps strongly linked actors far apart, so their lines are long;
    a line between two points of a circle never crosses a third point on it.
    """
    weight = pairs.columns[-1]
    actors = _ring_order(counts["actor"].tolist(), pairs, weight)
    n = len(actors)
    angles = {actor: math.pi / 2 - 2 * math.pi * i / n for i, actor in enumerate(actors)}
    where = {actor: (math.cos(angle), math.sin(angle)) for actor, angle in angles.items()}
    top_links = int(pairs[weight].max()) if len(pairs) else 1
    top_mentions = int(counts["mentions"].max())

    def width(shared):  # the widest line is 10 points, however many sentences it stands for
        return max(0.8, 10 * shared / top_links)

    def area(mentions):  # the biggest dot is 900 square points (30 points across), sizes scaled to it
        return 60 + 840 * mentions / top_mentions

    fig, ax = new_figure()
    for row in pairs.sort_values(weight).itertuples(index=False):
        (xa, ya), (xb, yb) = where[row.actor_a], where[row.actor_b]
        ax.plot([xa, xb], [ya, yb], color="#888888", linewidth=width(getattr(row, weight)), zorder=1)
    kind_of = dict(zip(counts["actor"], counts["kind"]))
    mentions_of = dict(zip(counts["actor"], counts["mentions"]))
    ax.scatter([where[a][0] for a in actors], [where[a][1] for a in actors],
               s=[area(mentions_of[a]) for a in actors], c=[KIND_COLOURS[kind_of[a]] for a in actors],
               edgecolors="black", zorder=2)
    for actor in actors:
        x, y = 1.13 * math.cos(angles[actor]), 1.13 * math.sin(angles[actor])
        ax.text(x, y, short_label(actor, 18, lines=3), ha="left" if x > 0.1 else "right" if x < -0.1 else "center",
                va="bottom" if y > 0.9 else "top" if y < -0.9 else "center", fontsize=12)
    kinds = [kind for kind in ACTOR_KINDS if kind in set(counts["kind"])]
    handles = [plt.Line2D([], [], marker="o", linestyle="", markersize=10, markerfacecolor=KIND_COLOURS[kind],
                          markeredgecolor="black", label=kind) for kind in kinds]
    sizes = sorted({1, max(1, top_mentions // 2), top_mentions})
    handles += [plt.scatter([], [], s=area(m), color="white", edgecolors="black", label=f"{m} mention{'s' * (m > 1)}")
                for m in sizes]
    handles += [plt.Line2D([], [], color="#888888", linewidth=width(w),
                           label=f"{w} {weight[:-1] if w == 1 else weight}") for w in sorted({1, top_links})]
    fig.legend(handles=handles, loc="outside right center", title="Kind, mentions,\nshared " + weight,
               labelspacing=1.1, borderpad=0.8)
    fig.suptitle(title, fontsize=16)
    ax.set_xlim(-1.85, 1.85)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.axis("off")
    return fig


def attention_chart(cumulative, *, title, xlabel, ylabel):
    """Small multiples: one panel per actor (a row of the table), its line drawn over the others' in grey."""
    rows = 1 if len(cumulative) <= 4 else 2
    columns = math.ceil(len(cumulative) / rows)
    fig, axes = new_figure(nrows=rows, ncols=columns, sharex=True, sharey=True, squeeze=False)
    steps = [str(column) for column in cumulative.columns]
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for i, ax in enumerate(axes.flat):
        if i >= len(cumulative):
            ax.axis("off")
            continue
        for other in cumulative.index:
            ax.plot(steps, cumulative.loc[other].to_numpy(), color="#dddddd", linewidth=1.5)
        actor = cumulative.index[i]
        ax.plot(steps, cumulative.loc[actor].to_numpy(), color=colours[i % len(colours)], linewidth=3)
        ax.set_title(short_label(actor, 18), fontsize=13)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
        ax.grid(axis="y", alpha=0.3)
    fig.suptitle(title, fontsize=16)
    fig.supxlabel(xlabel, fontsize=14)
    fig.supylabel(ylabel, fontsize=14)
    return fig
