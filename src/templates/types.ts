/** How one file pulls in another. */
export interface Link {
  /** What the file wrote (`"layouts/base.njk"`, `header`, `./Analytics`), or the wrapper's path for implicit links. */
  target: string;
  /** Candidate paths, relative to the roots the resolver tries, most likely first. */
  candidates: string[];
  /** Where the link is written (offsets in the file); an implicit wrapper link points at the file's start. */
  range: [number, number];
  /** `extends`, `include`, `layout`, `render`, `partial`, `import`, `wrapper` (a layout that wraps every page below it)... */
  kind: string;
  /** Resolve the candidates against the file's own folder only (`./x`, `include_relative`). */
  relative: boolean;
  /**
   * A module specifier that is not relative (`@/components/Pixel`, `~/x`, `components/x`): looked up
   * through the project's tsconfig/jsconfig `paths` and `baseUrl`; `candidates` are then the endings
   * tried after the mapped path (`.tsx`, `/index.ts`, ...).
   */
  alias?: boolean;
}
