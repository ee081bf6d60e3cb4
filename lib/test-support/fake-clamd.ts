// A stand-in for ClamAV's clamd on 127.0.0.1: speaks the INSTREAM protocol and reports the EICAR test string (the
// industry's harmless "virus" every scanner detects) as Eicar-Test-Signature, anything else as OK.
import net from "node:net";

export const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

export type FakeClamd = { address: string; scans: () => number; close: () => Promise<void> };

export async function startFakeClamd(opts: { silent?: boolean } = {}): Promise<FakeClamd> {
  let scans = 0;
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let body = Buffer.alloc(0);
    let commandSeen = false;
    socket.on("data", (d) => {
      buffer = Buffer.concat([buffer, d]);
      if (!commandSeen) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        if (buffer.subarray(0, end).toString() !== "zINSTREAM") return void socket.end("UNKNOWN COMMAND\0");
        commandSeen = true;
        buffer = buffer.subarray(end + 1);
      }
      while (buffer.length >= 4) {
        const size = buffer.readUInt32BE(0);
        if (size === 0) {
          scans++;
          if (opts.silent) return; // a hung scanner: never answers
          const found = body.includes(EICAR);
          return void socket.end(found ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0");
        }
        if (buffer.length < 4 + size) return;
        body = Buffer.concat([body, buffer.subarray(4, 4 + size)]);
        buffer = buffer.subarray(4 + size);
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    scans: () => scans,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.unref();
      }),
  };
}
