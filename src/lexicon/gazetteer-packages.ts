/**
 * Places from maintained data packages, read once at load time (no download at run time):
 *
 * - `countries-list` (MIT): every country's English name, its common short forms
 *   ("UK", "Britain") and its capital;
 * - `city-timezones` (MIT, from Natural Earth's populated places): cities of 150,000
 *   people or more, in their written and ASCII spellings; and the states and provinces
 *   that hold two such cities or more ("Bihar", "Ontario", "Jalisco").
 *
 * A city whose name is also a given name in `gender-detection-from-name` ("Jackson",
 * "Florence") is left out: a person is the likelier reading in news and context finds
 * the place. So are the few large cities whose name is a common English word.
 */
import { createRequire } from 'node:module';
import { givenNameRegisters } from './given-name-registers.js';

interface CountryRecord {
  readonly name: string;
  readonly alias?: readonly string[];
  readonly capital: string;
}

interface CityRecord {
  readonly city: string;
  readonly city_ascii: string;
  readonly pop: number;
  readonly province: string;
}

/** Cities of at least this many people are listed. */
const MIN_CITY_POPULATION = 150_000;

/** Large cities named by a common English word, a firm or a person more often than the city. */
const CITY_WORDS = new Set([
  'reading', 'mobile', 'split', 'nice', 'springs', 'batman', 'hail', 'colon', 'bade', 'oral', 'tours', 'bello', 'naga',
  'ica', 'iwo', 'osh', 'nis', 'ruse', 'tsu', 'kure', 'palmas', 'americana', 'resistencia', 'posadas', 'campos', 'manta',
  'santander', 'riverside', 'columbia', 'stoke', 'ondo', 'hue', 'owo', 'bago', 'pali', 'puri', 'tonk', 'temple',
]);

const require = createRequire(import.meta.url);

const COUNTRY_RECORDS = Object.values((require('countries-list') as { countries: Record<string, CountryRecord> }).countries);

/** Short forms that name something else in news more often than the country ("Emirates", the airline). */
const ALIAS_WORDS = new Set(['Emirates']);

/** Country names and their short forms, as written ("Czech Republic", "UK", "DR Congo"). */
export const PACKAGE_COUNTRIES: readonly string[] = [
  ...new Set(COUNTRY_RECORDS.flatMap((c) => [c.name, ...(c.alias ?? []).filter((a) => !a.includes('(') && !ALIAS_WORDS.has(a))])),
].sort();

/** Capitals and large cities. */
export const PACKAGE_CITIES: readonly string[] = (() => {
  const given = givenNameRegisters().counts;
  const cities = (require('city-timezones') as { cityMapping: readonly CityRecord[] }).cityMapping;
  const out = new Set<string>();
  const keep = (name: string) => {
    const lower = name.toLowerCase();
    if (name.length < 3 || CITY_WORDS.has(lower) || given.has(lower)) return;
    out.add(name);
  };
  for (const c of cities) {
    if (c.pop < MIN_CITY_POPULATION) continue;
    keep(c.city);
    keep(c.city_ascii);
  }
  for (const c of COUNTRY_RECORDS) if (c.capital.length > 0) keep(c.capital.replace(/ D\.C\.$/, ''));
  return [...out].sort();
})();

/** Provinces named by a compass word, a firm or a club more often than the region ("Nord", "Bayern", "Santander"). */
const PROVINCE_WORDS = new Set(['nord', 'sud', 'est', 'ouest', 'centre', 'center', 'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'bayern', 'santander', 'distrito federal', 'capital', 'coast', 'lakes', 'upper', 'lower']);

/** Cities of this size that a province must hold to be listed: one large city makes no well-known region. */
const PROVINCE_MIN_CITIES = 2;

/** States and provinces with two large cities or more ("Bihar", "Ontario", "Jalisco"). */
export const PACKAGE_PROVINCES: readonly string[] = (() => {
  const given = givenNameRegisters().counts;
  const cities = (require('city-timezones') as { cityMapping: readonly CityRecord[] }).cityMapping;
  const count = new Map<string, number>();
  for (const c of cities) if (c.pop >= MIN_CITY_POPULATION && c.province) count.set(c.province, (count.get(c.province) ?? 0) + 1);
  const out: string[] = [];
  for (const [name, n] of count) {
    const lower = name.toLowerCase();
    if (n < PROVINCE_MIN_CITIES || name.length < 4 || PROVINCE_WORDS.has(lower) || CITY_WORDS.has(lower) || given.has(lower)) continue;
    out.push(name);
  }
  return out.sort();
})();
