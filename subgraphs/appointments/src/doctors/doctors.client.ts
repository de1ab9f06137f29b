import { callSubgraph, parseDecimal, ServiceUnavailableError, subgraphEndpoint, type Cents } from '@hospital/kit';

/** A service as booking needs it. */
export interface ServiceInfo {
  id: string;
  durationMinutes: number;
  priceCents: Cents;
  departmentId: string;
  /** What the bookings are counted by in the metrics: unlike its id, a name says something on a dashboard. */
  departmentName: string;
}

/** A weekly window in minutes after midnight, clinic time. */
export interface WeeklyWindow {
  dayOfWeek: string;
  startMinute: number;
  endMinute: number;
}

export interface Period {
  start: Date;
  end: Date;
}

/** A doctor's schedule as booking needs it. */
export interface DoctorSchedule {
  id: string;
  departmentId: string;
  weeklyAvailability: WeeklyWindow[];
  timeOff: Period[];
}

/** What one call to the doctors subgraph returned; null where the id names nothing. */
export interface Directory {
  service: ServiceInfo | null;
  doctor?: DoctorSchedule | null;
  /** Every doctor of the service's department (at most 100). */
  departmentDoctors?: DoctorSchedule[];
}

export interface DirectoryQuery {
  serviceId: string;
  doctorId?: string | null;
  /** Also the doctors of the service's department (slot search, alternatives). */
  department?: boolean;
}

/** Where the appointments subgraph learns about services and doctors' schedules. */
export interface DoctorsDirectory {
  lookup(query: DirectoryQuery, authorization: string | undefined): Promise<Directory>;
}

const SCHEDULE = 'id department { id } weeklyAvailability { dayOfWeek startTime endTime } timeOff { start end }';

function directoryQuery({ doctorId, department }: DirectoryQuery): string {
  const variables = ['$serviceId: ID!', ...(doctorId ? ['$doctorId: ID!'] : [])].join(', ');
  return [
    `query AppointmentsDirectory(${variables}) {`,
    '  medicalService(id: $serviceId) { id durationMinutes price department { id name } }',
    doctorId ? `  doctor(id: $doctorId) { ${SCHEDULE} }` : '',
    department ? `  doctors(filter: { serviceId: $serviceId }, first: 100) { edges { node { ${SCHEDULE} } } }` : '',
    '}',
  ].join('\n');
}

interface RawSchedule {
  id: string;
  department: { id: string };
  weeklyAvailability: { dayOfWeek: string; startTime: string; endTime: string }[];
  timeOff: { start: string; end: string }[];
}
interface RawDirectory {
  medicalService?: {
    id: string;
    durationMinutes: number;
    price: string;
    department: { id: string; name: string };
  } | null;
  doctor?: RawSchedule | null;
  doctors?: { edges: { node: RawSchedule }[] } | null;
}

const minutesOf = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

function toSchedule(raw: RawSchedule): DoctorSchedule {
  return {
    id: raw.id,
    departmentId: raw.department.id,
    weeklyAvailability: raw.weeklyAvailability.map((w) => ({
      dayOfWeek: w.dayOfWeek,
      startMinute: minutesOf(w.startTime),
      endMinute: minutesOf(w.endTime),
    })),
    timeOff: raw.timeOff.map((t) => ({ start: new Date(t.start), end: new Date(t.end) })),
  };
}

/**
 * The doctors subgraph over HTTP, with the caller's own `Authorization` (zero
 * trust: doctors checks it) and a deadline, so that a slow or dead doctors
 * subgraph fails the request quickly instead of holding it.
 */
export function createDoctorsClient(url: string, timeoutMs: number): DoctorsDirectory {
  const endpoint = subgraphEndpoint('doctors', url, timeoutMs);
  return {
    async lookup(query, authorization) {
      const variables = { serviceId: query.serviceId, ...(query.doctorId ? { doctorId: query.doctorId } : {}) };
      const data = await callSubgraph<RawDirectory>(endpoint, directoryQuery(query), variables, authorization);
      const service = data.medicalService;
      const priceCents = service ? parseDecimal(service.price) : undefined;
      if (service && priceCents === undefined) {
        throw new ServiceUnavailableError('doctors', `unreadable price ${service.price}`);
      }
      return {
        service: service
          ? {
              id: service.id,
              durationMinutes: service.durationMinutes,
              priceCents: priceCents ?? 0,
              departmentId: service.department.id,
              departmentName: service.department.name,
            }
          : null,
        ...(query.doctorId ? { doctor: data.doctor ? toSchedule(data.doctor) : null } : {}),
        ...(query.department ? { departmentDoctors: (data.doctors?.edges ?? []).map((e) => toSchedule(e.node)) } : {}),
      };
    },
  };
}

/**
 * The directory of one request: each distinct question asked once, however many
 * resolvers need the answer.
 */
export function cachedDirectory(directory: DoctorsDirectory, authorization: string | undefined) {
  const answers = new Map<string, Promise<Directory>>();
  return {
    lookup(query: DirectoryQuery): Promise<Directory> {
      const key = `${query.serviceId}|${query.doctorId ?? ''}|${query.department ? 1 : 0}`;
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
