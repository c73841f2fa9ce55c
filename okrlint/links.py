"""Where okrlint lives on the web: its repository and the rule pages in it (SARIF, docs, the schema)."""

from __future__ import annotations

REPOSITORY = "https://github.com/okrlint/okrlint"
DEFAULT_BRANCH = "main"


def rule_page_url(name: str) -> str:
    """The rule's generated page, docs/rules/<name>.md, as GitHub shows it."""
    return f"{REPOSITORY}/blob/{DEFAULT_BRANCH}/docs/rules/{name}.md"


SCHEMA_PATH = "docs/okr-file.schema.json"  # written by `python -m okrlint.docs`, the same as `okrlint schema`
SCHEMA_URL = f"https://raw.githubusercontent.com/okrlint/okrlint/{DEFAULT_BRANCH}/{SCHEMA_PATH}"
