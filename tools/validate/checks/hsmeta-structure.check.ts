import { Components, ALLOWED_TOP_LEVEL_FIELDS } from '@hubspot/project-parsing-lib/constants';
import { validateUid } from '@hubspot/project-parsing-lib/uid';
import { isRecord } from '../component-manifest';
import type { ProjectFiles } from '../project-files';
import type { ProjectProblem } from '../project-problem';

const TOP_LEVEL = [...ALLOWED_TOP_LEVEL_FIELDS].map(String);

/** Folder (relative to srcDir) → the component type HubSpot reads there. */
function componentFolders(): Map<string, string> {
  const folders = new Map<string, string>();
  for (const [type, meta] of Object.entries(Components)) {
    const folder = meta.parentComponent ? `${Components[meta.parentComponent]?.dir ?? meta.parentComponent}/${meta.dir}` : meta.dir;
    if (!folders.has(folder)) folders.set(folder, type);
  }
  return folders;
}

/**
 * What parsing-lib's offline translate accepts silently: broken JSON, extra top-level keys, bad or
 * repeated uids, and hsmeta files in folders HubSpot never reads.
 */
export function checkHsMetaStructure(project: ProjectFiles): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  const folders = componentFolders();
  const uidOwners = new Map<string, string>();

  for (const meta of project.hsMetaFiles) {
    const { file } = meta;
    const folder = meta.pathInSrc.split('/').slice(0, -1).join('/');
    const expectedType = folders.get(folder);
    if (expectedType === undefined) {
      const known = [...folders.keys()].filter((f) => f.startsWith('app')).join(', ');
      problems.push({ file, rule: 'hsmeta-location', message: `HubSpot ignores hsmeta files in "${folder || '.'}/": move it directly into a component folder (${known}); nested folders are not read.` });
    }
    if (!meta.content.ok) {
      problems.push({ file, rule: 'hsmeta-json', message: `is not valid JSON (${meta.content.error}): fix the syntax.` });
      continue;
    }
    const value = meta.content.value;
    if (!isRecord(value)) {
      problems.push({ file, rule: 'hsmeta-json', message: 'must contain a JSON object with uid, type and config.' });
      continue;
    }
    const extra = Object.keys(value).filter((key) => !TOP_LEVEL.includes(key));
    if (extra.length > 0) {
      problems.push({ file, rule: 'hsmeta-top-level', message: `has unknown top-level key(s) ${extra.map((k) => `"${k}"`).join(', ')}: only ${TOP_LEVEL.join(', ')} are allowed; move settings under "config".` });
    }
    if (!isRecord(value['config'])) {
      problems.push({ file, rule: 'hsmeta-top-level', message: 'has no "config" object: add one with the component\'s settings.' });
    }
    const uid = value['uid'];
    if (typeof uid !== 'string') {
      problems.push({ file, rule: 'hsmeta-uid', message: 'has no string "uid": add a unique id such as "leadops_score_card".' });
    } else {
      const uidError = validateUid(uid);
      if (uidError) problems.push({ file, rule: 'hsmeta-uid', message: `uid "${uid}" is invalid: ${uidError}.` });
      const owner = uidOwners.get(uid);
      if (owner) problems.push({ file, rule: 'hsmeta-uid-unique', message: `uid "${uid}" is already used by ${owner}: give each component its own uid.` });
      else uidOwners.set(uid, file);
    }
    const type = value['type'];
    if (typeof type !== 'string' || !(type in Components)) {
      problems.push({ file, rule: 'hsmeta-type', message: `type ${JSON.stringify(type)} is not a HubSpot component type: use one of ${Object.keys(Components).join(', ')}.` });
    } else if (expectedType !== undefined && type !== expectedType) {
      problems.push({ file, rule: 'hsmeta-type', message: `type "${type}" does not belong in "${folder}/" (HubSpot reads "${expectedType}" components there): move the file to "${Components[type]?.dir}/" or fix the type.` });
    }
  }
  return problems;
}
