"""``--refine-poses`` and its settings, shared by train_vae and train_nn."""

from __future__ import annotations

import argparse

from cryoscape.commands import flags


def add_refine_poses(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("pose refinement")
    group.add_argument("--refine-poses", action="store_true",
                       help="refine the consensus poses with the model: before every K-th epoch from the second on, "
                            "a local search around each particle's pose with its own latent (writes pose.N.pkl and "
                            "poses.pkl in -o)")
    group.add_argument("--refine-every", type=flags.positive_int, default=1, metavar="K",
                       help="refine the poses every K epochs (default 1)")
    group.add_argument("--refine-step", type=flags.positive_float, default=8.0, metavar="DEG",
                       help="cell of the first refinement level in degrees (children at ±DEG/4 per axis; three "
                            "levels reach DEG/4 and correct up to ~0.75·DEG per refinement)")
    group.add_argument("--refine-radius", type=flags.positive_float, metavar="PX",
                       help="band radius scored in refinement, in pixels (default: half of Nyquist, at least 14)")
    add_local_volumes(group)


def add_local_volumes(group) -> None:
    group.add_argument("--local-volumes", type=flags.nonnegative_int, default=16, metavar="K",
                       help="with a latent (zdim > 0), refine each pose against the band volume decoded at the centre "
                            "of its particle's cluster among K k-means clusters of the latents: decoder work K × the "
                            "band's grid, whatever the particle count; used when that is less work than slices decoded "
                            "at each particle's own latent (27 per particle; exact), which 0 always uses")


def refine_schedule(args: argparse.Namespace, box_size: int):
    """Return the PoseSchedule of ``--refine-poses`` (None without it)."""
    if not args.refine_poses:
        return None
    from cryoscape.training.poses import PoseSchedule, default_radii

    radius = args.refine_radius or default_radii(box_size)[1]
    return PoseSchedule(search_epochs=0, refine_start=1, refine_every=args.refine_every, radius_start_px=radius,
                        radius_end_px=radius, refine_step_deg=args.refine_step, refine_levels=3,
                        refine_shift_step_px=1.0, local_volumes=args.local_volumes)
