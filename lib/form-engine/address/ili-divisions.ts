// Administrative divisions for the address cascade: county-level city/county of Ili prefecture → township or
// street (乡镇/街道) → community or village (社区/村). DEMO DATA: a subset, with Uyghur names following common
// official usage where known; communities are representative. Replace with the civil-affairs division registry
// (区划代码) before going live; the cascade reads only this shape.
import type { LocalizedText } from "../types";

export type Division = { code: string; name: LocalizedText; children?: Division[] };

const community = (code: string, zh: string, ug: string): Division => ({ code, name: { zh, ug } });

export const iliDivisions: Division[] = [
  {
    code: "654002",
    name: { zh: "伊宁市", ug: "غۇلجا شەھىرى" },
    children: [
      {
        code: "654002001",
        name: { zh: "萨依布依街道", ug: "سايبويى كوچا باشقارمىسى" },
        children: [
          community("654002001001", "红旗社区", "قىزىل بايراق مەھەللىسى"),
          community("654002001002", "团结社区", "ئىتتىپاقلىق مەھەللىسى"),
        ],
      },
      {
        code: "654002002",
        name: { zh: "喀赞其街道", ug: "قازانچى كوچا باشقارمىسى" },
        children: [
          community("654002002001", "和谐社区", "ئىناقلىق مەھەللىسى"),
          community("654002002002", "幸福社区", "بەخت مەھەللىسى"),
        ],
      },
      {
        code: "654002003",
        name: { zh: "解放路街道", ug: "ئازادلىق يولى كوچا باشقارمىسى" },
        children: [
          community("654002003001", "光明社区", "يورۇقلۇق مەھەللىسى"),
          community("654002003002", "新华社区", "شىنخۇا مەھەللىسى"),
        ],
      },
      {
        code: "654002004",
        name: { zh: "伊犁河路街道", ug: "ئىلى دەرياسى يولى كوچا باشقارمىسى" },
        children: [
          community("654002004001", "滨河社区", "دەريا بويى مەھەللىسى"),
          community("654002004002", "育才社区", "ئىختىساس يېتىشتۈرۈش مەھەللىسى"),
        ],
      },
      {
        code: "654002101",
        name: { zh: "巴彦岱镇", ug: "بايانداي بازىرى" },
        children: [
          community("654002101201", "巴彦岱村", "بايانداي كەنتى"),
          community("654002101202", "红星村", "قىزىل يۇلتۇز كەنتى"),
        ],
      },
    ],
  },
  {
    code: "654021",
    name: { zh: "伊宁县", ug: "غۇلجا ناھىيىسى" },
    children: [
      {
        code: "654021101",
        name: { zh: "吉里于孜镇", ug: "جىلىيۈزى بازىرى" },
        children: [
          community("654021101001", "团结社区", "ئىتتىپاقلىق مەھەللىسى"),
          community("654021101201", "托格拉克村", "توغراق كەنتى"),
        ],
      },
    ],
  },
  {
    code: "654022",
    name: { zh: "察布查尔锡伯自治县", ug: "چاپچال شىبە ئاپتونوم ناھىيىسى" },
    children: [
      {
        code: "654022101",
        name: { zh: "察布查尔镇", ug: "چاپچال بازىرى" },
        children: [community("654022101001", "和平社区", "تىنچلىق مەھەللىسى")],
      },
    ],
  },
  {
    code: "654023",
    name: { zh: "霍城县", ug: "قورغاس ناھىيىسى" },
    children: [
      {
        code: "654023101",
        name: { zh: "水定镇", ug: "شۈيدىڭ بازىرى" },
        children: [community("654023101001", "人民社区", "خەلق مەھەللىسى")],
      },
    ],
  },
];

export function findDivision(path: readonly string[]): Division | null {
  let level: Division[] | undefined = iliDivisions;
  let found: Division | null = null;
  for (const code of path) {
    found = level?.find((d) => d.code === code) ?? null;
    if (!found) return null;
    level = found.children;
  }
  return found;
}
