/**
 * Where demo households live: per wijk the postal place(s), a four-digit postcode range inside the
 * gemeente's real range, and streets that exist or could exist there. Plausible, not exact: the
 * data must look like the region without pretending to be anyone's real address.
 */
export interface DemoPlace {
  place: string;
  postcodes: readonly [number, number];
  streets: readonly string[];
  /** Relative share of the wijk's households when a wijk holds more than one village. */
  weight: number;
}

/** The gemeenten's real postcode ranges; every generated postcode falls inside its gemeente's. */
export const GEMEENTE_POSTCODES: Record<string, readonly [number, number]> = {
  GM0935: [6211, 6229],
  GM0938: [6231, 6243],
  GM0981: [6291, 6295],
  GM0994: [6301, 6325],
  GM1729: [6270, 6289],
  GM1903: [6245, 6269],
};

const place = (
  name: string,
  postcodes: readonly [number, number],
  streets: readonly string[],
  weight = 1,
): DemoPlace => ({ place: name, postcodes, streets, weight });

export const WIJK_PLACES: Record<string, readonly DemoPlace[]> = {
  WK093500: [
    place(
      'Maastricht',
      [6211, 6211],
      [
        'Boschstraat',
        'Grote Staat',
        'Kleine Staat',
        'Stokstraat',
        'Hoenderstraat',
        'Tongersestraat',
        'Sint Pieterstraat',
        'Kapoenstraat',
        'Brusselsestraat',
        'Capucijnenstraat',
        'Bogaardenstraat',
        'Witmakersstraat',
        'Lenculenstraat',
      ],
      3,
    ),
    place(
      'Maastricht',
      [6221, 6221],
      [
        'Wycker Brugstraat',
        'Rechtstraat',
        'Hoogbrugstraat',
        'Cortenstraat',
        'Avenue Céramique',
        'Wycker Grachtstraat',
        'Stationsstraat',
      ],
      2,
    ),
  ],
  WK093501: [
    place(
      'Maastricht',
      [6212, 6213],
      [
        'Luikerweg',
        'Mergelweg',
        'Sint Hubertuslaan',
        'Prins Bisschopsingel',
        'Tongerseweg',
        'Bieslanderweg',
        'Wolderweg',
        'Campagnerweg',
      ],
    ),
  ],
  WK093502: [
    place(
      'Maastricht',
      [6214, 6218],
      [
        'Brusselseweg',
        'Via Regia',
        'Malbergsingel',
        'Daalhoefsingel',
        'Mariabergerweg',
        'Cabergerweg',
        'Pastoor Moonenstraat',
        'Fazantenlaan',
        'Dousbergweg',
        'Belfortlaan',
        'Anjelierenstraat',
        'Pottenberg',
      ],
    ),
  ],
  WK093503: [
    place('Maastricht', [6223, 6223], ['Borgharenweg', 'Kasteelstraat', 'Pastoor Kochstraat', 'Itterderweg']),
  ],
  WK093504: [
    place(
      'Maastricht',
      [6222, 6226],
      [
        'Scharnerweg',
        'Ambyerstraat-Noord',
        'Ambyerstraat-Zuid',
        'Voltastraat',
        'Meerssenerweg',
        'Populierenweg',
        'Balijeweg',
        'Kastanjelaan',
        'Edisonstraat',
        'Nazarethweg',
      ],
    ),
  ],
  WK093505: [
    place(
      'Maastricht',
      [6222, 6223],
      ['Limmelderweg', 'Korvetweg', 'Hoeve Meerssenhoven', 'Beatrixhavenweg'],
    ),
  ],
  WK093506: [
    place(
      'Maastricht',
      [6226, 6229],
      [
        'Heerderweg',
        'Akersteenweg',
        'Heugemerweg',
        'Randwycksingel',
        'Vroendaalsingel',
        'Molensingel',
        'Heerderdwarsstraat',
        'Burgemeester Kessensingel',
      ],
    ),
  ],
  WK093800: [
    place(
      'Meerssen',
      [6231, 6231],
      ['Markt', 'Kuileneind', 'Beekstraat', 'Bokstraat', 'Julianastraat', 'Looierstraat', 'Proostdijstraat'],
    ),
  ],
  WK093801: [
    place(
      'Ulestraten',
      [6235, 6235],
      ['Kerkstraat', 'Schietecoven', 'Raadhuisstraat', 'Vliegveldweg', 'Humcoven'],
    ),
  ],
  WK093802: [
    place(
      'Bunde',
      [6241, 6241],
      ['Brugstraat', 'Kasteelstraat', 'Kerkstraat', 'Bergerstraat', 'Heirstraat'],
      2,
    ),
    place('Geulle', [6243, 6243], ['Brommelen', 'Dorpsstraat', 'Hussenberg', 'Mauritsweg'], 1),
  ],
  WK098100: [
    place('Vijlen', [6294, 6294], ['Vijlenberg', 'Kerkstraat', 'Mamelis', 'Harles']),
    place('Lemiers', [6295, 6295], ['Rijksweg', 'Lemierserberg', 'Kerkweg']),
  ],
  WK098101: [
    place(
      'Vaals',
      [6291, 6291],
      [
        'Maastrichterlaan',
        'Kerkstraat',
        'Lindenstraat',
        'Von Clermontplein',
        'Akenerweg',
        'Tentstraat',
        'Sneeuwberglaan',
      ],
    ),
  ],
  WK099400: [
    place(
      'Valkenburg',
      [6301, 6301],
      [
        'Grotestraat',
        'Wilhelminalaan',
        'Berkelstraat',
        'Cauberg',
        'Walramplein',
        'Neerhem',
        'Plenkertstraat',
      ],
    ),
  ],
  WK099401: [place('Houthem', [6321, 6321], ['Onderstestraat', 'Sint Gerlachstraat', 'Valkenburgerweg'])],
  WK099402: [
    place('Schin op Geul', [6305, 6305], ['Kerkstraat', 'Strucht', 'Oude Akerweg']),
    place('Oud-Valkenburg', [6305, 6305], ['Schaelsberg', 'Oud-Valkenburgerweg']),
  ],
  WK099403: [
    place('Sibbe', [6311, 6311], ['Sibbergrubbe', 'Daalhemerweg']),
    place('IJzeren', [6311, 6311], ['IJzeren', 'Sibberweg']),
  ],
  WK099404: [
    place('Berg en Terblijt', [6325, 6325], ['Rijksweg', 'Geulhemmerweg', 'Bergerweg', 'Kerkstraat'], 3),
    place('Vilt', [6325, 6325], ['Vilt', 'Viltersweg'], 1),
  ],
  WK099405: [place('Walem', [6305, 6305], ['Walem'])],
  WK172900: [
    place(
      'Gulpen',
      [6271, 6271],
      ['Markt', 'Rijksweg', 'Landsraderweg', 'Molenweg', 'Kapelaan Pendersstraat'],
    ),
  ],
  WK172901: [place('Wijlre', [6274, 6275], ['Stationstraat', 'Oude Akerweg', 'Kasteelweg', 'Grachtstraat'])],
  WK172902: [place('Eys', [6287, 6287], ['Wittemerweg', 'Bredeweg', 'Eyserweg', 'Kerkplein'])],
  WK172903: [place('Wittem', [6286, 6286], ['Wittemerallee', 'Partijerweg', 'Mechelderweg'])],
  WK172904: [
    place('Mechelen', [6281, 6281], ['Hoofdstraat', 'Dr. Janssenstraat', 'Hilleshagerweg', 'Schoolstraat']),
  ],
  WK172905: [place('Epen', [6285, 6285], ['Wilhelminastraat', 'Julianastraat', 'Terziet', 'Kuttenweg'])],
  WK172906: [place('Slenaken', [6277, 6277], ['Dorpsstraat', 'Grensweg', 'Heijenrath'])],
  WK190300: [
    place(
      'Eijsden',
      [6245, 6245],
      ['Breusterstraat', 'Diepstraat', 'Kerkstraat', 'Vroenhof', 'Mariadorpstraat', 'Withuisstraat'],
    ),
  ],
  WK190301: [
    place('Gronsveld', [6247, 6247], ['Rijksweg', 'Dorpstraat', 'Bergstraat', 'Molenweg']),
    place('Rijckholt', [6247, 6247], ['Rijckholterweg', 'Kloosterstraat'], 0.4),
  ],
  WK190302: [place('Margraten', [6269, 6269], ['Rijksweg', 'Groot Welsden', 'Kerkstraat', 'Bemelerweg'])],
  WK190303: [
    place('Cadier en Keer', [6267, 6267], ['Heiligerweg', 'Bredeweg', 'Kerkstraat', 'Keunestraat'], 2),
    place('Bemelen', [6268, 6268], ['Bemelerberg', 'Bergweg', 'Wijnweg'], 1),
  ],
  WK190304: [
    place('Sint Geertruid', [6265, 6265], ['Bruisterbosch', 'Dorpsstraat', 'Sint Geertruiderweg']),
    place('Eckelrade', [6264, 6264], ['Eckelraderweg', 'Pastoor Moonenstraat'], 0.6),
  ],
  WK190305: [
    place('Mheer', [6261, 6261], ['Burgemeester Beckersweg', 'Kerkstraat', 'Bovenstraat']),
    place('Noorbeek', [6255, 6255], ['Bergweg', 'Hoogcruts', 'Voerenstraat']),
  ],
};
