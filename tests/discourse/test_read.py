"""Reading whole articles: speakers across sentences, quotes, event dates and places."""

from datetime import date

import pytest


ARTICLE = (
    "NAIROBI, March 6 (Reuters) - Kenyan Foreign Ministry spokesperson Amina Otieno said on Thursday "
    "that Kenya was ready to expand trade with Ethiopia.\n\n"
    "\"We will not accept any interference in our internal affairs,\" the spokesperson told reporters.\n\n"
    "Kenya recalled its ambassador from Somalia last week, she said.\n\n"
    "According to the ministry, Kenyan police arrested 12 protesters in Mombasa on Monday."
)


@pytest.fixture(scope="module")
def article(code):
    return code(ARTICLE, "2025-03-06")


def test_speaker_named_once_is_found_again(article):
    assert article.quotes, article
    for q in article.quotes:
        if "ministry" in q.speaker.lower() and q.cue == "according to":
            continue  # the ministry itself, not the spokesperson
        assert q.person == "Amina Otieno", q
        assert q.actor.startswith("KEN"), q


def test_direct_and_reported_quotes(article):
    direct = [q for q in article.quotes if q.direct]
    reported = [q for q in article.quotes if not q.direct]
    assert any("interference in our internal affairs" in q.text for q in direct)
    assert any("ready to expand trade" in q.text for q in reported)
    assert any(q.cue == "according to" for q in reported)
    assert all(article_text_at(q) == q.span.text for q in article.quotes)


def article_text_at(q):
    return ARTICLE[q.span.start:q.span.end]


def test_event_dates_resolve_against_the_story_date(article):
    by_trigger = {e.trigger.text: e for e in article.events}
    recalled = by_trigger.get("recalled")
    assert recalled is not None and recalled.date_precision == "week"
    assert recalled.date == date(2025, 2, 24)  # Monday of the week before 2025-03-06
    arrested = by_trigger.get("arrested")
    assert arrested is not None and (arrested.date, arrested.date_precision) == (date(2025, 3, 3), "day")


def test_event_location_and_places(article):
    arrested = next(e for e in article.events if e.trigger.text == "arrested")
    assert arrested.location is not None and (arrested.location.name, arrested.location.country) == ("Mombasa", "KEN")
    assert {"Mombasa", "Kenya"} <= {p.name for p in article.places}


def test_reported_event_carries_the_resolved_speaker(article):
    recalled = next(e for e in article.events if e.trigger.text == "recalled")
    assert recalled.speaker.startswith("KEN")


def test_capital_as_actor_is_not_a_location(code):
    coded = code("Moscow condemned the air strikes on Aleppo.", "2016-10-01")
    for e in coded.events:
        assert e.location is None or e.location.name != "Moscow"


def test_undated_text_has_no_certain_date(code):
    coded = code("Protesters clashed with police in Nairobi on Monday.", None)
    for e in coded.events:
        assert e.date is None and not e.date_certain


def test_unbalanced_quote_is_flagged_not_fatal(code):
    coded = code("\"We will fight on, the rebel commander said. Uganda sent troops to Congo.", "2024-01-10")
    assert all(not q.certain for q in coded.quotes if q.direct)


def test_event_without_time_expression_gets_the_story_date(code):
    coded = code("Japan imposed sanctions on North Korea.", "2024-01-10")
    e = coded.events[0]
    assert (e.date, e.date_precision, e.date_text) == (date(2024, 1, 10), "story", "")


def test_a_time_in_a_relative_clause_on_the_object_dates_only_that_clause(code):
    coded = code("Laos reopened a bridge to Thailand on Monday. Vietnam agreed to expand a rail link to Laos, "
                 "which had been damaged by floods in 2019.", "2025-06-12")
    e = next(e for e in coded.events if e.source == "VNM")
    assert e.date == date(2025, 6, 9), e  # Monday, carried from the sentence before, not 2019


def test_a_day_in_a_clause_on_the_object_dates_the_occasion(code):
    coded = code("Chilean police fired water cannon at students who marched on the education ministry on "
                 "Tuesday.", "2025-06-12")
    assert {e.date for e in coded.events if e.source == "CHLCOP"} == {date(2025, 6, 10)}, coded.events


COREF = ("Ethiopia and Eritrea held talks in Addis Ababa on Monday. The two countries signed a peace "
         "agreement. Eritrea's foreign ministry welcomed the deal. The ministry said it would send a "
         "delegation to Addis Ababa. It also accused Sudan of arming rebels. Ethiopian Prime Minister "
         "Abiy Ahmed visited Asmara. He also criticized Egypt.")


