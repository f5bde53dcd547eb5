"""MRC/MRCS maps and image stacks through mrcfile.

Reading is permissive about what real files get wrong (cryoDRGN writes a zero machine stamp, some
headers say 0 Å/px) and strict about what would corrupt data (truncated data blocks, unknown
modes, non-finite pixels). Stacks are read in slices with plain file reads, so streaming a stack
keeps resident memory bounded by the slice, not by the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
import warnings
from dataclasses import dataclass
from pathlib import Path

import mrcfile
import numpy as np

from cryoscape.errors import InputError, OutputError
from cryoscape.io.files import atomic_path, check_free_space, prepare_output, require_file

HEADER_BYTES = 1024
SUPPORTED_MODES = {0: "int8", 1: "int16", 2: "float32", 6: "uint16", 12: "float16"}


@dataclass(frozen=True)
class MrcHeader:
    """What is needed to read an MRC file's data block: shape (nz, ny, nx), dtype and offset."""

    path: Path
    shape: tuple[int, int, int]
    dtype: np.dtype
    data_offset_bytes: int
    apix: float
    is_stack: bool

    @property
    def n_images(self) -> int:
        return self.shape[0]

    @property
    def box_size(self) -> int:
        return self.shape[-1]

    @property
    def image_bytes(self) -> int:
        return self.shape[1] * self.shape[2] * self.dtype.itemsize

    @property
    def is_volume(self) -> bool:
        """True for a cubic 3D map: a volume space group, a cube, and not named .mrcs."""
        return not self.is_stack and self.shape[0] == self.shape[1] == self.shape[2]

    def describe(self) -> str:
        nz, ny, nx = self.shape
        return f"{nx}×{ny}×{nz} {'volume' if self.is_volume else 'stack of images'}"


