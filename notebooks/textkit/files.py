"""Files in and out: read an article or a word list, write a table.

Notebook 01 opens the article with `encoding="utf-8"`; `read_article` does the
same and, for a file it cannot use, stops with one clear message that says what
to do (notebook 05 shows these messages). `save_csv` writes every table the
course makes to `results/`. Every later module starts from the text read here.
"""

import csv
from pathlib import Path


class InputError(ValueError):
    """A file the course cannot use; the message says which file and what to do."""


def read_text_file(path, what="text"):
    """Return the text of a UTF-8 plain-text file, or stop with a clear message saying what to do.

    A byte-order mark and Windows line endings are fine. `what` names the file in messages.
    """
    __tracebackhide__ = True  # in Jupyter, show the message, not this function's insides
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file. Check the file name and the folder it is in.")
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: this {what} is saved as UTF-16. Open it in a text editor and save it as UTF-8.")
    if b"\x00" in data[:4096] or data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8", b"GIF8", b"PK\x03\x04")):
        raise InputError(
            f"{path}: this is not a plain-text file (a PDF, an image or a Word file?). "
            f"Copy the {what} into a text editor and save it as .txt with the encoding UTF-8."
        )
    try:
        text = data.decode("utf-8-sig")  # "-sig" drops the byte-order mark some editors add
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: this {what} is not saved as UTF-8 (byte {data[err.start]:#04x} at position {err.start}; "
            "Windows editors often use cp1252). Open it in a text editor and save it again with the encoding UTF-8."
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line endings
    if not text.strip():
        raise InputError(f"{path}: the file is empty. Put the {what} in it and save it again.")
    return text


def read_article(path):
    """Return the text of an article: a UTF-8 plain-text file (see read_text_file)."""
    __tracebackhide__ = True
    return read_text_file(path, "article")


COURSE_DATA = Path(__file__).resolve().parents[2] / "data"  # notebooks/textkit/files.py -> data/


def check_results_folder(folder):
    """Stop if results would be written into the course's data/ folder, which is never overwritten."""
    __tracebackhide__ = True
    where = Path(folder).resolve()
    if where == COURSE_DATA or COURSE_DATA in where.parents:
        raise InputError(f"{folder}: results never go into the course's data/ folder. Choose another results_dir.")
    return Path(folder)


def read_word_list(path):
    """Return the set of words in a file with one word per line (# starts a comment)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def save_csv(table, path):
    """Write a table to CSV (UTF-8, no index column), creating the folder if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path


def read_actions(path):
    """Read a CSV of verb forms and their action (columns form, action) into a dictionary."""
    with Path(path).open(encoding="utf-8", newline="") as file:
        return {row["form"].strip().lower(): row["action"].strip() for row in csv.DictReader(file)}
