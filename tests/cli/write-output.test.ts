import { Writable } from "node:stream";
import { writeToStream } from "../../src/cli/write-output.js";

/** A reader slower than the writer, as a pipe a CI step reads: it takes a chunk on each timer tick. */
function slowReader(highWaterMark: number) {
  const received: string[] = [];
  let mostQueued = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      received.push(chunk);
      setTimeout(done, 1);
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string) => {
    const ok = write(chunk);
    mostQueued = Math.max(mostQueued, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return { stream, received, mostQueued: () => mostQueued };
}

const CHUNK = "x".repeat(1000);
const chunks = (count: number) => Array.from({ length: count }, (_, index) => `${CHUNK}${index}\n`);

it("waits for a slow reader: what is queued stays within the stream's buffer and one chunk", async () => {
  const reader = slowReader(4096);
  await writeToStream(reader.stream, chunks(200));
  await new Promise((resolve) => reader.stream.end(resolve));
  expect(reader.received.join("")).toBe(chunks(200).join(""));
  expect(reader.mostQueued()).toBeLessThanOrEqual(4096 + CHUNK.length + 4);
});

it("stops writing when the reader goes away (as `| head`), without waiting forever", async () => {
  const reader = slowReader(2048);
  const written = writeToStream(reader.stream, chunks(1000));
  setTimeout(() => reader.stream.destroy(), 5);
  await written;
  expect(reader.received.length).toBeLessThan(1000);
});

it("writes to an output that has no queue (a test's collector) in one pass", async () => {
  const collected: string[] = [];
  await writeToStream({ write: (chunk: string) => collected.push(chunk) }, ["a", "", "b"]);
  expect(collected).toEqual(["a", "b"]);
});
