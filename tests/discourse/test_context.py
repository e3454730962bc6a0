"""Group references and counterparts resolved from what the article named before."""

import pytest

from eventwire.discourse.context import ArticleContext
from eventwire.types import Actor, ActorMention, Span


def dyads(coded, sentence=None):
    return {(e.source, e.target, e.code[:2]) for e in coded.events if sentence is None or e.sentence == sentence}


@pytest.mark.parametrize("text,expected", [
    # "urged both sides": the appeal goes to each party named before
    ("Ethiopia and Eritrea exchanged artillery fire along their border on Monday. "
     "Kenya urged both sides to return to talks.",
     {("KEN", "ETH", "02"), ("KEN", "ERI", "02")}),
    # the group's noun gives each party its role: delegations and leaders are GOV ...
    ("Serbia and Kosovo held talks in Brussels on Monday. The two delegations agreed to reopen a crossing.",
     {("SRBGOV", "XKX", "03"), ("XKXGOV", "SRB", "03")}),
    ("Colombia and Venezuela traded accusations on Monday. Brazil urged both leaders to meet.",
     {("BRA", "COLGOV", "02"), ("BRA", "VENGOV", "02")}),
    ("Thai and Cambodian soldiers exchanged fire on Monday. China called on the two governments to show restraint.",
     {("CHN", "THAGOV", "02"), ("CHN", "KHMGOV", "02")}),
    # a group of three: each of the last three countries named
    ("Japan, Australia and Canada imposed tariffs on steel from Vietnam on Monday. "
     "Vietnam's trade minister accused the three countries of breaking trade rules.",
     {("VNMGOV", "JPN", "11"), ("VNMGOV", "AUS", "11"), ("VNMGOV", "CAN", "11")}),
    # ... armies, militaries and forces MIL
    ("Armenian and Azerbaijani troops clashed near the border on Sunday. "
     "The European Union called on the two armies to withdraw.",
     {("IGOEUREEC", "ARMMIL", "02"), ("IGOEUREEC", "AZEMIL", "02")}),
    # neighbours and countries are the states themselves
    ("Greece and Turkey held talks on Monday. Germany praised the two neighbours.",
     {("DEU", "GRC", "05"), ("DEU", "TUR", "05")}),
    ("Peru and Ecuador held talks on Monday. Both countries agreed to reopen the border.",
     {("PER", "ECU", "03"), ("ECU", "PER", "03")}),
    # ... and presidents are GOV
    ("Boric met Milei in Santiago on Monday. The two presidents agreed to reopen a border pass.",
     {("CHLGOV", "ARGGOV", "03"), ("ARGGOV", "CHLGOV", "03")}),
])
def test_context_group_is_each_party_named_before(code, text, expected):
    coded = code(text, "2025-03-04")
    assert expected <= dyads(coded, 2), dyads(coded)


@pytest.mark.parametrize("text, expected", [
    # the mediator of the last act is none of "the two sides" ...
    ("Norway mediated between Colombia and the ELN on Monday. The two sides agreed to extend the truce.",
     {("COL", "COLREB", "03"), ("COLREB", "COL", "03")}),
    # ... nor is whoever urges "the two delegations", nor the host of the talks
    ("Serbian and Kosovar negotiators met on Monday, an Austrian diplomat said. Germany urged the two delegations to keep talking.",
     {("DEU", "SRBGOV", "02"), ("DEU", "XKXGOV", "02")}),
    ("Armenia and Azerbaijan resumed talks in Astana on Monday with Kazakh officials present. "
     "The two delegations agreed to meet again in May.",
     {("ARMGOV", "AZEGOV", "03"), ("AZEGOV", "ARMGOV", "03")}),
])
def test_context_group_is_the_pair_of_the_last_act_between_two(code, text, expected):
    coded = code(text, "2025-03-04")
    assert expected <= dyads(coded, 2), dyads(coded)



