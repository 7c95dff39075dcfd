"""Web copy: alt text, credited caption, headline, standfirst, pull quotes, bullets and the site footer."""

from __future__ import annotations

from pathlib import Path

from transforms.body import BULLET
from transforms.layouts.text import detect_layout, parse_text
from transforms.layouts.webcopy import split_caption

SAMPLES = Path(__file__).resolve().parents[3] / "samples"

PAGE = """harbour at dawn

Fishing boats return to the harbour at Portwenn on 3 May 2023. (Photo: Jane Roe/Coastal Images)

Fishers Ask Council to Delay New Mooring Fees

"A fee this size would empty the harbour within a season."

The Portwenn fishing cooperative wrote to the district council on Monday asking it to postpone the new
mooring charges until an independent review of harbour costs is complete.

"A fee this size would empty the harbour within a season."

"A fee this size would empty the harbour within a season," the cooperative wrote, adding that most
boats earn less in winter.

The letter makes three requests:

  \u2022 Delay the new charges by twelve months;
  \u2022 Publish the harbour accounts; and
  \u2022 Meet the cooperative before any vote.

The council said it would reply within a fortnight.

Keep Local News Alive: Donate Today

We are a small newsroom and every reader who gives helps.

Your donation keeps our reporting free for everyone. Become a member and join us.

Our stories are licensed under Creative Commons (CC BY-SA 4.0). Republish them freely.
"""


def test_page_parts_land_in_their_fields() -> None:
    assert detect_layout(PAGE) == "webcopy"
    article = parse_text(PAGE)
    assert article.image_alt == "harbour at dawn"
    assert article.image_caption == "Fishing boats return to the harbour at Portwenn on 3 May 2023."
    assert article.image_credit == "Jane Roe/Coastal Images"
    assert article.headline == "Fishers Ask Council to Delay New Mooring Fees"
    assert article.dek == '"A fee this size would empty the harbour within a season."'
    assert article.license == "CC BY-SA 4.0"


def test_body_keeps_story_and_lists_but_not_pull_quotes_or_footer() -> None:
    article = parse_text(PAGE)
    assert article.body.startswith("The Portwenn fishing cooperative wrote")
    assert article.body.endswith("The council said it would reply within a fortnight.")
    assert article.pull_quotes == ["A fee this size would empty the harbour within a season."]
    assert article.body.count("A fee this size") == 1
    assert f"{BULLET}Publish the harbour accounts;" in article.body
    items = [b.text for b in article.blocks if b.kind == "li"]
    assert items[0] == "Delay the new charges by twelve months;"
    for block in article.blocks:
        assert article.body[block.start:block.end] == block.text
    for footer_word in ("Donate", "donation", "licensed"):
        assert footer_word not in article.body


def test_quoted_paragraph_that_repeats_nothing_stays_in_the_body() -> None:
    text = PAGE.replace(
        "The council said it would reply within a fortnight.",
        '"We will answer before the spring meeting."',
    )
    article = parse_text(text)
    assert article.body.endswith('"We will answer before the spring meeting."')


def test_caption_forms() -> None:
    assert split_caption("Crowds in the square. (Photo: A. Writer)") == ("Crowds in the square.", "A. Writer")
    assert split_caption("Crowds in the square. Photo: A. Writer") == ("Crowds in the square.", "A. Writer")
    assert split_caption("Crowds in the square [Image by Wire]") == ("Crowds in the square", "Wire")
    assert split_caption("Crowds gathered in the square on Friday.") is None


def test_the_seed_sample() -> None:
    path = SAMPLES / "coalition-urges-diplomacy.txt"
    article = parse_text(path.read_text(encoding="utf-8"))
    assert article.image_credit and article.image_caption and article.image_alt
    assert "(Photo" not in article.image_caption
    assert article.license == "CC BY-NC-ND 3.0"
    assert article.dek and article.dek.startswith('"If there is no successful')
    assert article.pull_quotes
    assert sum(b.kind == "li" for b in article.blocks) == 6
    assert article.body.rstrip().endswith('"we must be willing to support a negotiated settlement."')
    assert "Creative Commons" not in article.body
