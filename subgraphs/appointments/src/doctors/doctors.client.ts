import {
  callSubgraph,
  isLocalDate,
  parseDecimal,
  ServiceUnavailableError,
  subgraphEndpoint,
  type Cents,
} from '@hospital/kit';

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

/** A window of one clinic day opened beyond the week, in minutes after midnight, clinic time. */
export interface ExtraWindow {
  /** YYYY-MM-DD. */
  date: string;
  startMinute: number;
  endMinute: number;
}

/** Clinic days, YYYY-MM-DD, both included. */
export interface DayRange {
  from: string;
  to: string;
}

/** A doctor's schedule as booking needs it. */
export interface DoctorSchedule {
  id: string;
  departmentId: string;
  weeklyAvailability: WeeklyWindow[];
  timeOff: Period[];
  /** Of the days the lookup named (`DirectoryQuery.days`); the doctors subgraph's default, a year from today, otherwise. */
  extraHours: ExtraWindow[];
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
  /** The days whose extra hours matter (at most 366); keeps the answer small. */
  days?: DayRange;
}

/** Where the appointments subgraph learns about services and doctors' schedules. */
export interface DoctorsDirectory {
  lookup(query: DirectoryQuery, authorization: string | undefined): Promise<Directory>;
  /** The doctors a schedule board shows, with their schedules: one call, whatever the range. */
  roster(query: RosterQuery, authorization: string | undefined): Promise<Roster>;
}

/** A doctor's schedule; with `days`, the query declares `$extraFrom` and `$extraTo` for the extra hours. */
const scheduleFields = (days: boolean) =>
  'id department { id } weeklyAvailability { dayOfWeek startTime endTime } timeOff { start end } ' +
  `extraHours${days ? '(from: $extraFrom, to: $extraTo)' : ''} { date startTime endTime }`;

/**
 * The days whose extra hours a lookup reads, when it reads any schedule and they
 * are dates the doctors subgraph takes: a visit asked for in the year 10000 has
 * none (extra hours are only ever opened on such dates), so it reads the default.
 */
function extraDaysOf({ doctorId, department, days }: DirectoryQuery): DayRange | undefined {
  return (doctorId || department) && days && isLocalDate(days.from) && isLocalDate(days.to) ? days : undefined;
}

function directoryQuery(query: DirectoryQuery): string {
  const { doctorId, department } = query;
  const days = extraDaysOf(query);
  const schedule = scheduleFields(Boolean(days));
  const variables = [
    '$serviceId: ID!',
    ...(doctorId ? ['$doctorId: ID!'] : []),
    ...(days ? ['$extraFrom: Date!', '$extraTo: Date!'] : []),
  ].join(', ');
  return [
    `query AppointmentsDirectory(${variables}) {`,
    '  medicalService(id: $serviceId) { id durationMinutes price department { id name } }',
    doctorId ? `  doctor(id: $doctorId) { ${schedule} }` : '',
    department ? `  doctors(filter: { serviceId: $serviceId }, first: 100) { edges { node { ${schedule} } } }` : '',
    '}',
  ].join('\n');
}

interface RawSchedule {
  id: string;
  department: { id: string };
  weeklyAvailability: { dayOfWeek: string; startTime: string; endTime: string }[];
  timeOff: { start: string; end: string }[];
  extraHours: { date: string; startTime: string; endTime: string }[];
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
    extraHours: raw.extraHours.map((e) => ({
      date: e.date,
      startMinute: minutesOf(e.startTime),
      endMinute: minutesOf(e.endTime),
    })),
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
    roster: (query, authorization) => fetchRoster(endpoint, query, authorization),
    async lookup(query, authorization) {
      const days = extraDaysOf(query);
      const variables = {
        serviceId: query.serviceId,
        ...(query.doctorId ? { doctorId: query.doctorId } : {}),
        ...(days ? { extraFrom: days.from, extraTo: days.to } : {}),
      };
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

/** Whose schedules a board needs: one doctor, or every doctor (of a department). */
export interface RosterQuery {
  doctorId?: string | null;
  departmentId?: string | null;
  /** The board's days: the extra hours read are theirs. */
  days: DayRange;
}

export interface Roster {
  /** By name, as the doctors subgraph lists them. */
  doctors: DoctorSchedule[];
  /** False when `departmentId` names no department. */
  departmentFound: boolean;
}

const ROSTER_PAGE = 100;

/**
 * One call for the whole roster, however long the board's range: a page of 100
 * doctors with their schedules; a hospital of more doctors costs one more call
 * per hundred.
 */
async function fetchRoster(
  endpoint: ReturnType<typeof subgraphEndpoint>,
  { doctorId, departmentId, days }: RosterQuery,
  authorization: string | undefined,
): Promise<Roster> {
  const extra = { extraFrom: days.from, extraTo: days.to };
  if (doctorId) {
    const query = `query AppointmentsBoardDoctor($doctorId: ID!, $extraFrom: Date!, $extraTo: Date!) {
      doctor(id: $doctorId) { ${scheduleFields(true)} }
    }`;
    const data = await callSubgraph<RawDirectory>(endpoint, query, { doctorId, ...extra }, authorization);
    const doctor = data.doctor ? toSchedule(data.doctor) : null;
    const inDepartment = doctor && (!departmentId || doctor.departmentId === departmentId);
    return { doctors: inDepartment ? [doctor] : [], departmentFound: true };
  }
  const query = [
    `query AppointmentsBoardRoster(${departmentId ? '$departmentId: ID!, ' : ''}$after: String, $extraFrom: Date!, $extraTo: Date!) {`,
    departmentId ? '  department(id: $departmentId) { id }' : '',
    `  doctors(${departmentId ? 'filter: { departmentId: $departmentId }, ' : ''}first: ${ROSTER_PAGE}, after: $after) {`,
    `    edges { node { ${scheduleFields(true)} } } pageInfo { hasNextPage endCursor }`,
    '  }',
    '}',
  ].join('\n');
  interface RawRoster {
    department?: { id: string } | null;
    doctors: { edges: { node: RawSchedule }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }
  const doctors: DoctorSchedule[] = [];
  let after: string | null = null;
  for (;;) {
    const variables = { ...(departmentId ? { departmentId } : {}), after, ...extra };
    const data: RawRoster = await callSubgraph<RawRoster>(endpoint, query, variables, authorization);
    if (departmentId && !data.department) return { doctors: [], departmentFound: false };
    doctors.push(...data.doctors.edges.map((e) => toSchedule(e.node)));
    after = data.doctors.pageInfo.endCursor;
    if (!data.doctors.pageInfo.hasNextPage || !after) return { doctors, departmentFound: true };
  }
}
