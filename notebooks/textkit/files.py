"""Files in and out: read an article or a word list, write a table.

Notebook 01 opens the article with `encoding="utf-8"`; `read_article` does the
same and, for a file it cannot use, stops with one short message that names the
file by its full path and says what to do (notebook 05 shows these messages).
A web page saved from a browser is read as its article. `save_csv` writes every
table the course makes to `results/`. Every later module starts from here.
"""

import csv
import shutil
from pathlib import Path

COURSE_DATA = Path(__file__).resolve().parents[2] / "data"  # notebooks/textkit/files.py -> data/
WEB_PAGE_ENDINGS = (".html", ".htm")
# How other kinds of file begin: PDF, PNG, JPEG, GIF, and zip (Word .docx and Excel .xlsx are zip files).
NOT_TEXT = {b"%PDF": "a PDF", b"\x89PNG": "an image", b"\xff\xd8": "an image", b"GIF8": "an image",
            b"PK\x03\x04": "a Word or Excel file", b"\xd0\xcf\x11\xe0": "an old Word or Excel file"}


class InputError(ValueError):
    """A file the course cannot use; the message says which file and what to do."""

    def _render_traceback_(self):
        # IPython and papermill show what this returns instead of a traceback: the message alone.
        return [f"Stopped: {self}"]


def _where(path):
    """The full path of a file, so a message says exactly where the course looked."""
    return Path(path).expanduser().resolve()


def read_text_file(path, what="text"):
    """Return the text of a UTF-8 plain-text file, or stop with a clear message saying what to do.

    A byte-order mark and Windows line endings are fine. `what` names the file in messages.
    """
    path = _where(path)
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a file. Give the path of the {what} file inside it.")
    if not path.is_file():
        raise InputError(f"{path}: no such file. Check the file name and the folder it is in.")
    data = path.read_bytes()
    kind = next((name for start, name in NOT_TEXT.items() if data.startswith(start)), None)
    if kind:
        raise InputError(f"{path} is {kind}, not plain text. Save the {what} as a UTF-8 text file and use that.")
    if _looks_like_utf16(data):
        raise InputError(f"{path} is saved as UTF-16. Open it in a text editor and save it again as UTF-8.")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path} is not a plain-text file. Save the {what} as a UTF-8 text file and use that.")
    try:
        text = data.decode("utf-8-sig")  # "-sig" drops the byte-order mark some editors add
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path} is not saved as UTF-8 (byte {data[err.start]:#04x} at position {err.start}; "
            "Windows editors often use cp1252). Open it in a text editor and save it again as UTF-8."
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line endings
    if not text.strip():
        raise InputError(f"{path} is empty. Put the {what} in it, save it, and run again.")
    return text


def _looks_like_utf16(data):
    """UTF-16 starts with a byte-order mark, or puts a zero byte beside every English letter."""
    head = data[:400]
    zeros = max(head[0::2].count(0), head[1::2].count(0))
    return data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 4 and zeros > 0.7 * len(head) / 2)


def is_web_page(path):
    """True for a web page saved from a browser (.html or .htm)."""
    return Path(path).suffix.lower() in WEB_PAGE_ENDINGS


def read_web_page(path):
    """The title and main text of a saved web page, without its menus, adverts and footer.

    trafilatura finds the article in the page's HTML; it reads the file only, offline.
    """
    import trafilatura  # imported here: only web pages need it

    html = read_text_file(path, "web page")
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or len(text.split()) < 20:
        raise InputError(f"{_where(path)}: no article text found in this web page. "
                         "Copy the article's text into a text editor, save it as UTF-8 .txt, and use that.")
    metadata = trafilatura.extract_metadata(html)
    return (metadata.title if metadata and metadata.title else ""), text


def read_article(path):
    """Return the text of an article: a UTF-8 plain-text file, or the main text of a saved web page."""
    if is_web_page(path):
        return read_web_page(path)[1]
    return read_text_file(path, "article")


def check_results_folder(folder):
    """Make sure results can be written to `folder`, before any work is done; return it as a Path.

    Results never go into the course's data/ folder, and the folder must be one the course can write to.
    """
    where = _where(folder)
    if where == COURSE_DATA or COURSE_DATA in where.parents:
        raise InputError(f"{where}: results never go into the course's data/ folder. Choose another results_dir.")
    if where.exists() and not where.is_dir():
        raise InputError(f"{where} is a file, not a folder. Set results_dir to a folder's path.")
    try:  # the surest test: make the folder, and write and delete a small file in it
        where.mkdir(parents=True, exist_ok=True)
        probe = where / ".can-write"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        message = f"{where}: the course cannot write there. Set results_dir to a folder you can write to."
        raise InputError(message) from None
    return Path(folder)


def read_word_list(path):
    """Return the set of words in a file with one word per line (# starts a comment)."""
    lines = read_text_file(path, "word list").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def save_csv(table, path):
    """Write a table to CSV (UTF-8, no index column), creating the folder if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path


def copy_if_missing(source, copy):
    """Copy a file, but only if the copy does not exist yet: a file the learner has edited is never replaced.

    Returns True if the copy was made now, False if it was there already.
    """
    copy = Path(copy)
    if copy.exists():
        return False
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, copy)
    return True


def read_actions(path):
    """Read a CSV of verb forms and their action (columns form, action) into a dictionary."""
    with Path(path).open(encoding="utf-8", newline="") as file:
        return {row["form"].strip().lower(): row["action"].strip() for row in csv.DictReader(file)}
