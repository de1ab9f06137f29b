import {
  AddMedicalRecordDocument,
  PatientsDocument,
  RegisterPatientDocument,
  UpdateMedicalRecordDocument,
  UpdatePatientDocument,
} from '@hospital/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, startSupergraph, supergraphAvailable, type Supergraph } from './harness.js';
import { uniqueEmail, uniquePhone, World } from './world.js';

const profile = (name: string) => ({
  name,
  email: uniqueEmail(name.split(' ')[0]!.toLowerCase()),
  phone: uniquePhone(),
  dateOfBirth: '1993-07-09',
  address: '5 Hrushevskoho St, Kyiv',
});

describe.runIf(await supergraphAvailable())(`patients through the gateway (${MODE})`, () => {
  let supergraph: Supergraph;
  let world: World;

  beforeAll(async () => {
    supergraph = await startSupergraph();
    world = new World(supergraph);
  });
  afterAll(() => supergraph?.stop());

  it('registers a patient as themself once, under their account id', async () => {
    const account = await world.account('PATIENT');
    const input = profile('Daryna Zhuk');
    const registered = dataOf(await world.execute(RegisterPatientDocument, { input }, account.token)).registerPatient;
    expect(registered).toEqual({ id: account.id, ...input, email: input.email.toLowerCase() });
    expect(
      codeOf(await world.execute(RegisterPatientDocument, { input: profile('Daryna Again') }, account.token)),
    ).toBe('CONFLICT');
  });

  it('lets the desk register walk-in patients; refuses doctors, stakeholders and strangers', async () => {
    const staff = await world.account('STAFF');
    const walkIn = dataOf(await world.execute(RegisterPatientDocument, { input: profile('Nina Walk') }, staff.token));
    expect(walkIn.registerPatient.id).not.toBe(staff.id);
    for (const role of ['DOCTOR', 'STAKEHOLDER'] as const) {
      const actor = await world.account(role);
      expect(codeOf(await world.execute(RegisterPatientDocument, { input: profile('No Body') }, actor.token))).toBe(
        'FORBIDDEN',
      );
    }
    expect(codeOf(await world.execute(RegisterPatientDocument, { input: profile('No Body') }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a bad phone, a birth in the future and a blank name', async () => {
    const staff = await world.account('STAFF');
    for (const input of [
      { ...profile('Bad Phone'), phone: '0501234567' },
      { ...profile('Not Born'), dateOfBirth: '2999-01-01' },
      { ...profile('Blank'), name: '   ' },
      { ...profile('Bad Mail'), email: 'not-an-email' },
    ]) {
      expect(codeOf(await world.execute(RegisterPatientDocument, { input }, staff.token))).toBe('BAD_USER_INPUT');
    }
  });

  it('lets a patient and the desk update the profile, not another patient', async () => {
    const patient = await world.patient('Olha Symonenko');
    const other = await world.patient('Someone Else');
    const staff = await world.account('STAFF');
    const own = dataOf(
      await world.execute(
        UpdatePatientDocument,
        { id: patient.id, input: { address: '9 Lva Tolstoho St' } },
        patient.token,
      ),
    );
    expect(own.updatePatient).toMatchObject({ id: patient.id, name: 'Olha Symonenko', address: '9 Lva Tolstoho St' });
    const byDesk = dataOf(
      await world.execute(
        UpdatePatientDocument,
        { id: patient.id, input: { name: 'Olha Symonenko-Hrin' } },
        staff.token,
      ),
    );
    expect(byDesk.updatePatient.name).toBe('Olha Symonenko-Hrin');
    expect(
      codeOf(await world.execute(UpdatePatientDocument, { id: patient.id, input: { name: 'X' } }, other.token)),
    ).toBe('FORBIDDEN');
  });

  it('lets the desk search patients; refuses the list to patients and stakeholders', async () => {
    const staff = await world.account('STAFF');
    const marker = `Zoriana${Date.now()}`;
    await world.patient(`${marker} Kravets`);
    const found = dataOf(await world.execute(PatientsDocument, { filter: { search: marker } }, staff.token)).patients;
    expect(found.totalCount).toBe(1);
    expect(found.edges[0]!.node.name).toBe(`${marker} Kravets`);
    for (const role of ['PATIENT', 'STAKEHOLDER'] as const) {
      const actor = await world.account(role);
      expect(codeOf(await world.execute(PatientsDocument, {}, actor.token))).toBe('FORBIDDEN');
    }
  });

  it('keeps medical records from anyone without a care relationship', async () => {
    const patient = await world.patient();
    const department = await world.department();
    const stranger = await world.doctor(department.id);
    const input = { diagnosis: 'Gestational diabetes', notes: 'Diet first' };
    for (const token of [stranger.token, patient.token, (await world.account('STAFF')).token]) {
      expect(codeOf(await world.execute(AddMedicalRecordDocument, { patientId: patient.id, input }, token))).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      codeOf(await world.execute(UpdateMedicalRecordDocument, { id: 'no-such-record', input }, stranger.token)),
    ).toMatch(/NOT_FOUND|FORBIDDEN/);
  });
});
