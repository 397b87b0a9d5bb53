"""The clingo backend: extensions by answer-set programming, for frameworks too large to search in Python.

The encodings are the standard ones of the ASPARTIX family (Egly, Gaggl and Woltran 2010):
guess a set ``in/1``, forbid conflicts, and add the constraint of each semantics. Preferred
extensions are the subset-maximal admissible sets, enumerated with clingo's domain heuristic
(``in`` true first) in ``domRec`` mode, which yields exactly the maximal models.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from argmap.errors import SearchLimit
from argmap.semantics.framework import Framework

__all__ = ["ENCODINGS", "clingo_extensions"]

_BASE = """
#defined att/2.
{ in(X) : arg(X) }.
:- in(X), in(Y), att(X, Y).
defeated(X) :- in(Y), att(Y, X).
#show in/1.
"""

_ADMISSIBLE = ":- in(X), att(Y, X), not defeated(Y).\n"

ENCODINGS = {
    "complete": _BASE
    + _ADMISSIBLE
    + """
undefended(X) :- att(Y, X), not defeated(Y).
:- arg(X), not in(X), not undefended(X).
""",
    "stable": _BASE + ":- arg(X), not in(X), not defeated(X).\n",
    "preferred": _BASE + _ADMISSIBLE + "#heuristic in(X) : arg(X). [1, true]\n",
}

_FIXED = {
    "in": ":- not in({x}).\n",
    "out": ":- not defeated({x}).\n",
    "undec": ":- in({x}).\n:- defeated({x}).\n",
}


def _facts(af: Framework) -> str:
    lines = [f"arg(0..{len(af.names) - 1}).\n"] if af.names else []
    lines.extend(f"att({a},{b}).\n" for a, b in af.attacks)
    return "".join(lines)


def clingo_extensions(
    af: Framework,
    semantics: str,
    deadline: float = float("inf"),
    fixed: dict[int, str] | None = None,
) -> Iterator[frozenset[int]]:
    """Complete, preferred or stable extensions of ``af`` from clingo, one at a time.

    Raises SearchLimit("time") when clingo has not found the next one by ``deadline``
    (a ``time.monotonic()`` value); stopping early cancels the search.

    >>> nixon = Framework(["quaker", "republican"], [(0, 1), (1, 0)])
    >>> sorted(sorted(e) for e in clingo_extensions(nixon, "preferred"))
    [[0], [1]]
    """
    import clingo

    options = ["--models=0"]
    if semantics == "preferred":
        options += ["--heuristic=Domain", "--enum-mode=domRec"]
    # The logger swallows clingo's informational warnings (e.g. "no atoms over att/2").
    control = clingo.Control(options, logger=lambda code, message: None)
    program = ENCODINGS[semantics] + "".join(
        _FIXED[label].format(x=x) for x, label in (fixed or {}).items()
    )
    control.add("base", [], program + _facts(af))
    control.ground([("base", [])])
    with control.solve(yield_=True, async_=True) as handle:
        while True:
            handle.resume()
            remaining = deadline - time.monotonic()
            if remaining == float("inf"):
                handle.wait()
            elif not handle.wait(max(0.0, remaining)):
                handle.cancel()
                raise SearchLimit("time")
            model = handle.model()
            if model is None:
                return
            yield frozenset(s.arguments[0].number for s in model.symbols(shown=True))
