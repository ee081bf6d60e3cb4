// A static page (prerendered at build time): the smallest first load a Next.js 16 page can have.
export default function Page() {
  return (
    <main>
      <h1>Bare Next.js</h1>
      <p>Baseline page for the portal&apos;s benchmarks.</p>
    </main>
  );
}
