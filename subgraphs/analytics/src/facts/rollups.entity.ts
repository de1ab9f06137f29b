import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A department's money on one clinic day: revenue (net of tax and refunds, by the
 * day paid) and costs. revenueReport sums at most a few thousand of these rows for
 * a year, however many invoices there were.
 */
@Entity('department_days')
export class DepartmentDay {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ name: 'revenue_cents', type: 'bigint', default: 0 })
  revenueCents!: number;

  @Column({ name: 'cost_cents', type: 'bigint', default: 0 })
  costCents!: number;
}

/** What a doctor did on one clinic day: the counts doctorPerformance adds up. */
@Entity('doctor_days')
export class DoctorDay {
  @PrimaryColumn({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'int', default: 0 })
  completed!: number;

  @Column({ name: 'no_shows', type: 'int', default: 0 })
  noShows!: number;

  @Column({ name: 'c_sections', type: 'int', default: 0 })
  cSections!: number;

  @Column({ name: 'natural_births', type: 'int', default: 0 })
  naturalBirths!: number;

  @Column({ name: 'rating_sum', type: 'int', default: 0 })
  ratingSum!: number;

  @Column({ name: 'rating_count', type: 'int', default: 0 })
  ratingCount!: number;
}
