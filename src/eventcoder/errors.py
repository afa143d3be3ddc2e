"""Error codes. Library code raises ``EventcoderError``; the CLI turns them into messages and exit codes."""

from __future__ import annotations

EMPTY_INPUT = "empty_input"
BINARY_INPUT = "binary_input"
BAD_ENCODING = "bad_encoding"
TOO_LARGE = "too_large"
MALFORMED_JSON = "malformed_json"
MALFORMED_CSV = "malformed_csv"
MALFORMED_HTML = "malformed_html"
MISSING_FIELD = "missing_field"
BAD_DATE = "bad_date"
UNREADABLE = "unreadable"
NO_TEXT = "no_text"
STAGE_FAILED = "stage_failed"
TIMEOUT = "timeout"
BAD_CONFIG = "bad_config"

CODES = frozenset(
    {
        EMPTY_INPUT,
        BINARY_INPUT,
        BAD_ENCODING,
        TOO_LARGE,
        MALFORMED_JSON,
        MALFORMED_CSV,
        MALFORMED_HTML,
        MISSING_FIELD,
        BAD_DATE,
        UNREADABLE,
        NO_TEXT,
        STAGE_FAILED,
        TIMEOUT,
        BAD_CONFIG,
    }
)


class EventcoderError(Exception):
    """An error with a stable code and the item it concerns."""

    def __init__(self, code: str, message: str, *, item: str | None = None) -> None:
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.item = item
        self.message = message
        super().__init__(f"{item}: {message}" if item else message)


class ConfigError(EventcoderError):
    def __init__(self, message: str) -> None:
        super().__init__(BAD_CONFIG, message)
