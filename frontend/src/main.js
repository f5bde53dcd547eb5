// cryoscape dashboard: the particle explorer (views, colours, lasso/box selection, set operations,
// saving) and the map viewer (a click on a point or a k-means centre decodes the map there).

import {
  check, getBytes, getFloats, getJson, getRows, postJson, postRows, postRowsForImage,
} from './api.js';
import { CommandBuilder } from './commands.js';
import { Latent3D } from './latent3d.js';
import { MapView } from './mapview.js';
import { pointColours } from './palette.js';
import { Scatter } from './scatter.js';
import { combine, combineAll } from './selection.js';

const $ = (id) => document.getElementById(id);
const state = {
  summary: null, selected: new Uint32Array(0), stored: new Uint32Array(0), map: null, view: null,
  regions: [], anchors: [], movie: { frames: [], meshes: [], voxels: [], index: 0, timer: null },
  // A map larger than this box is first shown at it (the same map, Fourier-cropped: decoded at the
  // lattice points |k| < previewBox/2 only, an eighth of the work at box 128), then replaced by the full one,
  // when the server expects the full map to take more than previewAboveSeconds (its measured time for a
  // map at the model's box, scaled by the box's cube; unknown: a preview). A preview costs the full map
  // about 0.1 s (its own decode and drawing), so where the full map comes within the second (a decode
  // of up to 0.9 s, then about 0.1 s to mesh and draw it) it is shown alone.
  previewBox: 64,
  previewAboveSeconds: 0.9,
  fullMapSeconds: null, // the server's, at the model's box
};

function status(text, isError = false) {
  const line = $('status');
  line.textContent = text;
  line.className = isError ? 'error' : '';
}

function showCounts() {
  const n = state.summary ? state.summary.particles : 0;
  $('count').textContent = `${state.selected.length.toLocaleString()} of ${n.toLocaleString()} selected`;
  $('stored-count').textContent = `${state.stored.length.toLocaleString()} stored`;
}

function onSelect(rows) {
  state.selected = rows;
  showCounts();
  recolour3d().catch((e) => status(e.message, true));
  if (rows.length === 1) showMap({ row: rows[0] }).catch((e) => status(e.message, true));
}

const scatter = new Scatter($('scatter'), onSelect);

// one particle chosen outside the scatter (a k-means centre, a gallery map, a point of the 3D view):
// selected as a click on the scatter would select it, which shows its map
function pickRow(row) {
  state.selected = Uint32Array.of(row);
  scatter.select(state.selected);
  onSelect(state.selected);
}
const mapView = new MapView($('map3d'), [$('slice-z'), $('slice-y'), $('slice-x')]);
const builder = new CommandBuilder({
  select: $('cmd-name'), summary: $('cmd-summary'), fields: $('cmd-fields'), line: $('cmd-line'), missing: $('cmd-missing'),
});
let latent3d = null; // made when its pane is first shown (a second WebGL context only if used)
const PANES = ['occupancy-pane', 'landscape-pane', 'convergence-pane', 'gallery-pane', 'pairs-pane', 'latent3d-pane', 'commands-pane'];

const REGIONS = '\u0000regions'; // the colour choice that shows the regions (not a server quantity)

// Regions: several lasso selections kept side by side, each its own colour, saved one file each.
function regionColours() {
  const values = new Float32Array(state.summary.particles);
  state.regions.forEach((rows, i) => { for (const row of rows) values[row] = i + 1; });
  return {
    name: 'regions', kind: 'category', values, min: 0, max: state.regions.length,
    categories: ['none', ...state.regions.map((_, i) => `region ${i + 1}`)],
  };
}

function showRegions() {
  const sizes = state.regions.map((rows) => rows.length.toLocaleString());
  $('regions').textContent = state.regions.length ? `${state.regions.length} regions: ${sizes.join(' + ')}` : 'no regions';
  const select = $('colour');
  const option = [...select.options].find((o) => o.value === REGIONS);
  if (state.regions.length && !option) {
    const added = document.createElement('option');
    added.value = REGIONS; added.textContent = 'regions';
    select.appendChild(added);
  } else if (!state.regions.length && option) {
    if (select.value === REGIONS) select.value = '';
    option.remove();
  }
}

