#!/usr/bin/env bash
# Protocol steps 2-5 (parse poses and CTF, downsample with --chunk, back-project to check the
# parse) on the real RELION and cryoSPARC files in ../shared/data/formats.
# Usage: bash examples/preprocess_shared_data.sh [OUTDIR]   (default: preprocess_out)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${CRYOSCAPE_SHARED_DATA:-$here/../shared/data}/formats"
out="${1:-preprocess_out}"
mkdir -p "$out"

echo "== cryoSPARC refinement (2,019 particles, box 180): steps 2-3"
cryoscape parse_pose_csparc "$data/cryosparc_P12_J24_001_particles.cs" -D 180 -o "$out/P12_J24.poses.pkl"
cryoscape parse_ctf_csparc "$data/cryosparc_P12_J24_001_particles.cs" -o "$out/P12_J24.ctf.pkl"

echo "== RELION 3.1 refinement whose image paths point elsewhere (--datadir): steps 2-4"
cryoscape parse_pose_star "$data/relion31.star" --relion31 -o "$out/relion31.poses.pkl"
cryoscape parse_ctf_star "$data/relion31.star" --relion31 -o "$out/relion31.ctf.pkl"
cryoscape downsample "$data/relion31.star" --datadir "$data" -D 128 -o "$out/relion31.128.mrcs" --chunk 2

echo "== 100 projections of a chiral test object with their poses: steps 4-5"
cryoscape downsample "$data/hand.mrcs" -D 32 -o "$out/hand.32.mrcs" --chunk 50
cryoscape backproject_voxel "$out/hand.32.txt" --poses "$data/hand_rot.pkl" --uninvert-data \
    -o "$out/backproject.hand.32.mrc"

echo "== outputs in $out:"
ls "$out"
