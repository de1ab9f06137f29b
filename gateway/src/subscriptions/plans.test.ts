import { DEFAULT_DOCUMENT_LIMITS } from '@hospital/kit';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isPlan, LobbyPlans, planSubscription, type LobbyPlan } from './plans.js';

const schema = buildSchema(`
  type Patient { name: String! }
  type Appointment { id: ID! status: String! patient: Patient! }
  type Query { appointment(id: ID!): Appointment }
  type Subscription {
    appointmentRequested(doctorId: ID!): Appointment!
    appointmentStatusChanged(patientId: ID!): Appointment!
  }
`);

const REQUESTED = 'subscription ($doctorId: ID!) { appointmentRequested(doctorId: $doctorId) { id patient { name } } }';

function planOf(query: string, operationName?: string): LobbyPlan {
  const planned = planSubscription(schema, query, operationName);
  if (!isPlan(planned)) throw new Error(planned.map((error) => error.message).join('; '));
  return planned;
}

const messagesOf = (query: string, operationName?: string) => {
  const planned = planSubscription(schema, query, operationName);
  return isPlan(planned) ? [] : planned.map((error) => error.message);
};

describe('planSubscription', () => {
  it('finds the lobby, where its id comes from, and the follow-up query with the variables it uses', () => {
    const plan = planOf(`
      subscription ($doctorId: ID!, $withPatient: Boolean!) {
        requested: appointmentRequested(doctorId: $doctorId) { id state: status patient @include(if: $withPatient) { name } }
      }
    `);
    expect(plan.lobby.argument).toBe('doctorId');
    expect(plan.watched).toEqual({ variable: 'doctorId' });
    expect(plan.responseKey).toBe('requested');
    expect(plan.followUpVariables).toEqual(['withPatient']);
    expect(plan.followUpText).toContain('requested: appointment(id: $__lobbyAppointmentId)');
    expect(plan.eventFields.map(([key]) => key)).toEqual(['state']);
  });

  it('takes a lobby named in the document itself', () => {
    expect(planOf('subscription { appointmentStatusChanged(patientId: "p-1") { id } }').watched).toEqual({
      value: 'p-1',
    });
  });

  it('refuses what the lobby does not serve, with the reason', () => {
    expect(messagesOf('subscription {')).toEqual([expect.stringContaining('Syntax Error')]);
    expect(messagesOf('subscription { nothing }')).toEqual([expect.stringContaining('nothing')]);
    expect(messagesOf('query { appointment(id: "a-1") { id } }')).toEqual([
      'Only subscriptions are served over this socket; send queries and mutations over HTTP',
    ]);
    expect(messagesOf(REQUESTED, 'Missing')).toEqual([
      'Only subscriptions are served over this socket; send queries and mutations over HTTP',
    ]);
  });

  it('holds a subscription to the document limits before validating it', () => {
    const many = Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ');
    const tooMany = planSubscription(schema, `subscription { appointmentRequested(doctorId: "d") { ${many} } }`, null);
    expect(isPlan(tooMany) ? [] : tooMany.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', limit: 'aliases' }),
    ]);
    const huge = `subscription { appointmentRequested(doctorId: "d") { ${'id '.repeat(5_000)} } }`;
    const refused = planSubscription(schema, huge, null);
    expect(isPlan(refused) ? [] : refused.map((error) => error.extensions['limit'])).toEqual(['tokens']);
  });
});

describe('LobbyPlans', () => {
  it('plans a document once, whoever sends it, and tells operation names apart', () => {
    const plans = new LobbyPlans(schema);
    const named = 'subscription Lobby($doctorId: ID!) { appointmentRequested(doctorId: $doctorId) { id } }';
    expect(plans.plan(REQUESTED, undefined)).toBe(plans.plan(REQUESTED, null));
    expect(plans.plan(named, 'Lobby')).toBe(plans.plan(named, 'Lobby'));
    expect(isPlan(plans.plan(named, 'Other'))).toBe(false);
    expect(isPlan(plans.plan(named, 'Lobby'))).toBe(true);
  });

  it('never hands one request the plan of another, however its operation name and text are cut', () => {
    const plans = new LobbyPlans(schema);
    const [head, body] = ['subscription ($doctorId: ID!)', '{ appointmentRequested(doctorId: $doctorId) { id } }'];
    // The same characters cut differently between the name and the text: a refusal that must not stick to the other.
    expect(isPlan(plans.plan(body, `\n${head}`))).toBe(false);
    expect(isPlan(plans.plan(`${head}\n${body}`, undefined))).toBe(true);
  });

  it('plans a long document for its own socket, without keeping it', () => {
    const plans = new LobbyPlans(schema, DEFAULT_DOCUMENT_LIMITS, 256, REQUESTED.length - 1);
    const first = plans.plan(REQUESTED, undefined);
    expect(isPlan(first)).toBe(true);
    expect(plans.plan(REQUESTED, undefined)).not.toBe(first);
  });

  it('forgets the least recently used plan when full', () => {
    const plans = new LobbyPlans(schema, DEFAULT_DOCUMENT_LIMITS, 2);
    const text = (n: number) => `subscription { appointmentStatusChanged(patientId: "p-${n}") { id } }`;
    const first = plans.plan(text(1), undefined);
    plans.plan(text(2), undefined);
    expect(plans.plan(text(1), undefined)).toBe(first);
    plans.plan(text(3), undefined);
    expect(plans.plan(text(1), undefined)).toBe(first);
    const second = plans.plan(text(2), undefined);
    expect(plans.plan(text(2), undefined)).toBe(second);
    expect(plans.plan(text(1), undefined)).toBe(first);
  });
});