@pytest.fixture(scope="module")
def coref(code):
    return {(e.sentence, e.source, e.target, e.code[:2]) for e in code(COREF, "2024-03-01").events}


@pytest.mark.parametrize("expected", [
    (2, "ETH", "ERI", "05"), (2, "ERI", "ETH", "05"),  # "the two countries": the last two named
    (4, "ERIGOV", "ETHGOV", "03"),  # "the ministry": the ministry named before
    (5, "ERIGOV", "SDN", "11"),  # "It also accused": the last body named as a subject
    (7, "ETHGOV", "EGY", "11"),  # "He also criticized": the last person named as a subject
])
def test_coreference_across_sentences(coref, expected):
    assert expected in coref, coref


def test_no_coreference_without_an_antecedent(code):
    coded = code("The two countries signed a peace agreement.", "2024-03-01")
    assert not coded.events


def test_a_date_after_the_story_is_kept_but_flagged(code):
    coded = code("Japan imposed sanctions on North Korea on May 20.", "2025-05-15")
    e = coded.events[0]
    assert e.date == date(2025, 5, 20) and not e.date_certain


def test_a_threat_is_dated_when_made_not_by_the_day_it_names(code):
    coded = code("Japan said it would impose sanctions on North Korea on May 20.", "2025-05-15")
    assert [(e.code[:2], e.date) for e in coded.events] == [("13", date(2025, 5, 15))], coded.events


def test_dateline_that_does_not_parse_is_no_guess(code):
    coded = code("MOSCOW, February 30. /TASS/. Russia criticized Ukraine.", None)
    assert coded.date is None and coded.dateline is not None and coded.dateline.date is None
    assert all(e.date is None and not e.date_certain for e in coded.events)


def test_a_quoted_phrase_belongs_to_the_subject_that_uses_it(code):
    coded = code("French President Emmanuel Macron called the agreement \u201ca choice for peace\u201d on Monday.",
                 "2025-03-03")
    q = next(q for q in coded.quotes if q.direct)
    assert (q.person, q.actor) == ("Emmanuel Macron", "FRAGOV")


@pytest.mark.parametrize("speaker_phrase, name", [
    ("Miriam Achieng, a 41-year-old teacher", "Miriam Achieng"),
    ("Tomas Novak, one of the organisers", "Tomas Novak"),
])
def test_person_named_before_an_appositive_is_the_speaker(code, speaker_phrase, name):
    text = ("KAMPALA — Thousands marched through the capital on Monday against the new fuel tax.\n\n"
            f"\"We cannot feed our children,\" said {speaker_phrase}.")
    quotes = code(text, "2025-03-06").quotes
    assert any(q.person == name for q in quotes), quotes


def test_a_time_in_a_relative_clause_on_the_subject_is_not_inherited(code):
    coded = code("Oman, which hosted talks between the two sides last week, urged Iran and the United States "
                 "to resume negotiations.", "2025-06-12")
    urged = [e for e in coded.events if e.code.startswith("02")]
    assert urged and all(e.date == date(2025, 6, 12) for e in urged), coded.events
    # the relative clause's own act keeps its own time
    assert all(e.date == date(2025, 6, 2) for e in coded.events if e.trigger.text == "hosted"), coded.events


def test_a_day_later_counts_from_the_time_it_follows(code):
    coded = code("ACCRA, April 10 (Reuters) - Togolese troops shelled a Ghanaian border post on Monday.\n\n"
                 "Ghana expelled two Togolese diplomats the next day.\n\n"
                 "Togo had warned Ghana two days earlier.", "2025-04-10")
    by_code = {e.code[:2]: e.date for e in coded.events}
    assert by_code.get("16") == date(2025, 4, 8), coded.events


def test_a_when_clause_on_a_past_year_is_background(code):
    # "in 2023, when X did Y": Y happened in 2023, well before a 2025 story, so it is not coded
    coded = code("LIMA, March 12 (Reuters) - Peru accused Bolivia on Wednesday of harbouring rebels.\n\n"
                 "Ties have been strained since 2023, when Bolivia expelled Peru's ambassador.", "2025-03-12")
    assert not any(e.code.startswith("16") for e in coded.events), coded.events


