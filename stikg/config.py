"""All settings in one place: environment variables with defaults (documented in the README)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BASE_IRI = "https://w3id.org/stikg/id/"
DEFAULT_STORE = ".stikg/store"


@dataclass(frozen=True)
class Settings:
    store: Path
    base_iri: str

    @classmethod
    def from_env(cls) -> Settings:
        base = os.environ.get("STIKG_BASE_IRI", DEFAULT_BASE_IRI)
        if not base.endswith(("/", "#")):
            base += "/"
        return cls(store=Path(os.environ.get("STIKG_STORE", DEFAULT_STORE)), base_iri=base)
