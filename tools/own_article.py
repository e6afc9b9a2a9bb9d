"""Run notebook 05 on your own article from the command line, with papermill.

    python3 course.py article PATH [--actors PATH] [--results FOLDER]

Paths are read from the folder you are in. The executed notebook is saved in the
results folder beside the tables and charts, as 05_your_own_article.ipynb. If the
article, the actor list or the results folder cannot be used, the course's one
short message is printed, nothing else, and nothing is written.
"""

import argparse
import sys
import tempfile
from pathlib import Path

import papermill

from lessons import NOTEBOOKS, ROOT, THIS_PYTHON

NOTEBOOK = NOTEBOOKS / "05_your_own_article.ipynb"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 course.py article", description=__doc__.split("\n\n")[0])
    parser.add_argument("article", help="your article: a UTF-8 .txt file or a saved web page (.html)")
    parser.add_argument("--actors", help="an actor list (default: the general list data/world_actors.csv)")
    parser.add_argument("--results", help="the results folder (default: results/<article file name>/)")
    options = parser.parse_args(argv)
    parameters = {"article_path": str(Path(options.article).resolve())}
    if options.actors:
        parameters["actors_path"] = str(Path(options.actors).resolve())
    if options.results:
        parameters["results_dir"] = str(Path(options.results).resolve())
    with tempfile.TemporaryDirectory() as folder:
        executed = Path(folder) / NOTEBOOK.name
        try:
            papermill.execute_notebook(str(NOTEBOOK), str(executed), parameters=parameters, cwd=str(NOTEBOOKS),
                                       progress_bar=sys.stderr.isatty(), **THIS_PYTHON)
        except papermill.PapermillExecutionError as error:
            if error.ename != "InputError":
                raise
            sys.exit(f"Stopped: {error.evalue}")
        results = Path(parameters.get("results_dir") or ROOT / "results" / Path(options.article).stem)
        (results / NOTEBOOK.name).write_bytes(executed.read_bytes())
    print(f"Done. The tables, the charts and the executed notebook are in {results}")


if __name__ == "__main__":
    main()
