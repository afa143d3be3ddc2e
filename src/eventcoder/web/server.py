"""The offline explorer: a JSON API over the store and a static page (vendored Leaflet, world-atlas outlines).

``App.handle(method, path, body)`` answers one request without any network; the HTTP server and
``eventcoder serve --get PATH`` both go through it.

API (all GET unless said; filters: country, admin1, since, until, type, status, actor, min_fatalities,
reviewed=1, include_rejected=1):
  /api/facets                 countries, types, statuses, date range, counts
  /api/map?zoom=&bbox=s,w,n,e markers, or server-side grid clusters when dense
  /api/timeline               events per day and event type
  /api/events?limit=&offset=  canonical events (newest first)
  /api/event/ID               the event, each report with its article and evidence spans, merges, reviews
  POST /api/event/ID/review   {"action": accept|edit|reject|merge|split, "field", "value", "target", "note", "reviewer"}
"""

from __future__ import annotations

import datetime as dt
import json
import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import EventcoderError
from ..store import Store
from ..store import query, review

STATIC = Path(__file__).resolve().parent / "static"
Response = tuple[int, str, bytes]


def _json(status: int, data: Any) -> Response:
    return status, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")


def _date(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def filters_from_query(q: dict[str, list[str]]) -> query.Filters:
    def many(key: str) -> tuple[str, ...]:
        return tuple(x for v in q.get(key, []) for x in v.split(",") if x.strip())

    def one(key: str) -> str | None:
        v = q.get(key)
        return v[0] if v and v[0] != "" else None

    status = one("status") or "current,background"
    bbox = None
    if one("bbox"):
        parts = [float(x) for x in one("bbox").split(",")]  # type: ignore[union-attr]
        if len(parts) != 4:
            raise ValueError("bbox is south,west,north,east")
        bbox = (parts[0], parts[1], parts[2], parts[3])
    mf = one("min_fatalities")
    return query.Filters(
        countries=many("country"), admin1=many("admin1"), since=_date(one("since")), until=_date(one("until")),
        types=many("type"), statuses=() if status == "all" else tuple(s for s in status.split(",") if s),
        actor=one("actor"), min_fatalities=int(mf) if mf else None, reviewed_only=one("reviewed") in ("1", "true"),
        include_rejected=one("include_rejected") in ("1", "true"), bbox=bbox,
    )


class App:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.lock = threading.Lock()  # reviews are serialised (SQLite has one writer anyway)

    def handle(self, method: str, target: str, body: bytes = b"") -> Response:
        parts = urlsplit(target)
        path = unquote(parts.path)
        try:
            q = parse_qs(parts.query, keep_blank_values=True)
            if path.startswith("/api/"):
                return self.api(method, path[len("/api/"):], q, body)
            if method != "GET":
                return _json(405, {"error": "method not allowed"})
            return self.static(path)
        except (ValueError, KeyError) as exc:
            return _json(400, {"error": f"bad request: {exc}"})
        except EventcoderError as exc:
            return _json(400, {"error": exc.message, "code": exc.code, "item": exc.item})

    def static(self, path: str) -> Response:
        if path in ("/", "/index.html") or path.startswith("/event/"):
            path = "/index.html"
        file = (STATIC / path.lstrip("/")).resolve()
        if STATIC not in file.parents or not file.is_file():
            return _json(404, {"error": f"not found: {path}"})
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        return 200, ctype, file.read_bytes()

    def api(self, method: str, path: str, q: dict[str, list[str]], body: bytes) -> Response:
        seg = path.strip("/").split("/")
        if method == "POST" and len(seg) == 3 and seg[0] == "event" and seg[2] == "review":
            data = json.loads(body or b"{}")
            if not isinstance(data, dict) or "action" not in data:
                return _json(400, {"error": "body must be a JSON object with an action"})
            with self.lock, self.store.begin() as conn:
                shown = review.apply(conn, seg[1], str(data["action"]), field=data.get("field"), value=data.get("value"),
                                     target=data.get("target"), note=data.get("note"), reviewer=data.get("reviewer"))
            with self.store.connect() as conn:
                return _json(200, {"ok": True, "event_id": shown, "detail": query.event_detail(conn, shown)})
        if method != "GET":
            return _json(405, {"error": "method not allowed"})
        with self.store.connect() as conn:
            if seg == ["facets"]:
                return _json(200, query.facets(conn))
            if seg == ["map"]:
                zoom = int(q.get("zoom", ["3"])[0] or 3)
                return _json(200, query.map_points(conn, filters_from_query(q), zoom=zoom))
            if seg == ["timeline"]:
                return _json(200, query.timeline(conn, filters_from_query(q)))
            if seg == ["events"]:
                limit = min(1000, int(q.get("limit", ["100"])[0]))
                offset = int(q.get("offset", ["0"])[0])
                return _json(200, query.list_events(conn, filters_from_query(q), limit=limit, offset=offset))
            if len(seg) == 2 and seg[0] == "event":
                detail = query.event_detail(conn, seg[1])
                return _json(200, detail) if detail else _json(404, {"error": f"no event {seg[1]}"})
        return _json(404, {"error": f"no API route /api/{path}"})


class _Handler(BaseHTTPRequestHandler):
    app: App

    def _send(self, resp: Response) -> None:
        status, ctype, body = resp
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store" if "json" in ctype else "max-age=3600")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self._send(self.app.handle("GET", self.path))

    def do_POST(self) -> None:  # noqa: N802
        n = int(self.headers.get("Content-Length") or 0)
        self._send(self.app.handle("POST", self.path, self.rfile.read(n) if n else b""))

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the library never prints
        return


def make_server(store: Store, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    handler = type("Handler", (_Handler,), {"app": App(store)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
