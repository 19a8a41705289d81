export * from './cases';
export * from './front-door';
export * from './identity';
export * from './monitor';
export * from './portfolio';
export * from './privacy';
export * from './registry';
