"""Charts: the course's style, the charts, and how each is shown (every notebook).

Every chart is drawn from a table the earlier modules made: bars of counts,
the dispersion plot, heatmaps, the co-mention network and the attention lines.
`show_figure` saves each chart to `results/`, shows it, and prints its
one-sentence description, which is also the picture's alt text.
"""

import io
import math
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import MaxNLocator

from .actor_list import ACTOR_KINDS

with warnings.catch_warnings():
    # nltk.draw warns when Tkinter is missing; the dispersion plot never needs it.
    warnings.simplefilter("ignore")
    from nltk.draw.dispersion import dispersion_plot

# Okabe-Ito colours: distinguishable with every common form of colour blindness.
KIND_COLOURS = {"country": "#0072B2", "person": "#E69F00", "organisation": "#009E73", "place": "#CC79A7"}
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


def use_course_style():
    """Large fonts for a projector and a colour-blind-safe palette, for every chart that follows."""
    plt.rcParams.update(COURSE_STYLE)
    # A name in a script the font lacks (Arabic, Chinese ...) is drawn as boxes: say it once, not in every chart.
    warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")


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
    top = int(pairs[weight].max()) if len(pairs) else 1

    def width(shared):  # the widest line is 13 points, however many sentences it stands for
        return max(0.8, 13 * shared / top)

    fig, ax = plt.subplots(figsize=(12, 11))
    for row in pairs.itertuples(index=False):
        (xa, ya), (xb, yb) = where[row.actor_a], where[row.actor_b]
        ax.plot([xa, xb], [ya, yb], color="#777777", linewidth=width(getattr(row, weight)), zorder=1)
    xs, ys = zip(*(where[actor] for actor in actors))
    # Sizes are scaled to the largest value, so a long text's big counts still fit the figure.
    areas = [2500 * mentions / counts["mentions"].max() for mentions in counts["mentions"]]
    ax.scatter(xs, ys, s=areas, c=counts["kind"].map(KIND_COLOURS).tolist(), edgecolors="black", zorder=2)
    for actor, angle, area in zip(actors, angles, areas):
        radius = 1.1 + math.sqrt(area) / 360  # clear of the dot, however big it is
        x, y = radius * math.cos(angle), radius * math.sin(angle)
        ax.text(x, y, actor, ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                va="bottom" if y > 0.95 else "top" if y < -0.95 else "center")
    kinds = [kind for kind in ACTOR_KINDS if kind in set(counts["kind"])]
    handles = [plt.Line2D([], [], marker="o", linestyle="", markersize=12, markerfacecolor=KIND_COLOURS[kind],
                          markeredgecolor="black", label=kind) for kind in kinds]
    handles += [plt.Line2D([], [], color="#777777", linewidth=width(w),
                           label=f"{w} {weight[:-1] if w == 1 else weight}") for w in sorted({1, top})]
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
