"""Every option shared by several commands, each decorator under a name of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

__all__ = [
    "diagram_style_options",
    "drawing_options",
    "format_option",
    "hops_option",
    "level_option",
    "output_option",
    "stance_filter_options",
]

F = TypeVar("F", bound=Callable[..., Any])


def _all(*options: Callable[[F], F]) -> Callable[[F], F]:
    """One decorator applying ``options`` so that --help lists them in the order given."""

    def decorate(function: F) -> F:
        for option in reversed(options):
            function = option(function)
        return function

    return decorate


def format_option(*choices: str) -> Callable[[F], F]:
    """``--format`` with the given choices; the first is the default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output for people (table/text) or for scripts.",
    )


def output_option(
    help_text: str = "Write to FILE (atomically) instead of stdout.",
) -> Callable[[F], F]:
    """``-o/--output FILE``."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False), help=help_text)


def drawing_options(function: F) -> F:
    """Which claims a diagram or an export draws: --focus, --depth, --author (repeatable), --tag.

    The command passes them to ``argmap.subgraph.drawn_claims``.
    """
    return _all(
        click.option("--focus", metavar="CLAIM", help="Only the neighbourhood of CLAIM."),
        click.option(
            "--depth",
            type=click.IntRange(min=0),
            help="With --focus: how many links away from CLAIM (default 2).",
        ),
        click.option(
            "--author",
            "authors",
            multiple=True,
            metavar="A",
            help="Only claims author A holds or denies, and what links them (repeatable).",
        ),
        click.option("--tag", metavar="T", help="Only claims tagged T, and what links them."),
    )(function)


def diagram_style_options(function: F) -> F:
    """How a diagram looks: --color-by, --cluster-by, --rankdir (for DOT, render and HTML)."""
    return _all(
        click.option(
            "--color-by",
            type=click.Choice(["author", "tag", "status", "none"]),
            help="Fill claims by who holds them, their tags, or grounded status [none].",
        ),
        click.option(
            "--cluster-by",
            type=click.Choice(["author", "tag", "none"]),
            help="Box the claims of each author (held by them alone) or first tag [none].",
        ),
        click.option(
            "--rankdir",
            type=click.Choice(["TB", "LR", "BT", "RL"]),
            help="Where the motions sit: TB top (default), LR left, BT bottom, RL right.",
        ),
    )(function)


def stance_filter_options(with_author: bool = True) -> Callable[[F], F]:
    """Which stances the agreement commands count: --tag (repeatable), --since, --until and
    (unless ``with_author`` is False) --author (repeatable).

    The command passes them to ``argmap.subgraph.counted_stances``.
    """
    options: list[Callable[[F], F]] = [
        click.option(
            "--tag",
            "tags",
            multiple=True,
            metavar="T",
            help="Only claims tagged T (repeatable: any of them).",
        ),
        click.option(
            "--since",
            type=int,
            metavar="YEAR",
            help="Only stances from sources dated YEAR or later.",
        ),
        click.option(
            "--until",
            type=int,
            metavar="YEAR",
            help="Only stances from sources dated YEAR or earlier.",
        ),
    ]
    if with_author:
        options.append(
            click.option(
                "--author",
                "authors",
                multiple=True,
                metavar="A",
                help="Only author A's stances, and only A in the table (repeatable).",
            )
        )
    return _all(*options)


def hops_option(function: F) -> F:
    """``--hops N``: positions derived through chains of up to N edges (agreement commands)."""
    return click.option(
        "--hops",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Derive positions through chains of up to N edges (the shortest chains decide).",
    )(function)


def level_option(default: str | None) -> Callable[[F], F]:
    """``--level all|verdict|reasons``: which claims' evidence counts (agreement commands)."""
    return click.option(
        "--level",
        type=click.Choice(["all", "verdict", "reasons"]),
        default=default,
        show_default=default is not None,
        help="verdict: positions on the motions; reasons: on the other claims; all: both.",
    )
