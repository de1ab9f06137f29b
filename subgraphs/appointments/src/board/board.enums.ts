import { registerEnumType } from 'type-graphql';

export enum ScheduleGrouping {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ScheduleGrouping, {
  name: 'ScheduleGrouping',
  description: "How the board's periods are cut: clinic days, ISO weeks (Monday to Sunday), calendar months",
  valuesConfig: {
    DAY: { description: 'One period per clinic day' },
    WEEK: { description: 'One period per ISO week, Monday to Sunday; the first and the last clipped to the range' },
    MONTH: { description: 'One period per calendar month; the first and the last clipped to the range' },
  },
});
