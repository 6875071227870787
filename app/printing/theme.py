"""Colour themes a pilot group can choose for its poster and report.

Each theme has a dark colour for bands and titles (white text must read on it), an accent for
figures and the invitation, a pale tint for boxes, and a ramp for chart bars. Every one prints
well on an ordinary office printer; "sobre" is grey-scale, for black-and-white copies.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor

from app.errors import PrintingError


@dataclass(frozen=True)
class Theme:
    name: str
    label: dict[str, str]
    dark: Color
    accent: Color
    pale: Color
    ink: Color
    bars: tuple[Color, ...]

    def bar(self, index: int) -> Color:
        return self.bars[index % len(self.bars)]


def _theme(name: str, fr: str, nl: str, dark: str, accent: str, pale: str, *bars: str) -> Theme:
    return Theme(
        name,
        {"fr": fr, "nl": nl},
        HexColor(dark),
        HexColor(accent),
        HexColor(pale),
        HexColor("#1f2328"),
        tuple(HexColor(b) for b in bars),
    )


THEMES: dict[str, Theme] = {
    t.name: t
    for t in (
        _theme("potager", "Potager", "Moestuin", "#1e5631", "#f28c28", "#eef5e9",
               "#2e7d32", "#43a047", "#66bb6a", "#8bc34a", "#9ccc65", "#aed581", "#c5e1a5"),
        _theme("brique", "Brique", "Baksteen", "#7a2e1f", "#e0a100", "#fbf1e8",
               "#b5452c", "#c9603f", "#d77a52", "#e29466", "#e9ab7f", "#efc29b", "#f4d6b8"),
        _theme("canal", "Canal", "Kanaal", "#123f6b", "#e84a5f", "#eaf2fa",
               "#1f5f99", "#2f77b8", "#4a90cc", "#6aa6d8", "#8bbbe2", "#a9cdea", "#c7def1"),
        _theme("tournesol", "Tournesol", "Zonnebloem", "#4a3b00", "#d94f04", "#fff8dc",
               "#e0a100", "#e8b12c", "#efc04f", "#f3cc6e", "#f6d78c", "#f9e2aa", "#fbecc6"),
        _theme("sobre", "Sobre (noir et blanc)", "Sober (zwart-wit)", "#222222", "#9a9a9a",
               "#f0f0f0",
               "#333333", "#4d4d4d", "#666666", "#808080", "#999999", "#b3b3b3", "#cccccc"),
    )
}  # fmt: skip
DEFAULT_THEME = "potager"


def muted(colour: Color) -> Color:
    """A softer tone of a text colour, for the second language and captions."""
    return Color(colour.red * 0.55 + 0.3, colour.green * 0.55 + 0.3, colour.blue * 0.55 + 0.3)


def theme_named(name: str) -> Theme:
    """The theme called ``name``; a clear error that lists the others when there is none."""
    try:
        return THEMES[name]
    except KeyError:
        raise PrintingError("print.unknown_theme", name=name, known=", ".join(THEMES)) from None
