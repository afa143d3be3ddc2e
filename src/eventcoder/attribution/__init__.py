"""attribution: who says so. Named and unnamed sources, their role, and hedges.

A statement is a reporting verb (said, told, announced, claimed...) with its subject, or "according to X".
An event is attributed to the statements in its sentence, else to the statements of the next sentence
when that sentence continues the same paragraph without a new event ('"...," the official said.').
Hedges in the event's sentence (reportedly, allegedly, claimed, unconfirmed) go with its sources.
The publisher is always a source of every event of the article.

Modules: ``sources`` (statements, roles, hedges, and their attribution to mentions). The stage
(stages/attribution.py) only reads the document.
"""

from .sources import HEDGES, attribute, find_statements, publisher

__all__ = ["HEDGES", "attribute", "find_statements", "publisher"]
