import { runMigrationsProcess } from '@hospital/kit';
import { analyticsModule } from './app.js';

await runMigrationsProcess(analyticsModule);
