// A three.js scene in a container, turned with the mouse and redrawn on demand (no animation loop):
// the base of the map viewer and of the 3D latent view.

import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

export class OrbitView {
  constructor(container, { background, fov, near, far, antialias }) {
    this.container = container;
    this.renderer = new THREE.WebGLRenderer({ antialias, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(window.devicePixelRatio);
    container.appendChild(this.renderer.domElement);
    this.scene = new THREE.Scene();
    this.scene.background = new THREE.Color(background);
    this.camera = new THREE.PerspectiveCamera(fov, 1, near, far);
    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.addEventListener('change', () => this.render());
  }

  // call once the subclass has built its scene
  watchSize() {
    new ResizeObserver(() => this.resize()).observe(this.container);
    this.resize();
  }

  resize() {
    const { width, height } = this.container.getBoundingClientRect();
    if (!width || !height) return;
    this.renderer.setSize(width, height);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.render();
  }

  render() {
    this.renderer.render(this.scene, this.camera);
  }

  // Waits until the last render is really on the canvas: WebGL calls return before the GPU (or a
  // software rasteriser) has drawn; reading one pixel back waits for it.
  settle() {
    const gl = this.renderer.getContext();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
}
