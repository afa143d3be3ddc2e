"""page: what of a page is article text (``lines``: captions, credits, bylines, footers, furniture dropped, with an
offset map to the raw text) and its datelines (``datelines``: the one dateline reader)."""

from .datelines import find_dateline, find_datelines
from .lines import CAPTION, classify_line, clean_article

__all__ = ["CAPTION", "classify_line", "clean_article", "find_dateline", "find_datelines"]
