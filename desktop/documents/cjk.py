"""Chinese line breaking for reportlab's CJK wrap (GB/T 15834 punctuation rules).

Any character may end a line, except that a closing mark (，。）」…) never starts one: it
stays on the line before, which the justification then squeezes; and an opening mark
(（《“…) never ends one: it goes over with the character it opens. A run of Latin letters
or digits is kept whole where it fits. reportlab's own splitter knows only the Japanese
closing marks and nothing of opening ones, so `install` (called by engine.py) puts this
one in its place.
"""

from __future__ import annotations

from unicodedata import category

from reportlab.lib import textsplit
from reportlab.platypus import paragraph as platypus_paragraph

CANNOT_START = "，。、；：！？）》〉」』】〕］｝”’％…·—!),.:;?]}"
CANNOT_END = "（《〈「『【〔［｛“‘(["
_FUZZ = 1e-6


def _is_latin(character: str) -> bool:
    return ord(character) < 0x3000 and category(character) != "Zs"


def _break(word: str, widths: list[float], start: int, end: int) -> int:
    """Where the line from `start` should end, given that `end` characters fit."""
    if end >= len(word):
        return end
    if _is_latin(word[end]) and _is_latin(word[end - 1]):
        # Keep a Latin run (a number, a code) whole if it begins after the line's middle.
        run = end
        while run > start and _is_latin(word[run - 1]):
            run -= 1
        if run > (start + end) // 2:
            end = run
    if word[end] in CANNOT_START and end - 1 > start:
        while end < len(word) and word[end] in CANNOT_START:
            end += 1  # hang the closing marks (”。 comes in pairs) on this line
        return end
    while end - 1 > start and word[end - 1] in CANNOT_END:
        end -= 1  # carry the opening mark over
    return end


def split_cjk(word: str, widths: list[float], max_widths) -> list[list]:
    """reportlab's dumbSplit contract: [[spare width, line text], ...]."""
    if not isinstance(max_widths, list | tuple):
        max_widths = [max_widths]
    lines: list[list] = []
    start = 0
    while start < len(word):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        end, used = start, 0.0
        while end < len(word) and (used + widths[end] <= max_width + _FUZZ or end == start):
            used += widths[end]
            end += 1
        end = _break(word, widths, start, end)
        used = sum(widths[start:end])
        text = word[start:end]
        lines.append([max_width - used, text.strip() if end < len(word) else text])
        start = end
    return lines


def install() -> None:
    """Make reportlab's CJK wrap follow these rules (idempotent; reportlab is ours alone)."""
    textsplit.dumbSplit = split_cjk
    # The mixed-font path (a fallback glyph in the paragraph) uses its own loop and only
    # knows closing marks: give it ours.
    missing = "".join(c for c in CANNOT_START if c not in platypus_paragraph.ALL_CANNOT_START)
    platypus_paragraph.ALL_CANNOT_START += missing
