import { z } from 'zod';

/** RFC 9457 problem details, with Dutch messages per field for validation errors. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  currentVersion: z.number().int().optional(),
});
export type Problem = z.infer<typeof Problem>;
