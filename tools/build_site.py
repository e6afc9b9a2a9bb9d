"""Write the course as static web pages to site/, from the outputs stored in the notebooks.

    python3 course.py site        (or: .venv/bin/python tools/build_site.py [folder])

site/index.html lists the lessons; site/NN_name.html is each lesson with its stored outputs,
and site/solutions/NN_name.html the same lesson with its exercises solved. Nothing is run: the test
command's strict nbval proves the stored outputs, the solved ones too, equal to a fresh run.
Figures are embedded in the pages and carry their description as alt text;
the pages load nothing from the network.
"""

import html
import re
import sys
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter

from lessons import CONTENTS, LESSONS, PRIMER, ROOT, read, with_solutions

# Wrap long lines of code instead of hiding their ends; code, outputs and prose at one large size for reading
# and projecting; colours of at least 4.5:1 against their background (WCAG 2.1 AA), the prompts included;
# links in text underlined.
READABLE = """
.jp-InputArea, .jp-InputArea-editor { overflow: visible; }
.jp-InputArea-editor pre { white-space: pre-wrap; overflow-wrap: anywhere; }
body { font-size: 17px; }
.jp-RenderedHTMLCommon { font-size: 17px; line-height: 1.55; }
.jp-RenderedHTMLCommon img { max-width: 100%; height: auto; }
.jp-RenderedHTMLCommon a, .jp-RenderedHTMLCommon a:link, .jp-RenderedHTMLCommon a:visited {
  text-decoration: underline !important; }
.skip-link { position: absolute; left: -9999px; top: 0; padding: 8px 12px; background: #ffffff; color: #0d47a1;
             border: 2px solid #0d47a1; z-index: 10; }
.skip-link:focus { left: 8px; top: 8px; }
:root {
  --jp-code-font-size: 16px;
  --jp-cell-prompt-width: 92px;
  --jp-content-font-size1: 17px;
  --jp-mirror-editor-number-color: #006100;
  --jp-mirror-editor-operator-color: #6f1d9a;
  --jp-mirror-editor-comment-color: #2f5f5f;
  --jp-mirror-editor-keyword-color: #006100;
  --jp-mirror-editor-string-color: #9c1c1c;
  --jp-mirror-editor-meta-color: #6f1d9a;
  --jp-mirror-editor-builtin-color: #006100;
  --jp-mirror-editor-variable-2-color: #1a4fa0;
  --jp-mirror-editor-variable-3-color: #6b4400;
  --jp-mirror-editor-def-color: #0b4fa0;
  --jp-mirror-editor-attribute-color: #5c3a00;
  --jp-mirror-editor-error-color: #b00000;
  --jp-mirror-editor-atom-color: #1f3fa0;
  --jp-mirror-editor-tag-color: #006100;
  --jp-mirror-editor-qualifier-color: #4a5a00;
  --jp-mirror-editor-header-color: #1a4fa0;
  --jp-mirror-editor-quote-color: #006100;
  --jp-mirror-editor-link-color: #1a4fa0;
  --jp-mirror-editor-property-color: #1a4fa0;
  --jp-mirror-editor-bracket-color: #595959;
}
.jp-InputPrompt, .jp-OutputPrompt { opacity: 1 !important; color: #595959 !important; overflow: visible; }
.jp-OutputArea-output pre, .jp-RenderedText pre, .jp-RenderedHTMLCommon table { font-size: 16px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
                   clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
"""
EXPORTER = HTMLExporter(template_name="lab")
NOTEBOOK_LINK = re.compile(r"\]\(([\w-]+)\.ipynb\)")


def images_with_alt_text(notebook):
    """Turn each PNG output that has a description into an <img> carrying it as alt text."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            alt = output.get("metadata", {}).get("image/png", {}).get("alt")
            if output.get("output_type") in ("display_data", "execute_result") and alt:
                png = output["data"]["image/png"]
                output["data"] = {"text/html": f'<img src="data:image/png;base64,{png}" alt="{html.escape(alt)}">'}
    return notebook


def link_pages(notebook, contents, up=""):
    """Point links between notebooks at the pages instead (01_x.ipynb -> 01_x.html).

    `up` is "../" on a solutions page: the primer has no solved version, so its link leads to its own page."""
    def page(match):
        if match[1] == CONTENTS.stem:
            return f"]({contents})"
        return f"]({up if match[1] == PRIMER.stem else ''}{match[1]}.html)"

    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = NOTEBOOK_LINK.sub(page, cell.source)
    return notebook


def write_page(notebook, path, title):
    """Export a notebook to one HTML page that needs no network."""
    page, _ = EXPORTER.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    soup = BeautifulSoup(page, "lxml")
    style = soup.new_tag("style")
    style.string = READABLE
    soup.head.append(style)
    for script in soup.find_all("script"):  # require.js, MathJax, mermaid: from the web, and not needed here
        if script.get("src", "").startswith("http") or "https://" in script.get_text():
            script.decompose()
    for element in soup.find_all(attrs={"tabindex": "0"}):  # cells and outputs are not controls: no tab stop
        del element["tabindex"]
    for anchor in soup.find_all("a", class_="anchor-link"):  # the ¶ beside each heading: for the mouse only
        anchor["tabindex"] = "-1"
        anchor["aria-hidden"] = "true"
    cells = soup.find_all("div", class_="jp-Cell")
    if cells and cells[-1].find("a"):  # the lesson's last cell is its navigation: let the keyboard jump there
        cells[-1]["id"] = "lesson-navigation"
        skip = soup.new_tag("a", href="#lesson-navigation", attrs={"class": "skip-link"})
        skip.string = "Skip to the navigation at the end of the page"
        soup.body.insert(0, skip)
    for cell in soup.find_all("th"):  # pandas leaves the cell above the row labels empty: name it for readers
        if not cell.get_text(strip=True):
            hidden = soup.new_tag("span", attrs={"class": "visually-hidden"})
            hidden.string = "row"
            cell.append(hidden)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(soup), encoding="utf-8")
    return path


def title_of(notebook):
    """The notebook's first level-1 heading."""
    for cell in notebook.cells:
        match = re.search(r"^# (.+)$", cell.source, flags=re.M)
        if match:
            return match[1]
    return "Lesson"


def build(site=ROOT / "site"):
    site = Path(site)
    pages = []
    contents = link_pages(read(CONTENTS), "index.html")
    contents.cells.append(nbformat.v4.new_markdown_cell(
        "## Worked solutions\n\nEach lesson again, with every *Your turn* exercise solved and checked:\n\n"
        + "\n".join(f"- [{title_of(read(path))}](solutions/{path.stem}.html)" for path in LESSONS)
    ))
    pages.append(write_page(contents, site / "index.html", title_of(contents)))
    for path in [PRIMER, *LESSONS]:
        title = title_of(read(path))
        lesson = images_with_alt_text(link_pages(read(path), "index.html"))
        pages.append(write_page(lesson, site / f"{path.stem}.html", title))
        if path == PRIMER:
            continue
        solved = with_solutions(read(path))
        solved.cells.insert(0, nbformat.v4.new_markdown_cell(
            f"**Worked solutions.** This is lesson *{title}* with every exercise solved. "
            f"[Back to the lesson](../{path.stem}.html)"
        ))
        solved = images_with_alt_text(link_pages(solved, "../index.html", up="../"))
        pages.append(write_page(solved, site / "solutions" / f"{path.stem}.html", f"{title}: solutions"))
    return pages


if __name__ == "__main__":
    for page in build(*sys.argv[1:]):
        print("Wrote", page.relative_to(ROOT) if page.is_relative_to(ROOT) else page)
