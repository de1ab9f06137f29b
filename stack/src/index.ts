export { startEmbeddedStack, type EmbeddedStack } from './stack.js';
export { demoLogins, seedDemoData, DEMO_PASSWORD, type DemoLogin } from './seed.js';
export { SUBGRAPHS } from './subgraphs.js';
export { deadLetters } from './dead-letters.js';
