import { runSubgraphProcess } from '@hospital/kit';
import { createAppointmentsSubgraph } from './app.js';

await runSubgraphProcess('appointments', createAppointmentsSubgraph);
