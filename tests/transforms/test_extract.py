"""The extractors run on English bodies; other languages are recorded and left to no English rules."""

from __future__ import annotations

from transforms.body import assemble
from transforms.extract import extract
from transforms.records import Block, ParsedArticle, RawDocument

ENGLISH = [
    "The Harbour Residents Association urged the council to publish the ferry contract before the vote.",
    '"We listened to the people who use the ferry every day," said Ines Okafor, who leads the council.',
]
GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, die frühe Fähre weiter fahren zu lassen, nachdem Pendler "
    "eine Petition eingereicht hatten.",
    "\u201eWir haben den Menschen zugehört, die die Fähre jeden Tag benutzen\u201c, sagte die Vorsitzende "
    "des Rates nach der Abstimmung.",
]


def _article(paragraphs: list[str]) -> ParsedArticle:
    body, blocks = assemble(Block("p", p) for p in paragraphs)
    return ParsedArticle(headline="Ferry", body=body, blocks=blocks)


def test_english_body_is_detected_and_extracted() -> None:
    result = extract(RawDocument("mem://en", "txt", "0" * 64, b""), _article(ENGLISH))
    assert result.article.language == "en"
    assert [q.speaker for q in result.quotes] == ["Ines Okafor"]
    assert [r.text for r in result.recommendations] == ["publish the ferry contract before the vote"]


def test_other_languages_are_recorded_and_skip_english_rules() -> None:
    result = extract(RawDocument("mem://de", "txt", "1" * 64, b""), _article(GERMAN))
    assert result.article.language == "de"
    assert (result.quotes, result.organisations, result.recommendations) == ([], [], [])


def test_a_language_given_by_the_input_is_kept_and_its_region_does_not_matter() -> None:
    article = _article(ENGLISH)
    article.language = "en-GB"
    result = extract(RawDocument("mem://gb", "json", "2" * 64, {}), article)
    assert result.article.language == "en-GB"
    assert [q.speaker for q in result.quotes] == ["Ines Okafor"]
