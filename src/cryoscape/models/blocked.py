"""The decoder's reconstruction error and its gradients on the CPU, in cache-sized blocks of lattice points.

A step of the 256×3 decoder at box 64 pushes 8 × 1,603 lattice points through five layers. Done in
one piece (autograd), every activation is a 13 MB tensor that lives in main memory: each ReLU,
residual sum, bias copy and gradient accumulation is a pass over memory, and the large GEMMs run
below the machine's matrix-multiply peak. Here the rows are taken a block at a time (about
2 MB per activation): the block's forward pass, its error against the observed spectra and its
backward pass all run on the same reused buffers while they are in cache, and the weight
gradients accumulate inside the GEMMs (``addmm_``). The backward pass is written out by hand for the
residual MLP; a test checks it against autograd.

The result is the same mean squared error and the same gradients (to float rounding) as
``reconstruction_error(ctf · decoder(coords, z), observed)``; the loss then joins the encoder's
KL term and autograd as usual, through :class:`BlockedSliceError`.

In bfloat16 (``--amp`` on a CPU with native bfloat16 units) the network runs as it does under
autocast — weights, activations and their gradients in bfloat16, products accumulated in float32 by
the matrix kernel, the error, the bias and z gradients in float32 — and the weight gradients add
each block's bfloat16 product (and column sum) into float32 sums.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from cryoscape.models.vae import Decoder, fold_half_space

BLOCK_BYTES = 1 << 21  # bytes per activation buffer (2 MiB): the block's rows = BLOCK_BYTES / (width · itemsize)


@dataclass
class _Block:
    """One block of rows of the flattened (B·P) lattice and the segments of it each image owns."""

    rows: slice
    segments: list[tuple[int, slice]]  # (image, rows of the block that belong to it)


def _blocks(n_images: int, n_points: int, rows_per_block: int) -> list[_Block]:
    total, blocks = n_images * n_points, []
    for start in range(0, total, rows_per_block):
        stop = min(start + rows_per_block, total)
        segments = []
        for image in range(start // n_points, (stop - 1) // n_points + 1):
            first, last = max(start, image * n_points), min(stop, (image + 1) * n_points)
            segments.append((image, slice(first - start, last - start)))
        blocks.append(_Block(slice(start, stop), segments))
    return blocks


class _Gradients:
    """Accumulated gradients (float32) of the decoder's parameters and of z."""

    def __init__(self, decoder: Decoder, z: torch.Tensor):
        self.params = {name: torch.zeros_like(p) for name, p in decoder.named_parameters()}
        self.z = torch.zeros_like(z)

    def add_product(self, name: str, a: torch.Tensor, b: torch.Tensor) -> None:
        """Add a @ b to the gradient ``name``: inside the GEMM in float32, else its product in float32."""
        total = self.params[name]
        if a.dtype == total.dtype:
            total.addmm_(a, b)
        else:
            total += torch.mm(a, b)


class _BlockRunner:
    """Forward and hand-written backward of a decoder's residual MLP on one block of rows at a time,
    in ``dtype`` (float32, or bfloat16 as under autocast)."""

    def __init__(self, decoder: Decoder, z: torch.Tensor, rows: int, dtype: torch.dtype = torch.float32):
        mlp = decoder.mlp
        self.mlp, self.z, self.dtype = mlp, z, dtype
        width, depth = mlp.inp.out_features, len(mlp.blocks)
        cast = lambda t: t.detach().to(dtype)  # noqa: E731 - no copy in float32
        # the layers' weights (out, in) and biases in the compute dtype, once per step
        self.w_inp = cast(mlp.inp.weight)
        self.w_blocks = [cast(layer.weight) for layer in mlp.blocks]
        self.b_blocks = [cast(layer.bias) for layer in mlp.blocks]
        self.w_out, self.b_out = cast(mlp.out.weight), cast(mlp.out.bias)
        empty = lambda: torch.empty(rows, width, dtype=dtype)  # noqa: E731 - buffers reused by every block
        self.hidden = [empty() for _ in range(depth + 1)]  # inputs of the residual blocks, then the last
        self.relu = [empty() for _ in range(depth)]        # relu(W h + b) of each residual block
        self.grad = empty()                                # ∂loss/∂hidden, updated in place
        # the first layer's bias per image: its own bias plus the projection of that image's z
        cond = mlp.cond(z) if mlp.cond is not None else torch.zeros(z.shape[0], width)
        self.first_bias = cast(cond + mlp.inp.bias)

    def forward(self, block: _Block, features: torch.Tensor) -> torch.Tensor:
        """Return the block's output (rows, 2) in float32 from its encoded frequencies (in ``dtype``)."""
        n = features.shape[0]
        if len(block.segments) == 1:  # the bias joins the GEMM
            h = torch.addmm(self.first_bias[block.segments[0][0]], features, self.w_inp.t(), out=self.hidden[0][:n])
        else:
            h = torch.mm(features, self.w_inp.t(), out=self.hidden[0][:n])
            for image, rows in block.segments:
                h[rows] += self.first_bias[image]
        h.relu_()
        for k, (weight, bias) in enumerate(zip(self.w_blocks, self.b_blocks)):
            a = torch.addmm(bias, h, weight.t(), out=self.relu[k][:n]).relu_()
            h = torch.add(h, a, out=self.hidden[k + 1][:n])
        return torch.addmm(self.b_out, h, self.w_out.t()).float()

    def backward(self, block: _Block, features: torch.Tensor, grad_out: torch.Tensor, grads: _Gradients) -> None:
        n, mlp, g = features.shape[0], self.mlp, grads.params
        depth = len(self.w_blocks)
        g["mlp.out.bias"] += grad_out.sum(0)
        grad_out = grad_out.to(self.dtype)
        grads.add_product("mlp.out.weight", grad_out.t(), self.hidden[depth][:n])
        gh = torch.mm(grad_out, self.w_out, out=self.grad[:n])
        for k in range(depth - 1, -1, -1):
            h_in, a = self.hidden[k][:n], self.relu[k][:n]
            ga = torch.ops.aten.threshold_backward.grad_input(gh, a, 0, grad_input=self.relu[k][:n])
            grads.add_product(f"mlp.blocks.{k}.weight", ga.t(), h_in)
            g[f"mlp.blocks.{k}.bias"] += ga.sum(0)  # summed in float32, rounded once
            gh.addmm_(ga, self.w_blocks[k])  # the residual's gradient: gh + ga·W, accumulated in place
        gpre = torch.ops.aten.threshold_backward.grad_input(gh, self.hidden[0][:n], 0, grad_input=self.hidden[0][:n])
        grads.add_product("mlp.inp.weight", gpre.t(), features)
        for image, rows in block.segments:
            per_image = gpre[rows].sum(0).float()
            g["mlp.inp.bias"] += per_image
            if mlp.cond is not None:
                g["mlp.cond.weight"].addr_(per_image, self.z[image])
                grads.z[image] += per_image @ mlp.cond.weight