def read_mrc_header(path: str | os.PathLike) -> MrcHeader:
    """Return the validated header of an MRC file; raise InputError if its data block is unusable."""
    path = require_file(path, "MRC file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with mrcfile.open(path, permissive=True, header_only=True) as mrc:
                header = mrc.header
                mode = int(header.mode)
                shape = (int(header.nz), int(header.ny), int(header.nx))
                apix = float(mrc.voxel_size.x)
                byte_order = header.mode.dtype.byteorder
                offset = HEADER_BYTES + int(header.nsymbt)
                is_stack = int(header.ispg) == 0 or path.suffix.lower() == ".mrcs"
    except (ValueError, OSError, EOFError) as exc:
        raise InputError(f"{path} is not a readable MRC file ({exc}); check the file type") from exc
    if mode not in SUPPORTED_MODES:
        raise InputError(
            f"{path} has MRC mode {mode}, which holds no real-valued density "
            f"(supported: {sorted(SUPPORTED_MODES)}); convert it to mode 2 (float32)"
        )
    if min(shape) <= 0:
        raise InputError(f"{path} header gives a non-positive size {shape}; the file is corrupt")
    dtype = np.dtype(SUPPORTED_MODES[mode]).newbyteorder(">" if byte_order == ">" else "<")
    needed = offset + shape[0] * shape[1] * shape[2] * dtype.itemsize
    actual = path.stat().st_size
    if actual < needed:
        raise InputError(
            f"{path} is truncated: its header promises {shape[0]}×{shape[1]}×{shape[2]} values "
            f"({needed} bytes) but the file has {actual} bytes; re-copy or re-export it"
        )
    if not np.isfinite(apix) or apix < 0:
        apix = 0.0
    return MrcHeader(path, shape, dtype, offset, apix, is_stack)


def _check_finite(data: np.ndarray, path: Path) -> None:
    if data.dtype.kind == "f" and not np.isfinite(data).all():
        bad = int(np.size(data) - np.isfinite(data).sum())
        raise InputError(f"{path} holds {bad} NaN/Inf values; fix or remove those images")


def read_mrc(path: str | os.PathLike, mmap: bool = False) -> tuple[np.ndarray, MrcHeader]:
    """Return (data, header): float32 data in memory, or a read-only memory map when ``mmap``.

    data: (nz, ny, nx); for a stack nz is the number of images.
    """
    header = read_mrc_header(path)
    if mmap:
        data = np.memmap(header.path, dtype=header.dtype, mode="r",
                         offset=header.data_offset_bytes, shape=header.shape)
        return data, header
    data = read_mrc_slices(header, 0, header.n_images)
    return data, header


def read_volume(path: str | os.PathLike, what: str = "map") -> tuple[np.ndarray, MrcHeader]:
    """Return (data (D, D, D) float32, header) of a cubic 3D map; refuse a particle stack or a non-cube."""
    header = read_mrc_header(path)
    nz, ny, nx = header.shape
    if header.is_stack or not nz == ny == nx:
        raise InputError(f"{what} {header.path} is a {header.describe()}, not a cubic 3D map; give a map "
                         "(e.g. a consensus refinement's .mrc)")
    return read_mrc(path)


def read_mrc_slices(header: MrcHeader, start: int, stop: int) -> np.ndarray:
    """Return sections ``start:stop`` (images of a stack) as float32, read with plain file reads."""
    if not 0 <= start <= stop <= header.n_images:
        raise InputError(
            f"{header.path}: images {start}:{stop} requested but the stack holds {header.n_images}"
        )
    count = (stop - start) * header.shape[1] * header.shape[2]
    with open(header.path, "rb") as fh:
        fh.seek(header.data_offset_bytes + start * header.image_bytes)
        raw = np.fromfile(fh, dtype=header.dtype, count=count)
    if raw.size != count:
        raise InputError(f"{header.path} ended early while reading images {start}:{stop}")
    data = raw.reshape(stop - start, header.shape[1], header.shape[2]).astype(np.float32)
    _check_finite(data, header.path)
    return data


def read_mrc_indices(header: MrcHeader, indices: np.ndarray) -> np.ndarray:
    """Return the images at ``indices`` (any order, repeats allowed) as float32 (k, ny, nx)."""
    indices = np.asarray(indices, dtype=np.int64)
    if indices.size and (indices.min() < 0 or indices.max() >= header.n_images):
        raise InputError(
            f"{header.path}: image index {int(indices.max())} is out of range for a stack of "
            f"{header.n_images}; check the index file or the star/cs image references"
        )
    out = np.empty((indices.size, header.shape[1], header.shape[2]), dtype=np.float32)
    order = np.argsort(indices, kind="stable")
    sorted_idx = indices[order]
    # Read contiguous runs with one call each: sequential selections cost one read.
    breaks = np.flatnonzero(np.diff(sorted_idx) > 1) + 1
    for run in np.split(np.arange(sorted_idx.size), breaks):
        if run.size == 0:
            continue
        lo, hi = int(sorted_idx[run[0]]), int(sorted_idx[run[-1]]) + 1
        block = read_mrc_slices(header, lo, hi)
        out[order[run]] = block[sorted_idx[run] - lo]
    return out


def _header_is_stack(mrc: mrcfile.mrcfile.MrcFile, is_stack: bool) -> None:
    if is_stack:
        mrc.set_image_stack()
    else:
        mrc.set_volume()
    # mrcfile stamps the creation time into label 0; a fixed label keeps outputs reproducible
    mrc.header.label[0] = b"cryoscape".ljust(80)
    mrc.header.nlabl = 1


def write_mrc(path: str | os.PathLike, data: np.ndarray, apix: float,
              is_stack: bool | None = None, origin_angstrom: tuple[float, float, float] | None = None) -> Path:
    """Write ``data`` (float32, (nz, ny, nx) or (ny, nx)) atomically with voxel size ``apix`` Å (and origin x, y, z)."""
    data = np.ascontiguousarray(data, dtype=np.float32)
    if data.ndim == 2:
        data = data[None]
    if not np.isfinite(data).all():
        bad = int(data.size - np.isfinite(data).sum())
        raise OutputError(f"refusing to write {path}: {bad} of its {data.size} values are NaN/Inf, so the "
                          "computation that made it failed; check the inputs (poses, CTF, flags) and report it")
    if is_stack is None:
        is_stack = Path(path).suffix.lower() == ".mrcs"
    prepare_output(path)
    check_free_space(Path(path).parent, data.nbytes + HEADER_BYTES)
    with atomic_path(path) as tmp:
        with mrcfile.new(tmp, overwrite=True) as mrc:
            mrc.set_data(data)
            _header_is_stack(mrc, is_stack)
            mrc.voxel_size = float(apix)
            if origin_angstrom is not None:
                mrc.header.origin = tuple(float(v) for v in origin_angstrom)
    return Path(path)


def read_mrc_origin(path: str | os.PathLike) -> tuple[float, float, float]:
    """Return the position in Å (x, y, z) of voxel (0, 0, 0): the header origin, or n*start × voxel size."""
    path = require_file(path, "MRC file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with mrcfile.open(path, permissive=True, header_only=True) as mrc:
                header, voxel = mrc.header, mrc.voxel_size
                origin = tuple(float(header.origin[axis]) for axis in ("x", "y", "z"))
                start = (int(header.nxstart) * float(voxel.x), int(header.nystart) * float(voxel.y),
                         int(header.nzstart) * float(voxel.z))
    except (ValueError, OSError, EOFError) as exc:
        raise InputError(f"{path} is not a readable MRC file ({exc}); check the file type") from exc
    return origin if any(origin) else start


def mrc_header_fields(path: str | os.PathLike) -> dict[str, object]:
    """Return the MRC header's fields by their standard names (nx … rms, labels), as read, for display."""
    read_mrc_header(path)  # refuses unreadable files with the usual one-line errors
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with mrcfile.open(path, permissive=True, header_only=True) as mrc:
            header = mrc.header
            fields = {name: header[name].tolist() for name in header.dtype.names if name not in ("label", "extra1", "extra2")}
            fields["voxel_size"] = tuple(round(float(v), 6) for v in mrc.voxel_size.tolist())
            fields["labels"] = [bytes(label).decode("ascii", "replace").strip()
                                for label in header.label[:int(header.nlabl)]]
    for name, value in list(fields.items()):
        if isinstance(value, bytes):
            fields[name] = value.decode("ascii", "replace")
    return fields


def rewrite_mrc(source: str | os.PathLike, output: str | os.PathLike,
                transform: Callable[[np.ndarray], np.ndarray] = lambda data: data, apix: float | None = None) -> Path:
    """Write ``transform(data)`` of the MRC file ``source`` to ``output``, keeping its kind (map or stack), its
    origin and its pixel size (or ``apix``); ``output`` may be ``source`` itself (replaced atomically)."""
    data, header = read_mrc(source)
    origin = read_mrc_origin(source)
    return write_mrc(output, transform(data), header.apix if apix is None else apix, is_stack=header.is_stack,
                     origin_angstrom=origin)


class MrcStackWriter:
    """Writes a stack of known shape image-batch by image-batch with bounded memory.

    The file appears under its final name only after :meth:`close` succeeds; an exception inside a
    ``with`` block removes the temporary file.
    """

    def __init__(self, path: str | os.PathLike, n_images: int, box_size: int, apix: float):
        self.path = prepare_output(path)
        self.shape = (int(n_images), int(box_size), int(box_size))
        self.apix = float(apix)
        self.n_written = 0
        nbytes = self.shape[0] * self.shape[1] * self.shape[2] * 4
        check_free_space(self.path.parent, nbytes + HEADER_BYTES)
        self._atomic = atomic_path(self.path)
        self.tmp = self._atomic.__enter__()
        with mrcfile.new_mmap(self.tmp, shape=self.shape, mrc_mode=2, overwrite=True) as mrc:
            _header_is_stack(mrc, True)
            mrc.voxel_size = self.apix
        self._fh = open(self.tmp, "r+b")
        self._fh.seek(HEADER_BYTES)
        self._sum = 0.0
        self._sum_sq = 0.0
        self._min = np.inf
        self._max = -np.inf

    def write(self, images: np.ndarray) -> None:
        """Append images: (k, box, box) float32."""
        images = np.ascontiguousarray(images, dtype="<f4")
        if images.shape[1:] != self.shape[1:]:
            raise OutputError(f"image batch of shape {images.shape[1:]} for a stack of {self.shape[1:]}")
        if self.n_written + images.shape[0] > self.shape[0]:
            raise OutputError(f"more images than the {self.shape[0]} announced for {self.path}")
        self._fh.write(images.tobytes())
        self.n_written += images.shape[0]
        if images.size:
            self._sum += float(images.sum(dtype=np.float64))
            self._sum_sq += float(np.square(images, dtype=np.float64).sum())
            self._min = min(self._min, float(images.min()))
            self._max = max(self._max, float(images.max()))

    def close(self) -> Path:
        """Finish the header statistics and move the file to its final name."""
        self._fh.close()
        if self.n_written != self.shape[0]:
            raise OutputError(f"{self.path}: wrote {self.n_written} of {self.shape[0]} images")
        n_values = max(1, self.shape[0] * self.shape[1] * self.shape[2])
        mean = self._sum / n_values
        rms = float(np.sqrt(max(self._sum_sq / n_values - mean * mean, 0.0)))
        # Patch the statistics in place: reopening with mrcfile in r+ mode rewrites the data block.
        with open(self.tmp, "r+b") as fh:
            for offset, value in ((76, self._min), (80, self._max), (84, mean), (216, rms)):
                fh.seek(offset)
                fh.write(np.float32(value).astype("<f4").tobytes())
        self._atomic.__exit__(None, None, None)
        return self.path

    def abort(self) -> None:
        """Close and delete the temporary file."""
        if not self._fh.closed:
            self._fh.close()
        try:
            self._atomic.__exit__(RuntimeError, RuntimeError("aborted"), None)
        except RuntimeError:
            pass

    def __enter__(self) -> "MrcStackWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
