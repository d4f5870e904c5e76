/** A usage, configuration or input error: exit code 2 with one line on stderr, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Where the command writes: `process.stdout`/`process.stderr`, or a test's collector. */
export interface Output {
  write(chunk: string): unknown;
}
