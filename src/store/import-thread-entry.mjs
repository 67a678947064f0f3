// The import thread's entry: the server runs TypeScript through tsx, so the thread does too.
import { register } from "tsx/esm/api";

register();
await import("./import-thread-worker.ts");
