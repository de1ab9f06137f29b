import { CompleteAppointmentDocument, FeedbackEntriesDocument, SubmitFeedbackDocument } from '@hospital/client';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld } from './world.js';

describe.runIf(await supergraphAvailable())(`feedbackEntries through the gateway (${MODE})`, () => {
  const current = useWorld();
  const monday = mondayAhead();

  it("lists ratings and comments newest first, with each doctor's name, to the right people only", async () => {
    const world = current();
    const { department, service, doctor } = await world.clinic({ doctor: 'Ilona Listed' });
    const colleague = await world.doctor(department.id, 'Sofiia Colleague');
    const [first, second, third] = [
      await world.patient('Daryna First'),
      await world.patient('Nina Second'),
      await world.patient('Ola Third'),
    ];
    const visits = [
      await world.approvedVisit(first, doctor, service.id, at(monday, '10:00')),
      await world.approvedVisit(second, doctor, service.id, at(monday, '10:30')),
      await world.approvedVisit(third, colleague, service.id, at(monday, '11:00')),
    ] as const;
    const later = await world.at(at(monday, '12:30'));
    dataOf(await later(CompleteAppointmentDocument, { id: visits[0] }, doctor.token));
    dataOf(await later(CompleteAppointmentDocument, { id: visits[1] }, doctor.token));
    dataOf(await later(CompleteAppointmentDocument, { id: visits[2] }, colleague.token));
    const rate = async (appointmentId: string, rating: number, token: string, comment?: string) =>
      dataOf(await world.execute(SubmitFeedbackDocument, { input: { appointmentId, rating, comment } }, token))
        .submitFeedback.id;
    const rated = [
      await rate(visits[0], 5, first.token, 'Calm and clear'),
      await rate(visits[1], 3, second.token),
      await rate(visits[2], 4, third.token, 'Kind'),
    ];

    const stakeholder = await world.account('STAKEHOLDER');
    const list = (variables: Record<string, unknown>, token?: string) =>
      world.execute(FeedbackEntriesDocument, variables, token);
    const inDepartment = { departmentId: department.id };

    const all = dataOf(await list({ filter: inDepartment }, stakeholder.token)).feedbackEntries;
    expect(all.totalCount).toBe(3);
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges[2]?.cursor });
    expect(all.edges.map((e) => e.node)).toEqual([
      {
        id: rated[2],
        rating: 4,
        comment: 'Kind',
        createdAt: expect.any(String),
        doctor: { id: colleague.id, name: 'Sofiia Colleague' },
      },
      {
        id: rated[1],
        rating: 3,
        comment: null,
        createdAt: expect.any(String),
        doctor: { id: doctor.id, name: 'Ilona Listed' },
      },
      {
        id: rated[0],
        rating: 5,
        comment: 'Calm and clear',
        createdAt: expect.any(String),
        doctor: { id: doctor.id, name: 'Ilona Listed' },
      },
    ]);

    // Pages, and a rating range, for the desk too.
    const staff = await world.account('STAFF');
    const page1 = dataOf(await list({ filter: inDepartment, first: 2 }, staff.token)).feedbackEntries;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = dataOf(
      await list({ filter: inDepartment, first: 2, after: page1.pageInfo.endCursor }, staff.token),
    ).feedbackEntries;
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual([rated[2], rated[1], rated[0]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const good = dataOf(await list({ filter: { ...inDepartment, minRating: 4 } }, staff.token)).feedbackEntries;
    expect(good.edges.map((e) => e.node.id)).toEqual([rated[2], rated[0]]);

    // A doctor her own only: named or not; another doctor's is FORBIDDEN.
    const own = dataOf(await list({}, doctor.token)).feedbackEntries;
    expect(own.edges.map((e) => e.node.id)).toEqual([rated[1], rated[0]]);
    expect(dataOf(await list({ filter: { doctorId: doctor.id } }, doctor.token)).feedbackEntries.totalCount).toBe(2);
    expect(codeOf(await list({ filter: { doctorId: colleague.id } }, doctor.token))).toBe('FORBIDDEN');

    // Not for patients, even the ones who wrote them, nor for nobody signed in.
    expect(codeOf(await list({}, first.token))).toBe('FORBIDDEN');
    expect(codeOf(await list({ filter: { doctorId: doctor.id } }, first.token))).toBe('FORBIDDEN');
    expect(codeOf(await list({}))).toBe('UNAUTHENTICATED');

    // Bad input.
    const admin = await world.admin();
    expect(codeOf(await list({ filter: { minRating: 0 } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await list({ filter: { from: at(monday, '12:00'), to: at(monday, '09:00') } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await list({ first: 101 }, admin))).toBe('BAD_USER_INPUT');
  });
});
