/** Dutch postcode: four digits (not starting with 0), a space, two capitals; SA, SD and SS are not issued. */
export function normalizePostcode(input: string): string | undefined {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(input);
  if (!match) return undefined;
  const letters = (match[2] ?? '').toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return undefined;
  return `${match[1]} ${letters}`;
}