@pytest.mark.parametrize("text, expected", [
    # a "between A and B" in the group's own sentence names the two, before or after it
    ("Qatar, which has mediated between Israel and Hamas, urged both sides on Tuesday to return to talks.",
     {("QAT", "ISR", "02"), ("QAT", "PSEREB", "02")}),
    ("Norway, which has long mediated between the Colombian government and the ELN, urged the two sides "
     "to resume negotiations.", {("NOR", "COLGOV", "02"), ("NOR", "COLREB", "02")}),
    ("Egypt urged both sides to show restraint after clashes between Israel and Hamas.",
     {("EGY", "ISR", "02"), ("EGY", "PSEREB", "02")}),
])
def test_context_group_is_the_pair_its_sentence_puts_between(code, text, expected):
    coded = code(text, "2025-03-04")
    assert expected <= dyads(coded), dyads(coded)


def test_context_warring_parties_can_be_a_state_and_an_armed_group(code):
    # fewer than two countries named: the parties are the last two actors, a state counted once
    coded = code("Israel and Hamas agreed to a truce on Monday. Qatar urged the warring parties to respect it.",
                 "2025-03-04")
    assert {("QAT", "ISR", "02"), ("QAT", "PSEREB", "02")} <= dyads(coded, 2), dyads(coded)


def test_context_a_country_named_as_the_place_is_not_a_side(code):
    coded = code("Sudan and South Sudan resumed negotiations in Ethiopia on Tuesday. "
                 "The two sides signed a security agreement.", "2025-03-04")
    second = dyads(coded, 2)
    assert {("SDN", "SSD", "05"), ("SSD", "SDN", "05")} <= second, second
    assert not any("ETH" in (s, t) for s, t, _ in second), second


def test_context_leaders_named_stand_for_their_countries(code):
    # only the two leaders were named, no country: "the two countries" are theirs
    coded = code("Narendra Modi met Cyril Ramaphosa in Pretoria on Monday. The two countries later signed "
                 "a shipping agreement.", "2025-03-04")
    assert {("IND", "ZAF", "05"), ("ZAF", "IND", "05")} <= dyads(coded, 2), dyads(coded)


def test_context_sides_of_a_fight_with_a_countrys_own_rebels(code):
    # the government troops fought the country's own rebels: both sides are that country's
    coded = code("Government troops and SPLM-IO fighters clashed near Malakal on Tuesday. "
                 "The African Union urged the two sides to lay down their arms.", "2025-03-04")
    assert {("IGOAFRAFU", "SSDMIL", "02"), ("IGOAFRAFU", "SSDREB", "02")} <= dyads(coded, 2), dyads(coded)


def test_context_the_actor_urging_is_not_one_of_the_sides(code):
    # Kenya was named last, but it is the one acting on the group
    coded = code("Ethiopia and Eritrea exchanged fire near the border on Monday. Kenya offered to mediate. "
                 "Kenya urged both sides to hold talks.", "2025-03-04")
    third = dyads(coded, 3)
    assert {("KEN", "ETH", "02"), ("KEN", "ERI", "02")} <= third, third


def test_context_group_named_earlier_in_the_same_sentence(code):
    coded = code("Pakistani and Afghan forces exchanged fire on Monday, and the two militaries later agreed "
                 "to a ceasefire.", "2025-03-04")
    assert {("PAKMIL", "AFGMIL", "03"), ("AFGMIL", "PAKMIL", "03")} <= dyads(coded), dyads(coded)


@pytest.mark.parametrize("text,expected", [
    # "his counterpart": the subject's role in the other country (here the place of the talks)
    ("Turkey hosted talks on Thursday. Russian Foreign Minister Sergei Lavrov met his counterpart in Antalya.",
     ("RUSGOV", "TURGOV", "04")),
    # "its counterpart": the other of the last two countries, in the subject's role
    ("India and Pakistan traded accusations on Monday. The Indian army accused its counterpart of violating "
     "the ceasefire.", ("INDMIL", "PAKMIL", "11")),
])
def test_context_counterpart_is_the_other_country(code, text, expected):
    assert expected in dyads(code(text, "2025-03-04"), 2), dyads(code(text, "2025-03-04"))