async function addRegion() {
  if (!state.selected.length) { status('select particles first, then add them as a region', true); return; }
  state.regions.push(state.selected);
  showRegions();
  $('colour').value = REGIONS;
  await recolour();
}

async function saveRegions() {
  if (!state.regions.length) { status('no regions to save', true); return; }
  const name = $('save-name').value.trim();
  const mode = $('save-mode').value;
  const saved = [];
  for (const [i, rows] of state.regions.entries()) {
    saved.push((await postRows(`/api/selection?name=${encodeURIComponent(`${name}-${i + 1}`)}&mode=${mode}`, rows)).keep);
  }
  const all = combineAll(state.regions, state.summary.particles);
  saved.push((await postRows(`/api/selection?name=${encodeURIComponent(`${name}-all`)}&mode=${mode}`, all)).keep);
  builder.provide('ind', `${state.summary.workdir}/${saved[saved.length - 1]}`);
  status(`saved ${state.regions.length} regions and their union: ${saved.join(', ')}`);
  return saved;
}

async function colours() {
  const name = $('colour').value;
  if (!name) return null;
  if (name === REGIONS) return regionColours();
  const described = state.summary.quantities.find((q) => q.name === name);
  const values = await getFloats(`/api/quantity?name=${encodeURIComponent(name)}`);
  return { ...described, values };
}

async function showView() {
  const started = performance.now();
  state.view = $('view').value;
  const xy = await getFloats(`/api/view/${encodeURIComponent(state.view)}`);
  await scatter.show(xy, await colours());
  scatter.select(state.selected);
  status(`${state.view}: ${(xy.length / 2).toLocaleString()} particles drawn in ${Math.round(performance.now() - started)} ms`);
}

async function recolour() {
  await scatter.paint(await colours());
  scatter.select(state.selected);
  await recolour3d();
  if (!$('pairs-pane').hidden) await showPairs();
}

let mapRequests = 0;

// Fetches the map's mesh and voxels, then shows them unless a newer request (number > mine) exists.
async function displayMap(described, spec, mine) {
  const [mesh, voxels] = await Promise.all([
    meshOf(described, described.level), getBytes(`/api/map/${described.key}/voxels`)]);
  if (mine !== mapRequests) return false;
  state.map = described;
  const slider = $('level');
  slider.min = described.min; slider.max = described.max;
  slider.step = (described.max - described.min) / 200; slider.value = described.level;
  mapView.showMesh(mesh, (described.box * described.apix) / 2);
  $('level-value').textContent = Number(described.level).toPrecision(3);
  mapView.setSlices(voxels.bytes, described.box);
  $('download').href = `/api/map/${described.key}/mrc`;
  $('download').hidden = false;
  const where = 'row' in spec ? `particle row ${spec.row}` : 'a latent point';
  $('map-title').textContent = `map at ${where}, ${described.box}³`;
  mapView.settle(); // the times reported below are of the map drawn, not of the drawing queued
  return true;
}

// The map for request number ``mine``, or null once a newer request exists. The server abandons a
// decode when another map request arrives (409); if that was an older click's request arriving late,
// this one is still wanted and is asked again (a few times: two pages could keep replacing each other).
async function requestMap(body, mine) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const described = await postJson('/api/map', body);
      return mine === mapRequests ? described : null;
    } catch (e) {
      if (mine !== mapRequests) return null;
      if (e.status !== 409 || attempt === 3) throw e;
    }
  }
}

