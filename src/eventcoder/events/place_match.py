"""Stated places of mentions and whether two places conflict (another country, town or region)."""

from __future__ import annotations

from typing import Any

from ..records import MentionFacts


def same_place(a: Any, b: Any) -> bool:
    """The same town, or two readings of it ("Kantharalak" and the district "Amphoe Kantharalak"): within 10 km."""
    from ..geo.build import haversine_km

    if a.iso != b.iso or (a.geo_precision == 3) != (b.geo_precision == 3):
        return False
    return a.location == b.location or haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 10


def stated_place(f: MentionFacts) -> Any | None:
    return f.place.value if f.place is not None and f.place.confidence >= 0.8 else None


def place_conflict(a: Any | None, b: Any | None) -> bool:
    if a is None or b is None:
        return False
    if a.iso != b.iso:
        return True
    if (a.geo_precision == 3) != (b.geo_precision == 3) and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True  # a town outside the region named
    return a.location != b.location and a.geo_precision < 3 and b.geo_precision < 3
