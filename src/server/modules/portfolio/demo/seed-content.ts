import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SeedContent } from './content-schema';

/**
 * The portfolio's seed content: the Toekomstagenda Actieplan 2018–2019 and the Jaarplan 2018 SZMH
 * transcribed into `seed-content.json` (how the source was read: docs/portfolio-seed-reading.md).
 */
export const SEED_CONTENT_FILE = fileURLToPath(new URL('./seed-content.json', import.meta.url));

/** `projects[3].contributions[0].columnKey` for a Zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(bestand)';
}

/** Parses seed content; a broken file throws with the file, and per issue the field's path and the problem. */
export function parseSeedContent(value: unknown, file: string = SEED_CONTENT_FILE): SeedContent {
  const result = SeedContent.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `  veld ${fieldPath(issue.path)}: ${issue.message}`);
  throw new Error(`Seed-inhoud ${file} is ongeldig:\n${issues.join('\n')}`);
}

/** Reads and validates `seed-content.json` next to this module. */
export function loadSeedContent(): SeedContent {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(SEED_CONTENT_FILE, 'utf8'));
  } catch (error) {
    throw new Error(`Seed-inhoud ${SEED_CONTENT_FILE}: geen leesbare JSON (${(error as Error).message})`);
  }
  return parseSeedContent(raw);
}
