import type { FastifyInstance } from 'fastify';
import { beschermdWonenRoutes } from '../beschermd-wonen/routes';
import { appointmentRoutes } from './appointments/routes';
import type { CaseDeps } from './context';
import { referralRoutes } from './referrals/routes';

/** The Wmo and Jeugd specifics: keukentafelgesprek, verwijzer and second opinion, beschermd wonen per month. */
export function wmoJeugdRoutes(app: FastifyInstance, deps: CaseDeps) {
  appointmentRoutes(app, deps);
  referralRoutes(app, deps);
  beschermdWonenRoutes(app, deps);
}