def test_context_counterpart_is_never_the_subjects_own_country(code):
    coded = code("The Indian army accused its counterpart of violating the ceasefire.", "2025-03-04")
    assert not any(t.startswith("IND") for _, t, _ in dyads(coded)), dyads(coded)


def test_context_no_group_without_two_parties(code):
    # the acting country is never one of the sides, and nothing else was named
    coded = code("Kenya urged both sides to return to talks.", "2025-03-04")
    assert not any(e.target for e in coded.events), dyads(coded)


# -- the context record itself --------------------------------------------------------------------

def mention(code, country, sector="", how="country+sector"):
    return ActorMention(Actor(code, country, sector, code), Span(0, 1, "x"), 1, 0, how)


def test_context_note_leaves_out_a_country_named_only_as_a_place():
    ctx = ArticleContext()
    ctx.note(["SDN", "SSD", "ETH"], [mention("SDN", "SDN"), mention("SSD", "SSD"), mention("ETH", "ETH", how="place")],
             [])
    assert ctx.countries == ["SDN", "SSD"]


def test_context_last_countries_counts_the_sentence_and_leaves_out_the_actor():
    ctx = ArticleContext(countries=["ETH", "ERI", "KEN"])
    assert ctx.last_countries(2) == ["ERI", "KEN"]
    assert ctx.last_countries(2, exclude={"KEN"}) == ["ETH", "ERI"]
    assert ctx.last_countries(2, also=["ETH"], exclude={"KEN"}) == ["ERI", "ETH"]
    assert ctx.last_countries(3, exclude={"KEN", "ERI"}) == []


def test_context_last_parties_counts_a_state_once():
    ctx = ArticleContext(actors=[(Actor("PSEREB", "PSE", "REB", "Hamas"), "organization"),
                                 (Actor("ISR", "ISR", "", "ISR"), "country+sector"),
                                 (Actor("ISRGOV", "ISR", "GOV", "Netanyahu"), "person"),
                                 (Actor("GOV", "", "GOV", "GOV"), "sector")])
    assert [a.code for a in ctx.last_parties(2)] == ["PSEREB", "ISRGOV"]
    assert ctx.last_parties(2, exclude={"ISR"}) == []


def test_context_person_named_again_by_surname(code):
    # the article says who Rojas is; the dictionaries do not know him
    text = ("CARACAS, March 3 (Reuters) - Venezuelan opposition leader Juan Rojas was arrested on Monday, "
            "his party said. Interior Minister Pedro Luna accused Rojas of conspiring with foreign governments.")
    assert ("VENGOV", "VENOPP", "112") in {(e.source, e.target, e.code[:3]) for e in code(text, None).events}


def test_context_the_militants_are_the_armed_group_named_before(code):
    # the act's place (in Niger) says where the attack was, not whose militants they were
    text = ("NIAMEY — Officials in Mali said Boko Haram fighters had crossed the border overnight.\n\n"
            "The militants attacked a police post near Diffa in Niger on Sunday, killing three officers.")
    found = dyads(code(text, "2025-04-07"))
    assert any(s == "NGAREB" and c == "19" for s, t, c in found), found
    assert not any(s == "NGAREB" and t == "NGACOP" for s, t, c in found), found


@pytest.mark.parametrize("text, expected", [
    # mid-sentence: the last country named, not the one acting on it
    ("Australia paused development funding to Tonga after the island nation signed a policing deal with China.",
     ("TON", "CHN", "05")),
    # opening a sentence: the previous sentence's subject
    ("Ghana said on Monday it would reopen its border with Togo. The country also pledged to expand trade with Benin.",
     ("GHA", "BEN", "03")),
])
def test_context_the_country_is_the_state_named_before(code, text, expected):
    assert expected in dyads(code(text, "2025-04-07"))


def test_context_the_court_is_the_international_court_named_before(code):
    text = ("THE HAGUE — The International Criminal Court opened an investigation into war crimes in Sudan "
            "on Monday.\n\nChad said it would share evidence with the court.")
    assert ("TCD", "IGO", "03") in {(s, t[:3], c) for s, t, c in dyads(code(text, "2025-04-07"))}