def blocked_error_and_gradients(decoder: Decoder, coords: torch.Tensor, z: torch.Tensor, observed: torch.Tensor,
                                ctf: torch.Tensor | None, rows_per_block: int | None = None,
                                dtype: torch.dtype = torch.float32) -> tuple[torch.Tensor, _Gradients]:
    """Return (mean |ctf·decoder(coords, z) − observed|², its gradients) for coords (B, P, 3), z (B, zdim),
    observed (B, P) complex and ctf (B, P) or None; the network runs in ``dtype``."""
    n_images, n_points = observed.shape
    width = decoder.mlp.inp.out_features
    rows = rows_per_block or max(256, BLOCK_BYTES // (width * dtype.itemsize))
    z = z.detach().float()
    grads, runner = _Gradients(decoder, z), _BlockRunner(decoder, z, min(rows, n_images * n_points), dtype)
    flat_coords, flat_observed = coords.reshape(-1, 3), observed.reshape(-1)
    flat_ctf = None if ctf is None else ctf.reshape(-1)
    scale = 2.0 / (n_images * n_points)  # d/dx of the mean of squares
    total = torch.zeros((), dtype=torch.float64)
    with torch.no_grad():
        for block in _blocks(n_images, n_points, rows):
            half, sign = fold_half_space(flat_coords[block.rows])
            features = decoder.encoding(half).to(dtype)
            out = runner.forward(block, features)
            weight = torch.ones_like(sign) if flat_ctf is None else flat_ctf[block.rows]
            target = flat_observed[block.rows]
            diff_real = out[:, 0] * weight - target.real
            diff_imag = out[:, 1] * sign * weight - target.imag
            total += (diff_real.square().sum() + diff_imag.square().sum()).double()
            grad_out = torch.stack([diff_real * weight, diff_imag * sign * weight], dim=1) * scale
            runner.backward(block, features, grad_out, grads)
    return (total / (n_images * n_points)).float(), grads


class BlockedSliceError(torch.autograd.Function):
    """Autograd node for the blocked error: forward computes the error and all its gradients at once;
    backward hands them to z and the decoder's parameters, scaled by the incoming gradient."""

    @staticmethod
    def forward(ctx, z, coords, observed, ctf, decoder, dtype, *params):  # noqa: D102 - see the class
        error, grads = blocked_error_and_gradients(decoder, coords, z, observed, ctf, dtype=dtype)
        names = [name for name, _ in decoder.named_parameters()]
        ctx.save_for_backward(grads.z, *[grads.params[name] for name in names])
        return error

    @staticmethod
    def backward(ctx, grad_error):  # noqa: D102 - see the class
        grad_z, *grad_params = ctx.saved_tensors
        return (grad_z * grad_error, None, None, None, None, None, *[g * grad_error for g in grad_params])


def blocked_slice_error(decoder: Decoder, coords: torch.Tensor, z: torch.Tensor, observed: torch.Tensor,
                        ctf: torch.Tensor | None, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """Return the mean squared error of the CTF-weighted predicted slices, differentiable in z and the
    decoder; the network runs in ``dtype`` (float32, or bfloat16 as under autocast)."""
    return BlockedSliceError.apply(z, coords, observed, ctf, decoder, dtype, *decoder.parameters())
