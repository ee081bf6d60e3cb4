import type { NextConfig } from "next";

// Headers for every response (pages also get a nonce-based CSP from proxy.ts).
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Camera stays available to this origin for scanning documents at the window; nothing else is granted.
  {
    key: "Permissions-Policy",
    value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

// HSTS in production builds: browsers keep to https for two years once they have seen it over https (they ignore it on
// plain http, so a build tried on localhost is unaffected). TLS itself is terminated by the city's proxy.
if (process.env.NODE_ENV === "production")
  securityHeaders.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });

const nextConfig: NextConfig = {
  // The browser tests build into their own folder (NEXT_DIST_DIR=.next-test, see package.json) so that `npm test`
  // never replaces what a running `npm run dev` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // HEIC decoding (uploads) loads libheif's WebAssembly at run time: required from node_modules, not bundled.
  serverExternalPackages: ["heic-convert", "heic-decode", "libheif-js"],
  reactStrictMode: true,
  experimental: {
    authInterrupts: true,
    // The window's signed consent form is scanned and posted with the form (a server action): room for a 10 MB scan
    // (MAX_UPLOAD_BYTES) and the form's fields. The default (1 MB) would refuse a phone photo of the form.
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts runs before every server action, and Next.js hands an action only the first proxyClientMaxBodySize
    // bytes of a body the proxy saw (10 MB by default): a scan near 10 MB plus the form's fields was cut short.
    proxyClientMaxBodySize: "11mb",
    // CI builds from a clean clone: writing Turbopack's build cache there costs ~16 s and is never read again.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  // `npm test` type-checks the whole tree (tsc) before it builds for the browser tests; checking again inside that
  // build would only repeat it. Every other build (dev, production) type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The Uyghur font's file names hold a hash of their bytes (scripts/font-faces.ts): a changed font is a new name.
      { source: "/fonts/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      // Non-page responses carry a CSP too (pages get theirs, with a nonce, from proxy.ts).
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
