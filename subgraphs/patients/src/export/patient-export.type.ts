import { ExportPartScalar, type ExportPart } from '@hospital/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The parts the other subgraphs add to an export (each `@inaccessible` where it is served), by their owner. */
export const PART_OWNERS = {
  accountPart: 'accounts',
  visitsPart: 'appointments',
  invoicesPart: 'billing',
  prescriptionsPart: 'prescriptions',
  feedbackPart: 'feedback',
  auditPart: 'audit',
} as const;
export const FOREIGN_PARTS = Object.keys(PART_OWNERS) as (keyof typeof PART_OWNERS)[];

@ObjectType({ description: 'Everything the hospital holds about one patient, gathered from every subgraph' })
@Directive('@key(fields: "patientId")')
export class PatientDataExport {
  @Field(() => ID, { description: 'Whose data it is' })
  patientId!: string;

  @Field(() => Date, { description: 'When the export was made' })
  generatedAt!: Date;

  @Field(() => ExportPartScalar)
  @Directive('@external')
  accountPart?: ExportPart;

  @Field(() => ExportPartScalar)
  @Directive('@external')
  visitsPart?: ExportPart;

  @Field(() => ExportPartScalar)
  @Directive('@external')
  invoicesPart?: ExportPart;

  @Field(() => ExportPartScalar)
  @Directive('@external')
  prescriptionsPart?: ExportPart;

  @Field(() => ExportPartScalar)
  @Directive('@external')
  feedbackPart?: ExportPart;

  @Field(() => ExportPartScalar)
  @Directive('@external')
  auditPart?: ExportPart;

  @Field(() => ExportPartScalar, {
    description:
      'One JSON document: profile, medical records with their versions, account, visits, notifications, invoices and payments, prescriptions, feedback, and the audit events about her',
  })
  @Directive(`@requires(fields: "${FOREIGN_PARTS.join(' ')}")`)
  document?: ExportPart;
}
