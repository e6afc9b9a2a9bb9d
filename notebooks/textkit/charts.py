"""Charts: the course's style, bar charts and heatmaps, and how each chart is shown (every notebook).

Every chart is drawn from a table the earlier modules made. Each fits a
projected JupyterLab window: at most 1000 x 600 pixels as stored, text of at
least 12 points, legends beside the data, never over it. `show_figure` saves a
chart to `results/`, shows it, and prints its one-sentence description, which
is also the picture's alt text. `actor_charts.py` draws the charts about actors.
"""

import io
import textwrap
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.ticker import MaxNLocator

MAX_INCHES = (10, 6)  # at 100 dots per inch: 1000 x 600 pixels, what a projected JupyterLab window shows whole
# Okabe-Ito colours: distinguishable with every common form of colour blindness.
KIND_COLOURS = {"country": "#0072B2", "person": "#E69F00", "organisation": "#009E73", "place": "#CC79A7"}
COURSE_STYLE = {
    "figure.figsize": MAX_INCHES,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 13,
    "axes.titlesize": 16,
    "axes.labelsize": 14,
    "legend.fontsize": 13,
    "legend.title_fontsize": 13,
    "axes.prop_cycle": plt.cycler(
        color=["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]
    ),
}
# Counts from light to dark (part of cividis): the lightest count still stands out from an empty, white cell.
COUNT_COLOURS = ListedColormap(plt.get_cmap("cividis_r")(np.linspace(0.45, 1.0, 256)))


def use_course_style():
    """Large fonts for a projector and a colour-blind-safe palette, for every chart that follows."""
    plt.rcParams.update(COURSE_STYLE)
    # A name in a script the font lacks (Arabic, Chinese ...) is drawn as boxes: say it once, not in every chart.
    warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")


def new_figure(height=MAX_INCHES[1], **options):
    """A figure 10 inches wide and at most 6 high, laid out so that nothing is cut off or overlaps."""
    return plt.subplots(figsize=(MAX_INCHES[0], min(height, MAX_INCHES[1])), layout="constrained", **options)


def short_label(text, width=22, lines=2):
    """A long name over two lines ("White House National / Security Council"), so that labels stay readable;
    with lines=1 it is cut short, with "…" to show it ("White House National…")."""
    parts = textwrap.wrap(str(text), width) or [str(text)]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1] + "…"
    return "\n".join(parts)


def bar_chart(labels, values, *, title, xlabel, ylabel, colours=None, legend=None, log=False):
    """A horizontal bar chart, largest bar on top, each bar labelled with its number (at most 20 bars).

    log=True spaces the axis by powers of ten, for values as far apart as 10 and 10,000."""
    fig, ax = new_figure(height=1.8 + 0.3 * len(labels))
    bars = ax.barh([short_label(label, 40, lines=1) for label in labels][::-1], list(values)[::-1],
                   color=None if colours is None else list(colours)[::-1])
    ax.bar_label(bars, padding=4)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.margins(x=0.08)
    if log:
        ax.set_xscale("log")
    else:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if legend:
        handles = [plt.Rectangle((0, 0), 1, 1, color=colour) for colour in legend.values()]
        fig.legend(handles, legend.keys(), loc="outside lower center", ncols=len(legend))
    return fig


def heatmap(table, *, title, xlabel, ylabel, hide=None, note=None):
    """Shade each cell of a table of counts, darker for more, and write the count in it; empty cells stay white.

    `hide` is a True/False table of cells to leave out (half of a table that is the same both ways);
    `note`, if given, is written under the chart.
    """
    values = table.to_numpy().astype(float)
    shown = np.ma.masked_where((values == 0) | (hide if hide is not None else False), values)
    fig, ax = new_figure(height=2.2 + 0.32 * table.shape[0])
    image = ax.imshow(shown, cmap=COUNT_COLOURS, vmin=min(1, values.max()), vmax=max(1, values.max()), aspect="auto")
    labels = [short_label(column, 20, lines=1) for column in table.columns]
    tilt = max((len(label) for label in labels), default=0) > 3  # long labels would overlap: tilt them
    ax.set_xticks(range(table.shape[1]), labels, rotation=90 if tilt else 0)
    ax.set_yticks(range(table.shape[0]), [str(index) for index in table.index])
    for (y, x), value in np.ndenumerate(shown.filled(0)):
        if value:
            dark = COUNT_COLOURS((value - image.norm.vmin) / max(1, image.norm.vmax - image.norm.vmin))
            luminance = 0.2126 * dark[0] + 0.7152 * dark[1] + 0.0722 * dark[2]
            ax.text(x, y, f"{value:.0f}", ha="center", va="center", color="black" if luminance > 0.4 else "white")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_xticks(np.arange(-0.5, table.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, table.shape[0]), minor=True)
    ax.grid(which="minor", color="#dddddd", linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    colour_bar = fig.colorbar(image, ax=ax, label="Count (white: none)", shrink=0.9)
    colour_bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if note:
        fig.supxlabel(note, fontsize=12)
    return fig


def line_chart(table, *, title, xlabel, ylabel):
    """One line per row of the table, its columns along the x axis; colour, marker and dash all differ."""
    markers, dashes = "osD^vP*X", ["-", "--", "-.", ":"]
    fig, ax = new_figure()
    for i, (label, values) in enumerate(table.iterrows()):
        ax.plot([str(column) for column in table.columns], values.to_numpy(), label=label,
                marker=markers[i % len(markers)], linestyle=dashes[i % len(dashes)], linewidth=2.5, markersize=8)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", alpha=0.3)
    fig.legend(loc="outside right upper")
    return fig


def show_figure(fig, path, description):
    """Save a chart as PNG, show it, and print its one-sentence description.

    The description is for readers who cannot see the chart (it is also the
    picture's alt text), and it puts the numbers on record as text: notebook
    tests compare text, never pictures. The chart is drawn once, for both, and
    never larger than 1000 x 600 pixels.
    """
    from IPython.display import Image, display

    width, height = fig.get_size_inches()
    fig.set_size_inches(min(width, MAX_INCHES[0]), min(height, MAX_INCHES[1]))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    display(Image(buffer.getvalue()), metadata={"image/png": {"alt": description}})
    print("Figure description:", description)


def list_counts(labels, values):
    """'North Korea 21, Russia 16, ...': counts written out for a description."""
    return ", ".join(f"{label} {value}" for label, value in zip(labels, values))
