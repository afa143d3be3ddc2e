"""Review actions on canonical events: accept, edit a field, reject, merge two events, split a report out.

Every action writes a row to ``reviews`` (the audit trail) and changes the cluster so that exports and the
explorer reflect it at once. Merged or split clusters are locked: incremental dedup no longer adds to them.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from .. import errors
from ..errors import EventcoderError
from .schema import clusters, events, merges, reviews
from .write import EDITABLE, _coerce, now, refresh_cluster

ACTIONS = ("accept", "edit", "reject", "merge", "split")


def _cluster(conn: Connection, cid: str) -> Any:
    row = conn.execute(select(clusters).where(clusters.c.id == cid)).first()
    if row is None:
        raise EventcoderError(errors.MISSING_FIELD, "no such event", item=cid)
    return row


def _log(conn: Connection, cid: str, action: str, *, field: str | None = None, old: Any = None, new: Any = None, note: str | None = None, reviewer: str | None = None) -> None:
    conn.execute(insert(reviews).values(at=now(), cluster_id=cid, action=action, field=field,
                                        old=None if old is None else str(old), new=None if new is None else str(new), note=note, reviewer=reviewer))


def apply(conn: Connection, cid: str, action: str, *, field: str | None = None, value: Any = None, target: str | None = None,
          note: str | None = None, reviewer: str | None = None) -> str:
    """Apply one review action; returns the id of the cluster to show afterwards."""
    row = _cluster(conn, cid)
    if action == "accept":
        conn.execute(update(clusters).where(clusters.c.id == cid).values(review="accepted"))
        _log(conn, cid, action, old=row.review, new="accepted", note=note, reviewer=reviewer)
        return cid
    if action == "reject":
        conn.execute(update(clusters).where(clusters.c.id == cid).values(review="rejected"))
        _log(conn, cid, action, old=row.review, new="rejected", note=note, reviewer=reviewer)
        return cid
    if action == "edit":
        if field not in EDITABLE:
            raise EventcoderError(errors.MISSING_FIELD, f"field {field!r} cannot be edited; editable: {', '.join(EDITABLE)}", item=cid)
        try:
            coerced = _coerce(field, value)
        except (TypeError, ValueError) as exc:
            raise EventcoderError(errors.BAD_DATE if "date" in field else errors.MISSING_FIELD, f"bad value {value!r} for {field}: {exc}", item=cid) from exc
        overrides = json.loads(row.overrides or "{}")
        overrides[field] = None if coerced is None else str(coerced) if not isinstance(coerced, (int, float)) else coerced
        conn.execute(update(clusters).where(clusters.c.id == cid).values(overrides=json.dumps(overrides, sort_keys=True), review="edited"))
        refresh_cluster(conn, cid)
        _log(conn, cid, action, field=field, old=getattr(row, field), new=coerced, note=note, reviewer=reviewer)
        return cid
    if action == "merge":
        if not target or target == cid:
            raise EventcoderError(errors.MISSING_FIELD, "merge needs another event id as target", item=cid)
        _cluster(conn, target)
        moved = [eid for (eid,) in conn.execute(select(events.c.id).where(events.c.cluster_id == target))]
        conn.execute(update(events).where(events.c.cluster_id == target).values(cluster_id=cid))
        conn.execute(update(merges).where(merges.c.event_id.in_(moved)).values(cluster_id=cid, by="review", reason=f"merged by reviewer from {target}" + (f": {note}" if note else "")))
        conn.execute(update(clusters).where(clusters.c.id == cid).values(locked=True))
        refresh_cluster(conn, target)  # now empty: removed
        refresh_cluster(conn, cid)
        _log(conn, cid, action, old=target, new=cid, note=note, reviewer=reviewer)
        _log(conn, target, action, old=target, new=cid, note=note, reviewer=reviewer)
        return cid
    if action == "split":
        member = conn.execute(select(events.c.id).where(events.c.id == target, events.c.cluster_id == cid)).first()
        if member is None:
            raise EventcoderError(errors.MISSING_FIELD, f"split needs one of this event's reports as target, not {target!r}", item=cid)
        n_members = len(conn.execute(select(events.c.id).where(events.c.cluster_id == cid)).all())
        if n_members < 2:
            raise EventcoderError(errors.MISSING_FIELD, "an event with one report cannot be split", item=cid)
        new_id = target if target != cid else f"{target}/split"
        while conn.execute(select(clusters.c.id).where(clusters.c.id == new_id)).first() is not None:
            new_id += "'"
        conn.execute(update(events).where(events.c.id == target).values(cluster_id=new_id))
        conn.execute(update(merges).where(merges.c.event_id == target).values(cluster_id=new_id, by="review", reason=f"split by reviewer from {cid}" + (f": {note}" if note else "")))
        refresh_cluster(conn, new_id)
        conn.execute(update(clusters).where(clusters.c.id.in_([cid, new_id])).values(locked=True))
        refresh_cluster(conn, cid)
        _log(conn, cid, action, old=target, new=new_id, note=note, reviewer=reviewer)
        _log(conn, new_id, action, old=cid, new=new_id, note=note, reviewer=reviewer)
        return new_id
    raise EventcoderError(errors.MISSING_FIELD, f"unknown review action {action!r}; one of {', '.join(ACTIONS)}", item=cid)
