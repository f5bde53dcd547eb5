"""Every bad input of the generated corpus ends with one line saying what is wrong, a non-zero exit,
no traceback and no output left behind."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from cryoscape.cli import main
from cryoscape.models import DataConfig, TrainConfig
from cryoscape.simulate import ClassSpec, HeterogeneitySpec, JunkSpec, SimulationSettings, assembly_model, simulate_dataset
from cryoscape.training import run_training
from tests.bad_inputs.corpus import build_corpus

PWNED = Path("/tmp/cryoscape_pwned")
PROGRESS = re.compile(r"\d+%\|")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    good = tmp_path_factory.mktemp("good")
    spec = HeterogeneitySpec(classes=(ClassSpec("full", 1.0, ("A", "B", "C", "D", "E", "F")),), junk=JunkSpec(0.0))
    simulate_dataset(SimulationSettings(30, 16, 17.0, 5.0, seed=4), spec, good / "sim", model=assembly_model(),
                     progress=False)
    for name in ("particles.mrcs", "poses.pkl", "ctf.pkl", "particles.cs", "particles.star"):
        (good / name).write_bytes((good / "sim" / name).read_bytes())
    (good / "ref.mrc").write_bytes((good / "sim" / "truth" / "maps" / "full.mrc").read_bytes())
    rot, trans = pickle.load(open(good / "poses.pkl", "rb"))
    pickle.dump((rot[:6], trans[:6]), open(good / "poses6.pkl", "wb"))
    pickle.dump(pickle.load(open(good / "ctf.pkl", "rb"))[:6], open(good / "ctf6.pkl", "wb"))
    run_training(DataConfig(str(good / "particles.mrcs"), str(good / "poses.pkl"), str(good / "ctf.pkl")),
                 {"zdim": 4, "enc_dim": 16, "enc_layers": 1, "dec_dim": 16, "dec_layers": 1}, TrainConfig(epochs=2),
                 good / "run", progress=False)
    PWNED.unlink(missing_ok=True)
    return build_corpus(tmp_path_factory.mktemp("bad_inputs"), good)


def test_corpus_is_large_enough(corpus):
    assert len(corpus) >= 40, len(corpus)


def test_every_bad_input_gives_one_clear_line(corpus, capsys):
    failures = []
    for case in corpus:
        code = main(case.argv)
        # progress bars (tqdm redraws with \r) may precede the message; every other line counts
        lines = [line for line in re.split(r"[\r\n]", capsys.readouterr().err) if line.strip() and not PROGRESS.search(line)]
        err = "\n".join(lines)
        problems = [text for bad, text in (
            (code == 0, f"exit {code}"),
            (len(lines) != 1 or "Traceback" in err, "not one line"),
            ("internal error" in err, "internal error"),
            (case.message not in err, f"lacks {case.message!r}"),
            (Path(case.output).exists(), f"left {case.output}"),
            (PWNED.exists(), "a crafted pickle ran code"),
        ) if bad]
        if problems:
            failures.append(f"{case.name}: {', '.join(problems)}: {err!r}")
    assert not failures, "\n".join(failures)
