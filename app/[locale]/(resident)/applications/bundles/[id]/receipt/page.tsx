import { applicationPages, asResident } from "@/components/application/channel-pages";

// Defined once for every channel (components/application/channel-pages.tsx); this route is the resident's own.
const pages = applicationPages(asResident);
export const generateMetadata = pages.bundleReceiptMetadata;
export default pages.bundleReceipt;
