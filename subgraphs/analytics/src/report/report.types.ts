import { DecimalScalar, LocalDateScalar, type Cents } from '@hospital/kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Department, Doctor } from '../federation/doctors.stub.js';

@ObjectType({ description: "A department's money in the period" })
export class DepartmentRevenue {
  @Field(() => Department, {
    nullable: true,
    description: 'null (with an error) for an id the doctors subgraph does not know, e.g. from a mistyped CSV row',
  })
  department!: Department;

  @Field(() => DecimalScalar, { description: 'Paid invoices net of tax and refunds, by the day paid' })
  revenue!: Cents;

  @Field(() => DecimalScalar, { description: "The department's imported costs dated in the period" })
  costs!: Cents;

  @Field(() => DecimalScalar, { description: 'revenue − costs' })
  profit!: Cents;

  @Field(() => Float, { description: 'profit / revenue; 0 when there was no revenue' })
  profitMargin!: number;
}

@ObjectType({ description: 'Revenue, costs and profit over a period of clinic days, for the business department' })
export class RevenueReport {
  @Field(() => LocalDateScalar, { description: 'The first clinic day, as asked' })
  startDate!: string;

  @Field(() => LocalDateScalar, { description: 'Inclusive' })
  endDate!: string;

  @Field(() => DecimalScalar, {
    description: "Paid invoices net of tax and refunds, by the day paid; the departments' revenue together",
  })
  totalRevenue!: Cents;

  @Field(() => DecimalScalar, { description: "The departments' imported costs dated in the period, together" })
  totalCosts!: Cents;

  @Field(() => DecimalScalar, { description: 'totalRevenue − totalCosts' })
  totalProfit!: Cents;

  @Field(() => Float, { description: 'totalProfit / totalRevenue; 0 when there was no revenue' })
  profitMargin!: number;

  @Field(() => [DepartmentRevenue], {
    description: 'One row per department with revenue or costs in the period, the most revenue first',
  })
  departmentBreakdown!: DepartmentRevenue[];
}

@ObjectType({ description: 'What a doctor did over a period of clinic days' })
export class DoctorPerformance {
  @Field(() => Doctor, { description: 'The doctor asked about' })
  doctor!: Doctor;

  @Field(() => LocalDateScalar, { description: 'The first clinic day, as asked' })
  startDate!: string;

  @Field(() => LocalDateScalar, { description: 'Inclusive' })
  endDate!: string;

  @Field(() => Int, { description: 'From the imported delivery records' })
  totalCSections!: number;

  @Field(() => Int, { description: 'From the imported delivery records' })
  totalNaturalBirths!: number;

  @Field(() => Int, { description: 'Clinic days with at least one completed visit or delivery' })
  totalWorkingDays!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The mean rating of feedback given in the period, to 2 decimals; null when there is none',
  })
  averagePatientSatisfaction!: number | null;

  @Field(() => Int, { description: 'Visits completed, by the day they were booked for' })
  completedAppointments!: number;

  @Field(() => Int, { description: 'Visits marked no-show, by the day they were booked for' })
  noShows!: number;
}
