// Colours: a qualitative palette for categories and a perceptually ordered ramp for continuous values.

const CATEGORY_HEX = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#1f77b4', '#aec7e8', '#ff7f0e', '#ffbb78', '#2ca02c', '#98df8a', '#d62728', '#ff9896', '#9467bd', '#c5b0d5',
];

// anchor colours of a dark-blue → green → yellow ramp, interpolated to 256 steps
const RAMP_ANCHORS = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

export function categoryColours(count) {
  return Array.from({ length: Math.max(count, 1) }, (_, i) => CATEGORY_HEX[i % CATEGORY_HEX.length]);
}

export function rampColours(steps = 256) {
  const colours = [];
  for (let i = 0; i < steps; i += 1) {
    const position = (i / (steps - 1)) * (RAMP_ANCHORS.length - 1);
    const low = Math.min(Math.floor(position), RAMP_ANCHORS.length - 2);
    const t = position - low;
    const rgb = RAMP_ANCHORS[low].map((c, k) => Math.round(c + t * (RAMP_ANCHORS[low + 1][k] - c)));
    colours.push(`#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
  }
  return colours;
}

const SELECTED_RGB = [255, 59, 48];
const PLAIN_RGB = [154, 165, 177];

function hexToRgb(hex) {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
}

// One RGB triple per point (Uint8Array 3N) for views drawn outside regl-scatterplot (the 3D view):
// colours as the particles view gives them ({kind, values, categories, min, max} or null), selected rows red.
export function pointColours(count, colours, selected) {
  const rgb = new Uint8Array(3 * count);
  const table = colours && colours.kind === 'category'
    ? categoryColours(colours.categories.length).map(hexToRgb) : rampColours().map(hexToRgb);
  const span = colours && colours.max > colours.min ? colours.max - colours.min : 1;
  for (let i = 0; i < count; i += 1) {
    let colour = PLAIN_RGB;
    if (colours) {
      const v = colours.values[i];
      if (colours.kind === 'category') colour = table[v | 0] || PLAIN_RGB;
      else if (Number.isFinite(v)) colour = table[Math.min(255, Math.max(0, Math.round(((v - colours.min) / span) * 255)))];
    }
    rgb[3 * i] = colour[0]; rgb[3 * i + 1] = colour[1]; rgb[3 * i + 2] = colour[2];
  }
  for (const row of selected) {
    rgb[3 * row] = SELECTED_RGB[0]; rgb[3 * row + 1] = SELECTED_RGB[1]; rgb[3 * row + 2] = SELECTED_RGB[2];
  }
  return rgb;
}
