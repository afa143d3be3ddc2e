"""A release of people the story has just told held ("Seven were released the following day", "of whom 37 were
released", "most were released in the evening"): the end of that arrest, abduction or detention at a protest, not
an event of its own (`[releases]` in discourse.toml)."""

from __future__ import annotations

from typing import Any, Sequence

from ..records import Mention, MentionFacts
from .cluster import Cluster
from .cues import Cues


def agentless_release(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a passive release verb with no agent ("were released", not "were freed by the army")?"""
    tok = doc[m.head]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in c.release_verbs:
        return False
    deps = {ch.dep_ for ch in tok.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def released_from(doc: Any, parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                  clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The current event whose people an agentless release sets free: an arrest or abduction, or a protest or riot
    (people detained at it), told in the release's paragraph before it, else the latest told before that paragraph.
    A paragraph that dates or places a trigger of its own before the release ("On 19 September, riot police searched
    the homes of three lawyers in Minsk ... Two of them were later released") tells another event: an earlier
    paragraph's arrest is not what the release ends."""
    if not agentless_release(doc, m, c):
        return None
    para = parsed.paragraph_index(m.trigger.start)
    span = parsed.paragraphs[para]
    before = [j for j in range(i) if mentions[j].sentence < m.sentence]
    own = [j for j in before if parsed.paragraph_index(mentions[j].trigger.start) == para]
    stated = any(f is not None and f.span is not None and span.contains(f.span) for j in own for f in (facts[j].date, facts[j].place))
    pool = own if stated else before
    best, at = None, -1
    for cl in clusters:
        head = mentions[cl.head]
        if cl.status is None or cl.status.value != "current" \
                or not (head.sub_event_type in c.release_holders or head.event_type in c.release_holders):
            continue
        for j in cl.members:
            if j in pool and mentions[j].trigger.start > at:
                best, at = cl, mentions[j].trigger.start
    return best
