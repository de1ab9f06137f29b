import 'reflect-metadata';

export * from './appointments.consumer.js';
export * from './care-access.js';
export * from './care-relationship.loader.js';
export * from './care-relationship.service.js';
export * from './care-visit.entity.js';
export * from './care-visits.migration.js';
export * from './care.rules.js';
