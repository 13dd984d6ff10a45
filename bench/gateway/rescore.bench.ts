import { parseConfig, formatConfigProblem, type LeadOpsConfigInput } from '@leadops/rules';
import defaultConfig from '../../rules/config/default-config.json';
import { startHubSpotEmulator } from '../../serverless/src/emulator/hubspot-emulator';
import { createHubSpotGateway } from '../../serverless/src/hubspot/hubspot-gateway';
import { TEN_SECOND_LIMITS, DEFAULT_SEARCH_PER_SECOND, SEARCH_PAGE_SIZE, BATCH_SIZE } from '../../serverless/src/hubspot/rate-limits';
import { install } from '../../serverless/src/operations/install.operation';
import { rescoreAll } from '../../serverless/src/operations/rescore-all.operation';
import type { Benchmark, BenchFigure } from '../benchmark';
import { seededRandom, pick } from '../seeded-random';

const CONTACTS = 20_000;
const TOKEN = 'bench-token';

export const rescoreBenchmark: Benchmark = {
  name: 'rescore 20,000 contacts against the emulator at Professional limits',
  run: async (): Promise<BenchFigure[]> => {
    const parsed = parseConfig(defaultConfig as unknown as LeadOpsConfigInput);
    if (!parsed.ok) throw new Error(parsed.problems.map(formatConfigProblem).join('\n'));
    const random = seededRandom(5);
    const contacts = Array.from({ length: CONTACTS }, (_, i) => ({ id: String(100_000 + i), properties: { email: `c${i}@${pick(random, ['acme.example', 'gmail.com', 'globex.example'])}`, jobtitle: pick(random, ['VP Sales', 'Engineer', 'Head of Marketing', '']), numemployees: String(Math.floor(random() * 4000)), country: pick(random, ['US', 'DE', 'IN', '']) } }));
    const limits = { tenSecondLimit: TEN_SECOND_LIMITS.professional, searchPerSecond: DEFAULT_SEARCH_PER_SECOND };
    const emulator = await startHubSpotEmulator({ seed: { contacts }, rateLimit: false, accessToken: TOKEN });
    try {
      await install(createHubSpotGateway({ accessToken: TOKEN, baseUrl: emulator.url }));
      emulator.setRateLimit(limits);
      emulator.clearLog();
      const gateway = createHubSpotGateway({ accessToken: TOKEN, baseUrl: emulator.url, tier: 'professional' });
      const start = process.hrtime.bigint();
      const result = await rescoreAll(gateway, parsed.config, { now: Date.parse('2026-11-24T09:00:00Z') });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      await gateway.stop();

      const pages = Math.ceil(CONTACTS / SEARCH_PAGE_SIZE);
      const writeBatches = Math.ceil(result.written / BATCH_SIZE);
      // Score updates and their audit notes: one batch of each per 100 changed contacts.
      const minimumCalls = pages + 2 * writeBatches;
      const searches = emulator.callCount({ pathPrefix: '/crm/objects/2026-09/contacts/search' });
      const rejected = emulator.log.filter((e) => e.status === 429).length;
      // Searches are sequential (each page's cursor comes from the last) and limited per second; every
      // call also counts against the 10-second window. The slower of the two bounds the run.
      const allowedSeconds = Math.max((pages - 1) / limits.searchPerSecond, (minimumCalls / limits.tenSecondLimit - 1) * 10);
      return [
        { label: 'HubSpot calls made (reads: pages of 200, writes and notes: batches of 100)', value: `${emulator.log.length} (minimum ${minimumCalls}: ${pages} searches + ${writeBatches} batch updates + ${writeBatches} note batches; ${searches} searches made)`, meetsTarget: emulator.log.length === minimumCalls },
        { label: '429s received from the emulated limits', value: String(rejected), meetsTarget: null },
        { label: 'wall time', value: `${seconds.toFixed(1)} s; the rate limits allow ${allowedSeconds.toFixed(1)} s; within 10%: ${seconds <= allowedSeconds * 1.1 ? 'yes' : 'no'}`, meetsTarget: seconds <= allowedSeconds * 1.1 },
        { label: 'contacts read / written', value: `${result.read} / ${result.written}`, meetsTarget: result.read === CONTACTS },
      ];
    } finally {
      await emulator.close();
    }
  },
};
