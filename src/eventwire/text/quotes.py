"""Find direct quotations (words in quotation marks) in article text, with exact offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One direct quotation: where its words and its marks stand in the article."""

    start: int  # first character of the quoted words (after the opening mark and any space)
    end: int  # one past the last quoted character (before the closing mark)
    outer_start: int  # the opening mark
    outer_end: int  # one past the closing mark; == end when the closing mark is missing
    text: str  # the quoted words; paragraph breaks inside a multi-paragraph quote become one space
    balanced: bool = True  # False: no closing mark, the quote was cut at the end of its paragraph
    nested: tuple[tuple[int, int], ...] = ()  # (start, end) of the words of quotes inside this one


DOUBLE = "\"“”„«»"
SINGLE = "'‘’‚‹›"
TOKEN = re.compile(r"[\n\"“”„«»'‘’‚‹›]")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
SPACE_RUN = re.compile(r"\s*")
WORD = re.compile(r"[^\W_]")
# What a single quote's lookahead stops at: line breaks, double marks, and single marks standing
# after a word, before a space or punctuation (the only places a single quote can close).
LOOKAHEAD = re.compile(r"\n|[\"“”„«»]|(?<=\S)['’‘›‹](?=[\s.,;:!?…)\]}—–\"“”„«»›‹]|\Z)")
LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")

# Closing marks each opening mark accepts: English “…”, German „…“, French «…», Danish »…«,
# Swedish ”…”, and the single-quote counterparts used for quotes inside quotes.
CLOSERS = {
    '"': '"', "“": "”“", "„": "“”", "«": "»", "»": "«", "”": "”",
    "'": "'’", "‘": "’'", "‚": "‘’", "‹": "›", "›": "‹",
}
# What may stand before a single-quote opener: the quote must visibly start there, so that
# the apostrophes of "China’s", "Xi's" and "rock 'n' roll" never open anything.
SINGLE_OPEN_AFTER = "\"“„«»([{—–"
CLOSE_BEFORE = ".,;:!?…)]}—–" + DOUBLE + "›‹"  # what may follow a closing mark
OPEN_AFTER = SINGLE_OPEN_AFTER + "'‘‚‹/"  # ...and precede a double opening mark
# "the '90s", "'em", "'til": an apostrophe standing where a single quote could open.
ELISION = re.compile(r"(?:\d|(?:em|til|tis|twas|cause|bout|round|n)\b)", re.IGNORECASE)
SINGLE_REACH = 500  # characters to look ahead for a single quote's closing mark
MAX_DEPTH = 4  # deeper nesting only happens in garbage; bounds work on pathological input


@dataclass(slots=True)
class _Open:
    mark: str
    pos: int
    closer_pos: int | None = None  # single quotes: the closing mark, found when they open
    segments: list[list[int]] = field(default_factory=list)  # [start, end] per paragraph
    nested: list[tuple[int, int]] = field(default_factory=list)


def find_quotations(text: str) -> list[QuoteSpan]:
    """Direct quotations in `text`, in order; never raises (unclosed quotes come back flagged)."""
    if not isinstance(text, str) or not text:
        return []
    return _Scanner(text).run()


def quote_at(quotes: list[QuoteSpan], start: int, end: int) -> QuoteSpan | None:
    """The quotation containing, or else overlapping most, characters [start, end) of the article."""
    if end < start:
        start, end = end, start
    best, best_overlap = None, 0
    for q in quotes:
        if start == end and q.outer_start <= start < q.outer_end:
            return q
        if q.outer_start <= start and end <= q.outer_end and start < end:
            return q
        overlap = min(end, q.outer_end) - max(start, q.outer_start)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    return best


