"""The text layer: what every family knows about a document's text, defined once.

- ``chars``: what a Chinese (Han) character is; width folding.
- ``fold``: Traditional -> Simplified folding (one table, generated from OpenCC).
- ``view``: the matching view (folded, scraping artifacts removed) with offsets back to the text.
- ``zones``: head, body and tail lines.
- ``patterns``: word lists compiled into literal alternations.
- ``sentences``: sentence spans, Chinese and English alike.
- ``numbers``: numbers and amounts of money.
- ``dates``: dates with a year and month names.
- ``language``: script shares and language detection.

Each analysis is computed at most once per document and cached on it (``Document.memo``). Nothing
here imports a family: families build on the text layer, never the other way round.
"""
