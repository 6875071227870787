"""Colour themes a pilot group can choose for its poster and report.

Each theme has a dark colour for bands and titles (white text must read on it), an accent for
figures and the invitation, a pale tint for boxes, and a ramp for chart bars. Every one prints
well on an ordinary office printer; "sobre" is grey-scale, for black-and-white copies.

Text is never set in a colour that reads worse than 4.5:1 on its background (WCAG AA):
``readable`` darkens or lightens a colour until it does, so the accent of the header and of
the enrolment cards keeps its hue and becomes legible.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, black, white

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

    @property
    def accent_on_dark(self) -> Color:
        """The accent as text on the dark bands."""
        return readable(self.accent, self.dark)

    @property
    def accent_on_white(self) -> Color:
        """The accent as text on paper."""
        return readable(self.accent, white)


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


def luminance(colour: Color) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red)
        + 0.7152 * channel(colour.green)
        + 0.0722 * channel(colour.blue)
    )


def contrast(first: Color, second: Color) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: Color, background: Color, ratio: float = 4.5) -> Color:
    """``colour``, mixed step by step towards white (on a dark background) or black (on a
    light one) until it reads at ``ratio`` on ``background``."""
    target = white if luminance(background) < 0.18 else black
    mixed = colour
    for step in range(1, 21):
        if contrast(mixed, background) >= ratio:
            break
        share = step / 20
        mixed = Color(*(a * (1 - share) + b * share for a, b in zip(
            (colour.red, colour.green, colour.blue),
            (target.red, target.green, target.blue),
            strict=True,
        )))  # fmt: skip
    return mixed


def theme_named(name: str) -> Theme:
    """The theme called ``name``; a clear error that lists the others when there is none."""
    try:
        return THEMES[name]
    except KeyError:
        raise PrintingError("print.unknown_theme", name=name, known=", ".join(THEMES)) from None
