import { Global, Module } from '@nestjs/common';
import { ListExports } from '../common/list-export.ts';
import { ListExporter } from './list-exporter.service.ts';
import { ListExportsRepository } from './list-exports.repository.ts';

/** The one .xlsx export of every list resource, available to all their controllers. */
@Global()
@Module({
  providers: [ListExportsRepository, ListExporter, { provide: ListExports, useExisting: ListExporter }],
  exports: [ListExports],
})
export class ListExportsModule {}
