import { randomUUID } from 'node:crypto';
import { createDoctorsSubgraph } from '@hospital/doctors';
import { createPatientsSubgraph } from '@hospital/patients';
import { addDays, Role, weekdayOf, zonedParts, zonedToUtc, type HttpService, type Subgraph } from '@hospital/kit';
import {
  auditWritten,
  bothBackends,
  codeOf,
  dataOf,
  eventually,
  graphqlRequest,
  ruleOf,
  testToken,
  type GraphQLResponse,
  type OpenBackend,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppointmentsSubgraph } from '../app.js';
import { onboardDoctor, onboardPatient } from '../testing/visit-world.js';
import { SlotOffer, WaitlistEntry } from './waitlist.entity.js';
import { SlotOfferStatus } from './waitlist.enums.js';

const ZONE = 'Europe/Kyiv';

const JOIN = `mutation ($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) { id status from to service { id } doctor { id } }
}`;
const LEAVE = `mutation ($id: ID!) { leaveWaitlist(id: $id) { id status } }`;
const WAITLIST = `query ($patientId: ID!) {
  waitlist(patientId: $patientId) { id status from to offers { id start end expiresAt status } }
}`;
const OFFER = `query ($id: ID!) { slotOffer(id: $id) { id start end expiresAt status doctor { id } service { id } } }`;
const CLAIM = `mutation ($offerId: ID!) { claimSlotOffer(offerId: $offerId) { id status start doctor { id } service { id } } }`;
const REQUEST = `mutation ($input: RequestAppointmentInput!) { requestAppointment(input: $input) { id } }`;
const CANCEL = `mutation ($id: ID!) { cancelAppointment(id: $id) { id status } }`;
const VISITS = `query ($filter: AppointmentFilter) { appointments(filter: $filter) { edges { node { id status patient { id } } } } }`;

type Result<T = Record<string, unknown>> = GraphQLResponse<T>;
interface Offer {
  id: string;
  start: string;
  end: string;
  expiresAt: string;
  status: string;
}
interface Entry {
  id: string;
  status: string;
  from: string;
  to: string;
  offers: Offer[];
}

