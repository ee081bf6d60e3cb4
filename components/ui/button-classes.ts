// Shared looks for buttons and button-like links. Sizes in rem: min 2.75rem (44px) in standard mode, which the
// senior mode raises with the root font size (see app/globals.css).
const base =
  "inline-flex items-center justify-center gap-2 min-h-11 min-w-11 px-5 py-2 rounded-md font-semibold text-base no-underline border-2 cursor-pointer disabled:cursor-not-allowed disabled:opacity-70";

export const buttonClasses = {
  primary: `${base} bg-brand-700 border-brand-700 text-white hover:bg-brand-900 hover:border-brand-900 hover:text-white`,
  secondary: `${base} bg-white border-brand-700 text-brand-700 hover:bg-brand-50 hover:text-brand-900`,
  quiet: `${base} bg-transparent border-transparent text-brand-700 underline hover:text-brand-900`,
} as const;
