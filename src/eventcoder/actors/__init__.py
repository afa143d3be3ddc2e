"""actors: who did it (actor1) and to whom (actor2), as catalogue actors with ACLED inter codes.

Roles come from the dependency parse with surface fallbacks: the subject of the trigger verb (or of
the verb that governs a trigger noun, "US forces conducted airstrikes"), "by X" (passive), a modifier
or possessor of a trigger noun ("the Houthi shelling of Taiz", "Israel's strikes"); targets from the
object, the passive subject, "on/against/at X", "targeting X", "of X" after a trigger noun, or the
object of the verb a trigger noun is subject of ("Rockets hit a US base"). A phrase becomes an actor
through the actor catalogue (named groups and their aliases, state-force aliases), a country name or
adjective with a force word ("Iraqi troops", "a US base"), or a head word (gunmen, civilians,
protesters...). A place is never an actor: "a military base" names no one, "Taiz" is not a target.

Coreference: pronouns and descriptions ("they", "the group", "the militants", "the troops") take the
last compatible actor named before them; a pronoun with no antecedent gives nothing. A later "X
claimed responsibility" names the attacker of an event that has none. State forces outside their own
country are inter 8 (external forces), as ACLED codes them; the period in a state-force name is the
government in office at publication.

Modules: ``words`` (word lists and token helpers), ``naming`` (a phrase -> an actor with its inter code),
``parse_roles`` (agent/target phrases from the parse), ``coref`` (pronouns, descriptions, speakers), ``claims``
(claims of responsibility and blame), ``rules`` (role rules after the parse), ``country`` and ``dateline`` (article
context), ``assign`` (all of it, per mention). The stage (stages/actors.py) only reads the document.
"""

from .assign import assign_roles
from .naming import actor_from_phrase

__all__ = ["actor_from_phrase", "assign_roles"]
