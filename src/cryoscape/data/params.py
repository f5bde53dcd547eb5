"""Typed, validated per-particle metadata: :class:`CtfParameters` and :class:`Poses`.

Every reader and parser builds these, and every consumer takes them, so one validation stands
between a user's files and the physics: a value that cannot describe a real microscope or a real
rotation is refused here, with the file it came from named, before anything is computed or written.
On disk they keep cryoDRGN's layouts (``ctf.pkl``: an (N, 9) array; ``poses.pkl``: a tuple
``(rotations (N, 3, 3), translations (N, 2))``) so existing files keep working.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from cryoscape.errors import InputError
from cryoscape.fourier import CTF_COLUMNS

# |R Rᵀ − I| and |det R − 1| allowed: float32 matrices carry ~1e-7, text exports with 6 digits ~1e-6
ROTATION_TOLERANCE = 1e-3
# a particle centre more than one box away from the image centre is outside the image
MAX_TRANSLATION_BOX = 1.0
# no electron microscope accelerates above this; a value in volts instead of kV lands far beyond it
MAX_VOLTAGE_KV = 1000.0


def _rows(array: np.ndarray) -> str:
    """Return 'particle i' (or 'N particles, first i') for the rows where ``array`` is True."""
    bad = np.flatnonzero(array)
    return f"particle {bad[0]}" if bad.size == 1 else f"{bad.size} particles (first: {bad[0]})"


def _read_only(array: np.ndarray) -> np.ndarray:
    array = np.ascontiguousarray(array, dtype=np.float32)
    array.setflags(write=False)
    return array


def _column(name: str, doc: str) -> property:
    """A read-only view of one column of the (N, 9) values, found by its name in :data:`CTF_COLUMNS`."""
    index = CTF_COLUMNS.index(name)
    return property(lambda self: self.values[:, index], doc=doc)


@dataclass(frozen=True, eq=False)
class CtfParameters:
    """Per-particle CTF and imaging parameters, cryoDRGN's ``ctf.pkl`` layout inside.

    values: (N, 9) float32, read-only, columns box size (px), pixel size (Å/px), defocus U (Å),
    defocus V (Å), defocus angle (°), voltage (kV), Cs (mm), amplitude contrast, phase shift (°).
    ``source`` names the file they came from, for error messages.
    """

    values: np.ndarray
    source: str = field(default="CTF parameters")

    def __post_init__(self) -> None:
        values = np.asarray(self.values)
        if values.ndim != 2 or values.shape[1] != 9:
            raise InputError(f"{self.source} is not a CTF file: expected an (N, 9) array, got shape {values.shape}")
        values = np.array(values, dtype=np.float32)  # a copy: the caller's array stays untouched
        phase = CTF_COLUMNS.index("phase_shift_deg")
        values[:, phase] = np.nan_to_num(values[:, phase], nan=0.0)  # a missing phase shift means none
        object.__setattr__(self, "values", _read_only(values))
        self._validate()

    def _validate(self) -> None:
        v, src = self.values, self.source
        if len(v) == 0:
            raise InputError(f"{src} holds no particles; parse it from a non-empty refinement")
        if not np.isfinite(v).all():
            raise InputError(f"{src}: CTF parameters of {_rows(~np.isfinite(v).all(1))} are NaN/Inf; "
                             "the CTF estimation is incomplete: re-run it or drop those particles")
        box, defocus = self.box_size, np.minimum(self.defocus_u_angstrom, self.defocus_v_angstrom)
        checks = (  # (values, out of domain, what, unit, domain, remedy)
            (box, (box < 1) | (box != np.round(box)), "box size", "px", "a positive whole number of pixels",
             "re-parse the CTF giving the image size (parse_ctf_star -D)"),
            (self.apix, self.apix <= 0, "pixel size", "Å/px", "positive",
             "re-parse the CTF giving it (parse_ctf_star --Apix)"),
            (defocus, defocus < 0, "defocus", "Å", "≥ 0 Å (underfocus is positive in RELION and cryoSPARC)",
             "check the defocus columns of the refinement"),
            (self.voltage_kv, (self.voltage_kv <= 0) | (self.voltage_kv > MAX_VOLTAGE_KV), "voltage", "kV",
             f"in (0, {MAX_VOLTAGE_KV:g}] kV", "re-parse the CTF giving it in kV (parse_ctf_star --kv)"),
            (self.cs_mm, self.cs_mm < 0, "spherical aberration", "mm", "≥ 0 mm",
             "re-parse the CTF giving it in mm (parse_ctf_star --cs)"),
            (self.amplitude_contrast, (self.amplitude_contrast < 0) | (self.amplitude_contrast > 1),
             "amplitude contrast", "", "a fraction in [0, 1]", "re-parse the CTF giving it (parse_ctf_star -w, e.g. 0.1)"),
        )
        for values, bad, what, unit, domain, remedy in checks:
            if bad.any():
                example = f"{values[np.flatnonzero(bad)[0]]:g}{' ' + unit if unit else ''}"
                raise InputError(f"{src}: {what} of {_rows(bad)} is not {domain} (e.g. {example}); "
                                 f"fix the file or {remedy}")

    @classmethod
    def from_columns(cls, source: str, **named) -> "CtfParameters":
        """Return validated parameters from per-particle values named as in :data:`CTF_COLUMNS` (arrays (N,) or
        scalars broadcast to N); ``phase_shift_deg`` may be left out (no phase plate)."""
        named.setdefault("phase_shift_deg", 0.0)
        if set(named) != set(CTF_COLUMNS):
            raise TypeError(f"from_columns needs exactly {CTF_COLUMNS}, got {sorted(named)}")
        columns = [named[name] for name in CTF_COLUMNS]
        n = max(np.size(c) for c in columns)
        return cls(np.stack([np.broadcast_to(np.asarray(c, np.float64), (n,)) for c in columns], axis=1), source)

    @classmethod
    def from_object(cls, obj: object, source: str) -> "CtfParameters":
        """Return validated parameters from an unpickled ``ctf.pkl`` object."""
        if not isinstance(obj, np.ndarray) or obj.dtype.kind not in "fiu":
            kind = getattr(obj, "dtype", type(obj).__name__)
            raise InputError(f"{source} is not a CTF file: expected an (N, 9) numeric array, got {kind}")
        return cls(obj, source)

    def __len__(self) -> int:
        return len(self.values)

    def select(self, indices: np.ndarray) -> "CtfParameters":
        """Return the parameters of the particles ``indices`` (in that order)."""
        return CtfParameters(self.values[np.asarray(indices, np.int64)], self.source)

    def for_box(self, box_size: int) -> "CtfParameters":
        """Return the parameters of the same images Fourier-cropped to ``box_size`` (same extent in Å)."""
        named = {name: self.values[:, i] for i, name in enumerate(CTF_COLUMNS)}
        named.update(box_size=box_size, apix=self.extent_angstrom / box_size)
        return CtfParameters.from_columns(self.source, **named)

    box_size = _column("box_size", "(N,) image size in pixels the parameters were estimated at")
    apix = _column("apix", "(N,) pixel size in Å at :attr:`box_size`")
    defocus_u_angstrom = _column("defocus_u_angstrom", "(N,) defocus along the astigmatism axis, underfocus > 0")
    defocus_v_angstrom = _column("defocus_v_angstrom", "(N,) defocus perpendicular to it")
    defocus_angle_deg = _column("defocus_angle_deg", "(N,) astigmatism angle")
    voltage_kv = _column("voltage_kv", "(N,) accelerating voltage")
    cs_mm = _column("cs_mm", "(N,) spherical aberration")
    amplitude_contrast = _column("amplitude_contrast", "(N,) fraction of amplitude contrast")
    phase_shift_deg = _column("phase_shift_deg", "(N,) phase-plate shift")

    @property
    def extent_angstrom(self) -> np.ndarray:
        """(N,) image width in Å (box × pixel size), the same at every downsampled size."""
        return self.box_size.astype(np.float64) * self.apix

    @property
    def optics(self) -> np.ndarray:
        """(N, 5) the settings shared by an optics group: box, Å/px, kV, Cs, amplitude contrast."""
        return np.stack([self.box_size, self.apix, self.voltage_kv, self.cs_mm, self.amplitude_contrast], axis=1)


@dataclass(frozen=True, eq=False)
class Poses:
    """Per-particle orientation and in-plane shift, cryoDRGN's ``poses.pkl`` layout.

    rotations: (N, 3, 3) float32 proper rotation matrices, read-only.
    translations_box: (N, 2) float32 shifts in fractions of the box, read-only.
    """

    rotations: np.ndarray
    translations_box: np.ndarray
    source: str = field(default="poses")

    def __post_init__(self) -> None:
        rot, trans = np.asarray(self.rotations), np.asarray(self.translations_box)
        if rot.ndim != 3 or rot.shape[1:] != (3, 3) or trans.shape != (rot.shape[0], 2):
            raise InputError(f"{self.source}: rotations {rot.shape} / translations {trans.shape} are not "
                             "(N, 3, 3) / (N, 2); give a poses file written by parse_pose_star/parse_pose_csparc")
        object.__setattr__(self, "rotations", _read_only(rot))
        object.__setattr__(self, "translations_box", _read_only(trans))
        self._validate()

    def _validate(self) -> None:
        rot, trans, src = self.rotations, self.translations_box, self.source
        if len(rot) == 0:
            raise InputError(f"{src} holds no particles; parse it from a non-empty refinement")
        finite = np.isfinite(rot).all((1, 2)) & np.isfinite(trans).all(1)
        if not finite.all():
            raise InputError(f"{src}: poses of {_rows(~finite)} are NaN/Inf; re-export the refinement")
        rot64 = rot.astype(np.float64)
        gram_error = np.abs(rot64 @ rot64.transpose(0, 2, 1) - np.eye(3)).max((1, 2))
        det = np.linalg.det(rot64)
        reflected = det < 0
        if reflected.any():
            raise InputError(f"{src}: the matrix of {_rows(reflected)} has determinant {det[reflected][0]:.3g}, "
                             "a reflection, not a rotation; the file is corrupt or not a poses file")
        bad = gram_error > ROTATION_TOLERANCE
        if bad.any():
            raise InputError(f"{src}: the matrix of {_rows(bad)} is not a rotation (R·Rᵀ differs from the "
                             f"identity by {gram_error[bad][0]:.3g}, e.g. scaled or sheared); the file is corrupt "
                             "or not a poses file")
        offset = np.abs(trans).max(1)
        far = offset > MAX_TRANSLATION_BOX
        if far.any():
            raise InputError(f"{src}: the shift of {_rows(far)} is {offset[far][0]:.3g} boxes; shifts are "
                             "fractions of the box and cannot exceed 1: re-parse the poses with the refinement's box "
                             "in pixels (parse_pose_star/parse_pose_csparc -D)")

    @classmethod
    def from_object(cls, obj: object, source: str) -> "Poses":
        """Return validated poses from an unpickled ``poses.pkl`` object: (rot, trans), (rot,) or rot alone."""
        if isinstance(obj, np.ndarray) and obj.ndim == 3 and obj.shape[1:] == (3, 3):
            obj = (obj,)
        if not (isinstance(obj, (tuple, list)) and len(obj) in (1, 2)):
            raise InputError(f"{source} is not a poses file: expected (rotations (N, 3, 3), translations (N, 2))")
        try:
            rot = np.asarray(obj[0], dtype=np.float32)
            trans = (np.asarray(obj[1], dtype=np.float32) if len(obj) == 2
                     else np.zeros((len(rot), 2), np.float32))
        except (TypeError, ValueError) as exc:
            raise InputError(f"{source} is not a poses file: its entries are not numeric arrays ({exc})") from None
        return cls(rot, trans, source)

    def __len__(self) -> int:
        return len(self.rotations)

    def select(self, indices: np.ndarray) -> "Poses":
        """Return the poses of the particles ``indices`` (in that order)."""
        indices = np.asarray(indices, np.int64)
        return Poses(self.rotations[indices], self.translations_box[indices], self.source)

    def to_tuple(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (rotations, translations) as cryoDRGN pickles them."""
        return np.array(self.rotations), np.array(self.translations_box)


def check_counts(n_particles: int, what: str, where: str = "",
                 **parts: CtfParameters | Poses | np.ndarray | None) -> None:
    """Raise InputError unless every given per-particle object has ``n_particles`` rows.

    ``what`` names what holds the ``n_particles`` (e.g. "the particle stack"), ``where`` its file.
    """
    for name, part in parts.items():
        if part is not None and len(part) != n_particles:
            source = getattr(part, "source", name)
            raise InputError(
                f"{source} has {len(part)} entries but {what} has {n_particles}{f' ({where})' if where else ''}; "
                "they come from different datasets (or one was filtered): parse them from the same refinement"
            )
