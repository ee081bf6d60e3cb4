// Text a person typed (a name, an address) is shown as typed. When it is Chinese inside a Uyghur page, it is marked
// lang="zh-CN" so screen readers switch voice and fonts switch script.
const HAN = /[\u3400-\u9fff]/;

export function langOfTyped(text: string | null | undefined): "zh-CN" | undefined {
  return text && HAN.test(text) ? "zh-CN" : undefined;
}
