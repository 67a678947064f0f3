#!/usr/bin/env node
// `lich` runs the TypeScript CLI through tsx, installed as a dependency.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
