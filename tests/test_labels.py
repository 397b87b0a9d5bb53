"""labels.clean and labels.wrap take shortcuts: they must give what the plain way gives."""

from __future__ import annotations

import re
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from argmap.export.labels import clean, wrap

_SPACE = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

# Words of every length (some longer than any width), joined by every kind of white space.
words = st.text(alphabet=st.sampled_from("ab-é\u200d\x07"), min_size=0, max_size=40)
gaps = st.sampled_from([" ", "  ", "\t", "\n", "\xa0", "\u2009", "\x1c", " \x85 "])
texts = st.lists(st.tuples(words, gaps), max_size=30).map(
    lambda parts: "".join(w + g for w, g in parts)
)


def plain_clean(text: str) -> str:
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


@given(texts | st.text(max_size=200))
def test_clean_is_the_plain_substitution(text: str) -> None:
    assert clean(text) == plain_clean(text)


@given(texts | st.text(max_size=200), st.integers(min_value=1, max_value=50))
def test_wrap_is_textwrap(text: str, width: int) -> None:
    assert wrap(text, width) == (
        textwrap.wrap(plain_clean(text), width, break_on_hyphens=False) or [""]
    )
