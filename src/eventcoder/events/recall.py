"""Background status: recall cues, earlier dates and years, "since" phrases; and which date of a sentence
dates a trigger's own clause."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import doccache
from ..model import Evidence, Span
from ..records import Mention, MentionFacts
from ..syntax import PAST_TAGS, TIME_LABELS, clause_verb, misread_participle
from ..timex.expressions import covered_period
from .cues import Cues, cues, first_match
from .harm import died_later
from .mentions import first_noun, is_reference, make_evidence


def since_cue(doc: Any, m: Mention) -> Any | None:
    """The "since" whose clause or phrase the trigger is in ("one of the deadliest incidents since the truce
    took effect"): that event is the starting point of a period, told as background. None otherwise."""
    return since_of(doc[m.head])


def since_of(tok: Any) -> Any | None:
    """``since_cue`` for a token."""
    for node in (tok, *list(tok.ancestors)[:3]):
        if node.dep_ == "pobj" and node.head.lower_ == "since":
            return node.head
        mark = next((ch for ch in node.children if ch.dep_ == "mark" and ch.lower_ == "since"), None)
        if mark is not None:
            return mark
        if node.pos_ == "VERB" and node.dep_ not in ("acl", "relcl", "pcomp", "amod"):
            break  # (a verb the parser made a modifier of the object of "since", "since the RSF captured Zamzam", is in it)
    return None


# the oldest date a story's lead event may have (a monthly report published weeks later); older is recalled
LEAD_WITHIN_DAYS = 92


def recall_status(
    m: Mention, f: MentionFacts, parsed: Any, text: str, published: dt.date | None, background_days: int, stage: str, c: Cues
) -> tuple[Evidence[str] | None, Evidence[str] | None]:
    """(status evidence if the mention is a recalled event whatever the lead, evidence if only when it is
    not the story's lead event)."""
    sent = parsed.sentences[m.sentence]
    stext = sent.slice(text)

    def ev(hit: re.Match[str], confidence: float) -> Evidence[str]:
        return make_evidence("background", Span(start=sent.start + hit.start(), end=sent.start + hit.end()), text, stage, confidence)

    recent = _recent(parsed.doc, m, f, sent, published)
    hit = first_match(c.sentence, stext)
    if hit and not (recent and hit.group(0).strip(" ,").lower() == "earlier") \
            and not cue_of_a_noun(parsed.doc, m.head, sent.start + hit.start(), sent.start + hit.end()):
        return ev(hit, 0.7), None
    since = since_cue(parsed.doc, m)
    if since is not None:
        return make_evidence("background", Span.of_token(since), text, stage, 0.6), None
    if (told := misread_participle(parsed.doc[m.head])) is not None:
        # a participle describing the people the sentence's verb is about ("The five workers *kidnapped* near Bouar
        # last month were freed on Sunday"): their earlier plight, the release is the news
        return make_evidence("background", Span.of_token(told), text, stage, 0.6), None
    judged = None if recent else judged_by(parsed.doc, m.head, c)
    if judged is not None:
        return make_evidence("background", Span.of_token(judged), text, stage, 0.6), None
    for p in c.after:
        hit = p.search(stext)
        # what is similar happens now when told in the present or dated to a recent day of its own ("A similar round-up
        # took place in Keren on Monday"); "a similar attack in August 2024" stays recalled. A claim dated to a recent day of its
        # own claims the news ("Al Shabaab said it was behind a suicide bombing ... on Monday"); "the group that was behind
        # the 2019 attack" recalls
        word = hit.group(0).lower() if hit else ""
        if hit and sent.start + hit.start() < m.trigger.start \
                and not (word == "similar" and (_dated_now(f, sent, published) or _present(parsed.doc, m))) \
                and not (word == "was behind" and _dated_now(f, sent, published)) \
                and not outside_recalled_phrase(parsed.doc, m.head, sent.start + hit.start(), sent.start + hit.end()):
            return ev(hit, 0.7), None
    year = _earlier_year(parsed.doc, m, published, c)
    if year is not None:
        return make_evidence("background", year, text, stage, 0.6), None
    date = f.date
    covered = covered_period(text, parsed, published) if date is not None and published is not None else None
    if covered is not None and covered[0] <= date.value.earliest and date.value.latest <= covered[1]:
        date = None  # a day of the period a periodic report covers ("Monthly report - February 2025"): its news, however old
    if date is not None and published is not None and date.value.latest < published - dt.timedelta(days=background_days):
        # an old date makes a recalled event, unless it is the story's lead: a report published weeks
        # later (a monthly NGO report, a court or monitor bulletin) still reports that event; news is not
        # months old, so a date before ``LEAD_WITHIN_DAYS`` is recalled even for the lead ("They were set
        # alight in September 2022, when fighting ... killed around 100 people" in a 2026 feature)
        if date.span is not None and (date.value.latest < published - dt.timedelta(days=LEAD_WITHIN_DAYS) or first_match(c.pick, stext)):
            # ("The deadliest came in June, when ...": one event picked out of a count, not the news either)
            return make_evidence("background", date.span, text, stage, 0.7), None
        if date.span is not None:
            return None, make_evidence("background", date.span, text, stage, 0.7)
        return None, Evidence(value="background", span=None, text="", stage=stage, confidence=0.6)
    hit = first_match(c.temporal, stext)
    return None, (ev(hit, 0.6) if hit and not recent else None)


def cue_of_a_noun(doc: Any, head: int, start: int, end: int) -> bool:
    """Does the sentence-wide recall cue (characters ``start``-``end``: "years ago", "in the past") date a clause that
    describes a noun, one the trigger (token ``head``) is not in ("teachers rallied in Praia on Friday to demand a pay rise
    *promised two years ago*", "allowances the government promised three years ago")? Only what is promised is old; the
    rally is the news. A relative clause or participle of its own, read by the parser as a relative clause, an ``acl``, or
    a past form with no subject, auxiliary or mark hung on the verb as an adverbial clause (the tagger's VBD for a VBN)."""
    cue = doccache.tokens_in(doc, start, end)
    if not cue:
        return False
    verb = next((a for a in cue[-1].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == head:
        return False
    bare = not any(ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for ch in verb.children)
    describes = verb.dep_ in ("relcl", "acl") or (verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and bare) or (
        # ... or a participle right after its noun that the parser joined to the verb before ("stayed to demand arrears of
        # a salary increase *promised* two years ago": a conjunct VBN with no subject nor auxiliary)
        verb.dep_ == "conj" and verb.tag_ == "VBN" and bare and verb.i > 0 and verb.nbor(-1).pos_ == "NOUN")
    return describes and head not in {t.i for t in verb.subtree}


def recalled_by_cue(parsed: Any, text: str, m: Mention, c: Cues) -> bool:
    """Does the mention's sentence recall it by a cue: one that marks its whole sentence ("Earlier,", "years ago") or one
    told before the trigger ("The unrest recalled February 2023, when protesters stormed the National Assembly",
    "similar", "previously")? Such a mention tells an earlier event, not the lead-up or a part of the news."""
    sent = parsed.sentences[m.sentence]
    stext = sent.slice(text)
    if first_match(c.sentence, stext):
        return True
    return any((hit := p.search(stext)) and sent.start + hit.start() < m.trigger.start for p in c.after)


def judged_by(doc: Any, head: int, c: Cues) -> Any | None:
    """The court's or prosecutor's verb the trigger noun (token ``head``) is the ground of ("sentenced 17 young men over a
    riot in the town last October", "were prosecuted over the October protests", "convicted of taking part in the
    attack", "in connection with the bombing"), else None: a trial is news about an earlier event (`[recall] judicial`).
    Detect reads it too (classify.codebook.recalled)."""
    for node in (doc[head], *list(doc[head].ancestors)[:6]):
        # the noun itself, the first of a list it is in ("over the arson and looting"), or the noun a relative clause of
        # the trigger hangs on ("over a riot ..., in which a police station was set on fire and shops were looted")
        if node.pos_ == "VERB" and node.lemma_.lower() in c.judicial:
            return None  # the court's own clause: what it did to whom ("sentenced 17 men who had looted shops")
        if node.pos_ not in ("NOUN", "PROPN") or node.dep_ != "pobj":
            continue
        prep, gov = node.head, node.head.head
        if prep.lower_ == "with" and gov.lower_ == "connection" and gov.head.lower_ == "in":
            prep, gov = gov.head, gov.head.head  # "in connection with the bombing"
        elif prep.lower_ not in ("over", "for", "of"):
            continue
        if gov.pos_ == "VERB" and gov.lemma_.lower() in c.judicial:
            return gov
    return None


def outside_recalled_phrase(doc: Any, head: int, start: int, end: int) -> bool:
    """Is the cue "the anniversary of", "(two weeks) after" or a "previously" that describes a noun (characters ``start``-``end``) one whose phrase does not
    hold the trigger (its token ``head``)? Only what the anniversary is of, or what the "after" clause tells, is recalled:
    "broke up an attempt to mark the anniversary of the Hirak movement, detaining dozens"; "On the anniversary of the
    massacre, thousands marched"; "Two weeks after a suicide bombing killed 12 people in Konduga, troops and ISWAP fighters
    *clashed* on the outskirts of the town on Thursday" (the clash is the news, the bombing recalled). Detect reads it too
    (classify.codebook.recalled)."""
    cue_tokens = doccache.tokens_in(doc, start, end)
    described = next((t.head for t in cue_tokens if t.lower_ == "previously"), None)
    if described is not None and described.dep_ in ("amod", "acl", "relcl") and described.i != head:
        # "A *previously* unknown group calling itself the Guardians of Blood announced its formation", "The group, which had
        # previously clashed with the army, ambushed a patrol": "previously" tells what its noun was or did, no event
        # before the trigger unless the trigger is in that noun's phrase
        return head not in {t.i for t in described.head.subtree}
    words = [t for t in cue_tokens if t.lower_ in ("anniversary", "after")]
    if words and words[-1].lower_ == "after" and any(t.pos_ in ("VERB", "AUX") and t.idx < start for t in doccache.sent_of(words[-1])):
        return False  # "The violence in Mamelodi *came* a week after residents blocked the N1": all after it is recalled
    if not words:
        return False
    if words[-1].lower_ == "after" and _main_clause_after(doc[head], words[-1]):
        return True
    inside: set[int] = set()
    for w in words:
        inside |= {t.i for t in w.subtree} - {w.i}
        if w.dep_ == "mark" and w.head.i != w.i:
            # "after the army lost the town": the clause it marks, but not a clause of its own after a comma that the
            # parser joined to it ("after a suicide bombing killed 12 people ..., troops and ISWAP fighters clashed")
            verb = w.head
            own = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and any(g.dep_ == "nsubj" for g in c.children)
                   and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
            inside |= {t.i for t in verb.subtree} - {t.i for c in own for t in c.subtree}
    return head not in inside


def _main_clause_after(tok: Any, after: Any) -> bool:
    """Is the trigger ``tok`` the verb of the main clause that follows a sentence-opening "(two weeks) after" clause, past
    the comma that closes it ("Two weeks after a suicide bombing killed 12 people in Konduga, troops and ISWAP fighters
    *clashed* ...", "Two weeks after the Kongoussi killings, which the government blamed on terrorists, the army on Monday
    said it had *arrested* eleven men")? Read off the words, as the small parser often makes the opening clause the root:
    a finite verb, or a participle with its auxiliary, after the first comma that follows the opening clause's first
    verb (its relative clause's, for a noun phrase), told with a subject of its own (a noun or pronoun before it, not "and")."""
    sent = doccache.sent_of(after)
    if any(not (t.is_punct or t.like_num or t.ent_type_ in TIME_LABELS or t.lower_ in ("a", "an", "just", "only", "some"))
           for t in sent if t.i < after.i):
        return False  # not an opening clause ("The violence came a week after ...": handled by the caller)
    if tok.pos_ not in ("VERB", "AUX") or tok.i <= after.i:
        return False
    first_verb = next((t for t in sent if after.i < t.i < tok.i and t.pos_ in ("VERB", "AUX")), None)
    if first_verb is None:
        return False
    comma = next((t for t in sent if first_verb.i < t.i < tok.i and t.text == ","), None)
    if comma is None:
        return False
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or (tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in tok.children))
    if not finite:
        return False
    before = next((t for t in reversed(sent[: tok.i - sent.start]) if t.dep_ not in ("aux", "auxpass", "advmod", "neg")), None)
    return before is not None and before.i > comma.i and before.pos_ in ("NOUN", "PROPN", "PRON")


# an event dated to the day this close before publication is news, whatever "earlier" says ("A day earlier, a boy
# was shot dead"; "Earlier, on 2 November, police arrested ..."): background is an event more than a few days old
RECENT_DAYS = 4


def _recent(doc: Any, m: Mention, f: MentionFacts, sent: Span, published: dt.date | None) -> bool:
    """Is the mention dated, in its own sentence, to a day at most ``RECENT_DAYS`` before publication, and told in
    the simple past? A past perfect ("the men had been detained two days earlier") tells what led up to the news."""
    date = f.date
    if published is None or date is None or date.span is None or not sent.contains(date.span):
        return False
    if date.value.earliest != date.value.latest or not dt.timedelta(0) <= published - date.value.latest <= dt.timedelta(days=RECENT_DAYS):
        return False
    if (doc[m.head].pos_ == "VERB" or first_noun(doc, m).dep_ == "pobj") and not dates_its_day(doc, m, date.span):
        # "sentenced nine men on Monday over a riot in the town last November, in which shops were looted": the court's
        # day, not the riot's nor the looting's
        return False
    tok = doc[m.head]
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return not any(ch.dep_ == "aux" and ch.lemma_ == "have" and ch.tag_ == "VBD" for ch in verb.children)


def _dated_now(f: MentionFacts, sent: Span, published: dt.date | None) -> bool:
    """Is the mention dated, by a date its own sentence states, to a day at most ``RECENT_DAYS`` before publication
    (whatever verb the parse hangs the date on: "A similar round-up took place in Keren on Monday, the radio said")?"""
    date = f.date
    return published is not None and date is not None and date.span is not None and sent.contains(date.span) \
        and dt.timedelta(0) <= published - date.value.latest <= dt.timedelta(days=RECENT_DAYS)


def _present(doc: Any, m: Mention) -> bool:
    """Is the trigger's sentence told in the present ("Similar scenes are being reported from Backa Palanka, where
    several people have been hurt in clashes"): what is similar happens now, it is not recalled."""
    root = doccache.sentence(doc, m.head).root
    return root.tag_ in ("VBZ", "VBP") or any(ch.dep_ in ("aux", "auxpass") and ch.tag_ in ("VBZ", "VBP") and ch.lemma_ == "be" for ch in root.children)


def _earlier_year(doc: Any, m: Mention, published: dt.date | None, c: Cues) -> Span | None:
    """An earlier year stated for the trigger's own clause ("broke a ceasefire with the military in late
    2023", "was seized in 2019"), as a span; None otherwise. Only a phrase hanging on the trigger or its verb
    counts ("the deadliest attack since 2017" compares, "a group founded in 2013" describes the group); so does a
    year before the trigger noun ("the 2009 stadium massacre")."""
    if published is None:
        return None
    tok = doc[m.head]
    anchors = {tok.i, tok.head.i} if tok.pos_ in ("NOUN", "PROPN") else {tok.i}
    # what an earlier year's event came after or before is as old ("In October 1995, some 85,000 people gathered in Ginowan
    # after three servicemen raped a girl", "in 2019, after the attack on the base"): the clause it hangs on by the link
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "after three servicemen abducted and *raped* a girl"
    if clause.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in c.recall_links for ch in clause.children):
        anchors.add(clause.head.i)
    elif tok.dep_ == "pobj" and tok.head.lower_ in c.recall_links:
        anchors.add(tok.head.head.i)

    def earlier(t: Any) -> bool:
        return t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < published.year

    def described(t: Any, prep: Any) -> bool:
        # a year in a clause describing the phrase's noun ("In the Pool region, where a rebellion ended with a ceasefire
        # in December 2017, gunmen attacked ..."): the region's past, not the trigger's day
        node = t
        while node.i != prep.i:
            if node.dep_ in ("relcl", "acl"):
                return True
            node = node.head
        return False

    for prep in (t for a in anchors for t in doc[a].children if t.dep_ == "prep" and t.lower_ in c.year_preps):
        for t in prep.subtree:
            if earlier(t) and not described(t, prep):
                return Span.of_tokens(t.doc, prep.i, t.i + 1)
    if tok.pos_ == "NOUN" and m.event_type != "Strategic developments":
        # a year naming the event ("the 2009 stadium massacre", "over the 2014 sit-in", "the October 2022 protests"):
        # a court case, an anniversary or a report about an old event; not an agreement, which the news often
        # places in an older one ("signed an agreement on a unified command, a key step in the 2018 peace deal")
        for mod in (ch for ch in tok.lefts if ch.dep_ in ("compound", "nummod", "amod", "npadvmod", "nmod")):
            for t in mod.subtree:
                if earlier(t):
                    return Span.of_tokens(t.doc, mod.left_edge.i, mod.right_edge.i + 1)
    return None


def _links_back(tok: Any) -> bool:
    """Is the token a link word ("after", "before", "following", "since") or marked by one: what hangs on it is
    another event's time?"""
    links = cues().recall_links
    return tok.lower_ in links or any(ch.dep_ == "mark" and ch.lower_ in links for ch in tok.children)


def recalled_beside(doc: Any, other: Mention, m: Mention) -> bool:
    """Is ``other`` an earlier event the sentence of ``m`` only recalls ("drones were intercepted ..., a day
    after strikes hit the airport")? Its trigger hangs on "after"/"before"/"since", which ``m``'s does not, or on a
    relative or participle clause of a past act that describes someone ("had picked him to lead its armed wing,
    succeeding a commander who was killed in a drone strike last month")."""
    mine = {t.i for t in doc[m.head].ancestors} | {m.head}
    path = [t for t in (doc[other.head], *doc[other.head].ancestors) if t.i not in mine]
    return any(_links_back(t) or _describes_past(t) for t in path)


def _describes_past(tok: Any) -> bool:
    """Is the token the verb of a relative or participle clause telling a past act of the noun it describes ("a commander
    who was killed", "a leader killed in an air raid")? Not an ongoing one ("guests attending a wedding")."""
    return tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX") and tok.tag_ in PAST_TAGS


def dates_trigger(doc: Any, m: Mention, date: Span) -> bool:
    """Does a date stated in the trigger's sentence date the trigger's own clause? Not a date of another clause
    that only hangs on it ("detained five of them, who were released on bail on Monday") nor of a main clause
    the trigger is recalled in ("was in a serious condition on Thursday after being struck by a tear gas
    canister during the protest"). A date in a statement's clause dates what it reports ("On Wednesday police said
    they had fired tear gas"); one told after the report ("..., police said on Sunday") dates the statement."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return True
    own = clause_verb(doc[m.head])
    theirs = clause_verb(span.root)
    if own is None or theirs is None or own == theirs:
        return True
    if a_while_later(own):
        return False  # "..., and two men were shot dead in San Fernando less than 24 hours later": not the day of the first
    if own not in theirs.subtree:
        if _crowd_acted_on(own, theirs, m):
            return True
        node = theirs
        while node.dep_ == "conj" and node.head is not node and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in node.children):
            node = node.head
            if node == own:
                return True  # "Youths set fire to cars and fired fireworks at police ... on Sunday": one subject, one day
        return False  # the date hangs on a clause the trigger is not in
    path = []
    node = own
    while node != theirs:
        path.append(node)
        node = node.head
    if span.start > doc[m.head].i and _reporting(theirs):
        return False  # "17 people were detained, ..., police said on Sunday": the day of the statement, not of the arrests
    return not any((_links_back(t) and not _goes_on(t)) or t.dep_ in ("relcl", "acl") for t in path + [node])


def _crowd_acted_on(own: Any, theirs: Any, m: Mention) -> bool:
    """Is the date's clause a relative clause telling what the crowd an intervention broke up was doing ("Police removed
    and detained 34 activists who had chained themselves to the gate on Monday morning", "fired tear gas to clear drivers
    who had blocked the roads on Wednesday")? The crowd's protest and its dispersal are one event: the date dates both. The
    crowd is an object of the trigger's verb or of a verb of its clause (the purpose "to clear" of "fired tear gas") and the
    subject of the relative clause's active verb."""
    if m.event_type != "Protests" or theirs.dep_ != "relcl" or any(ch.dep_ in ("auxpass", "nsubjpass") for ch in theirs.children):
        return False  # not what was done to them after ("detained five of them, who were released on bail on Monday")
    crowd = theirs.head
    if crowd.dep_ not in ("dobj", "conj"):
        return False
    verb = crowd.head
    while verb.dep_ == "conj" and verb.pos_ != "VERB":
        verb = verb.head
    return verb == own or own in verb.ancestors or verb in own.subtree or (own.dep_ == "conj" and verb == own.head)


def _goes_on(tok: Any) -> bool:
    """Is the link word a "before" with a gerund of the same subject ("On Saturday night, a group of men stopped a driver
    and set his car alight, before throwing petrol bombs at officers"): what they went on to do, dated by the clause
    it hangs on (not an earlier event, as after "after")?"""
    return tok.lower_ == "before" and any(
        ch.dep_ == "pcomp" and ch.tag_ == "VBG" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children) for ch in tok.children)


