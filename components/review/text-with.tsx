// A translated sentence with a value in it ("办理 YN…", "查看文件：name"): the value is isolated in <bdi> (a reference
// number stays left-to-right inside Uyghur text), wherever the translation puts its placeholder, and the accessible
// name is still exactly the translated sentence. `text` is the translation made with SLOT in place of the value.
export const SLOT = "\u0000";

export function TextWith({ text, value, dir }: { text: string; value: string; dir?: "ltr" }) {
  const [before = "", after = ""] = text.split(SLOT);
  return (
    <>
      {before}
      <bdi dir={dir}>{value}</bdi>
      {after}
    </>
  );
}
