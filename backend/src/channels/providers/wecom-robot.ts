// 企业微信 group robot (webhook https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…): a text post when the unit's
// contacts are to be @-mentioned (only text carries mentioned_mobile_list), else markdown. Limits are bytes of
// UTF-8 of the content: text 2048, markdown 4096.
import type { ChannelRequest, RobotAccount, RobotFormat, RobotPost } from '../channel-request.ts';
import { fitUtf8, readRobotAnswer, type RobotFailure } from './robot-text.ts';

export const WECOM_TEXT_MAX_BYTES = 2048;
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

/**
 * 45009: api freq out of limit (20 a minute) → THROTTLED. A webhook or post the robot will never take →
 * PERMANENT: 93000 invalid webhook url, 93004 robot removed, 40008 invalid message type, 40058 invalid parameter,
 * 44004 empty content, 45002 content too long. Others (-1 system busy, unknown codes) → TRANSIENT.
 */
const FAILURES: Record<number, RobotFailure> = {
  45009: 'THROTTLED',
  93000: 'PERMANENT',
  93004: 'PERMANENT',
  40008: 'PERMANENT',
  40058: 'PERMANENT',
  44004: 'PERMANENT',
  45002: 'PERMANENT',
};

export const wecomRobot: RobotFormat = {
  build(post: RobotPost, account: RobotAccount): ChannelRequest {
    const mobiles = [...new Set(post.mentionMobiles)];
    const message =
      mobiles.length > 0
        ? {
            msgtype: 'text',
            text: { content: fitUtf8(post.text, WECOM_TEXT_MAX_BYTES), mentioned_mobile_list: mobiles },
          }
        : { msgtype: 'markdown', markdown: { content: fitUtf8(post.text, WECOM_MARKDOWN_MAX_BYTES) } };
    return {
      url: account.webhookUrl,
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message),
    };
  },

  read(status: number, body: string) {
    return readRobotAnswer(status, body, (errcode) => FAILURES[errcode]);
  },
};
