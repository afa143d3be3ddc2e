"""The status of a candidate event from the words around its trigger: negated ("no rockets", "did not strike",
"denied"), threat ("threatened to", "vowed"), hypothetical ("would", "could", "if", "plans to"), caption (a
caption-like sentence that survived cleaning) or current. Background is decided later from the date (events).
"""

from __future__ import annotations

import re
from typing import Any

from .. import doccache
from ..catalogue import words
from ..lexicon import codebook_words
from ..model import Evidence, Span
from ..resources import word_lists
from ..page.lines import CAPTION
from ..timex.patterns import ENTRY_TIME
from ..syntax import DEFINITE_DETERMINERS, TIME_LABELS

_STATUS = word_lists("status_words.toml")  # resources/status_words.toml
THREAT_LEMMAS = _STATUS["threat"]
HYPOTHETICAL_LEMMAS = _STATUS["hypothetical"]
REQUESTING_LEMMAS = _STATUS["requesting"]
MODALS = _STATUS["modals"]
UNSAID_LEMMAS = _STATUS["unsaid"]
HEARSAY_NOUNS = _STATUS["hearsay"]
ASKED_TO_TELL = _STATUS["asked_to_tell"]
FALSE_WORDS = _STATUS["false_words"]
PERFECT_HARM_LEMMAS = _STATUS["perfect_harm"]
REPORTING_LEMMAS = words("reporting")  # one list per concept (resources/actors/words.toml)
# the verbs that lay or dispute blame and the words of suspicion ("accused of stealing", "suspected robbers", "charged
# with attacks"): what they tell is an accusation, and who tells it is not the doer (words.toml accusing, triggers.toml suspicion)
ACCUSING_LEMMAS = words("accusing") | codebook_words().suspicion
DENIAL_LEMMAS = _STATUS["denial"]
CONDEMNING_LEMMAS = _STATUS["condemning"]
FALSEHOOD_NOUNS = _STATUS["falsehood"]
RELATIVE_PRONOUNS = _STATUS["relative_pronouns"]
PLANNING_LEMMAS = _STATUS["planning"]
PLANNED_ACTIONS = _STATUS["planned_actions"]
PLANNED_PARTICIPLES = _STATUS["planned_participles"]
CANCELLING_LEMMAS = _STATUS["cancelling"]
NEGOTIATING_LEMMAS = _STATUS["negotiating"]
_FACT_CHECK = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(_STATUS["fact_check_labels"])) + r")", re.I)
_FALSE_VERDICT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_STATUS["false_verdicts"])) + r")\b", re.I)
_TRUE_VERDICT = re.compile(r"(?<![\w-])TRUE\b|(?:^|[.?!:]\s+)Yes\b")  # as written (word_lists folds case)
CLAIM_MEDIA = _STATUS["claim_media"]
CLAIM_VERBS = _STATUS["claim_verbs"]




def _caption_line(sent: Any, text: str) -> bool:
    """Is the sentence a caption by its line: the line it is on starts with a caption mark, after a live blog entry's clock
    time ("11:05 — PHOTO: A firefighter sprays water on a warehouse that was hit by drones", which the parser splits after
    "PHOTO:")?"""
    start = sent.start_char
    line = text[text.rfind("\n", 0, start) + 1 : sent.end_char]
    return bool(CAPTION.search(ENTRY_TIME.sub("", line, count=1))) if line else False


def trigger_status(doc: Any, start: int, end: int, sent: Any, text: str, stage_name: str = "detect") -> Evidence[str]:
    """The status the words around the trigger tokens [start, end) of the sentence give it (``_trigger_status``): read once
    per Doc for the same arguments (the decision asks it of a candidate in rule after rule, detection again)."""
    key = ("trigger_status", start, end, sent.start, sent.end, text, stage_name)
    return doccache.memo(doc, key, lambda: _trigger_status(doc, start, end, sent, text, stage_name))  # type: ignore[no-any-return]


