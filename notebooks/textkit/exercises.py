"""Exercise checks: the self-check behind every "Your turn" (every notebook).

Each exercise stores its answer under a name of its own (`q1_conflict = ...`),
and its check cell says `tk.check("q1_conflict")`. The check looks the name up
in the notebook, works out the expected value from the learner's own tables
(so notebook 05 checks any article), runs several small tests, each with its
own hint, and prints "Not yet", "Not quite" with a hint, or "Well done". It
never shows the expected value, and it never stops with an error. The questions
themselves, and `check`, are in `questions.py`.
"""

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Question:
    """One exercise: how to work out the expected value, and the mistakes learners make, each with a hint."""

    expected: object  # a function of the notebook's variables, or a function that tests the answer (see test)
    hint: str  # said when the answer is wrong in a way no mistake below explains
    needs: tuple = ()  # the notebook's variables the check uses
    mistakes: list = field(default_factory=list)  # (test of answer and variables, hint) pairs
    test: bool = False  # True: expected(answer, variables) returns None if right, or what is wrong
    steps: tuple = ()  # (name, test, hint): intermediate answers checked first, in order


def _plain(value):
    # NumPy numbers (what pandas returns) become plain Python ones: 3, not np.int64(3).
    return value.item() if hasattr(value, "item") and getattr(value, "ndim", None) == 0 else value


def same(answer, expected):
    """Is the answer the expected one? Text ignores case and spaces; 3 and 3.0 are the same number."""
    answer, expected = _plain(answer), _plain(expected)
    if isinstance(expected, str):
        return isinstance(answer, str) and answer.strip().casefold() == expected.strip().casefold()
    if isinstance(expected, bool) or isinstance(answer, bool):
        return answer is expected
    if isinstance(expected, (int, float)) and isinstance(answer, (int, float)):
        return answer == expected
    return False


def _shape_problem(answer, expected):
    """A hint when the answer is the wrong sort of thing: a table for a number, text for a number, and so on."""
    answer = _plain(answer)
    if isinstance(answer, (pd.Series, pd.DataFrame)):
        if answer.size == 0:
            return ("your answer is an empty selection: no row matched. Check the spelling and the order of "
                    "the names (pairs are stored with actor_a before actor_b in the alphabet).")
        if answer.size == 1:
            return "your answer is a table with one value in it: take the value out, e.g. with .iloc[0] or int(...)."
        return "your answer is a whole table. The answer is a single value: pick it out of the table."
    if isinstance(_plain(expected), (int, float)) and not isinstance(answer, (int, float)) or isinstance(answer, bool):
        return f"your answer is {type(answer).__name__} {answer!r}, but the answer is a number."
    if isinstance(_plain(expected), str) and not isinstance(answer, str):
        return f"your answer is {answer!r}, but the answer is a piece of text, in quotes."
    return None


def _namespace():
    """The notebook's variables (IPython's user namespace), or an empty dictionary outside Jupyter."""
    try:
        from IPython import get_ipython

        return get_ipython().user_ns
    except (ImportError, AttributeError):
        return {}


def feedback(name, variables, questions):
    """The message for exercise `name`, given the notebook's variables: never raises."""
    try:
        question = questions[name]
        for step, _, _ in question.steps + ((name, None, None),):
            if step not in variables:
                return f"Not yet: run the exercise cell above first (it sets {step})."
            if variables[step] is ...:
                return f"Not yet: replace the ... after {step} = with your answer, then run both cells again."
        missing = [need for need in question.needs if need not in variables]
        if missing:
            return f"Not yet: run the notebook's cells from the top first (this check needs {', '.join(missing)})."
        for step, test, hint in question.steps:
            if not test(variables[step], variables):
                return f"Not quite: {step} is not right yet. Hint: {hint}"
        answer = variables[name]
        if question.test:
            problem = question.expected(answer, variables)
            return "Well done, that is right!" if problem is None else f"Not quite: {problem}"
        expected = question.expected(variables)
        if same(answer, expected):
            return "Well done, that is right!"
        shape = _shape_problem(answer, expected)
        if shape:
            return f"Not quite: {shape}"
        for mistake, hint in question.mistakes:
            if mistake(_plain(answer), variables):
                return f"Not quite: you gave {_plain(answer)!r}. {hint}"
        return f"Not quite: you gave {_plain(answer)!r}. Hint: {question.hint}"
    except Exception as error:  # a check must never stop the notebook
        return f"Not yet: the check could not read your answer ({type(error).__name__}: {error}). Run the cells above."
