// Set operations on particle selections, as masks over all N particles (fast at a million points).

export function maskOf(rows, count) {
  const mask = new Uint8Array(count);
  for (let i = 0; i < rows.length; i += 1) mask[rows[i]] = 1;
  return mask;
}

export function rowsOf(mask) {
  let total = 0;
  for (let i = 0; i < mask.length; i += 1) total += mask[i];
  const rows = new Uint32Array(total);
  let next = 0;
  for (let i = 0; i < mask.length; i += 1) if (mask[i]) rows[next++] = i;
  return rows;
}

export function combine(operation, current, stored, count) {
  const a = maskOf(current, count);
  const b = maskOf(stored, count);
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) {
    if (operation === 'union') out[i] = a[i] | b[i];
    else if (operation === 'intersection') out[i] = a[i] & b[i];
    else if (operation === 'invert') out[i] = 1 - a[i];
    else throw new Error(`unknown selection operation ${operation}`);
  }
  return rowsOf(out);
}

// the union of several selections (regions), as sorted rows
export function combineAll(selections, count) {
  const mask = new Uint8Array(count);
  for (const rows of selections) for (let i = 0; i < rows.length; i += 1) mask[rows[i]] = 1;
  return rowsOf(mask);
}
