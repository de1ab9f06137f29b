import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CsvKind } from '../import/importer.js';

export const CsvKindValues = { DELIVERIES: 'DELIVERIES', DEPARTMENT_COSTS: 'DEPARTMENT_COSTS' } as const satisfies {
  [K in CsvKind]: K;
};
registerEnumType(CsvKindValues, {
  name: 'CsvKind',
  description: 'What a CSV file holds, told by its header row',
  valuesConfig: {
    DELIVERIES: { description: 'delivery_id,doctor_id,delivered_at,delivery_type' },
    DEPARTMENT_COSTS: { description: 'cost_id,department_id,cost_date,amount,category' },
  },
});

@ObjectType({ description: 'One file imported whole' })
export class CsvImport {
  @Field({ description: 'The path or gs:// URL of the file' })
  source!: string;

  @Field(() => CsvKindValues)
  kind!: CsvKind;

  @Field(() => Int, { description: 'Data rows in the file' })
  rows!: number;

  @Field(() => Int, { description: 'Rows new to analytics' })
  added!: number;

  @Field(() => Int, { description: 'Rows imported before, with the same values (their ids are known)' })
  alreadyPresent!: number;
}
