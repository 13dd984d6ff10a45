import { parseProjectConfig } from '@hubspot/project-parsing-lib/projects';
import { LATEST_SUPPORTED_PLATFORM_VERSION } from '@hubspot/project-parsing-lib/projects';
import type { ProjectConfig } from '@hubspot/project-parsing-lib/projects';
import type { ProjectProblem } from '../project-problem';

/** The platform version LeadOps is built for; app functions came back in 2026.03. */
export const TARGET_PLATFORM_VERSION = '2026.03';

export type ProjectConfigResult = { readonly ok: true; readonly config: ProjectConfig; readonly problems: ProjectProblem[] } | { readonly ok: false; readonly problems: ProjectProblem[] };

export function checkProjectConfig(projectDir: string): ProjectConfigResult {
  let config: ProjectConfig;
  try {
    config = parseProjectConfig(projectDir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file: 'hsproject.json', rule: 'project-config', message: `cannot be read: ${reason}. It needs { "name", "srcDir": "src", "platformVersion": "${TARGET_PLATFORM_VERSION}" }.` }] };
  }
  const problems: ProjectProblem[] = [];
  if (config.platformVersion !== TARGET_PLATFORM_VERSION) {
    problems.push({ file: 'hsproject.json', rule: 'project-config', message: `platformVersion is "${config.platformVersion}": LeadOps targets "${TARGET_PLATFORM_VERSION}" (parsing-lib's latest is ${LATEST_SUPPORTED_PLATFORM_VERSION}).` });
  }
  if (config.srcDir !== 'src') {
    problems.push({ file: 'hsproject.json', rule: 'project-config', message: `srcDir is "${config.srcDir}": set it to "src", where the app's components live.` });
  }
  return { ok: true, config, problems };
}
