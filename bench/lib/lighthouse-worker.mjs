// Runs Lighthouse on a list of URLs in plain Node and prints one JSON line per run: bench/lighthouse.ts starts this
// as a child process because tsx (esbuild's keepNames) rewrites Lighthouse's page functions with a `__name` helper
// that does not exist in the page ("ReferenceError: __name is not defined").
//   node bench/lib/lighthouse-worker.mjs '{"chromePort":9222,"targets":[{"url":"…","headers":{…}}],"runs":1}'
import lighthouse from "lighthouse";

const { chromePort, targets, runs } = JSON.parse(process.argv[2]);
for (const target of targets)
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(target.url, {
      port: chromePort,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: target.headers,
    });
    if (!result) throw new Error(`lighthouse gave no result for ${target.url}`);
    const { lhr } = result;
    const pick = (id) => {
      const a = lhr.audits[id];
      return a && { numericValue: a.numericValue, score: a.score, details: a.details };
    };
    const audits = Object.fromEntries(
      [
        "largest-contentful-paint",
        "cumulative-layout-shift",
        "total-blocking-time",
        "first-contentful-paint",
        "network-requests",
        "total-byte-weight",
      ].map((id) => [id, pick(id)]),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
      .map((a) => a.id);
    console.log(
      JSON.stringify({
        url: target.url,
        runtimeError: lhr.runtimeError?.message,
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        audits,
        failing,
      }),
    );
  }
