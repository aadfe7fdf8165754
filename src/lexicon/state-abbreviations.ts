/**
 * Abbreviations of US state names as news style writes them after a town ("Moline,
 * Ill.", "Albany, N.Y."): the written form, with its dots, → the state's name.
 *
 * Only dotted forms are listed: a bare "Ill", "Mass" or "Miss" is an ordinary word, and
 * two-letter postal codes ("IL", "CA") are too short to merge two names on their own.
 * Add a form when an outlet writes a state another way ("Penn.").
 */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Ala.', 'Alabama'], ['Ariz.', 'Arizona'], ['Ark.', 'Arkansas'], ['Calif.', 'California'], ['Cal.', 'California'],
  ['Colo.', 'Colorado'], ['Conn.', 'Connecticut'], ['Del.', 'Delaware'], ['Fla.', 'Florida'], ['Ga.', 'Georgia'],
  ['Ill.', 'Illinois'], ['Ind.', 'Indiana'], ['Kan.', 'Kansas'], ['Kans.', 'Kansas'], ['Ky.', 'Kentucky'],
  ['La.', 'Louisiana'], ['Md.', 'Maryland'], ['Mass.', 'Massachusetts'], ['Mich.', 'Michigan'], ['Minn.', 'Minnesota'],
  ['Miss.', 'Mississippi'], ['Mo.', 'Missouri'], ['Mont.', 'Montana'], ['Neb.', 'Nebraska'], ['Nebr.', 'Nebraska'],
  ['Nev.', 'Nevada'], ['N.H.', 'New Hampshire'], ['N.J.', 'New Jersey'], ['N.M.', 'New Mexico'], ['N.Mex.', 'New Mexico'],
  ['N.Y.', 'New York'], ['N.C.', 'North Carolina'], ['N.D.', 'North Dakota'], ['N.Dak.', 'North Dakota'], ['Okla.', 'Oklahoma'],
  ['Ore.', 'Oregon'], ['Oreg.', 'Oregon'], ['Pa.', 'Pennsylvania'], ['Penn.', 'Pennsylvania'], ['R.I.', 'Rhode Island'],
  ['S.C.', 'South Carolina'], ['S.D.', 'South Dakota'], ['S.Dak.', 'South Dakota'], ['Tenn.', 'Tennessee'], ['Tex.', 'Texas'],
  ['Vt.', 'Vermont'], ['Va.', 'Virginia'], ['Wash.', 'Washington'], ['W.Va.', 'West Virginia'], ['W. Va.', 'West Virginia'],
  ['Wis.', 'Wisconsin'], ['Wisc.', 'Wisconsin'], ['Wyo.', 'Wyoming'],
]);
