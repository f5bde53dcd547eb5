"""cryodrgn_utils write_star: the same as write_starfile (particles, CTF and poses to a RELION star file)."""

from cryoscape.commands.write_starfile import add_args, main

__all__ = ["add_args", "main"]
