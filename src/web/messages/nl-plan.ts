/** The words of 1 Gezin 1 Plan: the household's plan, its versions and the form. Part of `nl`. */
export const planMessages = {
  plan: {
    linkFromHousehold: 'Plan van het huishouden',
    title: (household: string) => `Plan van ${household}`,
    titleFallback: 'Plan van het huishouden',
    backToHousehold: 'Terug naar het huishouden',
    noPlan: 'Dit huishouden heeft nog geen plan. Schrijf hieronder de eerste versie.',
    shownVersion: (version: number, latest: number) =>
      version === latest
        ? `Versie ${version} (de nieuwste)`
        : `Versie ${version} (niet de nieuwste: dat is versie ${latest})`,
    showLatest: 'Nieuwste versie tonen',
    writtenBy: (date: string, by: string | null) =>
      by ? `Vastgelegd op ${date} door ${by}` : `Vastgelegd op ${date}`,
    pdf: (version: number) => `Versie ${version} als PDF voor het huishouden`,
    pdfHint: '(opent een PDF-bestand)',
    goals: 'Doelen per leefgebied',
    noGoals: 'Er staan nog geen doelen in dit plan.',
    goal: 'Doel',
    owner: 'Eigenaar',
    actionsOfGoal: 'Acties',
    looseActions: 'Acties zonder doel',
    actionLine: (who: string, when: string, status: string) =>
      `Wie: ${who}. Wanneer: ${when}. Stand: ${status}.`,
    withPartner: (who: string, partner: string) => `${who}, samen met ${partner}`,
    noDueDate: 'geen datum',
    considerations: 'Eerst overwogen: algemene voorzieningen en netwerk',
    considerationsIntro:
      'Vóór een maatwerkvoorziening (Wmo of Jeugd) moet hier staan welke algemene voorzieningen en welke hulp uit het netwerk zijn overwogen.',
    noConsiderations: 'Er is nog niets overwogen vastgelegd.',
    agreement: 'Instemming van de inwoner',
    agreementKey: 'Instemming',
    agreedOn: (date: string, method: string) => `Ingestemd op ${date} (${method.toLowerCase()}).`,
    notAgreed: 'De inwoner heeft nog niet ingestemd met deze versie.',
    nextReview: 'Volgende bespreking',
    noNextReview: 'Nog niet afgesproken.',
    versions: 'Versies',
    versionsCaption: 'Alle versies van het plan, de nieuwste eerst',
    versionColumn: 'Versie',
    createdAtColumn: 'Vastgelegd op',
    createdByColumn: 'Door',
    viewColumn: 'Bekijken',
    viewVersion: (version: number) => `Versie ${version} tonen`,
    shownNow: 'Nu getoond',

    write: 'Nieuwe versie schrijven',
    writeFirst: 'Eerste versie schrijven',
    writeIntro: (version: number) =>
      version === 0
        ? 'U schrijft de eerste versie van het plan.'
        : `U schrijft verder op versie ${version}. Bij opslaan ontstaat een nieuwe versie; eerdere versies blijven bewaard.`,
    cancel: 'Annuleren',
    save: 'Nieuwe versie vastleggen',
    saving: 'Bezig met vastleggen…',
    saved: (version: number) => `Versie ${version} van het plan is vastgelegd.`,
    conflict:
      'Iemand anders heeft intussen een nieuwe versie van het plan vastgelegd. Laad de nieuwste versie en breng uw wijzigingen daarin opnieuw aan.',
    reload: 'Nieuwste versie laden',

    goalLegend: (n: number) => `Doel ${n}`,
    goalDomain: 'Leefgebied',
    goalDescription: 'Wat wil het huishouden bereiken?',
    goalOwner: 'Wie is eigenaar van het doel?',
    goalOwnerName: 'Naam van de eigenaar (optioneel)',
    goalOwnerNameHint: 'Bijvoorbeeld de buurvrouw, de mentor of de organisatie',
    addGoal: 'Doel toevoegen',
    removeGoal: (n: number) => `Doel ${n} verwijderen`,

    actionLegend: (n: number) => `Actie ${n}`,
    actionGoal: 'Bij welk doel hoort de actie?',
    actionNoGoal: 'Geen doel',
    actionDescription: 'Wat gebeurt er?',
    actionResponsible: 'Wie doet het?',
    actionPartner: 'Partnerorganisatie (optioneel)',
    actionPartnerHint: 'Bijvoorbeeld school, Veilig Thuis, Annex, MTB of Podium24',
    actionDueOn: 'Klaar vóór (optioneel)',
    actionStatus: 'Stand',
    addAction: 'Actie toevoegen',
    removeAction: (n: number) => `Actie ${n} verwijderen`,

    considerationLegend: (n: number) => `Afweging ${n}`,
    considerationKind: 'Wat is overwogen?',
    considerationDescription: 'Welke voorziening of hulp precies?',
    considerationOutcome: 'Uitkomst',
    addConsideration: 'Afweging toevoegen',
    removeConsideration: (n: number) => `Afweging ${n} verwijderen`,

    agreementLegend: 'Instemming en bespreking',
    formAgreedOn: 'Datum van instemming (optioneel)',
    formAgreementMethod: 'Hoe heeft de inwoner ingestemd?',
    formNoAgreement: 'Nog niet ingestemd',
    formNextReviewOn: 'Volgende bespreking (optioneel)',
    dateHint: 'Als JJJJ-MM-DD',
    fieldOf: (item: string, field: string) => `${item}: ${field}`,
  },
} as const;
