import { runSubgraphProcess } from '@hospital/kit';
import { createPrescriptionsSubgraph } from './app.js';

await runSubgraphProcess('prescriptions', createPrescriptionsSubgraph);
