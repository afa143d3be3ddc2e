"""Configuration: stage order and per-stage settings, from the bundled TOML or a user file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .errors import ConfigError
from .resources import read_text


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    stages: tuple[str, ...]
    max_chars: int
    settings: Mapping[str, Mapping[str, Any]]
    # per-article time budget (wall clock): per 1,000 words, never less than the floor nor more than the ceiling
    timeout_per_1000_words: float = 5.0
    timeout_min: float = 5.0
    timeout_max: float = 60.0

    def time_budget(self, words: int) -> float:
        """Seconds an article of ``words`` words may take through the whole pipeline."""
        return min(self.timeout_max, max(self.timeout_min, self.timeout_per_1000_words * words / 1000))

    def stage_settings(self, name: str) -> Mapping[str, Any]:
        return self.settings.get(name, MappingProxyType({}))


def _from_mapping(data: Mapping[str, Any], origin: str) -> Config:
    pipeline = data.get("pipeline")
    if not isinstance(pipeline, Mapping) or not isinstance(pipeline.get("stages"), list):
        raise ConfigError(f"{origin}: [pipeline] stages = [...] is required")
    stages = pipeline["stages"]
    if not stages or not all(isinstance(s, str) for s in stages):
        raise ConfigError(f"{origin}: [pipeline] stages must be a non-empty list of stage names")
    limits = data.get("limits", {})
    max_chars = limits.get("max_chars", 200_000) if isinstance(limits, Mapping) else None
    if not isinstance(max_chars, int) or max_chars <= 0:
        raise ConfigError(f"{origin}: [limits] max_chars must be a positive integer")
    timeouts = {}
    for key in ("timeout_per_1000_words", "timeout_min", "timeout_max"):
        value = limits.get(key, getattr(Config, key)) if isinstance(limits, Mapping) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ConfigError(f"{origin}: [limits] {key} must be a positive number of seconds")
        timeouts[key] = float(value)
    if timeouts["timeout_min"] > timeouts["timeout_max"]:
        raise ConfigError(f"{origin}: [limits] timeout_min is larger than timeout_max")
    settings = {
        key: MappingProxyType(dict(value))
        for key, value in data.items()
        if key not in ("pipeline", "limits") and isinstance(value, Mapping)
    }
    return Config(stages=tuple(stages), max_chars=max_chars, settings=MappingProxyType(settings), **timeouts)


def default_config() -> Config:
    return _from_mapping(tomllib.loads(read_text("default_config.toml")), "default_config.toml")


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
    base = tomllib.loads(read_text("default_config.toml"))
    merged: dict[str, Any] = dict(base)
    for key, value in user.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return _from_mapping(merged, str(path))
