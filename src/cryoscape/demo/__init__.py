"""``cryoscape demo``: the protocol end to end on a simulated assembly, scored against its ground truth."""

from cryoscape.demo.plan import DemoSize, demo_size
from cryoscape.demo.pipeline import run_demo

__all__ = ["DemoSize", "demo_size", "run_demo"]
