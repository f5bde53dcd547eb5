#!/bin/bash
# The GPU checks of issue 16 on a lent GPU machine (PyTorch installed, no network), in one call:
#   1. the CUDA tests;  2. train_vae img/s in memory, --amp and --lazy (box 64);
#   3. time_to_quality.py at the size, cryoscape and cryoDRGN 4.3.1 in 30-s turns.
# Packages the machine lacks (mrcfile, starfile, gemmi; cryoDRGN's wheel and what its train_vae and
# eval_vol import: igraph, texttable, nbformat and its jsonschema stack) travel as wheels in .whl/.
# Results go to $OUT (default ./gpu_out). STEPS picks the steps (default "tests throughput quality").
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
    esac
    echo "step $step: $(( $(date +%s) - start )) s" | tee -a "$OUT/gpu.txt"
done