// Resolves to {preview, full} (ms from the click to each shown), or null when a newer request replaced it.
async function showMap(spec) {
  const mine = ++mapRequests;
  const started = performance.now();
  const box = Number($('map-box').value) || state.summary.box_size;
  const shown = { preview: null, full: null, server: null };
  const previewBox = state.previewBox;
  const expected = state.fullMapSeconds === null ? null : state.fullMapSeconds * (box / state.summary.box_size) ** 3;
  let full;
  if (box > previewBox && (expected === null || expected > state.previewAboveSeconds)) {
    status(`decoding the map (a ${previewBox}³ preview first)…`);
    const preview = await requestMap({ ...spec, box: previewBox }, mine);
    if (!preview) return null;
    // Ask for the full map now: the server decodes it while this page draws the preview.
    full = requestMap({ ...spec, box }, mine);
    full.catch(() => {}); // awaited below; a rejection while the preview is drawn is not "unhandled"
    if (!await displayMap(preview, spec, mine)) return null;
    shown.preview = performance.now() - started;
    status(`preview ${previewBox}³ shown in ${Math.round(shown.preview)} ms; decoding ${box}³…`);
  } else {
    status('decoding the map…');
    full = requestMap({ ...spec, box }, mine);
  }
  const described = await full;
  if (!described) return null;
  if (described.full_map_seconds != null) state.fullMapSeconds = described.full_map_seconds;
  if (!await displayMap(described, spec, mine)) return null;
  shown.full = performance.now() - started;
  shown.server = described.server_seconds * 1000; // of which the server's decode (and waiting its turn)
  const first = shown.preview === null ? '' : ` (${state.previewBox}³ preview after ${Math.round(shown.preview)} ms)`;
  status(`map ${box}³ ready in ${Math.round(shown.full)} ms${first}`);
  return shown;
}

async function meshOf(described, level) {
  return (await check(await fetch(`/api/map/${described.key}/mesh?level=${level}`))).arrayBuffer();
}

async function drawMesh(level, described = state.map) {
  mapView.showMesh(await meshOf(described, level), (described.box * described.apix) / 2);
  $('level-value').textContent = Number(level).toPrecision(3);
}

function showAnchors() {
  $('anchors').textContent = state.anchors.length ? state.anchors.join(' → ') : 'none yet';
}

async function computeTrajectory(spec) {
  const started = performance.now();
  status('computing the trajectory and its maps…');
  stopMovie();
  const made = await postJson('/api/trajectory', spec);
  const levels = made.frames.map((f) => f.level).sort((a, b) => a - b);
  const level = levels[levels.length >> 1]; // one level for the whole movie: the frames' median
  const meshes = [];
  const voxels = [];
  for (const frame of made.frames) { // the mesh and slices of every frame, so the movie plays from memory
    const [mesh, bytes] = await Promise.all([meshOf(frame, level), getBytes(`/api/map/${frame.key}/voxels`)]);
    meshes.push(mesh);
    voxels.push(bytes.bytes);
  }
  state.movie = { frames: made.frames, meshes, voxels, index: 0, timer: null };
  const frameSlider = $('frame');
  frameSlider.max = meshes.length - 1; frameSlider.value = 0;
  showFrame(0);
  await scatter.drawPath(made.rows || spec.anchors);
  status(`trajectory ${made.name}: ${meshes.length} maps in ${Math.round(performance.now() - started)} ms, saved in ${made.folder}`);
  return meshes.length;
}

function showFrame(index) {
  const { frames, meshes, voxels } = state.movie;
  if (!meshes.length) return;
  state.movie.index = index;
  mapView.showMesh(meshes[index], (frames[index].box * frames[index].apix) / 2);
  mapView.setSlices(voxels[index], frames[index].box);
  $('frame').value = index;
  $('frame-label').textContent = `${index + 1} / ${meshes.length}`;
  $('map-title').textContent = `trajectory frame ${index + 1}`;
}

function stopMovie() {
  if (state.movie.timer) clearInterval(state.movie.timer);
  state.movie.timer = null;
  $('play').textContent = 'play';
}

function toggleMovie() {
  if (state.movie.timer) { stopMovie(); return; }
  if (!state.movie.meshes.length) return;
  $('play').textContent = 'pause';
  state.movie.timer = setInterval(() => showFrame((state.movie.index + 1) % state.movie.meshes.length), 1000 / 8);
}

