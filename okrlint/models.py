"""The OKR file format as pydantic models; every value remembers where it was written."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Loc(BaseModel):
    """A position in the source file: 1-based, end exclusive."""

    model_config = ConfigDict(frozen=True)

    line: int
    column: int
    end_line: int
    end_column: int


class Text(BaseModel):
    """A text value and where it was written."""

    model_config = ConfigDict(frozen=True)

    value: str
    loc: Loc

    def __str__(self) -> str:
        return self.value


class Kpi(BaseModel):
    """A health metric tracked beside the OKRs (the K3 of O3K3)."""

    name: Text
    target: Text | None = None
    loc: Loc


class KeyResult(BaseModel):
    """A key result: a plain string in YAML, or a mapping with structured fields."""

    title: Text
    metric: Text | None = None
    baseline: Text | None = None
    target: Text | None = None
    unit: Text | None = None
    due: Text | None = None
    owner: Text | None = None
    team: Text | None = None  # the team accountable for this KR, when not the objective's
    score: float | None = None
    initiatives: list[Text] = Field(default_factory=list)
    loc: Loc
    path: str  # "objectives[0].key_results[2]"

    @property
    def has_structured_target(self) -> bool:
        """A target in `target:` makes a KR measurable even when its title has no number."""
        return self.target is not None


class Objective(BaseModel):
    """An objective and its key results."""

    id: Text | None = None
    title: Text
    why: Text | None = None
    parent: Text | None = None
    type: Literal["aspirational", "committed"] | None = None
    owner: Text | None = None
    key_results: list[KeyResult] = Field(default_factory=list)
    loc: Loc
    path: str  # "objectives[0]"


class OkrSet(BaseModel):
    """One YAML document: the OKRs of one team for one period."""

    source: str  # the path as shown in findings
    stem: str = ""  # how `parent:` in other files names this file ("sales" for okrs/sales.okr.yaml)
    document: int = 0  # index of the `---` document in the file
    period: Text | None = None
    team: Text | None = None
    owner: Text | None = None
    level: Literal["company", "team", "person"] | None = None  # where the set sits in the OKR system
    lang: Literal["ru", "en", "zh"] | None = None
    kpis: list[Kpi] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    loc: Loc

    @property
    def key_result_count(self) -> int:
        return sum(len(o.key_results) for o in self.objectives)
