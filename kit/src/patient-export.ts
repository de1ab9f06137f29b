import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from './audit.js';
import { requireViewer, Role, type Viewer } from './auth.js';
import type { Caller } from './caller.js';
import { ForbiddenError } from './errors.js';
import type { UnitOfWork } from './events/unit-of-work.js';

/**
 * A patient's data export (docs/rules.md#audit: everything the hospital holds about
 * her, as one JSON document). It is gathered through the supergraph: the patients
 * subgraph owns `patientDataExport` and its `document`, which `@requires` one
 * part from every other subgraph that holds something about her; the gateway's
 * query plan fetches the parts from their owners, with the caller's own token,
 * and hands them to patients to put together. A part is a field of the
 * `PatientDataExport` entity, `@inaccessible`: clients ask for the document, never
 * for a part alone.
 */
export const PATIENT_EXPORT_TYPE = 'PatientDataExport';

/** What a part is: plain JSON, each subgraph choosing its own keys (e.g. `{ invoices: [...] }`). */
export const ExportPartScalar = GraphQLJSONObject;
export type ExportPart = Record<string, unknown>;

/** The patient herself and administrators may have her data; anyone else is FORBIDDEN. */
export function mayExport(viewer: Viewer, patientId: string): boolean {
  return viewer.role === Role.ADMIN || (viewer.role === Role.PATIENT && viewer.id === patientId);
}

/** UNAUTHENTICATED without a viewer, FORBIDDEN for whoever may not have the patient's data. */
export function requireExporter(viewer: Viewer | null, patientId: string): void {
  if (!mayExport(requireViewer(viewer), patientId)) throw new ForbiddenError();
}

/** How a subgraph reads everything it holds about a patient. */
export type GatherPart = (manager: EntityManager, patientId: string) => Promise<ExportPart>;

/**
 * One subgraph's part of a patient's export, for the patient herself or an
 * administrator, in the audit trail before it leaves (`patient.export`, the part
 * named as the subject), whoever asks: docs/rules.md#audit gives the export its own audit
 * event, the patient's own included. A refusal is recorded too.
 */
export class ExportPartService {
  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly name: string,
    private readonly gather: GatherPart,
  ) {
    this.audit = new AuditTrail(uow);
  }

  part(caller: Caller, patientId: string): Promise<ExportPart> {
    const entry = { action: 'patient.export', subjectType: PATIENT_EXPORT_TYPE, subjectId: this.name, patientId };
    return this.audit.read(caller, entry, () => {
      requireExporter(caller.viewer, patientId);
      return this.gather(this.uow.dataSource.manager, patientId);
    });
  }
}

/** The export as a subgraph other than patients (its owner) serves it: the key, and its own part. */
export interface ExportPartSchema {
  stub: Function;
  resolver: Function;
}

/**
 * One subgraph's part: `field` on the export, `@inaccessible`, answered by
 * `gather` (the subgraph's export service, which checks who asks). Every part has
 * this shape, so it is made here once. The stub is a class of its own per part:
 * type-graphql keeps a class's fields process-wide, and in the embedded default
 * every subgraph builds its schema in one process.
 */
export function exportPartSchema<Context>(
  field: string,
  gather: (context: Context, patientId: string) => Promise<ExportPart>,
): ExportPartSchema {
  @ObjectType(PATIENT_EXPORT_TYPE)
  @Directive('@key(fields: "patientId")')
  class PatientDataExportStub {
    @Field(() => ID)
    patientId!: string;
  }

  @Resolver(() => PatientDataExportStub)
  class ExportPartResolver {
    @FieldResolver(() => ExportPartScalar, { name: field, description: "This subgraph's part of the export" })
    @Directive('@inaccessible')
    part(@Root() { patientId }: PatientDataExportStub, @Ctx() context: Context): Promise<ExportPart> {
      return gather(context, patientId);
    }
  }
  return { stub: PatientDataExportStub, resolver: ExportPartResolver };
}

/** The gateway asks for a part by the export's key; whoever asks is checked by the part. */
export const patientExportStubReference = {
  __resolveReference: (reference: Record<string, unknown>) => ({ patientId: String(reference['patientId']) }),
};
