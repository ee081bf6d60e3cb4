import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  decodeCursor,
  encodeCursor,
  pageOf,
  pastKey,
  readOrder,
  readPage,
  timeAndId,
  timeAndIdOf,
  type Seek,
} from "./keyset";

describe("cursors", () => {
  it("round-trip a key and its direction, opaque in a URL", () => {
    const c = encodeCursor({ dir: "next", key: ["2026-12-03T10:00:00.000Z", "ck1"] });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, timeAndId)).toEqual({
      dir: "next",
      key: { at: new Date("2026-12-03T10:00:00.000Z"), id: "ck1" },
    });
    expect(decodeCursor(encodeCursor({ dir: "prev", key: [1, "x"] }), z.tuple([z.number(), z.string()]))).toEqual({
      dir: "prev",
      key: [1, "x"],
    });
  });

  it("read anything tampered with as page one (null), never throw", () => {
    const good = encodeCursor({ dir: "next", key: ["2026-12-03T10:00:00.000Z", "ck1"] });
    const b64 = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
    for (const bad of [
      undefined,
      "",
      ["a"],
      42,
      good.slice(0, -3),
      `${good}!`,
      "not a cursor",
      "%%%",
      b64("{not json"),
      b64({ d: "sideways", k: ["2026-12-03T10:00:00.000Z", "ck1"] }),
      b64({ d: "next" }),
      b64({ d: "next", k: ["yesterday", "ck1"] }),
      b64({ d: "next", k: ["2026-12-03T10:00:00.000Z", ""] }),
      b64({ d: "next", k: ["2026-12-03T10:00:00.000Z", "ck1", "extra"] }),
      b64({ d: "next", k: ["2026-12-03T10:00:00.000Z", "x".repeat(65)] }),
      "A".repeat(600),
    ])
      expect(decodeCursor(bad, timeAndId), String(bad)).toBeNull();
  });
});

describe("reading order", () => {
  it("reverses the list's order to read a previous page, and compares past the key that way", () => {
    const next: Seek<unknown> = { dir: "next", key: 1 };
    const prev: Seek<unknown> = { dir: "prev", key: 1 };
    expect([readOrder(null, "desc"), readOrder(next, "desc"), readOrder(prev, "desc")]).toEqual([
      "desc",
      "desc",
      "asc",
    ]);
    expect([readOrder(null, "asc"), readOrder(next, "asc"), readOrder(prev, "asc")]).toEqual(["asc", "asc", "desc"]);
    expect([pastKey(next, "desc"), pastKey(prev, "desc"), pastKey(next, "asc"), pastKey(prev, "asc")]).toEqual([
      "lt",
      "gt",
      "gt",
      "lt",
    ]);
  });

  it("pageOf: links only where there is a page to go to", () => {
    const key = (n: number) => n;
    const first = pageOf([1, 2, 3], null, key, 2);
    expect(first.rows).toEqual([1, 2]);
    expect(first.prev).toBeNull();
    expect(decodeCursor(first.next, z.number())).toEqual({ dir: "next", key: 2 });
    const last = pageOf([3], { dir: "next", key: 2 }, key, 2);
    expect(last.next).toBeNull();
    expect(decodeCursor(last.prev, z.number())).toEqual({ dir: "prev", key: 3 });
    // Read backwards from 5: 4, 3 and one more (2): turned round, with a page before and after.
    const back = pageOf([4, 3, 2], { dir: "prev", key: 5 }, key, 2);
    expect(back.rows).toEqual([3, 4]);
    expect(decodeCursor(back.prev, z.number())).toEqual({ dir: "prev", key: 3 });
    expect(decodeCursor(back.next, z.number())).toEqual({ dir: "next", key: 4 });
  });
});

// An in-memory list read the way the use cases read the database: newest first, ties on the time by id.
type Row = { id: string; at: Date };
function memoryList(rows: Row[]) {
  const cmp = (a: Row, b: Row) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  return (cursor: string | undefined, size: number) => {
    return readPage(
      decodeCursor(cursor, timeAndId),
      async (seek, take) => {
        const backward = readOrder(seek, "desc") === "asc";
        const ordered = [...rows].sort(cmp);
        if (backward) ordered.reverse();
        const past = seek
          ? ordered.filter((r) => {
              const c = cmp(r, { id: seek.key.id, at: seek.key.at });
              return backward ? c < 0 : c > 0;
            })
          : ordered;
        return past.slice(0, take);
      },
      (r) => timeAndIdOf(r, r.at),
      size,
    );
  };
}

describe("readPage", () => {
  // 47 rows, many sharing a timestamp (ties broken by id).
  const rows: Row[] = Array.from({ length: 47 }, (_, i) => ({
    id: `r${String(i).padStart(3, "0")}`,
    at: new Date(Date.UTC(2026, 11, 1, 10, Math.floor(i / 4))),
  }));

  it("walks forward to the end and back to the start: every row once, in order, each way", async () => {
    const list = memoryList(rows);
    const forward: string[][] = [];
    let page = await list(undefined, 10);
    forward.push(page.rows.map((r) => r.id));
    while (page.next) {
      page = await list(page.next, 10);
      forward.push(page.rows.map((r) => r.id));
    }
    expect(forward.map((p) => p.length)).toEqual([10, 10, 10, 10, 7]);
    const seen = forward.flat();
    expect(new Set(seen).size).toBe(47);
    expect(seen).toEqual([...rows].reverse().map((r) => r.id));

    const backward: string[][] = [];
    while (page.prev) {
      page = await list(page.prev, 10);
      backward.unshift(page.rows.map((r) => r.id));
    }
    expect(page.prev).toBeNull();
    expect(backward).toEqual(forward.slice(0, -1));
  });

  it("a cursor whose rows are gone, or a step back that finds less than a page, shows page one", async () => {
    const list = memoryList(rows);
    const first = await list(undefined, 10);
    const beyond = encodeCursor({ dir: "next", key: timeAndIdOf({ id: "r000" }, new Date(Date.UTC(2020, 0, 1))) });
    expect((await list(beyond, 10)).rows).toEqual(first.rows);
    const nearTop = encodeCursor({ dir: "prev", key: timeAndIdOf(rows[44]!, rows[44]!.at) });
    const back = await list(nearTop, 10);
    expect(back.rows).toEqual(first.rows);
    expect(back.prev).toBeNull();
  });

  it("a tampered cursor reads page one", async () => {
    const list = memoryList(rows);
    expect((await list("garbage", 10)).rows).toEqual((await list(undefined, 10)).rows);
  });
});