async function showOccupancy() {
  const occupancy = await getJson('/api/occupancy');
  const table = $('occupancy-classes');
  table.innerHTML = '';
  if (!occupancy.available) {
    $('occupancy-note').textContent = 'No occupancy analysis for this run: run cryoscape occupancy on '
      + 'analyze.E/kmeansK, then start the dashboard with --occupancy DIR.';
    return;
  }
  $('occupancy-note').textContent = `${occupancy.classes.length} classes of ${occupancy.map_class.length} maps `
    + `× ${occupancy.elements.length} elements (${occupancy.folder}); click a class for its centroid map and particles`;
  const head = table.insertRow();
  for (const title of ['class', 'maps', 'particles', 'centroid map']) head.insertCell().outerHTML = `<th>${title}</th>`;
  for (const row of occupancy.classes) {
    const line = table.insertRow();
    const button = document.createElement('button');
    button.textContent = row.class;
    button.onclick = () => selectClass(row).catch((e) => status(e.message, true));
    line.insertCell().appendChild(button);
    line.insertCell().textContent = row.maps;
    line.insertCell().textContent = row.particles;
    line.insertCell().textContent = row.centroid_map;
  }
  if (occupancy.heatmap) { $('occupancy-heatmap').src = '/api/occupancy/heatmap'; $('occupancy-heatmap').hidden = false; }
}

async function selectClass(row) {
  const rows = await getRows(`/api/occupancy/class/${row.class}`);
  state.selected = rows;
  scatter.select(rows);
  showCounts();
  await showMap({ row: row.centroid_row });
  $('map-title').textContent = `class ${row.class}: centroid map ${row.centroid_map}`;
}

async function showLandscape() {
  const landscape = await getJson('/api/landscape');
  const table = $('landscape-states');
  const plots = $('landscape-plots');
  table.innerHTML = '';
  plots.innerHTML = '';
  if (!landscape.available) {
    $('landscape-note').textContent = 'No landscape analysis for this epoch: run cryoscape analyze_landscape '
      + 'WORKDIR EPOCH, then open this page again (no restart needed).';
    return 0;
  }
  $('landscape-note').textContent = `${landscape.states.length} states of ${landscape.folder}/${landscape.clustering}; `
    + 'click a state for its particles and its mean map (colour by "landscape state" on the particles page)';
  const head = table.insertRow();
  for (const title of ['state', 'particles']) head.insertCell().outerHTML = `<th>${title}</th>`;
  for (const row of landscape.states) {
    const line = table.insertRow();
    const button = document.createElement('button');
    button.textContent = row.state;
    button.onclick = () => selectLandscapeState(row.state).catch((e) => status(e.message, true));
    line.insertCell().appendChild(button);
    line.insertCell().textContent = row.particles.toLocaleString();
  }
  for (const plot of landscape.plots) {
    const image = document.createElement('img');
    image.src = `/api/file/${plot}`;
    image.alt = plot;
    plots.appendChild(image);
  }
  return landscape.states.length;
}

async function selectLandscapeState(landscapeState) {
  const rows = await getRows(`/api/landscape/state/${landscapeState}`);
  state.selected = rows;
  scatter.select(rows);
  showCounts();
  const shown = await showMap({ landscape_state: landscapeState });
  $('map-title').textContent = `landscape state ${landscapeState}: its mean map (${rows.length.toLocaleString()} particles)`;
  return shown;
}

async function showConvergence() {
  const { plots } = await getJson('/api/convergence');
  const holder = $('convergence-plots');
  holder.innerHTML = '';
  $('convergence-note').textContent = plots.length ? `${plots.length} plots of ${plots[0].split('/')[0]}`
    : 'No convergence analysis yet: run cryoscape analyze_convergence WORKDIR EPOCH.';
  for (const plot of plots) {
    const image = document.createElement('img');
    image.src = `/api/file/${plot}`;
    image.alt = plot;
    holder.appendChild(image);
  }
}

