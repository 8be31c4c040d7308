import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service.ts';
import { TransactionRunner } from './transaction-runner.ts';

@Global()
@Module({ providers: [PrismaService, TransactionRunner], exports: [PrismaService, TransactionRunner] })
export class DatabaseModule {}
