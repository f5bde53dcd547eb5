"""Simulate a heterogeneous particle dataset with ground truth (states, hinge motion, junk, CTF, noise)."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags
from cryoscape.data import load_poses
from cryoscape.errors import InputError
from cryoscape.fourier import fourier_crop
from cryoscape.io import coarse_grain, read_atomic_models, read_volume
from cryoscape.logs import get_logger
from cryoscape.simulate import (HeterogeneitySpec, SimulationSettings, assembly_model, assembly_spec,
                                load_spec, simulate_dataset)
from cryoscape.simulate.tilt_series import TiltScheme, simulate_tilt_series


def add_args(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--preset", choices=["assembly"],
                        help="built-in six-subunit assembly: five states (one at 1%%), a hinged "
                             "stalk, 10%% junk; its model is written to truth/model.pdb")
    flags.add_input(source, "--model", nargs="+", metavar="FILE", help="atomic model(s), PDB or mmCIF")
    flags.add_input(source, "--map", metavar="FILE", help="a map (.mrc); one state, noise-only junk")
    flags.add_input(parser, "--config", metavar="HET.yaml",
                        help="heterogeneity and imaging settings (groups, classes, motion, junk, "
                             "imaging); overrides the preset's")
    parser.add_argument("-n", type=flags.positive_int, required=True, metavar="N", help="number of particles")
    parser.add_argument("-D", type=flags.positive_int, required=True, metavar="BOX", help="box size in pixels (even)")
    parser.add_argument("--apix", type=flags.positive_float, metavar="A", help="pixel size in Å (default for --map: its own)")
    parser.add_argument("--snr", type=flags.positive_float, required=True, metavar="S",
                        help="signal-to-noise ratio: mean signal variance / noise variance")
    flags.add_seed(parser, "the simulation; the same seed gives the same files")
    parser.add_argument("--chunk", type=flags.positive_int, metavar="M", help="write M images per .mrcs, listed in particles.txt")
    parser.add_argument("--coarse-grain", action="store_true",
                        help="one pseudo-atom per residue for --model (much faster for large models)")
    parser.add_argument("--truth-box", type=flags.positive_int, nargs="+", default=[], metavar="N",
                        help="also write the ground-truth maps downsampled to these box sizes")
    flags.add_input(parser, "--poses", metavar="PKL", help="use these rotations instead of uniform random ones")
    flags.add_output_folder(parser, "-o", "--outdir", dest="o", required=True, metavar="DIR",
                            help="output folder (must not exist or be empty)")
    tilt = parser.add_argument_group("cryo-ET tilt series (a RELION-5 export of 2D stacks; -n counts particles)")
    tilt.add_argument("--tilt-series", action="store_true",
                      help="image every particle as a dose-symmetric tilt series instead of once")
    tilt.add_argument("--tilt-max", type=flags.positive_float, default=60.0, metavar="DEG", help="largest stage tilt")
    tilt.add_argument("--tilt-step", type=flags.positive_float, default=3.0, metavar="DEG", help="tilt increment")
    tilt.add_argument("--dose-per-tilt", type=flags.positive_float, default=3.0, metavar="E",
                      help="exposure per tilt image, e⁻/Å²")
    tilt.add_argument("--tilt-axis", type=float, default=85.0, metavar="DEG", help="tilt axis angle in the image")
    tilt.add_argument("--tomograms", type=flags.positive_int, default=2, metavar="T",
                      help="number of tilt series the particles are spread over")


def _spec(args: argparse.Namespace, default: HeterogeneitySpec) -> HeterogeneitySpec:
    return load_spec(args.config) if args.config else default


def _map_source(args: argparse.Namespace):
    volume, header = read_volume(args.map, "--map")
    if volume.shape[-1] < args.D:
        raise InputError(f"-D {args.D} is larger than the map's box {volume.shape[-1]}")
    apix = header.apix * volume.shape[-1] / args.D if header.apix > 0 else None
    if args.apix is not None and apix is not None and abs(args.apix - apix) > 0.01 * apix:
        raise InputError(f"--apix {args.apix} disagrees with the map's {apix:.4f} Å/px at -D {args.D}")
    apix = args.apix if apix is None else apix
    if apix is None:
        raise InputError(f"{args.map} does not give its pixel size; pass --apix")
    return fourier_crop(volume, args.D, ndim=3), apix


def _tilt_series(args: argparse.Namespace, model, spec: HeterogeneitySpec) -> None:
    if model is None or args.poses or args.chunk:
        raise InputError("--tilt-series needs --preset or --model, and takes neither --poses nor --chunk")
    scheme = TiltScheme(args.tilt_max, args.tilt_step, args.dose_per_tilt, args.tilt_axis, args.tomograms)
    settings = SimulationSettings(args.n, args.D, args.apix, args.snr, args.seed, None, tuple(args.truth_box),
                                  "tilt-series", (), args.coarse_grain)
    summary = simulate_tilt_series(settings, spec, scheme, args.o, model)
    n_tilts = len(scheme.tilts()[0])
    get_logger().info(f"wrote {args.n} particles × {n_tilts} tilts in {args.tomograms} tilt series to "
                      f"{summary.output_dir} in {summary.seconds:.1f} s; expand them with: cryoscape parse_relion "
                      f"-t {args.o}/tomograms.star -p {args.o}/particles.star -o {args.o}/particles_2d.star "
                      f"--poses {args.o}/poses.pkl --ctf {args.o}/ctf.pkl")


def main(args: argparse.Namespace) -> None:
    log = get_logger()
    model = volume = None
    model_paths: tuple[str, ...] = ()
    if args.preset:
        model, spec, source = assembly_model(), _spec(args, assembly_spec()), f"preset:{args.preset}"
    elif args.model:
        model, spec, source = read_atomic_models(args.model), _spec(args, HeterogeneitySpec()), "model"
        model_paths = tuple(str(p) for p in args.model)
        if args.coarse_grain:
            model = coarse_grain(model)
    else:
        volume, map_apix = _map_source(args)
        spec, source = _spec(args, HeterogeneitySpec()), "map"
        args.apix = map_apix
    if args.apix is None:
        raise InputError("--apix is required for --preset and --model")
    if args.tilt_series:
        _tilt_series(args, model, spec)
        return
    rotations = load_poses(args.poses).rotations if args.poses else None
    settings = SimulationSettings(args.n, args.D, args.apix, args.snr, args.seed, args.chunk,
                                  tuple(args.truth_box), source, model_paths, args.coarse_grain)
    if model is not None:
        log.info(f"simulating {args.n} particles of {model.n_atoms} (pseudo-)atoms in "
                 f"{len(model.chain_names)} chains, box {args.D} at {args.apix:g} Å/px, SNR {args.snr:g}")
    summary = simulate_dataset(settings, spec, args.o, model=model, volume=volume, rotations=rotations)
    counts = ", ".join(f"{name} {count}" for name, count in summary.class_counts.items())
    log.info(f"states: {counts}; junk {summary.junk_count}")
    log.info(f"noise σ {summary.noise_sigma:.4g} for signal variance {summary.signal_variance:.4g}")
    log.info(f"wrote {summary.output_dir} in {summary.seconds:.1f} s "
             f"({args.n / summary.seconds:.0f} particles/s overall)")
