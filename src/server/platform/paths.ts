import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, wherever the process was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const migrationsFolder = path.join(projectRoot, 'drizzle');
export const catalogFolder = path.join(projectRoot, 'catalog');
