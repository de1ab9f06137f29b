import { runSubgraphProcess } from '@hospital/kit';
import { createAuditSubgraph } from './app.js';

await runSubgraphProcess('audit', createAuditSubgraph);