def test_soldiers_acting_on_the_opposition_of_a_place_are_that_places(code):
    # the dateline and the most named country are Senegal's; the act is in Conakry, on its opposition
    coded = code("DAKAR, May 4 (AFP) - Guinea's junta postponed the presidential election on Monday, "
                 "drawing criticism from Senegal.\n\nSenegalese President Bassirou Diomaye Faye called for calm. "
                 "Senegal's foreign ministry urged dialogue.\n\nSoldiers fired tear gas to disperse a crowd "
                 "of opposition supporters outside the electoral commission in Conakry on Tuesday.", "2026-05-06")
    fired = [e for e in coded.events if e.trigger.text == "fired"]
    assert fired and fired[0].source == "GINMIL" and fired[0].target.startswith("GIN"), coded.events
    assert fired[0].location is not None and fired[0].location.country == "GIN"


@pytest.mark.parametrize("text, expected", [
    # an end or a deadline dates no act: the act keeps its own day, else the story's
    ("Armenia and Azerbaijan agreed on Monday to extend the ceasefire until May 31.", date(2026, 3, 9)),
    ("The rebels must free the hostages by Friday, Colombia's government said.", date(2026, 3, 12)),
    # a time that only says which thing a noun is ("last month's vote") dates nothing
    ("Ghana rejected Togo's handling of last month's election.", date(2026, 3, 12)),
])
def test_ends_deadlines_and_noun_times_date_no_act(code, text, expected):
    coded = code(text, "2026-03-12")
    assert coded.events and {e.date for e in coded.events} == {expected}, [(e.code, e.date) for e in coded.events]


def test_a_bare_congress_abroad_is_that_countrys(code):
    # "Congress" alone defaults to the United States, but not in a story from Bogota
    coded = code("BOGOTA, March 3 (Reuters) - Thousands of students marched on Congress on Tuesday.", "2026-03-04")
    assert {(e.source[:3], e.target) for e in coded.events} == {("COL", "COLLEG")}, coded.events


def test_the_us_congress_abroad_stays_american(code):
    coded = code("BOGOTA, March 3 (Reuters) - The U.S. Congress criticised Colombia on Tuesday.", "2026-03-04")
    assert any(e.source == "USALEG" for e in coded.events), coded.events


def test_a_future_time_is_not_inherited_by_later_acts(code):
    coded = code("ANKARA, March 12 (Reuters) - Turkey detained a Swedish journalist on Tuesday. Talks with "
                 "Sweden on the case will resume next week. Sweden condemned the detention.", "2026-03-12")
    condemned = [e for e in coded.events if e.trigger.text == "condemned"]
    assert condemned and condemned[0].date <= date(2026, 3, 12), [(e.code, e.date) for e in coded.events]


def test_an_unnamed_foreign_ministry_is_the_datelines_and_never_its_targets(code):
    coded = code("HANOI, March 10 (Reuters) - Chinese ships rammed a Vietnamese fishing boat near the Paracels "
                 "on Monday. The Ministry of Foreign Affairs said it had lodged a protest with China.", "2026-03-10")
    lodged = [e for e in coded.events if e.trigger.text == "lodged"]
    assert lodged and lodged[0].source == "VNMGOV" and lodged[0].target.startswith("CHN"), coded.events
    alone = code("The Ministry of Foreign Affairs lodged a protest with China.", "2026-03-10")
    assert not any(e.source.startswith("CHN") for e in alone.events), alone.events


@pytest.mark.parametrize("text", [
    "Ghana will close its border with Togo in June.",
    "Ghana is due to sign a trade deal with Togo in June.",
])
def test_a_later_month_of_an_act_to_come_is_this_years(code, text):
    # in a March story, "in June" of a past act is last June (background); of a future act it is
    # this June, which is what is promised or threatened: the promise is made on the story's day
    coded = code(text, "2026-03-12")
    assert coded.events and {e.date for e in coded.events} == {date(2026, 3, 12)}, coded.events
    assert not code("Ghana closed its border with Togo in June.", "2026-03-12").events


def test_the_reported_subjects_its_is_the_speakers(code):
    # "its forces" in what the army said are the army's, not the fighters' named before
    coded = code("MOGADISHU, June 2 (Reuters) - Al Shabaab fighters stormed a base near Kismayo on Monday. "
                 "The army said its forces had killed 20 militants.", "2026-06-02")
    killed = [e for e in coded.events if e.trigger.text == "killed"]
    assert killed and killed[0].source.startswith("SOM") and not killed[0].source.endswith("REB"), coded.events


