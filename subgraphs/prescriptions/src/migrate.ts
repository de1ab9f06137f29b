import { runMigrationsProcess } from '@hospital/kit';
import { loadPrescriptionsConfig, prescriptionsTables } from './app.js';

await runMigrationsProcess('prescriptions', () => loadPrescriptionsConfig(), prescriptionsTables);
