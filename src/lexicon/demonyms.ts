/**
 * Demonyms and other nationality/religion adjectives. Used as adjectives
 * ("Kenyan officials", "Welsh runners") they are not entities; the plural noun
 * after "the" ("the Kenyans") is a group. Capitalised as in text. Compound
 * forms ("US-Kenyan") are split on the hyphen before lookup.
 */
export const DEMONYMS: readonly string[] = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Angolan', 'Argentine', 'Argentinian', 'Armenian', 'Australian',
  'Austrian', 'Azerbaijani', 'Bahraini', 'Bangladeshi', 'Belarusian', 'Belgian', 'Bolivian', 'Bosnian', 'Brazilian',
  'British', 'Bulgarian', 'Burmese', 'Cambodian', 'Cameroonian', 'Canadian', 'Chadian', 'Chilean', 'Chinese',
  'Colombian', 'Congolese', 'Croatian', 'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dutch', 'Ecuadorian', 'Egyptian',
  'Emirati', 'English', 'Eritrean', 'Estonian', 'Ethiopian', 'European', 'Filipino', 'Finnish', 'French', 'Georgian',
  'German', 'Ghanaian', 'Greek', 'Guatemalan', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian',
  'Iranian', 'Iraqi', 'Irish', 'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan',
  'Korean', 'Kosovar', 'Kurdish', 'Kuwaiti', 'Lao', 'Latvian', 'Lebanese', 'Liberian', 'Libyan', 'Lithuanian',
  'Malaysian', 'Malian', 'Maltese', 'Mexican', 'Moldovan', 'Mongolian', 'Moroccan', 'Mozambican', 'Namibian',
  'Nepalese', 'Nepali', 'Nigerian', 'Nigerien', 'Norwegian', 'Omani', 'Pakistani', 'Palestinian', 'Panamanian',
  'Paraguayan', 'Peruvian', 'Polish', 'Portuguese', 'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Saudi', 'Scottish',
  'Senegalese', 'Serbian', 'Singaporean', 'Slovak', 'Slovenian', 'Somali', 'South African', 'Spanish', 'Sri Lankan',
  'Sudanese', 'Swedish', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Tunisian', 'Turkish',
  'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean',
  'Arab', 'Arabic', 'Persian', 'Jewish', 'Muslim', 'Christian', 'Catholic', 'Protestant', 'Orthodox', 'Islamic',
  'Islamist', 'Sunni', 'Shia', 'Shiite', 'Hindu', 'Buddhist', 'Sikh', 'Western', 'Eastern', 'African', 'Asian',
  'Latin', 'Latino', 'Hispanic', 'Caribbean', 'Scandinavian', 'Nordic', 'Balkan', 'Baltic', 'Gulf', 'Kurd', 'Druze',
  'Bedouin', 'Yazidi', 'Rohingya', 'Uyghur', 'Uighur', 'Tamil', 'Pashtun', 'Hutu', 'Tutsi', 'Igbo', 'Yoruba', 'Hausa',
  'Zionist', 'Republican', 'Democratic', 'Conservative', 'Liberal', 'Socialist', 'Communist', 'Soviet', 'Ottoman',
  'Middle Eastern', 'Dutchman', 'Frenchman', 'Englishman', 'Scotsman', 'Irishman', 'Welshman', 'Dutchwoman',
  'Frenchwoman', 'Englishwoman', 'Scotswoman', 'Irishwoman', 'Welshwoman', 'Northern', 'Southern', 'Anglo', 'Franco', 'Sino', 'Indo', 'Afro',
];

/** Plural nouns of peoples ("the Kenyans", "Iraqis"), derived where regular and listed where not. */
export const DEMONYM_PLURALS_IRREGULAR: readonly string[] = [
  'Filipinos', 'Swiss', 'Chinese', 'Japanese', 'Vietnamese', 'Lebanese', 'Sudanese', 'Senegalese', 'Congolese',
  'Portuguese', 'Burmese', 'Nepalese', 'French', 'British', 'Dutch', 'Irish', 'Welsh', 'English', 'Scots', 'Danes',
  'Swedes', 'Finns', 'Poles', 'Turks', 'Kurds', 'Arabs', 'Jews', 'Muslims', 'Christians', 'Israelis', 'Iraqis',
  'Pakistanis', 'Saudis', 'Yemenis', 'Qataris', 'Kuwaitis', 'Emiratis', 'Omanis', 'Bahrainis', 'Somalis', 'Thais',
  'Bangladeshis', 'Afghans', 'Houthis', 'Sunnis', 'Shiites', 'Republicans', 'Democrats', 'Conservatives', 'Liberals',
  'Spaniards', 'Greeks', 'Germans', 'Russians', 'Ukrainians', 'Americans', 'Europeans', 'Africans', 'Asians',
];
