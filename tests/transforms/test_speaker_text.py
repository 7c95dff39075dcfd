from __future__ import annotations

from itertools import pairwise

import pytest

from transforms.quote_marks import find_spans, paragraphs
from transforms.speaker_text import (
    ADDRESS_TITLES,
    NAME_ABBREVIATIONS,
    WORD,
    mask,
    segments,
    sentence_starts,
    strip_adverbs,
)


def starts(body: str) -> list[str]:
    """The sentences `sentence_starts` cuts `body` into, as text."""
    spans = find_spans(body)
    cuts = [*sentence_starts(body, spans, paragraphs(body)), len(body)]
    return [body[a:b].strip() for a, b in pairwise(cuts)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mr. Lee spoke. Then he left.", ["Mr. Lee spoke.", "Then he left."]),
        (
            "Sen. Ann Roe of Ohio agreed. Prof. Kay did not.",
            ["Sen. Ann Roe of Ohio agreed.", "Prof. Kay did not."],
        ),
        ("The U.S. Army came. It stayed.", ["The U.S. Army came.", "It stayed."]),
        ("She met John F. Kennedy there.", ["She met John F. Kennedy there."]),
        ("Talks end in Sept. Both sides agree.", ["Talks end in Sept. Both sides agree."]),
        (
            "Shares in Acme Corp. Ltd. rose. Analysts cheered.",
            ["Shares in Acme Corp. Ltd. rose.", "Analysts cheered."],
        ),
        # A longer word or a figure before the stop ends the sentence however it looks.
        ("They won in 2004. Fans cheered.", ["They won in 2004.", "Fans cheered."]),
        ("The vote went to Kent. Others held.", ["The vote went to Kent.", "Others held."]),
        # A full stop inside a quote does not end the reporting sentence.
        (
            'He said "It is over. We lost" and left. Then rain.',
            ['He said "It is over. We lost" and left.', "Then rain."],
        ),
    ],
)
def test_sentences_end_where_no_abbreviation_holds_the_stop(body: str, expected: list[str]) -> None:
    assert starts(body) == expected


def test_every_abbreviation_is_short_enough_for_the_quick_check() -> None:
    # The boundary check tells a stop after five letters or more for a sentence's end without the pattern.
    assert all(len(word) <= 4 and word.isalpha() for word in NAME_ABBREVIATIONS)
    assert set(ADDRESS_TITLES) <= set(NAME_ABBREVIATIONS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Roe, the chair, said", ["Ann Roe", "the chair", "said"]),
        ("Ann Roe (Leeds, West) - the chair", ["Ann Roe (Leeds, West)", "the chair"]),
        ("one; two \u2014 three", ["one", "two", "three"]),
        (", ,", []),
    ],
)
def test_segments_split_on_commas_and_dashes_outside_brackets(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in segments(text)] == expected


def test_masking_keeps_offsets_and_blanks_quoted_words() -> None:
    body = 'Ann said "we won" today.'
    masked = mask(body, find_spans(body))
    assert len(masked) == len(body)
    assert "won" not in masked
    assert masked.startswith("Ann said ") and masked.endswith(" today.")


@pytest.mark.parametrize(
    ("before_cue", "subject"),
    [
        # A word in "ly" between a subject and its cue says how it was said, listed or not.
        ("After the vote, he wearily", "After the vote, he"),
        ("Ann Roe tersely", "Ann Roe"),
        ("Ann Roe initially", "Ann Roe"),
        # The same ending on a noun is the subject itself.
        ("The Roe family", "The Roe family"),
        ("the Lagos daily", "the Lagos daily"),
        # With no subject before it, the word is not read as one saying how.
        ("Only", "Only"),
    ],
)
def test_a_manner_word_before_a_cue_is_dropped_from_its_subject(before_cue: str, subject: str) -> None:
    words = strip_adverbs(list(WORD.finditer(before_cue)))
    assert before_cue[: words[-1].end()] == subject
