"""Result types of the extraction engine: small frozen dataclasses with character offsets."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = ("direct", "indirect", "unattributed")
SPEAKER_KINDS = ("person", "organisation", "unknown")


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """One claim; ``text == source[start:end]`` for the string that was passed to ``extract``."""

    text: str
    start: int
    end: int
    kind: str
    speaker: str | None
    mention: str | None
    cue: str | None
    rule: str
    confidence: float
    checkworthiness: float

    def to_dict(self) -> dict:
        """A JSON-able dict of all fields."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    """A speaker seen in one article, under its canonical (longest personal) name."""

    name: str
    kind: str
    role: str
    aliases: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "role": self.role, "aliases": list(self.aliases)}


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    lang: str
    claims: tuple[ExtractedClaim, ...]
    speakers: tuple[SpeakerInfo, ...]

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "claims": [c.to_dict() for c in self.claims],
            "speakers": [s.to_dict() for s in self.speakers],
        }
