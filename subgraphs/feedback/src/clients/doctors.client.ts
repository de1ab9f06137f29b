import { callSubgraph, MAX_PAGE_SIZE, subgraphEndpoint } from '@hospital/kit';
import { FeedbackDepartmentDoctorsDocument, type FeedbackDepartmentDoctorsQuery } from './generated/doctors.js';

/** Where the feedback subgraph learns which doctors a department has, at the moment a list is filtered by it. */
export interface DepartmentDirectory {
  /** The ids of the department's doctors; none for a department that names nothing. */
  doctorsOf(departmentId: string, authorization: string | undefined): Promise<string[]>;
}

/** A bound on the pages read, so that a doctors subgraph that never says "last page" cannot hold a request. */
const MAX_PAGES = 50;

/**
 * The doctors subgraph over HTTP (`DOCTORS_URL`), with the caller's own
 * `Authorization` (its `doctors` list is open to every signed-in user), a deadline
 * and the kit's breaker. Feedback stores the visit's doctor, not her department:
 * a department is the doctors it has now, asked when the filter names one.
 */
export function createDepartmentDirectory(url: string, timeoutMs: number): DepartmentDirectory {
  const endpoint = subgraphEndpoint('doctors', url, timeoutMs);
  return {
    async doctorsOf(departmentId, authorization) {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const { doctors }: FeedbackDepartmentDoctorsQuery = await callSubgraph(
          endpoint,
          FeedbackDepartmentDoctorsDocument,
          { departmentId, first: MAX_PAGE_SIZE, after },
          authorization,
        );
        ids.push(...doctors.edges.map((edge) => edge.node.id));
        if (!doctors.pageInfo.hasNextPage || !doctors.pageInfo.endCursor) break;
        after = doctors.pageInfo.endCursor;
      }
      return ids;
    },
  };
}

/** The directory as one request's caller sees it: their token goes with every question. */
export const departmentsOf = (directory: DepartmentDirectory, authorization: string | undefined) => ({
  doctorsOf: (departmentId: string) => directory.doctorsOf(departmentId, authorization),
});

export type RequestDepartments = ReturnType<typeof departmentsOf>;
