import { AUTO_GENERATED_COMPONENT_TYPES } from '@hubspot/project-parsing-lib/constants';
import { mapToUserFacingType } from '@hubspot/project-parsing-lib/transform';
import { translate } from '@hubspot/project-parsing-lib/translate';
import { relativeToProject, type ProjectFiles } from '../project-files';
import type { ProjectProblem } from '../project-problem';

/**
 * Runs HubSpot's own offline translation (what `hs project upload` does before sending) and reports the
 * hsmeta files it would skip, which it otherwise does without a word.
 */
export async function checkTranslation(project: ProjectFiles, platformVersion: string): Promise<{ problems: ProjectProblem[]; uids: string[] }> {
  try {
    const result = await translate({ projectSourceDir: project.srcDir, platformVersion }, { skipValidation: true });
    const problems = result.skippedHsMetaFiles.map((skipped) => ({
      file: relativeToProject(project.projectDir, skipped),
      rule: 'hsmeta-location' as const,
      message: "is skipped by HubSpot's project parser: move it directly into its component folder and give it a known type.",
    }));
    const nodes = Object.values(result.intermediateRepresentation.intermediateNodesIndexedByUid);
    const uids = nodes.filter((node) => !AUTO_GENERATED_COMPONENT_TYPES.includes(mapToUserFacingType(node.componentType))).map((node) => node.uid);
    return { problems, uids };
  } catch (error) {
    return { problems: [{ file: 'src', rule: 'hsmeta-json', message: `HubSpot's project parser failed: ${error instanceof Error ? error.message : String(error)}` }], uids: [] };
  }
}
