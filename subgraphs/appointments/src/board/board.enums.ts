import { registerEnumType } from 'type-graphql';

export enum ScheduleGrouping {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ScheduleGrouping, {
  name: 'ScheduleGrouping',
  description: "How the board's periods are cut: clinic days, ISO weeks (Monday to Sunday), calendar months",
});
