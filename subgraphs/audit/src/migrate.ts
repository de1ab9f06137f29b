import { runMigrationsProcess } from '@hospital/kit';
import { auditTables, loadAuditConfig } from './app.js';

await runMigrationsProcess('audit', () => loadAuditConfig(), auditTables);