@pytest.mark.parametrize("text, person", [
    ("Anadolu quoted Armenian Foreign Minister Tigran Hakobyan as saying that Azerbaijan had shelled a village "
     "near Jermuk.", "Tigran Hakobyan"),
    ("Kenya's interior minister Joseph Mwangi was quoted by the Daily Nation as saying that police had arrested "
     "40 Somali nationals in Garissa.", "Joseph Mwangi"),
])
def test_an_outlet_quoting_someone_is_not_the_speaker(code, text, person):
    # the one quoted speaks, not the outlet that quotes them; quoting is no event of its own
    coded = code(text, "2026-06-02")
    assert coded.quotes and all(q.person == person for q in coded.quotes), coded.quotes
    assert coded.events and all(not e.speaker.endswith("MED") and e.trigger.text not in ("quoted", "cited")
                                for e in coded.events), coded.events


def test_she_is_a_titled_person_no_dictionary_knows(code):
    # a person introduced by title and name, unknown to the dictionaries, is who "She" means next
    coded = code("Peruvian Trade Minister Rosa Quispe Huaman arrived in Lima on Monday. "
                 "She accused Bolivia of blocking the border crossing.", "2026-06-02")
    assert any(e.source.startswith("PER") and e.target.startswith("BOL") and e.code.startswith("11")
               for e in coded.events), coded.events


def test_an_outlet_spoken_to_is_no_later_target(code):
    coded = code("ZAGREB, June 2 (Reuters) - The ruling was shameful, Croatian Prime Minister Andrej Plenkovic "
                 "told Reuters. Plenkovic criticised the ruling again on Tuesday.", "2026-06-02")
    assert not any(e.target.endswith("MED") for e in coded.events if e.code.startswith("11")), coded.events


def test_a_headline_restated_by_the_lead_is_one_event_of_the_leads_date(code):
    text = ("LOME, June 4 (Reuters) - Togo police use tear gas on marchers\n"
            "Togolese police fired tear gas at marchers in Lome on Tuesday.")
    fired = [e for e in code(text, "2026-06-04").events if e.code.startswith("17")]
    assert len(fired) == 1 and fired[0].date == date(2026, 6, 2), fired


def test_the_datelines_day_is_the_story_date(code):
    # conventions: the article date is the dateline date, whatever day the record was filed
    text = "JUBA, March 6 (Reuters) - South Sudan's army shelled rebel positions near Nasir on Thursday."
    shelled = [e for e in code(text, "2026-03-12").events if e.code.startswith("19")]
    assert shelled and shelled[0].date == date(2026, 3, 5), shelled


@pytest.mark.parametrize("text", [
    "BAKU, June 3 (Reuters) - Azerbaijan accused Armenia of shelling its positions on Sunday.",
    "MANILA, June 3 (Reuters) - The Philippines urged China to sign a code of conduct this year.",
])
def test_the_time_of_the_act_accused_or_asked_for_is_not_the_accusations(code, text):
    coded = code(text, "2026-06-03")
    said = [e for e in coded.events if e.code[:2] in ("02", "11")]
    assert said and said[0].date == date(2026, 6, 3), coded.events


@pytest.mark.parametrize("text", [
    # a reaction is dated when it was made, not by the time of what it is about
    "Ramaphosa congratulated Mahama on his election win last December.",
    "Kenya thanked Uganda for sending troops in 2023.",
    "Norway criticised Israel for its raids on the camp last month.",
])
def test_a_reaction_is_not_dated_by_what_it_is_about(code, text):
    coded = code(text, "2026-02-12")
    assert coded.events and all(str(e.date) == "2026-02-12" for e in coded.events), \
        [(e.source, e.target, e.code, e.date) for e in coded.events]


QUOTE_OVER_TWO = ('ISLAMABAD, May 3 (Reuters) - Pakistan accused India on Saturday of backing militants in '
                  'Balochistan.\n"India must release the detained fishermen. We will respond to any '
                  'aggression," foreign ministry spokesman Shafqat Khan told reporters.')


def test_a_quotation_over_two_sentences_takes_the_cue_after_its_last(code):
    coded = code(QUOTE_OVER_TWO, "2025-05-03")
    opened = [q for q in coded.quotes if q.direct and q.sentence == 2]
    assert opened and opened[0].actor == "PAKGOV", coded.quotes
    assert not any(q.sentence == 3 and not q.direct for q in coded.quotes), coded.quotes  # not listed twice


