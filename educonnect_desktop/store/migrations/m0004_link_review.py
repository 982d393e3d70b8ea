"""A link a guardian said was wrong is offered once for re-validation at the next login."""

VERSION = 4

STATEMENTS = [
    'ALTER TABLE "guardian_link" ADD COLUMN "review_offered" INTEGER NOT NULL DEFAULT 0',
]
