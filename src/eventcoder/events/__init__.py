"""Document-level event assembly: which trigger mentions report one event, and each event's status.

Entry points: ``plan(...)`` returns the mention clusters of an article (one per event) with their status;
``build.assemble(...)`` (the assemble stage) turns them into Event records. Modules:

- ``cues``: the discourse word lists and patterns (resources/discourse.toml), read once;
- ``mentions``: what a single trigger mention is (a reference, quoted, predicative, a bare generic);
- ``aggregates`` and ``not_events``: mentions that are no event (counts over periods, campaigns, capabilities,
  documents, blazes, descriptions);
- ``retype``: the codebook retyping clustering needs (people captured are arrested, forces engaging fighters clash);
- ``recall``: background status (recall cues, earlier dates and years, "since");
- ``hosts`` and ``follow_ups``: mentions that tell part of another event, in its sentence or a later one;
- ``references``: which earlier event a reference may join; ``place_match``: place conflicts;
- ``protests``: one protest per place and day; ``plan``: the clustering itself;
- ``merge``: the merge test for full mentions; ``fields``: an event's fields from its mentions; ``places``: where
  an event is (not the dateline, not the victims' home town); ``codebook_type``: its final type; ``build``: records.

The rules (docs/DESIGN.md, "Events across the document"):

1. **Aggregates are not events.** A mention in a sentence with a period cue ("since January", "so far this
   year", "in the past week", "a series of") whose trigger is a plural noun, carries a number, or sits in
   a perfect-tense clause ("have been killed") is dropped ("more than 300 attacks since January").
2. **References join their antecedent.** A trigger noun with a definite determiner ("the attack", "this
   strike", "either attack") joins the latest earlier event of a compatible type: the same event type, or
   any violent type for generic nouns (attack, raid, incident...). It contributes only the fields the
   antecedent lacks, and never a conflicting stated place. A headline's mentions join the first body event
   of a compatible type.
3. **Other mentions merge** only with an event of the same sub-type and status, in another sentence, with
   nothing conflicting (attackers, roles, stated places, stated dates) — as before.
4. **Status.** Negated / threat / hypothetical / caption come from the words around the trigger (detect).
   An event is background when its sentence recalls it ("similar", "previously", "earlier,", "years
   ago"), when it follows a recall cue in its sentence ("the attack came two days after a roadside bomb"),
   when a temporal cue puts it before the news ("last week", "two days earlier", "a week ago") and it is
   not the story's lead event, or when its date is more than ``background_after_days`` before publication
   and it is not the story's lead event.
   A background event keeps its own date.
"""

from __future__ import annotations

from .cues import Cues, cues
from .cluster import Cluster
from .recall import dates_trigger, since_of
from .retype import armed_object, armed_target, attack_of, attempted, captive, engaged_fighters, person, retype
from .plan import plan

__all__ = [
    "Cluster", "Cues", "armed_object", "armed_target", "attack_of", "attempted", "captive", "cues", "dates_trigger",
    "engaged_fighters", "person", "plan", "retype", "since_of",
]
