import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** A phone number in E.164 (+14155550123), read with the contact's country when it has no country code. */
export function normalizePhone(raw: string, country: string | undefined): string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const parsed = parsePhoneNumberFromString(text, country as CountryCode | undefined);
  return parsed && parsed.isValid() ? parsed.number : undefined;
}
