"""Targets the article supplies (discourse/targets.py), on articles written for these tests."""

from datetime import date

import pytest

from eventwire.discourse.targets import domestic_targets
from eventwire.types import Event, Span


def dyads(coded):
    return {(e.source, e.target, e.code[:2]) for e in coded.events}


def test_targets_event_noun_takes_the_earlier_acts_source(code):
    coded = code("Lithuania closed two border crossings with Belarus on Monday. "
                 "The Belarusian foreign minister condemned the decision on Tuesday.", "2025-03-05")
    assert any(s == "BLRGOV" and t.startswith("LTU") and c == "11" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_other_party_named_before(code):
    coded = code("Chile and Peru held talks in Lima on Monday. "
                 "The Chilean foreign minister later pledged to send more aid.", "2025-03-05")
    assert any(s == "CHLGOV" and t.startswith("PER") and c == "03" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_a_foreign_place_visited_is_the_last_resort(code):
    coded = code("The German foreign minister arrived in Kyiv today. "
                 "The minister promised to send more air defence systems.", "2025-03-05")
    assert any(s.startswith("DEU") and t.startswith("UKR") and c == "03" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_a_bare_statement_gets_none(code):
    coded = code("Chile and Peru held talks on Monday. Chile said the weather was fine.", "2025-03-05",
                 statements=True)
    assert ("CHL", "", "01") in dyads(coded), dyads(coded)


def _event(source: str, target: str, code: str) -> Event:
    return Event(source=source, target=target, code=code, name="", root=code[:2], quad_class=3, goldstein=0.0,
                 plover="", sentence=1, trigger=Span(0, 1, "x"), source_span=None, target_span=None,
                 date=date(2025, 3, 5), confidence=0.8)


def test_targets_protesters_target_their_own_government():
    out = domestic_targets([_event("KENOPP", "", "141"), _event("KENGOV", "", "141"), _event("KENOPP", "UGA", "141")])
    assert [e.target for e in out] == ["KENGOV", "", "UGA"]


def test_targets_thing_named_in_an_earlier_act_of_the_same_country(code):
    # a domestic story: the raids were the agents' act, whatever country condemns them
    text = ("DENVER — Federal immigration agents arrested 25 workers during raids at two farms on Tuesday.\n\n"
            "Colorado Governor Jared Polis condemned the raids.")
    assert ("USAGOV", "USACOP", "111") in {(e.source, e.target, e.code) for e in code(text, "2025-06-12").events}


@pytest.mark.parametrize("text, expected", [
    # the trip is the prime minister's act, told with a verb of travel, not China's
    ("WELLINGTON — New Zealand's prime minister said on Monday she would travel to Beijing next month "
     "for talks with Chinese leaders.\n\nOpposition leader Mark Tane criticised the trip.",
     {("NZLOPP", "NZLGOV", "11")}),
    # "a visit ... by the envoy" names the visitor, though the visit itself is no coded act
    ("CARACAS — Venezuela freed two jailed Spanish citizens on Friday after a visit to Caracas by "
     "Spain's foreign minister.\n\nVenezuelan opposition leader Ana Ruiz denounced the visit.",
     {("VENOPP", "ESPGOV", "11")}),
    # conventions: 016 has the accuser as target; here the one who reported the killing
    ("KHARTOUM — Gunmen from a rebel militia killed 40 farmers in a village raid on Sunday, "
     "Sudan's government said.\n\nThe militia denied responsibility.",
     {("SDNREB", "SDNGOV", "01")}),
    ("Ethiopia accused Eritrea on Monday of arming rebels in Tigray.\n\n"
     "Eritrea's information minister denied the charge on Tuesday.",
     {("ERIGOV", "ETH", "01")}),
    # an army arresting its own soldiers: the soldiers keep the army's country
    ("NIAMEY — Niger's army said on Monday it had foiled a mutiny at a base near the capital.\n\n"
     "Loyal troops arrested nine soldiers, the army said.",
     {("NERMIL", "NERMIL", "17")}),
    # "him" is the person named before
    ("NAIROBI — Kenyan police detained opposition leader Peter Otieno at a rally on Monday.\n\n"
     "The interior ministry accused him of inciting riots.",
     {("KENGOV", "KENOPP", "11")}),
    # ... and never a country
    ("Norway and Sweden signed a fisheries accord on Monday.\n\n"
     "The Swedish foreign ministry accused him of leaking the text.",
     {("SWEGOV", "", "11")}),
    # a party hopeful about a treaty aims at the other party, not at the country named last
    ("ACCRA — Ghana said on Monday it was ready to sign a border treaty with Togo.\n\n"
     "Ghana also accused Burkina Faso of harbouring smugglers.\n\n"
     "Togo's president said he was optimistic that the treaty would be signed soon.",
     {("TGOGOV", "GHA", "01")}),
    # an outsider criticising a treaty aims at each party
    ("SUVA — Fiji and Tonga signed a maritime security treaty in Suva on Monday.\n\n"
     "China's embassy in Suva criticised the treaty.",
     {("CHNGOV", "FJI", "11"), ("CHNGOV", "TON", "11")}),
    # a state's move in a domestic conflict aims at the armed group named before
    ("BAMAKO, June 2 (Reuters) - Jihadist rebels attacked an army post near Mopti in Mali on Sunday, "
     "the army said.\n\nMali's president ordered the deployment of more troops to the region.",
     {("MLIGOV", "MLIREB", "15")}),
    # an organisation is the other party when no other state was named
    ("BRUSSELS — The European Union adopted new sanctions on Monday over election fraud.\n\n"
     "Nicaragua's foreign minister said Managua would retaliate.",
     {("NICGOV", "IGOEUREEC", "13")}),
    # a legal challenge to a law is aimed at whoever the article says passed or signed it
    ("NAIROBI — Kenya's parliament approved a contested finance law on Tuesday.\n\n"
     "Opposition lawmakers filed a petition against the new law on Wednesday.",
     {("KENOPP", "KENLEG", "11")}),
    ("LIMA — Peru's president signed a decree on Monday extending a state of emergency in Lima.\n\n"
     "Transport unions challenged the decree in court on Tuesday.",
     {("PERLAB", "PERGOV", "11")}),
])
def test_targets_named_indirectly_come_from_the_article(code, text, expected):
    found = dyads(code(text, "2025-06-02"))
    assert expected <= found, found


def test_targets_a_noun_that_names_no_single_act_takes_no_actor_from_it(code):
    # "cooperation" refers to no one earlier act: the other party named before stays the target
    text = ("Chile said on Monday it would resume cooperation with Peru on fisheries.\n\n"
            "Chile's senate voted later to suspend cooperation with the Peruvian fisheries agency.")
    found = dyads(code(text, "2025-04-07"))
    assert not any(s == "CHLLEG" and t.startswith("CHL") for s, t, c in found), found


def test_targets_own_troops_sent_are_no_target(code):
    found = dyads(code("Mali's president ordered the deployment of more troops to the north.", "2025-06-02"))
    assert not any(t.endswith("MIL") for _, t, c in found if c == "15"), found


def test_targets_a_state_named_before_outranks_an_organisation(code):
    text = ("Germany and France urged Iran on Monday to let IAEA inspectors return.\n\n"
            "Iran's foreign minister warned of consequences.")
    found = dyads(code(text, "2025-06-02"))
    assert not any(s == "IRNGOV" and t.startswith("IGO") for s, t, _ in found), found


def test_a_claim_of_responsibility_is_aimed_at_the_victim_of_the_act_claimed(code):
    text = ("NIAMEY, June 3 (Reuters) - Niger and Benin agreed on Monday to reopen their border.\n\n"
            "Jihadists ambushed an army convoy near Tillaberi on Sunday, killing nine soldiers.\n\n"
            "The Islamic State Sahel Province claimed responsibility for the ambush in a statement.")
    claims = {e.target for e in code(text, "2025-06-03").events if e.code == "015"}
    assert claims == {"NERMIL"}, code(text, "2025-06-03").events  # the soldiers, not the gunmen


def test_targets_an_act_named_again_outranks_a_later_party(code):
    # "the levies" names the act of the earlier sentence, not the country named last
    coded = code("Canada imposed new levies on Mexican cement on Monday. Chile called for calm in "
                 "regional trade. Mexico criticised the levies on Tuesday.", "2026-02-11")
    assert any(s.startswith("MEX") and t.startswith("CAN") and c == "11" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_a_decision_is_whatever_was_done_to_the_one_reacting(code):
    # a hostile reaction answers the hostile act aimed at its source, not a friendly one after it
    coded = code("The IMF suspended a loan disbursement to Malawi on Monday. Zambia praised Lilongwe "
                 "for its reforms. Malawi condemned the move on Tuesday.", "2026-02-11")
    assert any(s.startswith("MWI") and t.startswith("IGO") and c == "11" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_an_appeal_after_a_fight_is_aimed_at_both_sides(code):
    coded = code("DOHA, May 7 (Reuters) - Eritrean and Ethiopian troops exchanged fire on the border on "
                 "Tuesday. Qatar urged restraint.", "2026-05-07")
    urged = {e.target[:3] for e in coded.events if e.source == "QAT"}
    assert urged == {"ERI", "ETH"}, coded.events


@pytest.mark.parametrize("text, expected", [
    # an act only a state does, its doer unnamed, is the state of the one it was done to
    ("The African Union condemned the detention of the Ugandan opposition leader.", "UGA"),
    ("Human Rights Watch criticised the jailing of Cambodian journalists.", "KHM"),
])
def test_a_state_act_with_no_doer_named_is_the_victims_states(code, text, expected):
    found = {e.target[:3] for e in code(text, "2026-06-02").events if e.code.startswith("11")}
    assert found == {expected}, code(text, "2026-06-02").events


def test_rebels_force_aimed_at_no_one_named_fights_their_own_state(code):
    text = ("DOHA, June 2 (Reuters) - Qatari mediators said talks would resume on Friday. "
            "ADF rebels attacked army positions near Beni on Saturday.")
    attacked = [e for e in code(text, "2026-06-02").events if e.trigger.text == "attacked"]
    assert attacked and attacked[0].target[:3] == attacked[0].source[:3] != "QAT", attacked


@pytest.mark.parametrize("text, expected", [
    # a reprisal by the other side told in between is not the act the noun names
    ("Indian troops shelled Muzaffarabad overnight. Pakistani troops shelled villages near Jammu on Monday. "
     "China condemned the shelling of Muzaffarabad.", "INDMIL"),
    ("Israel fired missiles at Lebanon overnight. Hezbollah drones hit a base in northern Israel on Monday. "
     "Egypt condemned the strikes on Lebanon.", "ISR"),
])
def test_targets_an_act_noun_that_names_its_victims_is_the_act_done_to_them(code, text, expected):
    found = [e.target for e in code(text, "2026-06-02").events if e.code.startswith("11")]
    assert found and found[0] == expected, code(text, "2026-06-02").events


def test_targets_a_pledge_referred_to_is_aimed_at_each_of_its_makers(code):
    coded = code("Norway and Denmark pledged new air defence systems for Poland on Monday. "
                 "Belarus condemned the pledge on Tuesday.", "2026-03-12")
    found = {(s[:3], t[:3]) for s, t, c in dyads(coded) if c == "11"}
    assert {("BLR", "NOR"), ("BLR", "DNK")} <= found, dyads(coded)


def test_targets_a_deal_agreed_in_an_infinitive_is_aimed_at_both_parties(code):
    coded = code("Armenia and Azerbaijan agreed on Monday to exchange 20 prisoners. "
                 "The United Nations welcomed the prisoner deal.", "2026-03-12")
    found = {(s[:3], t[:3]) for s, t, c in dyads(coded) if c == "05"}
    assert {("IGO", "ARM"), ("IGO", "AZE")} <= found, dyads(coded)