def dates_event(doc: Any, m: Mention, date: Span) -> bool:
    """Does a date stated in the trigger's sentence date the event the trigger tells? Not a date of another clause
    (``dates_trigger``: "..., a police spokesperson said on Monday"), nor the day of a death after the event ("A man who
    was hit by a tear gas canister during clashes on Wednesday night died in hospital on Thursday"), nor, for a reference
    back to an event told before, a date outside its own clause: the day of the statement it is named in ("announced the
    death on Thursday and said 38 people had been injured in the clashes")."""
    c = cues()
    if not dates_trigger(doc, m, date) or died_later(doc, m, c):
        return False
    if not is_reference(doc, m, c):
        return True
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    return span is None or clause_verb(span.root) == clause_verb(doc[m.head])


def a_while_later(tok: Any | None) -> bool:
    """Is the verb told a measured while after what came before ("Hours later", "Less than 24 hours later", "Two days
    later": "later" with its interval)? Not a bare "later" ("four of whom were later released")."""
    return tok is not None and any(ch.lower_ == "later" and any(g.dep_ == "npadvmod" for g in ch.children) for ch in tok.children)


def dated_by_own(parsed: Any, m: Mention, date: Any) -> bool:
    """Is a mention's date (an ``Evidence``) stated, and, when stated in the mention's own sentence, the day of its
    event (``dates_event``)? Not the day of a statement ("fired at the mourners ..., a police spokesperson said on
    Monday"), of a later death, or of another clause ("fought on Wednesday ..., while soldiers were ambushed")."""
    if date is None or date.span is None:
        return False
    return parsed is None or not parsed.sentences[m.sentence].contains(date.span) or dates_event(parsed.doc, m, date.span)


