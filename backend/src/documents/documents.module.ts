import { Module } from '@nestjs/common';
import { PdfConverter } from './pdf-converter.ts';

/** PDF rendering of the office's documents (one converter: its queue is the app's). */
@Module({ providers: [PdfConverter], exports: [PdfConverter] })
export class DocumentsModule {}
