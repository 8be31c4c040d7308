// Sample records, one valid row of each kind (by field), with codes that pass or fail the check character on
// purpose: the specs' base cases, and the e2e tests' rows. Decision dates lie in September 2026.
import { creditCodeCheckChar } from '../../domain/identifiers.ts';
import type { RecordKind } from './kinds.ts';

export const uscc = (first17: string) => first17 + creditCodeCheckChar(first17);
export const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0');

export const ORG = uscc('91411104MA40ABCD1');
export const INDIVIDUAL = uscc('92411104MA40XY123');
export const AUTHORITY = uscc('11411104005123456');
export const INSTITUTION = uscc('12411104415000123');
export const OUT_OF_AREA = uscc('91410000706789012');

export const LEGAL = {
  subjectName: '漯河市召陵区恒达商贸有限公司', subjectCategory: '法人及非法人组织', creditCode: ORG,
  legalRepresentative: '王建国', legalRepresentativeIdNumber: '411104199003070012',
};
export const NATURAL = { subjectName: '李明', idType: '01', idNumber: '11010519491231002x' };
export const PENALTY = {
  documentNumber: '召市监罚〔2026〕31号', violationType: '销售不合格产品', violationFacts: '销售抽检不合格的电热水壶 20 台',
  penaltyBasis: '《中华人民共和国产品质量法》第四十九条', penaltyCategories: '警告；罚款', penaltyContent: '警告，罚款 0.5 万元',
  fineAmount: '0.5', decisionDate: '2026-09-10', penaltyValidUntil: '2027-09-09', authority: '漯河市召陵区市场监督管理局',
  authorityCreditCode: AUTHORITY, sourceUnit: '漯河市召陵区市场监督管理局', sourceUnitCreditCode: AUTHORITY,
  publicationDate: '2026-09-14',
};
export const LICENCE = {
  documentName: '食品经营许可决定书', documentNumber: '召市监许〔2026〕105号', licenceCategory: '普通',
  certificateName: '食品经营许可证', licenceNumber: 'JY14111040012345', licenceContent: '预包装食品销售',
  decisionDate: '2026/9/15', validFrom: '2026年9月15日', validUntil: '2031-09-14', authority: '漯河市召陵区市场监督管理局',
  authorityCreditCode: AUTHORITY, licenceState: 1, sourceUnit: '漯河市召陵区市场监督管理局', sourceUnitCreditCode: AUTHORITY,
  publicationDate: new Date(Date.UTC(2026, 8, 18)),
};
export const VALID: Record<RecordKind, Record<string, unknown>> = {
  CF_LEGAL: { ...LEGAL, ...PENALTY },
  XK_LEGAL: { ...LEGAL, ...LICENCE },
  CF_NATURAL: { ...NATURAL, ...PENALTY },
  XK_NATURAL: { ...NATURAL, idType: '身份证', idNumber: '411104198511200026', ...LICENCE },
  HHB: {
    listType: '红名单', subjectCategory: '法人及非法人组织', subjectName: '漯河市召陵区恒达商贸有限公司', creditCode: ORG,
    legalRepresentative: '王建国', listingReason: '连续三年纳税信用 A 级', listingBasis: '《纳税信用管理办法》',
    documentNumber: '召税〔2026〕8号', authority: '国家税务总局漯河市召陵区税务局', authorityCreditCode: AUTHORITY,
    decisionDate: '2026-09-20', validUntil: '长期', listState: '有效', sourceUnit: '国家税务总局漯河市召陵区税务局',
  },
  XYDM: {
    subjectName: '漯河市召陵区机关事务服务中心', entityType: '事业单位', creditCode: INSTITUTION, assignmentType: '新赋码',
    decisionDate: '2026-09-03', registrationAuthority: '中共漯河市召陵区委机构编制委员会办公室',
  },
};

