// The bare baseline: one layout, nothing else (no CSS, no fonts, no providers).
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