def test_context_a_surname_is_the_person_introduced_with_a_role_before(code):
    text = ("LIMA — Police detained opposition politician Carla Benavides at her home on Friday, her party said.\n\n"
            "Interior Minister Jorge Paredes accused Benavides of plotting against the state.")
    assert ("PERGOV", "PEROPP", "11") in dyads(code(text, "2025-06-02"))


def test_context_a_name_in_apposition_to_a_role_is_known_by_surname(code):
    text = ("ACCRA — Togo's interior ministry spokesman, Kossi Amenyo, said on Monday the border would stay closed.\n\n"
            "Amenyo accused Ghana of sheltering armed groups.")
    assert ("TGOGOV", "GHA", "11") in dyads(code(text, "2025-06-02"))


@pytest.mark.parametrize("opening", [
    "Bolivia's foreign minister said the convoy had been stopped at the border.",
    "A Bolivian government spokeswoman, Ana Quispe, said the convoy had been stopped at the border.",
])
def test_context_he_or_she_is_the_person_a_role_named(code, opening):
    text = f"LA PAZ — {opening}\n\nShe accused Chile of smuggling weapons into the country."
    assert ("BOLGOV", "CHL", "11") in dyads(code(text, "2025-06-02"))


def test_context_both_sides_are_the_two_sides_of_the_fight_told_before(code):
    # mediators named after the fight are not its sides
    text = ("JUBA — South Sudanese troops clashed with SPLA-IO fighters near Nasir on Monday.\n\n"
            "Kenya and Ethiopia offered to host talks.\n\n"
            "The African Union urged both sides to respect the ceasefire.")
    targets = {t[:3] for s, t, c in dyads(code(text, "2025-06-02")) if s.startswith("IGOAFR") and c == "02"}
    assert "SSD" in targets and not targets & {"KEN", "ETH"}, targets


def test_context_a_threat_with_no_target_is_aimed_at_the_sides_last_adversary(code):
    text = ("ISLAMABAD — Afghan Taliban forces fired on a Pakistani border post on Tuesday, the army said.\n\n"
            "China called for calm.\n\n"
            "Pakistan's defence minister warned that Pakistan would respond forcefully to any further attack.")
    found = {(s[:3], t[:3], c) for s, t, c in dyads(code(text, "2025-06-02")) if c == "13"}
    assert found == {("PAK", "AFG", "13")}, found


@pytest.mark.parametrize("text, expected", [
    # "the enemy" of the acting side is the other side of the fight told before, not the place's state
    ("Armenian troops shelled Azerbaijani positions near Lachin on Monday, Baku said.\n\n"
     "Azerbaijani soldiers drove back the enemy near Tovuz.",
     ("AZEMIL", "ARM", "19")),
    # ... also when the article named the other state only as the place of the fight: the
    # place at home is no target of force on "the enemy"
    ("Russian forces pressed their offensive in eastern Ukraine on Monday.\n\n"
     "Ukrainian troops repelled the enemy near Pokrovsk.",
     ("UKRMIL", "RUS", "19")),
    # ... and the enemy reported acting is the side other than the reporter's
    ("Armenian troops shelled Azerbaijani positions near Lachin on Monday, Baku said.\n\n"
     "The enemy fired on border posts in the Tovuz district overnight, the Azerbaijani defence ministry said.",
     ("ARMMIL", "AZE", "19")),
    # "the occupiers" acting on a place are the side that place's state fights
    ("Ethiopian forces attacked Eritrean units near Zalambessa, Eritrean officials said.\n\n"
     "The occupiers also bombed a market in Keren.",
     ("ETHMIL", "ERI", "19")),
])
def test_context_the_enemy_is_the_other_side_of_the_war(code, text, expected):
    found = dyads(code(text, "2025-06-02"), 2)
    assert {(s[:len(expected[0])], t[:3], c) for s, t, c in found} >= {expected}, found


