export * from './cases';
export * from './front-door';
export * from './identity';
export * from './privacy';
export * from './registry';
