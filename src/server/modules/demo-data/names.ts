/** Dutch and Limburg names for demo persons; none refers to a real person. */
export const FAMILY_NAMES = [
  'Janssen', 'Jansen', 'Smeets', 'Hermans', 'Peters', 'Bemelmans', 'Vroemen', 'Dassen', 'Kerckhoffs', 'Lemmens',
  'Wetzels', 'Schoonbrood', 'Ramakers', 'Dubois', 'Dubóis', 'Meijers', 'Notermans', 'Habets', 'Frijns', 'Bastiaens',
  'Vliegen', 'Packbier', 'Ummels', 'Houben', 'Crombach', 'Duijsens', 'Hendriks', 'Willems', 'Claessens', 'Ploum',
  'Muyrers', 'Senden', 'Kurvers', 'Beckers', 'Coenen', 'Schepers', 'Gulpers', 'Kleijnen', 'Lenssen', 'Mertens',
  'Bisschops', 'Cremers', 'Hoogland', 'Jacobs', 'Mols', 'Pieters', 'Reijnders', 'Stassen', 'Theunissen', 'Vossen',
  'Yilmaz', 'El Amrani', 'Nowak', 'Bouzid', 'Kaya', 'Wouters', 'Lardinois', 'Maessen', 'Delahaye', 'Wolfs',
] as const;

export const PREFIXED_FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['van', 'Mulken'], ['van der', 'Heijden'], ['de', 'Vries'], ['van den', 'Boorn'], ['op de', 'Kamp'],
  ["in 't", 'Zandt'], ['van', 'Wersch'], ['de', 'Bruijn'], ['van der', 'Linden'], ['van', 'Loo'],
  ['de', 'Jong'], ['van den', 'Bergh'],
];

export const GIVEN_NAMES_FEMALE = {
  older: ['Maria', 'Anna', 'Johanna', 'Wilhelmina', 'Elisabeth', 'Gertruda', 'Hubertina', 'Catharina', 'Mathilde', 'Josephine'],
  middle: ['Monique', 'Ingrid', 'Yvonne', 'Petra', 'Marie-José', 'Anja', 'Ellen', 'Miriam', 'Carla', 'Sandra'],
  young: ['Lotte', 'Sanne', 'Fleur', 'Noa', 'Julia', 'Emma', 'Lisa', 'Femke', 'Yasmina', 'Zoë'],
} as const;

export const GIVEN_NAMES_MALE = {
  older: ['Johannes', 'Hubertus', 'Mathias', 'Joseph', 'Wilhelmus', 'Lambertus', 'Petrus', 'Servatius', 'Leonardus', 'Hendrikus'],
  middle: ['Jean', 'Paul', 'Marc', 'Ronald', 'Frans', 'Roger', 'Guido', 'Jos', 'Pierre', 'René'],
  young: ['Daan', 'Luuk', 'Sem', 'Bram', 'Noah', 'Thijs', 'Milan', 'Mohammed', 'Finn', 'Jesse'],
} as const;

/** Streets per place, and each gemeente's real postcode range. */
export const STREETS: Record<string, readonly string[]> = {
  Maastricht: ['Markt', 'Boschstraat', 'Wycker Brugstraat', 'Tongerseweg', 'Akersteenweg', 'Scharnerweg', 'Brusselseweg', 'Oranjeplein', 'Koningin Emmaplein', 'Dorpstraat', 'Ambyerstraat-Zuid', 'Heerderweg'],
  Meerssen: ['Kuileneind', 'Beekstraat', 'Bunderstraat', 'Hoofdstraat', 'Julianastraat'],
  Vaals: ['Maastrichterlaan', 'Kerkstraat', 'Lindenstraat', 'Vijlenerweg'],
  Valkenburg: ['Grotestraat', 'Wilhelminalaan', 'Berkelstraat', 'Geulhemmerweg', 'Cauberg'],
  'Gulpen-Wittem': ['Rijksweg', 'Dorpsstraat', 'Wittemerallee', 'Landsraderweg', 'Molenweg'],
  'Eijsden-Margraten': ['Breusterstraat', 'Rijksweg', 'Bredeweg', 'Kerkstraat', 'Heerenstraat'],
};

export const GEMEENTE_PLACE: Record<string, { streets: string; place: string; postcodes: readonly [number, number] }> = {
  GM0935: { streets: 'Maastricht', place: 'Maastricht', postcodes: [6211, 6229] },
  GM0938: { streets: 'Meerssen', place: 'Meerssen', postcodes: [6231, 6243] },
  GM0981: { streets: 'Vaals', place: 'Vaals', postcodes: [6291, 6295] },
  GM0994: { streets: 'Valkenburg', place: 'Valkenburg', postcodes: [6301, 6325] },
  GM1729: { streets: 'Gulpen-Wittem', place: 'Gulpen', postcodes: [6270, 6289] },
  GM1903: { streets: 'Eijsden-Margraten', place: 'Eijsden', postcodes: [6245, 6269] },
};