def _trigger_status(doc: Any, start: int, end: int, sent: Any, text: str, stage_name: str) -> Evidence[str]:
    def ev(value: str, tok: Any | None, confidence: float) -> Evidence[str]:
        if tok is None:
            return Evidence(value=value, span=None, text="", stage=stage_name, confidence=confidence)
        span = Span.of_token(tok)
        return Evidence(value=value, span=span, text=span.slice(text), stage=stage_name, confidence=confidence)

    if CAPTION.search(doccache.span_text(doc, sent.start, sent.end)) or _caption_line(sent, text):
        return ev("caption", sent[0], 0.8)
    head = doc[start]
    if (claim := false_claim(doc, start, end)) is not None:
        return ev("negated", claim, 0.7)  # 'FACT CHECK — Does this video show "CJNG gunmen executing soldiers"? FALSE.'
    if head.pos_ == "VERB" and head.dep_ == "acl" and any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in head.children) \
            and head.head.lemma_.lower() not in _attempt_lemmas():
        return ev("hypothetical", next(ch for ch in head.children if ch.tag_ == "TO"), 0.6)  # "the campaign to liberate Mosul"
    planner = _planned(head)
    if planner is not None:
        return ev("hypothetical", planner, 0.6)  # "announced an indefinite national strike", "called for new protests"
    # "no rockets", "no airstrikes": a negating determiner on the trigger noun or the word before it
    for tok in doc[max(sent.start, start - 2) : end]:
        if tok.lower_ in ("no", "never") and tok.i < end:
            return ev("negated", tok, 0.8)
    chain = [head]
    # "The RSF, which seized Wad Madani in December 2023, did not comment": the negation of the clause a relative
    # clause hangs on is not the trigger's (its threats and hypotheses still are: "congratulate those who would fight")
    above: set[int] = set()
    told = False  # the relative clause tells a dated past act ("Those who threw stones at the Sejm on Wednesday will answer")
    for node in head.ancestors:
        if chain[-1].dep_ == "relcl" and any(ch.lower_ in RELATIVE_PRONOUNS and ch.dep_ in ("nsubj", "nsubjpass", "dobj")
                                             for ch in chain[-1].children):
            above.add(node.i)
            told = told or (chain[-1].tag_ == "VBD" and not any(ch.dep_ == "aux" for ch in chain[-1].children)
                            and any(t.ent_type_ in TIME_LABELS for t in chain[-1].subtree))
        elif chain[-1].i in above:
            above.add(node.i)
        if node.lemma_.lower() in REPORTING_LEMMAS or len(chain) > 3:
            if (node.pos_ == "NOUN" or node.dep_ in ("dobj", "nsubjpass")) and node.head.lemma_.lower() in DENIAL_LEMMAS:
                return ev("negated", node.head, 0.7)  # "rejected claims that forces had retaken the village", "Mexico
                # denies report that army drones bombed cartel town" (a headline's "report" tagged a verb)
            if (denier := _report_denied(node)) is not None:
                return ev("negated", denier, 0.7)  # "rejects the lies spread by the media claiming that aircraft bombed"
            break
        if _another_clause(chain[-1], node) or _warning_of_fact(chain[-1], node) or _past_conjunct(chain[-1]) \
                or _asked_of_fact(chain[-1], node):
            break
        chain.append(node)
    fact = _named_past_fact(head)
    if (false_word := _hearsay_called_false(head)) is not None:
        return ev("negated", false_word, 0.7)  # "Rumours of clashes in Banankoro were checked and found to be unfounded"
    for node in chain:
        for child in node.children:
            if child.dep_ == "neg" and node.i not in above and not _negates_no_act(node, child, head):
                return ev("negated", child, 0.8)
        if node.lemma_.lower() in DENIAL_LEMMAS and node.i not in above and not (
                node.lemma_.lower() in CONDEMNING_LEMMAS and head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.i == node.i):
            # (not a condemnation of the act itself: "We *reject* the attack against the Army battalion")
            return ev("negated", node, 0.7)
        if (told and node.i in above) or (fact and node.i != head.i) or _perfect_toll(node, head):
            continue  # "vowed to punish those who attacked the base on Monday": made, whatever is said of them (not
            # "want to congratulate the Syrians who fought to free Dabiq": undated, it only describes them)
        if node.lemma_.lower() in THREAT_LEMMAS and node.i != head.i:
            return ev("threat", node, 0.7)
        if node.lemma_.lower() in HYPOTHETICAL_LEMMAS and node.i != head.i:
            return ev("hypothetical", node, 0.6)
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return ev("hypothetical", child, 0.6)
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                return ev("hypothetical", child, 0.6)
    # background (a recalled event) is decided for the whole document in eventcoder.events
    return ev("current", None, 0.7)


