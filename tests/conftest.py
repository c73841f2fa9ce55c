"""Shared pytest setup: hypothesis profiles.

The default `dev` profile keeps property tests quick; `HYPOTHESIS_PROFILE=long python -m pytest
tests/test_fuzz.py` runs many more examples when hunting for crashes.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# deadline=None: the first example pays for loading pymorphy3/jieba, which is not a regression.
# derandomize in the default profile: CI must not pass or fail by luck; the `long` profile explores
# new random inputs (and hypothesis' example database replays what it found).
settings.register_profile("dev", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
