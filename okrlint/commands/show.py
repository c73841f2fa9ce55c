"""`okrlint check --show-files` and `--show-settings`: what a run would read, and with which settings.

Like ruff's flags of the same names, for debugging discovery (`exclude:` did not apply?) and
configuration (which file was found, which rules are on, which options they get). Both print and
exit 0 without linting anything.
"""

from __future__ import annotations

import yaml

from okrlint.config import Config
from okrlint.discovery import Target
from okrlint.engine import active_rules
from okrlint.registry import Registry
from okrlint.sanitize import shown, shown_path


def files_text(targets: list[Target]) -> str:
    """One file a line, as findings would name it; refused paths say why they would not be read."""
    lines = []
    for target in targets:
        note = f"  (not read: {target.refused}{': ' + target.detail if target.detail else ''})" if target.refused else ""
        lines.append(shown_path(target.shown_as) + shown(note))
    return "".join(line + "\n" for line in lines)


def settings_text(config: Config, registry: Registry) -> str:
    """The settings in effect as YAML, the format of .okrlint.yaml; every line is escaped for the terminal."""
    rules = active_rules(registry, config)
    settings = {
        "config-file": config.source or "(none: defaults)",
        "root": str(config.root) if config.root else None,
        "select": config.select,
        "ignore": config.ignore,
        "rules": [f"{rule.code} {rule.name} ({config.severity.get(rule.name, rule.severity).value})" for rule in rules],
        "lang": config.lang,
        "fail-on": config.fail_on.value,
        "include": config.include,
        "exclude": config.exclude,
        "max-file-size": config.max_file_size,
        "allow-no-files": config.allow_no_files,
        "options": {rule.name: {**rule.options, **config.rule_options.get(rule.name, {})} for rule in rules if rule.options},
    }
    text = yaml.safe_dump(settings, allow_unicode=True, sort_keys=False, width=1000)
    return "".join(shown(line) + "\n" for line in text.splitlines())
