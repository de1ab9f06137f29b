import { runMigrationsProcess } from '@hospital/kit';
import { patientsModule } from './app.js';

await runMigrationsProcess(patientsModule);
