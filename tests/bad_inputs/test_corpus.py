"""Every bad input of the generated corpus ends with one line saying what is wrong, a non-zero exit,
no traceback, no output left behind, and every file that existed before byte-identical."""

from __future__ import annotations

import hashlib
import pickle
import re
from pathlib import Path

import pytest

from cryoscape.cli import main
from cryoscape.models import DataConfig, TrainConfig, load_trained_model
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
    (good / "model.pdb").write_bytes((good / "sim" / "truth" / "model.pdb").read_bytes())
    rot, trans = pickle.load(open(good / "poses.pkl", "rb"))
    pickle.dump((rot[:6], trans[:6]), open(good / "poses6.pkl", "wb"))
    pickle.dump(pickle.load(open(good / "ctf.pkl", "rb"))[:6], open(good / "ctf6.pkl", "wb"))
    run_training(DataConfig(str(good / "particles.mrcs"), str(good / "poses.pkl"), str(good / "ctf.pkl")),
                 {"zdim": 4, "enc_dim": 16, "enc_layers": 1, "dec_dim": 16, "dec_layers": 1}, TrainConfig(epochs=2),
                 good / "run", progress=False)
    PWNED.unlink(missing_ok=True)
    folder = tmp_path_factory.mktemp("bad_inputs")
    return build_corpus(folder, good), [folder, good]


def checksums(folders: list[Path]) -> dict[Path, str]:
    """Return the SHA-1 of every file under ``folders`` (hidden temporary files included)."""
    return {path: hashlib.sha1(path.read_bytes()).hexdigest()
            for folder in folders for path in sorted(folder.rglob("*")) if path.is_file()}


def test_corpus_is_large_enough(corpus):
    cases, _ = corpus
    assert len(cases) >= 140, len(cases)
    assert len({case.name for case in cases}) == len(cases)


def test_every_bad_input_gives_one_clear_line(corpus, capsys):
    cases, folders = corpus
    failures = []
    before = checksums(folders)
    for case in cases:
        code = main(case.argv)
        # progress bars (tqdm redraws with \r) may precede the message; every other line counts
        lines = [line for line in re.split(r"[\r\n]", capsys.readouterr().err) if line.strip() and not PROGRESS.search(line)]
        err = "\n".join(lines)
        problems = [text for bad, text in (
            (code == 0, f"exit {code}"),
            (len(lines) != 1 or "Traceback" in err, "not one line"),
            ("internal error" in err, "internal error"),
            (case.message not in err, f"lacks {case.message!r}"),
            (bool(case.absent) and case.absent in err, f"says {case.absent!r}"),
            (bool(case.output) and Path(case.output).exists(), f"left {case.output}"),
            (PWNED.exists(), "a crafted pickle ran code"),
        ) if bad]
        after = checksums(folders)
        if after != before:
            changed = sorted(str(p) for p in set(before) | set(after) if before.get(p) != after.get(p))
            problems.append(f"changed or added files: {changed[:3]}")
            before = after
        if problems:
            failures.append(f"{case.name}: {', '.join(problems)}: {err!r}")
    assert not failures, "\n".join(failures)


def test_a_refused_resume_leaves_the_run_loadable_and_unchanged(corpus, capsys):
    """The refused --load cases run on a copy of a trained run; it must still load and resume afterwards."""
    cases, (folder, good) = corpus
    run = folder / "refused_load_cases" / "run"
    config_before = (run / "config.yaml").read_bytes()
    refused = [c for c in cases if c.argv[0] == "train_vae" and str(run) in c.argv]
    assert len(refused) >= 4
    for case in refused:
        assert main(case.argv) == 1
    assert (run / "config.yaml").read_bytes() == config_before
    model, config = load_trained_model(run / "weights.1.pkl", run / "config.yaml")
    assert config.model.zdim == 4
    resumed = ["train_vae", "--no-analysis", str(good / "particles.mrcs"), "--poses", str(good / "poses.pkl"), "--ctf",
               str(good / "ctf.pkl"), "-n", "3", "--zdim", "4", "--enc-dim", "16", "--dec-dim", "16", "--enc-layers",
               "1", "--dec-layers", "1", "--load", "latest", "-o", str(run)]
    assert main(resumed) == 0, capsys.readouterr().err
    assert (run / "weights.2.pkl").is_file()