def false_claim(doc: Any, start: int, end: int) -> Any | None:
    """The token that shows the trigger [start, end) to be the claim a fact check calls false, else None: in a text labelled
    a fact check (or fake news), with no verdict of true ("Verdict: MOSTLY TRUE", "Did police shoot a protester? Yes."), a
    trigger in quotation marks ('Does this video show "CJNG gunmen executing soldiers in Michoacan"? FALSE.', 'No, there
    was no "terrorist attack" in Tamanrasset'), in a question, or in what a video, photo or post is said to show ("A photo
    shared as showing soldiers beating protesters in Lome was taken in another country in 2019", "footage of 'today's air
    strike on Mogadishu'", "Posts claiming a battle ... are false"). What did happen, told outside the claim, stays
    (status_words.toml fact_check_labels, false_verdicts, true_verdicts, claim_media, claim_verbs)."""
    verdict = doccache.memo(doc, "fact_check", lambda: _fact_check(doccache.text(doc)))
    if not verdict:
        return None
    sent = doccache.sent_of(doc[start])
    quote = _quoted(doc, sent, start)
    if quote is not None:
        return quote
    if sent.text.rstrip().endswith("?"):
        return sent[-1]
    for node in list(doc[start].ancestors)[:8]:
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in CLAIM_MEDIA:
            return node  # "footage of ...", "a photo shared as showing ..."
        if node.lemma_.lower() in CLAIM_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CLAIM_MEDIA for c in node.children) \
                or node.lemma_.lower() in CLAIM_VERBS and node.dep_ == "acl" and node.head.lemma_.lower() in CLAIM_MEDIA:
            return node  # "Does this video show ...", "Posts claiming a battle"
        if node.dep_ == "ROOT":
            break
    return None


def _fact_check(text: str) -> bool:
    """Is the text a fact check that calls a claim false: a label, no verdict of true?"""
    return bool(_FACT_CHECK.search(text)) and not _TRUE_VERDICT.search(text)


_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}


def _quoted(doc: Any, sent: Any, i: int) -> Any | None:
    """The opening quotation mark of the quotation token ``i`` is in (double or single quotes; a single quote opens only
    after a space or at the start and closes only before a space or a mark, so that "today's" is no quote), else None."""
    text = sent.text
    at = doc[i].idx - sent.start_char
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch in _QUOTES and (ch not in "'\u2018" or pos == 0 or not text[pos - 1].isalnum()):
            close = _QUOTES[ch]
            j = pos + 1
            while j < len(text):
                if text[j] == close and (close not in "'\u2019" or j + 1 == len(text) or not text[j + 1].isalnum()):
                    break
                j += 1
            if j >= len(text):
                return None
            if pos < at < j:
                return doc.char_span(sent.start_char + pos, sent.start_char + pos + 1, alignment_mode="expand")[0]
            pos = j + 1
            continue
        pos += 1
    return None


def _report_denied(node: Any) -> Any | None:
    """The word that denies a report participle's claim or calls it false: the report noun it hangs on under a denial verb
    ("denied reports saying that ..."), or a falsehood noun above it before any finite verb ("rejects the lies spread by
    Colombian media outlets claiming that aircraft bombed positions"). None for a report told as such ("published
    reports saying that ...")."""
    if node.pos_ != "VERB" or node.dep_ != "acl":
        return None
    for anc in list(node.ancestors)[:5]:
        if anc.lemma_.lower() in DENIAL_LEMMAS or (anc.pos_ == "NOUN" and anc.lemma_.lower() in FALSEHOOD_NOUNS):
            return anc
        if anc.tag_ in ("VBD", "VBZ", "VBP"):
            return None
    return None


