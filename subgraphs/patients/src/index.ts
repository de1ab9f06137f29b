import { runSubgraphProcess } from '@hospital/kit';
import { createPatientsSubgraph } from './app.js';

await runSubgraphProcess('patients', createPatientsSubgraph);
