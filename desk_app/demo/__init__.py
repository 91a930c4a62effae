"""Demo events shaped like real B2B meeting days (see shared/benchmarks/synthetic)."""

from desk_app.demo.builder import create_demo_event
from desk_app.demo.profiles import PROFILES, DemoProfile, get_profile

__all__ = ["PROFILES", "DemoProfile", "create_demo_event", "get_profile"]
