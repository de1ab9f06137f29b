import { AppointmentDetailDocument, DoctorsDocument } from '@hospital/client';
import { print } from 'graphql';
import type { LoadRequest } from './load.js';
import type { BenchWorld } from './seed.js';

const APPOINTMENT_DETAIL = print(AppointmentDetailDocument);
const DOCTORS = print(DoctorsDocument);

/** The contract's AppointmentDetail, one appointment through six subgraphs: each seeded visit, read by its patient. */
export const appointmentDetails = (world: BenchWorld): LoadRequest[] =>
  world.visits.map((visit) => ({
    body: JSON.stringify({
      operationName: 'AppointmentDetail',
      query: APPOINTMENT_DETAIL,
      variables: { id: visit.id },
    }),
    token: visit.patient.token,
  }));

/** A query the appointments subgraph answers alone, so that it can be sent to it straight too. */
const ONE_SUBGRAPH_QUERY = `query Visit($id: ID!) {
  appointment(id: $id) { id status start end reason rescheduleCount createdAt }
}`;

export const oneSubgraphReads = (world: BenchWorld): LoadRequest[] =>
  world.visits.map((visit) => ({
    body: JSON.stringify({ operationName: 'Visit', query: ONE_SUBGRAPH_QUERY, variables: { id: visit.id } }),
    token: visit.patient.token,
  }));

/** The contract's Doctors page (20 doctors with their departments): one subgraph, a list read. */
export const doctorsPages = (world: BenchWorld): LoadRequest[] =>
  world.patients.map((patient) => ({
    body: JSON.stringify({ operationName: 'Doctors', query: DOCTORS, variables: { first: 20 } }),
    token: patient.token,
  }));
