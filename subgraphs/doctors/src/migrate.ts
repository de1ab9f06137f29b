import { runMigrationsProcess } from '@hospital/kit';
import { doctorsModule } from './app.js';

await runMigrationsProcess(doctorsModule);