class _Scanner:
    """One pass over the marks and line breaks of a text, with a stack of open quotes."""

    def __init__(self, text: str):
        self.text = text
        # With blank lines between paragraphs, a single newline is a hard wrap inside one;
        # without any, every line is a paragraph (wire copy often comes that way).
        self.single_newline_paragraphs = BLANK_LINE.search(text) is None
        self.stack: list[_Open] = []
        self.found: list[QuoteSpan] = []
        self.stack_version = 0  # bumped on every push and pop of the stack
        # (searched up to, closing marks, stack version) of the last single-quote lookahead that
        # found nothing: a later opener before that point, in the same state, finds nothing too.
        self.no_single_closer: tuple[int, str, int] = (-1, "", -1)

    def run(self) -> list[QuoteSpan]:
        text, n = self.text, len(self.text)
        i = line_start = SPACE_RUN.match(text, 0).end()
        prev_line_end = 0
        while (m := TOKEN.search(text, i)) is not None:
            j = m.start()
            if text[j] == "\n":
                q = SPACE_RUN.match(text, j).end()
                prev_line_end = self._content_end(j)
                if self.single_newline_paragraphs or BLANK_LINE.search(text, j, q) or q == n:
                    if self.stack and not self._continues(q):
                        self._cut(prev_line_end)
                line_start = i = q
                continue
            i = j + 1
            if j == line_start and self.stack and self.stack[0].mark in DOUBLE and self._continues(j):
                # The news convention: a quote left open at the end of a paragraph goes on in
                # the next one, which opens with a quotation mark that closes nothing.
                del self.stack[1:]
                self.stack_version += 1
                self.stack[0].segments[-1][1] = prev_line_end
                self.stack[0].segments.append([j + 1, j + 1])
                continue
            self._mark(j)
        if self.stack:
            self._cut(self._content_end(n))
        return self.found

    # -- marks -------------------------------------------------------------------------------

    def _mark(self, j: int) -> None:
        ch = self.text[j]
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k].closer_pos == j:
                self._close(k, j)
                return
        if ch in SINGLE:
            if len(self.stack) < MAX_DEPTH and self._can_open_single(j):
                closer = self._single_closer(j)
                if closer is not None:
                    self._push(_Open(ch, j, closer, [[j + 1, j + 1]]))
            return
        action, k = self._double_action(j)
        if action == "close":
            self._close(k, j)
        elif action == "open" and len(self.stack) < MAX_DEPTH:
            self._push(_Open(ch, j, None, [[j + 1, j + 1]]))

    def _push(self, entry: _Open) -> None:
        self.stack.append(entry)
        self.stack_version += 1

    def _double_action(self, j: int) -> tuple[str, int]:
        """("close", stack index) | ("open", -1) | ("ignore", -1) for the double mark at j."""
        stack = self.stack
        ch = self.text[j]
        opens, closes = self._flanks(j)
        if ch == '"':
            # Straight quotes alternate: the next one closes the open one.
            for k in range(len(stack) - 1, -1, -1):
                if stack[k].mark == '"':
                    return "close", k
            if stack and stack[-1].mark in "“„" and closes and not opens:
                return "close", len(stack) - 1  # “…," mixed marks, a common slip
            return "open", -1
        for k in range(len(stack) - 1, -1, -1):
            entry = stack[k]
            if entry.mark in DOUBLE and ch in CLOSERS[entry.mark]:
                if ch == "“" and entry.mark == "“" and not (closes and not opens):
                    continue  # a second “ opening, not a typo for ”
                return "close", k
        if ch in "„«":
            return "open", -1
        if ch == "“":
            return ("ignore", -1) if closes and not opens else ("open", -1)
        if ch in "”»":
            return ("open", -1) if opens and not closes else ("ignore", -1)
        return "ignore", -1

    def _flanks(self, j: int) -> tuple[bool, bool]:
        """(may open, may close): a mark opens before a word and closes after one."""
        text = self.text
        before = text[j - 1] if j > 0 else " "
        after = text[j + 1] if j + 1 < len(text) else " "
        opens = not after.isspace() and (before.isspace() or before in OPEN_AFTER)
        closes = not before.isspace() and (after.isspace() or after in CLOSE_BEFORE)
        return opens, closes

    # -- single quotes -----------------------------------------------------------------------

    def _can_open_single(self, j: int) -> bool:
        text = self.text
        if text[j] == "’":
            return False  # the apostrophe proper, never an opening mark here
        before = text[j - 1] if j > 0 else " "
        if not (before.isspace() or before in SINGLE_OPEN_AFTER):
            return False
        if j + 1 >= len(text) or text[j + 1].isspace():
            return False
        return ELISION.match(text, j + 1) is None

    def _single_closer(self, j: int) -> int | None:
        """The closing mark of a single quote opening at j, or None (then it is an apostrophe)."""
        text, n = self.text, len(self.text)
        closers = CLOSERS[text[j]]
        limit = min(n, j + SINGLE_REACH)
        i = j + 1
        searched, last_closers, version = self.no_single_closer
        if i < searched and closers == last_closers and version == self.stack_version:
            i = searched  # nothing before there closes; resuming keeps long runs of marks linear
        first_word = WORD.search(text, j + 1, limit)
        fallback = None
        stop = limit
        while (m := LOOKAHEAD.search(text, i, limit)) is not None:
            k = m.start()
            i = k + 1
            ch = text[k]
            if ch == "\n":
                q = SPACE_RUN.match(text, k).end()
                if self.single_newline_paragraphs or BLANK_LINE.search(text, k, q):
                    stop = k
                    break
                continue
            if ch in DOUBLE:
                if self._double_action(k)[0] == "close":
                    stop = k  # the enclosing quote ends first
                    break
                continue
            if ch not in closers or not self._closes_single(k):
                continue
            if first_word is None or first_word.start() >= k:
                continue
            if ch in "'’" and text[k - 1] in "sS" and text[k + 1:k + 2] == " " and text[k + 2:k + 3].islower():
                if fallback is None:
                    fallback = k  # "the workers' union": likely a possessive, not the close
                continue
            return k
        if fallback is not None and self.stack:
            return fallback  # inside a quote, a possessive-looking close will do
        self.no_single_closer = (stop, closers, self.stack_version)
        return None

    def _closes_single(self, k: int) -> bool:
        text = self.text
        before = text[k - 1]
        after = text[k + 1] if k + 1 < len(text) else " "
        if before.isspace() or not (after.isspace() or after in CLOSE_BEFORE):
            return False
        return not (before == "n" and k >= 2 and text[k - 2] in SINGLE)  # rock 'n' roll

    # -- results -----------------------------------------------------------------------------

    def _continues(self, q: int) -> bool:
        """Does the line starting at q open with a mark that continues a quote?"""
        text = self.text
        if q + 1 >= len(text) or text[q] not in DOUBLE:
            return False
        after = text[q + 1]
        return not after.isspace() and after not in ",.;:!?"

    def _content_end(self, j: int) -> int:
        while j > 0 and self.text[j - 1].isspace():
            j -= 1
        return j

    def _close(self, k: int, j: int) -> None:
        entry = self.stack[k]
        del self.stack[k:]
        self.stack_version += 1
        entry.segments[-1][1] = j
        if self.stack:
            span = self._trim(entry.segments[0][0], j)
            if WORD.search(self.text, span[0], span[1]):
                self.stack[0].nested.append(span)
        else:
            self._emit(entry, balanced=True)

    def _cut(self, end: int) -> None:
        """A quote still open at the end of its paragraph, with no continuation: flag it."""
        entry = self.stack[0]
        self.stack.clear()
        self.stack_version += 1
        entry.segments[-1][1] = max(end, entry.segments[-1][0])
        self._emit(entry, balanced=False)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def _emit(self, entry: _Open, balanced: bool) -> None:
        spans = [self._trim(s, e) for s, e in entry.segments]
        spans = [(s, e) for s, e in spans if s < e]
        if not spans:
            return
        start, end = spans[0][0], spans[-1][1]
        words = LINE_BREAK.sub(" ", " ".join(self.text[s:e] for s, e in spans))
        if not WORD.search(words):
            return
        outer_end = entry.segments[-1][1] + 1 if balanced else end  # past the closing mark
        self.found.append(QuoteSpan(
            start=start, end=end, outer_start=entry.pos, outer_end=outer_end,
            text=words, balanced=balanced, nested=tuple(sorted(entry.nested)),
        ))
