"""Exercise checks: the self-check behind every "Your turn" (every notebook).

`check` compares a learner's answer with the expected one and prints kind,
specific feedback: "Not yet", "Not quite" with a hint, or "Well done". It never
raises, whatever the learner typed.
"""

import pandas as pd


def check(answer, expected, hint):
    """Self-check for a "Your turn" exercise: kind, specific feedback, never a crash."""
    answer, expected = _plain(answer), _plain(expected)
    if answer is ...:
        print("Not yet: replace the ... with your answer, then run this cell again.")
    elif isinstance(answer, (pd.Series, pd.DataFrame)):
        print("Not quite: you gave a whole table. The answer is a single value: pick it out of the table.")
    elif isinstance(expected, int) and not isinstance(answer, int):
        print(f"Not quite: you gave {answer!r}, but the answer is a whole number. Hint: {hint}")
    elif _same(answer, expected):
        print("Well done, that is right!")
    else:
        print(f"Not quite: you gave {answer!r}. Hint: {hint}")


def _plain(value):
    # NumPy numbers (what pandas returns) become plain Python ones: 3, not np.int64(3).
    return value.item() if hasattr(value, "item") and getattr(value, "ndim", None) == 0 else value


def _same(answer, expected):
    if isinstance(expected, str):
        return isinstance(answer, str) and answer.strip().casefold() == expected.strip().casefold()
    if isinstance(expected, (set, frozenset)):
        return isinstance(answer, (set, frozenset, list, tuple)) and set(answer) == expected
    return type(answer) is not bool and answer == expected
