// .docx → PDF by LibreOffice headless (`soffice --convert-to pdf`, Debian's libreoffice-writer-nogui), with the
// fonts of backend/fonts/fonts.conf: one conversion at a time (soffice is heavy and its profile is not shared),
// each time-limited, the results cached by the .docx's sha256 (the documents pack to the same bytes each time).
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HttpException, HttpStatus } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';

export const PDF = 'application/pdf';

export const NO_SOFFICE =
  '服务器未安装 LibreOffice，暂不能生成 PDF。请管理员安装 libreoffice-writer-nogui 及中文字体（fonts-noto-cjk、fonts-arphic-gbsn00lp、fonts-arphic-gkai00mp）后重启服务；现在可先下载 Word 版（.docx）。';

const unavailable = (message: string) =>
  new HttpException({ statusCode: HttpStatus.SERVICE_UNAVAILABLE, message }, HttpStatus.SERVICE_UNAVAILABLE);

@Injectable()
export class PdfConverter implements OnModuleDestroy {
  private readonly log = new Logger(PdfConverter.name);
  private queue: Promise<unknown> = Promise.resolve();
  private profile: string | null = null;
  private readonly cacheDir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.cacheDir = path.join(config.dataDir, 'pdf-cache');
  }

  get available(): boolean {
    return this.config.pdf.soffice !== null;
  }

  /** The PDF of a .docx: from the cache, or converted after the conversions before it. 503 without soffice. */
  async toPdf(docx: Buffer): Promise<Buffer> {
    if (!this.available) throw unavailable(NO_SOFFICE);
    const key = createHash('sha256').update(docx).digest('hex');
    const cached = path.join(this.cacheDir, `${key}.pdf`);
    const hit = await readFile(cached).catch(() => null);
    if (hit) return hit;
    const job = this.queue.then(() => this.convert(docx, cached));
    this.queue = job.catch(() => undefined);
    return job;
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue;
    if (this.profile) await rm(this.profile, { recursive: true, force: true });
  }

  private async convert(docx: Buffer, cached: string): Promise<Buffer> {
    const hit = await readFile(cached).catch(() => null); // converted while this one waited
    if (hit) return hit;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'credit-pdf-'));
    try {
      const input = path.join(dir, 'document.docx');
      await writeFile(input, docx);
      this.profile ??= await mkdtemp(path.join(os.tmpdir(), 'credit-soffice-profile-'));
      const started = performance.now(); // elapsed time, not the day
      await this.run(['-env:UserInstallation=' + pathToFileUrl(this.profile), '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', dir, input]);
      const pdf = await readFile(path.join(dir, 'document.pdf')).catch(() => null);
      if (!pdf) throw unavailable('PDF 生成失败（LibreOffice 未输出文件），请稍后重试或下载 Word 版');
      this.log.log(`converted a .docx of ${docx.length} bytes to PDF in ${Math.round(performance.now() - started)} ms`);
      await mkdir(this.cacheDir, { recursive: true });
      await writeFile(`${cached}.tmp`, pdf);
      await rename(`${cached}.tmp`, cached);
      return pdf;
    } catch (error) {
      // A failed run may leave the profile locked or half-written: the next conversion starts a fresh one.
      if (this.profile) await rm(this.profile, { recursive: true, force: true });
      this.profile = null;
      throw error;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Runs soffice in its own process group, killed as a whole when the time limit passes. */
  private run(args: string[]): Promise<void> {
    const { soffice, timeoutMs, env } = this.config.pdf;
    return new Promise((resolve, reject) => {
      const child = spawn(soffice!, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()).slice(-2000));
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
        reject(unavailable(`PDF 生成超时（超过${Math.round(timeoutMs / 1000)}秒），请稍后重试或下载 Word 版`));
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        this.log.error(`soffice did not start: ${error.message}`);
        reject(unavailable(NO_SOFFICE));
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else {
          this.log.error(`soffice exited with ${code}: ${stderr.trim()}`);
          reject(unavailable('PDF 生成失败，请稍后重试或下载 Word 版'));
        }
      });
    });
  }
}

function pathToFileUrl(p: string): string {
  return `file://${p.split(path.sep).map(encodeURIComponent).join('/')}`;
}
