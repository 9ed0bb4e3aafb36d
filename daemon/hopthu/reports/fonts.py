"""The fonts reports embed: Liberation Serif (metric-compatible with Times New Roman, which the front's
documents name) and Liberation Sans, with every Vietnamese glyph; shipped in `fonts/` with their
licence (SIL OFL 1.1), so nothing outside the repository is needed to render a report."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "fonts"
SERIF = {"": FOLDER / "LiberationSerif-Regular.ttf", "B": FOLDER / "LiberationSerif-Bold.ttf",
         "I": FOLDER / "LiberationSerif-Italic.ttf", "BI": FOLDER / "LiberationSerif-BoldItalic.ttf"}
SANS = {"": FOLDER / "LiberationSans-Regular.ttf", "B": FOLDER / "LiberationSans-Bold.ttf"}


def add_to_pdf(pdf, families: tuple[str, ...] = ("serif", "sans")) -> None:
    """Register the serif family as "serif" and the sans family as "sans" on an fpdf2 document (parsing
    a font costs a tenth of a second: register only the families the document uses)."""
    for family, styles in (("serif", SERIF), ("sans", SANS)):
        if family in families:
            for style, path in styles.items():
                pdf.add_font(family, style, str(path))
