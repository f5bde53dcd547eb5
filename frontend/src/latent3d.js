// The 3D latent view: every particle as a point of three chosen dimensions (three.js, one draw call),
// coloured as the particles view, turned with the mouse.

import * as THREE from 'three';
import { OrbitView } from './orbitview.js';

export class Latent3D extends OrbitView {
  constructor(container) {
    super(container, { background: '#111418', fov: 40, near: 0.01, far: 100, antialias: false });
    this.camera.position.set(2.2, 1.6, 2.6);
    this.controls.update(); // look at the origin from there
    this.scene.add(new THREE.AxesHelper(1.2));
    this.points = null;
    this.count = 0;
    this.onPick = null; // called with the particle row of a clicked point (a click, not a drag)
    this.raycaster = new THREE.Raycaster();
    let down = null;
    this.renderer.domElement.addEventListener('pointerdown', (e) => { down = [e.clientX, e.clientY]; });
    this.renderer.domElement.addEventListener('pointerup', (e) => {
      if (down && Math.hypot(e.clientX - down[0], e.clientY - down[1]) < 4) this.pickAt(e.clientX, e.clientY);
      down = null;
    });
    this.watchSize();
  }

  // xyz: Float32Array (3N) row-major; each axis is centred on its median and scaled so its 1st–99th
  // percentile span is 2 (outliers stay visible without flattening the rest)
  show(xyz, rgb) {
    const n = xyz.length / 3;
    const scaled = new Float32Array(xyz.length);
    for (let axis = 0; axis < 3; axis += 1) {
      const sample = [];
      for (let i = axis; i < xyz.length; i += 3 * Math.max(1, Math.floor(n / 20000))) sample.push(xyz[i]);
      sample.sort((a, b) => a - b);
      const at = (q) => sample[Math.min(sample.length - 1, Math.floor(q * sample.length))];
      const centre = at(0.5);
      const scale = 2 / Math.max(at(0.99) - at(0.01), 1e-12);
      for (let i = axis; i < xyz.length; i += 3) scaled[i] = (xyz[i] - centre) * scale;
    }
    if (this.points) {
      this.scene.remove(this.points);
      this.points.geometry.dispose();
    }
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(scaled, 3));
    geometry.setAttribute('color', new THREE.BufferAttribute(rgb, 3, true));
    const material = new THREE.PointsMaterial({ size: n > 200000 ? 1.5 : 3, sizeAttenuation: false, vertexColors: true });
    this.points = new THREE.Points(geometry, material);
    this.scene.add(this.points);
    this.count = n;
    this.render();
  }

  // the row of the point nearest the ray through the pixel (client coordinates), within a few pixels
  pick(clientX, clientY) {
    if (!this.points) return null;
    const box = this.renderer.domElement.getBoundingClientRect();
    const ndc = new THREE.Vector2(((clientX - box.left) / box.width) * 2 - 1, -((clientY - box.top) / box.height) * 2 + 1);
    this.raycaster.setFromCamera(ndc, this.camera);
    // the threshold is in world units: about 4 px at the distance of the orbit target
    const distance = this.camera.position.distanceTo(this.controls.target);
    const worldPerPixel = (2 * distance * Math.tan((this.camera.fov * Math.PI) / 360)) / box.height;
    this.raycaster.params.Points.threshold = 4 * worldPerPixel;
    const hits = this.raycaster.intersectObject(this.points);
    if (!hits.length) return null;
    hits.sort((a, b) => a.distanceToRay - b.distanceToRay);
    return hits[0].index;
  }

  pickAt(clientX, clientY) {
    const row = this.pick(clientX, clientY);
    if (row !== null && this.onPick) this.onPick(row);
  }

  setColours(rgb) {
    if (!this.points) return;
    const attribute = this.points.geometry.getAttribute('color');
    attribute.array.set(rgb);
    attribute.needsUpdate = true;
    this.render();
  }
}