def test_context_concern_about_nothing_named_is_about_the_latest_hostile_act(code):
    text = ("HANOI — Chinese coast guard ships rammed a Vietnamese fishing boat near the Paracel Islands on Monday.\n\n"
            "Vietnam's foreign ministry demanded compensation.\n\n"
            "Indonesia and Malaysia also expressed concern.")
    found = {(s, t[:3]) for s, t, c in dyads(code(text, "2025-06-02")) if c == "01"}
    assert {("IDN", "CHN"), ("MYS", "CHN")} <= found, found


def test_context_a_bare_government_is_not_completed_with_the_foreign_state_it_acts_on(code):
    found = dyads(code("The junta ordered Belgian troops to leave the country within a month.", "2025-06-02"))
    assert not any(s.startswith("BEL") for s, t, c in found), found


def test_context_a_demand_of_people_outside_the_state_is_aimed_at_their_government(code):
    text = "NAIROBI — Thousands of farmers rallied in Nairobi on Monday, demanding higher maize prices."
    found = dyads(code(text, "2025-06-02"))
    assert ("KENAGR", "KENGOV", "10") in found, found


def test_context_a_local_official_speaks_for_the_place_of_the_act(code):
    coded = code("Burundian rebels shelled a market in Uvira, the provincial governor said.", "2025-06-02")
    assert {e.speaker for e in coded.events} == {"CODGOV"}, [(e.source, e.speaker) for e in coded.events]


@pytest.mark.parametrize("text, expected", [
    # today's wire "Congo" (Reuters, AP) is the DRC, named by a form of its own or not
    ("GOMA (Reuters) — Congolese troops shelled rebel positions near Goma on Monday.\n\n"
     "Congo accused Rwanda of backing the rebels.", "COD"),
    ("Congo accused Burundi of closing the border.", "COD"),
    # and the Republic of the Congo when the article names it by a form of its own, or is datelined there
    ("The Republic of Congo expelled a Gabonese diplomat. Congo accused Gabon of closing the border.", "COG"),
    ("BRAZZAVILLE (AFP) — Congo accused Kinshasa of shelling the river port.", "COG"),
])
def test_context_a_name_two_states_share_means_the_one_the_article_names(code, text, expected):
    found = {s[:3] for s, t, c in dyads(code(text, "2025-06-02")) if c == "11"}
    assert found == {expected}, found


def test_context_a_states_own_forces_fighting_its_rebels_are_each_others_adversary(code):
    text = ("BAMAKO — JNIM militants seized a town in central Mali on Monday.\n\n"
            "France and Algeria called for calm.\n\n"
            "Mali's army said it had launched a counter-offensive.")
    found = dyads(code(text, "2025-06-02"))
    assert any(s == "MLIMIL" and t.endswith("REB") for s, t, c in found), found


def test_context_a_title_is_the_person_named_with_it_before(code):
    # "the emir" is Qatar's emir, though an Indian leader was named since
    text = ("NEW DELHI — Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in India on Monday for talks "
            "with Indian officials.\n\nIndia's foreign minister said the visit would deepen ties.\n\n"
            "The emir later praised the Indian government for its hospitality.")
    assert ("QATGOV", "INDGOV", "05") in dyads(code(text, "2025-02-18")), dyads(code(text, "2025-02-18"))


def test_context_the_two_leaders_include_the_state_whose_ministry_reports_it(code):
    text = ("Brazilian President Luiz Inacio Lula da Silva and Chile's President Gabriel Boric agreed to expand "
            "trade, Brazil's foreign ministry said after the two leaders held talks in Brasilia.")
    found = dyads(code(text, "2025-02-18"))
    assert ("BRAGOV", "CHLGOV", "04") in found and ("CHLGOV", "BRAGOV", "04") in found, found


def test_context_force_on_foreigners_is_the_datelines(code):
    # a bare role acting on a group named by its nationality is not of that nationality
    text = ("JAKARTA, May 6 (Reuters) - The navy seized two Malaysian fishing trawlers off Natuna on Monday.\n\n"
            "The fisheries ministry said the boats had no permits.")
    sources = {s for s, t, c in dyads(code(text, "2025-05-06")) if c[:2] == "17"}
    assert sources and all(s.startswith("IDN") for s in sources), sources