def test_a_demand_in_a_quotations_first_sentence_is_its_speakers(code):
    found = {(e.sentence, e.source, e.target, e.code[:2], e.speaker) for e in code(QUOTE_OVER_TWO, "2025-05-03").events}
    assert (2, "PAKGOV", "IND", "10", "PAKGOV") in found, found
    # "we" in what the spokesman says is his side, not the country named before
    assert any(s == 3 and src == "PAKGOV" and tgt != "PAKGOV" for s, src, tgt, _, _ in found), found


def test_a_demand_said_by_he_is_made_by_whom_he_is(code):
    coded = code('KYIV, June 3 (Reuters) - German Chancellor Friedrich Merz arrived in Kyiv on Monday.\n'
                 '"Russia must return the deported children," he said.', "2025-06-03")
    found = {(e.source, e.target, e.code[:2]) for e in coded.events if e.sentence == 2}
    assert ("DEUGOV", "RUS", "10") in found, found


def test_our_people_in_a_states_quotation_are_its_people(code):
    coded = code('"Israel has killed our citizens. We will never forget this," the Iranian foreign minister said.',
                 "2025-06-20")
    assert any(e.target in ("IRNCVL", "IRN") for e in coded.events if e.code[:2] in ("18", "19")), \
        [(e.source, e.target, e.code) for e in coded.events]


def test_us_in_capitals_is_the_united_states_not_the_speaker(code):
    coded = code("Canada threatened on Monday to impose tariffs on US steel, the trade minister said.", "2025-06-20")
    assert not any(e.target.startswith("CAN") for e in coded.events), [(e.source, e.target) for e in coded.events]


def test_what_one_must_do_said_by_no_one_is_no_act(code):
    # no speaker anywhere: no demand, and the act did not happen
    assert not code("Beijing must lift its export ban on rare earths.", "2025-06-20").events


def test_every_sentence_of_a_quotation_over_three_has_its_speaker(code):
    coded = code('NEW DELHI, May 4 (Reuters) - India accused Pakistan on Sunday of harbouring militants.\n'
                 '"Pakistan must release our fishermen. Pakistan must also withdraw its troops. We will not wait," '
                 'foreign ministry spokesman Randhir Jaiswal told reporters.', "2025-05-04")
    middle = [(e.source, e.target, e.code[:2]) for e in coded.events if e.sentence == 3]
    assert ("INDGOV", "PAK", "10") in middle, [(e.sentence, e.source, e.target, e.code) for e in coded.events]


def test_a_spokesman_named_before_keeps_his_country_when_the_other_state_was_named_last(code):
    # "the spokesman" is the one who spoke before, not the last government the article named
    text = ("ACCRA, March 12 (Reuters) - Ghana accused Togo on Wednesday of shielding the smugglers.\n\n"
            '"We call on Lome to arrest the ringleaders," government spokesman Kwame Mensah told reporters.\n\n'
            "The spokesman also said Accra would close the border if Lome did not act.")
    coded = code(text, "2026-03-12")
    assert {q.actor for q in coded.quotes if q.sentence > 1} == {"GHAGOV"}, coded.quotes
    assert all(e.speaker == "GHAGOV" for e in coded.events if e.sentence > 1), coded.events


def test_it_as_a_speaker_is_the_body_named_before(code):
    coded = code("The Kenyan foreign ministry on Monday rejected the report. "
                 "It said the findings ignored the facts on the ground.", "2026-03-12")
    assert [q.actor for q in coded.quotes] == ["KENGOV"], [(q.speaker, q.actor) for q in coded.quotes]


@pytest.mark.parametrize("text", [
    "Chile recalled its envoy on Friday, before it was formally announced.",
    "Peru closed the border on Friday, after it was reported that migrants had crossed.",
])
def test_an_impersonal_it_was_reported_has_no_speaker(code, text):
    assert [q.speaker for q in code(text, "2026-03-12").quotes if q.speaker] == []


def test_a_verb_of_speech_in_a_condition_reports_nothing(code):
    # "declared" under "if" is what the condition supposes, not who tells the main clause
    coded = code("Serbia would intervene if Kosovo declared a state of emergency in the north.", "2026-03-12")
    assert not coded.quotes and all(not e.speaker for e in coded.events), (coded.quotes, coded.events)
