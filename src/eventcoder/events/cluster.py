"""A cluster of mentions (one event) and the stage name its evidence is recorded under."""

from __future__ import annotations

import dataclasses

from ..model import Evidence


STAGE = "assemble"  # the pipeline stage whose evidence this package writes (stages/assemble.py)


@dataclasses.dataclass(slots=True)
class Cluster:
    """The mentions of one event (indices into the article's mentions); ``head`` is the first full mention."""

    head: int
    members: list[int]
    references: list[int]  # anaphoric mentions: they add only what the others lack
    status: Evidence[str] | None = None
    # forces sent or posts set up in answer to the event ("troops were deployed", "set up checkpoints"): references whose
    # actors are the responders, never the event's sides
    responses: list[int] = dataclasses.field(default_factory=list)
