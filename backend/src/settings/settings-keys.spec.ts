import { describe, expect, it } from '@jest/globals';
import { BadSetting, parseSetting } from './settings-keys.ts';

const SEEDED_BEFORE_DISTRICT = {
  name: '区发改委',
  fullName: '召陵区社会信用体系建设工作领导小组办公室',
  issuingBody: '召陵区社会信用体系建设工作领导小组办公室',
  circularPrefix: '召信用办',
  email: 'fgw5859@126.com',
};

describe('office settings', () => {
  it('a row seeded before districtName and planTitle derives them from the issuing body', () => {
    const office = parseSetting('office', SEEDED_BEFORE_DISTRICT);
    expect(office.districtName).toBe('召陵区');
    expect(office.planTitle).toBe('召陵区社会信用体系建设实施方案');
    expect(office.planNumber).toBeUndefined();
    expect(office.signature).toBe('召陵区社会信用体系建设工作领导小组办公室');
  });

  it('what is stored wins; an empty office falls back to 信用办 and names no district', () => {
    expect(parseSetting('office', { ...SEEDED_BEFORE_DISTRICT, districtName: '某县' }).districtName).toBe('某县');
    const empty = parseSetting('office', {});
    expect(empty).toMatchObject({ name: '信用办', signature: '信用办', districtName: '', planTitle: '社会信用体系建设实施方案' });
    expect(parseSetting('office', { email: '' }).email).toBeUndefined();
  });

  it('a stored value that does not fit is a 409 naming the key and the field, not a cast', () => {
    const read = () => parseSetting('office', { issuingBody: 42, areaCode: '4111' });
    expect(read).toThrow(BadSetting);
    expect(read).toThrow(/系统设置“office”的值不正确（issuingBody：必须是文本；areaCode：应为 6 位数字）/);
    expect(() => parseSetting('tracking.start', '2026-13')).toThrow(/系统设置“tracking.start”的值不正确/);
  });
});
