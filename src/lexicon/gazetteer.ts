/**
 * A small world gazetteer: countries (with their common short forms), capitals and
 * other large cities, US states, and well-known regions and territories. A name
 * found here is a place. `PLACE_ALIASES` maps short forms to one canonical name so
 * that "US", "U.S." and "United States" are one entity.
 *
 * Entries are written as they are capitalised in running text. Add places that are
 * often in the news; keep story-specific small towns out (context cues find them).
 */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan',
  'Bolivia', 'Bosnia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
  'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia',
  'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti',
  'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia',
  'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece',
  'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India',
  'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan',
  'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya',
  'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique',
  'Myanmar', 'Burma', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria',
  'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea',
  'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Samoa',
  'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia',
  'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden',
  'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Trinidad and Tobago',
  'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates',
  'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Venezuela', 'Vietnam', 'Yemen',
  'Zambia', 'Zimbabwe', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'America',
];

/** Capitals and other large or often-reported cities. */
export const CITIES: readonly string[] = [
  'Kabul', 'Tirana', 'Algiers', 'Luanda', 'Buenos Aires', 'Yerevan', 'Canberra', 'Sydney', 'Melbourne', 'Vienna',
  'Baku', 'Manama', 'Dhaka', 'Minsk', 'Brussels', 'Sarajevo', 'Gaborone', 'Brasília', 'Brasilia', 'Rio de Janeiro',
  'São Paulo', 'Sao Paulo', 'Sofia', 'Phnom Penh', 'Yaoundé', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Santiago',
  'Beijing', 'Shanghai', 'Hong Kong', 'Bogotá', 'Bogota', 'Kinshasa', 'Zagreb', 'Havana', 'Nicosia', 'Prague',
  'Copenhagen', 'Cairo', 'Alexandria', 'Tallinn', 'Addis Ababa', 'Helsinki', 'Paris', 'Marseille', 'Lyon', 'Tbilisi',
  'Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Accra', 'Athens', 'Budapest', 'Reykjavik', 'New Delhi',
  'Delhi', 'Mumbai', 'Kolkata', 'Chennai', 'Bangalore', 'Jakarta', 'Tehran', 'Baghdad', 'Dublin', 'Jerusalem',
  'Tel Aviv', 'Rome', 'Milan', 'Naples', 'Turin', 'Tokyo', 'Osaka', 'Amman', 'Astana', 'Nairobi', 'Mombasa', 'Pristina',
  'Kuwait City', 'Bishkek', 'Vientiane', 'Riga', 'Beirut', 'Tripoli', 'Benghazi', 'Vilnius', 'Antananarivo', 'Lilongwe',
  'Kuala Lumpur', 'Bamako', 'Valletta', 'Mexico City', 'Chisinau', 'Ulaanbaatar', 'Podgorica', 'Rabat', 'Casablanca',
  'Maputo', 'Naypyidaw', 'Yangon', 'Windhoek', 'Kathmandu', 'Amsterdam', 'Rotterdam', 'The Hague', 'Wellington',
  'Auckland', 'Managua', 'Niamey', 'Abuja', 'Lagos', 'Kano', 'Pyongyang', 'Skopje', 'Oslo', 'Muscat', 'Islamabad',
  'Karachi', 'Lahore', 'Ramallah', 'Panama City', 'Asunción', 'Lima', 'Manila', 'Warsaw', 'Krakow', 'Lisbon', 'Porto',
  'Doha', 'Bucharest', 'Moscow', 'St Petersburg', 'Kigali', 'Riyadh', 'Jeddah', 'Mecca', 'Medina', 'Dakar', 'Belgrade',
  'Freetown', 'Bratislava', 'Ljubljana', 'Mogadishu', 'Johannesburg', 'Cape Town', 'Pretoria', 'Durban', 'Seoul',
  'Juba', 'Madrid', 'Barcelona', 'Seville', 'Valencia', 'Colombo', 'Khartoum', 'Stockholm', 'Bern', 'Geneva', 'Zurich',
  'Damascus', 'Aleppo', 'Taipei', 'Dushanbe', 'Dodoma', 'Dar es Salaam', 'Bangkok', 'Tunis', 'Ankara', 'Istanbul',
  'Kampala', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Abu Dhabi', 'Dubai', 'London', 'Manchester', 'Liverpool',
  'Birmingham', 'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Washington', 'New York', 'New York City',
  'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix', 'San Francisco', 'Boston', 'Miami', 'Atlanta',
  'Seattle', 'Dallas', 'Detroit', 'Denver', 'Las Vegas', 'New Orleans', 'Montevideo', 'Tashkent', 'Caracas', 'Hanoi',
  'Ho Chi Minh City', 'Sanaa', "Sana'a", 'Aden', 'Lusaka', 'Harare', 'Tehran', 'Mosul', 'Basra', 'Erbil', 'Kandahar',
  'Gaza City', 'Rafah', 'Khan Younis', 'Hebron', 'Nablus', 'Jenin', 'Haifa', 'Mariupol', 'Donetsk', 'Luhansk',
];

/** US states (also "State" names elsewhere are caught by PLACE_HEADS). */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Regions, territories and geographic areas often in the news. */
export const REGIONS: readonly string[] = [
  'Middle East', 'Near East', 'Far East', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
  'Central America', 'Caribbean', 'Oceania', 'Antarctica', 'Arctic', 'Balkans', 'Baltics', 'Scandinavia', 'Sahel',
  'Horn of Africa', 'Gulf', 'Persian Gulf', 'Red Sea', 'Mediterranean', 'Black Sea', 'Gaza', 'Gaza Strip', 'West Bank',
  'Golan Heights', 'Sinai', 'Kashmir', 'Crimea', 'Donbas', 'Tibet', 'Xinjiang', 'Kurdistan', 'Darfur', 'Tigray',
  'Catalonia', 'Basque Country', 'Flanders', 'Wallonia', 'Bavaria', 'Siberia', 'Patagonia', 'Amazon', 'Himalayas',
  'Alps', 'Sahara', 'Pacific', 'Atlantic', 'Indian Ocean', 'Puerto Rico', 'Greenland', 'Hawaii', 'Sicily', 'Sardinia',
  'Corsica', 'Punjab', 'Bengal', 'Quebec', 'Ontario', 'Alberta', 'British Columbia', 'Queensland', 'Victoria',
  'Tasmania', 'Silicon Valley', 'Wall Street', 'Lebanon',
  // states renamed or created after the city-timezones data was drawn (it lists Orissa and no Telangana)
  'Odisha', 'Telangana',
];

/** Short forms → canonical names (keys lower case, dots removed). */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'United States'], ['usa', 'United States'], ['united states of america', 'United States'],
  ['america', 'United States'], ['uk', 'United Kingdom'], ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'], ['uae', 'United Arab Emirates'], ['drc', 'Congo'], ['prc', 'China'],
  ['nyc', 'New York City'], ['la', 'Los Angeles'], ['dc', 'Washington'], ['washington dc', 'Washington'],
  ['kiev', 'Kyiv'], ['burma', 'Myanmar'], ['türkiye', 'Turkey'], ['czechia', 'Czech Republic'], ['holland', 'Netherlands'],
  ['sanaa', "Sana'a"], ['st petersburg', 'Saint Petersburg'],
]);
