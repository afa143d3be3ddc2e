"""counting: killed and injured counts as low/best/high, and the events they belong to.

Rules (ACLED's, plus UCDP-style ranges): the coded fatality figure is the lowest credible one;
"several" = 3, "dozens" = 12, "hundreds" = 100; "at least N" gives low N; "up to N" gives high N;
"between N and M" gives low N, high M. "No casualties/no one was hurt" is a known 0 (none_reported);
when the text says nothing the count is unknown (None), never 0.

Modules: ``conventions`` (resources/casualties.toml), ``quantities`` (reading a count and its qualifier),
``reports`` (a text's casualty reports), ``per_event`` (which event a report belongs to; one figure per event).
"""

from .per_event import NAME, attach, owner
from .reports import find_reports

__all__ = ["NAME", "attach", "find_reports", "owner"]
