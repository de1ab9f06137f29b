import { runMigrationsProcess } from '@hospital/kit';
import { appointmentsTables, loadAppointmentsConfig } from './app.js';

await runMigrationsProcess('appointments', () => loadAppointmentsConfig(), appointmentsTables);