async function showPairs() {
  const space = $('pairs-space').value;
  const chosen = $('pairs-coloured').checked ? $('colour').value : '';
  const colour = chosen === REGIONS ? '' : chosen; // regions live in the page; the server draws the others
  const image = $('pairs-image');
  status('drawing the pair grid…');
  const response = await check(await fetch(`/api/pairgrid?space=${space}&colour=${encodeURIComponent(colour)}`));
  if (image.src) URL.revokeObjectURL(image.src);
  image.src = URL.createObjectURL(await response.blob());
  await image.decode();
  status(`pair grid of ${space === 'z' ? 'the latent dimensions' : 'the principal components'}`);
}

function fill3dAxes() {
  const count = $('l3-space').value === 'z' || $('l3-space').value === 'pca' ? state.summary.zdim : 2;
  const prefix = $('l3-space').value === 'z' ? 'z' : 'PC';
  ['l3-x', 'l3-y', 'l3-z'].forEach((id, axis) => {
    fillSelect($(id), Array.from({ length: count }, (_, i) => [String(i), `${prefix}${i + 1}`]));
    $(id).value = String(Math.min(axis, count - 1));
  });
}

async function show3d() {
  if (!latent3d) {
    latent3d = new Latent3D($('latent3d'));
    latent3d.onPick = pickRow; // a click on a point: select it and show its map, as on the scatter
    fill3dAxes();
  }
  const dims = ['l3-x', 'l3-y', 'l3-z'].map((id) => $(id).value).join(',');
  const xyz = await getFloats(`/api/columns?space=${$('l3-space').value}&dims=${dims}`);
  latent3d.show(xyz, pointColours(xyz.length / 3, await colours(), state.selected));
  status(`3D view: ${(xyz.length / 3).toLocaleString()} particles`);
  return latent3d.count;
}

async function recolour3d() {
  if (latent3d && !$('latent3d-pane').hidden) latent3d.setColours(pointColours(latent3d.count, await colours(), state.selected));
}

let galleries = null;

async function showGallery() {
  if (!galleries) {
    galleries = await getJson('/api/gallery');
    const ks = Object.keys(galleries);
    if (!ks.length) { $('gallery').textContent = 'no k-means maps in this analyze folder (run cryoscape analyze with --ksample)'; return 0; }
    fillSelect($('gallery-k'), ks.map((k) => [k, k]));
    $('gallery-k').value = ks[ks.length - 1];
  }
  const k = $('gallery-k').value;
  if (!k) return 0;
  const { count, rows } = galleries[k];
  const grid = $('gallery');
  grid.innerHTML = '';
  for (let cluster = 0; cluster < count; cluster += 1) {
    const figure = document.createElement('figure');
    const image = document.createElement('img');
    image.loading = 'lazy';
    image.src = `/api/gallery/${k}/${cluster}.png`;
    image.alt = `k-means ${k} map ${cluster}`;
    const caption = document.createElement('figcaption');
    const row = rows[cluster] ?? -1;
    caption.textContent = row >= 0 ? `centre ${cluster} · particle row ${row}` : `centre ${cluster}`;
    figure.append(image, caption);
    if (row >= 0) figure.onclick = () => pickRow(row);
    grid.appendChild(figure);
  }
  status(`${count} k-means maps (K = ${k})`);
  return count;
}

async function showCommands() {
  if (!builder.commands.length) builder.load(await getJson('/api/commands'));
}

function showPane(pane) {
  for (const tab of document.querySelectorAll('.tab')) tab.classList.toggle('active', tab.dataset.pane === pane);
  for (const id of PANES) $(id).hidden = id !== pane;
  const shown = {
    'occupancy-pane': showOccupancy, 'landscape-pane': showLandscape, 'convergence-pane': showConvergence, 'gallery-pane': showGallery,
    'pairs-pane': showPairs,
    'latent3d-pane': show3d, 'commands-pane': showCommands,
  }[pane];
  return shown ? shown().catch((e) => status(e.message, true)) : Promise.resolve();
}

