"""Sizes of the demo and the runner that calls the real commands, one protocol step at a time."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from typing import Callable

from cryoscape.errors import CryoscapeError
from cryoscape.logs import get_logger


@dataclass(frozen=True)
class DemoSize:
    """How big the simulated dataset and the networks are; every step's settings follow from these."""

    particles: int
    box_px: int            # simulated box
    apix: float            # simulated pixel size (Å)
    snr: float
    low_box_px: int        # first (low-resolution) training
    high_box_px: int       # second training, on the kept particles
    low_epochs: int
    high_epochs: int
    width: int             # encoder and decoder width
    layers: int
    lr: float
    ksample: int           # k-means maps of the second analysis (the occupancy analysis's input)
    convergence_interval: int

    @property
    def high_apix(self) -> float:
        return self.apix * self.box_px / self.high_box_px


PARTICLES_PER_MAP = 40  # k-means maps for the occupancy step: one per 40 particles, so the 1% state
MIN_MAPS = 20           # (~36 of them once junk is removed) can fill a centre of its own


def kmeans_maps(particles: int) -> int:
    """Return the number of k-means maps the occupancy step starts from for ``particles`` simulated."""
    return max(MIN_MAPS, particles // PARTICLES_PER_MAP)


# --quick trains the second run for 40 epochs: the 1% state's particles gather in the latent only late
# (10-NN purity of the rare particles, seed 0: 0.46 after 25 epochs, 0.89 after 40), and at 25 epochs
# the occupancy step found it as its own class for 2 of 3 seeds, at 40 for all three (README).
QUICK = DemoSize(particles=4000, box_px=64, apix=3.0, snr=1.0, low_box_px=32, high_box_px=48, low_epochs=12,
                 high_epochs=40, width=128, layers=2, lr=1e-3, ksample=kmeans_maps(4000), convergence_interval=3)
FULL = DemoSize(particles=20000, box_px=96, apix=2.0, snr=0.5, low_box_px=48, high_box_px=64, low_epochs=20,
                high_epochs=30, width=256, layers=3, lr=5e-4, ksample=kmeans_maps(20000), convergence_interval=5)


def demo_size(quick: bool, particles: int | None = None) -> DemoSize:
    """Return the quick or full size, with ``particles`` overriding the particle count."""
    size = QUICK if quick else FULL
    return dataclasses.replace(size, particles=particles, ksample=kmeans_maps(particles)) if particles else size


CommandLine = Callable[[list[str]], int]  # cryoscape's main(argv) → exit status


class DemoError(CryoscapeError):
    """A step of the demo failed; the message names the step and the command."""


class StepRunner:
    """Runs cryoscape commands in order through the real command line, timing and announcing each."""

    def __init__(self, total_steps: int, run_command: "CommandLine"):
        self.total, self.done, self.timings, self.run_command = total_steps, 0, {}, run_command
        self.log = get_logger()

    def command(self, title: str, argv: list) -> None:
        """Run ``cryoscape ARGV…`` as step ``title``; raise DemoError if it exits non-zero."""
        self.done += 1
        argv = [str(a) for a in argv]
        self.log.info(f"[{self.done}/{self.total}] {title}: cryoscape {' '.join(argv)}")
        started = time.perf_counter()
        code = self.run_command(argv)
        if code != 0:
            raise DemoError(f"step '{title}' failed (cryoscape {argv[0]} exited {code}); see the lines above")
        self.timings[title] = round(time.perf_counter() - started, 1)

    def task(self, title: str, function, *args, **kwargs):
        """Run a demo-side task (scoring, figures) as a step, timing it like a command."""
        self.done += 1
        self.log.info(f"[{self.done}/{self.total}] {title}")
        started = time.perf_counter()
        result = function(*args, **kwargs)
        self.timings[title] = round(time.perf_counter() - started, 1)
        return result
