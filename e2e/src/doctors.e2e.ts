import {
  AddTimeOffDocument,
  CatalogDocument,
  CreateDepartmentDocument,
  CreateDoctorDocument,
  CreateMedicalServiceDocument,
  DoctorsDocument,
  SetWeeklyAvailabilityDocument,
  UpdateDoctorDocument,
} from '@hospital/client';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { uniqueEmail, uniquePhone, useWorld } from './world.js';

describe.runIf(await supergraphAvailable())(`departments, services and doctors through the gateway (${MODE})`, () => {
  const current = useWorld();

  it('lets only an ADMIN create departments, and refuses a duplicate name', async () => {
    const name = `Gynecology ${Date.now()}`;
    const created = dataOf(await current().execute(CreateDepartmentDocument, { name }, await current().admin()));
    expect(created.createDepartment.name).toBe(name);
    expect(codeOf(await current().execute(CreateDepartmentDocument, { name }, await current().admin()))).toBe(
      'CONFLICT',
    );
    for (const role of ['STAFF', 'DOCTOR', 'PATIENT', 'STAKEHOLDER'] as const) {
      const actor = await current().account(role);
      expect(codeOf(await current().execute(CreateDepartmentDocument, { name: `${name} ${role}` }, actor.token))).toBe(
        'FORBIDDEN',
      );
    }
    expect(codeOf(await current().execute(CreateDepartmentDocument, { name: `${name} anonymous` }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps prices exact and durations on the half hour', async () => {
    const department = await current().department();
    const admin = await current().admin();
    const input = { name: 'Fetal ultrasound', departmentId: department.id, durationMinutes: 60, price: '150.5' };
    const service = dataOf(
      await current().execute(CreateMedicalServiceDocument, { input }, admin),
    ).createMedicalService;
    expect(service).toMatchObject({ price: '150.50', durationMinutes: 60, department: { id: department.id } });
    expect(
      codeOf(
        await current().execute(CreateMedicalServiceDocument, { input: { ...input, durationMinutes: 45 } }, admin),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await current().execute(CreateMedicalServiceDocument, { input: { ...input, price: '-1.00' } }, admin)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await current().execute(CreateMedicalServiceDocument, { input: { ...input, price: '1.005' } }, admin)),
    ).toBe('BAD_USER_INPUT');
    const staff = await current().account('STAFF');
    expect(codeOf(await current().execute(CreateMedicalServiceDocument, { input }, staff.token))).toBe('FORBIDDEN');
  });

  it('shows every signed-in role the catalogue; asks a stranger to sign in', async () => {
    const { department, service, doctor } = await current().clinic({ doctor: 'Lesia Ukrainka', price: '95.00' });
    const patient = await current().patient();
    const catalog = dataOf(await current().execute(CatalogDocument, {}, patient.token)).departments;
    const entry = catalog.find((d) => d.id === department.id);
    expect(entry).toEqual({
      id: department.id,
      name: department.name,
      services: [{ id: service.id, name: service.name, durationMinutes: 30, price: '95.00' }],
      doctors: [{ id: doctor.id, name: 'Lesia Ukrainka', specialty: 'Obstetrician' }],
    });
    for (const role of ['DOCTOR', 'STAFF', 'STAKEHOLDER', 'ADMIN'] as const) {
      const actor = await current().account(role);
      expect((await current().execute(CatalogDocument, {}, actor.token)).errors).toBeUndefined();
    }
    expect(codeOf(await current().execute(CatalogDocument, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await current().execute(DoctorsDocument, {}))).toBe('UNAUTHENTICATED');
  });

  it('creates doctors for an ADMIN only, with unique e-mail and licence and a valid phone', async () => {
    const department = await current().department();
    const admin = await current().admin();
    const input = {
      name: 'Petro Bilyk',
      email: uniqueEmail('Petro'),
      phone: uniquePhone(),
      specialty: 'Neonatologist',
      licenseNumber: `LIC-${Date.now()}`,
      departmentId: department.id,
    };
    const doctor = dataOf(await current().execute(CreateDoctorDocument, { input }, admin)).createDoctor;
    expect(doctor).toMatchObject({
      name: 'Petro Bilyk',
      email: input.email.toLowerCase(),
      licenseNumber: input.licenseNumber,
    });
    const again = { ...input, email: uniqueEmail('other') };
    expect(codeOf(await current().execute(CreateDoctorDocument, { input: again }, admin))).toBe('CONFLICT');
    const badPhone = { ...input, email: uniqueEmail('x'), licenseNumber: `L-${Date.now()}`, phone: '044 123 45 67' };
    expect(codeOf(await current().execute(CreateDoctorDocument, { input: badPhone }, admin))).toBe('BAD_USER_INPUT');
    const staff = await current().account('STAFF');
    expect(
      codeOf(
        await current().execute(CreateDoctorDocument, { input: { ...input, email: uniqueEmail('s') } }, staff.token),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets a doctor update their own profile, not another doctor', async () => {
    const department = await current().department();
    const doctor = await current().doctor(department.id);
    const colleague = await current().doctor(department.id);
    const input = { specialty: 'Maternal-fetal medicine', phone: uniquePhone() };
    const updated = dataOf(
      await current().execute(UpdateDoctorDocument, { id: doctor.id, input }, doctor.token),
    ).updateDoctor;
    expect(updated).toMatchObject(input);
    expect(codeOf(await current().execute(UpdateDoctorDocument, { id: doctor.id, input }, colleague.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await current().execute(UpdateDoctorDocument, { id: 'no-such-doctor', input }, await current().admin())),
    ).toBe('NOT_FOUND');
  });

  it('lists doctors by department and pages through them', async () => {
    const department = await current().department();
    await current().doctor(department.id, 'Anna A');
    await current().doctor(department.id, 'Borys B');
    await current().doctor(department.id, 'Vira V');
    const filter = { departmentId: department.id };
    const { token } = await current().patient();
    const first = dataOf(await current().execute(DoctorsDocument, { filter, first: 2 }, token)).doctors;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge) => edge.node.name)).toEqual(['Anna A', 'Borys B']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(
      await current().execute(DoctorsDocument, { filter, first: 2, after: first.pageInfo.endCursor }, token),
    ).doctors;
    expect(next.edges.map((edge) => edge.node.name)).toEqual(['Vira V']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const searched = dataOf(
      await current().execute(DoctorsDocument, { filter: { ...filter, search: 'bor' } }, token),
    ).doctors;
    expect(searched.edges.map((edge) => edge.node.name)).toEqual(['Borys B']);
    expect(codeOf(await current().execute(DoctorsDocument, { first: 101 }, token))).toBe('BAD_USER_INPUT');
  });

  it("refuses a doctor's contact details to others with an error, not a silent null", async () => {
    const department = await current().department();
    const doctor = await current().doctor(department.id);
    const query = `query ($id: ID!) { doctor(id: $id) { id name email phone licenseNumber } }`;
    for (const role of ['PATIENT', 'STAFF', 'STAKEHOLDER'] as const) {
      const other = await current().account(role);
      const asOther = await current().raw<{ doctor: Record<string, unknown> }>(query, { id: doctor.id }, other.token);
      expect(asOther.data?.doctor).toMatchObject({ id: doctor.id, email: null, phone: null, licenseNumber: null });
      expect(asOther.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
    const asSelf = await current().raw<{ doctor: Record<string, unknown> }>(query, { id: doctor.id }, doctor.token);
    expect(asSelf.errors).toBeUndefined();
    expect(asSelf.data?.doctor['email']).toBe(doctor.email);
  });

  it('lets a doctor set their week and time off; refuses others and bad times', async () => {
    const department = await current().department();
    const doctor = await current().doctor(department.id);
    const patient = await current().patient();
    const rules = [
      { dayOfWeek: 'MONDAY' as const, startTime: '09:00', endTime: '13:00' },
      { dayOfWeek: 'THURSDAY' as const, startTime: '14:00', endTime: '18:00' },
    ];
    const week = dataOf(
      await current().execute(SetWeeklyAvailabilityDocument, { doctorId: doctor.id, rules }, doctor.token),
    );
    expect(week.setWeeklyAvailability.weeklyAvailability).toEqual(rules);
    expect(
      codeOf(await current().execute(SetWeeklyAvailabilityDocument, { doctorId: doctor.id, rules }, patient.token)),
    ).toBe('FORBIDDEN');
    const late = [{ dayOfWeek: 'FRIDAY' as const, startTime: '17:00', endTime: '19:00' }];
    expect(
      codeOf(
        await current().execute(SetWeeklyAvailabilityDocument, { doctorId: doctor.id, rules: late }, doctor.token),
      ),
    ).toBe('BAD_USER_INPUT');

    const input = { start: '2026-12-24T00:00:00+02:00', end: '2026-12-27T00:00:00+02:00', reason: 'Holidays' };
    const timeOff = dataOf(
      await current().execute(AddTimeOffDocument, { doctorId: doctor.id, input }, doctor.token),
    ).addTimeOff;
    expect(timeOff).toMatchObject({
      start: '2026-12-23T22:00:00.000Z',
      end: '2026-12-26T22:00:00.000Z',
      reason: 'Holidays',
    });
    const backwards = { ...input, start: input.end, end: input.start };
    expect(
      codeOf(await current().execute(AddTimeOffDocument, { doctorId: doctor.id, input: backwards }, doctor.token)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await current().execute(AddTimeOffDocument, { doctorId: doctor.id, input }, patient.token))).toBe(
      'FORBIDDEN',
    );
  });
});
