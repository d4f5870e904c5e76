import { closeSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { CliError } from "./errors.js";

/** The file system calls the file selection makes: injectable, so a test can deny a read even as root. */
export interface FileSystem {
  lstat(file: string): Stats;
  stat(file: string): Stats;
  realpath(file: string): string;
  readdir(folder: string): Dirent[];
  /** The first `length` bytes of a file (fewer when it is shorter). */
  head(file: string, length: number): Buffer;
}

export const NODE_FILE_SYSTEM: FileSystem = {
  lstat: (file) => lstatSync(file),
  stat: (file) => statSync(file),
  realpath: (file) => realpathSync(file),
  readdir: (folder) => readdirSync(folder, { withFileTypes: true }),
  head(file, length) {
    const fd = openSync(file, "r");
    try {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  },
};

/** The default size cap: a page over it is named and skipped (a 50 MB page took 26 s and 3.3 GB). */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** How many bytes are sniffed for binary content. */
const SNIFF_BYTES = 8192;

const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `--max-file-size`: bytes, or a number with a unit (500KB, 2MB, 1.5 MB); 0 means no cap. */
export function sizeOf(value: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?) ?([a-z]*)$/i.exec(value.trim());
  const unit = match ? UNITS[(match[2] ?? "").toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new CliError(`${option} expects a size in bytes or with a unit (such as 2MB or 500KB), got "${value}"`);
  return Math.round(Number(match[1]) * unit);
}

/** A size for people: 2 MB, 512 KB, 100 bytes. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Why the bytes at a file's start are not text the plugin can read, or undefined when they are. */
export function binaryKindOf(head: Uint8Array): string | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return "binary: gzip data";
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return "binary: PNG image";
  // UTF-16 text holds NUL bytes for every ASCII character: it is text, but ESLint reads files as UTF-8
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return "UTF-16 text: save it as UTF-8 to have it checked";
  if (head.includes(0)) return "binary: it holds NUL bytes";
  return undefined;
}

/** The words for a file system error: permission denied is never "no such file". */
export function reasonOfError(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file";
  if (code === "ELOOP") return "symbolic link loop";
  return error instanceof Error ? error.message : String(error);
}

/** Why a file that stat says exists cannot be linted (not regular, too big, unreadable, binary), or undefined. */
export function unreadableReasonOf(file: string, stats: Stats, fs: FileSystem, maxFileSize: number): string | undefined {
  if (stats.isFIFO()) return "not a regular file (FIFO)";
  if (stats.isSocket()) return "not a regular file (socket)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "not a regular file (device)";
  if (!stats.isFile()) return "not a regular file";
  if (maxFileSize > 0 && stats.size > maxFileSize) return `over the size cap (${sizeText(stats.size)}, maximum ${sizeText(maxFileSize)}; see --max-file-size)`;
  let head: Buffer;
  try {
    head = fs.head(file, SNIFF_BYTES);
  } catch (error) {
    return reasonOfError(error);
  }
  return binaryKindOf(head);
}
