/**
 * The portfolio's state in the address: the matrix as it stood on a day (stand) and the annual
 * plan's reference date (peildatum), so a link or bookmark shows the same view again.
 */
export interface MatrixSearch {
  stand?: string | undefined;
}
export interface AnnualPlanSearch {
  peildatum?: string | undefined;
}

/** The day of Bijlage 1: the portfolio of 2016–2017 as the source printed it. */
export const BIJLAGE_1_STAND = '2017-12-31';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const pickDate = (value: unknown) => (typeof value === 'string' && DATE.test(value) ? value : undefined);

export const validateMatrixSearch = (search: Record<string, unknown>): MatrixSearch => ({
  stand: pickDate(search.stand),
});

export const validateAnnualPlanSearch = (search: Record<string, unknown>): AnnualPlanSearch => ({
  peildatum: pickDate(search.peildatum),
});
