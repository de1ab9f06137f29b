import { subgraphEndpoint } from '@hospital/kit';
import { doctorContact } from '../clients/doctors.client.js';
import { patientContact } from '../clients/patients.client.js';
import type { RecipientRole } from './notification.entity.js';

/** How a recipient is reached, read from the subgraph that owns them at send time. */
export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface ContactDirectory {
  lookup(role: RecipientRole, id: string): Promise<Contact>;
}

/** A failure whose message holds no personal data: it is what `last_error` records. */
export class DeliveryError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message.slice(0, 200), options);
    this.name = 'DeliveryError';
  }
}

/** Each recipient's card, and the field it is read from (what a failure names). */
const LOOKUPS = {
  PATIENT: { field: 'patientContact', read: patientContact },
  DOCTOR: { field: 'doctorContact', read: doctorContact },
} satisfies Record<RecipientRole, unknown>;

/**
 * Patients' and doctors' contact details from their owners (the patients and the
 * doctors subgraphs) by a small internal GraphQL call with a deadline. Events carry
 * no personal data, and nothing here keeps what it read.
 */
export function createContactDirectory(
  urls: Record<RecipientRole, string>,
  token: () => Promise<string>,
  timeoutMs: number,
): ContactDirectory {
  const endpoints = {
    PATIENT: subgraphEndpoint('patients', urls.PATIENT, timeoutMs),
    DOCTOR: subgraphEndpoint('doctors', urls.DOCTOR, timeoutMs),
  } satisfies Record<RecipientRole, unknown>;
  return {
    async lookup(role, id) {
      const { field, read } = LOOKUPS[role];
      let contact: Contact | null | undefined;
      try {
        contact = await read(endpoints[role], id, `Bearer ${await token()}`);
      } catch (error) {
        throw new DeliveryError(`${field} lookup: ${(error as Error).message}`, { cause: error });
      }
      if (!contact) throw new DeliveryError(`${field} lookup: ${id} not found`);
      return contact;
    },
  };
}
