import { getProjectMetadata } from '@hubspot/project-parsing-lib/projects';
import { relativeToProject, type ProjectFiles } from '../project-files';
import type { ProjectProblem } from '../project-problem';

/** HubSpot allows one app, one settings page, one webhooks component… per project. */
export async function checkComponentCounts(project: ProjectFiles): Promise<ProjectProblem[]> {
  const metadata = await getProjectMetadata(project.srcDir);
  return Object.entries(metadata.components).flatMap(([type, component]) =>
    component.maxCount !== null && component.count > component.maxCount
      ? [{
          file: component.hsMetaFiles.map((f) => relativeToProject(project.projectDir, f)).join(', '),
          rule: 'component-count' as const,
          message: `${component.count} "${type}" components found, HubSpot allows ${component.maxCount}: keep one and remove the others.`,
        }]
      : [],
  );
}
