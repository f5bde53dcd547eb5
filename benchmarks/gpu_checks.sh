#!/bin/bash
# The GPU checks of issue 16 on a lent GPU machine (PyTorch installed, no network), in one call:
#   1. the CUDA tests;  2. train_vae img/s in memory, --amp and --lazy (box 64);
#   3. time_to_quality.py at the issue's size, cryoscape and cryoDRGN 4.3.1 in 30-s turns;
#   and, named in STEPS, abinit / abinit64 / abinit64het: issue 19's benchmark at box 128 / 64 / 64 with
#   --zdim 4, each tool stopped at ABINIT_TIMEOUT s of its own time.
# Packages the machine lacks (mrcfile, starfile, gemmi; cryoDRGN's wheel and what its train_vae and
# eval_vol import: igraph, texttable, nbformat and its jsonschema stack) travel as wheels in .whl/.
# Results go to $OUT (default ./gpu_out). STEPS picks the steps (default "tests throughput quality").
# The wheels, fetched on a machine with the package index (list /.whl/ in .git/info/exclude; ~14 MB):
#   python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
#     --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
#     --platform manylinux2014_x86_64 -d .whl cryodrgn==4.3.1 igraph==1.0.0 texttable==1.7.2 nbformat==5.11.1 \
#     fastjsonschema==2.22.3 jsonschema==4.26.0 jsonschema_specifications==2025.9.1 referencing==0.37.0 \
#     rpds_py==2026.9.1 jupyter_core==5.9.1 platformdirs==4.14.9 traitlets==5.16.1 mrcfile==1.5.4 \
#     starfile==0.5.13 gemmi==0.7.5
# and the call names .whl in its carry. Device time used on an H200 (2026-12-04): tests 20 s, throughput 60 s,
# quality 255 s; abinit: cryoscape ~60 s + ABINIT_TIMEOUT + ~90 s (simulation, scoring 16 maps): 555 s at
# ABINIT_TIMEOUT=400, where cryoDRGN stopped after epoch 23 of 30 (3 search epochs of ~30 s, then ~14 s each: its
# whole run needs ~520 s, which with cryoscape's run passes one call's 600 s: ABINIT_FLAGS="--only cryodrgn"
# ABINIT_TIMEOUT=540 runs it alone). abinit64 (box 64): not yet run; cryoDRGN's epochs there are estimated shorter.
set -u
OUT=${OUT:-$PWD/gpu_out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
if ls .whl/*.whl >/dev/null 2>&1; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
        || { echo "could not install the carried wheels"; exit 1; }
    export PYTHONPATH=/tmp/site:$PWD/src:$PWD${PYTHONPATH:+:$PYTHONPATH}
else
    export PYTHONPATH=$PWD/src:$PWD${PYTHONPATH:+:$PYTHONPATH}
fi
CRYODRGN="sh $PWD/benchmarks/cryodrgn_commands.sh"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$OUT/gpu.txt"
python3 -c "import torch; print('torch', torch.__version__, torch.cuda.get_device_name(), 'cores', torch.get_num_threads())" \
    | tee -a "$OUT/gpu.txt"
abinit_step() {  # NAME ARGS…: abinit.py in 30-s turns, each tool stopped at ABINIT_TIMEOUT s of its own time;
    # poses scored at every checkpoint, maps at 8 per tool; the runs' poses, logs and last maps come back
    local name=$1; shift
    python3 benchmarks/abinit.py --n 1000 --snr 0.1 --states 3 --zdim 0 "$@" --cryodrgn "$CRYODRGN" --threads 16 \
        --timeout ${ABINIT_TIMEOUT:-150} --maps-per-tool 8 --out /tmp/$name ${ABINIT_FLAGS:-} 2>&1 | tee "$OUT/$name.txt"
    (cd /tmp/$name && tar --format=posix -czf "$OUT/${name}_runs.tgz" sim/poses.pkl */timeline.json */pose.*.pkl \
        */run.log *.out.txt abinit.csv abinit.png)
    for tool in cryoscape cryodrgn; do
        last=$(ls /tmp/$name/$tool/reconstruct.*.mrc 2>/dev/null | sort -t. -k2 -n | tail -1)
        [ -n "$last" ] && cp "$last" "$OUT/$name.$tool.$(basename "$last")"
    done
}
for step in ${STEPS:-tests throughput quality}; do
    start=$(date +%s)
    case $step in
    tests)
        python3 -m pytest -q -p no:cacheprovider tests/training/test_cuda.py \
            2>&1 | tee "$OUT/cuda_tests.txt" ;;
    throughput)
        python3 benchmarks/train_throughput.py --box 64 ${THROUGHPUT_FLAGS:-} 2>&1 | tee "$OUT/throughput.txt" ;;
    quality)
        python3 benchmarks/time_to_quality.py --n 8000 --snr 0.05 --epochs 20 --cryodrgn "$CRYODRGN" \
            --cryoscape-flags=--amp --jobs 8 --no-stop-replay --out /tmp/ttq_gpu ${QUALITY_FLAGS:-} \
            2>&1 | tee "$OUT/time_to_quality.txt"
        cp /tmp/ttq_gpu/time_to_quality.csv /tmp/ttq_gpu/time_to_quality.png "$OUT/" 2>/dev/null
        cp /tmp/ttq_gpu/run_cryoscape/run.log "$OUT/cryoscape.run.log" 2>/dev/null
        cp /tmp/ttq_gpu/run_cryoDRGN/run.log "$OUT/cryodrgn.run.log" 2>/dev/null ;;
    abinit)  # issue 19 at box 128, the two tools' default 256-wide networks
        abinit_step abinit --box 128 --dim 256 --epochs 30 --search-epochs 25 ;;
    abinit64)  # issue 19 at box 64 (the CPU benchmark's box), where cryoDRGN's final figures need a GPU
        abinit_step abinit64 --box 64 --dim 256 --epochs 30 --search-epochs 20 ;;  # abinit's defaults (lr 1e-3)
    abinit64het)  # issue 19 heterogeneous at box 64: per-state FSC of maps at each state's median latent
        abinit_step abinit64het --box 64 --dim 256 --zdim 4 --epochs 30 --search-epochs 20 ;;
    *)
        echo "gpu_checks.sh: unknown step '$step' in STEPS (known: tests throughput quality abinit abinit64 abinit64het)" >&2; exit 2 ;;
    esac
    echo "step $step: $(( $(date +%s) - start )) s" | tee -a "$OUT/gpu.txt"
done
