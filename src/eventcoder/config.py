"""Configuration: stage order, limits and per-stage settings, from the bundled TOML or a user file.

Strict: the bundled ``default_config.toml`` is the schema. A user file may only use its sections and
keys, with values of the same type (an integer where a float is expected is fine; ``true`` is not a
number); anything else is refused with a ``ConfigError`` naming ``[section] key``, before any article is
read. A new setting is added by adding it, with its default and a comment, to ``default_config.toml``.
The spaCy model named in ``[parse] model`` must be installed.

A few settings live in one section but are read by another stage (``SHARED``): ``[dates]
background_after_days`` is where the documentation puts it, and ``assemble`` decides background status.
"""

from __future__ import annotations

import importlib.util
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .errors import ConfigError
from .resources import read_text

# (section, key) -> the other stages that also receive it in their settings
SHARED: Mapping[tuple[str, str], tuple[str, ...]] = {("dates", "background_after_days"): ("assemble",)}
LIMIT_DEFAULTS: Mapping[str, int | float] = {
    "max_chars": 200_000,
    "timeout_per_1000_words": 5.0,
    "timeout_min": 5.0,
    "timeout_max": 60.0,
    "max_record_chars": 4_000_000,
    "max_input_chars": 2_000_000_000,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    stages: tuple[str, ...]
    max_chars: int
    settings: Mapping[str, Mapping[str, Any]]
    # per-article time budget (wall clock): per 1,000 words, never less than the floor nor more than the ceiling
    timeout_per_1000_words: float = 5.0
    timeout_min: float = 5.0
    timeout_max: float = 60.0
    # reading: one record (JSONL line, CSV record, text file) and one whole input, in characters
    max_record_chars: int = 4_000_000
    max_input_chars: int = 2_000_000_000

    def time_budget(self, words: int) -> float:
        """Seconds an article of ``words`` words may take through the whole pipeline."""
        return min(self.timeout_max, max(self.timeout_min, self.timeout_per_1000_words * words / 1000))

    def stage_settings(self, name: str) -> Mapping[str, Any]:
        own = dict(self.settings.get(name, {}))
        for (section, key), readers in SHARED.items():
            if name in readers and key in self.settings.get(section, {}) and key not in own:
                own[key] = self.settings[section][key]
        return MappingProxyType(own)


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list of strings" if all(isinstance(v, str) for v in value) else "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, type(d)) for d in default[:1] for v in value)
    return type(value) is type(default)


def check_against(user: Mapping[str, Any], schema: Mapping[str, Any], origin: str) -> None:
    """Refuse sections, keys and value types the bundled default does not have."""
    for section, body in user.items():
        if section not in schema:
            raise ConfigError(f"{origin}: unknown section [{section}]; known sections: {', '.join(sorted(schema))}")
        if not isinstance(body, Mapping):
            raise ConfigError(f"{origin}: [{section}] must be a table of settings, not {_type_name(body)}")
        known = schema[section]
        for key, value in body.items():
            if key not in known:
                raise ConfigError(f"{origin}: unknown key [{section}] {key}; known keys: {', '.join(sorted(known)) or 'none'}")
            if not _same_type(value, known[key]):
                raise ConfigError(f"{origin}: [{section}] {key} must be {_type_name(known[key])}, not {_type_name(value)} ({value!r})")


def _from_mapping(data: Mapping[str, Any], origin: str) -> Config:
    pipeline = data.get("pipeline")
    if not isinstance(pipeline, Mapping) or not isinstance(pipeline.get("stages"), list):
        raise ConfigError(f"{origin}: [pipeline] stages = [...] is required")
    stages = pipeline["stages"]
    if not stages or not all(isinstance(s, str) for s in stages):
        raise ConfigError(f"{origin}: [pipeline] stages must be a non-empty list of stage names")
    limits = data.get("limits", {})
    values: dict[str, Any] = {}
    for key, default in LIMIT_DEFAULTS.items():
        value = limits.get(key, default) if isinstance(limits, Mapping) else None
        integer = key.startswith("max_")
        if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)) or value <= 0:
            kind = "a positive integer" if integer else "a positive number of seconds"
            raise ConfigError(f"{origin}: [limits] {key} must be {kind}, not {value!r}")
        values[key] = value if integer else float(value)
    if values["timeout_min"] > values["timeout_max"]:
        raise ConfigError(f"{origin}: [limits] timeout_min is larger than timeout_max")
    model = data.get("parse", {}).get("model") if isinstance(data.get("parse"), Mapping) else None
    if isinstance(model, str) and importlib.util.find_spec(model) is None:
        raise ConfigError(f"{origin}: [parse] model: spaCy model package {model!r} is not installed")
    settings = {
        key: MappingProxyType(dict(value))
        for key, value in data.items()
        if key not in ("pipeline", "limits") and isinstance(value, Mapping)
    }
    return Config(stages=tuple(stages), settings=MappingProxyType(settings), **values)


def _default_data() -> dict[str, Any]:
    return tomllib.loads(read_text("default_config.toml"))


def default_config() -> Config:
    return _from_mapping(_default_data(), "default_config.toml")


def load_config(path: str | Path | None) -> Config:
    """Load a config file; keys it leaves out come from the bundled default."""
    if path is None:
        return default_config()
    try:
        user = tomllib.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    base = _default_data()
    check_against(user, base, str(path))
    merged: dict[str, Any] = dict(base)
    for key, value in user.items():
        merged[key] = {**merged[key], **value}
    return _from_mapping(merged, str(path))
