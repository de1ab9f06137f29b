import { runMigrationsProcess } from '@hospital/kit';
import { loadPatientsConfig, patientsTables } from './app.js';

await runMigrationsProcess('patients', () => loadPatientsConfig(), patientsTables);
