"""Alembic environment, run in-process by haihe_desk.db.migrate (no alembic.ini needed)."""

from alembic import context

from haihe_desk.db.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
