"""What reaches Wagtail's search: words only.

Wagtail's database backend passes a query's punctuation to SQLite's FTS5, where an
unmatched double quote or a stray `<` is a syntax error and the search a 500
(wagtail/wagtail#13227). Citizens search in words, so letters and digits are kept
and everything else becomes a space, on every database.
"""

import re

NOT_A_WORD = re.compile(r"[\W_]+")
MAX_LENGTH = 100


def plain_words(text):
    """The query's words, space-separated ('' when none)."""
    return " ".join(NOT_A_WORD.sub(" ", text or "").split())[:MAX_LENGTH].strip()
