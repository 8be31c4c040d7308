import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { PrismaService } from '../database/prisma.service.ts';

const META = { id: true, fileName: true, mimeType: true, size: true, sha256: true, unitId: true, submissionId: true, createdAt: true } as const;

@Injectable()
export class AttachmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: Prisma.AttachmentUncheckedCreateInput) {
    return this.prisma.attachment.create({ data, select: META });
  }

  findMeta(id: number) {
    return this.prisma.attachment.findUnique({ where: { id }, select: META });
  }

  findContent(id: number) {
    return this.prisma.attachment.findUnique({ where: { id }, select: { ...META, content: true } });
  }
}
