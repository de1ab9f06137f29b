import { runMigrationsProcess } from '@hospital/kit';
import { appointmentsModule } from './app.js';

await runMigrationsProcess(appointmentsModule);
