import {
  AddMedicalRecordDocument,
  PatientsDocument,
  RegisterPatientDocument,
  UpdateMedicalRecordDocument,
  UpdatePatientDocument,
} from '@hospital/client';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { uniqueEmail, uniquePhone, useWorld } from './world.js';

const profile = (name: string) => ({
  name,
  email: uniqueEmail(name.split(' ')[0]!.toLowerCase()),
  phone: uniquePhone(),
  dateOfBirth: '1993-07-09',
  address: '5 Hrushevskoho St, Kyiv',
});

describe.runIf(await supergraphAvailable())(`patients through the gateway (${MODE})`, () => {
  const current = useWorld();

  it('registers a patient as themself once, under their account id', async () => {
    const account = await current().account('PATIENT');
    const input = profile('Daryna Zhuk');
    const registered = dataOf(
      await current().execute(RegisterPatientDocument, { input }, account.token),
    ).registerPatient;
    expect(registered).toEqual({ id: account.id, ...input, email: input.email.toLowerCase() });
    expect(
      codeOf(await current().execute(RegisterPatientDocument, { input: profile('Daryna Again') }, account.token)),
    ).toBe('CONFLICT');
  });

  it('lets the desk register walk-in patients; refuses doctors, stakeholders and strangers', async () => {
    const staff = await current().account('STAFF');
    const walkIn = dataOf(
      await current().execute(RegisterPatientDocument, { input: profile('Nina Walk') }, staff.token),
    );
    expect(walkIn.registerPatient.id).not.toBe(staff.id);
    for (const role of ['DOCTOR', 'STAKEHOLDER'] as const) {
      const actor = await current().account(role);
      expect(codeOf(await current().execute(RegisterPatientDocument, { input: profile('No Body') }, actor.token))).toBe(
        'FORBIDDEN',
      );
    }
    expect(codeOf(await current().execute(RegisterPatientDocument, { input: profile('No Body') }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a bad phone, a birth in the future and a blank name', async () => {
    const staff = await current().account('STAFF');
    for (const input of [
      { ...profile('Bad Phone'), phone: '0501234567' },
      { ...profile('Not Born'), dateOfBirth: '2999-01-01' },
      { ...profile('Blank'), name: '   ' },
      { ...profile('Bad Mail'), email: 'not-an-email' },
    ]) {
      expect(codeOf(await current().execute(RegisterPatientDocument, { input }, staff.token))).toBe('BAD_USER_INPUT');
    }
  });

  it('lets a patient and the desk update the profile, not another patient', async () => {
    const patient = await current().patient('Olha Symonenko');
    const other = await current().patient('Someone Else');
    const staff = await current().account('STAFF');
    const own = dataOf(
      await current().execute(
        UpdatePatientDocument,
        { id: patient.id, input: { address: '9 Lva Tolstoho St' } },
        patient.token,
      ),
    );
    expect(own.updatePatient).toMatchObject({ id: patient.id, name: 'Olha Symonenko', address: '9 Lva Tolstoho St' });
    const byDesk = dataOf(
      await current().execute(
        UpdatePatientDocument,
        { id: patient.id, input: { name: 'Olha Symonenko-Hrin' } },
        staff.token,
      ),
    );
    expect(byDesk.updatePatient.name).toBe('Olha Symonenko-Hrin');
    expect(
      codeOf(await current().execute(UpdatePatientDocument, { id: patient.id, input: { name: 'X' } }, other.token)),
    ).toBe('FORBIDDEN');
  });

  it('lets the desk search patients; refuses the list to patients and stakeholders', async () => {
    const staff = await current().account('STAFF');
    const marker = `Zoriana${Date.now()}`;
    await current().patient(`${marker} Kravets`);
    const found = dataOf(
      await current().execute(PatientsDocument, { filter: { search: marker } }, staff.token),
    ).patients;
    expect(found.totalCount).toBe(1);
    expect(found.edges[0]!.node.name).toBe(`${marker} Kravets`);
    for (const role of ['PATIENT', 'STAKEHOLDER'] as const) {
      const actor = await current().account(role);
      expect(codeOf(await current().execute(PatientsDocument, {}, actor.token))).toBe('FORBIDDEN');
    }
  });

  it('keeps medical records from anyone without a care relationship', async () => {
    const patient = await current().patient();
    const department = await current().department();
    const stranger = await current().doctor(department.id);
    const input = { diagnosis: 'Gestational diabetes', notes: 'Diet first' };
    for (const token of [stranger.token, patient.token, (await current().account('STAFF')).token]) {
      expect(codeOf(await current().execute(AddMedicalRecordDocument, { patientId: patient.id, input }, token))).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      codeOf(await current().execute(UpdateMedicalRecordDocument, { id: 'no-such-record', input }, stranger.token)),
    ).toMatch(/NOT_FOUND|FORBIDDEN/);
  });
});
