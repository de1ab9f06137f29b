import { runMigrationsProcess } from '@hospital/kit';
import { prescriptionsModule } from './app.js';

await runMigrationsProcess(prescriptionsModule);
