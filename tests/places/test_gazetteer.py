"""City names resolve to countries offline, preferring a country the text mentions."""

import pytest

from eventwire.places import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize("name,country", [("Jericho", "PSE"), ("Kidal", "MLI"), ("Basra", "IRQ"),
                                          ("Abidjan", "CIV"), ("Geneva", "CHE")])
def test_gazetteer_city_country(gazetteer, name, country):
    assert gazetteer.lookup(name).country == country


def test_gazetteer_prefers_a_country_the_text_mentions(gazetteer):
    assert gazetteer.lookup("Tripoli").country == "LBY"  # the most populous Tripoli
    assert gazetteer.lookup("Tripoli", frozenset({"LBN"})).country == "LBN"


def test_gazetteer_ignores_common_words(gazetteer):
    assert gazetteer.lookup("Police") is None and gazetteer.lookup("Reading") is None


@pytest.mark.parametrize("name, country", [("Islamabad", "PAK"), ("Kingston", "JAM"), ("Tripoli", "LBY")])
def test_gazetteer_a_capital_by_its_own_name_comes_first(gazetteer, name, country):
    # "Islamabad" is also an old name of a bigger Bangladeshi city
    assert gazetteer.lookup(name).country == country


def test_gazetteer_a_small_town_is_not_known_by_another_name(gazetteer):
    # "Borno" is an alternate name of a German town of 19,000 people, not a place news means
    assert gazetteer.lookup("Borno") is None and gazetteer.lookup("Kiev").country == "UKR"


@pytest.mark.parametrize("name, country", [
    ("Tamaulipas", "MEX"), ("Michoacan", "MEX"), ("Kebbi state", "NGA"), ("Balochistan province", "PAK"),
    ("North Kordofan", "SDN"), ("Sagaing", "MMR"), ("Texas", "USA"),
])
def test_gazetteer_first_level_regions_of_every_country(gazetteer, name, country):
    assert gazetteer.region(name) == country


@pytest.mark.parametrize("name", ["Punjab", "Central", "Northern", "Georgia"])
def test_gazetteer_shared_or_generic_region_names_are_nobodys(gazetteer, name):
    # Punjab is India's and Pakistan's; "Central" is a region of many; Georgia is the country
    assert gazetteer.region(name) == ""


@pytest.mark.parametrize("name, country", [
    # a place's own name, accents aside, before a bigger place only also called so ("Nis" is Niš,
    # not Nice); but a far bigger place keeps a name a small town has as its own ("Moscow")
    ("Nis", "SRB"), ("Moscow", "RUS"), ("Kiev", "UKR"),
])
def test_gazetteer_a_places_own_name_comes_first(gazetteer, name, country):
    assert gazetteer.lookup(name).country == country


@pytest.mark.parametrize("name, country", [("Deir el-Balah", "PSE"), ("Beit Hanoun", "PSE")])
def test_gazetteer_a_towns_other_name_of_two_words_is_known(gazetteer, name, country):
    # too small for any other name of one word, but two words only one country's town is called
    # are no English word: known even in a text that names another country
    assert gazetteer.lookup(name).country == country
    assert gazetteer.lookup(name, prefer=frozenset({"ISR"})).country == country


def test_gazetteer_news_regions_data_is_valid():
    import json
    import re

    from eventwire.datafiles import package_data, read_jsonl

    countries = {r["code"] for _, r in read_jsonl(package_data("eventwire.actors", "countries.jsonl"))}
    country_names = {n for _, r in read_jsonl(package_data("eventwire.actors", "countries.jsonl"))
                     for n in [r["name"], *r.get("names", [])]}
    seen = set()
    path = package_data("eventwire.places", "regions.jsonl")
    for _, record in read_jsonl(path):
        assert record["country"] in countries and record.get("note"), record
        for name in record["names"]:
            assert name[0].isupper() and name.strip() == name and name not in country_names, name
            assert name not in seen, name
            seen.add(name)
    manifest = json.loads((path.parent / "manifest.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", manifest["regions.jsonl"]["version"])


@pytest.mark.parametrize("name, country", [("Anbar", "IRQ"), ("Tigray", "ETH"), ("Darfur", "SDN"),
                                           ("South Waziristan", "PAK"), ("Plateau state", "NGA")])
def test_gazetteer_regions_as_news_spells_them(gazetteer, name, country):
    # ISO 3166-2 spells these otherwise (Al Anbar, Tigrai) or has no such subdivision
    assert gazetteer.region(name) == country


def test_gazetteer_a_town_in_a_news_region_is_that_country(code):
    found = {(e.source, e.target, e.code[:2]) for e in code("Gunmen ambushed a police patrol in Daraa province.").events}
    assert any(s.startswith("SYR") and t == "SYRCOP" for s, t, _ in found), found


def test_gazetteer_a_sea_is_no_region_named_after_it(gazetteer):
    # Sudan's "Red Sea state" is a region; "the Red Sea" is the sea
    assert gazetteer.region("Red Sea") == "" and gazetteer.region("Red Sea state") == "SDN"
