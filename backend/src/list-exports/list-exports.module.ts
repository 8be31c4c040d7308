import { Global, Module } from '@nestjs/common';
import { ListExporter } from './list-exporter.service.ts';
import { ListExportsRepository } from './list-exports.repository.ts';

/** The one .xlsx export of every list resource, available to all their controllers. */
@Global()
@Module({ providers: [ListExportsRepository, ListExporter], exports: [ListExporter] })
export class ListExportsModule {}
