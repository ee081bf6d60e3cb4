import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { webManifest } from "./web-manifest";

describe("web manifest", () => {
  it("names the portal in the page's language, right-to-left in Uyghur, without Chinese in the Uyghur one", () => {
    const zh = webManifest("zh");
    const ug = webManifest("ug");
    expect(zh).toMatchObject({ name: "伊宁市政务服务网", lang: "zh-CN", dir: "ltr", start_url: "/zh" });
    expect(ug).toMatchObject({ lang: "ug", dir: "rtl", start_url: "/ug" });
    for (const text of [ug.name, ug.short_name, ug.description]) {
      expect(text).toMatch(/[\u0600-\u06ff]/);
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("points only at icon files that exist in public/", () => {
    for (const icon of webManifest("zh").icons ?? [])
      expect(fs.existsSync(path.join(__dirname, "../../public", icon.src)), icon.src).toBe(true);
  });
});
