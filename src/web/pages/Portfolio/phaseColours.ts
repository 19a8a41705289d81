import type { Phase } from '../../../shared/api/portfolio';

/**
 * Badge colours per phase. The source's own colour legend did not survive, so these are ours: a
 * light background with a dark text of the same hue, every pair at least 4.5:1 (WCAG 1.4.3), and
 * the phase's name always written in the badge, so colour is never the only carrier of meaning.
 */
export const PHASE_COLOURS: Record<Phase, { background: string; text: string }> = {
  Planvorming: { background: '#e8eef9', text: '#1d3f73' },
  Onderzoek: { background: '#efe6f7', text: '#4b2173' },
  Besluit: { background: '#fff0c2', text: '#5c4300' },
  Implementatie: { background: '#ffe3d1', text: '#7a2e00' },
  Uitvoering: { background: '#dcf2e3', text: '#14532d' },
  Evaluatie: { background: '#dcf2f5', text: '#0b4f57' },
  Continu: { background: '#e8e8e8', text: '#2b2b2b' },
  Afgerond: { background: '#ffffff', text: '#1f2937' },
};

/** Relative luminance of an sRGB colour written as #rrggbb (WCAG 2.1 definition). */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1, 4).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
