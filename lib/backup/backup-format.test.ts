import { describe, expect, it } from "vitest";
import { backupFolderName, isSafeStorageKey, loadOrder, migrationsToReplay } from "./backup-format";

describe("loadOrder", () => {
  it("puts every parent before its children, ties by name", () => {
    const order = loadOrder(
      ["Upload", "User", "Application", "Department", "AuditLog"],
      [
        { from: "Upload", to: "User" },
        { from: "Upload", to: "Application" },
        { from: "Application", to: "User" },
        { from: "User", to: "Department" },
      ],
    );
    expect(order).toEqual(["AuditLog", "Department", "User", "Application", "Upload"]);
  });

  it("accepts a table that refers to itself", () => {
    expect(loadOrder(["Node"], [{ from: "Node", to: "Node" }])).toEqual(["Node"]);
  });

  it("refuses a cycle between tables", () => {
    expect(() =>
      loadOrder(
        ["A", "B", "C"],
        [
          { from: "A", to: "B" },
          { from: "B", to: "A" },
        ],
      ),
    ).toThrow(/cycle between A, B/);
  });
});

describe("migrationsToReplay", () => {
  const local = [
    { name: "1_init", checksum: "a" },
    { name: "2_more", checksum: "b" },
    { name: "3_newest", checksum: "c" },
  ];

  it("replays the backup's migrations and names this code's later ones", () => {
    expect(migrationsToReplay(local.slice(0, 2), local)).toEqual({
      names: ["1_init", "2_more"],
      laterLocal: ["3_newest"],
    });
    expect(migrationsToReplay(local, local)).toEqual({ names: ["1_init", "2_more", "3_newest"], laterLocal: [] });
  });

  it("refuses a backup made with a migration this code lacks or has changed", () => {
    expect(() => migrationsToReplay([...local, { name: "4_future", checksum: "d" }], local)).toThrow(/4_future/);
    expect(() => migrationsToReplay([{ name: "1_init", checksum: "x" }], local)).toThrow(/differs/);
  });

  it("refuses a backup whose migrations skip one of ours", () => {
    expect(() => migrationsToReplay([local[0]!, local[2]!], local)).toThrow(/first ones/);
  });
});

describe("backup names and keys", () => {
  it("names the folder after the UTC time, sortable and without colons", () => {
    expect(backupFolderName(new Date("2026-12-03T10:05:09.123Z"))).toBe("portal-backup-20261203T100509Z");
  });

  it("accepts only the storage's own keys", () => {
    expect(isSafeStorageKey("uploads/ab/c-d_e")).toBe(true);
    expect(isSafeStorageKey("../etc/passwd")).toBe(false);
    expect(isSafeStorageKey("/abs")).toBe(false);
    expect(isSafeStorageKey("a/b.pdf")).toBe(false);
  });
});
