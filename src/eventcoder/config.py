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
    settings = {
        key: MappingProxyType(dict(value))
        for key, value in data.items()
        if key not in ("pipeline", "limits") and isinstance(value, Mapping)
    }
    return Config(stages=tuple(stages), max_chars=max_chars, settings=MappingProxyType(settings))


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
