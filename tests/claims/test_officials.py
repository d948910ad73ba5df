"""Officials: title patterns -> person, role, organization, country; bylines are authors, not officials."""

from __future__ import annotations

import pytest

from extractor.claims.officials import extract_officials, find_bylines

OFFICIALS = [
    # sentence, person, role, organization, country
    (
        "South Korea's Minister of Trade, Industry and Energy Ahn Duk-geun said exports would recover.",
        "Ahn Duk-geun", "minister", "Ministry of Trade, Industry and Energy", "South Korea",
    ),
    ("Commerce Minister Wang Wentao met the delegation on Monday.", "Wang Wentao", "minister", "Ministry of Commerce", None),
    ("Chinese Commerce Minister Wang Wentao met the delegation.", "Wang Wentao", "minister", "Ministry of Commerce", "China"),
    (
        "Mao Ning, a spokesperson for the Ministry of Foreign Affairs, said China opposes the move.",
        "Mao Ning", "spokesperson", "Ministry of Foreign Affairs", None,
    ),
    ("Bank of Korea Governor Rhee Chang-yong said inflation would slow.", "Rhee Chang-yong", "governor", "Bank of Korea", None),
    (
        "U.S. Trade Representative Katherine Tai announced new tariffs on Chinese steel.",
        "Katherine Tai", "trade representative", None, "United States",
    ),
    ("Jerome Powell, chair of the Federal Reserve, said rates would stay high.", "Jerome Powell", "chair", "Federal Reserve", None),
    ("A customs spokesman Lyu Daliang told reporters that exports rose.", "Lyu Daliang", "spokesperson", "customs", None),
    (
        "Zhang Wei, chief economist at Pinpoint Asset Management, said the data were weak.",
        "Zhang Wei", "chief economist", "Pinpoint Asset Management", None,
    ),
    (
        "Kim Jung-hoon, head of the trade policy bureau, told reporters that the ministry will respond.",
        "Kim Jung-hoon", "head", "trade policy bureau", None,
    ),
    (
        "Cho Sang-hyun, president of the International Trade Research Institute of the Korean Association, said so.",
        "Cho Sang-hyun", "president", "International Trade Research Institute of the Korean Association", None,
    ),
    ("The Minister of Foreign Affairs, Wang Yi, said talks were useful.", "Wang Yi", "minister", "Ministry of Foreign Affairs", None),
    (
        "South Korea's Foreign Ministry spokesperson Lim Soo-suk said Seoul would respond.",
        "Lim Soo-suk", "spokesperson", "Foreign Ministry", "South Korea",
    ),
    ("Wang Wentao, the Chinese commerce minister, said China would act.", "Wang Wentao", "minister", "Ministry of Commerce", "China"),
    ("Vice Minister Li Fei attended the talks.", "Li Fei", "vice minister", None, None),
    ("Treasury Secretary Janet Yellen arrived in Beijing.", "Janet Yellen", "secretary", "Treasury", None),
    ("Former Prime Minister Shinzo Abe was a strong supporter.", "Shinzo Abe", "former prime minister", None, None),
    (
        "Liu Pengyu, spokesman for the Chinese Embassy in Washington, said China opposes the move.",
        "Liu Pengyu", "spokesperson", "Chinese Embassy in Washington", "China",
    ),
    (
        "According to Park Jin, South Korea's foreign minister, the talks went well.",
        "Park Jin", "minister", "Ministry of Foreign Affairs", "South Korea",
    ),
    (
        "Korea International Trade Association chairman Koo Ja-yeol said so.",
        "Koo Ja-yeol", "chair", "Korea International Trade Association", "South Korea",
    ),
    ("Samsung Electronics Chairman Lee Jae-yong visited the plant.", "Lee Jae-yong", "chair", "Samsung Electronics", None),
]


def test_two_titled_persons_in_one_sentence(make_doc):
    doc = make_doc("President Xi Jinping and President Joe Biden met in San Francisco.")
    assert [(c.person, c.role, c.organization) for c in extract_officials(doc)] == [
        ("Xi Jinping", "president", None),
        ("Joe Biden", "president", None),
    ]


@pytest.mark.parametrize(("sentence", "person", "role", "organization", "country"), OFFICIALS)
def test_title_patterns(make_doc, sentence, person, role, organization, country):
    doc = make_doc(sentence)
    claims = list(extract_officials(doc))
    assert [(c.person, c.role, c.organization, c.country) for c in claims] == [(person, role, organization, country)]
    claim = claims[0]
    assert person in claim.evidence.text
    assert doc.original[claim.evidence.start : claim.evidence.end] == claim.evidence.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the policy would be reviewed.",  # a title without a name
        "Samsung Electronics said its profit fell, while Apple reported gains.",  # companies are not officials
        "[Global Times reporter Li Xuan] Exports rose in November.",  # a byline is an author
        "By Jane Doe\nSEOUL - Exports rose.",
        "Exports rose.\nReporting by Joe Cash; Editing by Sam Holmes",
        "The president of the association declined to comment.",
        "Officials said the spokesman Monday gave no details.",
        "The official Global Times reported the news.",  # "official" before an outlet's name
        "In Seoul, the president said exports would rise.",  # a place before the apposition
        "Samsung, the world's largest chipmaker, said so.",
    ],
)
def test_no_official(make_doc, sentence):
    assert list(extract_officials(make_doc(sentence))) == []


BYLINES = [
    ("[Global Times reporter Li Xuan] Exports rose.", [("Li Xuan", "reporter", "Global Times")]),
    # an outlet with a possessive, a place after the role
    ("[People's Daily reporter in Nairobi Wu Qiong] Tea exports rose.", [("Wu Qiong", "reporter", "People's Daily")]),
    (
        "[Global Times reporters Li Xuan and Wang Qi] Exports rose.",
        [("Li Xuan", "reporter", "Global Times"), ("Wang Qi", "reporter", "Global Times")],
    ),
    # the opening bracket lost at the start of a line, the closing one turned into a full stop by repair
    (
        "Global Times.\nGlobal Times special correspondent in South Korea Ding Ling] Yonhap News Agency said so.",
        [("Ding Ling", "correspondent", "Global Times")],
    ),
    ("By Jane Doe\nSEOUL - Exports rose.", [("Jane Doe", "reporter", None)]),
    (
        "Exports rose.\nReporting by Joe Cash and Ella Cao in Beijing; Editing by Sam Holmes",
        [("Joe Cash", "reporter", None), ("Ella Cao", "reporter", None), ("Sam Holmes", "editor", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_bylines(make_doc, text, expected):
    assert [(b.name, b.role, b.organization) for b in find_bylines(make_doc(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reporter Li said exports rose.",  # a sentence about a reporter, not a byline
        "The correspondent in Seoul said exports rose.",
        "Editors said exports rose by 5 percent.",
    ],
)
def test_not_a_byline(make_doc, text):
    assert find_bylines(make_doc(text)) == []


def test_claim_ids_are_stable(make_doc):
    sentence = OFFICIALS[0][0]
    first = [c.claim_id for c in extract_officials(make_doc(sentence))]
    assert first == [c.claim_id for c in extract_officials(make_doc(sentence))]
