import {
  AuditTrail,
  type Caller,
  type ConflictError,
  conflictOnDuplicate,
  mustExist,
  requireRole,
  requireViewer,
  Role,
} from '@hospital/kit';
import { type Emit, type UnitOfWork } from '@hospital/kit/events';
import type { EntityManager } from 'typeorm';

/** An addition, as its audit entry names it. */
interface Addition {
  action: string;
  subjectType: string;
}

/**
 * Adds a department, a service or a doctor to the catalogue. Only an administrator does,
 * so each addition is in the audit trail, committed with it, and so is each refusal.
 * `make` builds the row once the caller may add it (after any check of its own); `write`
 * stores it inside the transaction; a unique key it breaks is the CONFLICT `duplicate` names.
 */
export async function addToCatalogue<T extends { id: string }>(
  uow: UnitOfWork,
  caller: Caller,
  addition: Addition,
  make: () => T,
  write: (manager: EntityManager, emit: Emit, row: T) => Promise<unknown>,
  duplicate: (error: unknown) => ConflictError,
): Promise<T> {
  const audit = new AuditTrail(uow);
  await audit.permit(caller, addition, () => requireRole(caller.viewer, Role.ADMIN));
  const row = make();
  await conflictOnDuplicate(
    () =>
      uow.run(async (manager, emit) => {
        await write(manager, emit, row);
        audit.changed(emit, caller, { ...addition, subjectId: row.id });
      }),
    duplicate,
  );
  return row;
}

/**
 * One entry of the catalogue: every role's to read (docs/rules.md#roles), and nobody's
 * without signing in; NOT_FOUND, naming `what`, when `lookup` finds none.
 */
export function catalogueEntry<T>(
  caller: Caller,
  what: string,
  id: string,
  lookup: () => Promise<T | null>,
): Promise<T> {
  requireViewer(caller.viewer);
  return mustExist(what, id, lookup());
}
