#!/bin/sh
# Run one cryoDRGN command module directly: cryodrgn_commands.sh train_vae ARGS… (its CLI imports every
# command, umap included, which a GPU machine without those packages cannot). CDRGN_PYTHON picks the python.
PY=${CDRGN_PYTHON:-python3}
exec $PY -c 'import sys, argparse, importlib
m = importlib.import_module("cryodrgn.commands." + sys.argv[1])
p = argparse.ArgumentParser()
m.add_args(p)
m.main(p.parse_args(sys.argv[2:]))' "$@"
