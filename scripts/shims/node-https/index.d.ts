/** Node's own https module (see index.js). */
export * from 'node:https';
export { default } from 'node:https';
