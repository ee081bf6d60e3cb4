// Finds list queries without a limit in source text, by walking the TypeScript syntax tree (not a regex: a `take`
// in a comment, a string or a nested select must not count, and a call split over lines must be found). Used by
// bounded-queries.test.ts over lib/. Two kinds:
// - `findMany(...)` whose argument is not an object literal with its own `take` (a `take` inside a nested `select`
//   bounds a relation, not the list). An argument named by a variable counts when every declaration of that name in
//   the file is such an object literal; one built any other way cannot be checked here, so it is reported too;
// - `$queryRaw` / `$queryRawUnsafe` whose SQL is a SELECT reading FROM a table without a LIMIT. A SELECT without FROM
//   (`SELECT 1`) returns one row. A row picked by its key still needs `LIMIT 1`: whether a WHERE names a unique
//   column cannot be told from the text. Only the SQL written at the call is read: a fragment interpolated from a
//   variable (Prisma.sql) is not, so keep the LIMIT in the call's own template.
// A call whose SQL is not ours to bound (a library's own statement passed through) says so in a comment on the
// line above it: `// bounded: <why>`. The reason is required, so every exception is written down.
import ts from "typescript";

export type Unbounded = { line: number; kind: "findMany" | "queryRaw"; text: string };

const RAW_QUERIES = new Set(["$queryRaw", "$queryRawUnsafe"]);

/** The SQL a template or string literal holds, interpolations replaced by $n. Null when it is not a literal. */
function literalSql(node: ts.Node): string | null {
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s, i) => ` $${i + 1} ${s.literal.text}`).join("");
  return null;
}

/** True when the SQL is a row-returning SELECT from a table with no LIMIT anywhere in it. */
export function unboundedSelect(sql: string): boolean {
  const text = sql.replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ");
  if (!/^\s*(\(\s*)*(WITH\b[\s\S]*?\)\s*)?SELECT\b/i.test(text)) return false;
  return /\bFROM\b/i.test(text) && !/\bLIMIT\b/i.test(text);
}

function hasOwnTake(arg: ts.Expression | undefined, declared: Map<string, (ts.Expression | undefined)[]>): boolean {
  if (!arg) return false;
  let inner = arg;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner))
    inner = inner.expression;
  if (ts.isIdentifier(inner)) {
    const inits = declared.get(inner.text) ?? [];
    return inits.length > 0 && inits.every((init) => init !== undefined && hasOwnTake(init, new Map()));
  }
  if (!ts.isObjectLiteralExpression(inner)) return false;
  return inner.properties.some(
    (p) =>
      (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
      p.name !== undefined &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === "take",
  );
}

export function findUnbounded(fileName: string, source: string): Unbounded[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Unbounded[] = [];
  // Every variable declared in the file with an initialiser, by name (to read `findMany(args)`).
  const declared = new Map<string, (ts.Expression | undefined)[]>();
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name))
      declared.set(node.name.text, [...(declared.get(node.name.text) ?? []), node.initializer]);
    ts.forEachChild(node, collect);
  };
  collect(file);
  const at = (n: ts.Node) => file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1;
  const snippet = (n: ts.Node) => n.getText(file).replace(/\s+/g, " ").slice(0, 120);
  const lines = source.split("\n");
  const vouched = (n: ts.Node) => /\/\/\s*bounded:\s*\S.{2,}/.test(lines[at(n) - 2] ?? "");
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && !vouched(node)) {
      const name = node.expression.name.text;
      if (name === "findMany" && !hasOwnTake(node.arguments[0], declared))
        found.push({ line: at(node), kind: "findMany", text: snippet(node) });
      if (name === "$queryRawUnsafe") {
        const sql = node.arguments[0] && literalSql(node.arguments[0]);
        if (sql === null || sql === undefined || unboundedSelect(sql))
          found.push({ line: at(node), kind: "queryRaw", text: snippet(node) });
      }
    }
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag;
      const name = ts.isPropertyAccessExpression(tag) ? tag.name.text : ts.isIdentifier(tag) ? tag.text : "";
      if (RAW_QUERIES.has(name) && unboundedSelect(literalSql(node.template) ?? ""))
        found.push({ line: at(node), kind: "queryRaw", text: snippet(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
