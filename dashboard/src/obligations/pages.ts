export { ObligationList } from './ObligationList';
export { ObligationShow } from './ObligationShow';
