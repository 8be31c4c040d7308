// 钉钉 custom robot (webhook https://oapi.dingtalk.com/robot/send?access_token=…): markdown posts with @-mentions.
// Security modes: 加签 (timestamp and an HMAC-SHA256 sign in the URL), keyword (every post contains the word) or
// IP allow-list (nothing to do here).
import { createHmac } from 'node:crypto';
import type { ChannelRequest, RobotAccount, RobotFormat, RobotPost } from '../channel-request.ts';
import { fitUtf8, readRobotAnswer, type RobotAnswerCode } from './robot-text.ts';

/** 钉钉 takes a message of up to 20000 bytes; the markdown text is kept within that. */
export const DINGTALK_MAX_BYTES = 20_000;

/** 钉钉's answers by errcode: 130101 pauses the robot (over 20 posts a minute), -1 (busy) is retried, the rest never pass. */
const CODES: Record<number, RobotAnswerCode> = {
  130101: ['PAUSE', '发送过快（每分钟超过 20 条），钉钉暂停该机器人 10 分钟'],
  310000: ['PERMANENT', '安全设置不匹配，请核对关键词、加签密钥或 IP 白名单'],
  300001: ['PERMANENT', '机器人令牌不存在，请核对机器人推送地址'],
  400101: ['PERMANENT', '机器人已停用或已被移除'],
  400102: ['PERMANENT', '机器人已停用或已被移除'],
  400105: ['PERMANENT', '请求参数有误'],
  40035: ['PERMANENT', '请求参数有误'],
  430101: ['PERMANENT', '消息内容或类型被拒绝'],
  430102: ['PERMANENT', '消息内容或类型被拒绝'],
  430103: ['PERMANENT', '消息内容或类型被拒绝'],
  [-1]: ['TRANSIENT', '钉钉繁忙，稍后重试'],
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
    return readRobotAnswer(status, body, CODES);
  },
};
