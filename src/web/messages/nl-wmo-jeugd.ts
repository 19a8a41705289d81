/** The words of the Wmo and Jeugd specifics: keukentafelgesprek, verwijzer, beschermd wonen. Part of `nl`. */
export const wmoJeugdMessages = {
  wmoJeugd: {
    events: {
      'afspraak-gepland': 'Keukentafelgesprek gepland',
      'verslag-vastgelegd': 'Verslag van het gesprek vastgelegd',
      'verwijzing-vastgelegd': 'Verwijzer en second opinion vastgelegd',
    } as Record<string, string>,
    appointments: {
      title: 'Keukentafelgesprek',
      intro:
        'Het gesprek van het Wmo-onderzoek: wat de inwoner wil bereiken, wat hij zelf kan, wat het netwerk doet en welke hulp nodig is.',
      none: 'Er is nog geen keukentafelgesprek gepland.',
      caption: 'Keukentafelgesprekken van deze zaak',
      when: 'Datum en tijd',
      place: 'Plaats',
      participants: 'Deelnemers',
      report: 'Verslag',
      noReport: 'Nog geen verslag',
      reportedAt: (when: string) => `vastgelegd ${when}`,
      planTitle: 'Gesprek plannen',
      whenLegend: 'Wanneer',
      date: 'Datum',
      dateHint: 'Als JJJJ-MM-DD',
      time: 'Tijd',
      timeHint: 'Als UU:MM, Nederlandse tijd',
      placeHint: 'Bijvoorbeeld: bij de inwoner thuis, of het wijkkantoor',
      participantsHint:
        'Eén per regel, met naam of rol; minstens de inwoner. Bijvoorbeeld: inwoner, dochter (mantelzorger), Wmo-consulent',
      participantsDefault: 'inwoner\nWmo-consulent',
      plan: 'Gesprek plannen',
      planned: 'Het gesprek is gepland.',
      reportTitle: (when: string) => `Verslag van het gesprek van ${when}`,
      reportLabel: 'Verslag',
      reportHint: 'Wat is besproken en afgesproken, in woorden die de inwoner herkent',
      saveReport: 'Verslag vastleggen',
      reportSaved: 'Het verslag is vastgelegd.',
      notYet: 'Een verslag kan vastgelegd worden zodra het gesprek begonnen is.',
    },
    referral: {
      title: 'Verwijzer en second opinion',
      none: 'Nog niet vastgelegd wie de jeugdige verwees.',
      referrer: 'Verwijzer',
      referrerName: 'Naam van de verwijzer',
      referrerNameHint: 'De praktijk of instelling, bijvoorbeeld: Huisartsenpraktijk Wyck',
      referrerLegend: 'Wie verwees',
      secondOpinionLegend: 'Second opinion',
      secondOpinionHint: 'Alleen als een tweede deskundige is gevraagd',
      secondOpinionBy: 'Door',
      secondOpinionOn: 'Datum',
      secondOpinionOutcome: 'Uitkomst',
      noSecondOpinion: 'Geen second opinion',
      save: 'Verwijzer en second opinion vastleggen',
      saved: 'Verwijzer en second opinion zijn vastgelegd.',
      stale:
        'Iemand anders heeft de zaak intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
    },
    report: {
      nav: 'Beschermd wonen',
      title: 'Beschermd wonen per maand',
      intro:
        'Instroom, doorstroom en uitstroom van beschermd wonen per betalende gemeente en voor de regio. Een verblijf is een aaneengesloten periode beschermd wonen van één inwoner; een herindicatie zonder onderbreking telt niet als uit- en instroom.',
      definitions: 'Zo tellen we',
      instroomDefinition: 'Instroom: het verblijf begint in de maand.',
      doorstroomDefinition:
        'Doorstroom: het verblijf begon vóór de maand en loopt na de laatste dag van de maand door (de hele maand, zonder begin of einde erin).',
      uitstroomDefinition:
        'Uitstroom: het verblijf eindigt in de maand (de einddatum is de laatste dag). Begint en eindigt een verblijf in dezelfde maand, dan telt het bij instroom en uitstroom.',
      totalDefinition:
        'De regio telt elke inwoner één keer; wie naar een andere gemeente verhuist, is daar uitstroom en hier instroom, maar in de regio doorstroom.',
      protection:
        'Ter bescherming van de inwoners tonen we aantallen van 0 tot en met 7 niet en ronden we de rest af op vijftallen. Waar een totaal een verborgen aantal zou verraden, verbergen we nog een cel.',
      periodLegend: 'Periode',
      from: 'Van maand',
      to: 'Tot en met maand',
      monthHint: 'Als JJJJ-MM',
      show: 'Tonen',
      caption: (month: string) =>
        `Beschermd wonen in ${month}: instroom, doorstroom en uitstroom per gemeente`,
      gemeente: 'Gemeente',
      instroom: 'Instroom',
      doorstroom: 'Doorstroom',
      uitstroom: 'Uitstroom',
      total: 'Regio (totaal)',
      suppressed: {
        'klein-aantal': 'niet getoond (0 t/m 7)',
        afleidbaar: 'niet getoond (zou een klein aantal verraden)',
      } as Record<string, string>,
    },
  },
} as const;
