import { registerEnumType } from 'type-graphql';
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
