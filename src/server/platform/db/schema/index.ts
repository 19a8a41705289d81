export * from './cases';
export * from './identity';
export * from './privacy';
export * from './registry';
