import { registerEnumType } from 'type-graphql';

export enum PaymentMethod {
  CASH = 'CASH',
  CARD = 'CARD',
  BANK_TRANSFER = 'BANK_TRANSFER',
  INSURANCE = 'INSURANCE',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a patient paid',
  valuesConfig: {
    CASH: { description: 'In cash' },
    CARD: { description: 'By payment card' },
    BANK_TRANSFER: { description: 'By bank transfer' },
    INSURANCE: { description: "By the patient's insurer" },
  },
});
