/** Dutch name handling: initials, voorvoegsel, display and sort forms, search normalisation. */
export interface PersonNameParts {
  givenNames: string;
  prefix?: string | null | undefined;
  familyName: string;
}

export function initialsOf(givenNames: string): string {
  return givenNames
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((name) => `${name.charAt(0).toLocaleUpperCase('nl-NL')}.`)
    .join('');
}

/** "J.P. de Vries": how a letter or screen addresses a person. */
export function displayName({ givenNames, prefix, familyName }: PersonNameParts): string {
  return [initialsOf(givenNames), prefix?.trim(), familyName.trim()].filter(Boolean).join(' ');
}

/** "Vries, J.P. de": how Dutch lists sort, on the family name without its voorvoegsel. */
export function sortName({ givenNames, prefix, familyName }: PersonNameParts): string {
  const tail = [initialsOf(givenNames), prefix?.trim()].filter(Boolean).join(' ');
  return tail ? `${familyName.trim()}, ${tail}` : familyName.trim();
}

/** Lower case without diacritics, so "Dubóis" and "dubois" compare equal. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl-NL')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchNameOf(parts: PersonNameParts): string {
  return normalizeForSearch([parts.givenNames, parts.prefix, parts.familyName].filter(Boolean).join(' '));
}

/** Sort key stored in the database: lower case and accent-free so the index orders as Dutch readers expect. */
export function sortKeyOf(parts: PersonNameParts): string {
  return normalizeForSearch(sortName(parts));
}
