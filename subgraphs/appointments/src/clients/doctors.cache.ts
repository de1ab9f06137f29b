import type { Directory, DirectoryQuery, DoctorsDirectory, RosterQuery } from './doctors.client.js';

/**
 * The directory of one request: each distinct question asked once, however many
 * resolvers need the answer.
 */
export function cachedDirectory(directory: DoctorsDirectory, authorization: string | undefined) {
  const answers = new Map<string, Promise<Directory>>();
  return {
    roster: (query: RosterQuery) => directory.roster(query, authorization),
    lookup(query: DirectoryQuery): Promise<Directory> {
      const key = `${query.serviceId}|${query.doctorId ?? ''}|${query.department ? 1 : 0}|${query.days?.from ?? ''}|${query.days?.to ?? ''}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = directory.lookup(query, authorization);
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

export type RequestDirectory = ReturnType<typeof cachedDirectory>;
