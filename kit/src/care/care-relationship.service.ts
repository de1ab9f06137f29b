import { In, type DataSource, type Repository } from 'typeorm';
import { CareVisit } from './care-visit.entity.js';

export interface CarePair {
  doctorId: string;
  patientId: string;
}

/** Whether doctors have visits with patients, read from the subgraph's own `care_visits`. */
export class CareRelationshipService {
  private readonly visits: Repository<CareVisit>;

  constructor(dataSource: DataSource) {
    this.visits = dataSource.getRepository(CareVisit);
  }

  /**
   * The pairs among `pairs` with a visit in one of `statuses` (any visit when not
   * given). One query whatever the number of pairs: a request nearly always asks
   * for one doctor, so the doctors × patients rectangle it reads is the pairs
   * themselves.
   */
  async existing(pairs: readonly CarePair[], statuses?: readonly string[]): Promise<CarePair[]> {
    if (!pairs.length) return [];
    const doctorIds = [...new Set(pairs.map((pair) => pair.doctorId))];
    const patientIds = [...new Set(pairs.map((pair) => pair.patientId))];
    return this.visits.find({
      select: { doctorId: true, patientId: true },
      where: {
        doctorId: In(doctorIds),
        patientId: In(patientIds),
        ...(statuses ? { status: In([...statuses]) } : {}),
      },
    });
  }
}
