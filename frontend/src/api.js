// Talking to the cryoscape dashboard server: JSON for descriptions, raw typed arrays for per-particle data.

export async function check(response) {
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try { message = (await response.json()).error || message; } catch (_) { /* not JSON */ }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response;
}

export async function getJson(url) {
  return (await check(await fetch(url))).json();
}

export async function getFloats(url) {
  return new Float32Array(await (await check(await fetch(url))).arrayBuffer());
}

export async function getRows(url) {
  return new Uint32Array(await (await check(await fetch(url))).arrayBuffer());
}

export async function getBytes(url) {
  const response = await check(await fetch(url));
  return { bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
}

export async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  return (await check(response)).json();
}

export async function postRows(url, rows) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: rows,
  });
  return (await check(response)).json();
}

export async function postRowsForImage(url, rows) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: rows,
  });
  return URL.createObjectURL(await (await check(response)).blob());
}
