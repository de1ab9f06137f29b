import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  builtOperation,
  callSubgraph,
  isLocalDate,
  parseDecimal,
  selectionOf,
  ServiceUnavailableError,
  subgraphEndpoint,
  type Cents,
  type SubgraphEndpoint,
} from '@hospital/kit';
import {
  AppointmentsBoardDepartmentRosterDocument,
  AppointmentsBoardDoctorDocument,
  AppointmentsBoardRosterDocument,
  DirectoryServiceFragmentDoc,
  NoticeDoctorNameFragmentDoc,
  NoticeServiceNameFragmentDoc,
  NotificationDoctorDocument,
  ScheduleFragmentDoc,
  type DirectoryServiceFragment,
  type NoticeDoctorNameFragment,
  type NoticeServiceNameFragment,
  type AppointmentsBoardRosterQuery,
  type NotificationDoctorQuery,
  type ScheduleFragment,
} from './generated/doctors.js';

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

const SERVICE = selectionOf(DirectoryServiceFragmentDoc);
/** A doctor's schedule; the query declares `$extraFrom` and `$extraTo`, sent when the lookup names days. */
const SCHEDULE = selectionOf(ScheduleFragmentDoc);

/**
 * The days whose extra hours a lookup reads, when it reads any schedule and they
 * are dates the doctors subgraph takes: a visit asked for in the year 10000 has
 * none (extra hours are only ever opened on such dates), so it reads the default.
 */
function extraDaysOf({ doctorId, department, days }: DirectoryQuery): DayRange | undefined {
  return (doctorId || department) && days && isLocalDate(days.from) && isLocalDate(days.to) ? days : undefined;
}

/** What the directory query answers: the parts the lookup asked for. */
interface RawDirectory {
  medicalService?: DirectoryServiceFragment | null;
  doctor?: ScheduleFragment | null;
  doctors?: { edges: { node: ScheduleFragment }[] } | null;
}

type DirectoryVariables = Record<string, string>;

/** The directory query for the shape of a lookup (at most four; builtOperation parses each once). */
function directoryQuery({ doctorId, department }: DirectoryQuery): TypedDocumentNode<RawDirectory, DirectoryVariables> {
  const variables = [
    '$serviceId: ID!',
    ...(doctorId ? ['$doctorId: ID!'] : []),
    // Sent only when the lookup names days (`extraDaysOf`); unsent, the extra hours are the default ones.
    ...(doctorId || department ? ['$extraFrom: Date', '$extraTo: Date'] : []),
  ].join(', ');
  const text = [
    `query AppointmentsDirectory(${variables}) {`,
    `  medicalService(id: $serviceId) ${SERVICE}`,
    doctorId ? `  doctor(id: $doctorId) ${SCHEDULE}` : '',
    department ? `  doctors(filter: { serviceId: $serviceId }, first: 100) { edges { node ${SCHEDULE} } }` : '',
    '}',
  ].join('\n');
  return builtOperation<RawDirectory, DirectoryVariables>(text);
}

const minutesOf = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

function toSchedule(raw: ScheduleFragment): DoctorSchedule {
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
      const data = await callSubgraph(endpoint, directoryQuery(query), variables, authorization);
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
  endpoint: SubgraphEndpoint,
  { doctorId, departmentId, days }: RosterQuery,
  authorization: string | undefined,
): Promise<Roster> {
  const extra = { extraFrom: days.from, extraTo: days.to };
  if (doctorId) {
    const data = await callSubgraph(endpoint, AppointmentsBoardDoctorDocument, { doctorId, ...extra }, authorization);
    const doctor = data.doctor ? toSchedule(data.doctor) : null;
    const inDepartment = doctor && (!departmentId || doctor.departmentId === departmentId);
    return { doctors: inDepartment ? [doctor] : [], departmentFound: true };
  }
  const doctors: DoctorSchedule[] = [];
  let after: string | null = null;
  for (;;) {
    const page = { first: ROSTER_PAGE, after, ...extra };
    let connection: AppointmentsBoardRosterQuery['doctors'];
    if (departmentId) {
      const data = await callSubgraph(
        endpoint,
        AppointmentsBoardDepartmentRosterDocument,
        { departmentId, ...page },
        authorization,
      );
      if (!data.department) return { doctors: [], departmentFound: false };
      connection = data.doctors;
    } else {
      connection = (await callSubgraph(endpoint, AppointmentsBoardRosterDocument, page, authorization)).doctors;
    }
    doctors.push(...connection.edges.map((e) => toSchedule(e.node)));
    after = connection.pageInfo.endCursor ?? null;
    if (!connection.pageInfo.hasNextPage || !after) return { doctors, departmentFound: true };
  }
}

/** A doctor's contact card (`doctorContact`, internal to the doctors subgraph). */
export async function doctorContact(
  endpoint: SubgraphEndpoint,
  id: string,
  authorization: string,
): Promise<NotificationDoctorQuery['doctorContact'] | null> {
  return (await callSubgraph(endpoint, NotificationDoctorDocument, { id }, authorization)).doctorContact;
}

const DOCTOR_NAME = selectionOf(NoticeDoctorNameFragmentDoc);
const SERVICE_NAME = selectionOf(NoticeServiceNameFragmentDoc);

/** One query for many ids: an aliased root field each (`d0: doctor(id: $d0)`, `s0: medicalService(id: $s0)`). */
export function namesQuery(doctorIds: readonly string[], serviceIds: readonly string[]): string {
  const variables = [...doctorIds.map((_, i) => `$d${i}: ID!`), ...serviceIds.map((_, i) => `$s${i}: ID!`)].join(', ');
  const fields = [
    ...doctorIds.map((_, i) => `d${i}: doctor(id: $d${i}) ${DOCTOR_NAME}`),
    ...serviceIds.map((_, i) => `s${i}: medicalService(id: $s${i}) ${SERVICE_NAME}`),
  ].join(' ');
  return `query NoticeNames(${variables}) { ${fields} }`;
}

/** What a names query answers, in the order of the ids asked; null where an id names nothing. */
export interface NamesAnswer {
  doctors: (NoticeDoctorNameFragment | null)[];
  services: (NoticeServiceNameFragment | null)[];
}

/** Doctors' and services' names (and the services' departments), in one call. */
export async function namesOf(
  endpoint: SubgraphEndpoint,
  doctorIds: readonly string[],
  serviceIds: readonly string[],
  authorization: string,
): Promise<NamesAnswer> {
  const variables: Record<string, string> = {};
  doctorIds.forEach((id, i) => (variables[`d${i}`] = id));
  serviceIds.forEach((id, i) => (variables[`s${i}`] = id));
  type Answer = Record<`d${number}`, NoticeDoctorNameFragment | null | undefined> &
    Record<`s${number}`, NoticeServiceNameFragment | null | undefined>;
  const query = builtOperation<Answer, Record<string, string>>(namesQuery(doctorIds, serviceIds));
  const data = await callSubgraph(endpoint, query, variables, authorization);
  return {
    doctors: doctorIds.map((_, i) => data[`d${i}` as const] ?? null),
    services: serviceIds.map((_, i) => data[`s${i}` as const] ?? null),
  };
}
