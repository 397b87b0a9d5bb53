"""Handouts of a debate brief: Markdown, a self-contained HTML page, the page printed to PDF by
headless Chromium, and debate cards as a Word document.

Each takes the plain-data brief of :func:`argmap.debate.brief` (anonymized or not), or a
packet of both sides (``packet``).
"""

from __future__ import annotations

from argmap.debate.say import NO_ANSWER
from argmap.export.handout.markdown import markdown_handout
from argmap.export.handout.packet import packet
from argmap.export.handout.page import html_handout

__all__ = ["NO_ANSWER", "html_handout", "markdown_handout", "packet"]
