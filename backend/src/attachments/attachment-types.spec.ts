import { describe, expect, it } from '@jest/globals';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from './attachment-types.ts';

const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]);
const exe = Buffer.from('MZ\x90\x00', 'binary');

describe('checkAttachment', () => {
  it.each([
    ['统计表.xlsx', zip, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['统计表.XLS', ole, 'application/vnd.ms-excel'],
    ['说明.pdf', Buffer.from('%PDF-1.7'), 'application/pdf'],
    ['data.csv', Buffer.from('单位,数量\n区法院,3\n'), 'text/csv'],
  ])('accepts %s', (name, content, mime) => {
    expect(checkAttachment(name, content)).toEqual({ mime });
  });

  it.each([
    ['setup.exe', exe, /不支持的附件类型/],
    ['run.sh', Buffer.from('#!/bin/sh'), /不支持的附件类型/],
    ['report.xlsx', elf, /内容与扩展名/],
    ['report.pdf', exe, /内容与扩展名/],
    ['notes.txt', Buffer.from('#!/bin/sh\nrm -rf /'), /内容与扩展名/],
    ['binary.csv', Buffer.from([0x41, 0, 0x42]), /内容与扩展名/],
    ['noext', zip, /不支持的附件类型/],
    ['empty.xlsx', Buffer.alloc(0), /为空/],
    ['huge.xlsx', Buffer.concat([zip, Buffer.alloc(MAX_ATTACHMENT_BYTES)]), /20 MB/],
  ])('refuses %s', (name, content, reason) => {
    const result = checkAttachment(name, content);
    expect('error' in result && result.error).toMatch(reason);
  });
});
