"""eventcoder: structured, geocoded, dated, source-attributed events from news reports."""

__version__ = "0.1.0"
