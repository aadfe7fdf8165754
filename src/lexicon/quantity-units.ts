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
  decade: { unit: 'decades', dimension: 'duration' }, decades: { unit: 'decades', dimension: 'duration' },
  century: { unit: 'centuries', dimension: 'duration' }, centuries: { unit: 'centuries', dimension: 'duration' },
  yard: { unit: 'yd', dimension: 'distance' }, yards: { unit: 'yd', dimension: 'distance' }, inch: { unit: 'in', dimension: 'distance' },
  kilogram: { unit: 'kg', dimension: 'weight' }, lb: { unit: 'lb', dimension: 'weight' }, lbs: { unit: 'lb', dimension: 'weight' },
  gallon: { unit: 'gal', dimension: 'volume' }, gallons: { unit: 'gal', dimension: 'volume' }, litre: { unit: 'l', dimension: 'volume' }, liter: { unit: 'l', dimension: 'volume' },
  knots: { unit: 'knots', dimension: 'speed' }, kph: { unit: 'km/h', dimension: 'speed' }, kmh: { unit: 'km/h', dimension: 'speed' },
  '°c': { unit: '°C', dimension: 'temperature' }, '°f': { unit: '°F', dimension: 'temperature' }, celsius: { unit: '°C', dimension: 'temperature' }, fahrenheit: { unit: '°F', dimension: 'temperature' },
};

/**
 * Units that are a round count of another ("four decades" is 40 years, like "two dozen" is 24):
 * the figure is kept in the counted unit, so that "more than four decades" and "more than 40
 * years" read as the same value.
 */
export const UNIT_MULTIPLES: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = {
  decades: { unit: 'years', factor: 10 }, centuries: { unit: 'years', factor: 100 },
};

/** "degrees Celsius", "square miles": a word before the unit that changes it. */
export const UNIT_PREFIXES: Readonly<Record<string, Readonly<Record<string, { readonly unit: string; readonly dimension: string }>>>> = {
  degrees: { celsius: { unit: '°C', dimension: 'temperature' }, fahrenheit: { unit: '°F', dimension: 'temperature' }, c: { unit: '°C', dimension: 'temperature' }, f: { unit: '°F', dimension: 'temperature' } },
  square: {
    miles: { unit: 'sq mi', dimension: 'area' }, mile: { unit: 'sq mi', dimension: 'area' }, km: { unit: 'sq km', dimension: 'area' }, kilometres: { unit: 'sq km', dimension: 'area' },
    kilometers: { unit: 'sq km', dimension: 'area' }, metres: { unit: 'sq m', dimension: 'area' }, meters: { unit: 'sq m', dimension: 'area' }, feet: { unit: 'sq ft', dimension: 'area' },
  },
};

/**
 * How each unit code above is spelt for the js-quantities unit database, which holds the
 * conversion factors (we never type a factor by hand). Months are not in that database: a month is
 * a twelfth of its year. A unit missing here ("degrees" with no scale, "barrels" of unknown kind
 * are kept: oil barrels) is compared only with the same unit.
 */
export const UNIT_DATABASE_NAMES: Readonly<Record<string, string>> = {
  km: 'km', miles: 'mi', m: 'm', ft: 'ft', cm: 'cm', mm: 'mm', in: 'in', yd: 'yd',
  ha: 'hectare', acres: 'acre', 'sq mi': 'mi^2', 'sq km': 'km^2', 'sq m': 'm^2', 'sq ft': 'ft^2',
  mg: 'mg', g: 'g', kg: 'kg', t: 'tonne', lb: 'lb',
  ml: 'ml', l: 'l', barrels: 'bbl', gal: 'gal',
  mph: 'mph', 'miles/h': 'mph', 'km/h': 'kph', 'km/h/h': 'kph', knots: 'knot',
  '°C': 'tempC', '°F': 'tempF',
  seconds: 's', minutes: 'min', hours: 'h', days: 'd', weeks: 'wk', years: 'year', decades: 'decade',
};

/** The unit each dimension is compared in (a js-quantities name), and how it is shown. */
export const CANONICAL_UNITS: Readonly<Record<string, { readonly db: string; readonly shown: string }>> = {
  distance: { db: 'km', shown: 'km' }, area: { db: 'hectare', shown: 'ha' }, weight: { db: 'kg', shown: 'kg' }, volume: { db: 'l', shown: 'l' },
  speed: { db: 'kph', shown: 'km/h' }, temperature: { db: 'tempC', shown: '°C' }, duration: { db: 'd', shown: 'days' },
};

/** Months are a twelfth of a year (js-quantities has years but no months). */
export const MONTH_IN_YEARS = 1 / 12;

/**
 * Money over a period ("£200,000 a week", "$3m per year", "annually"): the word after the figure
 * (after "a", "an", "per" or on its own) → how many such periods make a year. A figure with a
 * period is compared per year, and the basis is shown.
 */
export const MONEY_PERIODS: Readonly<Record<string, { readonly basis: string; readonly perYear: number }>> = {
  year: { basis: 'per year', perYear: 1 }, annum: { basis: 'per year', perYear: 1 }, annually: { basis: 'per year', perYear: 1 }, yearly: { basis: 'per year', perYear: 1 },
  month: { basis: 'per month', perYear: 12 }, monthly: { basis: 'per month', perYear: 12 },
  week: { basis: 'per week', perYear: 52 }, weekly: { basis: 'per week', perYear: 52 },
  day: { basis: 'per day', perYear: 365 }, daily: { basis: 'per day', perYear: 365 },
};

/** Words after a duration that make it a point in time ("24 hours later", "three years ago"): not a claim. */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'before', 'after', 'since', 'previously', 'afterwards', 'beforehand']);

/** Clock-time markers after a figure ("3 pm", "10 GMT"): times are the date stage's business. */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'gmt', 'bst', 'utc', 'cet', 'est', 'edt', 'pst', 'hrs']);

/** Adjectives after a length that name what is measured ("300 feet high", "10 km deep"). */
export const MEASURE_ADJECTIVES: Readonly<Record<string, string>> = {
  high: 'height', tall: 'height', deep: 'depth', long: 'length', wide: 'width', thick: 'thickness',
};

/**
 * Words that make a figure a reading on a scale, before or after it ("magnitude 7.5", "a 7.5-magnitude
 * quake", "7.5 on the Richter scale"): the scale is the topic, whatever noun or verb stands around
 * the figure ("the magnitude 7.5 tremor", "the magnitude 7.8 quake injured …" are one measure).
 */
export const SCALE_WORDS: Readonly<Record<string, string>> = {
  magnitude: 'magnitude', richter: 'magnitude',
};

/** Nouns after a scale reading that name another event than the main one ("a magnitude 6.1 aftershock"). */
export const SCALE_OTHER_EVENTS: Readonly<Record<string, string>> = {
  aftershock: 'aftershock', aftershocks: 'aftershock', foreshock: 'foreshock', foreshocks: 'foreshock',
};
