#!/usr/bin/env node
import { main } from "./run.js";

process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
