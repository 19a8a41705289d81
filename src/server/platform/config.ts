import path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  // 0 picks a free port (tests); the banner prints the one actually used.
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('127.0.0.1'),
  dataDir: z.string().default('./data'),
  databaseUrl: z.string().url().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Origin the browser uses; login requests from another origin are refused. */
  publicOrigin: z.string().optional(),
  sessionHours: z.coerce.number().positive().default(8),
  breakGlassMinutes: z.coerce.number().int().positive().default(60),
  secureCookies: z.coerce.boolean().default(false),
  webDistDir: z.string().default('./dist/web'),
  /** The Monitor's disclosure rule: counts up to the threshold hidden, others rounded to the base. */
  disclosureThreshold: z.coerce.number().int().min(0).default(7),
  disclosureRoundingBase: z.coerce.number().int().min(1).default(5),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = ConfigSchema.parse({
    port: env.PORT,
    host: env.HOST,
    dataDir: env.SAMENHANG_DATA_DIR,
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL,
    publicOrigin: env.PUBLIC_ORIGIN,
    sessionHours: env.SESSION_HOURS,
    breakGlassMinutes: env.BREAK_GLASS_MINUTES,
    secureCookies: env.SECURE_COOKIES === 'true' ? true : undefined,
    webDistDir: env.SAMENHANG_WEB_DIST,
    disclosureThreshold: env.MONITOR_DISCLOSURE_THRESHOLD,
    disclosureRoundingBase: env.MONITOR_ROUNDING_BASE,
    ...overrides,
  });
  return { ...parsed, dataDir: path.resolve(parsed.dataDir) };
}
