"""The OKR system across files, as a light index: what cross-file rules may know of other files.

The engine adds each OKR set as its file streams past and then lets the models go; the index
keeps only the strings a child needs of its parent (its title, its KRs' titles, its set's KPI
names and language), so memory grows with the number of objectives that carry an `id:`, not
with the files' models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from okrlint.models import OkrSet


@dataclass(frozen=True, slots=True)
class IndexedObjective:
    """An objective other files can name in `parent:` ("<stem>#<id>")."""

    stem: str
    id: str
    title: str
    key_results: tuple[str, ...]
    kpis: tuple[str, ...]  # the KPI names of the objective's OKR set
    lang: str | None  # the set's `lang:`


@dataclass(slots=True)
class OkrGraph:
    """Objectives by (file stem, id), filled set by set as the run streams."""

    _by_key: dict[tuple[str, str], IndexedObjective] = field(default_factory=dict)
    _stems_by_id: dict[str, list[str]] = field(default_factory=dict)

    def add(self, okr_set: OkrSet) -> None:
        kpis = tuple(k.name.value for k in okr_set.kpis)
        for objective in okr_set.objectives:
            if objective.id is None:
                continue
            key = (okr_set.stem, objective.id.value)
            if key not in self._by_key:
                self._stems_by_id.setdefault(objective.id.value, []).append(okr_set.stem)
            self._by_key[key] = IndexedObjective(
                stem=okr_set.stem,
                id=objective.id.value,
                title=objective.title.value,
                key_results=tuple(kr.title.value for kr in objective.key_results),
                kpis=kpis,
                lang=okr_set.lang,
            )

    def find_parent(self, ref: str, child_stem: str) -> IndexedObjective | None:
        """The objective `parent:` names: "<file-stem>#<id>", "#<id>" (same file) or a global "<id>"."""
        stem, _, objective_id = ref.strip().rpartition("#")
        if not objective_id:
            return None
        if stem:
            return self._by_key.get((stem, objective_id))
        if ref.strip().startswith("#"):
            return self._by_key.get((child_stem, objective_id))
        stems = self._stems_by_id.get(objective_id, [])
        return self._by_key[(stems[0], objective_id)] if len(stems) == 1 else None  # an id in several files is ambiguous
