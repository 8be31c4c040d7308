export { UnitList } from './UnitList';
export { UnitShow } from './UnitShow';
export { UnitEdit, UnitCreate } from './UnitEdit';
