"""fairness floors, default cap, document language, request rank

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 19:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('min_meetings', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('max_meetings', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('document_language', sa.String(length=8),
                                      nullable=True))
        batch_op.create_check_constraint(op.f('ck_event_min_meetings_ok'),
                                         'min_meetings >= 0')
        batch_op.create_check_constraint(op.f('ck_event_max_meetings_ok'),
                                         'max_meetings IS NULL OR max_meetings >= 0')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('min_meetings', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(op.f('ck_participant_min_meetings_ok'),
                                         'min_meetings IS NULL OR min_meetings >= 0')
    with op.batch_alter_table('meeting_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rank', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(op.f('ck_meeting_request_rank_ok'),
                                         'rank IS NULL OR rank >= 1')


def downgrade() -> None:
    with op.batch_alter_table('meeting_request', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_meeting_request_rank_ok'), type_='check')
        batch_op.drop_column('rank')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_participant_min_meetings_ok'), type_='check')
        batch_op.drop_column('min_meetings')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_event_max_meetings_ok'), type_='check')
        batch_op.drop_constraint(op.f('ck_event_min_meetings_ok'), type_='check')
        batch_op.drop_column('document_language')
        batch_op.drop_column('max_meetings')
        batch_op.drop_column('min_meetings')
