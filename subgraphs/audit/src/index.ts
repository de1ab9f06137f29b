import { runSubgraphProcess } from '@hospital/kit';
import { auditModule } from './app.js';

await runSubgraphProcess(auditModule);
