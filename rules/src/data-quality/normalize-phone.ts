import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * A phone number in E.164 (+14155550123), read with the contact's country when it has no country code;
 * an extension is kept after it (+14155550132 ext. 123), since dropping it loses how to reach the person.
 */
export function normalizePhone(raw: string, country: string | undefined): string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const parsed = parsePhoneNumberFromString(text, country as CountryCode | undefined);
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.ext ? `${parsed.number} ext. ${parsed.ext}` : parsed.number;
}
