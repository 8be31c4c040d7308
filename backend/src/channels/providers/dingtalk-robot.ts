// 钉钉 custom robot (webhook https://oapi.dingtalk.com/robot/send?access_token=…): markdown posts with @-mentions.
// Security modes: 加签 (timestamp and an HMAC-SHA256 sign in the URL), keyword (every post contains the word) or
// IP allow-list (nothing to do here).
import { createHmac } from 'node:crypto';
import type { ChannelRequest, RobotAccount, RobotFormat, RobotPost } from '../channel-request.ts';
import { fitUtf8, readRobotAnswer, type RobotFailure } from './robot-text.ts';

/** 钉钉 takes a message of up to 20000 bytes; the markdown text is kept within that. */
export const DINGTALK_MAX_BYTES = 20_000;

/**
 * 130101 send too fast (over 20 a minute: 钉钉 blocks the robot for ten minutes) → PAUSE. PERMANENT: 310000 the
 * keyword, sign or IP does not match, 300001 token does not exist, 400101 / 400102 robot stopped or removed,
 * 400105 / 40035 bad parameter, 430101 / 430102 / 430103 content or msgtype refused. Others (-1 busy) → TRANSIENT.
 */
const FAILURES: Record<number, RobotFailure> = {
  130101: 'PAUSE',
  310000: 'PERMANENT',
  300001: 'PERMANENT',
  400101: 'PERMANENT',
  400102: 'PERMANENT',
  400105: 'PERMANENT',
  40035: 'PERMANENT',
  430101: 'PERMANENT',
  430102: 'PERMANENT',
  430103: 'PERMANENT',
};

/** base64(HMAC-SHA256(secret, timestamp + '\n' + secret)), before URL encoding. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** The webhook with `&timestamp=…&sign=…` when the robot has a 加签 secret. */
export function signedDingtalkUrl(webhookUrl: string, secret: string | null, at: Date): string {
  if (!secret) return webhookUrl;
  const timestamp = at.getTime();
  const joiner = webhookUrl.includes('?') ? '&' : '?';
  return `${webhookUrl}${joiner}timestamp=${timestamp}&sign=${encodeURIComponent(dingtalkSign(secret, timestamp))}`;
}

export const dingtalkRobot: RobotFormat = {
  build(post: RobotPost, account: RobotAccount, at: Date): ChannelRequest {
    const mobiles = [...new Set(post.mentionMobiles)];
    const keyword = account.keyword?.trim() || null;
    // 钉钉 only shows a mention whose '@mobile' is in the text; the ones the text lacks go on a last line.
    const missing = mobiles.filter((m) => !post.text.includes(`@${m}`));
    const mentions = missing.length > 0 ? `\n\n${missing.map((m) => `@${m}`).join(' ')}` : '';
    const prefix = keyword && !post.text.includes(keyword) ? `【${keyword}】` : '';
    const room = DINGTALK_MAX_BYTES - Buffer.byteLength(prefix + mentions, 'utf8');
    const text = prefix + fitUtf8(post.text, room) + mentions;
    const title = keyword && !post.title.includes(keyword) ? `【${keyword}】${post.title}` : post.title;
    const message = {
      msgtype: 'markdown',
      markdown: { title, text },
      at: { atMobiles: mobiles, isAtAll: false },
    };
    return {
      url: signedDingtalkUrl(account.webhookUrl, account.secret, at),
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message),
    };
  },

  read(status: number, body: string) {
    return readRobotAnswer(status, body, (errcode) => FAILURES[errcode]);
  },
};
