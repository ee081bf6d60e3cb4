import { applicationPages, atWindow } from "@/components/application/channel-pages";

// Defined once for every channel (components/application/channel-pages.tsx); this route is the clerk's, inside a window session.
const pages = applicationPages(atWindow);
export const generateMetadata = pages.bundleReceiptMetadata;
export default pages.bundleReceipt;
