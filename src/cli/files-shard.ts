import { createHash } from "node:crypto";
import path from "node:path";
import { CliError } from "./errors.js";

/** `--shard i/n`: this run checks part `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export function shardOf(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = match ? Number(match[1]) : 0;
  const count = match ? Number(match[2]) : 0;
  if (!match || count < 1 || index < 1 || index > count) throw new CliError(`--shard expects i/n with 1 <= i <= n (such as 2/4), got "${value}"`);
  return { index, count };
}

/**
 * Whether a file belongs to the shard: by a hash of its path relative to the config folder, so the
 * split does not depend on the order or the machine, every file is in exactly one of the n shards,
 * and adding a file moves no other.
 */
export function isInShard(file: string, configDir: string, shard: Shard): boolean {
  const relative = path.relative(configDir, file).split(path.sep).join("/");
  const hash = createHash("sha256").update(relative).digest();
  return hash.readUInt32BE(0) % shard.count === shard.index - 1;
}
