import 'reflect-metadata';

export * from './applied-event.entity.js';
export * from './applied-event.migration.js';
export * from './applied-event-group.migration.js';
export * from './event-bus.js';
export * from './in-process.bus.js';
export * from './redis.bus.js';
export * from './catalogue.js';
export * from './dead-letter.entity.js';
export * from './durable.js';
export * from './dead-letter.migration.js';
export * from './dead-letter-replay.migration.js';
export * from './outbox.entity.js';
export * from './outbox.migration.js';
export * from './outbox-origin.migration.js';
export * from './outbox.js';
export * from './unit-of-work.js';
export * from './payloads.js';
