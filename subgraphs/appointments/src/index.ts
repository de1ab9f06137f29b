import { runSubgraphProcess } from '@hospital/kit';
import { appointmentsModule } from './app.js';

await runSubgraphProcess(appointmentsModule);
