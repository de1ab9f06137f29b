import { runMigrationsProcess } from '@hospital/kit';
import { doctorsTables, loadDoctorsConfig } from './app.js';

await runMigrationsProcess('doctors', () => loadDoctorsConfig(), doctorsTables);
