// Keyset ("seek") paging for every list a person pages through: the review queue, the access log, the inbox and
// "my applications". A page is read as "the next N rows after this sort key" (or before it, reading the order
// backwards), never as "skip N rows": the database walks an index from the key instead of counting past every row
// before it, and a row written while someone pages neither shifts the page nor appears twice.
//
// The cursor is opaque to the reader: base64url of { d: direction, k: the sort key of the row at the page's edge },
// validated with zod when it comes back in a URL. A cursor that is tampered with, truncated, or simply from an older
// version is not an error: the list starts again at page one.
import { z } from "zod";

/** Rows per page of every paged list: small enough for a phone in large text, large enough to scan by eye. */
export const PAGE_SIZE = 20;

/** Which way a cursor points: the page after the row it names, or the page before it. */
export type SeekDirection = "next" | "prev";
export type Seek<K> = { dir: SeekDirection; key: K };

/** A page of rows in the list's own order, with the cursors of the pages around it (null: there is none). */
export type Page<R> = { rows: R[]; next: string | null; prev: string | null };

// Far longer than any key here (a timestamp, a date and two ids); anything longer is not ours.
const MAX_CURSOR_LENGTH = 512;
const envelope = z.object({ d: z.enum(["next", "prev"]), k: z.unknown() });

/** `key` is the JSON form the key schema reads back (a date as its ISO string). */
export function encodeCursor(seek: Seek<unknown>): string {
  return Buffer.from(JSON.stringify({ d: seek.dir, k: seek.key }), "utf8").toString("base64url");
}

/** The cursor from a URL, or null (page one) for anything that is not a well-formed cursor of this key's shape. */
export function decodeCursor<K>(raw: unknown, key: z.ZodType<K, unknown>): Seek<K> | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_CURSOR_LENGTH) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const outer = envelope.safeParse(json);
  if (!outer.success) return null;
  const inner = key.safeParse(outer.data.k);
  return inner.success ? { dir: outer.data.d, key: inner.data } : null;
}

/** Reading backwards: a "previous page" is read in the reversed order and turned round afterwards. */
export function isBackward(seek: Seek<unknown> | null): boolean {
  return seek?.dir === "prev";
}

/** The order to read in, for a list sorted `order`: reversed when reading backwards. */
export function readOrder(seek: Seek<unknown> | null, order: "asc" | "desc"): "asc" | "desc" {
  return isBackward(seek) === (order === "asc") ? "desc" : "asc";
}

/** The comparison that keeps rows strictly past the cursor's key in the reading order. */
export function pastKey(seek: Seek<unknown> | null, order: "asc" | "desc"): "lt" | "gt" {
  return readOrder(seek, order) === "asc" ? "gt" : "lt";
}

/** A Prisma filter for "strictly past `value`" with the comparison from `pastKey`. */
export function beyond<V>(op: "lt" | "gt", value: V): { lt: V } | { gt: V } {
  return op === "lt" ? { lt: value } : { gt: value };
}

/**
 * Reads one page: `fetch(seek, take)` returns up to `take` rows strictly past the seek's key in reading order
 * (`readOrder`, `pastKey`), or from the start of the list when `seek` is null. One row more than the page is asked
 * for, to know whether another page follows. A cursor that now leads to nothing (its rows deleted) gives page one,
 * and so does a step back that reaches the start of the list with less than a full page (rows were added above it
 * meanwhile): the first page is then shown whole, as a reader expects of it.
 */
export async function readPage<R, K>(
  seek: Seek<K> | null,
  fetch: (seek: Seek<K> | null, take: number) => Promise<R[]>,
  keyOf: (row: R) => unknown,
  size: number = PAGE_SIZE,
): Promise<Page<R>> {
  const fetched = await fetch(seek, size + 1);
  if (seek && (fetched.length === 0 || (seek.dir === "prev" && fetched.length < size)))
    return pageOf(await fetch(null, size + 1), null, keyOf, size);
  return pageOf(fetched, seek, keyOf, size);
}

/** Pure: the page shown from the rows fetched in reading order (at most size + 1 of them). */
export function pageOf<R>(fetched: R[], seek: Seek<unknown> | null, keyOf: (row: R) => unknown, size: number): Page<R> {
  const more = fetched.length > size;
  const backward = isBackward(seek);
  const rows = fetched.slice(0, size);
  if (backward) rows.reverse();
  // Reading forwards, a page before exists when we came from one; reading backwards, a page after always does.
  const hasNext = backward ? true : more;
  const hasPrev = backward ? more : seek !== null;
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    next: hasNext && last !== undefined ? encodeCursor({ dir: "next", key: keyOf(last) }) : null,
    prev: hasPrev && first !== undefined ? encodeCursor({ dir: "prev", key: keyOf(first) }) : null,
  };
}

/** The usual key: a timestamp and the row's id, which breaks ties (in the cursor: [ISO string, id]). */
export const timeAndId = z
  .tuple([z.iso.datetime(), z.string().min(1).max(64)])
  .transform(([at, id]) => ({ at: new Date(at), id }));
export type TimeAndId = z.output<typeof timeAndId>;
export const timeAndIdOf = (row: { id: string | bigint }, at: Date): z.input<typeof timeAndId> => [
  at.toISOString(),
  String(row.id),
];
