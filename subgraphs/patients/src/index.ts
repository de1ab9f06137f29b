import { runSubgraphProcess } from '@hospital/kit';
import { patientsModule } from './app.js';

await runSubgraphProcess(patientsModule);
