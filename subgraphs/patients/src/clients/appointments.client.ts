import { builtOperation, callSubgraph, selectionOf, subgraphEndpoint, type Logger } from '@hospital/kit';
import { type CarePair } from '@hospital/kit/care';
import { CareVisitCountFragmentDoc, type CareVisitCountFragment } from './generated/appointments.js';

/** Where the patients subgraph learns of visits its care projection does not hold yet. */
export interface VisitsLedger {
  /**
   * The pairs among `pairs` with a visit in one of `statuses` (any, when not
   * given), as the appointments subgraph has them now, asked as the caller.
   */
  withVisits(
    pairs: readonly CarePair[],
    statuses: readonly string[] | undefined,
    authorization: string | undefined,
  ): Promise<CarePair[]>;
}

/** Pairs asked in one call: each is a count there, and a document holds only so many aliases. */
const PAIRS_PER_CALL = 10;

const VISIT_COUNT = selectionOf(CareVisitCountFragmentDoc);

/** One count of visits per pair, under aliases: `v0: appointments(…) { totalCount }`. */
export function visitsQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$d${i}: ID!, $p${i}: ID!`).join(', ');
  const counts = Array.from(
    { length: count },
    (_, i) =>
      `v${i}: appointments(first: 1, filter: { doctorId: $d${i}, patientId: $p${i}, status: $statuses }) ${VISIT_COUNT}`,
  ).join('\n  ');
  return `query CareVisitsOfPatients($statuses: [AppointmentStatus!], ${variables}) {\n  ${counts}\n}`;
}

/**
 * The appointments subgraph over HTTP (`APPOINTMENTS_URL`), with the caller's
 * own `Authorization`: a doctor sees only her own visits there, so nobody learns
 * of a visit they could not list themselves. A failure (appointments away, too
 * slow, its breaker open) finds nothing, and is logged: the projection's answer
 * stands, as it did before the question was asked, and patients stays up
 * whatever appointments does.
 */
export function createVisitsLedger(url: string, timeoutMs: number, logger: Logger): VisitsLedger {
  const endpoint = subgraphEndpoint('appointments', url, timeoutMs);
  return {
    async withVisits(pairs, statuses, authorization) {
      const found: CarePair[] = [];
      for (let start = 0; start < pairs.length; start += PAIRS_PER_CALL) {
        const chunk = pairs.slice(start, start + PAIRS_PER_CALL);
        const variables: Record<string, unknown> = { statuses: statuses ? [...statuses] : null };
        chunk.forEach((pair, i) => Object.assign(variables, { [`d${i}`]: pair.doctorId, [`p${i}`]: pair.patientId }));
        try {
          const counts = await callSubgraph(
            endpoint,
            builtOperation<Record<string, CareVisitCountFragment | null>, Record<string, unknown>>(
              visitsQuery(chunk.length),
            ),
            variables,
            authorization,
          );
          found.push(...chunk.filter((_, i) => (counts[`v${i}`]?.totalCount ?? 0) > 0));
        } catch (error) {
          logger.warn({ err: error }, 'could not ask appointments about visits the care projection lacks');
        }
      }
      return found;
    },
  };
}
