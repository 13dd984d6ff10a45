import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtensionPointApi, ExtensionPointLocation, UserContext } from '@hubspot/ui-extensions';
import { cardDataFor } from '../../extensions/test-support/card-data-fixture';
import { settingsReadAnswer } from '../../extensions/test-support/settings-fixture';
import { PROJECT_ROOT } from '../support/run-tsx';

/** hsproject.json's srcDir: HubSpot resolves an entrypoint such as /app/cards/X.tsx against it. */
const SRC_DIR = path.join(PROJECT_ROOT, (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'hsproject.json'), 'utf8')) as { srcDir: string }).srcDir);
const APP_DIR = path.join(SRC_DIR, 'app');

const CONTACT_ID = 101;
const USER_ID = 7;

interface ExtensionEntry {
  /** The component's metadata file, relative to the project. */
  readonly meta: string;
  readonly location: ExtensionPointLocation;
  readonly entry: string;
}

interface HsMeta {
  readonly type?: string;
  readonly config?: { readonly entrypoint?: string; readonly location?: ExtensionPointLocation };
}

function metaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return item.name === 'node_modules' || item.name === 'dist' ? [] : metaFiles(full);
    return item.name.endsWith('-hsmeta.json') ? [full] : [];
  });
}

/** Every UI component of the app (cards and the settings page) with the file HubSpot loads for it. */
function extensionEntries(): ExtensionEntry[] {
  return metaFiles(APP_DIR).flatMap((file): ExtensionEntry[] => {
    const meta = JSON.parse(readFileSync(file, 'utf8')) as HsMeta;
    if (meta.type !== 'card' && meta.type !== 'settings') return [];
    const entrypoint = meta.config?.entrypoint ?? '';
    const location = meta.type === 'settings' ? 'settings' : meta.config?.location;
    if (location === undefined) throw new Error(`${file} has no config.location`);
    return [{ meta: path.relative(PROJECT_ROOT, file), location, entry: path.join(SRC_DIR, entrypoint) }];
  });
}

const user: UserContext = { id: USER_ID, email: 'avery.admin@leadops.example', emails: ['avery.admin@leadops.example'], firstName: 'Avery', lastName: 'Admin', roles: [], teams: [], permissions: [] };
const portal = { id: 4_000_001, timezone: 'America/New_York' };

/** What HubSpot hands an extension at `location`: a contact record for cards, the user and portal everywhere. */
function apiFor(location: ExtensionPointLocation): ExtensionPointApi<ExtensionPointLocation> {
  const actions = {
    addAlert: jest.fn(),
    reloadPage: jest.fn(),
    refreshObjectProperties: jest.fn(),
    fetchCrmObjectProperties: jest.fn(async () => ({})),
    onCrmPropertiesUpdate: jest.fn(),
    openIframeModal: jest.fn(),
    closeOverlay: jest.fn(),
    copyTextToClipboard: jest.fn(async () => undefined),
    navigateToPage: jest.fn(),
  };
  const runServerlessFunction = jest.fn(() => new Promise<never>(() => undefined));
  if (location === 'settings') return { context: { location, user, portal }, actions, runServerlessFunction };
  if (location === 'crm.record.tab' || location === 'crm.record.sidebar' || location === 'crm.preview' || location === 'helpdesk.sidebar') {
    return { context: { location, user, portal, crm: { objectId: CONTACT_ID, objectTypeId: '0-1' } }, actions, runServerlessFunction };
  }
  throw new Error(`No test context for extension point ${location}: add one.`);
}

/** The functions' answers for a contact and a settings page that open without trouble. */
function answer(name: string): unknown {
  if (name === 'card_data') return { ok: true, ...cardDataFor() };
  if (name === 'settings_read') return settingsReadAnswer();
  if (name === 'app_status') return { ok: true, rulesEngineVersion: '0.1.0', accessTokenPresent: true };
  throw new Error(`An entry called ${name} on opening; give it an answer here.`);
}

const entries = extensionEntries();

describe('extension entries', () => {
  afterEach(() => jest.restoreAllMocks());

  it('finds the settings page and every card among the app components', () => {
    expect(entries.map((e) => e.location)).toContain('settings');
    expect(entries.filter((e) => e.location !== 'settings').length).toBeGreaterThanOrEqual(7);
  });

  it.each(entries.map((e) => [e.meta, e] as const))('%s: its entrypoint calls hubspot.extend once, and what it renders opens with the ids HubSpot gave', async (_meta, entry) => {
    // A fresh module registry, so the entry's top-level hubspot.extend call runs again here; the UI
    // package, React and the renderer all come from that same registry.
    await jest.isolateModulesAsync(async () => {
      const ui = await import('@hubspot/ui-extensions');
      const { createRenderer } = await import('@hubspot/ui-extensions/testing');
      const extend = jest.spyOn(ui.hubspot, 'extend').mockImplementation(() => undefined);
      const serverless = jest.spyOn(ui.hubspot, 'serverless').mockImplementation(async (name) => answer(name));

      await import(entry.entry);

      expect(extend).toHaveBeenCalledTimes(1);
      const render = extend.mock.calls[0]?.[0];
      if (typeof render !== 'function') throw new Error(`${entry.meta}: hubspot.extend was not given a function`);
      const renderer = createRenderer(entry.location);
      renderer.render(render(apiFor(entry.location)));
      expect(renderer.getRootNode().childNodes.length).toBeGreaterThan(0);

      await renderer.waitFor(() => expect(renderer.findAll(ui.LoadingSpinner)).toHaveLength(0));
      expect(renderer.findAll(ui.ErrorState)).toHaveLength(0);
      expect(renderer.findAll(ui.EmptyState)).toHaveLength(0);
      expect(serverless).toHaveBeenCalled();
      // The entry passes HubSpot's numeric ids on as the text the functions' parameters require.
      for (const [, options] of serverless.mock.calls) {
        const parameters = (options?.parameters ?? {}) as Readonly<Record<string, unknown>>;
        if ('userId' in parameters) expect(parameters['userId']).toBe(String(USER_ID));
        if ('contactId' in parameters) expect(parameters['contactId']).toBe(String(CONTACT_ID));
      }
    });
  });
});
