"""Load the CAMEO codebook (codes, names, Goldstein scores, QuadClass, PLOVER types)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from eventwire.datafiles import package_data, read_jsonl
from eventwire.errors import DataFileError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str = ""
    plover_context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    codes: Mapping[str, CameoCode]
    open: bool = False  # imported dictionaries keep their own codes (WEIS, local variants)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        return self.codes[code]

    def get(self, code: str) -> CameoCode | None:
        return self.codes.get(code)

    def closest(self, code: str) -> CameoCode | None:
        """The code itself or, failing that, its nearest listed ancestor (0312 -> 031 -> 03).
        An open codebook keeps any code, described by its nearest ancestor when there is one."""
        if self.open and code not in self.codes:
            if not code or code == "---":
                return None
            ancestor = replace(self, open=False).closest(code)
            return CameoCode(code=code, name=ancestor.name if ancestor else "", root=code[:2],
                             goldstein=ancestor.goldstein if ancestor else 0.0,
                             quad_class=ancestor.quad_class if ancestor else 0,
                             plover=ancestor.plover if ancestor else "")
        while code:
            if code in self.codes:
                return self.codes[code]
            code = code[:-1] if len(code) > 2 else ""
        return None


def load_codebook(path: Path | None = None) -> Codebook:
    path = path or package_data("eventwire.ontology", "cameo.jsonl")
    codes: dict[str, CameoCode] = {}
    for n, rec in read_jsonl(path):
        try:
            code = CameoCode(
                code=rec["code"], name=rec["name"], root=rec["root"],
                goldstein=float(rec["goldstein"]), quad_class=int(rec["quad_class"]),
                plover=rec.get("plover", ""), plover_mode=rec.get("plover_mode", "") or "",
                plover_context=tuple(rec.get("plover_context") or ()))
        except (KeyError, TypeError, ValueError) as e:
            raise DataFileError(str(path), n, f"bad CAMEO record: {e!r}") from None
        codes[code.code] = code
    return Codebook(MappingProxyType(codes))
