import { toComponentManifest, type ComponentManifest } from './component-manifest';
import { checkAppAuth } from './checks/app-auth.check';
import { checkCardTargets } from './checks/card-targets.check';
import { checkComponentCounts } from './checks/component-count.check';
import { checkEntrypoints } from './checks/entrypoints.check';
import { checkFunctionManifests } from './checks/function-manifests.check';
import { checkHsMetaStructure } from './checks/hsmeta-structure.check';
import { checkProjectConfig } from './checks/project-config.check';
import { checkTranslation } from './checks/translate.check';
import { loadProjectFiles } from './project-files';
import type { ProjectProblem } from './project-problem';

export interface ValidationReport {
  readonly problems: readonly ProjectProblem[];
  /** Component uids HubSpot's parser found, for the summary line. */
  readonly components: readonly string[];
}

export interface ValidateOptions {
  /** The scopes the app must request exactly (the gateway's list). */
  readonly requiredScopes: readonly string[];
}

/** Offline structural check of a HubSpot developer project: everything `hs project validate` would need an account for, and more. */
export async function validateProject(projectDir: string, options: ValidateOptions): Promise<ValidationReport> {
  const configResult = checkProjectConfig(projectDir);
  if (!configResult.ok) return { problems: configResult.problems, components: [] };
  const project = loadProjectFiles(projectDir, configResult.config.srcDir);
  const manifests = project.hsMetaFiles.map(toComponentManifest).filter((m): m is ComponentManifest => m !== null);
  const translation = await checkTranslation(project, configResult.config.platformVersion);
  const problems = [
    ...configResult.problems,
    ...checkHsMetaStructure(project),
    ...translation.problems,
    ...(await checkComponentCounts(project)),
    ...checkEntrypoints(project, manifests),
    ...checkFunctionManifests(project, manifests),
    ...checkCardTargets(manifests),
    ...checkAppAuth(manifests, options.requiredScopes),
  ];
  // The translation and the structure check can both flag a misplaced file; say it once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.file}|${p.rule}`;
    if (p.rule === 'hsmeta-location' && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { problems: unique, components: translation.uids };
}
