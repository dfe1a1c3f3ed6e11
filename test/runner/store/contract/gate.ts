// A promise and the function that settles it: a test holds a lock exactly as long as it wants.
export function gate() {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

/** Holds a template lock until released; resolves `entered` once the holder is inside. */
export function holdLock(
  withLock: (fn: () => Promise<string>) => Promise<{ ran: true; value: string } | { ran: false }>,
  value: string,
) {
  const entered = gate();
  const release = gate();
  const result = withLock(async () => {
    entered.open();
    await release.closed;
    return value;
  });
  // A holder that never got in would leave `entered` pending: fail fast instead.
  const inside = Promise.race([
    entered.closed,
    result.then((r) => Promise.reject(new Error(`lock not taken: ${JSON.stringify(r)}`))),
  ]);
  return { inside, release: release.open, result };
}
