// The staff idle warning's "still here" ping. Nothing to render: passing through the proxy is what refreshes the
// session's activity time (proxy.ts). It replaced a HEAD of the current page, which rendered the whole page again
// and, on a staff page that reads a resident's application, recorded a second read in the resident's access log.
export function GET() {
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