def _planned(head: Any) -> Any | None:
    """The verb that announces or calls for a collective action named by the trigger noun ("announced an indefinite
    national strike and road blockades", "called for new demonstrations") or calls it off ("the march was postponed"): the
    action is planned, not held. Also the trigger verb itself when it announces or calls for such an action ("The
    opposition called for a national protest")."""
    if head.pos_ == "VERB" and head.lemma_.lower() in PLANNING_LEMMAS:
        for ch in head.children:
            obj = next((o for o in ch.children if o.dep_ == "pobj"), None) if ch.dep_ == "prep" and ch.lower_ == "for" else \
                ch if ch.dep_ == "dobj" and (head.lemma_.lower() == "announce" or _called(ch, head)) else None
            if obj is not None and obj.lemma_.lower() in PLANNED_ACTIONS:
                return head
        return None
    if head.pos_ != "NOUN":
        return None
    top = head
    while top.dep_ in ("conj", "nmod", "compound") and top.head.pos_ == "NOUN":  # "a strike and road blockades"
        top = top.head
    # a hyphenated action noun is split by the parser ("sit-in": "sit" a compound of "in")
    hyphened = head.doc[top.i - 2 : top.i + 1].text.lower() if top.i >= 2 and head.doc[top.i - 1].text == "-" else ""
    if top.lemma_.lower() not in PLANNED_ACTIONS and head.lemma_.lower() not in PLANNED_ACTIONS and hyphened not in PLANNED_ACTIONS:
        return None
    planner = _planned_by_relative(top)
    if planner is not None:
        return planner
    gov = top.head
    if top.dep_ in ("nsubj", "nsubjpass", "dobj") and gov.lemma_.lower() in CANCELLING_LEMMAS \
            and (gov.lemma_.lower() != "call" or any(ch.dep_ == "prt" and ch.lower_ == "off" for ch in gov.children)):
        return gov  # "A protest by farmers planned for Friday was postponed", "organisers called off the march"
    if top.dep_ == "nsubjpass" and gov.lemma_.lower() == "call" and any(
            ch.dep_ == "prep" and ch.lower_ == "for" and any(o.dep_ == "pobj" and o.ent_type_ in TIME_LABELS for o in ch.children)
            for ch in gov.children):
        return gov  # "A sit-in outside parliament has been called for Friday": a day set for it, not held
    if top.dep_ == "dobj" and (gov.lemma_.lower() == "announce" or _called(top, gov)):
        return gov  # "announced a strike", "Settlers have called a march to the hill on Friday"
    if top.dep_ == "pobj" and gov.lower_ == "for" and gov.head.lemma_.lower() in PLANNING_LEMMAS:
        return gov.head
    return None


def _called(noun: Any, verb: Any) -> bool:
    """Does ``verb`` call the action ``noun`` it governs as its object ("Unions have called a general strike", "the party
    called a rally in Moroni for Tuesday", "have called marches in 20 cities today")? The call names an action to come. Not
    one called off, nor the call of an action told as held: by a relative clause on its callers ("the unions, which
    called the rallies, condemned the violence"), in the past perfect ("the coalition had called the protest to demand
    ..."), or with a definite determiner ("the parties that called the protest")."""
    if verb.lemma_.lower() != "call" or verb.dep_ == "relcl" or any(ch.dep_ == "prt" for ch in verb.children):
        return False
    if any(ch.dep_ == "aux" and ch.lemma_ == "have" and ch.tag_ == "VBD" for ch in verb.children):
        return False
    if any(ch.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for ch in verb.children):
        return False  # "called the strike a war crime", "called it a protest"
    return not any(ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in DEFINITE_DETERMINERS) for ch in noun.children)


def _planned_by_relative(noun: Any) -> Any | None:
    """The planning verb of a relative or participle clause on the action noun ("a day before a rally they had planned to
    hold", "a march organisers intended to stage", "a planned rally", "a rally scheduled for Wednesday"): the action is
    planned, not held. The small parser often hangs such a relative clause on a noun before the action noun ("a day"), so
    the clause is read from the words right after the noun: a planning verb among the next four words whose subject
    stands between them (a contact relative clause, the action noun the object of the verb it plans)."""
    for ch in noun.children:
        if ch.dep_ in ("amod", "acl") and ch.tag_ == "VBN" and ch.lemma_.lower() in PLANNED_PARTICIPLES:
            return ch
    doc = noun.doc
    for tok in doc[noun.i + 1 : min(noun.i + 5, doccache.sent_of(noun).end)]:
        if tok.is_punct:
            return None
        if tok.dep_ == "relcl" and tok.lemma_.lower() in HYPOTHETICAL_LEMMAS and tok.i > noun.i:
            if any(ch.dep_ == "xcomp" and ch.pos_ == "VERB" for ch in tok.children) \
                    and any(ch.dep_ == "nsubj" and noun.i < ch.i < tok.i for ch in tok.children):
                return tok
    return None


