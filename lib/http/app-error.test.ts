import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { ApplicationError } from "@/lib/applications/errors";
import { TransitionError } from "@/lib/applications/transition/transition-errors";
import { AppError, appErrorCodes, isAppError } from "./app-error";

const lookup = (locale: "zh" | "ug", key: string) => {
  const [ns, path] = key.split(":") as [string, string];
  let node: unknown = (resources[locale] as Record<string, unknown>)[ns];
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
};

describe("AppError codes", () => {
  it("every code a person can be told has a message in both languages", () => {
    for (const code of appErrorCodes)
      for (const locale of ["zh", "ug"] as const)
        expect(typeof lookup(locale, code), `${locale} ${code}`).toBe("string");
  });
  it("the use cases' errors are AppErrors with their own details", () => {
    const a = new ApplicationError("errors:application.incomplete", "declaration");
    const t = new TransitionError("errors:transition.invalidInput", { note: "validation:tooLong" });
    expect([a, t].every(isAppError)).toBe(true);
    expect(a).toMatchObject({ code: "errors:application.incomplete", stepId: "declaration" });
    expect(t.fieldErrors).toEqual({ note: "validation:tooLong" });
    expect(isAppError(new Error("boom"))).toBe(false);
    expect(new AppError("errors:transition.movedOn").message).toBe("errors:transition.movedOn");
  });
});
