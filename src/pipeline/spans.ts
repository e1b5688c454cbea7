/** Span fix-ups on a window's facts: every span's text from the input itself, and offsets moved to the input's. */

/**
 * Rules match on the normalized text, whose offsets equal the input's; every span's text is taken from the input
 * itself, so `input.slice(start, end) === text` holds whatever a rule matched on. (Spans shared by two facts are
 * visited twice, which is harmless here and cheaper than remembering them.)
 */
export function resliceSpans(node: unknown, input: string): void {
  if (Array.isArray(node)) {
    for (const item of node) resliceSpans(item, input);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  // a slice of the input, never of a window's normalized text: those can go once their window is done
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') o.text = input.slice(o.start, o.end);
  for (const value of Object.values(o)) if (value && typeof value === 'object') resliceSpans(value, input);
}


/** Move every span of a window's facts by the window's offset (each object once: spans may be shared). */
export function shiftSpans(node: unknown, by: number, seen = new Set<object>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) shiftSpans(item, by, seen);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    o.start += by;
    o.end = (o.end as number) + by;
  }
  for (const value of Object.values(o)) if (value && typeof value === 'object') shiftSpans(value, by, seen);
}

