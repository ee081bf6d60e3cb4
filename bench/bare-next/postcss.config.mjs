// No PostCSS plugins here: the portal's Tailwind config one folder up must not apply to the bare baseline.
const config = { plugins: {} };
export default config;
