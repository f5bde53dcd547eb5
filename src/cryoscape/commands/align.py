"""Superpose a map on a reference (rotation, shift and hand): ab initio results come in an arbitrary frame and hand."""

from __future__ import annotations

import argparse
from pathlib import Path


from cryoscape.commands import flags
from cryoscape.errors import InputError
from cryoscape.io import read_volume, rewrite_mrc
from cryoscape.logs import get_logger


def add_args(parser: argparse.ArgumentParser) -> None:
    flags.add_input(parser, "input", metavar="MRC", help="map to move (e.g. abinit's reconstruct.mrc)")
    flags.add_input(parser, "--ref", required=True, metavar="MRC", help="reference map, same box")
    flags.add_path(parser, "-o", "--outmrc", dest="o", metavar="MRC", role=flags.OUTPUT_FILE,
                   help="output map (default: INPUT_aligned.mrc beside the input)")
    parser.add_argument("--hand", choices=("auto", "keep", "flip"), default="auto",
                        help="try both hands and keep the better (auto), or only the map's own hand / its mirror")


def main(args: argparse.Namespace) -> None:
    from cryoscape.analysis.alignment import align_maps, apply_alignment
    from cryoscape.geometry import relion_euler_from_rotations

    volume = read_volume(args.input, "align input")[0]
    reference = read_volume(args.ref, "align --ref")[0]
    if volume.shape != reference.shape:
        raise InputError(f"{args.input} is {volume.shape[0]}³ but {args.ref} is {reference.shape[0]}³; resample one "
                         "(downsample, or eval_vol --downsample) to the other's box first")
    hands = {"auto": (False, True), "keep": (False,), "flip": (True,)}[args.hand]
    found = align_maps(volume, reference, hands=hands)
    output = args.o or Path(args.input).with_name(f"{Path(args.input).stem}_aligned.mrc")
    rewrite_mrc(args.input, output, lambda data: apply_alignment(data, found))
    rot, tilt, psi = relion_euler_from_rotations(found.rotation[None])[0]
    shift = ", ".join(f"{v:.2f}" for v in found.shift_px)
    get_logger().info(f"wrote {output}: {'mirrored along z (flip_hand), then ' if found.flipped else ''}rotated by "
                      f"RELION Euler (rot, tilt, psi) = ({rot:.2f}, {tilt:.2f}, {psi:.2f})°, shifted by ({shift}) px; "
                      f"correlation with the reference {found.correlation:.4f}")
