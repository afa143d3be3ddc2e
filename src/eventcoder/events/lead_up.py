"""What people had done before or in the event told: "The protesters had gathered to demand that Egypt do more to get
aid into Gaza" after "police broke up a protest" is that protest (`[lead_up]` in discourse.toml); "three soldiers,
having fought gallantly, embraced shahadat" during the exchange of fire is that clash; "a rights group said 43 people
had been detained" after "police detained dozens" tells that detention again."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from .. import doccache
from ..records import Mention, MentionFacts
from ..syntax import PLACE_LABELS, clause_head
from .cluster import Cluster
from .cues import Cues, first_match
from .place_match import place_conflict, stated_place
from .recall import dates_trigger, recalled_by_cue


def past_perfect(tok: Any) -> bool:
    """Is the token's clause in the past perfect ("had gathered", "had sat down", "had been blocked")?"""
    verb = clause_head(tok)
    return any(ch.dep_ == "aux" and ch.lemma_ == "have" and ch.tag_ == "VBD" for ch in verb.children)


def _crowd_subject(tok: Any) -> bool:
    """Is the subject of the trigger's clause the crowd itself, with no number or other determiner than "the" ("Marchers,
    many of whom had travelled by bus, carried flags and banners", "The protesters chanted")? What the crowd did."""
    from ..catalogue import words

    verb = clause_head(tok)
    people = words("protesters") | words("crowd") | words("rioters")
    return any(
        ch.dep_ == "nsubj" and ch.lemma_.lower() in people and ch.tag_ in ("NNS", "NNPS")
        and not any(d.dep_ in ("nummod", "amod", "poss") or (d.dep_ == "det" and d.lower_ != "the") for d in ch.children)
        for ch in verb.children
    )


def _placed_here(verb: Any, c: Cues) -> bool:
    """Does the clause name its own place ("In Monrovia, students had blocked the road", "had gathered in Bejaia"), not
    only a noun's ("aid into Gaza")? A place entity under a locative preposition of the clause's verb."""
    return any(
        p.dep_ == "prep" and p.lower_ in c.locatives and any(o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS for o in p.children)
        for p in verb.children
    )


def _crowd_kit(tok: Any, c: Cues) -> bool:
    """Does the trigger's clause put up what a crowd blocks a road with ("had set up barricades of tables and branches"),
    whatever type the classifier gave it (a base set up)?"""
    verb = clause_head(tok)
    return any(ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in c.crowd_objects for ch in verb.children)


