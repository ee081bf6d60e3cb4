// Unicode directional isolates (FSI … PDI): plain-text equivalent of <bdi>, for values interpolated into a
// translated string (a phone number or staff ID inside a Uyghur sentence must not be reordered).
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}
