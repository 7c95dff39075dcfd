"""Parsers for each input layout: plain text, web copy, Markdown, press releases, JSON records, HTML."""
