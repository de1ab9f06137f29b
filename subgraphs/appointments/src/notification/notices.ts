import { isUniqueViolation, newId } from '@hospital/kit';
import type { EntityManager } from 'typeorm';
import {
  Notification,
  type DoctorUnavailableContext,
  type NoticeAlternative,
  type NoticeContext,
  type SlotOfferContext,
  type RecipientRole,
} from './notification.entity.js';
import { NotificationStatus, type NotificationChannel, type NotificationKind } from './notification.enums.js';

export type { DoctorUnavailableContext, NoticeAlternative, NoticeContext, SlotOfferContext };

/** docs/rules.md#care-flow: a patient whose doctor is away is offered up to 3 alternatives. */
export const MAX_ALTERNATIVES = 3;

/** A notice to record, PENDING until `dueAt`. */
export interface NoticeDraft {
  kind: NotificationKind;
  recipientId: string;
  recipientRole: RecipientRole;
  channel: NotificationChannel;
  dueAt: Date;
  /** The visit it is about; null only for a SLOT_OFFER, which names its `offerId` instead. */
  appointmentId: string | null;
  /** JSON of ids and times the message is rendered from (never names, addresses or texts). */
  context?: NoticeContext;
  /** A SLOT_OFFER's waitlist offer. */
  offerId?: string | null;
  /** A RESCHEDULE's number (the visit's reschedule count after it); 0 otherwise. */
  occurrence?: number;
  /** After this a still pending notice is dropped, not sent. */
  expiresAt?: Date | null;
}

/** Keeps at most `MAX_ALTERNATIVES` alternatives, in the caller's order. */
function boundedContext(draft: NoticeDraft): NoticeContext | null {
  const context = draft.context;
  if (!context) return null;
  if (!('alternatives' in context) || context.alternatives.length <= MAX_ALTERNATIVES) return context;
  return { alternatives: context.alternatives.slice(0, MAX_ALTERNATIVES) };
}

/**
 * Records notices inside the caller's transaction, each once: a notice already
 * recorded for the same (visit or offer, kind, channel, recipient, occurrence) — by
 * another replica, an earlier try, an event read twice — is left as it is; the
 * database's unique keys decide, not a read before the write. The dispatcher sends
 * them when due. For a doctor's absence (`DOCTOR_UNAVAILABLE`) the caller passes the
 * visit's id and `context: { alternatives }` (at most 3 are kept).
 */
export async function recordNotices(manager: EntityManager, drafts: NoticeDraft[], now: Date): Promise<void> {
  for (const draft of drafts) {
    try {
      await manager.insert(Notification, {
        id: newId(),
        appointmentId: draft.appointmentId,
        offerId: draft.offerId ?? null,
        occurrence: draft.occurrence ?? 0,
        recipientId: draft.recipientId,
        recipientRole: draft.recipientRole,
        kind: draft.kind,
        channel: draft.channel,
        dueAt: draft.dueAt,
        context: boundedContext(draft),
        expiresAt: draft.expiresAt ?? null,
        status: NotificationStatus.PENDING,
        attempts: 0,
        nextAttemptAt: null,
        claimedBy: null,
        claimedUntil: null,
        sentAt: null,
        lastError: null,
        subject: null,
        body: null,
        createdAt: now,
      });
    } catch (error) {
      // Recorded meanwhile (MariaDB and SQLite undo only the refused statement).
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
