// The web manifest in the page's language (lib/site/web-manifest.ts).
import { isLocale } from "@/lib/i18n/config";
import { webManifest } from "@/lib/site/web-manifest";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return Response.json(webManifest(locale), {
    headers: { "Content-Type": "application/manifest+json", "Cache-Control": "public, max-age=3600" },
  });
}
