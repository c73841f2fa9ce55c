"""`okrlint schema`: the JSON Schema of OKR files, for editors (VS Code YAML, JetBrains)."""

from __future__ import annotations

import json

SCHEMA_EPILOG = ("Examples:\n\n  okrlint schema > okr.schema.json\n\n"
                 "  then put `# yaml-language-server: $schema=./okr.schema.json` at the top of an OKR file")


def schema() -> None:
    """Print the JSON Schema of the OKR file format (for editor completion and checks)."""
    from okrlint.authoring_schema import okr_file_schema  # builds pydantic models: only when asked

    print(json.dumps(okr_file_schema(), ensure_ascii=False, indent=2))  # the same text as docs/okr-file.schema.json
