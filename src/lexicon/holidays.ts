/**
 * Holidays that news dates things by, with the rule that gives their day in a year. Names are
 * matched case-sensitively as written here (a holiday is a proper name); "Day" may follow a name
 * that has `day: 'optional'`. Add a holiday by its rule; no list of years is needed.
 */

export type HolidayRule =
  /** the same day every year */
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  /** the nth given weekday (0 = Sunday) of a month; n = -1 is the last */
  | { readonly kind: 'nth-weekday'; readonly month: number; readonly weekday: number; readonly n: number };

export interface Holiday {
  /** the name as written, without a trailing "Day" when that is optional */
  readonly name: string;
  readonly rule: HolidayRule;
  /** "Thanksgiving" or "Thanksgiving Day"; "Labor Day" needs its "Day" (`required`). */
  readonly day: 'optional' | 'required' | 'none';
}

export const HOLIDAYS: readonly Holiday[] = [
  { name: 'Thanksgiving', rule: { kind: 'nth-weekday', month: 11, weekday: 4, n: 4 }, day: 'optional' },
  { name: 'Christmas Eve', rule: { kind: 'fixed', month: 12, day: 24 }, day: 'none' },
  { name: 'Christmas', rule: { kind: 'fixed', month: 12, day: 25 }, day: 'optional' },
  { name: 'Boxing', rule: { kind: 'fixed', month: 12, day: 26 }, day: 'required' },
  { name: "New Year's Eve", rule: { kind: 'fixed', month: 12, day: 31 }, day: 'none' },
  { name: "New Year's", rule: { kind: 'fixed', month: 1, day: 1 }, day: 'required' },
  { name: 'Independence', rule: { kind: 'fixed', month: 7, day: 4 }, day: 'required' },
  { name: 'Fourth of July', rule: { kind: 'fixed', month: 7, day: 4 }, day: 'none' },
  { name: 'Bastille', rule: { kind: 'fixed', month: 7, day: 14 }, day: 'required' },
  { name: 'Halloween', rule: { kind: 'fixed', month: 10, day: 31 }, day: 'none' },
  { name: "Valentine's", rule: { kind: 'fixed', month: 2, day: 14 }, day: 'required' },
  { name: 'Veterans', rule: { kind: 'fixed', month: 11, day: 11 }, day: 'required' },
  { name: 'Armistice', rule: { kind: 'fixed', month: 11, day: 11 }, day: 'required' },
  { name: "International Women's", rule: { kind: 'fixed', month: 3, day: 8 }, day: 'required' },
  { name: 'Labor', rule: { kind: 'nth-weekday', month: 9, weekday: 1, n: 1 }, day: 'required' },
  { name: 'Memorial', rule: { kind: 'nth-weekday', month: 5, weekday: 1, n: -1 }, day: 'required' },
  { name: 'Martin Luther King', rule: { kind: 'nth-weekday', month: 1, weekday: 1, n: 3 }, day: 'required' },
];
