// Types for scripts/eval-real/sets/tbaq.js (plain ESM run by node; typed here for test/eval).

export interface Counter {
  tp: number;
  fp: number;
  fn: number;
}
export interface GoldTimex {
  tid: string;
  type: string;
  value: string;
  start: number;
  end: number;
  text: string;
}
export interface TbaqDoc {
  id: string;
  dct: string | null;
  text: string;
  rawAt: number[];
  timexes: GoldTimex[];
  raw: string;
  textStart: number;
  textEnd: number;
}
export interface TbaqTally {
  found: Counter;
  exact: Counter;
  value: Counter;
  durationNotDate: Counter;
  durationRecognised: Counter;
  gold: number;
  valueAmongFound: number;
  foundCount: number;
  unscored: number;
}
export interface TbaqError {
  article: string;
  start: number;
  end: number;
  kind: string;
  expected: string;
  got: string;
}
interface Spanned {
  span: { start: number; end: number };
}
export function parseTml(raw: string, id: string): TbaqDoc;
export function calendarUnit(value: string): { unit: string; y: number } | null;
export function isCalendarTimex(t: Pick<GoldTimex, 'type' | 'value'>): boolean;
export function valueRight(goldValue: string, ours: string | null | undefined): boolean;
export function newTbaqTally(): TbaqTally;
export function scoreTbaqDocument(
  gold: Pick<TbaqDoc, 'id' | 'timexes'>,
  dates: readonly (Spanned & { text: string; date: string | null; period?: string })[],
  quantities: readonly (Spanned & { unit: string | null })[],
  tally?: TbaqTally,
): { tally: TbaqTally; errors: TbaqError[] };
export function toTimeML(doc: TbaqDoc, dates: readonly (Spanned & { date: string | null; period?: string })[]): string;
declare const set: { id: string; title: string; requires: string[]; howTo: string; run(ctx: unknown): Promise<unknown> };
export default set;
