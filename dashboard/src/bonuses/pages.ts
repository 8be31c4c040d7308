export { BonusList } from './BonusList';
