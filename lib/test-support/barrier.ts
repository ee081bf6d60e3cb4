// Makes a race certain where there is no row to lock (see row-lock.ts for the case with one): each of `parties`
// concurrent calls waits at the barrier until all have arrived.
export function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    if (++arrived >= parties) open();
    return opened;
  };
}
