/**
 * Labelling nouns: the head words an outlet uses to name and qualify an actor
 * ("militant group", "resistance movement", "captives", "regime"). The framing lens
 * counts which label each outlet picks for the same actor. General vocabulary only,
 * never names tied to one story.
 *
 * Belongs here: nouns that classify a person, group, organisation or authority and
 * that outlets choose between. `strong` heads carry a judgement on their own and are
 * counted even bare ("the occupation", "the captives"); weak heads ("group",
 * "government") only count with a qualifier in front ("armed group", "Islamist government").
 * Keys are singular, lower case; `plural` is the irregular or -s plural.
 */
export interface LabelNoun {
  readonly plural: string;
  readonly strong: boolean;
}

const strong = (plural: string): LabelNoun => ({ plural, strong: true });
const weak = (plural: string): LabelNoun => ({ plural, strong: false });

export const LABEL_NOUNS: ReadonlyMap<string, LabelNoun> = new Map([
  // organisations and groups
  ['organization', weak('organizations')], ['organisation', weak('organisations')], ['group', weak('groups')],
  ['movement', weak('movements')], ['faction', weak('factions')], ['party', weak('parties')], ['network', weak('networks')],
  ['militia', strong('militias')], ['resistance', strong('resistances')], ['insurgency', strong('insurgencies')],
  ['cell', weak('cells')], ['gang', strong('gangs')], ['cartel', strong('cartels')], ['mob', strong('mobs')],
  // authorities and states
  ['regime', strong('regimes')], ['occupation', strong('occupations')], ['junta', strong('juntas')],
  ['government', weak('governments')], ['administration', weak('administrations')], ['authority', weak('authorities')],
  ['state', weak('states')], ['entity', weak('entities')], ['forces', weak('forces')], ['army', weak('armies')],
  ['establishment', weak('establishments')], ['elite', strong('elites')],
  // people
  ['terrorist', strong('terrorists')], ['militant', strong('militants')], ['fighter', weak('fighters')],
  ['rebel', strong('rebels')], ['insurgent', strong('insurgents')], ['extremist', strong('extremists')],
  ['hostage', strong('hostages')], ['captive', strong('captives')], ['prisoner', strong('prisoners')],
  ['detainee', strong('detainees')], ['abductee', strong('abductees')], ['settler', strong('settlers')],
  ['protester', weak('protesters')], ['protestor', weak('protestors')], ['demonstrator', weak('demonstrators')],
  ['rioter', strong('rioters')], ['activist', weak('activists')], ['agitator', strong('agitators')],
  ['thug', strong('thugs')], ['looter', strong('looters')], ['striker', weak('strikers')], ['worker', weak('workers')],
  ['staff', weak('staff')], ['employee', weak('employees')], ['boss', strong('bosses')], ['migrant', weak('migrants')],
  ['refugee', weak('refugees')], ['immigrant', weak('immigrants')], ['victim', weak('victims')], ['martyr', strong('martyrs')],
]);

/**
 * Qualifiers that make a weak head a label ("terrorist organization", "armed group",
 * "hardline regime"). Demonyms and the loaded-words list also qualify.
 */
export const LABEL_QUALIFIERS: ReadonlySet<string> = new Set([
  'armed', 'terrorist', 'militant', 'islamist', 'jihadist', 'resistance', 'rebel', 'separatist', 'opposition',
  'paramilitary', 'criminal', 'extremist', 'liberation', 'freedom', 'occupying', 'occupation', 'colonial', 'apartheid',
  'far-right', 'far-left', 'right-wing', 'left-wing', 'ultranationalist', 'nationalist', 'insurgent', 'proscribed',
  'banned', 'outlawed', 'designated', 'illegal', 'undocumented', 'striking', 'disgruntled', 'frontline', 'union',
  'peaceful', 'violent', 'masked', 'innocent', 'political', 'kidnapped', 'abducted', 'captive',
]);
