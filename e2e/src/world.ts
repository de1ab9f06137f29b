import { randomUUID } from 'node:crypto';
import {
  ApproveAppointmentDocument,
  CreateDepartmentDocument,
  CreateDoctorDocument,
  CreateMedicalServiceDocument,
  CreateStaffAccountDocument,
  RegisterPatientDocument,
  SetWeeklyAvailabilityDocument,
  SignInDocument,
  RequestAppointmentDocument,
  SignUpDocument,
  type Role,
} from '@hospital/client';
import { afterAll, beforeAll, inject } from 'vitest';
import { dataOf, gatewayClient, rawClient, type Execute } from './client.js';
import { attachSupergraph, startSupergraph, type Supergraph, type SupergraphOptions } from './harness.js';

export interface Actor {
  id: string;
  email: string;
  token: string;
}

/** The password of every account `World.account` opens. */
export const ACCOUNT_PASSWORD = 'e2e-password-1';
export const uniqueEmail = (label: string) => `${label}.${randomUUID().slice(0, 8)}@e2e.example`;
let phoneCounter = 0;
export const uniquePhone = () => `+38050${String(Date.now() % 1_000_000).padStart(6, '0')}${phoneCounter++ % 10}`;

/**
 * People and things made through the gateway, as the hospital would make them:
 * each test gets fresh ones with unique e-mails, so tests never depend on each other.
 */
export class World {
  readonly execute: Execute;
  /** A plain query string, for what no client operation asks (a field a role may not see, say). */
  readonly raw: ReturnType<typeof rawClient>;
  private adminToken: string | undefined;

  constructor(readonly supergraph: Supergraph) {
    this.execute = gatewayClient(supergraph.gatewayUrl);
    this.raw = rawClient(supergraph.gatewayUrl);
  }

  async admin(): Promise<string> {
    this.adminToken ??= dataOf(await this.execute(SignInDocument, this.supergraph.admin)).signIn.token;
    return this.adminToken;
  }

  /** An account of any role, signed in. */
  async account(role: Role): Promise<Actor> {
    const email = uniqueEmail(role.toLowerCase());
    if (role === 'PATIENT') {
      const { signUp } = dataOf(await this.execute(SignUpDocument, { input: { email, password: ACCOUNT_PASSWORD } }));
      return { id: signUp.user.id, email, token: signUp.token };
    }
    const input = { email, password: ACCOUNT_PASSWORD, role };
    const { createStaffAccount } = dataOf(
      await this.execute(CreateStaffAccountDocument, { input }, await this.admin()),
    );
    const { signIn } = dataOf(await this.execute(SignInDocument, { email, password: ACCOUNT_PASSWORD }));
    return { id: createStaffAccount.id, email, token: signIn.token };
  }

  /** A patient who signed up and registered their profile (her account's e-mail and this phone). */
  async patient(name = 'Oksana Petrenko'): Promise<Actor & { phone: string }> {
    const actor = await this.account('PATIENT');
    const phone = uniquePhone();
    dataOf(
      await this.execute(
        RegisterPatientDocument,
        { input: { name, email: actor.email, phone, dateOfBirth: '1995-04-12', address: '1 Test St, Kyiv' } },
        actor.token,
      ),
    );
    return { ...actor, phone };
  }

  /** A walk-in registered at the desk by `deskToken` (STAFF): a patient without an account. */
  async walkIn(deskToken: string, name = 'Iryna Koval'): Promise<string> {
    const input = {
      name,
      email: uniqueEmail('walk-in'),
      phone: uniquePhone(),
      dateOfBirth: '1990-09-30',
      address: '3 Test St, Lviv',
    };
    return dataOf(await this.execute(RegisterPatientDocument, { input }, deskToken)).registerPatient.id;
  }

  async department(name = `Obstetrics ${randomUUID().slice(0, 6)}`) {
    return dataOf(await this.execute(CreateDepartmentDocument, { name }, await this.admin())).createDepartment;
  }

  async service(departmentId: string, price = '105.00', durationMinutes = 30) {
    const input = { name: `Prenatal consultation ${randomUUID().slice(0, 6)}`, departmentId, durationMinutes, price };
    return dataOf(await this.execute(CreateMedicalServiceDocument, { input }, await this.admin())).createMedicalService;
  }

  /** A doctor with an account, a profile in `departmentId` and weekday hours. */
  async doctor(departmentId: string, name = 'Halyna Savchenko'): Promise<Actor> {
    const actor = await this.account('DOCTOR');
    const input = {
      userId: actor.id,
      name,
      email: actor.email,
      phone: uniquePhone(),
      specialty: 'Obstetrician',
      licenseNumber: `LIC-${randomUUID().slice(0, 8)}`,
      departmentId,
    };
    dataOf(await this.execute(CreateDoctorDocument, { input }, await this.admin()));
    const rules = (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((dayOfWeek) => ({
      dayOfWeek,
      startTime: '09:00',
      endTime: '17:00',
    }));
    dataOf(await this.execute(SetWeeklyAvailabilityDocument, { doctorId: actor.id, rules }, actor.token));
    return actor;
  }

  /**
   * A department with a service of its own (`price`, 30 minutes) and a doctor (named
   * `doctor`) of its own, working weekdays 09:00–17:00.
   */
  async clinic({ doctor, price }: { doctor?: string; price?: string } = {}) {
    const department = await this.department();
    const service = await this.service(department.id, price);
    return { department, service, doctor: await this.doctor(department.id, doctor) };
  }

  /** A visit `patient` asked for with `doctor` at `start`, approved by the doctor; resolves with its id. */
  async approvedVisit(patient: Actor, doctor: Actor, serviceId: string, start: string): Promise<string> {
    const input = { patientId: patient.id, doctorId: doctor.id, serviceId, preferredTime: start, reason: 'Check-up' };
    const { requestAppointment } = dataOf(await this.execute(RequestAppointmentDocument, { input }, patient.token));
    dataOf(await this.execute(ApproveAppointmentDocument, { id: requestAppointment.id }, doctor.token));
    return requestAppointment.id;
  }

  /** A client of a gateway onto the same data whose appointments stand at `instant` (CLOCK_OFFSET_MINUTES). */
  async at(instant: string): Promise<Execute> {
    const minutes = Math.ceil((Date.parse(instant) - Date.now()) / 60_000);
    return gatewayClient(await this.supergraph.gatewayAhead(minutes));
  }
}

export interface WorldOptions extends SupergraphOptions {
  /**
   * A supergraph of the file's own even without other options: for a file that stops
   * subgraphs, reads the logs, or counts what only a fresh database would hold.
   */
  own?: true;
}

/**
 * The supergraph for the enclosing `describe`: the one the project's files share
 * (shared-supergraph.ts), or, with options, one of the file's own, started here and
 * stopped after. The returned getter answers inside tests:
 * `const world = useWorld(); … world().execute(…)`.
 */
export function useWorld(options: WorldOptions = {}): () => World {
  const { own, env, redisUrl } = options;
  let world: World | undefined;
  beforeAll(async () => {
    if (own || env || redisUrl) {
      world = new World(await startSupergraph({ env, redisUrl }));
      return;
    }
    const shared = inject('supergraph');
    if (!shared) throw new Error('no shared supergraph: run the file in an e2e project, whose globalSetup starts one');
    world = new World(attachSupergraph(shared));
  });
  afterAll(() => world?.supergraph.stop());
  return () => {
    if (!world) throw new Error('the supergraph has not started');
    return world;
  };
}
