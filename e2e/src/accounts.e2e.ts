import { CreateStaffAccountDocument, MeDocument, SignInDocument, SignUpDocument } from '@hospital/client';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { uniqueEmail, useWorld } from './world.js';

describe.runIf(await supergraphAvailable())(`accounts through the gateway (${MODE})`, () => {
  const current = useWorld();

  it('signs a patient up and in; Me shows their profile once registered', async () => {
    const email = uniqueEmail('Mother');
    const signUp = dataOf(
      await current().execute(SignUpDocument, { input: { email, password: 'a-long-password' } }),
    ).signUp;
    expect(signUp.user).toMatchObject({ email: email.toLowerCase(), role: 'PATIENT' });

    const signIn = dataOf(
      await current().execute(SignInDocument, { email: email.toUpperCase(), password: 'a-long-password' }),
    );
    const me = dataOf(await current().execute(MeDocument, {}, signIn.signIn.token)).me;
    expect(me).toEqual({
      id: signUp.user.id,
      email: email.toLowerCase(),
      role: 'PATIENT',
      patient: null,
      doctor: null,
    });
  });

  it('shows a doctor their profile and department in Me', async () => {
    const department = await current().department('Neonatology E2E');
    const doctor = await current().doctor(department.id, 'Taras Hnatiuk');
    const me = dataOf(await current().execute(MeDocument, {}, doctor.token)).me;
    expect(me).toMatchObject({
      role: 'DOCTOR',
      patient: null,
      doctor: { id: doctor.id, name: 'Taras Hnatiuk', department: { name: 'Neonatology E2E' } },
    });
  });

  it('refuses Me without a token', async () => {
    expect(codeOf(await current().execute(MeDocument, {}))).toBe('UNAUTHENTICATED');
  });

  it('refuses a taken e-mail with another password with CONFLICT and a short password with BAD_USER_INPUT', async () => {
    const email = uniqueEmail('twice');
    const first = dataOf(await current().execute(SignUpDocument, { input: { email, password: 'a-long-password' } }));
    const again = dataOf(
      await current().execute(SignUpDocument, { input: { email: email.toUpperCase(), password: 'a-long-password' } }),
    );
    expect(again.signUp.user.id).toBe(first.signUp.user.id);
    expect(
      codeOf(
        await current().execute(SignUpDocument, {
          input: { email: email.toUpperCase(), password: 'another-password' },
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(await current().execute(SignUpDocument, { input: { email: uniqueEmail('short'), password: 'short' } })),
    ).toBe('BAD_USER_INPUT');
  });

  it.each(['STAFF', 'DOCTOR', 'STAKEHOLDER', 'ADMIN'] as const)('lets an ADMIN create a %s account', async (role) => {
    const input = { email: uniqueEmail(role.toLowerCase()), password: 'a-long-password', role };
    const created = dataOf(await current().execute(CreateStaffAccountDocument, { input }, await current().admin()));
    expect(created.createStaffAccount).toMatchObject({ email: input.email, role });
  });

  it.each(['PATIENT', 'DOCTOR', 'STAFF', 'STAKEHOLDER'] as const)('refuses staff accounts to a %s', async (role) => {
    const actor = await current().account(role);
    const input = { email: uniqueEmail('nope'), password: 'a-long-password', role: 'ADMIN' as const };
    expect(codeOf(await current().execute(CreateStaffAccountDocument, { input }, actor.token))).toBe('FORBIDDEN');
  });
});
