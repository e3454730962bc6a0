"""Text made safe to print on a terminal: control characters shown as escapes, never sent raw."""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, except newline and tab; a lone surrogate cannot be written either
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str, keep_newlines: bool = True) -> str:
    """`text` with every control character as a visible escape ("\\x00", "\\x1b", "\\udfab"), so data
    cannot ring the bell, clear the screen or recolour a terminal, and an error line stays one line
    (`keep_newlines=False` escapes newlines and tabs too)."""
    pattern = _CONTROL if keep_newlines else _LINE_BREAKING
    return pattern.sub(_escape, text)


_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    return m.group().encode("unicode_escape", "backslashreplace").decode("ascii") \
        if ord(m.group()) < 0xd800 else f"\\u{ord(m.group()):04x}"
