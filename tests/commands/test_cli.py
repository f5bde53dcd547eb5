"""Every command: documented flags, a run on real files, and one-line errors that leave no output."""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest

from cryoscape.cli import build_parser, main
from cryoscape.commands import COMMANDS
from cryoscape.io import load_pkl, read_cs, read_mrc, read_star


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


NO_O_FLAG = {"view_header", "view_cs_header", "gen_mask", "parse_star", "clean"}


def test_help_lists_every_command_with_a_description(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out
    parser = build_parser()
    steps = {"occupancy": [["maps"], ["masks"], ["measure"], ["cluster"], ["run"]]}
    for name in COMMANDS:
        for step in steps.get(name, [[]]):
            with pytest.raises(SystemExit):
                parser.parse_args([name, *step, "--help"])
            help_text = capsys.readouterr().out
            assert "--debug" in help_text, (name, step)
            # every command that writes has -o, but those that only print, that name their outputs as cryoDRGN
            # does (gen_mask IN OUT, parse_star --poses/--ctf) or that only delete (clean)
            if name not in NO_O_FLAG:
                assert "-o" in help_text, (name, step)


def test_parse_commands_write_cryodrgn_files(tmp_path, formats_dir, reference_dir, capsys):
    cs = formats_dir / "cryosparc_P12_J24_001_particles.cs"
    code, out, _ = run(["parse_pose_csparc", cs, "-D", 180, "-o", tmp_path / "poses.pkl"], capsys)
    assert code == 0 and "2019 particles" in out
    np.testing.assert_allclose(load_pkl(tmp_path / "poses.pkl")[0],
                               load_pkl(reference_dir / "P12_J24.pose.pkl")[0], atol=1e-4)
    code, out, _ = run(["parse_ctf_csparc", cs, "-o", tmp_path / "ctf.pkl"], capsys)
    assert code == 0 and "2.95" in out and "200 kV" in out
    star = formats_dir / "relion31.6opticsgroups.star"
    assert run(["parse_pose_star", star, "--relion31", "-o", tmp_path / "p2.pkl"], capsys)[0] == 0
    code, out, _ = run(["parse_ctf_star", star, "--kv", 300, "--ps", 0, "-o", tmp_path / "c2.pkl"], capsys)
    assert code == 0
    assert (load_pkl(tmp_path / "c2.pkl")[:, 5] == 300).all()


@pytest.mark.parametrize("argv, message", [
    (["parse_pose_csparc", "empiar_10076_7.cs", "-D", "320"], "no 3D poses"),
    (["parse_pose_csparc", "cryosparc_J2_particles_exported.cs"], "only 2D alignments"),
    (["parse_pose_star", "empiar_10076_7.star", "-D", "320"], "no 3D poses"),
    (["parse_pose_star", "FinalRefinement-OriginalParticles-PfCRT.star"], "-D"),
    (["parse_ctf_star", "toy_projections.star"], "-D"),
    (["parse_ctf_csparc", "hand.mrcs"], "not a"),
])
def test_bad_inputs_give_one_line_and_no_output(tmp_path, formats_dir, capsys, argv, message):
    out_path = tmp_path / "out.pkl"
    argv = [argv[0], formats_dir / argv[1], *argv[2:], "-o", out_path]
    code, _, err = run(argv, capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err
    assert not out_path.exists()
    assert list(tmp_path.iterdir()) == []


def test_console_script_reports_error_without_traceback(tmp_path, formats_dir):
    result = subprocess.run([sys.executable, "-m", "cryoscape", "parse_pose_csparc",
                             str(formats_dir / "empiar_10076_7.cs"), "-o", str(tmp_path / "p.pkl")],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_output_into_a_closed_pipe_stops_quietly():
    """`cryoscape … | head`: the reader goes away while a command prints (100 kB, more than a pipe's
    buffer); the command exits 141 (SIGPIPE's) without a traceback."""
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, as after `head` has exited
    try:
        done = subprocess.run([sys.executable, "-c", "import sys; from cryoscape import cli; "
                               "cli._run = lambda args: print('x' * 100_000); sys.exit(cli.main(['clean', '.']))"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr == ""


def test_downsample_command_chunks_and_refuses_bad_sizes(tmp_path, formats_dir, reference_dir, capsys):
    code, _, _ = run(["downsample", formats_dir / "empiar_10076_7.mrc", "-D", 128,
                      "-o", tmp_path / "p.128.mrcs", "--chunk", 3], capsys)
    assert code == 0
    assert (tmp_path / "p.128.txt").read_text().split() == ["p.128.0.mrcs", "p.128.1.mrcs", "p.128.2.mrcs"]
    expected, _ = read_mrc(reference_dir / "empiar_10076_7.128.mrcs")
    got = np.concatenate([read_mrc(tmp_path / f"p.128.{i}.mrcs")[0] for i in range(3)])
    assert np.abs(got - expected).max() / np.abs(expected).max() < 1e-4
    code, _, _ = run(["downsample", formats_dir / "hand-vol.mrc", "--is-vol", "-D", 32, "-o", tmp_path / "v.mrc"], capsys)
    vol, header = read_mrc(tmp_path / "v.mrc")
    assert code == 0 and vol.shape == (32, 32, 32) and header.apix == pytest.approx(2.0)
    for size, message in [(127, "even"), (400, "larger than the input box")]:
        code, _, err = run(["downsample", formats_dir / "hand.mrcs", "-D", size, "-o", tmp_path / "bad.mrcs"], capsys)
        assert code == 1 and message in err and not (tmp_path / "bad.mrcs").exists()


def test_downsample_star_with_datadir(tmp_path, formats_dir, capsys):
    shutil.copy(formats_dir / "relion31.star", tmp_path / "p.star")
    code, _, err = run(["downsample", tmp_path / "p.star", "-D", 64, "-o", tmp_path / "a.mrcs"], capsys)
    assert code == 1 and "--datadir" in err
    code, _, _ = run(["downsample", tmp_path / "p.star", "-D", 64, "--datadir", formats_dir,
                      "-o", tmp_path / "a.mrcs"], capsys)
    assert code == 0 and read_mrc(tmp_path / "a.mrcs")[0].shape == (5, 64, 64)


def test_truncated_stack_is_refused_by_downsample(tmp_path, formats_dir, capsys):
    shutil.copy(formats_dir / "hand.mrcs", tmp_path / "cut.mrcs")
    with open(tmp_path / "cut.mrcs", "r+b") as fh:
        fh.truncate(100_000)
    code, _, err = run(["downsample", tmp_path / "cut.mrcs", "-D", 32, "-o", tmp_path / "o.mrcs"], capsys)
    assert code == 1 and "truncated" in err and not (tmp_path / "o.mrcs").exists()


def test_backproject_voxel_writes_map_halves_and_fsc(tmp_path, formats_dir, capsys):
    code, out, _ = run(["backproject_voxel", formats_dir / "hand.mrcs", "--poses", formats_dir / "hand_rot.pkl",
                        "--uninvert-data", "--first", 80, "-o", tmp_path / "bp.mrc"], capsys)
    assert code == 0 and "FSC = 0.143" in out and "80 of 100" in out
    for name in ("bp.mrc", "bp.half_a.mrc", "bp.half_b.mrc", "bp.fsc.txt", "bp.fsc.png"):
        assert (tmp_path / name).stat().st_size > 0
    assert np.loadtxt(tmp_path / "bp.fsc.txt").shape == (33, 2)


def test_backproject_voxel_count_mismatch(tmp_path, formats_dir, reference_dir, capsys):
    code, _, err = run(["backproject_voxel", formats_dir / "hand.mrcs", "--poses",
                        reference_dir / "relion31.pose.pkl", "-o", tmp_path / "bp.mrc"], capsys)
    assert code == 1 and "5 entries but the particle stack has 100" in err
    assert list(tmp_path.iterdir()) == []


def test_star_and_cs_round_trips_through_commands(tmp_path, formats_dir, capsys):
    """star → poses/ctf pkl → star, and cs → pkl → cs, via the files users handle."""
    from cryoscape.data import cs_from_arrays, load_ctf, load_poses, star_tables_from_arrays
    from cryoscape.io import write_cs, write_star
    star = formats_dir / "relion5.star"
    run(["parse_pose_star", star, "-o", tmp_path / "p.pkl"], capsys)
    run(["parse_ctf_star", star, "-o", tmp_path / "c.pkl"], capsys)
    poses, ctf = load_poses(tmp_path / "p.pkl"), load_ctf(tmp_path / "c.pkl")
    names = list(read_star(star).particles["rlnImageName"])
    write_star(tmp_path / "back.star", *star_tables_from_arrays(names, ctf, poses))
    run(["parse_pose_star", tmp_path / "back.star", "-o", tmp_path / "p2.pkl"], capsys)
    np.testing.assert_allclose(load_pkl(tmp_path / "p2.pkl")[0], poses.rotations, atol=1e-4)
    np.testing.assert_allclose(load_pkl(tmp_path / "p2.pkl")[1], poses.translations_box, atol=1e-5)
    cs = formats_dir / "cryosparc_P12_J24_001_particles.cs"
    run(["parse_pose_csparc", cs, "-o", tmp_path / "cp.pkl"], capsys)
    run(["parse_ctf_csparc", cs, "-o", tmp_path / "cc.pkl"], capsys)
    write_cs(tmp_path / "back.cs", cs_from_arrays(load_ctf(tmp_path / "cc.pkl"), load_poses(tmp_path / "cp.pkl"),
                                                  template=read_cs(cs)))
    run(["parse_pose_csparc", tmp_path / "back.cs", "-o", tmp_path / "cp2.pkl"], capsys)
    np.testing.assert_allclose(load_pkl(tmp_path / "cp2.pkl")[0], load_pkl(tmp_path / "cp.pkl")[0], atol=1e-5)


def test_star_without_ctf_columns_is_refused(tmp_path, capsys):
    import pandas as pd
    from cryoscape.io import write_star
    write_star(tmp_path / "noctf.star", pd.DataFrame({"rlnImageName": ["1@a.mrcs"], "rlnAngleRot": [0.0],
                                                      "rlnAngleTilt": [0.0], "rlnAnglePsi": [0.0]}))
    code, _, err = run(["parse_ctf_star", tmp_path / "noctf.star", "-D", 64, "--Apix", 1,
                        "-o", tmp_path / "c.pkl"], capsys)
    assert code == 1 and "_rlnDefocusU" in err and not (tmp_path / "c.pkl").exists()


def test_backproject_voxel_with_index_selection(tmp_path, formats_dir, capsys):
    from cryoscape.io import save_pkl
    save_pkl(np.arange(10, 70), tmp_path / "ind.pkl")
    code, out, _ = run(["backproject_voxel", formats_dir / "hand.mrcs", "--poses", formats_dir / "hand_rot.pkl",
                        "--uninvert-data", "--ind", tmp_path / "ind.pkl", "-o", tmp_path / "bp.mrc"], capsys)
    assert code == 0 and "60 of 100" in out
    save_pkl(np.array([5, 500]), tmp_path / "bad.pkl")
    code, _, err = run(["backproject_voxel", formats_dir / "hand.mrcs", "--poses", formats_dir / "hand_rot.pkl",
                        "--ind", tmp_path / "bad.pkl", "-o", tmp_path / "bp2.mrc"], capsys)
    assert code == 1 and "outside" in err and not (tmp_path / "bp2.mrc").exists()


def test_outputs_into_folders_that_do_not_exist_yet(tmp_path, formats_dir, capsys):
    """A missing parent folder of an output is created (a legitimate request, not an error)."""
    cs = formats_dir / "cryosparc_P12_J24_001_particles.cs"
    assert run(["parse_ctf_csparc", cs, "-o", tmp_path / "new" / "deeper" / "ctf.pkl"], capsys)[0] == 0
    assert load_pkl(tmp_path / "new" / "deeper" / "ctf.pkl").shape == (2019, 9)
    code, _, err = run(["backproject_voxel", formats_dir / "hand.mrcs", "--poses", formats_dir / "hand_rot.pkl",
                        "--uninvert-data", "--first", 20, "-o", tmp_path / "bp" / "maps" / "hand.mrc"], capsys)
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "bp" / "maps").iterdir()) == [
        "hand.fsc.png", "hand.fsc.txt", "hand.half_a.mrc", "hand.half_b.mrc", "hand.mrc"]
