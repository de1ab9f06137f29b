import { runMigrationsProcess } from '@hospital/kit';
import { auditModule } from './app.js';

await runMigrationsProcess(auditModule);
