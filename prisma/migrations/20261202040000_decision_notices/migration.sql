-- Decision notices (issue 17): a unit is told what the office decided about it.
ALTER TYPE "NoticeKind" ADD VALUE 'DECISION';
