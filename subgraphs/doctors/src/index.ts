import { runSubgraphProcess } from '@hospital/kit';
import { createDoctorsSubgraph } from './app.js';

await runSubgraphProcess('doctors', createDoctorsSubgraph);
