// The bare baseline's own config, so nothing of the portal's (Tailwind, PostCSS, headers, proxy.ts) applies.
// bench/lib/bare-next.ts builds a copy of this folder outside the repository (Turbopack inside the repository picks
// up the portal's proxy.ts) with node_modules linked to the portal's, and passes the Turbopack root that holds both.
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: process.env.BARE_TURBOPACK_ROOT ? { root: process.env.BARE_TURBOPACK_ROOT } : undefined,
};

export default nextConfig;
