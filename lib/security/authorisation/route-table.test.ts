// The enumeration: every route handler and server action in the source tree has an entry in the authorisation
// table (route-table.ts), and every entry names one that still exists. A new route.ts or "use server" export without
// an entry fails here, before anyone forgets to prove who may call it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  actionsOutsideTheWrapper,
  inlineServerActions,
  objectPages,
  pageSources,
  routeHandlers,
  serverActions,
} from "./enumerate-entry-points";
import { actionTable, pageTable, routeTable, type PageEntry, type TableEntry } from "./route-table";

const root = path.resolve(__dirname, "../../..");
const USE_SERVER = `"use ${"server"}";`; // spelled apart so this file is not itself an inline action

describe("the authorisation table", () => {
  it("has an entry for every route handler, and no entry for one that is gone", () => {
    const found = routeHandlers(root);
    expect(found.length).toBeGreaterThan(5); // the enumeration itself works
    expect(
      found.filter((k) => !(k in routeTable)),
      "route handlers without an entry in route-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(routeTable).filter((k) => !found.includes(k)),
      "entries naming no route handler",
    ).toEqual([]);
  });

  it("has an entry for every server action, and no entry for one that is gone", () => {
    const found = serverActions(root);
    expect(found.length).toBeGreaterThan(20);
    expect(
      found.filter((k) => !(k in actionTable)),
      "server actions without an entry in route-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(actionTable).filter((k) => !found.includes(k)),
      "entries naming no server action",
    ).toEqual([]);
  });

  it("has an entry for every page that names an object in its URL, and its gates are what the page calls", () => {
    const found = objectPages(root);
    expect(found.length).toBeGreaterThan(5);
    expect(
      found.filter((k) => !(k in pageTable)),
      "pages without an entry in route-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(pageTable).filter((k) => !found.includes(k)),
      "entries naming no page",
    ).toEqual([]);
    for (const [page, e] of Object.entries(pageTable) as [string, PageEntry][]) {
      if (e.kind === "exempt") continue;
      const src = pageSources(root, page);
      for (const gate of e.gates) expect(src, `${page} calls ${gate}`).toMatch(new RegExp(`\\b${gate}\\(`));
    }
  });

  it("finds no inline server action, and every action goes through defineAction", () => {
    expect(inlineServerActions(root), "move inline actions into a 'use server' file").toEqual([]);
    expect(actionsOutsideTheWrapper(root), "write actions with defineAction / defineStateAction").toEqual([]);
  });

  it("says for every entry why it is exempt, or what the refusal is", () => {
    for (const [key, e] of Object.entries({ ...routeTable, ...actionTable }) as [string, TableEntry][]) {
      const text = e.kind === "object" ? e.refusal : e.why;
      expect(text.trim().length, key).toBeGreaterThan(5);
      if (e.kind !== "exempt") expect(e.objects.length, key).toBeGreaterThan(0);
    }
  });
});

describe("the enumeration", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "authz-enum-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
  };

  it("finds route methods however they are exported, and actions of 'use server' files only", () => {
    write("app/a/route.ts", "export async function GET() {}\nexport function POST() {}\nexport const dynamic = 1;");
    write("app/b/[id]/route.ts", "const h = () => 1;\nexport { h as GET, h as DELETE };");
    write("app/c/page.tsx", "export default function Page() {}");
    write("lib/x/act.ts", `// comment\n${USE_SERVER}\nexport type T = 1;\nexport const doIt = defineAction({});`);
    write("lib/x/plain.ts", 'export const notAnAction = 1; // "use server" in a comment');
    write("lib/x/act.test.ts", `${USE_SERVER}\nexport const ignored = 1;`);
    write("components/form.tsx", `export function F() { async function go() { ${USE_SERVER} } }`);
    write("lib/x/raw.ts", `${USE_SERVER}\nexport async function raw() {}`);
    expect(routeHandlers(tmp)).toEqual([
      "app/a/route.ts#GET",
      "app/a/route.ts#POST",
      "app/b/[id]/route.ts#DELETE",
      "app/b/[id]/route.ts#GET",
    ]);
    expect(serverActions(tmp)).toEqual(["lib/x/act.ts#doIt", "lib/x/raw.ts#raw"]);
    expect(inlineServerActions(tmp)).toEqual(["components/form.tsx"]);
    expect(actionsOutsideTheWrapper(tmp)).toEqual(["lib/x/raw.ts#raw"]);
  });
});