def test_context_both_governments_are_the_parties_not_the_broker(code):
    text = ("NIAMEY, Feb 11 (Reuters) - Niger and Benin signed a border deal brokered by Togo on Monday.\n\n"
            "The African Union praised both governments.")
    targets = {t[:3] for s, t, c in dyads(code(text, "2025-02-11")) if s.startswith("IGOAFR")}
    assert targets == {"NER", "BEN"}, targets


def test_he_is_the_last_person_even_when_their_body_is_named_after_them(code):
    # "Cairo" after the minister is his government again; "He" is still the minister, not Guterres
    coded = code("CAIRO, March 10 (Reuters) - U.N. Secretary-General Antonio Guterres urged Israel and "
                 "Hamas to return to talks on Monday. Egyptian Foreign Minister Badr Abdelatty said Cairo "
                 "was ready to host a new round. He warned Israel against any new offensive in Rafah.", "2026-03-10")
    warned = [e for e in coded.events if e.trigger.text == "warned"]
    assert warned and warned[0].source == "EGYGOV", coded.events


def test_context_all_parties_are_the_sides_of_the_fight_told(code):
    coded = code("Eritrean and Ethiopian troops exchanged fire on Monday. Qatar urged all parties to exercise "
                 "restraint.", "2025-03-04")
    assert {("QAT", "ERIMIL", "02"), ("QAT", "ETHMIL", "02")} <= dyads(coded, 2), dyads(coded)


def test_context_all_parties_with_no_fight_told_are_no_political_party(code):
    coded = code("Qatar urged all parties to exercise restraint.", "2025-03-04")
    assert not any(t.endswith("PTY") for _, t, _ in dyads(coded)), dyads(coded)


@pytest.mark.parametrize("text", ["The warring parties agreed to a week-long truce.",
                                  "Both parties signed the accord in Lome on Friday."])
def test_context_warring_parties_never_named_are_no_political_party(code, text):
    coded = code(text, "2025-03-04")
    assert not any(s.endswith("PTY") or t.endswith("PTY") for s, t, _ in dyads(coded)), dyads(coded)


def test_context_a_surname_tagged_as_a_common_noun_is_the_person_named_before(code):
    coded = code("Azerbaijani President Ilham Aliyev arrived in Astana on Saturday. Aliyev thanked Tokayev "
                 "for his hospitality on Monday.", "2025-03-04")
    assert ("AZEGOV", "KAZGOV", "05") in dyads(coded, 2), dyads(coded)


@pytest.mark.parametrize("text, expected", [
    ("Colombian students marched on Congress on Tuesday.", ("COLEDU", "COLLEG")),
    ("Philippine police arrested a Senate member in Manila.", ("PHLCOP", "PHLLEG")),
])
def test_context_a_bare_congress_is_the_other_partys_state(code, text, expected):
    assert expected in {(s, t) for s, t, _ in dyads(code(text, "2025-03-04"))}, dyads(code(text, "2025-03-04"))


@pytest.mark.parametrize("text", ["The Senate refused to lift sanctions on Venezuela.",
                                  "Congress voted to cut military aid to Egypt on Wednesday.",
                                  "The Senate voted on Wednesday to impose sanctions on Ugandan officials."])
def test_context_a_bare_congress_acting_on_a_foreign_state_stays_american(code, text):
    sources = {s for s, _, _ in dyads(code(text, "2025-03-04"))}
    assert sources and all(s.startswith("USA") for s in sources), dyads(code(text, "2025-03-04"))


def test_context_a_bare_role_sanctioning_a_state_is_not_of_that_state(code):
    found = dyads(code("The administration imposed new tariffs on Peru on Monday.", "2025-03-04"))
    assert found and not any(s.startswith("PER") for s, _, _ in found), found