def crowd_lead_up(doc: Any, parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                  clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The current protest or riot, told in an earlier sentence of the mention's paragraph or the one before, that a
    crowd trigger (or one whose clause puts up barricades) in a past-perfect clause, or in a clause whose subject is the
    crowd itself, with no date or place of its own, tells the lead-up or a part of."""
    tok = doc[m.head]
    if not (m.event_type in c.lead_up_types or _crowd_kit(tok, c)) or not (past_perfect(tok) or _crowd_subject(tok)):
        return None
    if recalled_by_cue(parsed, doccache.text(doc), m, c):
        return None  # "The unrest recalled February 2023, when protesters stormed the National Assembly"
    if _dated_or_placed_here(parsed, m, facts[i], tok, c):
        return None
    return _latest_near(parsed, m, mentions, clusters, lambda cl: mentions[cl.head].event_type in c.lead_up_types, lambda j: True)


def _dated_or_placed_here(parsed: Any, m: Mention, f: MentionFacts, tok: Any, c: Cues) -> bool:
    """Does the mention's sentence state its date, or its clause its own place? Then it tells an event of its own."""
    if f.date is not None and f.date.span is not None and parsed.sentences[m.sentence].contains(f.date.span):
        return True
    return _placed_here(clause_head(tok), c)


def _attempted(tok: Any, c: Cues) -> bool:
    """Is the trigger what people tried to do ("tried to hold rallies", "attempted to march")? The trigger verb, or the
    verb whose object the trigger noun is, is the complement of an attempt verb (`[territory] attempt`)."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else None
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in c.attempt


def attempted_gathering(doc: Any, parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                        clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The current violent event or riot, told in an earlier sentence of the mention's paragraph or the one before, that
    a gathering people tried to hold led to ("The fighting broke out after supporters of the two parties tried to hold
    rallies at the same crossroads"): a protest trigger under an attempt verb, in a sentence that names the violence,
    with no date or place of its own. An attempt is no protest of its own; what came of it is the event (whether the
    classifier read the rallies as a protest or, for the violence in their sentence, a riot)."""
    tok = doc[m.head]
    if m.event_type not in ("Protests", "Riots") or not _attempted(tok, c):
        return None
    if not any(t.lemma_.lower() in c.violent_outcome or t.lemma_.lower() in c.crowd_violence for t in doccache.sent_of(tok) if t.i != tok.i):
        return None
    if _dated_or_placed_here(parsed, m, facts[i], tok, c):
        return None
    return _latest_near(parsed, m, mentions, clusters,
                        lambda cl: mentions[cl.head].event_type in c.violence_types or mentions[cl.head].event_type == "Riots",
                        lambda j: True)


def _latest_near(parsed: Any, m: Mention, mentions: Sequence[Mention], clusters: Sequence[Cluster],
                 fits: Callable[[Cluster], bool], told_by: Callable[[int], bool]) -> Cluster | None:
    """The current event that ``fits`` with the latest member ``told_by`` in an earlier sentence of the mention's
    paragraph or the one before."""
    para = parsed.paragraph_index(m.trigger.start)
    best, at = None, -1
    for cl in clusters:
        if cl.status is None or cl.status.value != "current" or not fits(cl):
            continue
        near = [mentions[j].trigger.start for j in cl.members
                if mentions[j].sentence < m.sentence and para - 1 <= parsed.paragraph_index(mentions[j].trigger.start) <= para
                and told_by(j)]
        if near and max(near) > at:
            best, at = cl, max(near)
    return best


def retold(doc: Any, parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
           clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The current event, told in an earlier sentence of the mention's paragraph or the one before with the same trigger
    word, that a past-perfect trigger with no date or place of its own tells again ("Police detained dozens in central
    Rabat on Saturday ... The AMDH said 43 people had been detained"), whatever type its own sentence was given. A
    sentence giving another account (`[claims] counter`: "An official gave a different account, saying Afar militiamen
    had attacked Issa herders") tells the latest violent event again with any violent word."""
    tok = doc[m.head]
    sentence = parsed.sentences[m.sentence]
    counter = m.event_type in c.violence_types and first_match(c.counter, sentence.slice(doccache.text(doc))) is not None
    if not (past_perfect(tok) or counter) or _placed_here(clause_head(tok), c):
        return None
    f = facts[i]
    if f.date is not None and f.date.span is not None and sentence.contains(f.date.span) and dates_trigger(doc, m, f.date.span):
        return None  # not a date of another clause ("43 had been detained, most of whom were released on Sunday")
    here = stated_place(f)
    if here is not None and f.place.span is not None and sentence.contains(f.place.span):
        words = doc.char_span(f.place.span.start, f.place.span.end, alignment_mode="expand")
        if words is not None and words.root not in clause_head(tok).subtree:
            here = None  # the source's place ("An official of the neighbouring Somali region gave a different account")
    return _latest_near(parsed, m, mentions, clusters,
                        lambda cl: not any(place_conflict(here, stated_place(facts[j])) for j in cl.members),
                        lambda j: doc[mentions[j].head].lemma_.lower() == tok.lemma_.lower()
                        or (counter and mentions[j].event_type in c.violence_types))


def perfect_participle_of(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], clusters: Sequence[Cluster]) -> Cluster | None:
    """The event of another trigger of the sentence that a perfect participle clause only adds to ("During the intense
    exchange of fire, three soldiers, having fought gallantly, embraced shahadat"): what people had done in it."""
    tok = doc[m.head]
    if tok.pos_ != "VERB" or not any(ch.dep_ == "aux" and ch.lower_ == "having" for ch in tok.children):
        return None
    for cl in clusters:
        if any(j != i and mentions[j].sentence == m.sentence for j in cl.members):
            return cl
    return None
