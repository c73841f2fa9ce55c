"""The OKR file format as people write it, for `okrlint schema` (editor completion and checks).

okrlint.models carries source positions on every value, so its JSON Schema would describe
`{value, loc}` objects nobody writes. These models mirror the YAML instead: plain strings, a key
result as a string or a mapping, unknown keys forbidden. okrlint.schema stays the judge; a test
keeps the key sets of both in step.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from okrlint.links import SCHEMA_URL

# Draft-07: what the VS Code YAML extension (and most editors) fully support; 2020-12 is not.
SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#"
TITLE = "okrlint OKR file"

# okrlint reports blank text, so the schema does too.
Words = Annotated[str, Field(min_length=1, pattern=r"\S")]
# Metric fields may be bare numbers or dates in YAML (`target: 60`, `due: 2026-03-31`).
Amount = Union[Words, int, float, date]
# 0..1, or 0..100 with `score-scale: 100` in the config (the score-out-of-range rule tells which).
Score = Annotated[float, Field(ge=0, le=100)]
Weight = Annotated[float, Field(ge=0)]
Flag = Union[bool, Words]
# An optional key that must not be null (`title:` with no value is reported); only lists may be null.
NotNull = SkipJsonSchema[None]


class _Authoring(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KpiEntry(_Authoring):
    """A health metric tracked beside the OKRs."""

    name: Words = Field(description="What is measured.")
    target: Amount | NotNull = Field(None, description="The level to keep, e.g. \"100%\".")
    unit: Words | NotNull = Field(None, description="Unit of the target.")
    owner: Words | NotNull = Field(None, description="Who watches it (o3k3 counts KPIs per owner).")


class KeyResultEntry(_Authoring):
    """A key result written as a mapping; a plain string is a key result too."""

    title: Words = Field(description="The outcome, e.g. \"Cut the sales cycle from 90 to 60 days by March 31\".")
    metric: Amount | NotNull = Field(None, description="What is measured.")
    baseline: Amount | NotNull = Field(None, description="Where the metric starts.")
    target: Amount | NotNull = Field(None, description="Where the metric should be at the end.")
    unit: Amount | NotNull = Field(None, description="Unit of baseline and target.")
    due: Amount | NotNull = Field(None, description="Deadline, e.g. 2026-03-31.")
    owner: Amount | NotNull = Field(None, description="Who is accountable.")
    team: Words | NotNull = Field(None, description="The team accountable for this key result, when not the objective's.")
    score: Score | NotNull = Field(None, description="Progress or final score from 0 to 1 (0 to 100 with score-scale: 100).")
    weight: Weight | NotNull = Field(None, description="Share of the objective's score; the weights of its key results sum to 1.")
    note: Words | NotNull = Field(None, description="A comment on the score, e.g. why a committed key result fell short.")
    initiatives: list[Words] | None = Field(None, description="Tasks and projects that should move the key result.")


class ObjectiveEntry(_Authoring):
    """An objective and its key results."""

    id: Words | NotNull = Field(None, description="Unique in the file; others link to it as <file-stem>#<id>.")
    title: Words = Field(description="The qualitative goal: who benefits and what changes.")
    why: Words | NotNull = Field(None, description="Why it matters (the \"so what?\").")
    parent: Words | NotNull = Field(None, description="The objective this one supports, as <file-stem>#<id>.")
    type: Literal["aspirational", "committed"] | NotNull = Field(None, description="Aspirational or committed.")
    owner: Words | NotNull = Field(None, description="Who is accountable.")
    score: Score | NotNull = Field(None, description="The objective's grade; otherwise the mean of its key results' scores.")
    note: Words | NotNull = Field(None, description="The post-mortem of a committed objective scored below 1.0.")
    bonus: Flag | NotNull = Field(None, description="Marks the objective as tied to pay (the bonus-linked rule warns about it).")
    key_results: list[Union[Words, KeyResultEntry]] | None = Field(None, description="Two to five key results.")
    initiatives: list[Words] | None = Field(None, description="Tasks and projects that serve the objective as a whole.")


class OkrFile(_Authoring):
    """One OKR set: a YAML document of an okrlint OKR file."""

    period: Union[Words, int, float] | NotNull = Field(None, description="Quarter, half or year, e.g. 2026-Q1.")
    team: Words | NotNull = Field(None, description="Who these OKRs belong to.")
    owner: Words | NotNull = Field(None, description="Who owns the set.")
    level: Literal["company", "team", "person"] | NotNull = Field(
        None, description="Where the set sits in the OKR system (otherwise from the config's `levels:` or the folders).")
    lang: Literal["ru", "en", "zh"] | NotNull = Field(None, description="Language of the texts; otherwise detected per text.")
    bonus: Flag | NotNull = Field(None, description="Marks the set as tied to pay (the bonus-linked rule warns about it).")
    kpis: list[Union[Words, KpiEntry]] | None = Field(None, description="Health metrics tracked beside the OKRs.")
    objectives: list[ObjectiveEntry] | None = Field(description="The objectives (three to five is the usual ceiling).")


def okr_file_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07) of one OKR document, with `$schema`, `$id` and a title."""
    schema = OkrFile.model_json_schema(ref_template="#/definitions/{model}")
    schema["definitions"] = schema.pop("$defs", {})  # draft-07's name for pydantic's `$defs`
    schema = _allowing_merges(_without_null_defaults(schema))
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_URL, **schema, "title": TITLE}


# okrlint accepts YAML merge keys (`<<: *defaults`) and `x-` extension keys in every mapping.
_ALWAYS_ALLOWED = {"^<<$": {}, "^x-": {}}


def _allowing_merges(node: Any) -> Any:
    if isinstance(node, dict):
        walked = {k: _allowing_merges(v) for k, v in node.items()}
        if walked.get("additionalProperties") is False:
            walked["patternProperties"] = dict(_ALWAYS_ALLOWED)
        return walked
    if isinstance(node, list):
        return [_allowing_merges(v) for v in node]
    return node


def _without_null_defaults(node: Any) -> Any:
    """Drop `"default": null`: editors would offer to insert a null that okrlint then reports."""
    if isinstance(node, dict):
        return {k: _without_null_defaults(v) for k, v in node.items() if not (k == "default" and v is None)}
    if isinstance(node, list):
        return [_without_null_defaults(v) for v in node]
    return node
