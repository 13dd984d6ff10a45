import { cellValue, dropValue, skipRow, type CellReading } from './cell-reading';

/**
 * Reads "Associated Company IDs" ("1001;1002", HubSpot's separator; commas are accepted too) into ids
 * joined by ";". An id that is not digits skips the row (the cell is not what the column holds); an id
 * not among the imported companies is dropped and the others kept, so the contact simply has no link to it.
 */
export function companyIdsReader(knownCompanyIds: ReadonlySet<string> | undefined): (raw: string) => CellReading {
  return (raw) => {
    const ids = raw.split(/[;,]/).map((id) => id.trim()).filter((id) => id !== '');
    // Only separators (";"): no company, and no empty id that would become an association to nothing.
    if (ids.length === 0) return dropValue(`"${raw.trim()}" names no company id: leave the cell empty, or write ids separated by ";"`);
    const bad = ids.find((id) => !/^\d+$/.test(id));
    if (bad !== undefined) return skipRow(`"${bad}" is not a company record id: ids are digits, several separated by ";"`);
    if (knownCompanyIds === undefined) return cellValue(ids.join(';'));
    const known = ids.filter((id) => knownCompanyIds.has(id));
    const unknown = ids.filter((id) => !knownCompanyIds.has(id));
    if (unknown.length === 0) return cellValue(known.join(';'));
    const message = `company ${unknown.length === 1 ? 'id' : 'ids'} ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the imported companies: export the companies together with the contacts (or ignore it if the company was deleted); the association is left out`;
    return known.length === 0 ? dropValue(message) : { kind: 'value', value: known.join(';'), dropped: message };
  };
}
