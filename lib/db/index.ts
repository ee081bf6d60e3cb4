export { db } from "./client";
export * from "./generated/enums";
