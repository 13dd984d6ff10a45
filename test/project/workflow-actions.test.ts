import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKFLOW_ACTION_OUTPUTS, WORKFLOW_ACTIONS, type WorkflowActionKind } from '@leadops/serverless';
import { PROJECT_ROOT } from '../support/run-tsx';

const SRC = path.join(PROJECT_ROOT, 'src');
const ACTIONS = path.join(SRC, 'app', 'workflow-actions');
const manifests = readdirSync(ACTIONS).filter((f) => f.endsWith('-hsmeta.json')).map((f) => ({ file: f, json: JSON.parse(readFileSync(path.join(ACTIONS, f), 'utf8')) as { uid: string; type: string; config: Record<string, unknown> } }));
const profiles = readdirSync(SRC).filter((f) => /^hsprofile\..+\.json$/.test(f)).map((f) => ({ file: f, variables: (JSON.parse(readFileSync(path.join(SRC, f), 'utf8')) as { variables: Record<string, string> }).variables }));
const interpolate = (text: string, variables: Record<string, string>) => text.replace(/\$\{(\w+)\}/g, (whole, name: string) => variables[name] ?? whole);

describe('workflow-action manifests', () => {
  it('declares the three LeadOps actions on contacts, unpublished until an admin publishes them', () => {
    expect(manifests.map((m) => m.json.type)).toEqual(['workflow-action', 'workflow-action', 'workflow-action']);
    for (const { json } of manifests) {
      expect(json.config['objectTypes']).toEqual(['CONTACT']);
      expect(json.config['isPublished']).toBe(false);
    }
  });

  it.each(profiles.map((p) => [p.file, p.variables] as const))('points every actionUrl and optionsUrl at a LeadOps action over HTTPS with profile %s', (_, variables) => {
    const urls = manifests.flatMap(({ json }) => [String(json.config['actionUrl']), ...((json.config['inputFields'] as { typeDefinition: { optionsUrl?: string } }[]) ?? []).map((f) => f.typeDefinition.optionsUrl).filter((u): u is string => u !== undefined)]);
    expect(urls).toHaveLength(4);
    for (const raw of urls) {
      const url = new URL(interpolate(raw, variables));
      expect(url.protocol).toBe('https:');
      const [, kind, options] = /^\/actions\/([a-z-]+)(\/options)?$/.exec(url.pathname) ?? [];
      expect(WORKFLOW_ACTIONS).toContain(kind);
      if (options) expect(kind).toBe('enroll-nurture');
    }
    expect(new Set(manifests.map(({ json }) => /\/actions\/([a-z-]+)$/.exec(String(json.config['actionUrl']))?.[1]))).toEqual(new Set(WORKFLOW_ACTIONS));
  });

  it('labels every output field for the workflow editor', () => {
    for (const { json } of manifests) {
      const outputs = (json.config['outputFields'] as { typeDefinition: { name: string } }[]).map((o) => o.typeDefinition.name);
      const labels = (json.config['labels'] as { en: { outputFieldLabels: Record<string, string>; actionName: string } }).en;
      expect(Object.keys(labels.outputFieldLabels).sort()).toEqual([...outputs].sort());
      expect(labels.actionName).toMatch(/^LeadOps: /);
    }
  });

  it('declares the same outputs, types and labels as the handler answers and `leadops install` pushes', () => {
    for (const { file, json } of manifests) {
      const kind = /\/actions\/([a-z-]+)$/.exec(String(json.config['actionUrl']))?.[1] as WorkflowActionKind;
      const wanted = WORKFLOW_ACTION_OUTPUTS[kind];
      const declared = (json.config['outputFields'] as { typeDefinition: { name: string; type: string } }[]).map((o) => [o.typeDefinition.name, o.typeDefinition.type]);
      expect([file, declared]).toEqual([file, wanted.map((field) => [field.name, field.type])]);
      const labels = (json.config['labels'] as { en: { outputFieldLabels: Record<string, string> } }).en.outputFieldLabels;
      expect(labels).toEqual(Object.fromEntries(wanted.map((field) => [field.name, field.label])));
    }
  });
});