def dates_its_day(doc: Any, m: Mention, date: Span) -> bool:
    """Does a date stated in a reference's sentence give the day of the event it tells? A noun tells it when the date is
    in its phrase ("the attack on Monday"), or dates its clause and the noun is what the clause is about ("The gunmen
    returned on Wednesday and killed two herders", "On Monday ... six of the rustlers were killed in the exchange of
    fire"); not when the noun is what another act was done to or was over ("The drivers called off the strike on
    Tuesday", "condemned the attack on Friday", "were sentenced on Wednesday over the riot")."""
    if doc[m.head].pos_ == "VERB":
        return dates_event(doc, m, date)
    tok = first_noun(doc, m)  # "exchange" of "the exchange of fire"
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    if all(t in tok.subtree for t in span):
        return True
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in cues().sequence_verbs and any(ch.dep_ == "dobj" for ch in tok.head.children):
        return False  # "The strikes followed an attack ... on Saturday": the day of the event it followed
    if tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in ("for", "over", "about", "of", "on", "into")):
        return False
    return dates_event(doc, m, date)


def _reporting(verb: Any) -> bool:
    from ..catalogue import words

    return verb.lemma_.lower() in words("reporting")


def claim_retold(parsed: Any, m: Mention, f: MentionFacts) -> bool:
    """Is the trigger what a party said it had done, with no day nor place of its own ("The RSF said in a statement that
    its forces had been pursuing army-allied fighters in the area", "The Israeli military said it had killed a Hezbollah
    commander", "the group said ... it had killed 27 soldiers and seized the base")? A claim of the story's acts told
    again, no event of its own (the caller asks for an event told before): a perfect verb (or its object) in the clause of
    a reporting verb, its subject the party itself ("it", "its forces"), no place stated in its sentence and no day told
    in it. A claim with a day or place ("its fighters had attacked a Taliban checkpoint in the Andarab valley on Monday
    night") is the report of that event and stays."""
    from ..catalogue import words
    from ..classify.status import REPORTING_LEMMAS  # (classify reads this package)

    # the words a party's statement names itself by ("said it had killed", "said its forces had been pursuing")
    self_words = words("party_pronouns") | words("owner_possessives")
    doc = parsed.doc
    tok = doc[m.head]
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
    if verb is None or not any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in verb.children):
        return False
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in self_words or any(ch.dep_ == "poss" and ch.lower_ in self_words for ch in subject.children)):
        return False
    sentence = parsed.sentences[m.sentence]
    if f.place is not None and f.place.span is not None and sentence.contains(f.place.span) and f.place.confidence >= 0.8:
        return False
    # (any day told in the sentence keeps it: "said on Monday that its drones had struck a column of the attackers as they
    # withdrew towards the Malian border on Sunday")
    return not (f.date is not None and f.date.span is not None and sentence.contains(f.date.span)) \
        and not any(t.ent_type_ in TIME_LABELS for t in doccache.sentence(doc, m.head))
