"""okrlint — a linter for OKRs written as YAML."""

__version__ = "0.1.0"
