// Field kinds whose values are written left to right in every language (digits, identifiers, dates): shown inside
// an isolate with dir="ltr", so a masked ID number ("654002********0029") keeps its order in a Uyghur sentence
// instead of its digit groups being reordered around the asterisks. Each kind says so itself (`ltr`).
import { fieldKinds } from "./field-kinds/field-schema";
import type { FieldDef } from "./types";

export const isLtrKind = (kind: FieldDef["kind"]) => fieldKinds[kind].ltr === true;
