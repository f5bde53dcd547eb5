"""Subcommands of ``cryoscape``: one module each, exposing ``add_args(parser)`` and ``main(args)``.

The first line of each module's docstring is its one-line description in ``cryoscape --help``.
"""

COMMANDS = (
    "parse_pose_csparc",
    "parse_ctf_csparc",
    "parse_pose_star",
    "parse_ctf_star",
    "downsample",
    "backproject_voxel",
    "simulate",
    "train_vae",
    "eval_vol",
    "analyze_convergence",
    "analyze",
    "filter",
    "write_starfile",
    "write_cs",
    "filter_star",
    "filter_cs",
    "pc_traversal",
    "graph_traversal",
    "occupancy",
    "dashboard",
    "demo",
)
