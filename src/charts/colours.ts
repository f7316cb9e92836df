/**
 * Which colour each series takes: its subject's (crypto vermilion, AI blue, macro grey), the second
 * tone for a second series of the same subject, and the other hues for series no subject covers
 * (definitions compared side by side). Decided once, when the chart is prepared.
 */
import type { Subject } from '../model/subjects.ts';
import { OTHER_SLOTS, SUBJECT_SLOTS, type ColourSlot } from './palette.ts';

/** One colour per entry, in order: each subject's tones first come, first served, then the other hues. */
export function assignColours(subjects: readonly (Subject | undefined)[]): ColourSlot[] {
  const used = new Set<ColourSlot>();
  const take = (slots: readonly ColourSlot[]) => slots.find((slot) => !used.has(slot));
  return subjects.map((subject, i) => {
    const slot = (subject && take(SUBJECT_SLOTS[subject])) ?? take(OTHER_SLOTS) ?? OTHER_SLOTS[i % OTHER_SLOTS.length]!;
    used.add(slot);
    return slot;
  });
}
