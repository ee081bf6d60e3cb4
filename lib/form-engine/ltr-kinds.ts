// Field kinds whose values are written left to right in every language (digits, identifiers, dates): shown inside
// an isolate with dir="ltr", so a masked ID number ("654002********0029") keeps its order in a Uyghur sentence
// instead of its digit groups being reordered around the asterisks. One list for every view that shows answers.
import type { FieldDef } from "./types";

const LTR_KINDS: ReadonlySet<FieldDef["kind"]> = new Set([
  "idNumber",
  "mobile",
  "bankCard",
  "date",
  "money",
  "integer",
]);

export const isLtrKind = (kind: FieldDef["kind"]) => LTR_KINDS.has(kind);
