// @ts-check
// pptxgenjs lists a dependency named "https" (a registry placeholder, not Node's module) but
// loads `node:https` itself. Whatever still imports the package "https" gets Node's core module.
export * from 'node:https';
export { default } from 'node:https';
