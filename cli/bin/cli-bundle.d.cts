/** Where a bundle is built from and to; entryPoints maps each output name (`<name>.cjs`) to a source relative to root. */
export interface BundleSpec {
  readonly root: string;
  readonly cacheDir: string;
  readonly entryPoints: Readonly<Record<string, string>>;
}

export function freshBundle(spec: BundleSpec): string;
export function loadCli(): { main(argv: readonly string[]): Promise<number> };
