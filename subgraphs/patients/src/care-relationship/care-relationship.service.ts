import { In, type DataSource, type Repository } from 'typeorm';
import { CareRelationship } from './care-relationship.entity.js';

export interface CarePair {
  doctorId: string;
  patientId: string;
}

export class CareRelationshipService {
  private readonly relationships: Repository<CareRelationship>;

  constructor(dataSource: DataSource) {
    this.relationships = dataSource.getRepository(CareRelationship);
  }

  /**
   * The pairs among `pairs` that exist. One query whatever the number of pairs:
   * a request nearly always asks for one doctor, so the doctors × patients
   * rectangle it reads is the pairs themselves.
   */
  async existing(pairs: readonly CarePair[]): Promise<CareRelationship[]> {
    if (!pairs.length) return [];
    const doctorIds = [...new Set(pairs.map((pair) => pair.doctorId))];
    const patientIds = [...new Set(pairs.map((pair) => pair.patientId))];
    return this.relationships.findBy({ doctorId: In(doctorIds), patientId: In(patientIds) });
  }
}
