// The map viewer: an isosurface (meshed by the server at the chosen level) in three.js, and three
// orthogonal slices drawn from the map's voxels.

import * as THREE from 'three';
import { OrbitView } from './orbitview.js';

export class MapView extends OrbitView {
  constructor(container, sliceCanvases) {
    super(container, { background: '#0b0d10', fov: 35, near: 1, far: 10000, antialias: true });
    this.scene.add(new THREE.AmbientLight(0xffffff, 0.45));
    const light = new THREE.DirectionalLight(0xffffff, 1.6);
    light.position.set(1, 1.5, 2);
    this.camera.add(light);
    this.scene.add(this.camera);
    this.material = new THREE.MeshPhongMaterial({ color: 0x8fb8de, shininess: 30, side: THREE.DoubleSide });
    this.mesh = null;
    this.slices = sliceCanvases;
    this.voxels = null;
    this.fractions = [0.5, 0.5, 0.5];
    this.box = 0;
    this.triangles = 0;
    this.watchSize();
  }

  // Draws a hidden-away probe once with the isosurface's material, then the empty view again: a
  // software rasteriser compiles a shader at its first draw (measured 0.1-0.2 s in SwiftShader),
  // which is then paid at page load instead of by the first map.
  warm() {
    const probe = new THREE.Mesh(new THREE.BoxGeometry(1, 1, 1), this.material);
    this.scene.add(probe);
    this.camera.position.set(0, 0, 5);
    this.render();
    this.scene.remove(probe);
    probe.geometry.dispose();
    this.render();
  }

  // buffer: uint32 vertex count, uint32 triangle count, float32 vertices (x,y,z Å), uint32 triangles
  showMesh(buffer, extentAngstrom) {
    const [vertexCount, triangleCount] = new Uint32Array(buffer, 0, 2);
    const vertices = new Float32Array(buffer, 8, vertexCount * 3);
    const faces = new Uint32Array(buffer, 8 + vertexCount * 12, triangleCount * 3);
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(vertices, 3));
    geometry.setIndex(new THREE.BufferAttribute(faces, 1));
    geometry.computeVertexNormals();
    const first = !this.mesh;
    if (this.mesh) {
      this.scene.remove(this.mesh);
      this.mesh.geometry.dispose();
    }
    this.mesh = new THREE.Mesh(geometry, this.material);
    this.scene.add(this.mesh);
    this.triangles = triangleCount;
    if (first) {
      this.camera.position.set(0, 0, extentAngstrom * 2.2);
      this.controls.target.set(0, 0, 0);
      this.controls.update();
    }
    this.render();
  }

  // bytes: the map's voxels [z, y, x] as uint8, box³ of them
  setSlices(bytes, box) {
    this.voxels = bytes;
    this.box = box;
    this.drawSlices();
  }

  // fractions: where the [z, y, x] planes cut the box, 0…1 (kept across maps of any box); voxels are [z, y, x], uint8
  drawSlices(fractions = this.fractions) {
    this.fractions = fractions;
    if (!this.voxels) return;
    const n = this.box;
    const positions = fractions.map((f) => Math.min(n - 1, Math.max(0, Math.floor(f * n))));
    const planes = [
      (i, j) => positions[0] * n * n + i * n + j, // z plane: rows y, columns x
      (i, j) => i * n * n + positions[1] * n + j, // y plane: rows z, columns x
      (i, j) => i * n * n + j * n + positions[2], // x plane: rows z, columns y
    ];
    planes.forEach((index, k) => {
      const canvas = this.slices[k];
      canvas.width = n;
      canvas.height = n;
      const context = canvas.getContext('2d');
      const image = context.createImageData(n, n);
      for (let i = 0; i < n; i += 1) {
        for (let j = 0; j < n; j += 1) {
          const value = this.voxels[index(n - 1 - i, j)];
          const at = 4 * (i * n + j);
          image.data[at] = value; image.data[at + 1] = value; image.data[at + 2] = value; image.data[at + 3] = 255;
        }
      }
      context.putImageData(image, 0, 0);
    });
  }
}
