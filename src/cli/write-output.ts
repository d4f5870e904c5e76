/**
 * The report, to stdout or to `-o`, written as a format gives it (json gives it in chunks).
 *
 * Node queues what is written to a pipe that is not read as fast (a CI step or a wrapper reading
 * the command's stdout): written in one go, a 20,000-file site's json report (30 MB) was held in
 * memory until the pipe drained, 60 MiB of peak RSS. Each chunk waits for the stream to drain.
 */
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { CliError, type Output } from "./errors.js";

/** A stream that says when its queue is full (`write` returns false) and when it drained. */
interface DrainingOutput extends Output {
  once(event: "drain" | "close" | "error", listener: () => void): unknown;
  removeListener(event: "drain" | "close" | "error", listener: () => void): unknown;
}

const drains = (stream: Output): stream is DrainingOutput => typeof (stream as Partial<DrainingOutput>).once === "function" && typeof (stream as Partial<DrainingOutput>).removeListener === "function";

/** Waits until the stream drained, or closed or failed (a reader that went away, as `| head`), whichever comes first. */
function drained(stream: DrainingOutput): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (open: boolean) => () => {
      for (const [event, listener] of listeners) stream.removeListener(event, listener);
      resolve(open);
    };
    const listeners: Array<["drain" | "close" | "error", () => void]> = [
      ["drain", done(true)],
      ["close", done(false)],
      ["error", done(false)],
    ];
    for (const [event, listener] of listeners) stream.once(event, listener);
  });
}

/** Writes the chunks to a stream, one queue's worth at a time; stops when the reader went away. */
export async function writeToStream(stream: Output, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!chunk) continue;
    if (stream.write(chunk) === false && drains(stream) && !(await drained(stream))) return;
  }
}

/** Writes the chunks to a file (its folder made), or names the file and why in one line. */
export function writeToFile(file: string, shownAs: string, chunks: Iterable<string>): void {
  if (existsSync(file) && statSync(file).isDirectory()) throw new CliError(`cannot write the report to ${shownAs}: it is a folder`);
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(file, "w");
    for (const chunk of chunks) writeSync(fd, chunk);
  } catch (error) {
    throw new CliError(`cannot write the report to ${shownAs}: ${(error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
