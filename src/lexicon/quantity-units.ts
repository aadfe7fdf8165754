/**
 * Units of measure for the quantity stage: currency symbols and words (→ ISO code),
 * percent, and measures of length, area, weight, volume, temperature and time.
 * Belongs here: anything that tells what a figure is measured *in*. Things counted
 * (hostages, votes, jobs) belong in counted-nouns.ts instead.
 */

/** Currency written before the figure ("£40m", "US$3bn") → ISO code. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '£': 'GBP', $: 'USD', 'us$': 'USD', '€': 'EUR', '¥': 'JPY', '₹': 'INR', a$: 'AUD', c$: 'CAD', 'nz$': 'NZD', 'hk$': 'HKD', 'r$': 'BRL', '₪': 'ILS', '₩': 'KRW', '₽': 'RUB', chf: 'CHF',
};

/** Currency written after the figure ("40 million euros", "1.5bn-euro deal") → ISO code. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR',
  yen: 'JPY', rupee: 'INR', rupees: 'INR', shekel: 'ILS', shekels: 'ILS', yuan: 'CNY', renminbi: 'CNY',
  franc: 'CHF', francs: 'CHF', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', won: 'KRW',
  usd: 'USD', gbp: 'GBP', eur: 'EUR', jpy: 'JPY', cny: 'CNY', inr: 'INR', ils: 'ILS', aud: 'AUD', cad: 'CAD',
};

/** Percent written after the figure. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'pc']);

/** What each measure unit (singular or plural, as written) is normalised to, and its dimension. */
export const MEASURE_UNITS: Readonly<Record<string, { readonly unit: string; readonly dimension: string }>> = {
  km: { unit: 'km', dimension: 'distance' }, kilometre: { unit: 'km', dimension: 'distance' }, kilometres: { unit: 'km', dimension: 'distance' },
  kilometer: { unit: 'km', dimension: 'distance' }, kilometers: { unit: 'km', dimension: 'distance' },
  mile: { unit: 'miles', dimension: 'distance' }, miles: { unit: 'miles', dimension: 'distance' },
  m: { unit: 'm', dimension: 'distance' }, metre: { unit: 'm', dimension: 'distance' }, metres: { unit: 'm', dimension: 'distance' },
  meter: { unit: 'm', dimension: 'distance' }, meters: { unit: 'm', dimension: 'distance' },
  feet: { unit: 'ft', dimension: 'distance' }, foot: { unit: 'ft', dimension: 'distance' }, ft: { unit: 'ft', dimension: 'distance' },
  cm: { unit: 'cm', dimension: 'distance' }, mm: { unit: 'mm', dimension: 'distance' }, inches: { unit: 'in', dimension: 'distance' },
  hectares: { unit: 'ha', dimension: 'area' }, hectare: { unit: 'ha', dimension: 'area' }, acres: { unit: 'acres', dimension: 'area' },
  mg: { unit: 'mg', dimension: 'weight' }, milligrams: { unit: 'mg', dimension: 'weight' }, g: { unit: 'g', dimension: 'weight' }, grams: { unit: 'g', dimension: 'weight' },
  ml: { unit: 'ml', dimension: 'volume' }, millilitres: { unit: 'ml', dimension: 'volume' },
  kg: { unit: 'kg', dimension: 'weight' }, kilograms: { unit: 'kg', dimension: 'weight' }, tonnes: { unit: 't', dimension: 'weight' },
  tons: { unit: 't', dimension: 'weight' }, tonne: { unit: 't', dimension: 'weight' },
  litres: { unit: 'l', dimension: 'volume' }, liters: { unit: 'l', dimension: 'volume' }, barrels: { unit: 'barrels', dimension: 'volume' },
  degrees: { unit: 'degrees', dimension: 'temperature' }, mph: { unit: 'mph', dimension: 'speed' }, 'km/h': { unit: 'km/h', dimension: 'speed' },
  second: { unit: 'seconds', dimension: 'duration' }, seconds: { unit: 'seconds', dimension: 'duration' },
  minute: { unit: 'minutes', dimension: 'duration' }, minutes: { unit: 'minutes', dimension: 'duration' },
  hour: { unit: 'hours', dimension: 'duration' }, hours: { unit: 'hours', dimension: 'duration' },
  day: { unit: 'days', dimension: 'duration' }, days: { unit: 'days', dimension: 'duration' },
  week: { unit: 'weeks', dimension: 'duration' }, weeks: { unit: 'weeks', dimension: 'duration' },
  month: { unit: 'months', dimension: 'duration' }, months: { unit: 'months', dimension: 'duration' },
  year: { unit: 'years', dimension: 'duration' }, years: { unit: 'years', dimension: 'duration' },
};

/** Words after a duration that make it a point in time ("24 hours later", "three years ago"): not a claim. */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'before', 'after', 'since', 'previously', 'afterwards', 'beforehand']);

/** Clock-time markers after a figure ("3 pm", "10 GMT"): times are the date stage's business. */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'gmt', 'bst', 'utc', 'cet', 'est', 'edt', 'pst', 'hrs']);
