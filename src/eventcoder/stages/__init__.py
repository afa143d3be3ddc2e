"""The built-in stages. Importing this package registers them with the pipeline."""

from . import actors, assemble, attribution, casualties, clean, dates, detect, parse, places

__all__ = ["actors", "assemble", "attribution", "casualties", "clean", "dates", "detect", "parse", "places"]
