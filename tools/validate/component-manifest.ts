import type { HsMetaFile } from './project-files';

/** An hsmeta file that parsed as a JSON object; checks after the structural one only look at these. */
export interface ComponentManifest {
  readonly source: HsMetaFile;
  readonly uid: unknown;
  readonly type: unknown;
  readonly config: Record<string, unknown>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toComponentManifest(source: HsMetaFile): ComponentManifest | null {
  if (!source.content.ok || !isRecord(source.content.value)) return null;
  const { uid, type, config } = source.content.value;
  return { source, uid, type, config: isRecord(config) ? config : {} };
}
