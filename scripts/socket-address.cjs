// Preloaded (node --require) into the Next.js server by the portal's start scripts (scripts/run-portal.ts and
// `npm start`). Next.js gives route handlers and server actions no socket, so the peer address travels in one
// internal request header: every copy a client sent is removed first, so the header can only hold what this
// process saw. PORTAL_SOCKET_ADDRESS=1 tells lib/http/client-ip.ts the header is trustworthy; children (`next dev`
// forks one) inherit both the variable and this preload through NODE_OPTIONS.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: loaded by `node --require` */
const http = require("node:http");
const https = require("node:https");

const HEADER = "x-portal-socket-address";

function patch(Server) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithSocketAddress(event, req, ...rest) {
    if ((event === "request" || event === "upgrade") && req && req.headers) {
      delete req.headers[HEADER];
      const address = req.socket && req.socket.remoteAddress;
      if (address) req.headers[HEADER] = address;
    }
    return emit.call(this, event, req, ...rest);
  };
}

patch(http.Server);
patch(https.Server);
process.env.PORTAL_SOCKET_ADDRESS = "1";
