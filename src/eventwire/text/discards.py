"""Discard lists: phrases that mark a sentence or a whole story as not political news."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from eventwire.datafiles import read_jsonl
from eventwire.errors import DataFileError


@dataclass(frozen=True)
class Discards:
    """Compiled discard phrases, matched case-insensitively from a word start; a phrase marked
    whole_word must also end at a word boundary, others are stems ("BASEBALL" finds
    "baseballers"). Empty by default: the bundled dictionaries discard nothing."""

    sentence_re: re.Pattern | None = None
    story_re: re.Pattern | None = None

    def sentence(self, text: str) -> bool:
        return self.sentence_re is not None and self.sentence_re.search(text) is not None

    def story(self, text: str) -> bool:
        return self.story_re is not None and self.story_re.search(text) is not None


def _compile(records: list[dict]) -> re.Pattern | None:
    if not records:
        return None
    parts = sorted({r"\s+".join(map(re.escape, r["phrase"].split())) + (r"\b" if r.get("whole_word") else "")
                    for r in records}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def load_discards(folder: Path | None) -> Discards:
    path = folder / "discards.jsonl" if folder is not None else None
    if path is None or not path.exists():
        return Discards()
    by_scope: dict[str, list[dict]] = {"sentence": [], "story": []}
    for n, rec in read_jsonl(path):
        scope = rec.get("scope", "sentence")
        if scope not in by_scope or not str(rec.get("phrase", "")).strip():
            raise DataFileError(str(path), n, "a discard needs a phrase and scope 'sentence' or 'story'")
        by_scope[scope].append(rec)
    return Discards(_compile(by_scope["sentence"]), _compile(by_scope["story"]))
