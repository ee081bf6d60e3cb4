// The same page rendered for every request (the baseline for the portal's per-request pages).
import { connection } from "next/server";

export default async function DynamicPage() {
  await connection();
  return (
    <main>
      <h1>Bare Next.js, per request</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
    </main>
  );
}
