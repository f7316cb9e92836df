/**
 * What a series, a dataset or a theme is about, so that it has the same colour everywhere: crypto,
 * AI, or macro context (money supply, stock indexes, trade). Colours are in charts/palette.ts.
 */
import { z } from 'astro/zod';

export const SUBJECTS = ['crypto', 'ai', 'macro'] as const;
export const subjectSchema = z.enum(SUBJECTS);
export type Subject = z.output<typeof subjectSchema>;
