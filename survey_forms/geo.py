"""``distance()`` and ``area()`` of ODK forms, on the WGS84 ellipsoid as ODK Collect computes
them (JavaRosa uses GeographicLib): distances by Vincenty's formula (within a millimetre of
GeographicLib), areas on the authalic sphere (same area as the ellipsoid; within 0.1 % of
GeographicLib for any polygon a volunteer can walk around).

Points are ODK geopoints, "lat lon [alt [accuracy]]"; a geotrace or geoshape is a list of them
separated by ";".
"""

from __future__ import annotations

import math
from itertools import pairwise

_A = 6378137.0
_F = 1 / 298.257223563
_B = _A * (1 - _F)
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)
#: Radius of the sphere with the ellipsoid's area.
_AUTHALIC_RADIUS = math.sqrt((_A * _A + _B * _B * math.atanh(_E) / _E) / 2)

Point = tuple[float, float]


def parse_points(text: str) -> list[Point] | None:
    """The (lat, lon) of each point of a geopoint, geotrace or geoshape; None if malformed."""
    points: list[Point] = []
    for part in text.split(";"):
        numbers = part.split()
        if not numbers:
            continue
        try:
            lat, lon = float(numbers[0]), float(numbers[1])
        except (ValueError, IndexError):
            return None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        points.append((lat, lon))
    return points


def distance(points: list[Point]) -> float:
    """The length in metres of the path through ``points``."""
    return sum(_inverse(a, b) for a, b in pairwise(points))


def _inverse(p: Point, q: Point) -> float:
    """Vincenty's inverse formula: the geodesic distance between two points, in metres."""
    if p == q:
        return 0.0
    u1 = math.atan((1 - _F) * math.tan(math.radians(p[0])))
    u2 = math.atan((1 - _F) * math.tan(math.radians(q[0])))
    big_l = math.radians(q[1] - p[1])
    lam = big_l
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    for _ in range(200):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        if sin_sigma == 0:
            return 0.0
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = cos_u1 * cos_u2 * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha * sin_alpha
        cos_2sm = cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = _F / 16 * cos2_alpha * (4 + _F * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * _F * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm * cos_2sm))
        )
        if abs(lam - previous) < 1e-12:
            break
    u_sq = cos2_alpha * (_A * _A - _B * _B) / (_B * _B)
    a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    delta = (
        b
        * sin_sigma
        * (
            cos_2sm
            + b
            / 4
            * (
                cos_sigma * (-1 + 2 * cos_2sm * cos_2sm)
                - b / 6 * cos_2sm * (-3 + 4 * sin_sigma * sin_sigma) * (-3 + 4 * cos_2sm * cos_2sm)
            )
        )
    )
    return _B * a * (sigma - delta)


def _authalic_latitude(lat: float) -> float:
    s = math.sin(math.radians(lat))
    q = (1 - _E2) * (s / (1 - _E2 * s * s) + math.atanh(_E * s) / _E)
    q_pole = (1 - _E2) * (1 / (1 - _E2) + math.atanh(_E) / _E)
    return math.asin(max(-1.0, min(1.0, q / q_pole)))


def area(points: list[Point]) -> float:
    """The area in square metres enclosed by ``points`` (closed or not)."""
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    if len(points) < 3:
        return 0.0
    total = 0.0
    ring = [(_authalic_latitude(lat), math.radians(lon)) for lat, lon in points]
    for (phi1, lam1), (phi2, lam2) in zip(ring, ring[1:] + ring[:1], strict=True):
        d_lam = (lam2 - lam1 + math.pi) % (2 * math.pi) - math.pi
        total += 2 * math.atan2(
            math.tan(d_lam / 2) * (math.tan(phi1 / 2) + math.tan(phi2 / 2)),
            1 + math.tan(phi1 / 2) * math.tan(phi2 / 2),
        )
    return abs(total) * _AUTHALIC_RADIUS**2
