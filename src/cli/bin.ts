#!/usr/bin/env node
import { boundHeapGrowth } from "./heap-growth.js";
import { main } from "./run.js";

boundHeapGrowth();
process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
