"""Option decorators shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


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
