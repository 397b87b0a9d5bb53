"""The ICCMA front end: task names (``DC-PR``...) and answers in the competition's solution form."""

from __future__ import annotations

from argmap.errors import ArgmapError
from argmap.semantics.dung import accepted, extensions_af, one_extension
from argmap.semantics.evaluate import Target
from argmap.semantics.framework import Framework

__all__ = [
    "TASK_CODES",
    "TASK_KINDS",
    "TASK_SEMANTICS",
    "answer_task",
    "iccma_extension",
    "parse_task",
]

TASK_SEMANTICS = {"GR": "grounded", "CO": "complete", "PR": "preferred", "ST": "stable"}
TASK_CODES = {semantics: code for code, semantics in TASK_SEMANTICS.items()}
TASK_KINDS = ("SE", "EE", "DC", "DS")


def parse_task(task: str) -> tuple[str, str]:
    """``"DC-PR"`` -> ("DC", "preferred"); an ArgmapError naming the tasks otherwise.

    >>> parse_task("ee-st")
    ('EE', 'stable')
    """
    kind, _, code = task.upper().partition("-")
    if kind not in TASK_KINDS or code not in TASK_SEMANTICS:
        tasks = ", ".join(f"{k}-{c}" for k in TASK_KINDS for c in TASK_SEMANTICS)
        raise ArgmapError(f"unknown task '{task}'; argmap answers {tasks}")
    return kind, TASK_SEMANTICS[code]


def iccma_extension(af: Framework, members: list[int]) -> str:
    """``w 1 3 7`` for ICCMA'23 frameworks, ``[a1,a3,a7]`` for named ones.

    >>> iccma_extension(Framework(["1", "2", "3"], fmt="i23"), [2, 0])
    'w 1 3'
    """
    if af.fmt == "i23":
        return " ".join(["w", *(af.names[i] for i in sorted(members))])
    return "[" + ",".join(sorted(af.names[i] for i in members)) + "]"


def answer_task(
    target: Target,
    kind: str,
    semantics: str,
    query: int | None = None,
    limit: int = 10_000,
    timeout: float = 60.0,
    solver: str = "auto",
) -> list[str]:
    """The answer to an ICCMA task, as the lines of its solution: YES/NO, an extension, or all.

    ``kind`` is SE (some extension), EE (every extension), DC or DS (credulous or sceptical
    acceptance of argument ``query``). Arguments past ``target.own`` are left out of extensions.

    >>> from argmap.semantics.evaluate import af_target
    >>> nixon = af_target(Framework(["q", "r"], [(0, 1), (1, 0)]))
    >>> answer_task(nixon, "EE", "preferred"), answer_task(nixon, "DS", "preferred", 0)
    (['[[q],[r]]'], ['NO'])
    """
    af = target.af

    def line(members: list[int]) -> str:
        return iccma_extension(af, [i for i in members if i < target.own])

    if kind in ("DC", "DS"):
        assert query is not None
        return ["YES" if accepted(af, semantics, query, kind, timeout, solver) else "NO"]
    if kind == "SE":
        one = one_extension(af, semantics, timeout, solver)
        return ["NO" if one is None else line(one)]
    found = extensions_af(af, semantics, limit=limit, timeout=timeout, solver=solver)
    if af.fmt == "i23":
        return [line(members) for members in found]
    return ["[" + ",".join(line(members) for members in found) + "]"]