async function saveSelection() {
  if (!state.selected.length) { status('nothing selected', true); return; }
  const name = $('save-name').value.trim();
  const mode = $('save-mode').value;
  const saved = await postRows(`/api/selection?name=${encodeURIComponent(name)}&mode=${mode}`, state.selected);
  builder.provide('ind', `${state.summary.workdir}/${saved.keep}`);
  status(`saved ${saved.keep} and ${saved.bad}`);
}

async function showMontage() {
  if (!state.selected.length) { status('nothing selected', true); return; }
  const image = $('montage');
  if (image.src) URL.revokeObjectURL(image.src);
  image.src = await postRowsForImage('/api/montage?count=24', state.selected);
  $('montage-wrap').hidden = false;
}

function fillSelect(select, options) {
  select.innerHTML = '';
  for (const [value, label] of options) {
    const option = document.createElement('option');
    option.value = value; option.textContent = label;
    select.appendChild(option);
  }
}

function fillCentres() {
  const list = $('centres');
  list.innerHTML = '';
  const ks = Object.keys(state.summary.kmeans).map(Number).sort((a, b) => a - b);
  if (!ks.length) return;
  const rows = state.summary.kmeans[String(ks[ks.length - 1])];
  rows.forEach((row, cluster) => {
    if (row < 0) return;
    const button = document.createElement('button');
    button.textContent = cluster;
    button.title = `k-means ${ks[ks.length - 1]} centre ${cluster} (particle row ${row})`;
    button.onclick = () => pickRow(row);
    list.appendChild(button);
  });
}

function wire() {
  $('view').onchange = () => showView().catch((e) => status(e.message, true));
  $('colour').onchange = () => recolour().catch((e) => status(e.message, true));
  for (const tool of ['pan', 'lasso', 'box']) {
    $(`tool-${tool}`).onchange = () => scatter.setTool(tool);
  }
  $('store').onclick = () => { state.stored = state.selected; showCounts(); };
  for (const op of ['union', 'intersection', 'invert']) {
    $(`op-${op}`).onclick = () => {
      state.selected = combine(op, state.selected, state.stored, state.summary.particles);
      scatter.select(state.selected);
      showCounts();
    };
  }
  $('clear').onclick = () => { state.selected = new Uint32Array(0); scatter.select(state.selected); showCounts(); };
  $('save').onclick = () => saveSelection().catch((e) => status(e.message, true));
  $('add-region').onclick = () => addRegion().catch((e) => status(e.message, true));
  $('clear-regions').onclick = () => { state.regions = []; showRegions(); recolour().catch((e) => status(e.message, true)); };
  $('save-regions').onclick = () => saveRegions().catch((e) => status(e.message, true));
  $('montage-button').onclick = () => showMontage().catch((e) => status(e.message, true));
  $('montage-close').onclick = () => { $('montage-wrap').hidden = true; };
  $('level').oninput = () => drawMesh($('level').value).catch((e) => status(e.message, true));
  $('add-anchor').onclick = () => {
    if (state.selected.length !== 1) { status('select one point (click it) to add it as an anchor', true); return; }
    state.anchors.push(state.selected[0]);
    showAnchors();
  };
  $('tour-anchors').onclick = () => getJson('/api/tour').then((tour) => {
    state.anchors = tour.rows;
    showAnchors();
    status(`anchors: the ${tour.rows.length} centres of k-means ${tour.k}, in the order of a short path`);
  }).catch((e) => status(e.message, true));
  $('clear-anchors').onclick = () => { state.anchors = []; showAnchors(); scatter.drawPath([]); };
  $('compute-path').onclick = () => computeTrajectory({
    name: $('path-name').value.trim(), anchors: state.anchors, kind: $('path-kind').value,
    points: Number($('path-points').value), box: Number($('map-box').value) || null,
  }).catch((e) => status(e.message, true));
  $('play').onclick = toggleMovie;
  $('gallery-k').onchange = () => showGallery().catch((e) => status(e.message, true));
  $('pairs-space').onchange = () => showPairs().catch((e) => status(e.message, true));
  $('pairs-coloured').onchange = () => showPairs().catch((e) => status(e.message, true));
  $('l3-space').onchange = () => { fill3dAxes(); show3d().catch((e) => status(e.message, true)); };
  for (const id of ['l3-x', 'l3-y', 'l3-z']) $(id).onchange = () => show3d().catch((e) => status(e.message, true));
  $('cmd-copy').onclick = () => navigator.clipboard.writeText($('cmd-line').value)
    .then(() => status('command line copied'), () => { $('cmd-line').select(); status('select and copy the line (no clipboard access)'); });
  for (const tab of document.querySelectorAll('.tab')) tab.onclick = () => showPane(tab.dataset.pane);
  $('frame').oninput = () => { stopMovie(); showFrame(Number($('frame').value)); };
  for (const axis of ['z', 'y', 'x']) {
    $(`pos-${axis}`).oninput = () => mapView.drawSlices(['z', 'y', 'x'].map((a) => Number($(`pos-${a}`).value)));
  }
}

