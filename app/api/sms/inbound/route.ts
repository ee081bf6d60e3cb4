import { connection } from "next/server";
import { receiveGatewayRequest } from "@/lib/notifications/receive-gateway-sms";

// The SMS gateway's inbound webhook: a resident's reply to a result SMS (lib/notifications/receive-gateway-sms.ts).
export async function POST(request: Request) {
  await connection();
  const { status, json } = await receiveGatewayRequest(request);
  return Response.json(json, { status, headers: { "cache-control": "no-store" } });
}