def test_context_the_ministers_are_the_body_whose_members_met(code):
    coded = code("LUXEMBOURG, April 7 (Reuters) - EU interior ministers met in Luxembourg on Monday. The ministers "
                 "imposed sanctions on four Belarusian officials.", "2025-04-07")
    assert ("IGOEUREEC", "BLRGOV", "16") in dyads(coded, 2), dyads(coded)


def test_context_a_state_body_in_a_speakers_report_is_the_speakers(code):
    coded = code("Tokayev told the Kyrgyz president that the army was ready to hold joint drills.", "2025-03-04")
    assert any(s == "KAZMIL" for s, _, _ in dyads(coded)), dyads(coded)


def test_context_the_government_beside_a_countrys_rebels_is_that_countrys(code):
    # "the government" refers back, but beside the rebels of one country it is that country's
    text = ("JUBA, June 3 (Reuters) - SPLA-IO rebels shelled an army base on Monday. Sudan's army accused Ethiopia "
            "of arming them, which Addis Ababa denied. The government and the rebels later resumed talks in Nairobi.")
    found = {(e.source, e.target) for e in code(text, "2026-06-03").events if e.sentence == 3}
    assert ("SSDGOV", "SSDREB") in found, found


def test_context_the_mediators_are_who_mediated_and_act_on_neither_one_another(code):
    text = ("Oman and Kuwait hosted talks between Yemen and Saudi Arabia on Sunday. "
            "The mediators presented a new prisoner swap plan on Monday. "
            "Jordan praised the mediators' efforts.")
    found = {(e.sentence, e.source, e.target) for e in code(text, "2026-03-12").events}
    assert {(3, "JOR", "OMN"), (3, "JOR", "KWT")} <= found, found
    assert not any(s == 2 and {a[:3], b[:3]} == {"OMN", "KWT"} for s, a, b in found), found


def test_context_an_international_bodys_officer_is_the_body_by_surname_later(code):
    coded = code("World Bank regional director Amadou Sissoko met Nigerian President Bola Tinubu on Monday. "
                 "Sissoko praised Nigeria for its reforms.", "2026-03-12")
    assert any(e.source.startswith("IGO") and e.target.startswith("NGA") and e.code.startswith("05")
               for e in coded.events if e.sentence == 2), [(e.sentence, e.source, e.target, e.code) for e in coded.events]


def test_context_a_known_surname_the_tagger_takes_for_a_place_is_the_person(code):
    coded = code("African Union Commission chairperson Mahmoud Ali Youssouf met Kenyan President William Ruto "
                 "on Monday. Youssouf praised Kenya for its peacekeeping role.", "2026-03-12")
    assert any(e.source.startswith("IGO") and e.target.startswith("KEN") for e in coded.events if e.sentence == 2), \
        [(e.sentence, e.source, e.target, e.code) for e in coded.events]


@pytest.mark.parametrize("text, expected", [
    # a fight told as one side's strike on the other's towns: "the enemy" acting is the side
    # named as an actor, and the body telling of it is the side struck
    ("Azerbaijani artillery shelled Kapan on Monday.\n\n"
     "The enemy also struck villages near Goris, the regional governor said.",
     ("AZE", "ARM", "19", "ARMGOV")),
    # "the army said" beside "the enemy" is not the army named last (the enemy's)
    ("Israeli jets bombed Nabatieh on Monday.\n\n"
     "The enemy also shelled farmland near Marjayoun, the army said.",
     ("ISR", "LBN", "19", "LBNMIL")),
    # "an enemy depot" destroyed: the general staff telling it is the destroyer's
    ("Russian forces shelled Kherson on Tuesday.\n\n"
     "The general staff said Ukrainian troops destroyed an enemy fuel depot.",
     ("UKR", "RUS", "19", "UKRMIL")),
])
def test_context_who_tells_of_the_enemy_is_its_foe(code, text, expected):
    found = {(e.source[:3], e.target[:3], e.code[:2], e.speaker) for e in code(text, "2025-06-02").events
             if e.sentence == 2}
    assert expected in found, found
