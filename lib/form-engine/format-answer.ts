// Turns a stored answer into the words shown on the review page and the receipt. Each kind says how
// (field-kinds/*: `format`); this is the name the views import. Pure.
export { formatValue as formatAnswer } from "./field-kinds/field-schema";