def _another_clause(child: Any, node: Any) -> bool:
    """Is ``node`` a clause of its own, set off from ``child`` by a semicolon? The small parser makes the last
    clause of "rebels seized the town; the army has not commented" the root: its negation, denial or modal says
    nothing about the first."""
    lo, hi = sorted((child.i, node.i))
    return any(t.text == ";" and t.head.i in (child.i, node.i) for t in child.doc[lo + 1 : hi])


def _hearsay_called_false(head: Any) -> Any | None:
    """The word that calls false the hearsay the trigger is told in: the trigger the object of "of" after a noun of hearsay
    (status_words.toml hearsay: "rumours of clashes", "reports of an attack") whose clause calls it false (false_words:
    "were checked and found to be unfounded", "proved false"); else None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in HEARSAY_NOUNS:
        return None
    hearsay = prep.head
    if hearsay.dep_ not in ("nsubj", "nsubjpass"):
        return None
    own = {t.i for t in hearsay.subtree}
    return next((t for t in hearsay.head.subtree if t.i not in own and t.lemma_.lower() in FALSE_WORDS), None)


def _negates_no_act(node: Any, neg: Any, head: Any) -> bool:
    """Is the negation ``neg`` of ``node`` one that denies no act: of a verb of commenting or confirming ("Hezbollah did
    not *comment* on the strike that Israel's army said it had carried out", "the Ukrainian side did not comment";
    status_words.toml unsaid), or a "not until" / "not only" ("It was not until Tuesday that the toll became clear")? A
    trigger noun the comment is about must tell its act (a relative clause, a day): "He did not comment on the base" names
    no act of its own."""
    if node.lemma_.lower() in UNSAID_LEMMAS:
        return head.i == node.i or head.pos_ != "NOUN" or any(ch.dep_ == "relcl" for ch in head.children) \
            or any(t.ent_type_ in TIME_LABELS for t in head.subtree)
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in ("until", "only")


def _asked_of_fact(child: Any, node: Any) -> bool:
    """Is ``node`` a verb of telling that a question asks for (status_words.toml asked_to_tell: "*Can* the Minister *advise*
    how many people were arrested when protesters chained themselves to the gates on Monday?") over a clause told in the
    past? The question's modal asks for the telling; what is to be told happened."""
    if node.lemma_.lower() not in ASKED_TO_TELL or child.pos_ not in ("VERB", "AUX"):
        return False
    if any(ch.dep_ == "aux" and (ch.lower_ in MODALS or ch.tag_ == "TO") for ch in child.children):
        return False
    return child.tag_ == "VBD" or (child.tag_ == "VBN" and any(ch.dep_ in ("aux", "auxpass") and ch.lemma_ in ("have", "be")
                                                                for ch in child.children))


def _past_conjunct(verb: Any) -> bool:
    """Is ``verb`` a clause coordinated with the one above it that carries its own past tense ("Parliament may debate the
    law all it likes, but ... three shells *landed* in the compound")? The first clause's modal, negation or hypothesis
    does not reach it: its past verb tells a fact. A past verb with an auxiliary of its own ("would have stormed") is
    read as it stands."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.pos_ in ("VERB", "AUX") \
        and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)


def _named_past_fact(head: Any) -> bool:
    """Is the trigger a noun a relative clause in its phrase tells as done, in the past tense with no auxiliary ("The
    shelling of Kupiansk's railway station on Tuesday morning — *which killed* a woman — should end the debate")? The noun names an
    act that happened: the modal, threat or plan of the clause it sits in is said about it, not of it."""
    if head.pos_ != "NOUN":
        return False
    return any(ch.dep_ == "relcl" and ch.tag_ == "VBD" and not any(a.dep_ in ("aux", "auxpass") for a in ch.children)
               and any((g.lower_ in RELATIVE_PRONOUNS or g.lower_ == "that") and g.dep_ == "nsubj" for g in ch.children)
               for ch in head.subtree if ch.i > head.i)  # (the parser may hang it on the noun's place or day)


def _perfect_toll(node: Any, head: Any) -> bool:
    """Is ``node`` a modal perfect of harm ("Up to thirty people *may have been killed* in fighting between cattle
    keepers", "40 fighters could have died in clashes") over a trigger noun it hangs as the place of the harm? The modal
    doubts the toll, not the fighting (status_words.toml perfect_harm)."""
    if node.i == head.i or head.pos_ != "NOUN" or node.lemma_.lower() not in PERFECT_HARM_LEMMAS:
        return False
    aux = [ch for ch in node.children if ch.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in MODALS for a in aux) and any(a.lower_ == "have" for a in aux) \
        and head.head.dep_ == "prep" and head.head.head.i == node.i and head.head.lower_ in ("in", "during")


def _warning_of_fact(child: Any, node: Any) -> bool:
    """A warning verb over a clause told in the past ("the ELN has taken control of several villages, the
    ombudsman's office warned") reports a fact; only a warning of what is to come ("warned it would strike")
    is a threat."""
    if node.lemma_.lower() not in THREAT_LEMMAS or child.pos_ not in ("VERB", "AUX"):
        return False
    if any(ch.dep_ == "aux" and (ch.lower_ in MODALS or ch.tag_ == "TO") for ch in child.children):
        return False
    return child.tag_ == "VBD" or (child.tag_ == "VBN" and any(ch.dep_ in ("aux", "auxpass") and ch.lemma_ in ("have", "be") for ch in child.children))


def _attempt_lemmas() -> frozenset[str]:
    """Words of an attempt: "a bid to capture" is an attempt made (events.attempted), not a purpose."""
    from ..events import cues as discourse  # events imports this module (REPORTING_LEMMAS)

    return discourse().attempt


def announced_change(doc: Any, start: int, sub_type: str, status: Evidence[str]) -> Evidence[str]:
    """Codebook: a group announcing a change of its activity ("announced it would target US forces") is a
    Change to group/activity now; the announcement, not the future action, is the event."""
    if sub_type != "Change to group/activity" or status.value != "hypothetical":
        return status
    if not any(t.lemma_.lower() in words("announcing") and t.pos_ == "VERB" for t in doccache.sentence(doc, start)):
        return status
    return Evidence(value="current", span=status.span, text=status.text, stage=status.stage, confidence=0.6)


def ordered_for_later(doc: Any, start: int, sub_type: str, status: Evidence[str]) -> Evidence[str]:
    """An armed group's order whose time is still to come ("have ordered residents to stay at home for two weeks from next
    Monday", "... from Monday to Wednesday next week") is a threat until then, not a measure imposed (an order to leave
    "within 24 hours on Monday" is imposed now). The order verb's own clause holds the "next" of a time word."""
    verb = doc[start]
    cw = codebook_words()
    if sub_type != "Other" or status.value != "current" or verb.lemma_.lower() not in cw.order_verbs | cw.ban_verbs:
        return status
    later = next((t for t in verb.subtree if t.lower_ == "next" and t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN")
                  and not any(a.dep_ == "relcl" for a in t.ancestors if a.i > verb.i)), None)
    if later is None:
        return status
    span = Span(start=later.idx, end=later.head.idx + len(later.head)) if later.head.i > later.i else Span(start=later.idx, end=later.idx + len(later))
    return Evidence(value="threat", span=span, text=doccache.text(doc)[span.start:span.end], stage=status.stage, confidence=0.6)


def sought_agreement(doc: Any, start: int, sub_type: str, status: Evidence[str]) -> Evidence[str]:
    """An agreement the trigger noun names as the object of an infinitive of purpose ("Elders from both clans met on Tuesday
    *to negotiate* a ceasefire", "mediators flew in to broker a truce") is sought, not reached: hypothetical. The finite verb
    ("negotiated a ceasefire on Monday") keeps it current; so does a verb of agreeing above the infinitive ("agreed to
    extend the truce")."""
    noun = doc[start]
    if sub_type != "Agreement" or status.value != "current" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return status
    verb = noun.head
    to = next((ch for ch in verb.children if ch.dep_ == "aux" and ch.tag_ == "TO"), None)
    if to is None or verb.lemma_.lower() not in NEGOTIATING_LEMMAS or verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") \
            or verb.head.lemma_.lower() in ("agree", "sign", "accept"):
        return status
    span = Span(start=to.idx, end=verb.idx + len(verb))
    return Evidence(value="hypothetical", span=span, text=doccache.text(doc)[span.start:span.end], stage=status.stage, confidence=0.6)
