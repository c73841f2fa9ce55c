"""Shared pytest setup: hypothesis profiles.

The default `dev` profile keeps property tests quick; `HYPOTHESIS_PROFILE=long python -m pytest
tests/test_fuzz.py` runs many more examples when hunting for crashes.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# deadline=None: the first example pays for loading pymorphy3/jieba, which is not a regression.
settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
