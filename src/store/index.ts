// The store's public face: open a database by config string, migrate it, and the repositories.
export type { Database, Db } from './database.js';
export { migrateToLatest } from './migrations.js';
export { openStore } from './open.js';
export * from './document.repository.js';
export * from './article.repository.js';
export * from './incident.repository.js';
export * from './job.repository.js';
export * from './watched-source.repository.js';
export * from './incident-identity.repository.js';
