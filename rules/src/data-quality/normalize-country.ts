import countries from 'i18n-iso-countries';

/** Languages whose country names are accepted ("Deutschland", "Allemagne", "Alemania" → DE). */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'no', 'fi', 'pl'] as const;

/** Common spellings no locale table has. */
const VARIANTS: Readonly<Record<string, string>> = {
  usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', 'united states of america': 'US', america: 'US', 'the united states': 'US', 'us of a': 'US',
  uk: 'GB', 'u.k.': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  holland: 'NL', 'the netherlands': 'NL', uae: 'AE', 'south korea': 'KR', korea: 'KR', russia: 'RU', czechia: 'CZ', 'czech republic': 'CZ',
  vietnam: 'VN', 'ivory coast': 'CI', turkey: 'TR', 'türkiye': 'TR', deutschland: 'DE', 'hong kong sar': 'HK',
};

/**
 * Answers already worked out. A portal types its countries a few hundred ways, and looking a name up in
 * twelve languages costs more than the rest of a contact's cleaning; bounded, so odd input cannot grow it.
 */
const known = new Map<string, string | undefined>();
const KNOWN_LIMIT = 10_000;

/** A country name, alpha-2 or alpha-3 code in several languages → ISO 3166-1 alpha-2, or `undefined`. */
export function normalizeCountry(raw: string): string | undefined {
  if (known.has(raw)) return known.get(raw);
  const code = lookUpCountry(raw);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(raw, code);
  return code;
}

function lookUpCountry(raw: string): string | undefined {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  const lower = text.toLowerCase();
  const variant = VARIANTS[lower];
  if (variant) return variant;
  if (/^[a-z]{2}$/i.test(text) && countries.isValid(text.toUpperCase())) return text.toUpperCase();
  if (/^[a-z]{3}$/i.test(text)) {
    const alpha2 = countries.alpha3ToAlpha2(text.toUpperCase());
    if (alpha2) return alpha2;
  }
  for (const language of LANGUAGES) {
    const code = countries.getAlpha2Code(text, language);
    if (code) return code;
  }
  return undefined;
}
