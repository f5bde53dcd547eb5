"""Occupancy analysis: conformance with the protocol's own outputs, class/block recovery on a simulated
assembly, and refusals of bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr
from sklearn.metrics import adjusted_rand_score

from cryoscape.cli import main
from cryoscape.io import read_mrc, write_mrc, write_pseudo_atomic_pdb
from cryoscape.occupancy.molmap import MapGrid, molmap
from cryoscape.simulate import assembly_model
from tests.conftest import SHARED_DATA, require_shared

OCCUPANCY = SHARED_DATA / "occupancy"
EXAMPLE = OCCUPANCY / "example"


@pytest.fixture(scope="module")
def protocol_run(tmp_path_factory):
    require_shared(EXAMPLE)
    out = tmp_path_factory.mktemp("occupancy")
    assert main(["occupancy", "maps", str(OCCUPANCY / "model_50S" / "prots1.pdb"), "--res", "10",
                 "--ref-map", str(EXAMPLE / "volumes" / "vol_458.mrc"), "-o", str(out / "maps")]) == 0
    assert main(["occupancy", "masks", str(out / "maps"), "-o", str(out / "masks")]) == 0
    assert main(["occupancy", "measure", "--maps", str(EXAMPLE / "volumes"), "--masks", str(out / "masks"),
                 "-o", str(out / "occupancies.csv")]) == 0
    return out


def _expected_chains() -> list[str]:
    return sorted(p.stem.split("chain")[1] for p in (EXAMPLE / "expected_chain_maps").glob("prots1_chain*.mrc"))


def test_element_maps_match_chimerax_molmap(protocol_run):
    correlations = {}
    for chain in _expected_chains():  # the protocol's files name chains in lower case
        ours, header = read_mrc(protocol_run / "maps" / f"{chain.upper()}.mrc")
        theirs, _ = read_mrc(EXAMPLE / "expected_chain_maps" / f"prots1_chain{chain}.mrc")
        correlations[chain] = np.corrcoef(ours.ravel(), theirs.ravel())[0, 1]
        assert ours.sum() == pytest.approx(theirs.sum(), rel=0.05), chain  # same density scale
    assert len(correlations) == 26 and min(correlations.values()) >= 0.95, correlations


def test_default_masks_match_relion_mask_create(protocol_run):
    dice = {}
    for chain in _expected_chains():
        ours = read_mrc(protocol_run / "masks" / f"{chain.upper()}.mrc")[0] > 0.5
        theirs = read_mrc(EXAMPLE / "expected_masks" / f"Mask_prots1_chain{chain}.mrc")[0] > 0.5
        dice[chain] = 2 * (ours & theirs).sum() / (ours.sum() + theirs.sum())
    assert min(dice.values()) >= 0.9, {k: round(v, 3) for k, v in dice.items()}


def test_occupancies_rank_maps_like_the_protocol(protocol_run):
    ours = pd.read_csv(protocol_run / "occupancies.csv", index_col=0)
    expected = pd.read_csv(EXAMPLE / "occupancies_expected.csv", header=[0, 1], index_col=0)
    expected.columns = [chain for _, chain in expected.columns]
    assert sorted(ours.index) == sorted(expected.index)
    rho = {chain: spearmanr(ours.loc[expected.index, chain.upper()], expected[chain]).statistic
           for chain in expected.columns}
    assert min(rho.values()) >= 0.95, {k: round(v, 3) for k, v in rho.items()}


CLASSES = {"full": "ABCDEF", "no_DE": "ABCF", "no_F": "ABCDE", "core": "AB", "no_C": "ABDEF"}


@pytest.fixture(scope="module")
def simulated_assembly(tmp_path_factory):
    """Maps of five compositional classes (8 noisy maps each) of the built-in assembly, and its model file."""
    out = tmp_path_factory.mktemp("assembly")
    model = assembly_model()
    model_path = write_pseudo_atomic_pdb(model, out / "assembly.pdb")
    grid = MapGrid((48, 48, 48), 3.0, (-72.0, -72.0, -72.0))
    rng = np.random.default_rng(0)
    truth = []
    (out / "vols").mkdir()
    for name, chains in CLASSES.items():
        atoms = np.isin(model.chain, list(chains))
        clean = molmap(model.coords_angstrom[atoms], np.full(atoms.sum(), 6.0), grid, 10.0)
        for _ in range(8):
            noisy = clean + rng.normal(0, 0.1 * clean.max(), clean.shape)
            write_mrc(out / "vols" / f"vol_{len(truth):03d}.mrc", noisy, grid.apix, is_stack=False,
                      origin_angstrom=grid.origin_angstrom)
            truth.append(name)
    return out, model_path, np.array(truth)


def test_clustering_recovers_classes_and_blocks(simulated_assembly):
    out, model_path, truth = simulated_assembly
    assert main(["occupancy", "run", str(model_path), "--vols", str(out / "vols"), "--res", "10",
                 "-o", str(out / "run")]) == 0
    classes = pd.read_csv(out / "run" / "clusters" / "classes.csv")
    ari = adjusted_rand_score(truth[classes["map"].to_numpy()], classes["class"])
    blocks = pd.read_csv(out / "run" / "clusters" / "blocks.csv").set_index("element")["block"]
    print(f"ARI {ari:.3f}, blocks {blocks.to_dict()}")
    assert ari >= 0.9, f"ARI {ari:.3f}; classes {classes['class'].tolist()}"
    assert blocks["D"] == blocks["E"] and blocks["C"] != blocks["D"] and blocks["F"] != blocks["D"], blocks.to_dict()
    centroids = pd.read_csv(out / "run" / "clusters" / "centroids.csv")
    assert len(centroids) == classes["class"].max() == 5
    for name in ("clustermap.png", "blocks.cxc", "class_01.cxc", "centroids/class_01.mrc"):
        assert (out / "run" / "clusters" / name).stat().st_size > 0
    assert "color #1/D" in (out / "run" / "clusters" / "blocks.cxc").read_text()


@pytest.mark.parametrize("case, message", [
    ("empty_group", "selects no atoms"),
    ("other_grid", "different grid"),
    ("empty_mask", "no voxel of its map exceeds"),
])
def test_bad_inputs_give_one_line_errors(simulated_assembly, tmp_path, capsys, case, message):
    out, model_path, _ = simulated_assembly
    vol = out / "vols" / "vol_000.mrc"
    if case == "empty_group":
        (tmp_path / "groups.yaml").write_text("ghost: {chains: [Q]}\n")
        argv = ["occupancy", "maps", str(model_path), "--res", "10", "--ref-map", str(vol), "--groups",
                str(tmp_path / "groups.yaml"), "-o", str(tmp_path / "maps")]
    elif case == "other_grid":
        assert main(["occupancy", "maps", str(model_path), "--res", "10", "--ref-map", str(vol),
                     "-o", str(tmp_path / "maps")]) == 0
        assert main(["occupancy", "masks", str(tmp_path / "maps"), "-o", str(tmp_path / "masks")]) == 0
        (tmp_path / "vols").mkdir()
        write_mrc(tmp_path / "vols" / "vol_000.mrc", np.zeros((40, 40, 40), np.float32), 3.0, is_stack=False)
        capsys.readouterr()
        argv = ["occupancy", "measure", "--maps", str(tmp_path / "vols"), "--masks", str(tmp_path / "masks"),
                "-o", str(tmp_path / "occ.csv")]
    else:
        assert main(["occupancy", "maps", str(model_path), "--res", "10", "--ref-map", str(vol),
                     "-o", str(tmp_path / "maps")]) == 0
        capsys.readouterr()
        argv = ["occupancy", "masks", str(tmp_path / "maps"), "--threshold", "1e9", "-o", str(tmp_path / "masks")]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err, err
    assert not (tmp_path / "occ.csv").exists()
    if case != "other_grid":
        assert not (tmp_path / ("maps" if case == "empty_group" else "masks")).exists()


def test_run_on_analyze_kmeans_maps_writes_each_class_particles(junk_run, tmp_path):
    from cryoscape.io import load_index
    from tests.conftest import KSAMPLE

    sim, run, truth = junk_run
    out = tmp_path / "occupancy"
    assert main(["occupancy", "run", str(sim / "truth" / "model.pdb"), "--vols",
                 str(run / "analyze.7" / f"kmeans{KSAMPLE}"), "--res", "12", "-o", str(out)]) == 0
    table = pd.read_csv(out / "clusters" / "class_particles.csv")
    selected = np.concatenate([load_index(out / "clusters" / name) for name in table["ind_file"] if isinstance(name, str)])
    assert table["particles"].sum() == 2000 and np.unique(selected).size == 2000  # every particle in one class
    clusters = sorted(int(c) for row in table["kmeans_clusters"] for c in str(row).split())
    assert clusters == list(range(KSAMPLE))


def test_masks_extend_and_soft_edge_like_relion():
    from cryoscape.occupancy.masks import element_mask

    density = np.zeros((32, 32, 32), np.float32)
    density[16, 16, 16] = 1.0
    z, y, x = np.indices(density.shape)
    distance = np.sqrt((z - 16) ** 2 + (y - 16) ** 2 + (x - 16) ** 2) * 2.0  # Å at 2 Å/px
    binary = element_mask(density, 2.0)
    assert binary.sum() == 1 and set(np.unique(binary)) == {0.0, 1.0}
    grown = element_mask(density, 2.0, extend_angstrom=6.0)
    np.testing.assert_array_equal(grown == 1, distance <= 6.0)
    soft = element_mask(density, 2.0, extend_angstrom=6.0, soft_edge_angstrom=8.0)
    np.testing.assert_array_equal(soft == 1, distance <= 6.0)
    edge = (distance > 6.0) & (distance < 14.0)
    np.testing.assert_allclose(soft[edge], 0.5 * (1 + np.cos(np.pi * (distance[edge] - 6.0) / 8.0)), atol=1e-6)
    assert (soft[distance >= 14.0] == 0).all()
