"""The OKR file format as pydantic models; every value remembers where it was written."""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

# Each model's validator is built on its first validation, not at import: a run whose files all
# come from the result cache only copies shells (model_construct/model_copy) and never pays the
# ~20-40 ms of building the six validators.
_DEFERRED = ConfigDict(defer_build=True)


def _no_items() -> list:
    """A new empty list. Not the builtin `list`: pydantic reads a default factory's signature, and
    for a builtin that means parsing its text signature with tokenize (~2 ms to compile its regexes)."""
    return []


class Loc(BaseModel):
    """A position in the source file: 1-based, end exclusive."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    line: int
    column: int
    end_line: int
    end_column: int
    cell: str | None = None  # a spreadsheet cell ("Q1!C7"): line and column are its row and column number


class Text(BaseModel):
    """A text value and where it was written."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    value: str
    loc: Loc

    def __str__(self) -> str:
        return self.value


class Kpi(BaseModel):
    """A health metric tracked beside the OKRs (the K3 of O3K3)."""

    model_config = _DEFERRED

    name: Text
    target: Text | None = None
    owner: Text | None = None
    loc: Loc


class KeyResult(BaseModel):
    """A key result: a plain string in YAML, or a mapping with structured fields."""

    model_config = _DEFERRED

    title: Text
    metric: Text | None = None
    baseline: Text | None = None
    target: Text | None = None
    unit: Text | None = None
    due: Text | None = None
    owner: Text | None = None
    team: Text | None = None  # the team accountable for this KR, when not the objective's
    score: float | None = None  # any number: the score-out-of-range rule judges it against score-scale
    score_loc: Loc | None = None
    weight: float | None = None  # share of the objective's score; the weights rule wants them to sum to 1
    weight_loc: Loc | None = None
    note: Text | None = None  # a comment on the score, e.g. why a committed KR fell short
    initiatives: list[Text] = Field(default_factory=_no_items)
    loc: Loc
    path: str  # "objectives[0].key_results[2]"

    @property
    def has_structured_target(self) -> bool:
        """A target in `target:` makes a KR measurable even when its title has no number."""
        return self.target is not None


class Objective(BaseModel):
    """An objective and its key results."""

    model_config = _DEFERRED

    id: Text | None = None
    title: Text
    why: Text | None = None
    parent: Text | None = None
    type: Literal["aspirational", "committed"] | None = None
    owner: Text | None = None
    score: float | None = None  # the objective's own grade; else the KRs' (weighted) mean is used
    score_loc: Loc | None = None
    note: Text | None = None  # the post-mortem of a committed objective that fell short
    bonus: Text | None = None  # `bonus: true` or a text: the objective is tied to pay
    key_results: list[KeyResult] = Field(default_factory=_no_items)
    initiatives: list[Text] = Field(default_factory=_no_items)  # tasks that serve the objective as a whole (where --fix moves a task KR)
    loc: Loc
    path: str  # "objectives[0]"


class OkrSet(BaseModel):
    """One YAML document: the OKRs of one team for one period."""

    model_config = _DEFERRED

    source: str  # the path as shown in findings
    stem: str = ""  # how `parent:` in other files names this file ("sales" for okrs/sales.okr.yaml)
    document: int = 0  # index of the `---` document in the file
    period: Text | None = None
    team: Text | None = None
    owner: Text | None = None
    level: Literal["company", "team", "person"] | None = None  # where the set sits in the OKR system
    lang: Literal["ru", "en", "zh"] | None = None
    bonus: Text | None = None  # `bonus: true` or a text: the set is tied to pay
    kpis: list[Kpi] = Field(default_factory=_no_items)
    objectives: list[Objective] = Field(default_factory=_no_items)
    loc: Loc

    @property
    def key_result_count(self) -> int:
        return sum(len(o.key_results) for o in self.objectives)


Model = TypeVar("Model", bound=BaseModel)


class _Shape:
    """A model's fields as `checked` fills them: the defaults in field order, and the fields made by a factory."""

    __slots__ = ("defaults", "factories", "size")

    def __init__(self, model: type[BaseModel]) -> None:
        fields = model.model_fields
        self.defaults = {name: info.default for name, info in fields.items()}  # a factory's field is overwritten
        self.factories = [(name, info.default_factory) for name, info in fields.items() if info.default_factory is not None]
        self.size = len(fields)


_SHAPES: dict[type[BaseModel], _Shape] = {}
# What pydantic's model_construct sets, through BaseModel's own slot setters: object.__setattr__ looks
# each name up on the class first (~0.6 of ~3.5 µs a Loc, and a 1,000-file run builds ~65,000 models).
_BASE_SLOTS = vars(BaseModel)
_set_dict = _BASE_SLOTS["__dict__"].__set__
_set_fields_set = _BASE_SLOTS["__pydantic_fields_set__"].__set__
_set_extra = _BASE_SLOTS["__pydantic_extra__"].__set__
_set_private = _BASE_SLOTS["__pydantic_private__"].__set__
_allocate = object.__new__  # what `model.__new__` is: BaseModel and okrlint's models define no __new__


def checked(model: type[Model], **values: Any) -> Model:
    """`model(**values)` for values the schema builder (okrlint/schema.py) has already checked.

    The instance pydantic would build — fields in order, defaults filled in, `model_fields_set`
    the names given — with no validation, as `model_construct` makes it but without its per-call
    default lookups (~90 µs per KeyResult). A run that validates nothing never builds the six
    validators, nor runs pydantic's plugin scan of every installed package (importlib.metadata):
    ~25 ms of a one-file run. Validation would have nothing to add: the builder turns every
    mistake into a located problem before a model is made.
    """
    shape = _SHAPES.get(model)
    if shape is None:
        shape = _SHAPES[model] = _Shape(model)
    data = shape.defaults.copy()  # copied and updated in C: a run builds ~60,000 models a 1,000 files
    for name, factory in shape.factories:
        if name not in values:
            data[name] = factory()  # type: ignore[misc]
    data.update(values)
    if len(data) != shape.size:  # a name that is no field is left out, as pydantic leaves it
        data = {name: data[name] for name in shape.defaults}
    instance = _allocate(model)
    _set_dict(instance, data)
    _set_fields_set(instance, set(values))
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance
