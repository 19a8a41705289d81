import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { catalogFolder } from '../../platform/paths';
import { CaseTypeEntry, type DOMAINS, DomainFile, SetsFile } from './schema';

export const CASE_TYPES_FOLDER = path.join(catalogFolder, 'case-types');

type Entry = z.output<typeof CaseTypeEntry>;
export type CaseType = Omit<Entry, 'statusSet' | 'resultSet' | 'statuses' | 'results'> & {
  domain: (typeof DOMAINS)[number];
  statuses: NonNullable<Entry['statuses']>;
  results: NonNullable<Entry['results']>;
};

/** A broken catalog stops start-up with the file, the field and the problem. */
export class CatalogError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`Catalogus ${path.basename(file)}, veld ${field || '(bestand)'}: ${problem}`);
    this.name = 'CatalogError';
  }
}

export function readCatalogJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogError(file, '', `geen geldige JSON (${(error as Error).message})`);
  }
}

export function parseCatalogFile<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
  prefix: string,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CatalogError(
      file,
      [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.'),
      issue?.message ?? 'ongeldig',
    );
  }
  return result.data;
}

/**
 * Loads every published case type. Versions: a published version is never edited; a new version
 * (same code, higher number) applies to new cases, so all versions are kept and `latest` picks one.
 */
export function loadCaseTypeCatalog(folder = CASE_TYPES_FOLDER): CaseType[] {
  const setsFile = path.join(folder, '_sets.json');
  const sets = parseCatalogFile(SetsFile, readCatalogJson(setsFile), setsFile, '');
  const caseTypes: CaseType[] = [];
  const seen = new Set<string>();
  for (const name of fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json') && !file.startsWith('_'))
    .sort()) {
    const file = path.join(folder, name);
    const domainFile = parseCatalogFile(DomainFile, readCatalogJson(file), file, '');
    domainFile.caseTypes.forEach((raw, index) => {
      const prefix = `caseTypes[${index}]`;
      const entry = parseCatalogFile(CaseTypeEntry, raw, file, prefix);
      const key = `${entry.code}@${entry.version}`;
      if (seen.has(key)) throw new CatalogError(file, `${prefix}.version`, `${key} staat er twee keer in`);
      seen.add(key);
      const statuses = entry.statuses ?? (entry.statusSet ? sets.statusSets[entry.statusSet] : undefined);
      if (!statuses)
        throw new CatalogError(file, `${prefix}.statusSet`, `onbekende statusset "${entry.statusSet}"`);
      const results = entry.results ?? (entry.resultSet ? sets.resultSets[entry.resultSet] : undefined);
      if (!results)
        throw new CatalogError(file, `${prefix}.resultSet`, `onbekende resultaatset "${entry.resultSet}"`);
      const { statusSet: _s, resultSet: _r, ...rest } = entry;
      caseTypes.push({ ...rest, domain: domainFile.domain, statuses, results });
    });
  }
  return caseTypes;
}

/** The version that applies to a new case received on `date`: the newest one published by then. */
export function latestVersion(
  caseTypes: readonly CaseType[],
  code: string,
  date: string,
): CaseType | undefined {
  return caseTypes
    .filter((caseType) => caseType.code === code && caseType.publishedOn <= date)
    .sort((a, b) => b.version - a.version)[0];
}
