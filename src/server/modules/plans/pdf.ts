import PDFDocument from 'pdfkit';
import {
  ACTION_STATUSES,
  AGREEMENT_METHODS,
  CONSIDERATION_KINDS,
  GOAL_OWNERS,
  LIFE_DOMAINS,
} from '../../../shared/api/front-door';
import { CONSIDERATION_OUTCOMES, type PlanAction, type PlanView } from '../../../shared/api/plans';

/**
 * The plan as the household reads it on paper: plain Dutch, one column, per life domain the goals
 * with who takes care of them and the actions under them, then what was considered, the agreement
 * and the next review.
 *
 * Streams are written uncompressed: a plan is a few pages of text in the built-in fonts (no
 * embedded fonts or images), so compression would save only a few kilobytes, while uncompressed
 * the text the household receives can be checked by tests and by anyone with a text editor.
 */
export function renderPlanPdf(view: PlanView, printedOn: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: false,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: 'Ons plan', Subject: `Plan van het huishouden, versie ${view.version}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writePlan(doc, view, printedOn);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function writePlan(doc: Doc, view: PlanView, printedOn: Date) {
  const { goals, actions, considerations } = view.content;
  doc.font('Helvetica-Bold').fontSize(24).text('Ons plan');
  doc.font('Helvetica').fontSize(14).text(safe(view.householdName));
  doc.moveDown(0.3);
  doc
    .fontSize(10)
    .fillColor('#444444')
    .text(
      `Versie ${view.version}, vastgelegd op ${dayInAmsterdam(new Date(view.createdAt))}. Afgedrukt op ${dayInAmsterdam(printedOn)}.`,
    )
    .fillColor('black');

  heading(doc, 'Onze doelen');
  if (goals.length === 0) paragraph(doc, 'Er staan nog geen doelen in dit plan.');
  const goalIds = new Set(goals.map((goal) => goal.id));
  for (const [domain, label] of Object.entries(LIFE_DOMAINS)) {
    const inDomain = goals.filter((goal) => goal.lifeDomain === domain);
    if (inDomain.length === 0) continue;
    subheading(doc, label);
    for (const goal of inDomain) {
      doc
        .font('Helvetica-Bold')
        .fontSize(11)
        .text(`Doel: ${safe(goal.description)}`);
      const owner = GOAL_OWNERS[goal.owner];
      paragraph(doc, `Wie zorgt ervoor: ${owner}${goal.ownerName ? ` (${safe(goal.ownerName)})` : ''}.`);
      writeActions(
        doc,
        actions.filter((action) => action.goalId === goal.id),
      );
      doc.moveDown(0.5);
    }
  }
  const loose = actions.filter((action) => action.goalId === undefined || !goalIds.has(action.goalId));
  if (loose.length > 0) {
    subheading(doc, 'Andere afspraken');
    writeActions(doc, loose);
  }

  heading(doc, 'Wat we eerst hebben bekeken');
  paragraph(
    doc,
    'Voordat de gemeente hulp op maat geeft, kijken we samen wat u zelf kunt, wie uit uw omgeving kan helpen en welke voorzieningen er voor iedereen zijn.',
  );
  if (considerations.length === 0) paragraph(doc, 'Hierover is nog niets vastgelegd.');
  for (const consideration of considerations) {
    bullet(
      doc,
      `${CONSIDERATION_KINDS[consideration.kind]}: ${safe(consideration.description)}. Uitkomst: ${CONSIDERATION_OUTCOMES[consideration.outcome].toLowerCase()}.`,
    );
  }

  heading(doc, 'Afspraak over dit plan');
  if (view.agreedOn) {
    const method = view.agreementMethod
      ? (AGREEMENT_METHODS[view.agreementMethod as keyof typeof AGREEMENT_METHODS] ?? view.agreementMethod)
      : '';
    paragraph(
      doc,
      `U heeft op ${longDate(view.agreedOn)} ingestemd met dit plan${method ? ` (${method.toLowerCase()})` : ''}.`,
    );
  } else paragraph(doc, 'U heeft nog niet ingestemd met dit plan.');
  paragraph(
    doc,
    view.nextReviewOn
      ? `We bespreken het plan weer op ${longDate(view.nextReviewOn)}.`
      : 'Wanneer we het plan weer bespreken, is nog niet afgesproken.',
  );
  doc.moveDown();
  doc
    .fontSize(10)
    .fillColor('#444444')
    .text('Klopt er iets niet, of wilt u iets veranderen? Neem contact op met uw regisseur.')
    .fillColor('black');
}

function writeActions(doc: Doc, actions: readonly PlanAction[]) {
  for (const action of actions) {
    const who = `${safe(action.responsible)}${action.partner ? `, samen met ${safe(action.partner)}` : ''}`;
    const when = action.dueOn ? `vóór ${longDate(action.dueOn)}` : 'geen datum afgesproken';
    bullet(
      doc,
      `${safe(action.description)}. Wie: ${who}. Wanneer: ${when}. Stand: ${ACTION_STATUSES[action.status].toLowerCase()}.`,
    );
  }
}

function heading(doc: Doc, text: string) {
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(16).text(text);
  doc.moveDown(0.3);
}

function subheading(doc: Doc, text: string) {
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(13).text(text);
  doc.moveDown(0.2);
}

function paragraph(doc: Doc, text: string) {
  doc.font('Helvetica').fontSize(11).text(text, { lineGap: 2 });
}

function bullet(doc: Doc, text: string) {
  doc.font('Helvetica').fontSize(11).text(`•  ${text}`, { indent: 0, lineGap: 2, paragraphGap: 3 });
}

const dutchLongDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The day a moment fell on in the Netherlands, "1 december 2026". */
const dayInAmsterdam = (moment: Date) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(moment);

/** "2026-12-01" → "1 december 2026". */
function longDate(isoDate: string): string {
  return dutchLongDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Characters beyond Latin-1 that the built-in fonts' WinAnsi encoding still holds. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * The built-in fonts cannot draw what WinAnsi lacks (ł, emoji): such letters lose their accent if
 * that helps, and otherwise become a question mark, rather than turning into wrong characters.
 */
export function safe(text: string): string {
  let result = '';
  for (const char of text) {
    if (drawable(char)) result += char;
    else if (/\s/.test(char)) result += ' ';
    else {
      const plain = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      result += plain.length > 0 && [...plain].every(drawable) ? plain : '?';
    }
  }
  return result;
}

function drawable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}
