// A small round-robin load balancer for the scale-out benchmark (node:http only, no dependency): each request goes
// to the next upstream in turn, body and headers streamed through, with X-Forwarded-For carrying the client's
// address as a TLS-terminating proxy in front of the portal would (the portal trusts one hop: TRUST_PROXY_HOPS=1).
// Keep-alive agents towards the upstreams, so the balancer adds little besides one more hop. Not for production.
import http from "node:http";

export type Balancer = { url: string; served: number[]; close: () => Promise<void> };

export async function startRoundRobin(upstreams: string[], port: number, host = "127.0.0.1"): Promise<Balancer> {
  const targets = upstreams.map((u) => new URL(u));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const served = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % targets.length;
    const target = targets[i]!;
    served[i]!++;
    const headers = { ...req.headers };
    // A client's own X-Forwarded-For (a test presenting its address) is kept, as a real proxy appends to it.
    const peer = req.socket.remoteAddress ?? "";
    headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${peer}` : peer;
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    url: `http://${host}:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
