import type { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The database handle the app works with. The Node (libsql) and Workers (D1) clients are
 * generated from the same schema and have the same API; only their nominal types differ.
 */
export type Db = PrismaClient;
