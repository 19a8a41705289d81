/** Words for the demo's meldingen, plans and networks: plausible, plain Dutch, never real people. */

export const OWN_WORDS: Readonly<Record<string, readonly string[]>> = {
  wmo: [
    'Ik kom de trap niet meer op en het huishouden lukt me niet meer sinds mijn heupoperatie.',
    'Mijn moeder vergeet steeds vaker te eten en de post blijft liggen; wij wonen ver weg.',
    'Sinds mijn man is overleden zit ik veel alleen en weet ik niet waar ik moet beginnen.',
    'De buurvrouw zegt dat meneer al weken de deur niet uitkomt en de gordijnen dicht houdt.',
    'Ik wil graag wat doen overdag, maar door mijn rugklachten kan ik niet meer werken.',
    'De douche is te hoog voor mij geworden; ik ben al twee keer gevallen.',
  ],
  jeugd: [
    'Mijn zoon van twaalf heeft woedeaanvallen en school belt bijna elke week.',
    'Onze dochter slaapt slecht, eet weinig en wil niet meer naar school.',
    'De intern begeleider maakt zich zorgen: het kind komt vaak zonder ontbijt en te laat.',
    'Sinds de scheiding loopt het thuis vast; de kinderen zitten er tussenin.',
    'De huisarts verwijst ons door omdat onze zoon angstig is en niet meer buiten speelt.',
  ],
  inkomen: [
    'Ik ben mijn baan kwijt en mijn WW stopt volgende maand; hoe moet ik de huur betalen?',
    'Mijn zaak loopt niet meer en ik heb geen inkomen om van te leven.',
    'Na de scheiding heb ik geen inkomen meer en er komen steeds meer rekeningen.',
  ],
  minima: [
    'De wasmachine is kapot en ik heb geen geld voor een nieuwe.',
    'Mijn kinderen kunnen niet mee op schoolreis omdat we het niet kunnen betalen.',
    'Ik heb hoge kosten voor mijn zorgverzekering en houd niets over.',
  ],
  participatie: [
    'Ik zit al twee jaar thuis en wil graag weer aan het werk, maar weet niet hoe.',
    'Ik wil een opleiding volgen zodat ik meer kans maak op een baan.',
  ],
  onderwijs: [
    'Mijn dochter gaat naar een speciale school in Heerlen en kan daar niet zelf komen.',
    'School meldt dat onze zoon vaak afwezig is; hij ligt veel op bed.',
  ],
};

export const CLARIFIED: Readonly<Record<string, readonly string[]>> = {
  wmo: [
    'Achter de vraag om huishoudelijke hulp zit eenzaamheid; het netwerk is klein geworden.',
    'Mantelzorger is overbelast; de vraag is hoe de zorg eerlijker te verdelen.',
    'Zelfstandig blijven wonen lukt met aanpassingen, als de dag weer structuur krijgt.',
  ],
  jeugd: [
    'Ouders zoeken grip op de opvoeding; spanning tussen ouders speelt mee.',
    'Schoolangst hangt samen met pesten; het kind wil wel leren.',
  ],
  inkomen: ['Bestaanszekerheid eerst: inkomen regelen en schulden in beeld brengen.'],
  minima: ['Er zijn meer kosten dan inkomen; een gesprek over geldzaken is nodig.'],
  participatie: ['De wens is werk; gezondheid en kinderopvang zijn de drempels.'],
  onderwijs: ['Vervoer naar school is het knelpunt; de school zelf past goed.'],
};

export const REFERRAL_PARTNERS = [
  'Trajekt (welzijnswerk)',
  'Steunpunt Mantelzorg Zuid',
  'Schuldhulpverlening',
  'Humanitas Thuisadministratie',
  'Vrijwilligerscentrale',
  'Ouderenadviseur',
  'GGD Zuid-Limburg',
  'Buurtgezinnen',
] as const;

export const ADVICE = [
  'Informatie gegeven over de was- en strijkservice en de boodschappendienst in de wijk.',
  'Uitgelegd hoe de collectieve zorgverzekering werkt en waar het formulier staat.',
  'Tips gegeven voor het gesprek met school; over zes weken belt de consulent terug.',
  'Gewezen op de inloop van het buurtcentrum op dinsdag- en donderdagochtend.',
] as const;

export const GOALS: Readonly<Record<string, readonly string[]>> = {
  financien: ['Vaste lasten op tijd betalen', 'Overzicht over inkomsten en uitgaven'],
  'werk-dagbesteding': ['Drie dagdelen per week zinvolle dagbesteding', 'Binnen een jaar betaald werk'],
  huisvesting: ['Veilig en zelfstandig blijven wonen', 'Een passende woning vinden'],
  gezinsrelaties: ['Rust in huis en duidelijke afspraken tussen de ouders'],
  'geestelijke-gezondheid': ['Minder somberheid; weer plezier in de dag'],
  'lichamelijke-gezondheid': ['Valpreventie en veilig bewegen in huis'],
  'dagelijkse-levensverrichtingen': ['Zelf de dag kunnen indelen en gezond eten'],
  'sociaal-netwerk': ['Wekelijks contact met anderen buiten de deur'],
  opvoeding: ['Ouders voelen zich zeker in de opvoeding'],
  school: ['Weer elke dag naar school, met een passend rooster'],
};

export const ACTIONS = [
  ['Aanmelden bij de maatjesgroep', 'consulent', 'Trajekt'],
  ['Budgetplan maken', 'inwoner met vrijwilliger', 'Humanitas'],
  ['Gesprek met mentor en intern begeleider', 'moeder', 'school'],
  ['Opvoedondersteuning thuis, acht weken', 'gezinscoach', 'MTB'],
  ['Kennismaken met de dagbesteding', 'inwoner', 'Podium24'],
  ['Mantelzorgwaardering aanvragen', 'dochter (mantelzorger)', undefined],
] as const;

export const NETWORK = [
  ['mantelzorger', 'Doet de boodschappen en gaat mee naar de huisarts'],
  ['buur', 'Kijkt elke ochtend even of alles goed is'],
  ['vrijwilliger', 'Wandelt op woensdag een uur mee'],
  ['familie', 'Helpt met de administratie, eens per maand'],
  ['vriend', 'Belt elke week en komt op zondag koffie drinken'],
] as const;

export const CONSIDERED = [
  ['algemene-voorziening', 'Was- en strijkservice van het buurtcentrum', 'niet-toereikend'],
  ['netwerk', 'Hulp van de kinderen bij het huishouden', 'niet-beschikbaar'],
  ['voorliggende-voorziening', 'Hulpmiddel via de zorgverzekeraar', 'niet-toereikend'],
  ['eigen-kracht', 'Zelf het huishouden in kleinere stappen doen', 'benut'],
] as const;