async function start() {
  wire();
  state.summary = await getJson('/api/summary');
  state.fullMapSeconds = state.summary.full_map_seconds ?? null;
  const s = state.summary;
  $('title').textContent = `${s.workdir} · epoch ${s.epoch} · ${s.particles.toLocaleString()} particles · zdim ${s.zdim}`;
  fillSelect($('view'), s.views.map((v) => [v, v.toUpperCase()]));
  fillSelect($('colour'), [['', 'no colour'], ...s.quantities.map((q) => [q.name, q.name])]);
  const firstKmeans = s.quantities.find((q) => q.name.startsWith('k-means'));
  if (firstKmeans) $('colour').value = firstKmeans.name;
  fillSelect($('map-box'), [s.box_size, s.box_size / 2].filter((b) => b >= 8 && b % 2 === 0)
    .map((b) => [String(b), `${b}³`]));
  fillCentres();
  await showView();
  showCounts();
  setTimeout(() => mapView.warm(), 0); // after the first render: the map view's shaders, compiled before any click
}

// hooks for scripted use (the browser tests) and for the console
window.cryoscape = {
  state,
  lasso: (vertices, merge = false) => scatter.lassoData(vertices, merge),
  selected: () => Array.from(state.selected),
  showMap: (row) => showMap({ row }),
  landscapeState: selectLandscapeState,
  meshTriangles: () => mapView.triangles,
  save: (name, mode) => { $('save-name').value = name; $('save-mode').value = mode; return saveSelection(); },
  trajectory: (anchors, kind, points, name) => computeTrajectory({ anchors, kind, points, name }),
  frame: showFrame,
  showPane,
  commandLine: (name, fields = {}) => {
    builder.select.value = name;
    builder.showForm();
    for (const { argument, input } of builder.inputs) {
      if (argument.dest in fields) {
        if (argument.switch) input.checked = Boolean(fields[argument.dest]); else input.value = fields[argument.dest];
      }
    }
    return builder.update();
  },
  addRegion,
  saveRegions: (name, mode) => { $('save-name').value = name; $('save-mode').value = mode; return saveRegions(); },
  latent3dCount: () => (latent3d ? latent3d.count : 0),
  // the client coordinates of particle row's point in the 3D view (for scripted clicks)
  latent3dPixel: (row) => {
    const p = latent3d.points.geometry.getAttribute('position');
    const v = new latent3d.camera.position.constructor(p.getX(row), p.getY(row), p.getZ(row)).project(latent3d.camera);
    const box = latent3d.renderer.domElement.getBoundingClientRect();
    return [box.left + ((v.x + 1) / 2) * box.width, box.top + ((1 - v.y) / 2) * box.height];
  },
};
window.cryoscape.ready = start().catch((e) => { status(e.message, true); throw e; });
