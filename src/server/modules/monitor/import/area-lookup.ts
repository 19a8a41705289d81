import { normalise } from './table-steps';
import type { AreaLevel, ImportArea } from './validation-types';

// Finding an area from what a file writes in its area column. Shared by both validations, so a
// name that fits two areas is refused in the same words everywhere.

type AreaLookup = { area: ImportArea } | { reason: string };

/** An area by CBS code, or by exact name (case-insensitive) when that name is unique. */
export function areaResolver(areas: readonly ImportArea[], level: AreaLevel | undefined) {
  const byCode = new Map(areas.map((area) => [area.code.toUpperCase(), area]));
  const byName = new Map<string, ImportArea[]>();
  for (const area of areas) {
    if (level && area.level !== level) continue;
    const key = normalise(area.name);
    byName.set(key, [...(byName.get(key) ?? []), area]);
  }
  return (raw: string): AreaLookup => {
    const text = raw.trim();
    if (text === '') return { reason: 'Geen gebied ingevuld' };
    const coded = byCode.get(text.toUpperCase());
    if (coded) return { area: coded };
    const named = byName.get(normalise(text)) ?? [];
    if (named.length === 1) return { area: named[0] as ImportArea };
    if (named.length > 1)
      return {
        reason: `De naam "${text}" past bij meer dan één gebied (${named.map((area) => area.code).join(', ')}); gebruik de CBS-code`,
      };
    return {
      reason: `Onbekend gebied "${text}": geen CBS-code of naam van een ${level ?? 'gebied'} in de regio`,
    };
  };
}