for (const backend of bothBackends) {
  describe.runIf(await backend.available())(
    `the waitlist on ${backend.name}, with the real doctors and patients subgraphs`,
    () => {
      let opened: OpenBackend;
      let doctors: Subgraph;
      let patients: Subgraph;
      let subgraph: Subgraph;
      let doctorsUrl: string;
      let patientsUrl: string;
      let http: HttpService;
      const subgraphs: Subgraph[] = [];

      const staff = { id: randomUUID(), token: '' };
      const admin = { id: randomUUID(), token: '' };
      let stakeholderToken: string;
      let doctorToken: string;
      let departmentId: string;
      let serviceId: string;
      let doctorA: string;
      let doctorB: string;
      let outsider: string;
      /** A Monday some weeks ahead in the clinic's calendar; each test takes its own day of it. */
      let monday: string;
      const at = (date: string, hhmm: string) => {
        const [h = 0, m = 0] = hhmm.split(':').map(Number);
        return zonedToUtc(date, h * 60 + m, ZONE).toISOString();
      };

      const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token?: string) =>
        graphqlRequest<T>(http.url, query, variables, token);
      const onDoctors = async <T>(query: string, variables: Record<string, unknown>) =>
        dataOf(await graphqlRequest<T>(doctorsUrl, query, variables, admin.token));

      const env = (extra: Record<string, string> = {}) =>
        opened.env('appointments', {
          DOCTORS_URL: doctorsUrl,
          PATIENTS_URL: patientsUrl,
          CLINIC_TIMEZONE: ZONE,
          WAITLIST_SWEEP_MS: '200',
          ...extra,
        });

      /** Another appointments process on the same database, its clock `minutes` ahead: a restart, later. */
      async function startLater(minutes: number): Promise<Subgraph> {
        const later = await createAppointmentsSubgraph({ env: env({ CLOCK_OFFSET_MINUTES: String(minutes) }) });
        subgraphs.push(later);
        await later.start();
        return later;
      }

      const newPatient = () => onboardPatient(patientsUrl);
      const newDoctor = async (department: string) => (await onboardDoctor(doctorsUrl, department, admin.token)).id;

      /** For the one day the test works on: entries of other tests, waiting for any doctor, stay out of its way. */
      const join = (
        who: { id: string; token: string },
        day: string,
        extra: Record<string, unknown> = {},
        token = who.token,
      ): Promise<Result<{ joinWaitlist: { id: string; status: string } }>> =>
        gql(JOIN, { input: { patientId: who.id, serviceId, from: day, to: day, ...extra } }, token);
      const waitlistOf = async (who: { id: string; token: string }) =>
        dataOf(await gql<{ waitlist: Entry[] }>(WAITLIST, { patientId: who.id }, who.token)).waitlist;
      const entryOf = async (who: { id: string; token: string }, id: string) => {
        const entry = (await waitlistOf(who)).find((e) => e.id === id);
        if (!entry) throw new Error(`no entry ${id}`);
        return entry;
      };
      async function visit(patientId: string, doctorId: string, start: string): Promise<string> {
        const input = { patientId, doctorId, serviceId, preferredTime: start, reason: 'Check-up' };
        return dataOf(await gql<{ requestAppointment: { id: string } }>(REQUEST, { input }, staff.token))
          .requestAppointment.id;
      }
      const visitsAt = async (doctorId: string, start: string) =>
        dataOf(
          await gql<{ appointments: { edges: { node: { id: string; status: string; patient: { id: string } } }[] } }>(
            VISITS,
            { filter: { doctorId, from: start, to: new Date(Date.parse(start) + 60_000).toISOString() } },
            staff.token,
          ),
        ).appointments.edges.map((e) => e.node);

      /** Waits until `who`'s entry has an OFFERED offer, and returns it. */
      async function offered(who: { id: string; token: string }, entryId: string): Promise<Offer> {
        let offer: Offer | undefined;
        await eventually(async () => {
          offer = (await entryOf(who, entryId)).offers.find((o) => o.status === 'OFFERED');
          expect(offer).toBeDefined();
        });
        return offer as Offer;
      }

      beforeAll(async () => {
        staff.token = await testToken({ id: staff.id, role: Role.STAFF });
        admin.token = await testToken({ id: admin.id, role: Role.ADMIN });
        stakeholderToken = await testToken({ id: randomUUID(), role: Role.STAKEHOLDER });
        opened = await backend.open(['doctors', 'patients', 'appointments']);
        doctors = await createDoctorsSubgraph({ env: opened.env('doctors'), migrate: true });
        doctorsUrl = (await doctors.start()).url;
        patients = await createPatientsSubgraph({ env: opened.env('patients'), migrate: true });
        patientsUrl = (await patients.start()).url;
        subgraph = await createAppointmentsSubgraph({ env: env(), migrate: true });
        http = await subgraph.start();

        departmentId = (
          await onDoctors<{ createDepartment: { id: string } }>(
            'mutation ($name: String!) { createDepartment(name: $name) { id } }',
            { name: `Obstetrics ${randomUUID()}` },
          )
        ).createDepartment.id;
        const other = (
          await onDoctors<{ createDepartment: { id: string } }>(
            'mutation ($name: String!) { createDepartment(name: $name) { id } }',
            { name: `Neonatology ${randomUUID()}` },
          )
        ).createDepartment.id;
        serviceId = (
          await onDoctors<{ createMedicalService: { id: string } }>(
            'mutation ($input: MedicalServiceInput!) { createMedicalService(input: $input) { id } }',
            { input: { name: `Check-up ${randomUUID()}`, departmentId, durationMinutes: 30, price: '100.00' } },
          )
        ).createMedicalService.id;
        [doctorA, doctorB, outsider] = await Promise.all([
          newDoctor(departmentId),
          newDoctor(departmentId),
          newDoctor(other),
        ]);
        doctorToken = await testToken({ id: doctorA, role: Role.DOCTOR });

        let day = addDays(zonedParts(new Date(), ZONE).date, 14);
        while (weekdayOf(day) !== 'MONDAY') day = addDays(day, 1);
        monday = day;
      }, 120_000);

      afterAll(async () => {
        for (const s of [...subgraphs.reverse(), subgraph, patients, doctors]) await s?.stop();
        await opened?.close();
      });

      it('lets a patient, STAFF for her or ADMIN join, read and leave; refuses everyone else and bad periods', async () => {
        const [olena, iryna] = await Promise.all([newPatient(), newPatient()]);
        const day = addDays(monday, 28);

        const own = dataOf(await join(olena, day, { doctorId: doctorA })).joinWaitlist;
        expect(own).toMatchObject({ status: 'WAITING', from: day, to: day });
        expect(codeOf(await join(olena, day, { doctorId: doctorA }))).toBe('CONFLICT');
        // Another doctor, or any doctor, is another wish.
        expect(dataOf(await join(olena, day)).joinWaitlist.status).toBe('WAITING');

        expect(codeOf(await join(olena, day, {}, iryna.token))).toBe('FORBIDDEN');
        expect(codeOf(await join(olena, day, {}, doctorToken))).toBe('FORBIDDEN');
        expect(codeOf(await join(olena, day, {}, stakeholderToken))).toBe('FORBIDDEN');
        expect(codeOf(await gql(JOIN, { input: { patientId: olena.id, serviceId, from: day, to: day } }))).toBe(
          'UNAUTHENTICATED',
        );

        const byDesk = await auditWritten(subgraph.dataSource, async () => {
          expect(dataOf(await join(iryna, day, {}, staff.token)).joinWaitlist.status).toBe('WAITING');
        });
        expect(byDesk.entries).toMatchObject([
          { action: 'waitlist.join', outcome: 'SUCCESS', actorRole: 'STAFF', patientId: iryna.id },
        ]);
        const refused = await auditWritten(subgraph.dataSource, () => join(iryna, day, {}, olena.token));
        expect(refused.entries).toMatchObject([{ action: 'waitlist.join', outcome: 'DENIED', patientId: iryna.id }]);

        const today = zonedParts(new Date(), ZONE).date;
        const past = await gql(
          JOIN,
          { input: { patientId: olena.id, serviceId, from: addDays(today, -1), to: day } },
          olena.token,
        );
        expect(codeOf(past)).toBe('BAD_USER_INPUT');
        const long = await gql(
          JOIN,
          { input: { patientId: olena.id, serviceId, from: day, to: addDays(day, 32) } },
          olena.token,
        );
        expect(codeOf(long)).toBe('BAD_USER_INPUT');
        expect(codeOf(await join(olena, day, { serviceId: randomUUID() }))).toBe('NOT_FOUND');
        expect(ruleOf(await join(olena, day, { doctorId: outsider }))).toBe('DEPARTMENT_MISMATCH');

        expect((await waitlistOf(olena)).map((e) => e.id)).toContain(own.id);
        expect(codeOf(await gql(WAITLIST, { patientId: olena.id }, iryna.token))).toBe('FORBIDDEN');
        expect(codeOf(await gql(WAITLIST, { patientId: olena.id }, doctorToken))).toBe('FORBIDDEN');
        expect(
          dataOf(await gql<{ waitlist: Entry[] }>(WAITLIST, { patientId: olena.id }, staff.token)).waitlist,
        ).toHaveLength(2);

        expect(codeOf(await gql(LEAVE, { id: own.id }, iryna.token))).toBe('FORBIDDEN');
        expect(codeOf(await gql(LEAVE, { id: randomUUID() }, staff.token))).toBe('NOT_FOUND');
        expect(dataOf(await gql(LEAVE, { id: own.id }, olena.token))).toEqual({
          leaveWaitlist: { id: own.id, status: 'LEFT' },
        });
        expect(ruleOf(await gql(LEAVE, { id: own.id }, admin.token))).toBe('INVALID_TRANSITION');
        // Once left, she may wait again.
        expect(dataOf(await join(olena, day, { doctorId: doctorA })).joinWaitlist.status).toBe('WAITING');
      });

      it('offers a cancelled visit to the first patient who joined, and to her alone', async () => {
        const day = addDays(monday, 1);
        const start = at(day, '10:00');
        const [holder, first, second, nosy] = await Promise.all([
          newPatient(),
          newPatient(),
          newPatient(),
          newPatient(),
        ]);
        const visitId = await visit(holder.id, doctorA, start);
        const firstEntry = dataOf(await join(first, day, { doctorId: doctorA })).joinWaitlist.id;
        const secondEntry = dataOf(await join(second, day)).joinWaitlist.id;

        dataOf(await gql(CANCEL, { id: visitId }, holder.token));
        const offer = await offered(first, firstEntry);
        expect(offer).toMatchObject({ start, end: at(day, '10:30'), status: 'OFFERED' });
        const expiresIn = Date.parse(offer.expiresAt) - Date.now();
        expect(expiresIn).toBeGreaterThan(13 * 60_000);
        expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
        expect((await entryOf(first, firstEntry)).status).toBe('OFFERED');
        const waiting = await entryOf(second, secondEntry);
        expect(waiting).toMatchObject({ status: 'WAITING', offers: [] });

        expect(dataOf(await gql(OFFER, { id: offer.id }, first.token))).toMatchObject({
          slotOffer: { id: offer.id, start, doctor: { id: doctorA }, service: { id: serviceId } },
        });
        expect(dataOf(await gql(OFFER, { id: offer.id }, staff.token))).toBeTruthy();
        expect(codeOf(await gql(OFFER, { id: offer.id }, nosy.token))).toBe('FORBIDDEN');
        expect(codeOf(await gql(OFFER, { id: offer.id }, doctorToken))).toBe('FORBIDDEN');
        expect(codeOf(await gql(CLAIM, { offerId: offer.id }, nosy.token))).toBe('FORBIDDEN');
        expect(codeOf(await gql(OFFER, { id: randomUUID() }, staff.token))).toBe('NOT_FOUND');

        // One open offer per slot, by the database's key, whatever else is waiting.
        const rows = await subgraph.dataSource
          .getRepository(SlotOffer)
          .findBy({ doctorId: doctorA, status: SlotOfferStatus.OFFERED });
        expect(rows.filter((o) => o.startsAt.toISOString() === start)).toHaveLength(1);
      });

      it('of two claims at once (the patient and the desk for her) books exactly one visit', async () => {
        const day = addDays(monday, 2);
        const start = at(day, '11:00');
        const [holder, patient] = await Promise.all([newPatient(), newPatient()]);
        const visitId = await visit(holder.id, doctorB, start);
        const entryId = dataOf(await join(patient, day)).joinWaitlist.id;
        dataOf(await gql(CANCEL, { id: visitId }, staff.token));
        const offer = await offered(patient, entryId);

        const claims = await Promise.all(
          [patient.token, staff.token, patient.token, admin.token].map((token) =>
            gql<{ claimSlotOffer: { id: string; status: string; start: string } }>(CLAIM, { offerId: offer.id }, token),
          ),
        );
        const won = claims.filter((c) => c.data?.claimSlotOffer);
        expect(won).toHaveLength(1);
        expect(won[0]?.data?.claimSlotOffer).toMatchObject({ status: 'PENDING', start });
        for (const lost of claims.filter((c) => !c.data?.claimSlotOffer)) {
          expect(codeOf(lost)).toBe('BUSINESS_RULE_VIOLATION');
          expect(ruleOf(lost)).toBe('SLOT_TAKEN');
        }
        const active = (await visitsAt(doctorB, start)).filter((v) => v.status === 'PENDING');
        expect(active).toEqual([expect.objectContaining({ patient: { id: patient.id } })]);
        const entry = await entryOf(patient, entryId);
        expect(entry.status).toBe('BOOKED');
        expect(entry.offers).toMatchObject([{ id: offer.id, status: 'CLAIMED' }]);
        expect(ruleOf(await gql(CLAIM, { offerId: offer.id }, patient.token))).toBe('SLOT_TAKEN');
        // Booked, she may join again for the same service.
        expect(dataOf(await join(patient, day)).joinWaitlist.status).toBe('WAITING');
        dataOf(await gql(LEAVE, { id: (await waitlistOf(patient)).at(-1)?.id }, patient.token));
      });

      it('a claim after someone else booked the slot is SLOT_TAKEN, and she waits again', async () => {
        const day = addDays(monday, 3);
        const start = at(day, '12:00');
        const [holder, patient, walkIn] = await Promise.all([newPatient(), newPatient(), newPatient()]);
        const visitId = await visit(holder.id, doctorA, start);
        const entryId = dataOf(await join(patient, day, { doctorId: doctorA })).joinWaitlist.id;
        dataOf(await gql(CANCEL, { id: visitId }, staff.token));
        const offer = await offered(patient, entryId);
        await visit(walkIn.id, doctorA, start);

        const late = await gql(CLAIM, { offerId: offer.id }, patient.token);
        expect(ruleOf(late)).toBe('SLOT_TAKEN');
        const entry = await entryOf(patient, entryId);
        expect(entry).toMatchObject({ status: 'WAITING', offers: [{ id: offer.id, status: 'TAKEN' }] });
      });

      it('moves a lapsed offer on to the next patient, even from a process that never saw it made', async () => {
        const day = addDays(monday, 4);
        const start = at(day, '14:00');
        const [holder, first, second] = await Promise.all([newPatient(), newPatient(), newPatient()]);
        const visitId = await visit(holder.id, doctorA, start);
        const firstEntry = dataOf(await join(first, day)).joinWaitlist.id;
        const secondEntry = dataOf(await join(second, day, { doctorId: doctorA })).joinWaitlist.id;
        dataOf(await gql(CANCEL, { id: visitId }, holder.token));
        const lapsing = await offered(first, firstEntry);

        // The restart: another process on the same database, 16 minutes later (CLOCK_OFFSET_MINUTES).
        const later = await startLater(16);
        try {
          const next = await offered(second, secondEntry);
          expect(next).toMatchObject({ start, status: 'OFFERED' });
          const back = await entryOf(first, firstEntry);
          expect(back).toMatchObject({ status: 'WAITING', offers: [{ id: lapsing.id, status: 'EXPIRED' }] });
          expect(ruleOf(await gql(CLAIM, { offerId: lapsing.id }, first.token))).toBe('SLOT_TAKEN');
        } finally {
          await later.stop();
        }
      });

      it('ends entries whose last day has passed', async () => {
        const patient = await newPatient();
        const day = addDays(monday, 7);
        const entryId = dataOf(await join(patient, day)).joinWaitlist.id;
        const later = await startLater(60 * 24 * 40);
        try {
          await eventually(async () => {
            const entry = await subgraph.dataSource.getRepository(WaitlistEntry).findOneByOrFail({ id: entryId });
            expect(entry).toMatchObject({ status: 'EXPIRED', waitingKey: null });
          });
        } finally {
          await later.stop();
        }
      });
    },
  );
}
