import { registerEnumType } from 'type-graphql';

export enum PaymentMethod {
  CASH = 'CASH',
  CARD = 'CARD',
  BANK_TRANSFER = 'BANK_TRANSFER',
  INSURANCE = 'INSURANCE',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'How a patient paid' });
