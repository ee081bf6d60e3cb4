// Finds every route handler and server action in the source tree, the way Next.js does, without a build: a route
// handler is an HTTP-method export of app/**/route.{ts,js}; a server action is an export of a file whose first
// statement is "use server". A "use server" directive anywhere else (inside a function: an inline action) is
// reported separately, because such an action would escape the table and the defineAction wrapper.
import fs from "node:fs";
import path from "node:path";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
const SKIP = new Set(["node_modules", ".next", ".git", "test-reports", "playwright-report", "test-results", "e2e"]);

function walk(root: string, dir: string, out: string[]) {
  for (const d of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (SKIP.has(d.name)) continue;
    const rel = dir ? `${dir}/${d.name}` : d.name;
    if (d.isDirectory()) walk(root, rel, out);
    // Test files are never part of the server bundle.
    else if (SOURCE.test(d.name) && !/\.test\.[jt]sx?$/.test(d.name)) out.push(rel);
  }
}

/** Source files under the given top-level folders, as paths relative to root with forward slashes. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of folders) if (fs.existsSync(path.join(root, f))) walk(root, f, out);
  return out.sort();
}

// Comments out, so a directive or an export mentioned in a comment does not count.
const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** The names a module exports as values (types left out): declarations and export lists. */
export function exportedNames(src: string): string[] {
  const code = stripComments(src);
  const names = new Set<string>();
  for (const m of code.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/g))
    names.add(m[1]!);
  for (const m of code.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of m[1]!.split(",")) {
      const p = part.trim();
      if (!p || p.startsWith("type ")) continue;
      names.add(
        p
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  if (/export\s+default\b/.test(code)) names.add("default");
  return [...names].sort();
}

/** True when the file's first statement is the "use server" directive. */
export function isServerActionFile(src: string): boolean {
  return /^\s*["']use server["'];?/.test(stripComments(src));
}

/** "<file>#<method>" for every route handler under app/. */
export function routeHandlers(root: string): string[] {
  return sourceFiles(root, ["app"])
    .filter((f) => /(^|\/)route\.(ts|js)$/.test(f))
    .flatMap((f) => {
      const names = exportedNames(fs.readFileSync(path.join(root, f), "utf8"));
      return names.filter((n) => (METHODS as readonly string[]).includes(n)).map((n) => `${f}#${n}`);
    });
}

const ACTION_FOLDERS = ["app", "lib", "components"];

/** "<file>#<export>" for every export of a "use server" file. */
export function serverActions(root: string): string[] {
  return sourceFiles(root, ACTION_FOLDERS).flatMap((f) => {
    const src = fs.readFileSync(path.join(root, f), "utf8");
    return isServerActionFile(src) ? exportedNames(src).map((n) => `${f}#${n}`) : [];
  });
}

/** Files with a "use server" directive that is not their first statement (inline actions). */
export function inlineServerActions(root: string): string[] {
  return sourceFiles(root, ACTION_FOLDERS).filter((f) => {
    const src = fs.readFileSync(path.join(root, f), "utf8");
    return !isServerActionFile(src) && /["']use server["']/.test(stripComments(src));
  });
}

/** Exports of "use server" files that are not made by defineAction / defineStateAction (the one wrapper). */
export function actionsOutsideTheWrapper(root: string): string[] {
  return serverActions(root).filter((key) => {
    const [file, name] = key.split("#") as [string, string];
    const code = stripComments(fs.readFileSync(path.join(root, file), "utf8"));
    return !new RegExp(`export\\s+const\\s+${name.replace(/\$/g, "\\$")}\\s*=\\s*define(State)?Action\\(`).test(code);
  });
}

/** Pages whose URL has a segment naming an object: [id] (an application) or [sid] (a window session). */
export function objectPages(root: string): string[] {
  return sourceFiles(root, ["app"]).filter((f) => /(^|\/)page\.(tsx|jsx|ts|js)$/.test(f) && /\[(id|sid)\]/.test(f));
}

function resolveImport(root: string, spec: string): string | null {
  const base = spec.replace(/^@\//, "");
  for (const ext of [".tsx", ".ts", "/index.tsx", "/index.ts"])
    if (fs.existsSync(path.join(root, base + ext))) return base + ext;
  return null;
}

/** The page file and the components it renders (followed through @/components imports), as source text. */
export function pageSources(root: string, page: string, depth = 3): string {
  const seen = new Set<string>();
  const visit = (file: string, d: number) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (d === 0) return;
    const src = fs.readFileSync(path.join(root, file), "utf8");
    for (const m of src.matchAll(/from\s+["'](@\/components\/[^"']+)["']/g)) {
      const next = resolveImport(root, m[1]!);
      if (next) visit(next, d - 1);
    }
  };
  visit(page, depth);
  return [...seen].map((f) => stripComments(fs.readFileSync(path.join(root, f), "utf8"))).join("\n");
}
