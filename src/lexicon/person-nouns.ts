/**
 * Common nouns that name a person: kinship, age and sex words, and everyday jobs and roles.
 * The quantity stage uses them to tell "a 37-year-old nurse" (a person's age) from "a
 * 57-year-old bridge" (a thing's age): an age phrase whose head noun is not a person noun is
 * not about anyone. Office and job titles (TITLE_HEADS) and unnamed sources (SOURCE_NOUNS)
 * count as person nouns too, so a role need only be listed once.
 * Belongs here: singular nouns a news sentence uses for one person. Lower case.
 * Add a noun when an age such as "a 40-year-old <noun>" is dropped although <noun> is a person.
 */
import { TITLE_HEADS } from './person-titles.js';
import { SOURCE_NOUNS } from './source-nouns.js';

const PEOPLE_WORDS = [
  // sex, age, kinship
  'man', 'woman', 'boy', 'girl', 'child', 'kid', 'baby', 'toddler', 'infant', 'teenager', 'teen', 'youth', 'youngster',
  'adult', 'pensioner', 'retiree', 'person', 'individual', 'gentleman', 'lady', 'guy', 'mother', 'father', 'mum', 'mom',
  'dad', 'parent', 'son', 'daughter', 'brother', 'sister', 'sibling', 'twin', 'wife', 'husband', 'partner', 'spouse',
  'widow', 'widower', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'grandparent', 'aunt', 'uncle',
  'nephew', 'niece', 'cousin', 'fiancé', 'fiancee', 'fiancée', 'girlfriend', 'boyfriend', 'friend', 'neighbour',
  'neighbor', 'relative', 'orphan', 'newborn',
  // everyday jobs and roles not in the title list
  'worker', 'labourer', 'laborer', 'farmer', 'fisherman', 'fisher', 'deckhand', 'sailor', 'seaman', 'crewman',
  'cook', 'chef', 'waiter', 'waitress', 'cleaner', 'carer', 'caregiver', 'nanny', 'builder', 'plumber', 'electrician',
  'carpenter', 'mechanic', 'technician', 'welder', 'miner', 'baker', 'butcher', 'shopkeeper', 'assistant',
  'cashier', 'salesman', 'saleswoman', 'vendor', 'trader', 'merchant', 'businessman', 'businesswoman', 'entrepreneur',
  'accountant', 'banker', 'clerk', 'secretary', 'receptionist', 'courier', 'postman', 'postwoman', 'driver',
  'cabbie', 'chauffeur', 'trucker', 'motorist', 'cyclist', 'pedestrian', 'passenger', 'commuter',
  'tourist', 'traveller', 'traveler', 'hiker', 'climber', 'mountaineer', 'diver', 'swimmer', 'surfer', 'skier',
  'soldier', 'serviceman', 'servicewoman', 'veteran', 'reservist', 'recruit', 'conscript', 'guard', 'bodyguard',
  'policeman', 'policewoman', 'firefighter', 'fireman', 'paramedic', 'medic', 'dentist', 'vet', 'veterinarian',
  'therapist', 'counsellor', 'counselor', 'pupil', 'schoolboy', 'schoolgirl', 'graduate',
  'undergraduate', 'apprentice', 'intern', 'trainee', 'volunteer', 'artist', 'painter', 'sculptor', 'musician',
  'singer', 'songwriter', 'rapper', 'actor', 'actress', 'dancer', 'comedian', 'photographer', 'film-maker',
  'filmmaker', 'director', 'designer', 'programmer', 'developer', 'influencer', 'blogger', 'youtuber', 'priest',
  'nun', 'monk', 'vicar', 'preacher', 'cleric', 'worshipper', 'pilgrim', 'refugee', 'migrant', 'immigrant',
  'citizen', 'national', 'resident', 'local', 'homeowner', 'tenant', 'landlord', 'shopper',
  'customer', 'client', 'patient', 'survivor', 'victim', 'casualty', 'hostage', 'captive', 'prisoner', 'inmate',
  'detainee', 'convict', 'suspect', 'defendant', 'accused', 'offender', 'criminal', 'gunman', 'attacker', 'assailant',
  'killer', 'murderer', 'robber', 'thief', 'burglar', 'smuggler', 'dealer', 'fugitive', 'militant', 'fighter',
  'rebel', 'protester', 'protestor', 'demonstrator', 'striker', 'witness', 'bystander', 'onlooker', 'rescuer',
  'hero', 'heroine', 'winner', 'loser', 'finalist', 'contestant', 'competitor', 'rookie', 'newcomer', 'novice',
  'amateur', 'professional', 'pro', 'star', 'celebrity', 'fan', 'supporter', 'owner', 'employee', 'employer',
  'colleague', 'boss', 'mentor', 'staffer', 'operative', 'aide', 'veteran', 'student', 'scholar', 'academic', 'professor', 'teacher', 'tutor', 'nurse',
  'doctor', 'surgeon', 'lawyer', 'judge', 'politician', 'mayor', 'councillor', 'candidate', 'voter', 'member',
  'mp', 'senator', 'monarch', 'heir', 'royal', 'aristocrat', 'billionaire', 'millionaire', 'tycoon', 'magnate',
  'philanthropist', 'donor', 'campaigner', 'activist', 'organiser', 'organizer', 'leader', 'founder', 'chief',
  'inventor', 'pioneer', 'explorer', 'adventurer', 'astronaut', 'pilot', 'co-pilot', 'captain', 'skipper', 'coach',
];

/**
 * Agent nouns in -ist name people ("pianist", "columnist", "motorist"); the few common -ist
 * nouns that name things are compounds of "list" or shorter than six letters ("wrist", "twist").
 */
export const PERSON_SUFFIX = /^(?!.*(?:^|play|check|short|wait|black|white|wish|hit|set|track|price|book|song)list$)\p{L}{3,}ist$/u;

/** Every person noun: the words above, office and job titles, and unnamed-source heads. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...PEOPLE_WORDS, ...TITLE_HEADS, ...SOURCE_NOUNS]);
