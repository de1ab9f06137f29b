import { runMigrationsProcess } from '@hospital/kit';
import { feedbackModule } from './app.js';

await runMigrationsProcess(feedbackModule);
