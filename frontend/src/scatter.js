// The particle scatter: regl-scatterplot (WebGL, a spatial index for lasso and box selection at 10^6 points).

import createScatterplot from 'regl-scatterplot';
import { categoryColours, rampColours } from './palette.js';

const MARGIN = 0.95; // data fill [-0.95, 0.95] of the view so points at the edges stay visible
const DENSE_POINTS = 500000; // above this many points they are drawn 1 pixel wide (see show)

export class Scatter {
  constructor(canvas, onSelect) {
    const { width, height } = canvas.getBoundingClientRect();
    this.plot = createScatterplot({
      canvas, width, height, pointSize: 2, pointSizeSelected: 2, pointOutlineWidth: 0, opacity: 0.8,
      backgroundColor: '#111418', lassoColor: '#00aaff', performanceMode: false,
      pointColorActive: '#ff3b30', deselectOnDblClick: true,
    });
    this.count = 0;
    this.offset = [0, 0];
    this.scale = 1;
    this.x = new Float32Array(0);
    this.y = new Float32Array(0);
    this.plot.subscribe('select', ({ points }) => onSelect(Uint32Array.from(points)));
    this.plot.subscribe('deselect', () => onSelect(new Uint32Array(0)));
    new ResizeObserver(() => {
      const box = canvas.getBoundingClientRect();
      this.plot.set({ width: box.width, height: box.height });
    }).observe(canvas);
  }

  // xy: Float32Array (2N) interleaved; keeps the data-to-view transform for scripted lassos
  async show(xy, colours) {
    const n = xy.length / 2;
    let [xmin, xmax, ymin, ymax] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let i = 0; i < n; i += 1) {
      const px = xy[2 * i]; const py = xy[2 * i + 1];
      if (px < xmin) xmin = px; if (px > xmax) xmax = px;
      if (py < ymin) ymin = py; if (py > ymax) ymax = py;
    }
    this.offset = [(xmin + xmax) / 2, (ymin + ymax) / 2];
    this.scale = (2 * MARGIN) / Math.max(xmax - xmin, ymax - ymin, 1e-12);
    this.x = new Float32Array(n);
    this.y = new Float32Array(n);
    for (let i = 0; i < n; i += 1) {
      this.x[i] = (xy[2 * i] - this.offset[0]) * this.scale;
      this.y[i] = (xy[2 * i + 1] - this.offset[1]) * this.scale;
    }
    this.count = n;
    // Above half a million points, 1-pixel points (they cover the view anyway, and grow when zoomed
    // in): in software WebGL a frame of 10^6 points and a third of them selected draws in 0.74-0.86 s
    // against 0.82-1.39 s at 2 pixels (the lasso's highlight, measured by bench_dashboard.py).
    const size = n > DENSE_POINTS ? 1 : 2;
    this.plot.set({ pointSize: size, pointSizeSelected: size });
    await this.paint(colours, false);
  }

  // colours: {kind, values (Float32Array N), categories, min, max}
  async paint(colours, keepSelection = true) {
    const selected = keepSelection ? this.plot.get('selectedPoints') : [];
    const points = { x: this.x, y: this.y };
    if (!colours) {
      this.plot.set({ colorBy: null, pointColor: '#9aa5b1' });
    } else if (colours.kind === 'category') {
      points.valueA = colours.values;
      this.plot.set({ colorBy: 'valueA', pointColor: categoryColours(colours.categories.length) });
    } else {
      const span = colours.max > colours.min ? colours.max - colours.min : 1;
      points.valueB = colours.values.map((v) => (Number.isFinite(v) ? (v - colours.min) / span : 0));
      this.plot.set({ colorBy: 'valueB', pointColor: rampColours() });
    }
    await this.plot.draw(points, {
      zDataType: 'categorical', wDataType: 'continuous', select: selected, preventFilterReset: false,
    });
  }

  select(rows) {
    if (rows.length) this.plot.select(Array.from(rows), { preventEvent: true });
    else this.plot.deselect({ preventEvent: true });
  }

  setTool(tool) {
    if (tool === 'pan') this.plot.set({ mouseMode: 'panZoom' });
    else this.plot.set({ mouseMode: 'lasso', lassoType: tool === 'box' ? 'rectangle' : 'freeform' });
  }

  // a polyline through particle rows (a trajectory), in the current view
  drawPath(rows) {
    const vertices = Array.from(rows, (row) => [this.x[row], this.y[row]]);
    return this.plot.drawAnnotations(vertices.length > 1
      ? [{ vertices, lineColor: [1, 0.85, 0.2, 1], lineWidth: 2 }] : []);
  }

  // vertices in the data coordinates of the current view; merge adds to the current selection
  lassoData(vertices, merge = false) {
    const gl = vertices.map(([px, py]) => [(px - this.offset[0]) * this.scale, (py - this.offset[1]) * this.scale]);
    this.plot.lassoSelect(gl, { isGl: true, merge });
  }
}
