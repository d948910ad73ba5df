"""Entity mentions: persons per occurrence (titled, bylines, NER, repeats, surnames), organizations, places."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.claims.mentions import extract_mentions


def mentions(doc, type_=None):
    return [m for m in extract_mentions(doc) if type_ is None or m.type == type_]


PERSONS = [
    # text, expected person mentions (text, role)
    (
        "Commerce Minister Wang Wentao met the delegation. Wang said talks went well. Wang Wentao left on Friday.",
        [("Wang Wentao", "minister"), ("Wang", None), ("Wang Wentao", None)],
    ),
    (
        "Jerome Powell, chair of the Federal Reserve, spoke on Tuesday. Mr. Powell said rates would stay high.",
        [("Jerome Powell", "chair"), ("Powell", None)],
    ),
    ("[Global Times reporter Li Xuan] Exports rose, Zhang Ming said.", [("Li Xuan", "reporter"), ("Zhang Ming", None)]),
    # a title with no name is a reference to whoever holds it (resolved by extractor.normalize)
    ("The minister said the policy would be reviewed.", [("The minister", "minister")]),
    ("A spokesperson for the Ministry of Commerce said the curbs target no country.",
     [("A spokesperson for the Ministry of Commerce", "spokesperson")]),
    ("Exports to the minister's home region rose 5%.", []),
    ("Samsung Electronics said its profit fell, while Hyundai Motor reported gains.", []),
    ("Kim Jung-hoon, head of the trade policy bureau, told Yonhap that the ministry will respond.", [("Kim Jung-hoon", "head")]),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_person_mentions(make_doc, text, expected):
    assert [(m.text, m.role) for m in mentions(make_doc(text), "person")] == expected


def test_titled_mention_carries_title(make_doc):
    doc = make_doc("South Korea's Minister of Trade, Industry and Energy Ahn Duk-geun said exports would recover.")
    (m,) = mentions(doc, "person")
    assert (m.text, m.role, m.organization, m.country) == (
        "Ahn Duk-geun", "minister", "Ministry of Trade, Industry and Energy", "South Korea",
    )


def test_organizations_and_places(make_doc):
    doc = make_doc(
        "Mao Ning, a spokesperson for the Ministry of Foreign Affairs, said China opposes the move, "
        "Yonhap News Agency reported."
    )
    assert [m.text for m in mentions(doc, "organization")] == ["Ministry of Foreign Affairs", "Yonhap News Agency"]
    assert [m.text for m in mentions(doc, "place")] == ["China"]


def test_organization_of_a_title_is_not_split(make_doc):
    doc = make_doc("Commerce Minister Wang Wentao met the delegation.")
    assert [m.text for m in mentions(doc, "organization")] == []


def test_offsets_are_original_across_repairs(make_doc):
    text = "Exports were 39 in January$400 million. Fang Wengui, head of the trade bureau, said so."
    doc = make_doc(text)
    for m in mentions(doc):
        assert text[m.start : m.end] == m.text


NAMES = st.sampled_from(["Li Xuan", "Jane Doe", "Rhee Chang-yong", "Wang Yi", "Katherine Tai"])
TITLES = st.sampled_from(["Commerce Minister", "customs spokesman", "Bank of Korea Governor", "President", ""])
TAILS = st.sampled_from([" said exports rose.", " met officials in Seoul.", " spoke."])
FILLER = st.sampled_from(["", "Exports rose 7%。 ", "Shipments hit 39 in March$300 million. ", "The ** chain grew. "])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pre=FILLER, title=TITLES, name=NAMES, tail=TAILS)
def test_mention_offsets_map_back(make_doc, pre, title, name, tail):
    text = f"{pre}{title} {name}{tail}".strip()
    for m in mentions(make_doc(text)):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a byline surname the tagger reads as a people ("Han") is still a name
        ("Caixin reporters Wang Xintong and Han Yutong] Exports rose.", ["Wang Xintong", "Han Yutong"]),
        # a hyphenated given name written in lower case after the hyphen
        ("Exports fell, officials said. Yau Tang-wah added that the outlook was weak.", ["Yau Tang-wah"]),
    ],
)
def test_names_the_tagger_splits_or_mislabels(make_doc, text, expected):
    assert [m.text for m in mentions(make_doc(text), "person")] == expected


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Wen Wei Po reporter Ho Siu-ying] Hong Kong's exports fell last year.", "Wen Wei Po"),  # the outlet
        ("Huang said the company was in talks about a China version of its newer Blackwell chip.", "Blackwell"),
    ],
)
def test_outlets_and_product_names_are_not_persons(make_doc, text, not_a_person):
    assert not_a_person not in [m.text for m in mentions(make_doc(text), "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Commerce Minister Wang Wentao met the delegation. According to Wang, talks went well.",
        "Commerce Minister Wang Wentao met the delegation. Wang later told reporters that talks went well.",
        "Commerce Minister Wang Wentao met the delegation. Wang's remarks calmed markets.",
    ],
)
def test_surname_of_a_known_name_as_subject_or_source(make_doc, text):
    assert [m.text for m in mentions(make_doc(text), "person")] == ["Wang Wentao", "Wang"]


def test_surname_word_used_otherwise_is_no_mention(make_doc):
    doc = make_doc("Lee Young-ho spoke on Monday. Young people are buying more cars.")
    assert [m.text for m in mentions(doc, "person")] == ["Lee Young-ho"]


def test_fast_mode_finds_knowledge_base_people_without_ner() -> None:
    from extractor import extract_text
    from extractor.settings import Settings

    text = "Commerce Minister Wang Wentao met Gina Raimondo in Beijing. Wang Wentao said trade rose 5%."
    res = extract_text(text, "2023-08-30", settings=Settings(model="none"))
    people = {e.name: e for e in res.entities if e.type == "person"}
    assert {"Wang Wentao", "Gina Raimondo"} <= set(people)
    assert len([m for m in people["Wang Wentao"].mentions]) == 2
    # an unknown capitalized run is not a person in fast mode
    assert not any("Beijing" in a for e in people.values() for a in e.aliases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # romanized names the tagger does not read as names ("Oh" INTJ, "young" ADJ): the title pattern finds them
        ('"Demand will recover," said Kang Ha-eun, an analyst at Meritz Securities.', [("Kang Ha-eun", "analyst")]),
        ("Oh Min-ji, a spokeswoman for the Korea Customs Service, said imports fell.", [("Oh Min-ji", "spokesperson")]),
        ("Exports rose 3%, according to Yoo Jae-hoon, chief economist of Hanwha Investment.",
         [("Yoo Jae-hoon", "chief economist")]),
        ("Shipments climbed, said Seo Yeon, an economist at NH Investment.", [("Seo Yeon", "economist")]),
    ],
)
def test_names_the_tagger_misses_in_title_patterns(make_doc, text, expected):
    assert [(m.text, m.role) for m in mentions(make_doc(text), "person")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trade Data Watch, a newsletter, said exports rose.",  # no title, no name
        "Exports Will Rise, the minister said on Monday.",  # a capitalized clause is not a name
    ],
)
def test_capitalized_words_before_a_title_are_not_always_a_name(make_doc, text):
    names = [m.text for m in mentions(make_doc(text), "person")]
    assert not [n for n in names if "Exports" in n or "Watch" in n], names


def test_surname_written_another_way_is_a_mention(make_doc):
    """A lone surname spelled differently from the full name ("Kowalczik" after "Jaroslaw Kowalczyk") is a mention;
    resolution only proposes it as the same person."""
    doc = make_doc("Jaroslaw Kowalczyk met the delegation in Warsaw. Kowalczik said talks would continue.")
    assert [m.text for m in mentions(doc, "person")] == ["Jaroslaw Kowalczyk", "Kowalczik"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a repeat written without the accents of the first mention
        ("Finance Minister Mehmet Şimşek spoke in Ankara. Mehmet Simsek said inflation would ease.",
         ["Mehmet Şimşek", "Mehmet Simsek"]),
        ("Economy Minister José Pérez spoke on Tuesday. Jose Perez later said exports rose.",
         ["José Pérez", "Jose Perez"]),
        # a leader's surname before "government"/"administration", even misspelled
        ("President Javier Milei spoke on Monday. The Milei administration then cut the tax.",
         ["Javier Milei", "Milei"]),
        # a Western surname one letter off before a speech verb
        ("Foreign Minister Marta Okonjo met the envoys. Okonja said the talks would go on.", ["Marta Okonjo", "Okonja"]),
    ],
)
def test_other_spellings_of_a_known_name_are_mentions(make_doc, text, expected):
    assert [m.text for m in mentions(make_doc(text), "person")] == expected


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        # the last word of a body's name after "and"/"of" or a country stays with the body
        ("Kenya's Minister of Investments, Trade and Industry Rebecca Miano said exports rose.", "Rebecca Miano",
         "Investments, Trade and Industry"),
        ("The Minister of Trade, Industry and Competition Sipho Nkosi said the fund would open.", "Sipho Nkosi",
         "Trade, Industry and Competition"),
        ("Governor of the Central Bank of Nigeria Olayemi Cardoso said rates would stay high.", "Olayemi Cardoso",
         "Central Bank of Nigeria"),
        # "ambassador to" names the host country: no organization
        ("Brazil's Ambassador to Argentina Julio Bitelli said the talks went well.", "Julio Bitelli", None),
    ],
)
def test_title_complement_keeps_the_body_whole(make_doc, text, name, organization):
    found = [m for m in mentions(make_doc(text), "person") if m.role]
    assert [(m.text, m.organization) for m in found] == [(name, organization)]
