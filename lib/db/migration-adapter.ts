// The driver adapter used only by the Prisma CLI (migrate deploy / diff).
// Works around prisma/orm#27403: adapter-pg 6.19 cannot deserialize PostgreSQL catalog columns of type
// "char" (OID 18), name (19) and oid (26), which introspection reads. We report those fields as text (OID 25).
// Patching the Client class (not pool.query) also covers connections taken for transactions.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT_OID = 25;
const CATALOG_OIDS = new Set([18, 19, 26]);

type AnyQueryResult = { fields?: Array<{ dataTypeID: number }> } | undefined;

function retypeFields(result: AnyQueryResult) {
  for (const field of result?.fields ?? []) {
    if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client.query has many overloads
  query(...args: any[]): any {
    // pg.Pool#query calls us with a callback; transaction clients call us without one (promise).
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: AnyQueryResult) => last(err, retypeFields(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") return out.then(retypeFields);
    return out;
  }
}

type ScriptRunner = { executeScript: (script: string) => Promise<void>; onError?: (e: unknown) => never };

export function createMigrationAdapter(connectionString: string) {
  // allowExitOnIdle: the CLI never closes its pool; without this it lingers after finishing.
  const pool = new pg.Pool({ connectionString, Client: CatalogSafeClient, allowExitOnIdle: true, max: 2 });
  const factory = new PrismaPg(pool);
  // adapter-pg 6.19 splits a migration script on every ";", which breaks function bodies ($$ ... $$) such as the
  // audit log's append-only trigger. PostgreSQL's simple-query protocol runs a whole script as one implicit
  // transaction, so we send it whole: a failed migration then leaves nothing half-applied.
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as unknown as ScriptRunner;
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (e) {
        if (adapter.onError) adapter.onError(e);
        throw e;
      }
    };
    return adapter as unknown as Awaited<ReturnType<typeof connect>>;
  };
  return factory;
}
